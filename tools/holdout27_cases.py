"""Twenty-seventh held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to twenty-sixth sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. The twenty-first set's corrected detail, the twenty-second set's
dated versions, the twenty-third set's excepted rule, the twenty-fourth set's figure per one unit, the twenty-fifth
set's threshold and the twenty-sixth set's deadline are not taken, so the set keeps its size and healthy share. The
content (house styles, answers, inventions, retrieval shapes) is this set's own, written by its author without
reading any detector. What this set adds:

- ``Linked``: a lookup tool returns the customer's record with a status, tier, category or class (a membership
  tier, a vehicle category, a grade, an age band, a member level), and the retrieved article gives a rule or a
  figure per status ("Silver: two guests; Gold: three guests"). The right answer links the record to the rule of
  the customer's own status and states what follows for them; the wrong one links it to a neighbouring status's
  rule, or reads the status from the wrong field of the record (a companion's band, another vehicle on the
  account), and states what would follow. Every figure the wrong answer quotes was seen (it belongs to another
  status in the same article); only the link, and the result it reaches for this customer, were not: the fault is
  a record joined to the wrong row of a rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from holdout2_build import Case
from holdout20_cases import Recipes as _Recipes
from holdout24_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Twins,
    search_query,
)

__all__ = ["Borrowed", "Compare", "Extra", "Leak", "Linked", "Lookup", "Mismatch", "Pair", "Partial", "Quote",
           "Recipes", "Refusal", "Twins", "search_query"]

#: how a wrong answer reaches another status's rule, as a variation names it
SLIPS = {"neighbour": "the neighbouring status's rule applied", "field": "the status read from the wrong field"}


@dataclass
class Linked:
    """The customer's record (the lookup tool ``name`` called with ``input`` returned ``output``), whose ``field``
    holds their status ``tier`` as the articles carried by ``ids`` name it; those articles give ``figure`` for that
    status and ``other_figure`` for the status ``other``. ``right`` links the record to its own status's figure;
    ``wrong`` links it to ``other``'s by a ``slip``: a neighbouring status, or the status read from the record's
    field ``via`` (``frags``: the link and the result only it states)."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    field: str
    tier: str
    figure: str
    other: str
    other_figure: str
    slip: str
    question: str
    ids: tuple[str, ...]
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    via: str = ""
    history: tuple[tuple[str, str], ...] = ()


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a customer's record linked to the rule of their own status or, wrongly,
    to another status's rule."""

    def _linked(self, answer: str) -> Case:
        v: Linked = self.dom.LINKED
        where = self.dom.DOMAIN
        evidence = " ".join(self.dom.ARTICLES[i][1] for i in v.ids)
        if v.tier == v.other or v.tier not in evidence or v.other not in evidence:
            raise ValueError(f"{where}: both statuses must be named in the retrieved articles, and differ")
        if v.figure not in evidence or v.other_figure not in evidence or v.figure == v.other_figure:
            raise ValueError(f"{where}: each status's figure must be in the retrieved articles, and differ")
        if v.field not in v.output or v.tier.lower() not in str(v.output[v.field]).lower():
            raise ValueError(f"{where}: the record's status must be in the tool result")
        if v.slip not in SLIPS:
            raise ValueError(f"{where}: a wrong link is {' or '.join(SLIPS.values())}")
        if v.slip == "field" and (v.via == v.field or v.via not in v.output
                                  or v.other.lower() not in str(v.output[v.via]).lower()):
            raise ValueError(f"{where}: a status read from the wrong field needs that field, holding the other status")
        if v.figure not in v.right or v.other_figure in v.right:
            raise ValueError(f"{where}: the right answer must use the record's status figure, and not the other")
        if v.figure in v.wrong or v.other_figure not in v.wrong:
            raise ValueError(f"{where}: the wrong answer must use the other status's figure, not the record's")
        if not v.frags or any(f.lower() in v.right.lower() for f in v.frags):
            raise ValueError(f"{where}: the right answer must not state the wrong link's result")
        tool = self.tool(Refusal(v.name, v.input, v.output, v.question, v.ids, answer))
        return self.case(v.question, answer, self._only(v.ids), tools=[tool], history=list(v.history))

    def healthy(self) -> None:
        super().healthy()
        v: Linked = self.dom.LINKED
        self.add(self._linked(v.right), [], "", f"a record linked to its own status's rule: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Linked = self.dom.LINKED
        self.add(self._linked(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a record linked to another status's rule, {SLIPS[v.slip]}: {v.variation}", v.frags)

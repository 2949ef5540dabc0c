"""Twenty-eighth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to twenty-seventh sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. The twenty-first set's corrected detail, the twenty-second set's
dated versions, the twenty-third set's excepted rule, the twenty-fourth set's figure per one unit, the twenty-fifth
set's threshold, the twenty-sixth set's deadline and the twenty-seventh set's linked status are not taken, so the
set keeps its size and healthy share. The content (house styles, answers, inventions, retrieval shapes) is this
set's own, written by its author without reading any detector. What this set adds:

- ``Tallied``: a lookup tool returns the customer's record with a list of entries (visits on a pass, sessions
  attended, bookings played, walks taken, lessons given), some of which carry a status that changes whether they
  count (cancelled in good time, rained off, complimentary, called off by the house, a make-up session), and the
  retrieved article gives the allowance and the counting rule ("a 10-visit card; a visit cancelled at least 24
  hours ahead is not counted"). The right answer counts the entries the rule counts and states what follows for
  this customer (how many remain, how many are used, how many more are needed, what is owed), with the resulting
  figure; the wrong one counts an entry the rule leaves out, or leaves out one it counts, and states the figure
  that follows from that count. Every entry and every rule it rests on was seen; only the count, and the figure it
  states for this customer, were not: the fault is a record tallied against the rule wrongly.
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

__all__ = ["Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote", "Recipes",
           "Refusal", "Tallied", "Twins", "search_query"]

#: how a wrong answer miscounts, as a variation names it
SLIPS = {"counted": "an entry the rule leaves out counted", "dropped": "an entry the rule counts left out"}
#: what the stated figure is, from the allowance ``total`` and the number of entries that count ``n``
KINDS = {"left": lambda total, n: total - n, "used": lambda total, n: n, "short": lambda total, n: total - n,
         "over": lambda total, n: n - total}


@dataclass
class Tallied:
    """The customer's record (the lookup tool ``name`` called with ``input`` returned ``output``), whose list
    ``entries`` holds entries with a ``status``; the statuses in ``counts`` count under the rule. The articles
    carried by ``ids`` give the allowance (``allowance``, its number ``total``) and the counting rule (``rule``).
    The figure that follows is ``KINDS[kind](total, n) * per`` for the ``n`` entries that count; ``right`` states
    it as ``said`` (``figure``), ``wrong`` states ``wrong_figure`` as ``wrong_said``, reached by a ``slip``
    (``frags``: the miscount and the figure only it states). ``cited``: the entries (dates, references) the
    answers name, each in the tool result."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    entries: str
    status: str
    counts: tuple[str, ...]
    allowance: str
    rule: str
    total: int
    kind: str
    figure: int
    said: str
    wrong_figure: int
    wrong_said: str
    slip: str
    cited: tuple[str, ...]
    question: str
    ids: tuple[str, ...]
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    per: int = 1
    history: tuple[tuple[str, str], ...] = ()


def tally(v: Tallied) -> int:
    """How many of the record's entries count under the rule."""
    return sum(entry[v.status] in v.counts for entry in v.output[v.entries])


def check_tallied(v: Tallied, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a tallied pair whose allowance or rule is not in the retrieved articles, whose entries are not all in
    the tool result, whose right figure is not the one the rule's count gives or whose wrong figure is."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    if v.allowance not in evidence or v.rule not in evidence:
        raise ValueError(f"{where}: the allowance and the counting rule must be in the retrieved articles")
    listed = v.output.get(v.entries)
    if not isinstance(listed, list) or not listed or any(v.status not in e for e in listed):
        raise ValueError(f"{where}: the tool result must hold the list of entries, each with its status")
    shown = repr(listed)
    if not v.cited or any(c not in shown for c in v.cited):
        raise ValueError(f"{where}: every entry the answers name must be in the tool result")
    if v.kind not in KINDS or v.slip not in SLIPS:
        raise ValueError(f"{where}: a figure is {', '.join(KINDS)}; a miscount is {' or '.join(SLIPS.values())}")
    n = tally(v)
    if v.figure != KINDS[v.kind](v.total, n) * v.per:
        raise ValueError(f"{where}: the right figure {v.figure} is not what the rule's count ({n}) gives")
    if v.wrong_figure == v.figure:
        raise ValueError(f"{where}: the wrong figure must differ from the one the rule's count gives")
    slipped = n + 1 if v.slip == "counted" else n - 1
    if v.wrong_figure != KINDS[v.kind](v.total, slipped) * v.per:
        raise ValueError(f"{where}: the wrong figure must follow from the miscount ({slipped})")
    if (v.slip == "counted" and n == len(listed)) or (v.slip == "dropped" and n == 0):
        raise ValueError(f"{where}: the record must hold an entry the slip could miscount")
    if v.said not in v.right or v.wrong_said not in v.wrong or v.wrong_said in v.right:
        raise ValueError(f"{where}: each answer states its own figure, and only the wrong one the wrong figure")
    if not v.frags or any(f.lower() in v.right.lower() for f in v.frags):
        raise ValueError(f"{where}: the right answer must not state the miscount's figure")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a customer's record of entries tallied against the article's counting
    rule, rightly or with one entry miscounted."""

    def _tallied(self, answer: str) -> Case:
        v: Tallied = self.dom.TALLIED
        check_tallied(v, self.dom.ARTICLES, self.dom.DOMAIN)
        tool = self.tool(Refusal(v.name, v.input, v.output, v.question, v.ids, answer))
        return self.case(v.question, answer, self._only(v.ids), tools=[tool], history=list(v.history))

    def healthy(self) -> None:
        super().healthy()
        v: Tallied = self.dom.TALLIED
        self.add(self._tallied(v.right), [], "", f"a record's entries tallied under the article's rule: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Tallied = self.dom.TALLIED
        self.add(self._tallied(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a record's entries tallied wrongly, {SLIPS[v.slip]}: {v.variation}", v.frags)

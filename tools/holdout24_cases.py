"""Twenty-fourth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to twenty-third sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. The twenty-first set's corrected detail, the twenty-second set's dated
versions and the twenty-third set's excepted rule are not taken, so the set keeps its size and healthy share. The
content (house styles, answers, inventions, retrieval shapes) is this set's own, written by its author without
reading any detector. What this set adds:

- ``PerUnit``: the retrieved evidence states a price or a limit per one unit (per trip, per person, per hour, per
  week, per car, per unit serviced), and the customer asks for it in another unit of their own (to and from every
  day, for the whole group, for a month, for a session of three hours). The right answer converts the figure to
  the customer's unit; the wrong one takes the figure as if it were already in the customer's unit and states it
  as the customer's result, so the figure it quotes was seen and only the unit it attaches to it, and the result
  it reaches, were not: the fault is a figure read per the wrong unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from holdout2_build import Case
from holdout20_cases import Recipes as _Recipes
from holdout22_cases import (
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

__all__ = ["Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "PerUnit", "Quote",
           "Recipes", "Refusal", "Twins", "search_query"]


@dataclass
class PerUnit:
    """A figure the evidence gives per one unit (``stated``, as the articles word it, carried by ``ids``) and the
    customer's own unit (``need``, as the customer words it). ``right`` converts the figure to the customer's unit;
    ``wrong`` takes it as already in that unit (``frags``: the unit it wrongly attaches and the results only it
    reaches)."""

    question: str
    ids: tuple[str, ...]
    stated: str
    need: str
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    history: tuple[tuple[str, str], ...] = ()


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a figure given per one unit and asked for in the customer's own unit,
    converted or, wrongly, taken as already in that unit."""

    def _per_unit(self, answer: str) -> Case:
        v: PerUnit = self.dom.PER_UNIT
        evidence = " ".join(self.dom.ARTICLES[i][1] for i in v.ids)
        said = " ".join([v.question, *(text for role, text in v.history if role == "user")])
        if v.need not in said:
            raise ValueError(f"{self.dom.DOMAIN}: the customer's unit must be in what the customer said")
        if v.stated not in evidence:
            raise ValueError(f"{self.dom.DOMAIN}: the figure and its unit must be in the retrieved articles")
        if any(f.lower() in v.right.lower() for f in v.frags):
            raise ValueError(f"{self.dom.DOMAIN}: the right answer must not reach the unconverted result")
        return self.case(v.question, answer, self._only(v.ids), history=list(v.history))

    def healthy(self) -> None:
        super().healthy()
        v: PerUnit = self.dom.PER_UNIT
        self.add(self._per_unit(v.right), [], "", f"a figure per one unit converted to the customer's unit: "
                 f"{v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: PerUnit = self.dom.PER_UNIT
        self.add(self._per_unit(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a figure per one unit taken as already in the customer's unit: {v.variation}", v.frags)

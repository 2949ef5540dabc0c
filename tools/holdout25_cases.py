"""Twenty-fifth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to twenty-fourth sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. The twenty-first set's corrected detail, the twenty-second set's
dated versions, the twenty-third set's excepted rule and the twenty-fourth set's figure per one unit are not taken,
so the set keeps its size and healthy share. The content (house styles, answers, inventions, retrieval shapes) is
this set's own, written by its author without reading any detector. What this set adds:

- ``Threshold``: the retrieved evidence states a minimum, a maximum or a cut-off (a spend for free delivery, a
  weight limit, a number of sessions for a discount, an age, a deadline), and the customer's own figure, given in
  the question or an earlier turn, falls just short of it or just over it. The right answer puts the customer on
  the side of the line where their figure falls and states what follows; the wrong one puts them on the other side
  and states what would follow there (a total, a yes or a no), so every figure it quotes was seen and only the
  side it puts the customer on, and the result it reaches, were not: the fault is a threshold read the wrong way
  for a figure close to it.
"""

from __future__ import annotations

from dataclasses import dataclass

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
           "Refusal", "Threshold", "Twins", "search_query"]

#: the sides of a threshold a customer's figure can fall on, as a variation names them
SIDES = {"short": "falls just short of", "over": "is just over"}


@dataclass
class Threshold:
    """A threshold (``line``, as the articles carried by ``ids`` word it) and the customer's own figure (``given``,
    as the customer words it), which falls just ``short`` of the line or just ``over`` it (``side``). ``right``
    puts the customer on that side; ``wrong`` puts them on the other one (``frags``: the results only it
    reaches)."""

    question: str
    ids: tuple[str, ...]
    given: str
    line: str
    side: str
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    history: tuple[tuple[str, str], ...] = ()


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a threshold the customer's own figure falls just short of or just over,
    read on the right side or, wrongly, on the other one."""

    def _threshold(self, answer: str) -> Case:
        v: Threshold = self.dom.THRESHOLD
        evidence = " ".join(self.dom.ARTICLES[i][1] for i in v.ids)
        said = " ".join([v.question, *(text for role, text in v.history if role == "user")])
        if v.given not in said:
            raise ValueError(f"{self.dom.DOMAIN}: the customer's figure must be in what the customer said")
        if v.line not in evidence:
            raise ValueError(f"{self.dom.DOMAIN}: the threshold must be in the retrieved articles")
        if v.side not in SIDES:
            raise ValueError(f"{self.dom.DOMAIN}: a customer's figure {' or '.join(SIDES.values())} its threshold")
        if any(f.lower() in v.right.lower() for f in v.frags):
            raise ValueError(f"{self.dom.DOMAIN}: the right answer must not reach the other side's result")
        return self.case(v.question, answer, self._only(v.ids), history=list(v.history))

    def healthy(self) -> None:
        super().healthy()
        v: Threshold = self.dom.THRESHOLD
        self.add(self._threshold(v.right), [], "", f"a threshold the customer's figure {SIDES[v.side]}, read on "
                 f"its side: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Threshold = self.dom.THRESHOLD
        self.add(self._threshold(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a threshold the customer's figure {SIDES[v.side]}, read on the other side: "
                 f"{v.variation}", v.frags)

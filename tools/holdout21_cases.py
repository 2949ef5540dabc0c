"""Twenty-first held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth) are reused by
import: request shapes, the strength rotation over the domains' ``PLACE``, infrastructure faults laid on an answer
that is right by itself, a follow-up pair, a question answered from the lookup tool (right and contradicted in
words), off-topic questions with replies and retrieval shapes of their own, a figure borrowed from an article that
was not retrieved, a current article retrieved beside its stale twin, a record with a gap, a round-up of several
articles, a worked quote from a pricing tool and two options weighed for the customer's situation. The content
(house styles, answers, inventions, retrieval shapes) is this set's own, written by its author without reading any
detector. What this set adds:

- ``Correction``: in an earlier turn the customer gave a detail (how many cars or people, a date, a size, a
  distance), then corrects it in the question ("sorry, it's 4 cars, not 3"). The right answer works the result out
  from the corrected detail; the wrong one works it out, correctly, from the detail given first and states it as
  the customer's result, so every figure it uses was seen and only the result it reaches is not: the fault is a
  conclusion drawn from a detail the conversation has since withdrawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from holdout2_build import Case
from holdout20_cases import (
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
from holdout20_cases import Recipes as _Recipes

__all__ = ["Borrowed", "Compare", "Correction", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote",
           "Recipes", "Refusal", "Twins", "search_query"]


@dataclass
class Correction:
    """A detail given in ``history`` (``first``) and corrected in ``question`` (``corrected``): ``right`` works from
    the correction, ``wrong`` from the detail given first (``frags``: the results only it reaches)."""

    history: tuple[tuple[str, str], ...]
    question: str
    ids: tuple[str, ...]
    first: str
    corrected: str
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a detail the customer corrected, kept to or answered as first given."""

    def _correction(self, answer: str) -> Case:
        c: Correction = self.dom.CORRECTION
        said = " ".join(text for role, text in c.history if role == "user")
        if c.first not in said or c.corrected not in c.question:
            raise ValueError(f"{self.dom.DOMAIN}: the first detail must be in an earlier user turn and the "
                             "correction in the question")
        if any(f.lower() in c.right.lower() for f in c.frags):
            raise ValueError(f"{self.dom.DOMAIN}: the right answer must not reach the first detail's result")
        return self.case(c.question, answer, self._docs(c.ids), history=list(c.history))

    def healthy(self) -> None:
        super().healthy()
        c: Correction = self.dom.CORRECTION
        self.add(self._correction(c.right), [], "", f"a detail corrected by the customer, kept to: {c.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        c: Correction = self.dom.CORRECTION
        self.add(self._correction(c.wrong), ["HALLUCINATION"], c.strength,
                 f"a detail corrected by the customer, answered as first given: {c.variation}", c.frags)

"""Twenty-second held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
set's module re-exports them) are reused by import: request shapes, the strength rotation over the domains'
``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question answered
from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval shapes of
their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside its stale
twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two options weighed
for the customer's situation. The twenty-first set's corrected detail is not taken, so the set keeps its size and
healthy share. The content (house styles, answers, inventions, retrieval shapes) is this set's own, written by its
author without reading any detector. What this set adds:

- ``Dated``: the retrieved evidence holds two versions of one rule or price, each with the date it applies from
  ("until 28 Feb ... ; from 1 Mar ..."), and the customer names the day they mean. The right answer applies the
  version in force on that day; the wrong one applies the other version, and applies it correctly, so every figure
  it quotes was seen and only the result it states for the customer's day (a total, a yes or a no) was not: the
  fault is a rule or price taken from the wrong side of its effective date.
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

__all__ = ["Borrowed", "Compare", "Dated", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote",
           "Recipes", "Refusal", "Twins", "search_query"]


@dataclass
class Dated:
    """Two versions of a rule or price with their effective dates, carried by ``ids``; ``on`` is the customer's
    day as the question gives it, ``in_force`` and ``other`` the two versions as the evidence words them.
    ``right`` applies ``in_force``; ``wrong`` applies ``other`` (``frags``: the results only it reaches)."""

    question: str
    ids: tuple[str, ...]
    on: str
    in_force: str
    other: str
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    history: tuple[tuple[str, str], ...] = ()


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a rule or price in two dated versions, applied on the customer's day
    from the version in force or from the other one."""

    def _dated(self, answer: str) -> Case:
        v: Dated = self.dom.DATED
        evidence = " ".join(self.dom.ARTICLES[i][1] for i in v.ids)
        if v.on not in v.question:
            raise ValueError(f"{self.dom.DOMAIN}: the customer's day must be in the question")
        if v.in_force not in evidence or v.other not in evidence or v.in_force == v.other:
            raise ValueError(f"{self.dom.DOMAIN}: both versions must be in the retrieved articles")
        if any(f.lower() in v.right.lower() for f in v.frags):
            raise ValueError(f"{self.dom.DOMAIN}: the right answer must not reach the other version's result")
        return self.case(v.question, answer, self._only(v.ids), history=list(v.history))

    def healthy(self) -> None:
        super().healthy()
        v: Dated = self.dom.DATED
        self.add(self._dated(v.right), [], "", f"a rule in two dated versions, the one in force applied: "
                 f"{v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Dated = self.dom.DATED
        self.add(self._dated(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a rule in two dated versions, the other version applied: {v.variation}", v.frags)

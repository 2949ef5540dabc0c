"""Twenty-third held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
and twenty-second sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. The twenty-first set's corrected detail and the twenty-second set's
dated versions are not taken, so the set keeps its size and healthy share. The content (house styles, answers,
inventions, retrieval shapes) is this set's own, written by its author without reading any detector. What this set
adds:

- ``Excepted``: the retrieved evidence states a general rule or price and an exception to it for a circumstance
  (a member, a child's age, a group size, a holiday, a student, a first booking), and the customer mentions that
  circumstance in passing while asking something else. The right answer applies the exception; the wrong one
  applies the general rule, and applies it correctly, so every figure it quotes was seen and only the result it
  states for this customer (a total, a yes or a no, a time) was not: the fault is a general rule applied to a
  customer the evidence excepts from it.
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

__all__ = ["Borrowed", "Compare", "Excepted", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote",
           "Recipes", "Refusal", "Twins", "search_query"]


@dataclass
class Excepted:
    """A general rule and its exception, carried by ``ids``; ``circumstance`` is the customer's detail as the
    question mentions it in passing, ``rule`` and ``exception`` the two as the evidence words them. ``right``
    applies the exception; ``wrong`` applies the general rule (``frags``: the results only it reaches)."""

    question: str
    ids: tuple[str, ...]
    circumstance: str
    rule: str
    exception: str
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    history: tuple[tuple[str, str], ...] = ()


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a general rule with an exception for the customer's circumstance,
    applied with the exception or, wrongly, by the general rule."""

    def _excepted(self, answer: str) -> Case:
        v: Excepted = self.dom.EXCEPTED
        evidence = " ".join(self.dom.ARTICLES[i][1] for i in v.ids)
        said = " ".join([v.question, *(text for role, text in v.history if role == "user")])
        if v.circumstance not in said:
            raise ValueError(f"{self.dom.DOMAIN}: the customer's circumstance must be in what the customer said")
        if v.rule not in evidence or v.exception not in evidence or v.rule == v.exception:
            raise ValueError(f"{self.dom.DOMAIN}: the rule and its exception must be in the retrieved articles")
        if any(f.lower() in v.right.lower() for f in v.frags):
            raise ValueError(f"{self.dom.DOMAIN}: the right answer must not reach the general rule's result")
        return self.case(v.question, answer, self._only(v.ids), history=list(v.history))

    def healthy(self) -> None:
        super().healthy()
        v: Excepted = self.dom.EXCEPTED
        self.add(self._excepted(v.right), [], "", f"a rule with an exception for the customer, exception applied: "
                 f"{v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Excepted = self.dom.EXCEPTED
        self.add(self._excepted(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a rule with an exception for the customer, general rule applied: {v.variation}", v.frags)

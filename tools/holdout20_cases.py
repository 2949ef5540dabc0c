"""Twentieth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The nineteenth set's recipes (``tools/holdout19_cases.py``, built on the eleventh to eighteenth) are reused by
import: request shapes, the strength rotation over the domains' ``PLACE``, infrastructure faults laid on an answer
that is right by itself, a follow-up pair, a question answered from the lookup tool (right and contradicted in
words), off-topic questions with replies and retrieval shapes of their own, a figure borrowed from an article that
was not retrieved, a current article retrieved beside its stale twin, a record with a gap, a round-up of several
articles and a worked quote from a pricing tool. The content (house styles, answers, inventions, retrieval shapes)
is this set's own, written by its author without reading any detector. What this set adds:

- ``Compare``: the customer states their own situation (how often they come, how many people, how long they
  stay, what they already have) and asks which of two options suits them; the two articles that describe the
  options are both retrieved. The right answer weighs the options for that situation and picks the one the
  articles make better; the wrong one is the same comparison with the conclusion reversed (the other option
  called cheaper, shorter, allowed or better), or with the figure the conclusion rests on worked wrongly, so the
  fault sits in a judgement drawn between two faithful halves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from holdout2_build import Case
from holdout19_cases import Borrowed, Extra, Leak, Lookup, Mismatch, Pair, Partial, Quote, Refusal, Twins, search_query
from holdout19_cases import Recipes as _Recipes

__all__ = ["Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote", "Recipes",
           "Refusal", "Twins", "search_query"]


@dataclass
class Compare:
    """Two options (``ids``: the two articles that describe them) weighed for the customer's own situation:
    ``right`` picks the one the articles make better, ``wrong`` reverses the conclusion (``frags``)."""

    question: str
    ids: tuple[str, str]
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    history: tuple[tuple[str, str], ...] = ()


class Recipes(_Recipes):
    """The nineteenth set's recipes, plus two options weighed for the customer's situation, right or reversed."""

    def _compare(self, answer: str) -> Case:
        c: Compare = self.dom.COMPARE
        if len(c.ids) != 2:
            raise ValueError(f"{self.dom.DOMAIN}: a comparison weighs exactly two articles")
        return self.case(c.question, answer, self._docs(c.ids), history=list(c.history))

    def _recipe_case(self, v: Any, answer: str) -> Case:
        """A later set's own recipe as a case (holdout29's ``Stacked``, holdout30's ``Prorated``, holdout31's
        ``Eligible`` share its fields): the question and answer with the articles it names, its history, and its
        lookup tool's record when it has one (``v.name``)."""
        tools = [self.tool(Refusal(v.name, dict(v.input or {}), v.output, v.question, v.ids, answer))] if v.name else []
        return self.case(v.question, answer, self._only(v.ids), tools=tools, history=list(v.history))

    def healthy(self) -> None:
        super().healthy()
        c: Compare = self.dom.COMPARE
        self.add(self._compare(c.right), [], "", f"two options weighed for the customer's situation: {c.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        c: Compare = self.dom.COMPARE
        self.add(self._compare(c.wrong), ["HALLUCINATION"], c.strength,
                 f"two options weighed for the customer's situation, conclusion reversed: {c.variation}", c.frags)

"""Nineteenth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The eighteenth set's recipes (``tools/holdout18_cases.py``, built on the eleventh to seventeenth) are reused by
import: request shapes, the strength rotation over the domains' ``PLACE``, infrastructure faults laid on an answer
that is right by itself, a follow-up pair, a question answered from the lookup tool (right and contradicted in
words), off-topic questions with replies and retrieval shapes of their own, a figure borrowed from an article that
was not retrieved, a current article retrieved beside its stale twin, a record with a gap, and a round-up of several
articles. The content (house styles, answers, inventions, retrieval shapes) is this set's own, written by its
author without reading any detector. What this set adds:

- ``Quote``: a pricing tool returned unit prices and the customer gave their own quantities in the question; the
  right answer works the sum out from both (the customer's figures carried back, a total, a share or a
  remainder), the wrong one is the same worked answer with one step gone wrong or one charge added that neither
  the tool nor the articles carry, so the fault sits inside a calculation built on a real tool result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from holdout2_build import Case
from holdout18_cases import Borrowed, Extra, Leak, Lookup, Mismatch, Pair, Partial, Refusal, Twins, search_query
from holdout18_cases import Recipes as _Recipes

__all__ = ["Borrowed", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote", "Recipes", "Refusal",
           "Twins", "search_query"]


@dataclass
class Quote:
    """A pricing tool's result and a question with the customer's own quantities: ``right`` works the sum,
    ``wrong`` gets one step wrong (``frags``)."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    question: str
    ids: tuple[str, ...]
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str


class Recipes(_Recipes):
    """The eighteenth set's recipes, plus a worked quote from a pricing tool and the customer's own figures."""

    def _quote(self, answer: str) -> Case:
        q: Quote = self.dom.QUOTE
        tool = self.tool(Refusal(q.name, q.input, q.output, q.question, q.ids, answer))
        return self.case(q.question, answer, self._docs(q.ids), tools=[tool])

    def healthy(self) -> None:
        super().healthy()
        q: Quote = self.dom.QUOTE
        self.add(self._quote(q.right), [], "", f"worked quote from a pricing tool: {q.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        q: Quote = self.dom.QUOTE
        self.add(self._quote(q.wrong), ["HALLUCINATION"], q.strength,
                 f"worked quote from a pricing tool, one step wrong: {q.variation}", q.frags)

"""Eighteenth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The seventeenth set's recipes (``tools/holdout17_cases.py``, built on the eleventh to fifteenth) are reused by
import: request shapes, the strength rotation over the domains' ``PLACE``, infrastructure faults laid on an answer
that is right by itself, a follow-up pair that continues an earlier turn, a question answered from the lookup tool
(right and contradicted in words), off-topic questions with replies and retrieval shapes of their own, a figure
borrowed from an article that was not retrieved, a current article retrieved beside its stale twin, and a record
with a gap said so or filled in. The content (house styles, answers, inventions, retrieval shapes) is this set's
own, written by its author without reading any detector. What this set adds:

- ``ROUNDUP``: a question answered by a long reply that gathers several articles of the help centre (three or
  four retrieved together). The right reply keeps every clause to its article; the wrong one is the same reply
  with one clause among many changed or invented, so the fault sits deep inside a mostly faithful summary.
"""

from __future__ import annotations

from holdout17_cases import Borrowed, Extra, Leak, Lookup, Mismatch, Pair, Partial, Refusal, Twins, search_query
from holdout17_cases import Recipes as _Recipes

__all__ = ["Borrowed", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Recipes", "Refusal", "Twins",
           "search_query"]


class Recipes(_Recipes):
    """The seventeenth set's recipes, plus a long reply that gathers several articles, faithful or with one
    clause gone wrong."""

    def healthy(self) -> None:
        super().healthy()
        r: Pair = self.dom.ROUNDUP
        self.add(self.case(r.question, r.right, self._docs(r.ids)), [], "", f"round-up of several articles: "
                 f"{r.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        r: Pair = self.dom.ROUNDUP
        self.add(self.case(r.question, r.wrong, self._docs(r.ids)), ["HALLUCINATION"], r.strength,
                 f"round-up of several articles, one clause wrong: {r.variation}", r.frags)

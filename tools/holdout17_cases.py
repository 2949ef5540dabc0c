"""Seventeenth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The fifteenth set's recipes (``tools/holdout15_cases.py``, built on the eleventh to thirteenth) are reused by
import: request shapes, the strength rotation over the domains' ``PLACE``, infrastructure faults laid on an answer
that is right by itself, a follow-up pair that continues an earlier turn, a question answered from the lookup tool
(right and contradicted in words), off-topic questions with replies and retrieval shapes of their own, a figure
borrowed from an article that was not retrieved, and a current article retrieved beside its stale twin. What this
set adds:

- ``Partial``: a record tool that answered but left a field empty (``null``, an empty list, "unknown"). The right
  answer gives what the record holds and says what it does not show; the wrong answer fills the gap with a value
  of its own (a time, a name, a state), so the invention sits next to a real tool result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from holdout15_cases import Borrowed, Extra, Leak, Lookup, Mismatch, Pair, Refusal, Twins, search_query
from holdout15_cases import Recipes as _Recipes

__all__ = ["Borrowed", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Recipes", "Refusal", "Twins",
           "search_query"]


@dataclass
class Partial:
    """A tool result with a gap: ``right`` says what it cannot see, ``wrong`` fills the gap (``frags``)."""

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
    """The fifteenth set's recipes, plus a record with a gap answered faithfully or filled in."""

    def _partial(self, answer: str) -> Any:
        pt = self.dom.PARTIAL
        tool = self.tool(Refusal(pt.name, pt.input, pt.output, pt.question, pt.ids, answer))
        return self.case(pt.question, answer, self._docs(pt.ids), tools=[tool])

    def healthy(self) -> None:
        super().healthy()
        pt = self.dom.PARTIAL
        self.add(self._partial(pt.right), [], "", f"tool record with a gap, said so: {pt.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        pt = self.dom.PARTIAL
        self.add(self._partial(pt.wrong), ["HALLUCINATION"], pt.strength,
                 f"tool record with a gap, filled in: {pt.variation}", pt.frags)

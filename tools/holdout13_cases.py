"""Thirteenth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twelfth set's recipes (``tools/holdout12_cases.py``, built on the eleventh's) are reused by import: the request
shapes, the strength rotation over the domains' ``PLACE``, infrastructure faults laid on an answer that is right by
itself, and question pairs that may continue an earlier turn. What this set adds is a question answered from the
record tool's result: a domain's ``TOOL_PAIR`` is asked with the lookup tool called and answered, once rightly
(healthy) and once contradicting what the tool returned in words (HALLUCINATION), so a wrong answer can disagree with
a tool result and not only with an article. As in the twelfth set, the infrastructure recipes take pairs 1 to 8; a
domain's follow-up pair goes last (index 9).
"""

from __future__ import annotations

from holdout2_build import Case
from holdout12_cases import Extra, Leak, Lookup, Pair, Refusal, search_query
from holdout12_cases import Recipes as _Recipes

__all__ = ["Extra", "Leak", "Lookup", "Pair", "Recipes", "Refusal", "search_query"]


class Recipes(_Recipes):
    """The twelfth set's recipes, plus a question answered from the lookup tool's result, right and wrong."""

    def _tool_pair_case(self, answer: str) -> Case:
        """The tool-pair question with the lookup tool called and answered, and ``answer`` as the reply."""
        tp, lk = self.dom.TOOL_PAIR, self.dom.LOOKUP
        return self.case(tp.question, answer, self._docs(tp.ids), tools=[self.tool(lk)],
                         history=list(getattr(tp, "history", ())))

    def healthy(self) -> None:
        super().healthy()
        tp = self.dom.TOOL_PAIR
        self.add(self._tool_pair_case(tp.right), [], "", f"right answer from the tool result: {tp.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        tp = self.dom.TOOL_PAIR
        self.add(self._tool_pair_case(tp.wrong), ["HALLUCINATION"], tp.strength,
                 f"wrong answer against the tool result: {tp.variation}", tp.frags)

"""Fourteenth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The thirteenth set's recipes (``tools/holdout13_cases.py``, built on the eleventh's and twelfth's) are reused by
import: request shapes, the strength rotation over the domains' ``PLACE``, infrastructure faults laid on an answer
that is right by itself, follow-up pairs (the last of a domain's ``PAIRS``) and a question answered from the lookup
tool's result. What this set adds is a business refusal contradicted: the domain's ``REFUSAL`` tool worked and said
no, and the answer tells the customer it went through (``REFUSAL_WRONG``: the answer and its invented fragments,
which the tool result does not hold). The healthy twin, the refusal passed on faithfully, is the inherited
"tool business refusal" trace.
"""

from __future__ import annotations

from holdout13_cases import Extra, Leak, Lookup, Pair, Refusal, search_query
from holdout13_cases import Recipes as _Recipes

__all__ = ["Extra", "Leak", "Lookup", "Pair", "Recipes", "Refusal", "search_query"]


class Recipes(_Recipes):
    """The thirteenth set's recipes, plus an answer that turns a tool's "no" into a "yes"."""

    def hallucinations(self) -> None:
        super().hallucinations()
        rf = self.dom.REFUSAL
        answer, frags, strength = self.dom.REFUSAL_WRONG
        self.add(self.case(rf.question, answer, self._docs(rf.ids), tools=[self.tool(rf)]), ["HALLUCINATION"],
                 strength, "wrong answer: the tool said no, the answer says it went through", frags)

"""Twelfth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The eleventh set's recipes (``tools/holdout11_cases.py``) are reused by import: the request shapes, the strength
rotation over the domains' ``PLACE`` and the way each infrastructure fault sits on an answer that is right by
itself. What this set adds is a question that follows an earlier turn: a ``Pair`` may carry the conversation it
continues ("and for a child?"), and both its right and its wrong answer are asked with that history, so a
follow-up can be healthy or invented. Such a pair goes last in a domain's ``PAIRS``: the infrastructure recipes
take pairs 1 to 8, which must stand on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from holdout11_cases import Extra, Leak, Lookup, Refusal, search_query
from holdout11_cases import Pair as _Pair
from holdout11_cases import Recipes as _Recipes

__all__ = ["Extra", "Leak", "Lookup", "Pair", "Recipes", "Refusal", "search_query"]


@dataclass
class Pair(_Pair):
    """A question with a right answer and a wrong one; ``history`` is the conversation the question continues."""

    history: tuple[tuple[str, str], ...] = ()


class Recipes(_Recipes):
    """The eleventh set's recipes, with the question pairs asked after their own history when they have one."""

    def healthy(self) -> None:
        d = self.dom
        for p in d.PAIRS:
            self.add(self.case(p.question, p.right, self._docs(p.ids), history=list(getattr(p, "history", ()))),
                     [], "", f"right answer: {p.variation}")
        for e in d.EXTRAS:
            self.add(self.case(e.question, e.answer, self._docs(e.ids), history=list(e.history)), [], "",
                     e.variation)
        lk, rf = d.LOOKUP, d.REFUSAL
        self.add(self.case(lk.question, lk.answer, self._docs(lk.ids), tools=[self.tool(lk)]), [], "",
                 "tool-grounded answer")
        self.add(self.case(rf.question, rf.answer, self._docs(rf.ids), tools=[self.tool(rf)]), [], "",
                 "tool business refusal")
        for question, ids, answer, style in d.TRAPS:
            self.add(self.case(question, answer, self._docs(ids)), [], "control", f"trap: {style}")

    def hallucinations(self) -> None:
        for p in self.dom.PAIRS:
            self.add(self.case(p.question, p.wrong, self._docs(p.ids), history=list(getattr(p, "history", ()))),
                     ["HALLUCINATION"], p.strength, f"wrong answer: {p.variation}", p.frags)

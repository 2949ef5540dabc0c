"""A shortfall the answer states ("you're 6 short", "6 dives short of the 20") is the difference of the rule's
figure and the customer's: 20 logged dives needed with 14 logged is 6 short, not 7.

The number reader held a shortfall only when some arithmetic of the claim's figures gave it, and the customer's
figures are no operand of a bare count, so the right difference failed while a wrong figure another step happened
to give passed. Here a figure written right before "short" (a word of its unit may stand between: "6 dives
short") is read against the claim's other figures and the customer's message: it is *right* when it is a figure
of the claim less a figure of the customer's that is smaller, *wrong* when the claim and the customer state such
a pair and none gives it. A claim without both sides says nothing here. Cheap pre-check first: the word "short".
"""

from __future__ import annotations

import re

from .text import numbers_in

__all__ = ["READ_SHORTFALLS", "shortfall_figures"]

#: Switch for the fit of the claim decision (:mod:`tools.fit_claim_decision`) and for measuring.
READ_SHORTFALLS = True

_SHORT_RE = re.compile(r"(?<![\d.,])(\d+)\s+(?:[a-z]+\s+)?short\b")


def _value(n: str) -> float | None:
    try:
        return float(n.replace(",", ""))
    except ValueError:
        return None


def shortfall_figures(claim: str, user_text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The shortfall figures of the claim that are, and are not, a claim figure less a smaller customer figure
    (see the module docstring)."""
    if not READ_SHORTFALLS or "short" not in claim or not user_text:
        return frozenset(), frozenset()
    found = [m.group(1) for m in _SHORT_RE.finditer(claim)]
    if not found:
        return frozenset(), frozenset()
    theirs = {v for n in numbers_in(user_text) if (v := _value(n)) is not None}
    right: set[str] = set()
    wrong: set[str] = set()
    for figure in found:
        value = float(figure)
        ours = {v for n in numbers_in(claim) if n != figure and (v := _value(n)) is not None}
        gaps = {a - b for a in ours for b in theirs if a > b}
        if not gaps:
            continue
        (right if value in gaps else wrong).add(figure)
    return frozenset(right), frozenset(wrong - right)

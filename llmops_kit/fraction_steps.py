"""Figures a healthy answer works out with a fraction its words give instead of a written factor: "Express adds
half the price again, so the £12 hem would be £18" (the price times 1.5), "A full battery gives about 45 km, so you
can go roughly 22 km out and 22 km back" (half the range, rounded as the hedge allows). The derived-figure search
of :class:`~llmops_kit.evidence_derived.DerivedFigures` multiplies by "half" (x 0.5), never by one and a half, and
has no step for a distance split between the way out and the way back, so both read as invented.

Each step starts from one grounded figure of the claim (the evidence or the customer holds it) and needs its
words in the claim itself: "half ... again" (or "on top") for 1.5, a figure written for the way out and again
for the way back for a half. The result must match to the penny, or, for a hedged half ("roughly", "about"),
to the figure's own rounding (22 for 22.5, never 20), so a wrong half stays flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .arithmetic_steps import rounding
from .evidence_readers import is_numeric
from .text.case_key import case_key

__all__ = ["READ_FRACTION_STEPS", "again_factors", "fraction_results", "out_and_back"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle
#: a figure before the decision.
READ_FRACTION_STEPS = True

_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25}
#: A fraction added to the whole: "half the price again", "a third again on top", "half as much again".
_AGAIN_RE = re.compile(
    r"\b(half|a third|one third|a quarter|one quarter)(?: of)?(?: (?:the|its|their|your) \w+| as much)?"
    r" (?:again|on top)\b", re.IGNORECASE)
#: A distance for the way out said again for the way back: "roughly 22 km out and 22 km back" ("22 km there and
#: back" is the round trip, no half).
_OUT_BACK_RE = re.compile(
    r"(\d+(?:\.\d+)?)\s?([a-z]+) (?:out|there),? (?:and|then) (?:the same|\1\s?\2) back\b", re.IGNORECASE)
#: A hedge that allows a figure rounded to its last written place.
_HEDGE_RE = re.compile(r"\b(?:roughly|about|around|approximately|some|just under|up to|nearly)\b", re.IGNORECASE)

_PENNY = 0.005


def again_factors(claim: str) -> frozenset[float]:
    """The multipliers a claim states as a fraction added to the whole ("half the price again": 1.5)."""
    return frozenset(1 + _FRACTIONS[case_key(m.group(1))] for m in _AGAIN_RE.finditer(claim))


def out_and_back(value: str, claim: str, grounded: Iterable[float]) -> bool:
    """Is ``value`` the distance the claim says for the way out and again for the way back, and half of a
    grounded figure of the claim: exactly, or to its own rounding when the claim hedges ("roughly 22 km out and
    22 km back" of "about 45 km")?"""
    if not is_numeric(value) or not any(m.group(1) == value for m in _OUT_BACK_RE.finditer(claim)):
        return False
    target = float(value)
    slack = rounding(value, target) if _HEDGE_RE.search(claim) else _PENNY
    return any(abs(g / 2 - target) <= slack for g in grounded if g != target)


def fraction_results(left: Iterable[str], claim: str, grounded: Iterable[float]) -> frozenset[str]:
    """The figures of ``left`` the claim works out from one of its grounded figures with a fraction its words
    give: the figure times one and a fraction ("half the price again"), or half of it for a way out and back."""
    if not READ_FRACTION_STEPS:
        return frozenset()
    values = [g for g in grounded if g]
    factors = again_factors(claim)
    out: set[str] = set()
    for n in left:
        if not is_numeric(n):
            continue
        target = float(n)
        if any(abs(g * f - target) < _PENNY for g in values for f in factors) or out_and_back(n, claim, values):
            out.add(n)
    return frozenset(out)

"""Lengths of time as days, and a length of one unit written with an article.

:func:`~llmops_kit.text.typed_quantities` reads "8 weeks" as "8 week" and leaves "a month" alone ("a day out" is no
length); a reading that compares one length with another (a rule's maximum with the customer's "a month") needs
both as days. The units are the typed quantities' own plus the fortnight, which only a length said in words gives.
"""

from __future__ import annotations

import re

from .case_key import case_key

__all__ = ["DAYS_PER_UNIT", "one_unit_lengths"]

#: Days in one of each unit of time ("month" and "year" as their average lengths).
DAYS_PER_UNIT = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44,
                 "year": 365.25}

#: "a month", "an hour", "one week": a length of one unit.
_ONE_UNIT_RE = re.compile(r"\b(?:a|an|one)\s+(" + "|".join(DAYS_PER_UNIT) + r")\b", re.IGNORECASE)


def one_unit_lengths(text: str) -> frozenset[str]:
    """The lengths of one unit a text states, written as typed quantities are ("a month" as "1 month")."""
    return frozenset(f"1 {case_key(unit)}" for unit in _ONE_UNIT_RE.findall(text))

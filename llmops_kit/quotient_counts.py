"""Counts an answer works out by dividing a whole by the size of one unit, which no source states as such.

"How many bags of topsoil for a 30 square metre bed?" against "a bag covers about 10 square metres": the
answer's "three bags" (and "3 x £68 = £204") is 30 / 10. "Insurance on things worth £6,000" at "£1.95 per week
for each £1,000": "6 x £1.95". "1,200 cubic feet" in containers of "250 cubic feet": "roughly five (1,200 / 250
= 4.8)". Read sets of two authors flagged these faithful answers because no evidence holds the count. The
reading is narrow, so a changed count stays absent:

- the whole is a figure the customer states, or one the answer states that the evidence holds; the unit size is
  a figure of the evidence; both name the same unit (money, square metres, cubic feet, ...);
- the count is the exact quotient, or the next whole number up only when the answer writes the quotient itself
  ("4.8", so "five" containers are needed);
- the count is a bare number of the claim (never an amount, a percentage or a duration).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from .text import numbers_in, quantities, typed_quantities
from .text.numbers import parses_as_float

__all__ = ["quotient_counts", "unit_figures"]

#: How close a quotient must come to a whole count.
_TOLERANCE = 1e-6
#: Units that size nothing one can count out: shares.
_NO_UNIT = frozenset({"", "%"})


def unit_figures(text: str) -> frozenset[tuple[float, str]]:
    """(value, unit) of each figure the text gives a unit: the next word or sign ("30 square", "£6000") and the
    typed kind ("30 sqm", "6000 money"), so "30 m²" and "10 square metres" share one unit."""
    found: set[tuple[float, str]] = set()
    pairs = [*quantities(text), *(tuple(q.split(" ", 1)) for q in typed_quantities(text))]
    for value, unit in pairs:
        if unit in _NO_UNIT:
            continue
        try:
            found.add((float(value), unit.lower()))
        except ValueError:
            continue
    return frozenset(found)


def quotient_counts(missing: Iterable[str], claim: str, answer_text: str, wholes: frozenset[tuple[float, str]],
                    sizes: frozenset[tuple[float, str]]) -> frozenset[str]:
    """The missing bare counts of ``claim`` that are a whole of ``wholes`` divided by a unit size of ``sizes``
    of the same unit: exactly, or rounded up when ``answer_text`` writes the quotient ("4.8")."""
    typed = {q.split(" ", 1)[0] for q in typed_quantities(claim)}
    written = {float(n) for n in numbers_in(answer_text) if parses_as_float(n)}
    found = set()
    for value in missing:
        if value in typed or not parses_as_float(value) or float(value) < 2 or not float(value).is_integer():
            continue
        if any(_reaches(whole, size, float(value), written) for whole, unit in wholes for size, other in sizes
               if unit == other and 0 < size < whole):
            found.add(value)
    return frozenset(found)


def _reaches(whole: float, size: float, count: float, written: set[float]) -> bool:
    """Is ``count`` whole / size, or its next whole number up when the answer writes the quotient?"""
    quotient = whole / size
    if abs(quotient - count) < _TOLERANCE:
        return True
    return math.ceil(quotient) == count and any(abs(quotient - w) < 0.05 for w in written if not w.is_integer())


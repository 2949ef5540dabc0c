"""A date a few days from the customer's, offered with its weekday: "2027/03/23 is a Tuesday, when we're closed.
Wednesday 2027/03/24 is open" to "Please book 2 people on 2027/03/23".

An answer turning down the customer's day offers the nearest open one; no text writes that date, so its day of the
month is a figure no evidence holds. It is the customer's date moved by a day or a few, which is calendar arithmetic
on a given date, and the weekday written beside it says which day is meant. The day and month of a claimed date are
held when a weekday is written right beside it (:func:`~llmops_kit.dated_weekdays.weekdays_with_dates`), that
weekday is the date's in its year (the customer's year when it writes none), and the date lies at most
:data:`MAX_DAYS` days from a date the customer's message writes. A date whose weekday the calendar does not give,
or further away, is still a figure to find.
"""

from __future__ import annotations

from datetime import date

from .dated_weekdays import weekdays_with_dates
from .text.calendar_dates import written_dates

__all__ = ["MAX_DAYS", "READ_NEAR_DATES", "near_named_dates"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_NEAR_DATES = True
#: How far from the customer's date an offered date may lie: within the same week either way.
MAX_DAYS = 7


def _customer_days(user_text: str) -> list[date]:
    """The calendar days the customer's message writes with their year."""
    out = []
    for written in written_dates(user_text):
        for year, month, day in written.readings:
            if year is not None:
                out.append(date(year, month, day))
    return out


def near_named_dates(claim: str, user_text: str) -> frozenset[str]:
    """The day and month figures (as the number reader writes them: "24", "3") of the claim's dates that are
    near a date of the customer's and carry their own weekday beside them; none otherwise."""
    if not READ_NEAR_DATES or not user_text or not any(c.isdigit() for c in user_text):
        return frozenset()
    asked = _customer_days(user_text)
    if not asked:
        return frozenset()
    found: set[str] = set()
    for weekday, readings in weekdays_with_dates(claim):
        for year, month, day in readings:
            for base in asked:
                try:
                    meant = date(year or base.year, month, day)
                except ValueError:
                    continue
                if meant.weekday() == weekday and abs((meant - base).days) <= MAX_DAYS:
                    found.update((str(day), str(month)))
    return frozenset(found)

"""A weekday stated with a date ("Tuesday 26 May", "Friday, 6 March 2026", "May 26 (a Tuesday)") is that date's
weekday: the calendar decides it, not the evidence's wording.

The name check (:meth:`llmops_kit.evidence.Evidence.missing_facts`) wants a weekday's name in the evidence: a
weekday the answer works out for a date the answer worked out ("12 weeks after 3 March is Tuesday 26 May") is
held nowhere, while a wrong one ("Monday 26 May") passes whenever the evidence names Mondays ("Mon-Fri"). The
reader here reads the date next to the weekday (:func:`~llmops_kit.text.calendar_dates.written_dates`) in its own
year when it writes one, otherwise in the trace's year: the weekday is *right* when it is the date's weekday in
that year, *wrong* when it is not, nor in the next year either (a date early in the year may be meant for the
next one).

It runs after the claim decision, with the trace (:func:`llmops_kit.failure_notes.settle`): an absent claim
missing only right weekdays is supported when its date is the answer's own calendar work from a date the
customer gives (their message writes a date) or a date a document writes; a supported claim stating a wrong
weekday is contradicted. Cheap
pre-checks first: a digit and a weekday's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .text.calendar_dates import weekday_mentions, written_dates
from .text.worded_forms import WEEKDAYS

__all__ = ["READ_DATED_WEEKDAYS", "dated_weekdays", "weekdays_with_dates", "writes_a_date"]

#: Switch for the fit of the claim decision (:mod:`tools.fit_claim_decision`) and for measuring.
READ_DATED_WEEKDAYS = True

_DAY_HINT_RE = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
#: What may stand between a weekday and its date: "Tuesday 26 May", "Tuesday, 26 May", "Tuesday the 26th of May".
_BEFORE_DATE_RE = re.compile(r",?\s+(?:the\s+)?")
#: ... and between a date and its weekday: "26 May (Tuesday)", "26 May, a Tuesday", "26 May - a Tuesday".
_AFTER_DATE_RE = re.compile(r"\s*(?:,|\(|[-–—]|,?\s+which\s+is)?\s*(?:an?\s+)?")


def _dated(text: str) -> list[tuple[int, tuple[tuple[int | None, int, int], ...]]]:
    """(weekday index, the date's readings) for each weekday written right before or right after a date."""
    dates = written_dates(text)
    if not dates:
        return []
    out = []
    for start, index in weekday_mentions(text):
        end = start + len(WEEKDAYS[index])
        for d in dates:
            gap_after = text[end:d.start] if d.start >= end else None
            gap_before = text[d.end:start] if start >= d.end else None
            if (gap_after is not None and _BEFORE_DATE_RE.fullmatch(gap_after)) or (
                    gap_before is not None and _AFTER_DATE_RE.fullmatch(gap_before)):
                out.append((index, d.readings))
                break
    return out


def weekdays_with_dates(text: str) -> list[tuple[int, tuple[tuple[int | None, int, int], ...]]]:
    """(weekday index, Monday 0, the date's readings) of each weekday written right beside a date."""
    if not any(c.isdigit() for c in text) or _DAY_HINT_RE.search(text) is None:
        return []
    return _dated(text)


def dated_weekdays(claim: str, year: int | None) -> tuple[frozenset[str], frozenset[str]]:
    """The weekday names (lower case) the claim states with a date that are that date's weekday, and those that
    are not (see the module docstring); ``year`` is the trace's, used for a date written without one. A date
    with two readings ("06/05/2026") counts as right when either reading fits, and as wrong only when none does."""
    if not READ_DATED_WEEKDAYS or not any(c.isdigit() for c in claim) or _DAY_HINT_RE.search(claim) is None:
        return frozenset(), frozenset()
    right: set[str] = set()
    wrong: set[str] = set()
    for index, readings in _dated(claim):
        # right in the date's own year, else the trace's; wrong only when the next year does not fit either
        fits, could = set(), set()
        for y, month, day in readings:
            years = (y,) if y is not None else ((year, year + 1) if year is not None else ())
            for n, candidate in enumerate(years):
                try:
                    weekday = date(candidate, month, day).weekday()
                except ValueError:  # 29 February outside a leap year
                    continue
                could.add(weekday)
                if n == 0:
                    fits.add(weekday)
        if not could:
            continue
        if index in fits:
            right.add(WEEKDAYS[index])
        elif index not in could:
            wrong.add(WEEKDAYS[index])
    return frozenset(right), frozenset(wrong - right)


def writes_a_date(texts: Iterable[str | None]) -> bool:
    """Does one of ``texts`` write a calendar date (the customer's day an answer may count from)?"""
    return any(text and written_dates(text) for text in texts)

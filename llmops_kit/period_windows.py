"""A period the article gives, counted from the customer's own date: "Gift vouchers are valid for 12 months from the
date of issue, so yours runs up to and including Tue 2027/12/14" to "issued on 2026/12/15", and the customer's other
date held against that window: "Sat 2027/11/27 falls inside that", "15/03/2027 is still inside the two-month window"
to "an unfavourable result on 11/01/2027".

No text writes the window's last day: it is the start date moved by the article's period, calendar arithmetic on
given figures, so its day and month read as invented. And whether a date falls inside it is a comparison of two
dates, which no evidence sentence words either. Two readings, both under :data:`READ_PERIOD_WINDOWS`:

- :func:`window_end_figures`: a date the claim writes after an end word ("up to and including", "until", "valid
  to", "runs to", "expires on") is held when it is a start date moved by a period of months, weeks, days or years
  that a source writes ("valid for 6 months from its first use"), on the day or the day before (an end "up to and
  including"). The start is a date the claim writes before it, or, when the claim writes none, one the customer's
  message writes, and either way it must follow words of what the source's period counts from ("first used it on
  9.1.2027" for "from its first use"): a window counted from the purchase date where the rule counts from first
  use stays unexplained. A weekday written beside the end date must be that date's; a wrong weekday leaves the date
  and the weekday unexplained.
- :func:`window_outcome`: a claim saying a date "falls inside / is (still, well) inside / within" a window is a
  comparison: the window's end is the last end date the answer writes before the date, or else the customer's one
  other date moved by the period the claim names ("the two-month window") when a source writes that period. It
  *holds* when the date is on or before the end and *fails* when it is after; anything else is left alone.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal, NamedTuple

from .dated_weekdays import weekdays_with_dates
from .text import numbers_in
from .text.calendar_dates import written_dates
from .text.case_key import case_key
from .text.char_scans import has_digit, holds_any
from .text.numbers import NUMBER_WORDS
from .text.tokens import stem

__all__ = ["READ_PERIOD_WINDOWS", "WINDOW_SOURCE", "WindowOutcome", "window_end_figures", "window_outcome"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_PERIOD_WINDOWS = True
#: The source a claim comparing a date with a counted window is judged by.
WINDOW_SOURCE = "the evidence (a date held against the window counted from the customer's date)"

#: A period written with its unit: "12 months", "6 months", "2-month", "14 days" (number words in digits first).
_PERIOD_RE = re.compile(r"(?<![\d.,/])(\d{1,3})[\s-](month|week|day|year)s?\b", re.IGNORECASE)
#: The words before a window's last day: "up to and including", "until", "valid to", "runs to", "expires on".
_END_RE = re.compile(r"(?:\bup to and including|\buntil|\btill|\bvalid (?:up )?to|\bruns (?:up )?to|\bexpires(?: on)?|"
                     r"\blasts until)\s+(?:\w{2,10}\.?\s+){0,1}$", re.IGNORECASE)
#: Cheap pre-check of :data:`_END_RE`: a claim (its odd letters read as ASCII, as the case-blind pattern reads them)
#: holding none of these writes no window end; "til" is in "until" and "till", "to" in every "... to".
_END_KEYS = ("til", "to", "expires")
#: A date said to lie inside the window: "falls inside that", "is still inside the two-month window", "is within it".
_INSIDE_RE = re.compile(r"^\s*(?:\)\s*)?(?:falls|is|lies|comes)\s+(?:(?:still|well|comfortably|safely|just)\s+)?"
                        r"(?:inside|within)\b(.{0,40})", re.IGNORECASE)
#: Cheap pre-check of :data:`_INSIDE_RE`, as :data:`_END_KEYS` is of :data:`_END_RE`: every claim run through the
#: grounding step reaches :func:`window_outcome`.
_INSIDE_KEYS = ("inside", "within")
_UNIT_DAYS = {"day": 1, "week": 7}
#: What a source's period counts from: "12 months from the date of issue", "6 months from its first use".
_ANCHOR_RE = re.compile(r"(\d{1,3})[\s-](month|week|day|year)s?\s+(?:[a-z]+\s+){0,2}?from\s+([a-z ]{3,40})",
                        re.IGNORECASE)
#: Words of an anchor that say nothing of what it is: "from the date it is issued", "from its first use".
_ANCHOR_FILLERS = frozenset({"the", "it", "its", "your", "of", "is", "was", "a", "an", "date", "day", "first", "time"})
#: How far before a start date the words that say what it is ("issued on", "first used it on") may stand.
_ANCHOR_REACH = 40
#: What may stand before a compared date: nothing, or its weekday ("Sat 2027/11/27 falls inside that").
_WEEKDAY_ONLY_RE = re.compile(r"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s*)?", re.IGNORECASE)
#: A number word before its unit, "two months", or joined to it by a hyphen, "the two-month window" (which the
#: number reader leaves in words); an ordinal ("its first use") is no count.
_WORDED_COUNT_RE = re.compile(r"\b(" + "|".join(w for w in NUMBER_WORDS if w.isalpha()) +
                              r")(?=[\s-](?:month|week|day|year)s?\b)", re.IGNORECASE)


class WindowOutcome(NamedTuple):
    """A date held against a window's end: "holds" when on or before it, "fails" when after."""

    outcome: Literal["holds", "fails"]
    end: date


def _moved(start: date, count: int, unit: str) -> date | None:
    """``start`` moved forward by ``count`` units (a month to the same day, or the month's last day)."""
    unit = unit.lower()
    if unit in _UNIT_DAYS:
        return start + timedelta(days=count * _UNIT_DAYS[unit])
    months = count * 12 if unit == "year" else count
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    try:
        return date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))
    except ValueError:
        return None


def _counts_in_digits(text: str) -> str:
    """The text with the counts of its periods in digits: "two months" is "2 months"."""
    return _WORDED_COUNT_RE.sub(lambda m: NUMBER_WORDS[case_key(m.group(1))], text)


def _periods(texts: Iterable[str]) -> frozenset[tuple[int, str]]:
    """The periods the texts write, as (count, unit)."""
    return frozenset((int(m.group(1)), m.group(2).lower()) for text in texts if text
                     for m in _PERIOD_RE.finditer(_counts_in_digits(text)))


def _anchors(texts: Iterable[str]) -> dict[tuple[int, str], frozenset[str]]:
    """The stems of what each of the texts' periods counts from: {(12, "month"): {"issu"}}."""
    found: dict[tuple[int, str], set[str]] = {}
    for text in texts:
        for m in _ANCHOR_RE.finditer(_counts_in_digits(text or "")):
            words = _stems(" ".join(m.group(3).split()[:5])) - _ANCHOR_FILLERS
            found.setdefault((int(m.group(1)), m.group(2).lower()), set()).update(words)
    return {period: frozenset(stems) for period, stems in found.items()}


def _anchored(text: str, position: int, anchors: frozenset[str]) -> bool:
    """Do the words just before a date (in its sentence) say it is what the period counts from ("issued on")?"""
    before = re.split(r"[.!?]\s", text[max(0, position - _ANCHOR_REACH):position])[-1]
    return not anchors.isdisjoint(_stems(before))


def _stems(text: str) -> frozenset[str]:
    """The stems of a short text's words, small words kept ("use" is what a card counts from)."""
    return frozenset(stem(word) for word in re.findall(r"[a-z]+", text.lower()))


def _dated(text: str) -> list[tuple[int, int, tuple[date, ...]]]:
    """(start, end, readings) of each date ``text`` writes with its year: a day-first and a month-first reading
    where the layout allows both ("8.7.2027")."""
    out = []
    for written in written_dates(text):
        days = []
        for year, month, day in written.readings:
            if year is not None:
                days.append(date(year, month, day))
        if days:
            out.append((written.start, written.end, tuple(days)))
    return out


def _ends(start: date, period: tuple[int, str]) -> set[date]:
    """The days a window from ``start`` may end on: moved by the period, or the day before that."""
    moved = _moved(start, *period)
    return {moved, moved - timedelta(days=1)} if moved is not None else set()


def _weekday_right(claim: str, start: int, end: int, day: date) -> bool:
    """Is every weekday written right beside the date at ``start``-``end`` that date's own?"""
    for weekday, readings in weekdays_with_dates(claim[max(0, start - 16):end + 16]):
        if any(r[1:] == (day.month, day.day) for r in readings) and weekday != day.weekday():
            return False
    return True


def window_end_figures(claim: str, user_text: str, source_texts: Iterable[str]) -> frozenset[str]:
    """The figures and weekday names of the claim's window ends that a start date moved by a source's period
    gives (see the module docstring); none otherwise. The start must be written after the words of what the period
    counts from ("issued on 2026/12/15" for "12 months from the date of issue")."""
    if not READ_PERIOD_WINDOWS or not has_digit(claim) or not holds_any(case_key(claim), _END_KEYS):
        return frozenset()
    dated = _dated(claim)
    ends_at = [(s, e, days) for s, e, days in dated if _END_RE.search(claim[max(0, s - 40):s])]
    if not ends_at:
        return frozenset()
    anchors = _anchors(source_texts)
    if not anchors:
        return frozenset()
    found: set[str] = set()
    for start, end, days in ends_at:
        for day in days:
            if not any(day in _ends(first, period) for period, stems in anchors.items()
                       for first in _starts(claim, start, user_text, stems) if first < day):
                continue
            if not _weekday_right(claim, start, end, day):
                return frozenset()
            span = claim[max(0, start - 16):end + 16].lower()
            found.update(numbers_in(claim[start:end]))
            found.update((str(day.day), str(day.month)))
            weekday = calendar.day_name[day.weekday()].lower()
            if weekday in span:
                found.add(weekday)
            break
    return frozenset(found)


def _starts(claim: str, before: int, user_text: str, anchors: frozenset[str]) -> list[date]:
    """The dates a window may start on: those the claim writes before its end, or else the customer's, each only
    after words that say it is what the period counts from."""
    in_claim = [(s, ds) for s, _, ds in _dated(claim) if s < before]
    if in_claim:
        return [d for s, ds in in_claim if _anchored(claim, s, anchors) for d in ds]
    return [d for s, _, ds in _dated(user_text) if _anchored(user_text, s, anchors) for d in ds]


def window_outcome(claim: str, answer_text: str, user_text: str, source_texts: Iterable[str]) -> WindowOutcome | None:
    """Whether the date the claim says falls inside a window does (see the module docstring); None when the claim
    is no such comparison or its window cannot be read."""
    if not READ_PERIOD_WINDOWS or not has_digit(claim) or not holds_any(case_key(claim), _INSIDE_KEYS):
        return None
    dated = _dated(claim)
    if len(dated) != 1:
        return None
    start, end, days = dated[0]
    inside = _INSIDE_RE.match(claim[end:])
    if inside is None or not _WEEKDAY_ONLY_RE.fullmatch(claim[:start]):
        return None
    window_end = _answer_end(claim, answer_text)
    if window_end is None:
        window_end = _counted_end(inside.group(1), user_text, source_texts, days)
    if window_end is None:
        return None
    outcomes = {"holds" if day <= window_end else "fails" for day in days}
    if len(outcomes) != 1:
        return None
    return WindowOutcome(outcomes.pop(), window_end)


def _answer_end(claim: str, answer_text: str) -> date | None:
    """The last window end the answer writes before the claim ("up to and including Tue 2027/12/14"), read one
    way, or the one way its weekday gives ("Thursday 8.7.2027")."""
    before = answer_text.split(claim, 1)[0] if claim in answer_text else ""
    ends = [(s, e, days) for s, e, days in _dated(before) if _END_RE.search(before[max(0, s - 40):s])]
    if not ends:
        return None
    start, end, days = ends[-1]
    if len(days) > 1:
        named = {weekday for weekday, _ in weekdays_with_dates(before[max(0, start - 16):end + 16])}
        days = tuple(d for d in days if d.weekday() in named)
    return days[0] if len(days) == 1 else None


def _counted_end(window_words: str, user_text: str, source_texts: Iterable[str], days: tuple[date, ...]
                 ) -> date | None:
    """The end of "the two-month window" counted from the customer's one other date, when a source writes that
    period; the last day inside is the start moved by the period."""
    named = _periods((window_words,))
    if len(named) != 1 or not named <= _periods(source_texts):
        return None
    starts = [ds for _, _, ds in _dated(user_text) if not set(ds) & set(days)]
    if len(starts) != 1 or len(starts[0]) != 1:
        return None
    (count, unit), = named
    return _moved(starts[0][0], count, unit)

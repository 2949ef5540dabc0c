"""Calendar dates as a text writes them, read as days of the calendar: "6 July 2027", "July 6, 2027", "2027-04-03",
"2027.04.03", "12/06/2027", "18.10.2027", "27-04-2027", and the weekday names a text states.

The other date readers compare a date as written (a day and month name, an ISO date, a numeric date in another
layout); a reading that asks which side of a stated date a day falls on needs the day itself. A numeric date
written with its day and month in either order ("12/06/2027") has both readings when both are days of the
calendar, unless another date of the same text in the same layout can only be read one way ("until 30-04-2027;
... from 01-05-2027" writes the day first), and the reader of a date keeps a finding only when both agree; a
year written first is always followed by the month. A date written without its year ("6 July") has no year:
the reader supplies one.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from ..textcache import text_cache
from .case_key import case_key
from .char_scans import has_digit
from .worded_forms import MONTHS, WEEKDAYS

__all__ = ["READ_HYPHENED_MONTH_DATES", "WrittenDate", "hyphened_month_date", "spaced_month_dates", "weekday_mentions",
           "written_dates"]

#: A month's name, capitalised as English writes it (a lower-case "may" is a verb), or its usual short form.
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?" \
         r"|Nov(?:ember)?|Dec(?:ember)?)"
_DATE_RE = re.compile(
    # year first: "2027-04-03", "2027.04.03", "2027/04/03"
    r"(?<![\d.,/-])((?:19|20)\d\d)([-./])(\d{1,2})\2(\d{1,2})(?!\d|[.,/-]\d)"
    # day or month first, a four-digit year: "12/06/2027", "18.10.2027", "27-04-2027"
    r"|(?<![\d.,/-])(\d{1,2})([-./])(\d{1,2})\6((?:19|20)\d\d)(?!\d|[.,/-]\d)"
    # the month in words: "6 July 2027", "6th of July", "July 6, 2027"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}\b\.?(?:,?\s+((?:19|20)\d\d)\b)?"
    rf"|\b{_MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!:|\.\d)(?:,?\s+((?:19|20)\d\d)\b)?")
#: Read a date whose day, month name and year are joined by hyphens ("20-Mar-2027", "5-june-2027") as the date it is,
#: written "20 Mar 2027" for every reader of dates (the ``text47`` round: it was read as a code "20mar2027", which no
#: record's "2027-03-20" holds); off while the claim decision is fitted.
READ_HYPHENED_MONTH_DATES = True
#: Such a date: one or two figures, a month's name or short form, a year of four figures, hyphens between.
_HYPHENED_MONTH_RE = re.compile(rf"(?<![\w-])(\d{{1,2}})-{_MONTH}-((?:19|20)\d\d)(?![\w-])", re.IGNORECASE)
#: A figure, a hyphen and a letter: what every such date holds. Most texts with a hyphen and a digit hold none (an
#: ISO date, a phone number), and this pattern starts with its digit, so it rules them out faster than the date's.
_FIGURE_HYPHEN_LETTER_RE = re.compile(r"\d-[^\W\d_]")


def spaced_month_dates(text: str) -> str:
    """``text`` with each date written "20-Mar-2027" written "20 Mar 2027", the month's name capitalised as the date
    readers want it (:data:`READ_HYPHENED_MONTH_DATES`); a text with no figure, hyphen and letter in a row comes back
    as it is."""
    if not READ_HYPHENED_MONTH_DATES or "-" not in text or _FIGURE_HYPHEN_LETTER_RE.search(text) is None:
        return text
    return _HYPHENED_MONTH_RE.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()} {m.group(3)}", text)


def hyphened_month_date(word: str) -> bool:
    """Is ``word`` a whole date written "20-Mar-2027" (:data:`READ_HYPHENED_MONTH_DATES`)? A code reader leaves it to
    the date readers."""
    return READ_HYPHENED_MONTH_DATES and _HYPHENED_MONTH_RE.fullmatch(word) is not None


#: A weekday's name, singular or plural ("Friday", "Saturdays").
_WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b", re.IGNORECASE)


class WrittenDate(NamedTuple):
    """A date in a text: where it is written, and its readings as (year or None, month, day)."""

    start: int
    end: int
    readings: tuple[tuple[int | None, int, int], ...]


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)  # a leap year when no year is written: 29 February may be meant
    except ValueError:
        return False
    return True


def _month(name: str) -> int:
    key = name.lower()[:3]
    return next(n for n, month in enumerate(MONTHS, start=1) if month.startswith(key))


@text_cache()
def written_dates(text: str) -> tuple[WrittenDate, ...]:
    """The calendar dates ``text`` writes, in order, each with its readings (see the module docstring)."""
    if not has_digit(text):
        return ()
    out = []
    matches = list(_DATE_RE.finditer(text))
    # the order a layout's day and month come in, where one of its dates can only be read one way
    day_first = {m.group(6) for m in matches if m.group(5) and int(m.group(5)) > 12 >= int(m.group(7))}
    month_first = {m.group(6) for m in matches if m.group(5) and int(m.group(7)) > 12 >= int(m.group(5))}
    for m in matches:
        if m.group(1):
            candidates: list[tuple[int | None, int, int]] = [(int(m.group(1)), int(m.group(3)), int(m.group(4)))]
        elif m.group(5):
            a, b, year = int(m.group(5)), int(m.group(7)), int(m.group(8))
            candidates = [(year, b, a), (year, a, b)] if a != b else [(year, a, b)]
            sep = m.group(6)
            if sep in day_first and sep not in month_first:
                candidates = candidates[:1]
            elif sep in month_first and sep not in day_first:
                candidates = candidates[-1:]
        elif m.group(9):
            candidates = [(int(m.group(11)) if m.group(11) else None, _month(m.group(10)), int(m.group(9)))]
        else:
            candidates = [(int(m.group(14)) if m.group(14) else None, _month(m.group(12)), int(m.group(13)))]
        readings = tuple(c for c in candidates if _valid(*c))
        if readings:
            out.append(WrittenDate(m.start(), m.end(), readings))
    return tuple(out)


@text_cache()
def weekday_mentions(text: str) -> tuple[tuple[int, int], ...]:
    """(start, weekday index, Monday 0) of each weekday name ``text`` writes."""
    return tuple((m.start(), WEEKDAYS.index(case_key(m.group(1)))) for m in _WEEKDAY_RE.finditer(text))

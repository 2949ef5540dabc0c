"""A duration, a share, a time of day, a month or a run of days written in words where another text writes it in
figures or short forms: "half an hour" is 30 minutes, "three quarters of the plot" is 75% of it, "midday" is 12
noon, "January 2027" is the record's "2027-01", "Monday to Saturday" is "Mon-Sat", "any weekday" is a day of
"Monday to Saturday".

These are one fact in two wordings, so they are read as one before any comparison: :func:`spell_forms` writes a
fraction of an hour as minutes, a fraction *of* something as a percentage and a bare "midday" / "noon" as "12
noon", for the number and time readers of :mod:`llmops_kit.text.numbers` (claim and evidence alike, so "three
quarters of the plot" meets "three quarters of each plot" as it meets "75% of each plot"); :func:`form_words` gives
the words
such a form used, which are part of the figure (checked as a hard fact) and left out of the words a claim's
wording is compared on, as the month of a date is; :func:`year_month_names` gives the month a year-month field
names ("2027-01" is January); :func:`run_day_words` reads an evidence text's run of days ("Mon-Sat") with its
two days written out, and as "weekday" / "weekend" when it holds all of Monday to Friday / Saturday and Sunday.

A changed figure stays a changed figure: "about an hour" is not read as 30 minutes, "a quarter of the plot" is 25% and
does not meet "75% of each plot", "February 2027" is not "2027-01", "Monday to Sunday" names a Sunday that
"Mon-Sat" does not hold. Of shares only "a quarter" and "three quarters" are read ("half of" is as often arithmetic,
"half of the £46 charge", and a third is no whole percentage).
"""

from __future__ import annotations

import re

from .case_key import case_key
from .char_scans import holds_any

__all__ = ["MONTHS", "READ_WORDED_FORMS", "WEEKDAYS", "form_words", "in_cycle", "run_day_words", "spell_forms",
           "year_month_names"]

#: Read these forms; off while the claim decision is fitted (they change a claim's figures and compared words).
READ_WORDED_FORMS = True

_MINUTES = {"half an hour": "30", "half a hour": "30", "a quarter of an hour": "15", "quarter of an hour": "15",
            "three quarters of an hour": "45", "three-quarters of an hour": "45", "an hour and a half": "90",
            "one hour and a half": "90"}
_SHARES = {"a quarter": "25", "one quarter": "25", "three quarters": "75", "three-quarters": "75"}
#: A fraction of an hour, longest first so "three quarters of an hour" is not read as "quarter of an hour".
_HOUR_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _MINUTES), key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)
#: A fraction of a thing the text goes on to name in words with a determiner: "three quarters of the plot", "a
#: quarter of each booking". Not "half": "half of the £46 charge" and "half the price" are arithmetic as often as a
#: share, and a figure after the determiner is always arithmetic.
_SHARE_RE = re.compile(r"\b(three[- ]quarters|a quarter|one quarter) of (?=(?:the|each|every|a|an|your|our|its|"
                       r"their|all)\s+[A-Za-z])", re.IGNORECASE)
_BARE_NOON_RE = re.compile(r"(?<!\d)(?<!\d\s)\b(?:midday|noon)\b", re.IGNORECASE)
_HINTS = ("alf", "uarter", "oon", "idday")
#: The months in English, lower case, in calendar order (the one list every date reader uses).
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
#: A year-month field or value ("period: 2027-01"), not part of a full date or a longer code.
_YEAR_MONTH_RE = re.compile(r"(?<![\w-])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\w-])")
_WEEKDAY_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                  "sun": 6}
#: What each day's name starts with, lower case, in every spelling the pattern reads ("Mon", "tues", "Thu").
_DAY_HINTS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The days of the week in calendar order (Monday first, as ``date.weekday()`` counts); the number readers
#: re-export it as ``text.numbers.WEEKDAYS``.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: A run of days written with a dash or "to" between two days, full or abbreviated ("Mon-Sat", "Monday to
#: Saturday", "Wed–Sun").
_DAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
_RUN_RE = re.compile(rf"\b{_DAY}s?\.?\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*{_DAY}s?\b")


def _hinted(text: str) -> bool:
    """Does the text hold a form's word? Substrings that "half" / "Half", "quarter", "noon" and "midday" hold, tested
    on the text as it is (no lower-casing of a long evidence text): most texts hold none."""
    return holds_any(text, _HINTS)


def spell_forms(text: str) -> str:
    """``text`` with a fraction of an hour as minutes ("half an hour" is "30 minutes"), a fraction of a named thing
    as a percentage ("three quarters of the plot" is "75% of the plot") and a bare "midday" or "noon" as "12 noon";
    any other text comes back as it is (a few substring tests first)."""
    if not READ_WORDED_FORMS:
        return text
    if not _hinted(text):
        return text
    lower = text.lower()
    if "hour" in lower:
        text = _HOUR_RE.sub(lambda m: f"{_MINUTES[' '.join(m.group(0).lower().split())]} minutes", text)
    if " of " in lower:
        text = _SHARE_RE.sub(lambda m: f"{_SHARES[case_key(m.group(1))]}% of ", text)
    if "noon" in lower or "midday" in lower:
        text = _BARE_NOON_RE.sub("12 noon", text)
    return text


def form_words(text: str) -> frozenset[str]:
    """The words, lower case, of the forms :func:`spell_forms` reads as figures ("half", "hour" of "half an hour";
    "quarters" of "three quarters of the plot"; "midday"): part of the figure, not wording to match."""
    if not READ_WORDED_FORMS:
        return frozenset()
    if not _hinted(text):
        return frozenset()
    lower = text.lower()
    found: set[str] = set()
    if "hour" in lower:
        for m in _HOUR_RE.finditer(text):
            found.update(re.findall(r"[a-z]+", m.group(0).lower()))
    if " of " in lower:
        for m in _SHARE_RE.finditer(text):
            found.update(re.findall(r"[a-z]+", m.group(1).lower()))
    if "noon" in lower or "midday" in lower:
        found.update(m.group(0).lower() for m in _BARE_NOON_RE.finditer(text))
    return frozenset(found - {"a", "an", "of", "and", "one", "three"})


def year_month_names(text: str) -> frozenset[str]:
    """The month a year-month value names ("2027-01" is January), lower case."""
    if not READ_WORDED_FORMS or ("-0" not in text and "-1" not in text):  # the month's first digit
        return frozenset()
    return frozenset(MONTHS[int(month) - 1] for _year, month in _YEAR_MONTH_RE.findall(text))


def in_cycle(at: int, first: int, last: int, length: int) -> bool:
    """Is index ``at`` inside the range ``first``-``last`` of a cycle of ``length`` (both ends in, round the year
    or the week: "November to February" holds January)? The one test the month and weekday range readers share."""
    return (at - first) % length <= (last - first) % length


def _day_index(word: str) -> int:
    key = word.lower().rstrip(".")
    if key in WEEKDAYS:
        return WEEKDAYS.index(key)
    return _WEEKDAY_SHORT[key]


def _span(first: int, last: int) -> frozenset[int]:
    return frozenset((first + k) % 7 for k in range((last - first) % 7 + 1))


def run_day_words(text: str) -> frozenset[str]:
    """The day words a run of days in the text states besides its own wording, read generously (as the evidence's
    numbers are): its two days written out ("monday", "saturday" of "Mon-Sat", as "Monday to Saturday" names
    them), "weekday" when it holds Monday to Friday and "weekend" when it holds Saturday and Sunday ("Monday to
    Saturday" holds every weekday)."""
    if not READ_WORDED_FORMS:
        return frozenset()
    lower = text.lower()
    if sum(d in lower for d in _DAY_HINTS) < 2 and not any(f"{d}-{d}" in lower for d in _DAY_HINTS):
        return frozenset()  # a run names two days (the same one twice only round the week: "sun-sun")
    found: set[str] = set()
    for m in _RUN_RE.finditer(lower):
        first, last = _day_index(m.group(1)), _day_index(m.group(2))
        found.update((WEEKDAYS[first], WEEKDAYS[last]))
        days = _span(first, last)
        if days >= frozenset(range(5)):
            found.add("weekday")
        if days >= frozenset((5, 6)):
            found.add("weekend")
    return frozenset(found)

"""Calendar dates as a text writes them, read as days of the calendar: "6 July 2027", "July 6, 2027", "2027-04-03",
"2027.04.03", "12/06/2027", "18.10.2027", "27-04-2027", and the weekday names a text states.

The other date readers compare a date as written (a day and month name, an ISO date, a numeric date in another
layout); a reading that asks which side of a stated date a day falls on needs the day itself. A numeric date
written with its day and month in either order ("12/06/2027") has both readings when both are days of the
calendar, unless another date of the same text in the same layout can only be read one way ("until 30-04-2027;
... from 01-05-2027" writes the day first), and the reader of a date keeps a finding only when both agree; a
year written first is always followed by the month. A date written without its year ("6 July") has no year:
the reader supplies one.

With :data:`READ_LOCALE_DATES` the reader also knows the short, medium and long dates of other locales' house styles
(the ``date50`` round): a day, month and year parted by a dot and a space ("16. 3. 2027"), a year of two figures
("16.03.27", "3/16/27"), the year, month and day marks of Japanese and Chinese ("2027年3月16日"), and a month's name
or short form in another language beside a day and a year ("16. März 2027", "16 de marzo de 2027", "2027. márc. 16.").
The names are the Unicode CLDR's, through Babel (:func:`month_numbers`), not a typed list.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from ..textcache import text_cache
from .case_key import case_key
from .char_scans import has_digit
from .worded_forms import MONTHS, WEEKDAYS

__all__ = ["READ_HYPHENED_MONTH_DATES", "READ_LOCALE_DATES", "WrittenDate", "english_dates", "hyphened_month_date",
           "month_numbers", "spaced_month_dates", "weekday_mentions", "written_dates"]

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


#: Read dates in other locales' house styles (see the module docstring); off while ``tools/fit_claim_decision.py``
#: fits the claim decision.
READ_LOCALE_DATES = True
#: A year of four figures: a dated name form needs one (a month's name in another language may be a word too,
#: "mars", "mai", "set", and a day number beside it is not enough to say it is a date).
_YEAR = r"((?:19|20)\d\d)"
#: The numeric forms of other house styles, each (pattern, separator key, order): ``dmy`` a day or month, the other,
#: then the year (either order, as :func:`written_dates` decides); ``ymd`` the year first, then month and day.
_LOCALE_NUMERIC = (
    # a dot and a space after the day and the month: "16. 3. 2027", "4. 11. 2027" (Czech, Slovak)
    (re.compile(rf"(?<![\w.,/-])(\d{{1,2}})\.\s(\d{{1,2}})\.\s{_YEAR}(?!\d|[.,/-]\d)"), ". ", "dmy"),
    # the year first, a dot and a space after each part: "2027. 03. 16." (Hungarian; the claims' own are read as ISO
    # before the split, :func:`~llmops_kit.text.split.iso_spaced_dates`)
    (re.compile(rf"(?<![\w.,/-]){_YEAR}\.\s(\d{{1,2}})\.\s(\d{{1,2}})\b\.?(?!\d|[,/-]\d)"), ". ", "ymd"),
    # a year of two figures after slashes: "16/03/27", "3/16/27"
    (re.compile(r"(?<![\w.,/-])(\d{1,2})/(\d{1,2})/(\d\d)(?![\w/]|[.,-]\d)"), "/", "dmy"),
    # ... or after dots or hyphens, day and month of two figures each ("16.03.27", "16-03-27"; "1.2.3" and "2.1.13"
    # are versions)
    (re.compile(r"(?<![\w.,/-])(\d\d)\.(\d\d)\.(\d\d)(?!\w|[.,/-]\d)"), ".", "dmy"),
    (re.compile(r"(?<![\w.,/-])(\d\d)-(\d\d)-(\d\d)(?!\w|[.,/-]\d)"), "-", "dmy"),
    # ... or after a dot and a space: "16. 3. 27"
    (re.compile(r"(?<![\w.,/-])(\d{1,2})\.\s(\d{1,2})\.\s(\d\d)(?!\w|[.,/-]\d)"), ". ", "dmy"),
    # the year, month and day marks of Japanese and Chinese: "2027年3月16日"
    (re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"), "年", "ymd"),
)
#: A day, a month's name or short form, a year: "16. März 2027", "16 de marzo de 2027", "16. mar. 2027".
_NAMED_DAY_FIRST_RE = re.compile(
    rf"(?<![\w.,/-])(\d{{1,2}})\.?\s+(?:de\s+)?([^\W\d_]{{3,}})\.?,?\s+(?:de\s+)?{_YEAR}(?!\d)")
#: The year and its dot first, then the month's name and the day: "2027. márc. 16.", "2027. március 16." (Hungarian).
#: Without the dot ("since 2020 may 12 ...") it is no date.
_NAMED_YEAR_FIRST_RE = re.compile(rf"(?<![\w.,/-]){_YEAR}\.\s+([^\W\d_]{{3,}})\.?\s+(\d{{1,2}})\b\.?(?![\d])")


#: A figure, a separator (a space may follow a dot) and a figure, or the Japanese year mark: what every numeric form
#: of :data:`_LOCALE_NUMERIC` holds, searched once before the forms are.
_NUMERIC_HINT_RE = re.compile(r"\d[./-]\s?\d|年")
#: A year of four figures anywhere: a text without one writes no named date of another house style.
_YEAR_HINT_RE = re.compile(r"(?:19|20)\d\d")


#: What every date :func:`english_dates` rewrites holds: a year of four figures, or a figure, a dot, a space and a
#: figure ("16. 3. 27").
_REWRITE_HINT_RE = re.compile(r"(?:19|20)\d\d|\d\.\s\d")


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Every month's name and short form in the languages of the world's locales, case-folded and without its dot,
    with its month (Unicode CLDR through Babel, read once: wide and abbreviated, format and stand-alone). A name two
    languages give to different months ("listopad" is November in Czech, October in Croatian) goes to the month most
    locales mean by it; a tie leaves it out."""
    from babel import localedata  # imported here: only a text with a dated month name in it needs the tables
    from babel.dates import get_month_names

    locales_of: Counter[str] = Counter(identifier.split("_")[0] for identifier in localedata.locale_identifiers())
    votes: defaultdict[str, Counter[int]] = defaultdict(Counter)
    for language, count in locales_of.items():
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, language).items():
                    key = _name_key(name)
                    if len(key) >= 3 and key.isalpha():
                        votes[key][month] += count
    out = {}
    for key, months in votes.items():
        ranked = [*months.most_common(2), (0, 0)]
        if ranked[1][1] < ranked[0][1]:
            out[key] = ranked[0][0]
    return out


def _name_key(name: str) -> str:
    """A month's name as it is looked up: case-folded, its dot and a Catalan "de " / "d'" before it left off. The
    Turkish dotted and dotless i and the long s fold to "i" and "s" first (:func:`case_key`): "ARALIK", "NİSAN" and
    "Aralık" are one key, where ``casefold`` alone gave "aralik", "ni̇san" (with a combining dot) and "aralık"."""
    key = case_key(name).casefold().strip().rstrip(".")
    for article in ("de ", "d'", "d’"):
        if key.startswith(article):
            key = key[len(article):]
    return key


class _Found(NamedTuple):
    """A date matched before it is read: its span, its separator key (numeric forms), figures and month."""

    start: int
    end: int
    sep: str | None  # for a day-or-month-first numeric date: the layout whose other dates may settle its order
    first: int  # day or month (``sep``), else the day
    second: int  # month or day (``sep``), else the month
    year: int | None


def _locale_found(text: str, taken: list[tuple[int, int]]) -> list[_Found]:
    """The dates of other house styles in ``text`` (:data:`READ_LOCALE_DATES`) outside the spans ``taken``."""
    out: list[_Found] = []
    numeric = _NUMERIC_HINT_RE.search(text) is not None
    for pattern, sep, order in _LOCALE_NUMERIC if numeric else ():
        if sep not in text:
            continue
        for m in pattern.finditer(text):
            a, b, c = (int(g) for g in m.groups())
            if order == "ymd":
                out.append(_Found(m.start(), m.end(), None, c, b, a))
            else:
                out.append(_Found(m.start(), m.end(), sep, a, b, c + 2000 if c < 100 else c))
    if _YEAR_HINT_RE.search(text) is not None:
        for m in _NAMED_DAY_FIRST_RE.finditer(text):
            month = month_numbers().get(_name_key(m.group(2)))
            if month:
                out.append(_Found(m.start(), m.end(), None, int(m.group(1)), month, int(m.group(3))))
        for m in _NAMED_YEAR_FIRST_RE.finditer(text):
            month = month_numbers().get(_name_key(m.group(2)))
            if month:
                out.append(_Found(m.start(), m.end(), None, int(m.group(3)), month, int(m.group(1))))
    return [f for f in out if not any(f.start < end and start < f.end for start, end in taken)]


def _found(text: str) -> list[_Found]:
    """Every date ``text`` writes, matched and not yet read, in order."""
    out = []
    for m in _DATE_RE.finditer(text):
        if m.group(1):
            out.append(_Found(m.start(), m.end(), None, int(m.group(4)), int(m.group(3)), int(m.group(1))))
        elif m.group(5):
            out.append(_Found(m.start(), m.end(), m.group(6), int(m.group(5)), int(m.group(7)), int(m.group(8))))
        elif m.group(9):
            out.append(_Found(m.start(), m.end(), None, int(m.group(9)), _month(m.group(10)),
                              int(m.group(11)) if m.group(11) else None))
        else:
            out.append(_Found(m.start(), m.end(), None, int(m.group(13)), _month(m.group(12)),
                              int(m.group(14)) if m.group(14) else None))
    if READ_LOCALE_DATES:  # each form is searched only in a text holding its marks or a year of four figures
        extra = _locale_found(text, [(f.start, f.end) for f in out])
        if extra:
            out = sorted([*out, *extra], key=lambda f: f.start)
    return out


@text_cache()
def written_dates(text: str) -> tuple[WrittenDate, ...]:
    """The calendar dates ``text`` writes, in order, each with its readings (see the module docstring)."""
    if not has_digit(text):
        return ()
    out = []
    found = _found(text)
    # the order a layout's day and month come in, where one of its dates can only be read one way
    day_first = {f.sep for f in found if f.sep and f.first > 12 >= f.second}
    month_first = {f.sep for f in found if f.sep and f.second > 12 >= f.first}
    for f in found:
        if f.sep is None:
            candidates: list[tuple[int | None, int, int]] = [(f.year, f.second, f.first)]
        else:
            a, b = f.first, f.second
            candidates = [(f.year, b, a), (f.year, a, b)] if a != b else [(f.year, a, b)]
            if f.sep in day_first and f.sep not in month_first:
                candidates = candidates[:1]
            elif f.sep in month_first and f.sep not in day_first:
                candidates = candidates[-1:]
        readings = tuple(c for c in candidates if _valid(*c))
        if readings:
            out.append(WrittenDate(f.start, f.end, readings))
    return tuple(out)


def english_dates(text: str) -> str:
    """``text`` with each date of another house style that has one reading written the English way ("16. 3. 2027",
    "16. března 2027", "2027. márc. 16." as "16 March 2027"), so the dots of its parts end no sentence and the month's
    name is one the name check knows (:data:`READ_LOCALE_DATES`). A date the older readers read whole ("16 Mar
    2027", "16/03/2027", ISO) or with two readings ("4. 11. 2027") is left as written."""
    if not READ_LOCALE_DATES or not has_digit(text) or _REWRITE_HINT_RE.search(text) is None:
        return text
    pieces, last = [], 0
    for written in written_dates(text):
        span = text[written.start:written.end]
        if len(written.readings) != 1 or written.readings[0][0] is None or _plain_form(span):
            continue
        year, month, day = written.readings[0]
        ending = "." if span.endswith(".") and written.end < len(text) and text[written.end:].strip()[:1].isupper() \
            else ""
        pieces.append(f"{text[last:written.start]}{day} {MONTHS[month - 1].capitalize()} {year}{ending}")
        last = written.end
    return "".join(pieces) + text[last:] if pieces else text


def _plain_form(span: str) -> bool:
    """Does a date's text need no rewriting: one the older readers read whole with no dot and space in it ("16 Mar
    2027"), or one all in figures and ASCII marks ("16.03.27", "2027/03/16": no name, no sentence end; its figures are
    held by the same day a source writes, :meth:`~llmops_kit.evidence_derived.DerivedFigures._whole_dates`)?"""
    if ". " in span or any(ch.isalpha() and not ch.isascii() for ch in span):
        return False
    return _DATE_RE.fullmatch(span) is not None or not any(ch.isalpha() for ch in span if ch.isascii())


@text_cache()
def weekday_mentions(text: str) -> tuple[tuple[int, int], ...]:
    """(start, weekday index, Monday 0) of each weekday name ``text`` writes."""
    return tuple((m.start(), WEEKDAYS.index(case_key(m.group(1)))) for m in _WEEKDAY_RE.finditer(text))

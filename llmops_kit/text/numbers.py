"""Numbers as facts: digits, number words, money, percentages, ordinals, multipliers, durations and dates.

Every number a text states is reduced to one spelling (:func:`normalise_number`: "1,200" and "1200"
agree, "34.00" is "34"), so a claim's numbers can be looked up in its evidence as plain strings.

Number words go through ``text2num`` (compiled, maintained), which reads compounds and every word from
zero to the billions ("eighty days" is 80 days, "one hundred and twenty-five" is 125, "third" is 3).
A claim is read *conservatively* (:func:`claim_numbers`: a lone "one" is not a number, "no one" is
nobody) and evidence *generously* (:func:`evidence_numbers`: "one" is 1, two weeks are also 14 days,
an ISO date also states its month and weekday), so an honest paraphrase is never short of a number and
a changed number never finds one. Ranges ("5-7 days", "five to seven") state both ends.
"""

from __future__ import annotations

import re
from datetime import date

from text_to_num import alpha2digit

from ..textcache import text_cache

__all__ = [
    "NUMBER_WORDS",
    "SPELLED_NUMBERS",
    "claim_numbers",
    "date_names",
    "evidence_numbers",
    "normalise_number",
    "quantities",
]

_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
#: Every English number word with its value (compounds such as "twenty-one" are read by text2num).
NUMBER_WORDS: dict[str, str] = {
    **{w: str(i) for i, w in enumerate(_UNITS)},
    **{w: str(20 + 10 * i) for i, w in enumerate(_TENS)},
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
}
_ORDINAL_WORDS = frozenset((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
    "hundredth", "thousandth",
))
#: Words that spell a number (cardinals and ordinals): a text without any of them skips text2num.
SPELLED_NUMBERS = _SPELLED = frozenset(NUMBER_WORDS) | _ORDINAL_WORDS
_WORD_RE = re.compile(r"[a-z]+")
_TIMES = {"once": "1", "twice": "2", "thrice": "3", "double": "2", "triple": "3", "dozen": "12", "half": "0.5"}
_NUMBER_RE = re.compile(r"(?<![A-Za-z])\d+(?:[.,]\d+)*")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SCALED_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(billion|million|thousand|bn|k|m)\b", re.IGNORECASE)
_SCALE = {"billion": 10**9, "bn": 10**9, "million": 10**6, "m": 10**6, "thousand": 1000, "k": 1000}
_DURATION_RE = re.compile(r"(?<![\w.])(\d+)\s*(weeks?|days?|hours?)\b", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_QUANTITY_RE = re.compile(r"([$€£]\s?)?(?<![A-Za-z])(\d+(?:[.,]\d+)*)\s*(%|[A-Za-z]+)?")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def normalise_number(raw: str) -> str:
    """One spelling per number: "1,200" and "1200" agree, "5.90" is "5.9", "007" is "7"."""
    if raw.isdigit():
        return raw.lstrip("0") or "0"
    text = raw
    if _THOUSANDS_RE.fullmatch(text):
        text = text.replace(",", "")
    text = text.replace(",", ".")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return text.lstrip("0") or "0"


def _spelled(text: str) -> bool:
    """Does the text spell a number in words? (a set test, so most texts skip text2num entirely)"""
    return not _SPELLED.isdisjoint(_WORD_RE.findall(text.lower()))


def _read(text: str, threshold: int) -> set[str]:
    digits = alpha2digit(text, "en", threshold=threshold) if _spelled(text) else text
    found = {normalise_number(n) for n in _NUMBER_RE.findall(digits)}
    for value, scale in _SCALED_RE.findall(text):  # before text2num turns "million" into digits
        scaled = float(value) * _SCALE[scale.lower()]
        found.add(str(int(scaled)) if scaled.is_integer() else normalise_number(str(scaled)))
    return found


@text_cache()
def claim_numbers(text: str) -> frozenset[str]:
    """The numbers a claim states, read conservatively: "eighty" is 80, a lone "one" is not a number."""
    return frozenset(_read(text, threshold=2))


@text_cache()
def evidence_numbers(text: str) -> frozenset[str]:
    """The numbers evidence states, read generously: "one" is 1, 2 weeks are also 14 days, 48 hours 2 days."""
    found = _read(text, threshold=0)
    found.update(_TIMES[w] for w in _TIMES.keys() & set(_WORD_RE.findall(text.lower())))
    for value, unit in _DURATION_RE.findall(alpha2digit(text, "en", threshold=0) if _spelled(text) else text):
        n, kind = int(value), unit.lower()[0]
        if kind == "w":
            found.add(str(7 * n))
        elif kind == "d" and n % 7 == 0 and n:
            found.add(str(n // 7))
        elif kind == "h" and n % 24 == 0 and n:
            found.add(str(n // 24))
    return frozenset(found)


@text_cache()
def date_names(text: str) -> frozenset[str]:
    """Month and weekday names stated by the ISO dates in a text ("2025-03-04" is March, a Tuesday)."""
    names: set[str] = set()
    for year, month, day in _ISO_DATE_RE.findall(text):
        try:
            when = date(int(year), int(month), int(day))
        except ValueError:
            continue
        names.update((_MONTHS[when.month - 1], _WEEKDAYS[when.weekday()]))
    return frozenset(names)


@text_cache()
def quantities(text: str) -> tuple[tuple[str, str], ...]:
    """(number, unit) pairs, digits and number words alike: the unit is "%", the currency sign or the next word.

    Used to say which evidence sentence a changed number contradicts ("80 days" against "30 days").
    """
    digits = alpha2digit(text, "en", threshold=2) if _spelled(text) else text
    out = []
    for currency, number, unit in _QUANTITY_RE.findall(digits):
        kind = currency.strip() or (unit.lower().rstrip("s") if unit else "")
        out.append((normalise_number(number), kind))
    return tuple(out)

"""A figure a claim gives as a count of something ("up to 8 people", "| Skaters | up to 15 |") is held only where a
source states that number with no unit of money, time, length or weight.

The number check finds a claim's figure anywhere in the evidence, whatever stands beside it. A count changed to
a number the evidence gives as a price is then held by the price: "Up to 8 people" by "gold lettering is £8 a
copy", a table's "Skaters | up to 15" by "Extra skaters are $15 each". A count is a number of things: it is
stated by a count of anything ("for up to 6 people", "groups of 8"), by a bare figure or by a tool record, never
by an amount, a share, a length of time or a measure ("£8", "15%", "2 weeks", "8 mm").

:func:`counted_numbers` reads the counts a claim gives: a figure followed by a plural noun ("8 people", "15
skaters", "3 wines"; units of time and measure and currency words are no such noun), or a table row whose
label ends in a plural noun and whose cell is the figure alone ("Skaters; up to 15"). :func:`uncounted_numbers`
reads the figures a text states as anything but a count of a noun ("I paid 40", "£40"); the customer's "two
kids" then holds no "$2". The evidence side is :func:`~llmops_kit.text.numbers.unit_free_numbers`.
``READ_COUNTED_FIGURES`` turns the reading off (``tools/fit_claim_decision.py`` fits without it).
"""

from __future__ import annotations

import re

from ..textcache import text_cache
from .numbers import CURRENCY_CODES, MEASURES, as_digits, dot_thousands, normalise_number, spells_number

__all__ = ["READ_CODED_AMOUNTS", "READ_COUNTED_FIGURES", "counted_numbers", "uncounted_numbers"]

#: Read a claim's counts against the evidence's unit-free figures; off while the claim decision is fitted.
READ_COUNTED_FIGURES = True

#: Plural nouns without a final "s".
_PLURALS = frozenset(("people", "children", "men", "women", "staff", "persons", "adults", "kids"))
#: Words ending in "s" after a figure that count nothing: units of time and measure, currencies, adverbs and
#: verbs ("8 is", "10 always"), and "hs" / "hrs" (hours).
_NOT_COUNTS = frozenset((
    "seconds", "secs", "minutes", "mins", "hours", "hrs", "days", "nights", "weeks", "months", "years", "yrs",
    "pounds", "euros", "dollars", "cents", "pence", "rupees", "pesos", "reais", "francs", "kroner", "kronor",
    "bucks", "quid", "yen", "rand", "lbs", "kgs", "kilos", "grams", "tonnes", "ounces", "inches", "yards", "miles",
    "metres", "meters", "kms", "kilometres", "kilometers", "centimetres", "centimeters", "millimetres",
    "millimeters", "litres", "liters", "gallons", "percent", "always", "perhaps", "towards", "afterwards",
    "besides", "sometimes", "was", "has", "does", "goes", "comes", "makes", "takes", "runs", "costs", "stays",
    "seems", "means", "gets", "pays", "plus", "minus", "less", "unless", "across", "thus", "this", "its", "as",
    "is", "us", "hs", "times", "ways", "points", "stars", "degrees", "am", "pm",
    # the same units in the Romance languages an answer in the customer's language uses
    "nuits", "jours", "heures", "semaines", "mois", "ans", "noches", "días", "dias", "horas", "semanas", "meses",
    "años", "anos", "minutos", "noites", "segundos", "secondes", "euros", "centimes", "centavos",
    *(f"{s}s" for kind in MEASURES.values() for spellings in kind.values() for s in spellings),
))
#: A figure and the word after it ("8 people", "up to 15 skaters"); not glued to a word, a sign or a decimal, nor
#: after an ISO code, as a local mark is written for the readers ("₩30,000 gives you" is "KRW 30,000 gives you":
#: money, no count of "gives"; off in the claim-decision fit through ``READ_CODED_AMOUNTS``).
_FIGURE_WORD_RE = re.compile(r"(?<![\w.,$£€¥₹])(\d+(?:,\d{3})*)(?![.,]?\d)\s+([^\W\d_]+)\b(?!-)")
_CODED_FIGURE_WORD_RE = re.compile(r"(?<![\w.,$£€¥₹])(?<!(?:" + "|".join(c.upper() for c in CURRENCY_CODES)
                                   + r") )(\d+(?:,\d{3})*)(?![.,]?\d)\s+([^\W\d_]+)\b(?!-)")
READ_CODED_AMOUNTS = True
_DIGIT_RE = re.compile(r"\d")
#: A table row (cells joined by "; ") whose label ends in a word and whose last cell is a figure alone.
_ROW_RE = re.compile(r"^(?:.*\s)?([A-Za-z]+);\s(?:up to |max\.? |maximum |at most |about )?(\d+)$", re.IGNORECASE)


def _counts(word: str) -> bool:
    lower = word.lower()
    if lower in _PLURALS:
        return True
    return (len(lower) >= 4 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
            and lower not in _NOT_COUNTS)


def _digits(text: str) -> str:
    text = dot_thousands(text)
    return as_digits(text) if spells_number(text) else text


@text_cache()
def counted_numbers(text: str) -> frozenset[str]:
    """The figures ``text`` gives as a count of a plural noun: "up to 8 people" (8), "15 skaters", and a table
    row "Skaters; up to 15" (15); not "£8", "2 weeks", "10 hs" or "8 is"."""
    if _DIGIT_RE.search(text) is None and not spells_number(text):
        return frozenset()
    digits = _digits(text)
    pattern = _CODED_FIGURE_WORD_RE if READ_CODED_AMOUNTS else _FIGURE_WORD_RE
    found = {normalise_number(n) for n, word in pattern.findall(digits) if _counts(word)}
    row = _ROW_RE.match(digits.strip()) if ";" in digits else None
    if row and _counts(row.group(1)):
        found.add(normalise_number(row.group(2)))
    return frozenset(found)


@text_cache()
def uncounted_numbers(text: str) -> frozenset[str]:
    """The figures ``text`` states at least once as something other than a count of a noun: "I paid 40" and
    "£40" (40), not the "2" of "my two kids"."""
    digits = _digits(text)
    blanked = _FIGURE_WORD_RE.sub(lambda m: " " if _counts(m.group(2)) else m.group(0), digits)
    return frozenset(normalise_number(n) for n in re.findall(r"(?<![A-Za-z]\d)(?<!\w)\d+(?:[.,]\d+)*", blanked))

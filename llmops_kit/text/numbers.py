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
import unicodedata
from datetime import date
from functools import lru_cache

from text_to_num import alpha2digit

from ..textcache import text_cache
from .calendar_dates import written_dates
from .case_key import case_key
from .char_scans import has_digit, lower_letter_runs
from .clock_periods import joined_meridiems, locale_meridiems, meridiem_words, spell_periods
from .number_word_uses import POINTED_COUNT_WORDS, ZERO_WORDS, without_pronoun_counts, zero_amounts_as_digits
from .spoken_time import spoken_times
from .worded_forms import MONTHS, WEEKDAYS, spell_forms, year_month_names

__all__ = ["CURRENCY_CODES", "CURRENCY_MARKS", "MEASURES", "NUMBER_WORDS", "OTHER_SIGNS", "READ_ANY_SIGNS",
           "READ_BARE_KLO_HOURS", "READ_BETWEEN_RANGES", "READ_CLOCK_CUES", "READ_CLOCK_SUFFIXES", "READ_CLOCK_WORDS",
           "READ_CODED_SIGNS", "READ_DATED_DOT_HOURS", "READ_DIMENSION_LISTS", "READ_DINAR_MARKS", "READ_DOTTED_HOURS",
           "READ_DOTTED_STYLE", "READ_DOT_THOUSANDS", "READ_LAKH_GROUPS", "READ_LIRA_THOUSANDS", "READ_LOCAL_MARKS",
           "READ_MARKS_AFTER_FIGURES", "READ_MARK_NAMES", "READ_MORE_SIGNS", "READ_ROMANCE_HOURS",
           "READ_SIGNED_DOT_THOUSANDS", "READ_SPACED_HOURS", "READ_SPACED_MARKS", "READ_SPACED_STYLE",
           "READ_SPACED_THOUSANDS", "READ_SPELLED_MARKS", "READ_TRUNK_PREFIX", "READ_WHOLE_UNITS",
           "READ_WRITTEN_DATE_NAMES", "READ_YEN_SIGNS", "SPELLED_NUMBERS", "THOUSANDTH_CODES", "WEEKDAYS",
           "any_signs_as_dollar", "as_digits", "claim_numbers", "clock_forms", "clock_suffix_words", "clock_words",
           "count_words", "cued_clocks", "date_names", "dimension_units", "dinar_marks_as_codes", "dot_thousands",
           "dotted_alike", "dotted_hours", "evidence_numbers", "grouped_digits", "klo_hours", "mark_codes",
           "marks_as_codes", "normalise_number", "parses_as_float", "quantities", "same_grouped_number",
           "says_clock_word", "spaced_hours", "spelled_as_digits", "spells_number", "suffixed_clocks", "times_in",
           "typed_quantities", "unit_free_numbers", "unit_spellings", "without_times"]

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


def count_words(most: int) -> dict[str, int]:
    """The number words of two up to ``most`` with their values ("two" 2, "fourteen" 14): the counts of people a
    message spells ("the two of you", "fourteen of us")."""
    return {w: int(v) for w, v in NUMBER_WORDS.items() if w.isalpha() and v.isdigit() and 2 <= int(v) <= most}


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
#: A number not glued to a word before it. The look-behind follows the first digit (same matches), so the
#: pattern starts with a digit and the regex engine skips to the next digit instead of trying every position.
_NUMBER_RE = re.compile(r"\d(?<![A-Za-z]\d)\d*(?:[.,]\d+)*")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: Indian grouping, lakhs and crores: the last three digits, then pairs ("₹1,25,000" is 125000, "12,50,000" is
#: 1250000). Read as a decimal comma before, "1,25,000" was 1.25.
_LAKH_GROUPED_RE = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
#: Read Indian grouping as one number (the ``lakh46`` round, a fault found on a Mumbai paintball park's quotes); off in
#: the claim-decision fit (``tools/fit_claim_decision.py``).
READ_LAKH_GROUPS = True
#: Thousands grouped by dots, decimals after a comma: "1.198,50", "12.500.000".
_DOT_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
#: A number with a scale: a word ("2 million"), or a short form glued to it ("£1.2m", "5k"); "1.7 m" with a space
#: is metres, the SI symbol, not a million.
_SCALED_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:\s*(billion|million|thousand|bn)\b|(k|m)\b)", re.IGNORECASE)
_SCALE = {"billion": 10**9, "bn": 10**9, "million": 10**6, "m": 10**6, "thousand": 1000, "k": 1000}
_DURATION_RE = re.compile(r"(?<![\w.])(\d+)\s*(weeks?|days?|hours?)\b", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
#: A number with what follows it. Every match starts with a currency sign or a digit, and the look-ahead says so
#: first: the regex engine then passes over the letters between at once instead of trying the optional sign,
#: the look-behind and a digit at each of them (the same matches, in half the time).
_QUANTITY_RE = re.compile(r"(?=[$€£\d])([$€£]\s?)?(?<![A-Za-z])(\d+(?:[.,]\d+)*)\s*(%|[A-Za-z]+)?")
#: The same with the yen and rupee signs read as currency signs too ("¥8,000 and" is 8000 in yen, not a bare 8000
#: counted by "and"), as :data:`_TYPED_RE` reads them; off while ``tools/fit_claim_decision.py`` fits the decision.
_SIGNED_QUANTITY_RE = re.compile(r"(?=[$€£₹¥\d])([$€£₹¥]\s?)?(?<![A-Za-z])(\d+(?:[.,]\d+)*)\s*(%|[A-Za-z]+)?")
READ_YEN_SIGNS = True


#: ISO 4217 codes of currencies written with dot thousands where they are spent ("ARS 6.000", "ISK 14.900",
#: "EUR 1.250,50", "IDR 150.000"); upper case, as a code is written. The dinars and rials counted in thousandths
#: (KWD, BHD, OMR, JOD, TND, LYD, IQD) are left out: their "1.500" may be one and a half.
_DOT_CODES = ("ARS", "BOB", "BRL", "CLP", "COP", "CRC", "DOP", "GTQ", "MXN", "PEN", "PYG", "UYU", "VES", "ISK", "EUR",
              "DKK", "NOK", "SEK", "CHF", "GBP", "USD", "CAD", "AUD", "NZD", "PLN", "CZK", "HUF", "RON", "BGN", "RSD",
              "TRY", "RUB", "UAH", "KZT", "ZAR", "INR", "IDR", "VND", "KRW", "JPY", "CNY", "HKD", "SGD", "TWD", "THB",
              "PHP", "MYR", "AED", "ILS", "EGP", "NGN", "KES", "MAD")
_DOT_CODES_TEXT = "|".join(_DOT_CODES)
#: An amount beside an ISO code whose dot parts groups of exactly three digits: thousands, as "ARS 6,000" writes
#: them ("ARS 6.000", "6.000 ARS", "EUR 1.250,50"); "EUR 4.50", a date "12.02.2027" or a time "13.30" do not match.
_DOT_THOUSANDS_RE = re.compile(
    rf"(?<![A-Za-z])(?:{_DOT_CODES_TEXT})\s?(\d{{1,3}}(?:\.\d{{3}})+(?:,\d{{1,2}})?)(?!\d|[.,]\d)"
    rf"|(?<![\w.,])(\d{{1,3}}(?:\.\d{{3}})+(?:,\d{{1,2}})?)(?!\d|[.,]\d)"
    rf"(?=\s?(?:(?:{_DOT_CODES_TEXT})(?![A-Za-z])|[Kk]r\b))")
_DOT_HINT_RE = re.compile(r"\d\.\d{3}")
#: Digits grouped by thousands with a space (plain, no-break or narrow no-break) before the currency written
#: after them: "1 190 MAD", "12 500 DKK", "4 500 kr", "2 400 dirhams", "1 190,50 €", "5 000 Ft" (read as "5 000
#: HUF" first): one amount, 1190, as "1,190 MAD" is. A figure not closed by a currency ("1 190 and 200", a
#: list; "+45 31 62 87 09", a phone) keeps its parts. With ``READ_SPACED_MARKS`` (the ``chain44`` round) the dollar
#: written after the figure, the Québec way ("1 005,00 $"), closes one too (the rand's "R2 450" is
#: :mod:`llmops_kit.text.rand_amounts`').
_SPACED_FIGURE = (r"(?<![\w.,+\u00a0\u202f-])(?<!\d )(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)"
                  r"(?=(?:,\d{1,2})?(?![\d.,]\d)[ \u00a0\u202f]?")
_SPACED_THOUSANDS_RE = re.compile(
    _SPACED_FIGURE + rf"(?:(?:{_DOT_CODES_TEXT})(?![A-Za-z])|[Kk]r\b|[Dd]irhams?\b|€))")
_SPACED_MARKED_RE = re.compile(_SPACED_FIGURE + r"\$)")
READ_SPACED_MARKS = True
#: A figure grouped by thousands with a space and no currency beside it ("12 × 4 500 = 54 000 Ft", "42 000 + 30 000
#: = 72 000 Ft"): groups of exactly three digits after the first, with no digit group before or after it ("12 3" and
#: "2 × 19" are no such figure; "+36 1 234 5678", a phone, is left whole). Read as one figure only in a text that
#: writes another amount so grouped beside its currency: that text groups its thousands with spaces throughout, so
#: the operand "4 500" is 4500 as its result "54 000 Ft" is 54000.
_SPACED_BARE_RE = re.compile(r"(?<![\w.,+:\u00a0\u202f-])(?<!\d )(?<!\d\u00a0)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)"
                             r"(?![\d\w]|[.,:]\d|[ \u00a0\u202f]\d)")
#: Read the bare space-grouped figures of a text that groups an amount beside its currency the same way (the
#: ``arith46`` round); off while ``tools/fit_claim_decision.py`` fits the decision.
READ_SPACED_STYLE = True
_SPACE_HINT_RE = re.compile(r"\d[ \u00a0\u202f]\d{3}")
#: Read amounts grouped by spaces before a currency as one figure; off while ``tools/fit_claim_decision.py``
#: fits the decision.
READ_SPACED_THOUSANDS = True
#: Switch: any currency sign Unicode names (category "Sc") is a currency mark, not only those the readers list
#: (the ``quote48`` round): a figure grouped by spaces before it is one figure ("99 000 ֏" is 99000, as "99 000
#: Ft" is), and the arithmetic readers read it as "$" (:func:`any_signs_as_dollar`: "₺83.500", "GH₵375", "֏").
#: Off in the claim-decision fit.
READ_ANY_SIGNS = True
#: The "Sc" signs but the ones the readers list by name and the cent's, which marks the minor unit ("50¢").
OTHER_SIGNS = "".join(c for c in map(chr, range(0x10000))
                      if unicodedata.category(c) == "Sc" and c not in "$€£¥₹¢\uffe0")
_OTHER_SIGNS_CLASS = "[" + re.escape(OTHER_SIGNS) + "]"
#: Such a sign with the capitals glued before it ("GH₵"), or a dollar's country letters before "$" ("NZ$").
_OTHER_SIGN_RE = re.compile(rf"(?:(?<![\w])[A-Z]{{1,3}})?{_OTHER_SIGNS_CLASS}|(?<![\w])[A-Z]{{1,3}}(?=\$)")
#: A figure grouped by spaces before such a sign: "99 000 ֏".
_SPACED_SIGNED_RE = re.compile(_SPACED_FIGURE + _OTHER_SIGNS_CLASS + ")")


def any_signs_as_dollar(text: str) -> str:
    """``text`` with each currency sign the readers do not list written "$", with the capitals glued before it,
    and a dollar's country letters dropped ("NZ$790" is "$790"), for the arithmetic readers, whose amounts are
    bare figures (:data:`READ_ANY_SIGNS`)."""
    if not READ_ANY_SIGNS or (text.isascii() and "$" not in text):
        return text
    return _OTHER_SIGN_RE.sub(lambda m: "" if m.group(0)[-1:].isalpha() else "$", text)
#: Read ISO amounts in dot thousands as thousands; off while ``tools/fit_claim_decision.py`` fits the decision.
READ_DOT_THOUSANDS = True
#: A sign before an amount in dot thousands closed by its ISO code: "$130.000 CLP" (the code written once, after
#: the total of a written sum).
_SIGNED_CODED_RE = re.compile(rf"([$€£¥₹])\s?\d{{1,3}}(?:\.\d{{3}})+(?:,\d{{1,2}})?(?!\d|[.,]\d)"
                              rf"\s?(?:{_DOT_CODES_TEXT})(?![A-Za-z])")
#: An amount after a sign, in dot thousands with no code beside it: "$45.000".
_SIGNED_DOTTED_RE = re.compile(r"(?<![\w.,])([$€£¥₹])(\s?)(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?)(?!\d|[.,]\d)")
#: An amount beside the lira's sign in dot thousands: "₺28.800", "12.500 ₺" (Turkey writes its thousands with dots,
#: and "TRY", an English word, is no code the readers take; the ``read44`` round). Off in the claim-decision fit.
_LIRA_DOTTED_RE = re.compile(r"(?<=₺)(\s?)(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?)(?!\d|[.,]\d)"
                             r"|(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?)(?=\s?₺)")
READ_LIRA_THOUSANDS = True
#: Read the uncoded amounts of a text after the sign of one it closes with a dot-thousands code ("2 × $45.000 +
#: $25.000 = $130.000 CLP": 45000 and 25000) in thousands too; off in the claim-decision fit.
READ_SIGNED_DOT_THOUSANDS = True
#: An ISO code, then a sign, then an amount in dot thousands: "COP $390.000" (the peso's code and its sign both).
_CODED_SIGN_DOTTED_RE = re.compile(rf"(?<![A-Za-z])(?:{_DOT_CODES_TEXT})\s?[$€£¥₹]\s?"
                                   rf"(\d{{1,3}}(?:\.\d{{3}})+(?:,\d{{1,2}})?)(?!\d|[.,]\d)")
#: Read an amount written with its code and its sign before it in dot thousands as thousands ("COP $390.000" is
#: 390000, where it was 390, as "COP $1.170.000" was already 1170000: the ``nums47`` round); off while
#: ``tools/fit_claim_decision.py`` fits the decision.
READ_CODED_SIGNS = True
#: A bare figure grouped by thousands with dots ("6.200", "1.455.000"): groups of exactly three digits after the
#: first, no letter, digit or other group glued on either side ("12.02.2027", "13.30" and "v2.100" are no such figure).
_DOT_BARE_RE = re.compile(r"(?<![\w.,$€£¥₹])(\d{1,3}(?:\.\d{3})+)(?!\w|[.,]\d)")
#: Read the bare dot-grouped figures of a text that writes an amount in dot thousands beside its currency ("4 × 6.200
#: = 24.800 kr.": the operand 6200, as its result 24.800 kr. is 24800, where it was 6.2) in thousands too (the
#: ``nums47`` round); off while ``tools/fit_claim_decision.py`` fits the decision.
READ_DOTTED_STYLE = True


def dot_thousands(text: str) -> str:
    """``text`` with each amount beside an ISO currency code and grouped by dots in thousands written with
    commas: "ARS 6.000" is "ARS 6,000" (6000, not 6), "EUR 1.250,50" "EUR 1,250.50", as the code's country
    writes them; "4.380 kr." too. An amount grouped by spaces before the currency written after it is one
    figure ("1 190 MAD" is "1190 MAD", ``READ_SPACED_THOUSANDS``). A code and a sign before the amount are read
    so too ("COP $390.000", ``READ_CODED_SIGNS``), and once the text groups one amount so, its bare dot-grouped
    figures are thousands ("4 × 6.200 = 24.800 kr.", ``READ_DOTTED_STYLE``). An amount with a local mark is read
    with its ISO code first (:func:`marks_as_codes`: "KSh 1,200" is "KES 1,200", "Rp 150.000" is "IDR 150,000")."""
    text = marks_as_codes(text)
    if READ_SPACED_THOUSANDS and _SPACE_HINT_RE.search(text) is not None:
        text, marked = _SPACED_THOUSANDS_RE.subn(lambda m: "".join(m.group(1).split()), text)
        if READ_SPACED_MARKS:
            text, dollars = _SPACED_MARKED_RE.subn(lambda m: "".join(m.group(1).split()), text)
            marked += dollars
        if READ_ANY_SIGNS and not text.isascii():  # "99 000 ֏"
            text, signed = _SPACED_SIGNED_RE.subn(lambda m: "".join(m.group(1).split()), text)
            marked += signed
        if READ_SPACED_STYLE and marked and _SPACE_HINT_RE.search(text) is not None:
            text = _SPACED_BARE_RE.sub(lambda m: "".join(m.group(1).split()), text)
    if not READ_DOT_THOUSANDS or "." not in text or _DOT_HINT_RE.search(text) is None:
        return text
    if READ_LIRA_THOUSANDS and "₺" in text:
        text = _LIRA_DOTTED_RE.sub(_lira_grouped, text)
    if READ_SIGNED_DOT_THOUSANDS and any(sign in text for sign in "$€£¥₹"):
        signs = {match.group(1) for match in _SIGNED_CODED_RE.finditer(text)}
        if signs:
            text = _SIGNED_DOTTED_RE.sub(lambda m: m.group(0) if m.group(1) not in signs else m.group(1) + m.group(2)
                                         + _comma_written(m.group(3)), text)
    text, marked = _DOT_THOUSANDS_RE.subn(_comma_grouped, text)
    if READ_CODED_SIGNS and any(sign in text for sign in "$€£¥₹"):
        text, signed = _CODED_SIGN_DOTTED_RE.subn(_sign_grouped, text)
        marked += signed
    if READ_DOTTED_STYLE and marked and _DOT_HINT_RE.search(text) is not None:
        # the text groups its thousands with dots: so does its bare operand ("4 × 6.200 = 24.800 kr.")
        text = _DOT_BARE_RE.sub(lambda m: _comma_written(m.group(1)), text)
    return text


def _comma_written(figure: str) -> str:
    """A figure in dot thousands and decimal comma written the way the number readers read it: "1.250,50" is
    "1,250.50"."""
    return figure.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _lira_grouped(match: re.Match[str]) -> str:
    return (match.group(1) or "") + _comma_written(match.group(2) or match.group(3))


def _sign_grouped(match: re.Match[str]) -> str:
    """The code and sign of "COP $390.000" kept, its figure written in comma thousands."""
    offset = match.start(1) - match.start()
    return match.group(0)[:offset] + _comma_written(match.group(1))


def _comma_grouped(match: re.Match[str]) -> str:
    group = 1 if match.group(1) else 2
    figure, whole, offset = match.group(group), match.group(0), match.start(group) - match.start()
    written = _comma_written(figure)
    return whole[:offset] + written + whole[offset + len(figure):]


def parses_as_float(text: str) -> bool:
    """Does ``float()`` take the text (a normalised figure, "12.5", "-3")? The readers that compare figures by value
    ask first, so a figure that is no number ("09:30", "1.2.3") is skipped rather than raising."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def normalise_number(raw: str) -> str:
    """One spelling per number: "1,200" and "1200" agree, "5.90" is "5.9", "007" is "7"."""
    if raw.isdigit():
        return raw.lstrip("0") or "0"
    text = raw
    if _THOUSANDS_RE.fullmatch(text) or (READ_LAKH_GROUPS and _LAKH_GROUPED_RE.fullmatch(text)):
        text = text.replace(",", "")
    elif text.count(".") + text.count(",") > 1 and _DOT_GROUPED_RE.fullmatch(text):
        # dots group the thousands and a comma, if any, marks the decimals: "1.198,50" (R$) and "1.198.500" are
        # 1198.5 and 1198500, not "1.198.5", which no reader can take as a figure
        text = text.replace(".", "")
    text = text.replace(",", ".")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return text.lstrip("0") or "0"


#: One empty result for every reader. Cached results live as long as their cache entry, and the garbage
#: collector walks every long-lived container on each full collection (one per few hundred new requests,
#: ~1 us per object): a shared empty set, like a tuple of strings (untracked by the collector), costs none.
_EMPTY: frozenset[str] = frozenset()


def _frozen(found: set[str]) -> frozenset[str]:
    return frozenset(found) if found else _EMPTY


@text_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    """The lower-case letter runs of a text, read once for the several word tests one claim goes through
    (number words, layout words, unit words, scale words); a tuple, which the collector stops tracking. An ASCII
    text's runs are read by a byte table (:mod:`.char_scans`), the same runs as the pattern's."""
    if text.isascii():
        return tuple(lower_letter_runs(text))
    return tuple(_WORD_RE.findall(text.lower()))


@lru_cache(maxsize=64)
def _as_digits(text: str, threshold: int) -> str:
    """The text with its number words as digits (text2num, about 0.3 us a character): kept for the few texts
    read last, because one evidence text is read for its numbers, its durations and its typed quantities."""
    digits = alpha2digit(text, "en", threshold=threshold)
    # "three and a half kilograms" is 3.5 kg (text2num leaves "3 and a half")
    return _AND_A_HALF_RE.sub(r"\1.5", digits) if "half" in digits else digits


#: A whole number and a half, after text2num: "3 and a half" (also "one and a half", which it leaves in words).
_AND_A_HALF_RE = re.compile(r"\b(\d+) and a half\b")


def _spelled(text: str) -> bool:
    """Does the text spell a number in words? (a set test, so most texts skip text2num entirely)"""
    return not _SPELLED.isdisjoint(_words(text))


def as_digits(text: str) -> str:
    """The text with every number word written in digits ("eight weeks" is "8 weeks")."""
    return _as_digits(text, 0)


def spells_number(text: str) -> bool:
    """Does the text spell a number in words ("eighty", "third")? Without that and without a digit, a text
    states no number, so a reader can skip it."""
    return not _SPELLED.isdisjoint(_words(text))


#: The scale words of :data:`_SCALED_RE`: in an ASCII text a match needs one of them among the text's words.
_SCALE_WORDS = frozenset(("billion", "million", "thousand", "bn", "k", "m"))


#: "twelve pounds fifty" / "12 dollars 99": an amount said the way people say it, major unit then the minor
#: part in two digits, is the amount £12.50 (a following "pence" or "cents" makes it two amounts instead).
_SAID_AMOUNT_RE = re.compile(r"\b(\d+) (pounds?|dollars?|euros?|quid|bucks) (\d{2})\b(?! ?(?:pence|p\b|cents?))",
                             re.IGNORECASE)


def _said_amounts(digits: str) -> str:
    return _SAID_AMOUNT_RE.sub(r"\1.\3 \2", digits) if " " in digits else digits


def _read(text: str, threshold: int) -> set[str]:
    text = dot_thousands(text)  # "ARS 6.000" is 6000
    digits = _said_amounts(_as_digits(text, threshold)) if _spelled(text) else text
    found = {normalise_number(n) for n in _NUMBER_RE.findall(digits)}
    has_scale = not text.isascii() or not _SCALE_WORDS.isdisjoint(_words(text))
    # before text2num turns "million" into digits
    for value, word, short in _SCALED_RE.findall(text) if has_scale else ():
        scale = word or short
        # Unicode case-insensitive matching lets "MİLLİON" (Turkish capital İ) through; its lower case is
        # not ASCII, so fold to ASCII before the lookup, and skip a word that still is no scale word.
        factor = _SCALE.get(unicodedata.normalize("NFKD", scale).encode("ascii", "ignore").decode().lower())
        if factor is None:
            continue
        scaled = float(value) * factor
        found.add(str(int(scaled)) if scaled.is_integer() else normalise_number(str(scaled)))
    return found


#: An ordinal that points into the answer's own layout ("the second row", "the first step") refers to the
#: answer, not to the world, so it is no fact to check.
_LAYOUT_ORDINAL_RE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last)\s+(?:row|column|step|bullet|point|option|tab"
    r"|table)s?\b", re.IGNORECASE)


_LAYOUT_WORDS = frozenset(("row", "rows", "column", "columns", "step", "steps", "bullet", "bullets", "point", "points",
                           "option", "options", "tab", "tabs", "table", "tables"))


@text_cache()
def claim_numbers(text: str) -> frozenset[str]:
    """The numbers a claim states, read conservatively: "eighty" is 80, a lone "one" is not a number.

    Times of day (:func:`times_in`) and digit-grouped numbers (:func:`grouped_digits`) are read whole
    elsewhere, so their parts ("10" of "10:30 am", "157" of "0800 157 0420") are not numbers here.
    """
    text = _without_times_and_groups(spell_forms(text))  # "three quarters of the plot" is 75% of it
    words = _words(text)
    if not _LAYOUT_WORDS.isdisjoint(words) and _LAYOUT_ORDINAL_RE.search(text):
        text = _LAYOUT_ORDINAL_RE.sub(" ", text)
    if "the" in words and not POINTED_COUNT_WORDS.isdisjoint(words):  # "the two don't combine": no figure 2
        text = without_pronoun_counts(text)
    if not ZERO_WORDS.isdisjoint(words):  # "it drops to zero": the amount 0
        text = zero_amounts_as_digits(text)
    return _frozen(_read(text, threshold=2))


#: A number word joined by a hyphen to the next word; read as a number only before a unit of time
#: ("two-year", "one-hour"): a duration, as "2 years" is; "ten-inch" names a size, "twenty-five" is one number.
_HYPHENED_NUMBER_RE = re.compile(r"\b([A-Za-z]+)-([A-Za-z]+)")


def _hyphened_as_digits(match: re.Match[str]) -> str:
    """"two-year" as "2-year" (a number word before a unit of time); any other hyphened pair as it is."""
    first, second = match.group(1), match.group(2)
    if first.lower() in NUMBER_WORDS and _UNIT_KINDS.get(second.lower()) in _DURATION_KINDS:
        return f"{NUMBER_WORDS[case_key(first)]}-{second}"
    return match.group(0)


def spelled_as_digits(text: str, generous: bool = True) -> str:
    """The text with its number words in digits, a number word hyphened to a unit of time too ("a two-year
    guarantee" is "a 2-year guarantee", "sixteen pounds" is "16 pounds"): for a reader that compares figures in
    their places, where a spelled figure is as much a figure as a written one. Not ``generous`` (a claim), a lone
    "one" stays a word, as :func:`claim_numbers` reads it ("the fee for one week" is no count of weeks)."""
    if "-" in text:
        text = _HYPHENED_NUMBER_RE.sub(_hyphened_as_digits, text)
    return _as_digits(text, 0 if generous else 2) if _spelled(text) else text


@text_cache()
def evidence_numbers(text: str) -> frozenset[str]:
    """The numbers evidence states, read generously: "one" is 1, 2 weeks are also 14 days, 48 hours 2 days."""
    found = _read(spell_forms(text), threshold=0)  # "half an hour" is 30 minutes
    if not ZERO_WORDS.isdisjoint(_words(text)) and zero_amounts_as_digits(text) != text:
        found.add("0")  # "brings it down to nothing"
    found.update(_TIMES[w] for w in _TIMES.keys() & _words(text))
    if "-" in text:  # a number word joined to its unit ("a two-year warranty", "a one-hour slot") states it too
        found.update(NUMBER_WORDS[case_key(m.group(1))] for m in _HYPHENED_NUMBER_RE.finditer(text)
                     if m.group(1).lower() in NUMBER_WORDS and _UNIT_KINDS.get(m.group(2).lower()) in _DURATION_KINDS)
    for value, unit in _DURATION_RE.findall(_as_digits(text, 0) if _spelled(text) else text):
        n, kind = int(value), unit.lower()[0]
        if kind == "w":
            found.add(str(7 * n))
        elif kind == "d" and n % 7 == 0 and n:
            found.add(str(n // 7))
        elif kind == "h" and n % 24 == 0 and n:
            found.add(str(n // 24))
    return _frozen(found)


#: Read the month and weekday of a date written in another layout than ISO ("16/03/2027", "18.10.2027", "6 July
#: 2027") as :func:`date_names` reads an ISO date's; off while ``tools/fit_claim_decision.py`` fits the decision.
READ_WRITTEN_DATE_NAMES = True


@text_cache()
def date_names(text: str) -> frozenset[str]:
    """Month and weekday names stated by the ISO dates in a text ("2025-03-04" is March, a Tuesday), and the month
    of a year-month value ("2027-01" is January); with :data:`READ_WRITTEN_DATE_NAMES`, those of a date written
    with its year in another layout too (:func:`~llmops_kit.text.calendar_dates.written_dates`: "16/03/2027" is
    March, a Tuesday), when it has one reading only ("05/03/2027", day or month first, states neither)."""
    names: set[str] = set()
    for year, month, day in _ISO_DATE_RE.findall(text):
        try:
            when = date(int(year), int(month), int(day))
        except ValueError:
            continue
        names.update((MONTHS[when.month - 1], WEEKDAYS[when.weekday()]))
    if READ_WRITTEN_DATE_NAMES:
        for written in written_dates(text):
            if len(written.readings) != 1 or written.readings[0][0] is None:
                continue
            when = date(*written.readings[0])  # type: ignore[arg-type]
            names.update((MONTHS[when.month - 1], WEEKDAYS[when.weekday()]))
    names.update(year_month_names(text))  # "period: 2027-01" names January
    return _frozen(names)


#: Read a dimension list's unit as every figure's ("up to 45 × 55 × 80 cm" states 45 cm, 55 cm and 80 cm; "2 x 3 m"
#: 2 m and 3 m), in :func:`quantities` and :func:`typed_quantities`, the claim and the evidence alike (the ``table55``
#: round: "no wider than 45 cm" of "45 × 55 × 80 cm" was missing "45 cm", the list's unit read as its last figure's
#: alone). Off in the claim-decision fit.
READ_DIMENSION_LISTS = True
#: Two or three figures joined by "×" or "x" and ended by one unit of length: a size written as its sides.
_DIMENSION_LIST_RE = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)(\s*[×x]\s*)(\d+(?:[.,]\d+)?)(?:(\s*[×x]\s*)(\d+(?:[.,]\d+)?))?"
    r"\s?(mm|cm|m|in|inch|inches|ft|metres|meters|metre|meter)(?![\w²])")


def _dimension_sides(match: re.Match[str]) -> str:
    """A dimension list with its unit written after each figure ("45 cm × 55 cm × 80 cm")."""
    unit = match.group(6)
    sides = [match.group(1), match.group(3), *([match.group(5)] if match.group(5) else [])]
    joins = [match.group(2), *([match.group(4)] if match.group(4) else [])]
    out = f"{sides[0]} {unit}"
    for join, side in zip(joins, sides[1:], strict=True):
        out += f"{join}{side} {unit}"
    return out


def dimension_units(text: str) -> str:
    """``text`` with each dimension list's unit written after every figure of it (:data:`READ_DIMENSION_LISTS`);
    a text with no "×" or "x" after a digit is returned as it is."""
    if not READ_DIMENSION_LISTS or ("×" not in text and "x" not in text):
        return text
    return _DIMENSION_LIST_RE.sub(_dimension_sides, text)


@text_cache()
def quantities(text: str) -> tuple[tuple[str, str], ...]:
    """(number, unit) pairs, digits and number words alike: the unit is "%", the currency sign or the next word.

    Used to say which evidence sentence a changed number contradicts ("80 days" against "30 days"). A time in a
    locale's style ("at 14.30", "14 h 30", "14 Uhr 30") is read as its "14:30" is (:func:`clock_forms`).
    """
    text = dot_thousands(spell_forms(clock_forms(dimension_units(text))))
    if READ_CLOCK_CUES and READ_SPACED_HOURS and " h" in text:
        text = spaced_hours(text)
    digits = _as_digits(text, 2) if _spelled(text) else text
    out = []
    for currency, number, unit in (_SIGNED_QUANTITY_RE if READ_YEN_SIGNS else _QUANTITY_RE).findall(digits):
        kind = currency.strip() or (unit.lower().rstrip("s") if unit else "")
        out.append((normalise_number(number), kind))
    return tuple(out)


# ---- times of day, grouped digits (phones, card and tracking numbers), numbers with their unit ----------

#: "10:30 am", "4:30pm", "3 pm", "12 noon", "10:30", and the time of an ISO timestamp ("...T10:30:00").
#: A 12-hour time may part hour and minutes with a dot ("8.45pm", "9.30 am", the British style); only with
#: its am/pm, and never after a currency sign ("£4.50 pm" is a price a month), so "20.45" stays a number.
_TIME_RE = re.compile(
    r"(?<![\d:.])(?:(\d{1,2})(?::(\d{2}))?|(?<![£$€])(\d{1,2})\.([0-5]\d))"
    r"\s*(a\.?m\.?|p\.?m\.?|noon|midnight)(?![a-z])"
    r"|(?<=T)(\d{2}):(\d{2})(?::\d{2})?|(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?!\d|:\d)"
    # the French style "07h35" (an answer in the customer's language); two-digit hours only, so a duration
    # written "1h30" is not read as a time of day
    r"|(?<![\w:.])([01]\d|2[0-3])h([0-5]\d)(?![\w:])"
    # the military style "1440h": four digits, hours 00-23 and minutes 00-59, glued to "h"; never "1440 hours" or
    # "1500 hrs" (a length of time, as an engine's hours are written), nor a figure after a currency sign
    r"|(?<![\w:.,$£€])([01]\d|2[0-3])([0-5]\d)h(?![\w:])",
    re.IGNORECASE,
)
#: Digits in three or more groups separated by spaces, hyphens or brackets, 7 to 19 digits in all: a phone,
#: card, account or tracking number. Its parts are not quantities ("157" of "0800 157 0420"), and the same
#: number is written in several layouts ("+44 800 157 0420", "0800 157 0420"), so it is read whole.
#: (An international number may end in a group of six: "+44 1632 960400".)
_GROUPED_RE = re.compile(r"(?<![\w+.,])(\+\d{1,3}(?:[ \-](?:\(\d{1,5}\)|\d{1,6})){2,5}"
                         r"|\+?(?:\(\d{1,5}\)|\d{1,5})(?:[ \-](?:\(\d{1,5}\)|\d{1,5})){2,6})(?![\w])")
#: A date written with hyphens, ISO ("2027-03-14") or day / month first ("14-03-2027", "03-14-2027": a day and a
#: month of the calendar, a year of this or the last century): a date, read by the date readers as "14/03/2027"
#: is, never a digit-grouped number (a phone number's groups "01-23-4567" are no calendar date). Off in the
#: claim-decision fit through ``READ_DASHED_DATES``.
_ISO_LIKE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_DASHED_DATE_RE = re.compile(r"(\d{1,2})-(\d{1,2})-(?:19|20)\d\d")
READ_DASHED_DATES = True


def _date_like(group: str) -> bool:
    """Is a digit group a date written with hyphens (:data:`_ISO_LIKE_RE`, :data:`_DASHED_DATE_RE`)?"""
    if _ISO_LIKE_RE.fullmatch(group):
        return True
    match = _DASHED_DATE_RE.fullmatch(group) if READ_DASHED_DATES and "-" in group else None
    if match is None:
        return False
    a, b = int(match.group(1)), int(match.group(2))
    return 1 <= min(a, b) <= 12 and max(a, b) <= 31

#: The currencies counted in thousandths (ISO 4217 minor unit 3, as the CLDR data Babel ships gives it: the test
#: ``tests/test_read55_money.py`` checks the list against it): "35.000 JOD" is thirty-five dinars, so none is read
#: in dot thousands (:data:`_DOT_CODES` leaves them out); they are money codes all the same (the ``money55`` round).
THOUSANDTH_CODES = ("jod", "kwd", "bhd", "omr", "tnd", "lyd")
#: ISO 4217 codes of the currencies a support bot quotes: "GBP 2,000" and "2,000 GBP" are amounts, like "£2,000";
#: "ARS 6.000" and "ISK 14.900" too. Codes spelled like an English word ("try", "pen", "mad", "cop", "bob", "rub")
#: are left out: "2 pen" is no amount.
CURRENCY_CODES = ("gbp", "eur", "usd", "aud", "nzd", "cad", "chf", "inr", "jpy", "cny", "sek", "nok", "dkk", "pln",
                   "czk", "huf", "zar", "sgd", "hkd", "mxn", "brl", "aed", "ars", "isk", "clp", "uyu", "pyg", "krw",
                   "twd", "thb", "idr", "vnd", "myr", "ils", "egp", "ngn", "kes", "bgn", "uah", "kzt",
                   *THOUSANDTH_CODES)
#: Local marks of currencies whose ISO code is in :data:`CURRENCY_CODES`, as their countries write them beside a
#: figure ("KSh 1,200", "RM 650.00", "Rp 150.000", "₦5,000", "25 zł", "5 000 Ft"): the same money as the code.
#: Spelled with their case, as a mark is written ("Rm 12" is a room); the marks of one-letter spelling ("R",
#: "K") and those shared by several currencies ("kr", read elsewhere) are left out, and so are the dollars' marks
#: ("S$", "HK$") and the Egyptian "E£", read as the sign they end in; the real's "R$" is read as "BRL", whose
#: amounts are written in dot thousands ("R$ 1.200"). Before the figure:
_MARKS_BEFORE = {"KSh": "KES", "KShs": "KES", "Ksh": "KES", "Kshs": "KES", "RM": "MYR", "R$": "BRL", "Rp": "IDR",
                 "Rs": "INR", "₦": "NGN", "₪": "ILS", "₩": "KRW", "฿": "THB", "₫": "VND", "₴": "UAH", "₸": "KZT",
                 "Dhs": "AED"}
#: After the figure:
_MARKS_AFTER = {"zł": "PLN", "Kč": "CZK", "Ft": "HUF", "лв": "BGN", "₫": "VND", "₪": "ILS", "₴": "UAH", "₸": "KZT"}
#: The dinars' marks as English usage writes them after a figure, "35.000 JD", "2.500 KD", "1.200 BD", and the
#: Tunisian "DT" (CLDR's own mark; it has none of the others): read as the codes with :data:`READ_DINAR_MARKS`, only
#: after a figure that stands alone (never an identifier's "92KD" or "LUM-7F3A-92KD"), never before one (a
#: tracking number "JD0002231907" opens so). "BD" only after a figure in thousandths ("1.200 BD"): "3 BD" is a listing's
#: three bedrooms. Kept out of :data:`CURRENCY_MARKS`, whose marks are read everywhere.
_DINAR_MARKS = {"JD": "JOD", "KD": "KWD", "BD": "BHD", "DT": "TND"}
_DINAR_MARK_RE = re.compile(r"(?<![\w.,+-])(\d+(?:[.,]\d+)*)(\s?)(JD|KD|BD|DT)(?![\w$€£¥₹])")
#: Switch: the dinars' marks after a figure are their ISO codes (:func:`marks_as_codes`, :func:`mark_codes`), the
#: ``money55`` round; off in the claim-decision fit.
READ_DINAR_MARKS = True
#: Every local mark with its ISO code, before or after the figure.
CURRENCY_MARKS = {**_MARKS_BEFORE, **_MARKS_AFTER}


def _mark_alternatives(marks: dict[str, str]) -> str:
    return "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))


#: A local mark before a figure ("KSh 1,200", "Rp. 150.000", "₦5,000") or after one ("25 zł", "5 000 Ft"), never
#: inside a word ("FRM 2", "12 Fts") nor an identifier's letters before its digits ("RM482190355GB", a parcel).
_LOCAL_MARK_RE = re.compile(
    rf"(?<![\w$€£¥₹])({_mark_alternatives(_MARKS_BEFORE)})\.?\s?(?=\d+(?:[.,]\d+)*(?![\w]))"
    rf"|(?<=\d)(\s?)({_mark_alternatives(_MARKS_AFTER)})(?![\w$€£¥₹])")
#: The marks as plain strings: a text holding none of them writes no local mark (a cheap substring test first).
_MARK_STRINGS = tuple(CURRENCY_MARKS)
#: Read local currency marks as their ISO codes; off while ``tools/fit_claim_decision.py`` fits the decision.
READ_LOCAL_MARKS = True
#: The spelled names (:data:`_NAMES_AFTER`) in the cases a text writes them, for a cheap substring test first.
_NAME_STRINGS = ("won", "Won", "WON", "ringgit", "rupiah", "naira", "baht", "Baht", "złot", "zlot", "reais", "forint",
                 "koruna", "hryvnia", "tenge", "shekel", "shilling", "Shilling")


def _as_code(match: re.Match[str]) -> str:
    if match.group(1):
        return _MARKS_BEFORE[match.group(1)] + " "
    return " " + _MARKS_AFTER[match.group(3)]


#: The spelled names of those currencies, after a figure, as a customer writes them ("I topped up 10,000 won"):
#: the same money as the mark. Names another currency shares ("pesos", "dollars", "rand", "dirham") or an English
#: word spells ("real", "dong", "lev") are left out.
_NAMES_AFTER = {"won": "KRW", "ringgit": "MYR", "rupiah": "IDR", "naira": "NGN", "baht": "THB", "złoty": "PLN",
                "zloty": "PLN", "złotych": "PLN", "zlotys": "PLN", "reais": "BRL", "forint": "HUF", "forints": "HUF",
                "koruna": "CZK", "hryvnia": "UAH", "hryvnias": "UAH", "tenge": "KZT", "shekel": "ILS",
                "shekels": "ILS", "shilling": "KES", "shillings": "KES"}
#: A figure (never a year written bare, "in 1988 won the final") and a currency's spelled name after it, not a
#: contraction ("5 won't fit").
_NAMED_AMOUNT_RE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d.,]))(\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?"
                              r"|\d+(?:[.,]\d{1,2})?)\s(" + "|".join(_NAMES_AFTER) + r")(?![\w'’])", re.IGNORECASE)
#: Read a currency's spelled name after a figure as its code; off in the claim-decision fit.
READ_SPELLED_MARKS = True


def _named_as_code(match: re.Match[str]) -> str:
    """"10,000 won" as "10,000 KRW"; "won" after a figure of one or two digits is the verb ("Team 7 won")."""
    figure, name = match.group(1), match.group(2).lower()
    if name == "won" and len(figure.split(".")[0].split(",")[0]) < 3 and not re.search(r"[.,]\d{3}", figure):
        return match.group(0)
    return f"{figure} {_NAMES_AFTER[name]}"


_THOUSANDTHS_RE = re.compile(r"[.,]\d{3}$")


def _bare_bd(match: re.Match[str]) -> bool:
    """Is a dinar mark match a "BD" after a figure without thousandths ("3 BD", three bedrooms), no amount?"""
    return match.group(3) == "BD" and _THOUSANDTHS_RE.search(match.group(1)) is None


def _has_dinar_mark(text: str) -> bool:
    """A cheap test first: does ``text`` hold a dinar's mark (:data:`_DINAR_MARKS`) at all?"""
    return any(mark in text for mark in _DINAR_MARKS)


def dinar_marks_as_codes(text: str) -> str:
    """``text`` with each dinar's mark after a figure written as its ISO code ("35.000 JD" is "35.000 JOD"), with
    :data:`READ_DINAR_MARKS`; a "BD" after a figure without thousandths stays (:data:`_DINAR_MARKS`)."""
    if not READ_DINAR_MARKS or not _has_dinar_mark(text):
        return text
    return _DINAR_MARK_RE.sub(lambda m: m.group(0) if _bare_bd(m) else f"{m.group(1)} {_DINAR_MARKS[m.group(3)]}",
                              text)


def marks_as_codes(text: str) -> str:
    """``text`` with each local currency mark beside a figure written as its ISO code ("KSh 1,200" is "KES
    1,200", "RM 156.00" "MYR 156.00", "25 zł" "25 PLN"), so every reader of money reads the mark as it reads the
    code, in the evidence and the claim alike; a currency's spelled name after a figure too ("10,000 won" is
    "10,000 KRW", :data:`READ_SPELLED_MARKS`)."""
    if not READ_LOCAL_MARKS:
        return text
    if READ_SPELLED_MARKS and any(name in text for name in _NAME_STRINGS) and has_digit(text):
        text = _NAMED_AMOUNT_RE.sub(_named_as_code, text)
    text = dinar_marks_as_codes(text)
    if not any(mark in text for mark in _MARK_STRINGS):
        return text
    return _LOCAL_MARK_RE.sub(_as_code, text)


#: Read a local mark written with letters beside a figure ("KSh 3,500", "RM 156.00") as its ISO code in the name check
#: (:func:`mark_codes`), as :func:`marks_as_codes` reads it for money; off while the claim decision is fitted.
READ_MARK_NAMES = True


def mark_codes(text: str) -> dict[str, str]:
    """The local marks ``text`` writes with letters beside a figure, lower case, each with its ISO code, lower case
    ("KSh 3,500" gives {"ksh": "kes"}): the name check reads such a mark as the code, which a record's field
    ("paid_kes") or an article ("KES 3,500") holds. Empty when it writes none (or with the readings off)."""
    if not (READ_MARK_NAMES and READ_LOCAL_MARKS):
        return {}
    found = {}
    if READ_DINAR_MARKS and _has_dinar_mark(text):
        found.update((m.group(3).lower(), _DINAR_MARKS[m.group(3)].lower()) for m in _DINAR_MARK_RE.finditer(text)
                     if not _bare_bd(m))
    if not any(mark in text for mark in _MARK_STRINGS):
        return found
    for match in _LOCAL_MARK_RE.finditer(text):
        mark = match.group(1) or match.group(3)
        if mark.isalpha():
            found[mark.lower()] = CURRENCY_MARKS[mark].lower()
    return found


#: Units whose number is a hard fact only together with the unit: a claimed "€20" is not vouched for by
#: "20 GB", nor "2 hours" by "twice a year".
_UNIT_KINDS = {
    **dict.fromkeys(("euro", "euros", "dollar", "dollars", "pound", "pounds", "rupee", "rupees", "cent", "cents",
                     *CURRENCY_CODES), "money"),
    **dict.fromkeys(("%", "percent"), "%"),
    **dict.fromkeys(("second", "seconds", "sec", "secs"), "second"),
    # French, German, Spanish and Italian spellings too: an answer in the customer's language states durations
    **dict.fromkeys(("minute", "minutes", "min", "mins", "minuten", "minutos", "minuti"), "minute"),
    # "24 h", "48h": the SI symbol of the hour, as train and opening-hours tables write it
    **dict.fromkeys(("hour", "hours", "h", "hr", "hrs", "heure", "heures", "stunde", "stunden", "hora", "horas", "ore"),
                    "hour"),
    **dict.fromkeys(("day", "days", "night", "nights"), "day"),
    **dict.fromkeys(("week", "weeks"), "week"),
    **dict.fromkeys(("month", "months"), "month"),
    **dict.fromkeys(("year", "years", "yr", "yrs"), "year"),
    # weights and lengths: "8 lb" is not "8 kg" (the number survives a wrong unit, the fact does not)
    **dict.fromkeys(("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"), "kg"),
    **dict.fromkeys(("lb", "lbs"), "lb"),
    **dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter", "centimeters"), "cm"),
    **dict.fromkeys(("inch", "inches"), "inch"),
    # distances and volumes: "15 kilometres" is not "15 miles", "40 litres" not "40 gallons"
    **dict.fromkeys(("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"), "km"),
    **dict.fromkeys(("mile", "miles"), "mile"),
    **dict.fromkeys(("metre", "metres", "meter", "meters"), "metre"),
    **dict.fromkeys(("litre", "litres", "liter", "liters"), "litre"),
    **dict.fromkeys(("gallon", "gallons"), "gallon"),
    **dict.fromkeys(("sqm",), "sqm"),
    **dict.fromkeys(("sqft",), "sqft"),
}
#: The units of one measure (time, length, weight), each by its name (its kind in :data:`_UNIT_KINDS` when that
#: table has it) with its spellings as :func:`quantities` names them, the next word with its "s" cut off ("hrs" is
#: "hr", "inches" "inche"): a value given in one unit is not the same value in another of its measure. Only these
#: spellings: "h", "nights" or "minuten" are durations to :data:`_UNIT_KINDS` but not units here.
MEASURES: dict[str, dict[str, tuple[str, ...]]] = {
    "time": {"second": ("second", "sec"), "minute": ("minute", "min"), "hour": ("hour", "hr"), "day": ("day",),
             "week": ("week",), "month": ("month",), "year": ("year",)},
    "length": {"mm": ("mm", "millimetre", "millimeter"), "cm": ("cm", "centimetre", "centimeter"),
               "metre": ("m", "metre", "meter"), "km": ("km", "kilometre", "kilometer"), "mile": ("mile",),
               "foot": ("feet", "foot", "ft"), "inch": ("inche", "inch"), "yard": ("yard",)},
    "weight": {"g": ("g", "gram"), "kg": ("kg", "kilo", "kilogram"), "lb": ("lb",), "ounce": ("ounce", "oz"),
               "stone": ("stone",), "tonne": ("tonne",)},
}
#: The kinds of :data:`_UNIT_KINDS` that are durations: the units of time.
_DURATION_KINDS = frozenset(MEASURES["time"])


def unit_spellings(measure: str, units: tuple[str, ...], plural: bool = True) -> dict[str, str]:
    """Each spelling :data:`MEASURES` gives the ``units`` of ``measure``, by its unit, and with ``plural`` each with
    an "s" too ("hr", "hrs": "hour"): the one table a reader of a few units looks their words up in."""
    endings = ("", "s") if plural else ("",)
    return {spelling + ending: unit for unit in units for spelling in MEASURES[measure][unit] for ending in endings}


_TYPED_TEXT = (
    rf"([$€£₹¥]\s?|\b(?:{'|'.join(CURRENCY_CODES)})\s?)?(?<![A-Za-z\d.,])(\d+(?:[.,]\d+)*)(?:\s*(?:-|–|to)\s*[$€£₹¥]?\s?\d+(?:[.,]\d+)*)*"
    # "-" joins a unit used as an adjective: "a 2-year warranty" states 2 years
    r"(?:-(?=[a-z])|\s*)(?:(?:business|working|calendar|full|more|extra|additional|further)\s+)?"
    # a currency code before the next figure is that figure's, not this one's unit: "Children 10-15 ISK 7.450"
    rf"(%|(?!(?:{'|'.join(CURRENCY_CODES)})\s?\d)[a-z]+)?"
)
#: Every match starts with a currency sign, a currency code or a digit: the look-ahead states it first, so the
#: regex engine skips the positions between quickly (the same matches, about half the time; see
#: :data:`_QUANTITY_RE`).
_TYPED_RE = re.compile(rf"(?=[$€£₹¥\d]|\b(?:{'|'.join(CURRENCY_CODES)}))" + _TYPED_TEXT, re.IGNORECASE)
#: The same without the currency codes, for an ASCII text that has none among its words: trying 22 codes at every
#: character is most of the cost of :data:`_TYPED_RE` (non-ASCII texts take the full pattern, since case-blind
#: matching lets letters such as the long s "ſ" stand for "s").
_TYPED_SIGN_RE = re.compile(r"(?=[$€£₹¥\d])" + _TYPED_TEXT.replace(rf"|\b(?:{'|'.join(CURRENCY_CODES)})\s?", ""),
                            re.IGNORECASE)
_CODE_WORDS = frozenset(CURRENCY_CODES)
_PER_CENT_RE = re.compile(r"(?<=\d)\s*per\s+cent\b", re.IGNORECASE)
_UNIT_WORDS = frozenset(k for k in _UNIT_KINDS if k != "%")
#: Areas: "310 square metres", "99 m²", "25 sq ft" are read as one unit word each ("sqm", "sqft").
_SQUARE_METRES_RE = re.compile(r"(\d)\s?(?:square\s+met(?:re|er)s?\b|sq\.?\s?m\b|m²|m2\b)", re.IGNORECASE)
_SQUARE_FEET_RE = re.compile(r"(\d)\s?(?:square\s+f(?:ee|oo)t\b|sq\.?\s?f(?:ee|oo)?t\b|ft²|ft2\b)", re.IGNORECASE)


_SIGN_RE = re.compile("[$€£₹¥%]")

#: A unit word ends where its word does (the ``text46`` round): the unit pattern's letters are ASCII, so in
#: Hungarian "3 hónapig" ("for 3 months") it took the "h" before "ó" as the hour's symbol and read "3 hour". A unit
#: glued to more letters is the start of another word, and the figure has no unit. Off in the claim-decision fit.
READ_WHOLE_UNITS = True


def _cut_unit(text: str, match: re.Match[str]) -> bool:
    """Is the unit word of a typed-quantity match only the start of a longer word (a letter follows it)?"""
    unit = match.group(3)
    return (READ_WHOLE_UNITS and unit is not None and unit.isalpha() and match.end() < len(text)
            and text[match.end()].isalpha())


#: Switch: an amount after a currency sign the typed readers had no place for, the cedi's "GH₵" (or "₵" alone), the
#: tugrik's ₮, lari's ₾, lira's ₺, taka's ৳, peso's ₱, kip's ₭, guarani's ₲ and colón's ₡, is money (the ``text46``
#: round: "a ball is GH₵30 a game" of "GH₵20 per game" passed, its 30 taken for a bare count that "30 cars" held).
#: Off in the claim-decision fit.
READ_MORE_SIGNS = True
_MORE_SIGNS = ("₵", "₮", "₾", "₺", "৳", "₱", "₭", "₲", "₡")
#: Such a sign before its figure, with the cedi's "GH" letters; a space may part them.
_MORE_SIGN_RE = re.compile(r"(?:GH)?[₵₮₾₺৳₱₭₲₡]\s?(?=\d)")


def _more_signs_as_money(text: str) -> str:
    """``text`` with each :data:`_MORE_SIGNS` sign before a figure written as "$": a typed quantity keeps only the
    kind "money", not which money, so one known sign stands for all of them here (only in the typed readers)."""
    if not READ_MORE_SIGNS or text.isascii() or not any(sign in text for sign in _MORE_SIGNS):
        return text
    return _MORE_SIGN_RE.sub("$", text)


#: Switch: money whose sign or mark follows its figure, as most of continental Europe, Quebec and the Nordics write
#: it ("19,00€", "19,00 €", "9,00 $", "1 950 kr", "12,50 zł"), is money to the typed readers, the claim and the
#: evidence alike (the ``format51`` round): "A day pass is 19,00€" of "Day pass 18,00€" passed, its 19 taken for a
#: bare number that a time's "19:00" held. The marks are the CLDR ones :mod:`llmops_kit.text.locale_amounts` reads
#: after a figure, but only a sign or a mark with a character other than an ASCII letter ("€", "$", "US$", "zł",
#: "Kč", "лв") and the Nordic "kr" (any krona or krone: the typed kind is "money" either way; before its figure too,
#: "kr. 24.900", the Danish way and the one the money styles judge a claim again in); a mark of ASCII
#: letters alone ("Le", "Fr", "Br") is also a word. A mark with a figure right after it is that figure's ("10-15 €
#: 7"), not this one's. Off in the claim-decision fit.
READ_MARKS_AFTER_FIGURES = True
#: A digit, maybe a space, and a character that can start such a mark: the cheap test before the CLDR scan.
_MARK_AFTER_HINT_RE = re.compile(r"\d[ \u00a0\u202f]?(?:[A-Za-z]{0,3}(?:[^\x00-\x7f]|\$)|[DINdin]?[kK]r(?![A-Za-z]))")
#: The Nordic "kr" before its figure ("kr 1950", "kr. 24.900"), as Denmark writes it and as the money styles of
#: :mod:`llmops_kit.text.currency_marks` write any krona or krone to judge a claim again: money too.
_KR_BEFORE_RE = re.compile(r"(?<![A-Za-z])[kK]r\.?[ \u00a0\u202f]?(?=\d)")
#: A figure a mark may follow: grouped by thousands (a comma, dot, apostrophe or space of any width, one kind
#: throughout) or plain, with one or two decimals. Unlike the figures of :func:`~llmops_kit.text.locale_amounts.
#: marked_figures`, also right after another figure and a space ("children 6-12 35,00 €"): a figure the sign follows
#: is money there too.
_FIGURE_TEXT = (r"(?<![\d.,'’])(?:\d{1,3}([,.'’ \u00a0\u202f])\d{3}(?:\1\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
                r"(?!\d|[.,'’]\d)")
_FIGURE_BEFORE_MARK_RE = re.compile(_FIGURE_TEXT)
#: The same with what can start a mark right after it (the hint's tail): only such a figure is looked up in the
#: CLDR table, so a text's other figures cost one failed look-ahead each.
_FIGURE_THEN_MARK_RE = re.compile(
    _FIGURE_TEXT + r"(?=[ \u00a0\u202f]?(?:[A-Za-z]{0,3}(?:[^\x00-\x7f]|\$)|[DINdin]?[kK]r(?![A-Za-z])))")
#: A figure and a range word before an amount whose mark follows it: "10-15 €" is 10 and 15 of money.
_RANGE_HEAD_RE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*\s*(?:-|–|to)\s*$")


def _is_sign_after(mark: str) -> bool:
    """Is ``mark`` one :data:`READ_MARKS_AFTER_FIGURES` reads after a figure: a sign, or the Nordic "kr"?"""
    return not (mark.isascii() and mark.isalpha()) or mark.lower().endswith("kr")


def _marks_after_as_signs(text: str) -> str:
    """``text`` with each amount whose sign or mark follows its figure written with a sign first, its figure's
    groups joined ("19,00 €" is "$19", "1 950 kr" "$1950", "10-15 €" "$10-15"): the typed readers keep only the
    kind "money", so one sign stands for every currency here."""
    if not READ_MARKS_AFTER_FIGURES or not has_digit(text):
        return text
    if _MARK_AFTER_HINT_RE.search(text) is not None:
        text = _signs_first(text)
    return _kr_before_as_signs(text) if "kr" in text or "Kr" in text else text


def _signs_first(text: str) -> str:
    """``text`` with each amount whose sign or mark follows its figure written with the sign first."""
    from .locale_amounts import currencies_of_mark, mark_after, money_value  # it reads this module's units

    out, at = [], 0
    for figure in _FIGURE_THEN_MARK_RE.finditer(text):
        if figure.start() < at or (marked := mark_after(text, figure.end())) is None:
            continue
        end, mark = marked
        if not _is_sign_after(mark) or _mark_leads_a_figure(text, end):
            continue
        value = money_value(figure.group(0), currencies_of_mark(mark))
        if not value:
            continue
        head = _RANGE_HEAD_RE.search(text, at, figure.start())
        start = head.start() if head else figure.start()
        out.append(f"{text[at:start]}${text[start:figure.start()]}{value}")
        at = end
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


def _kr_before_as_signs(text: str) -> str:
    """``text`` with each "kr" before its figure written with a sign, its groups joined ("kr. 24.900" is "$24900")."""
    from .locale_amounts import currencies_of_mark, money_value

    out, at = [], 0
    for mark in _KR_BEFORE_RE.finditer(text):
        figure = _FIGURE_BEFORE_MARK_RE.match(text, mark.end())
        value = money_value(figure.group(0), currencies_of_mark("kr")) if figure else ""
        if mark.start() < at or not value:
            continue
        out.append(f"{text[at:mark.start()]}${value}")
        at = figure.end()  # type: ignore[union-attr]  # a value comes from a figure
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


def _mark_leads_a_figure(text: str, end: int) -> bool:
    """Does a figure follow the mark ending at ``end`` (a space between): then the mark is that figure's."""
    rest = text[end:end + 2].lstrip(" \u00a0\u202f")
    return rest[:1].isdigit()


def _has_unit(text: str) -> bool:
    """A currency sign, a percent sign or a unit word: without one a text states no typed quantity."""
    return _SIGN_RE.search(text) is not None or not _UNIT_WORDS.isdisjoint(_words(text))

#: Whole duration units in each other: evidence saying "2 weeks" also says 14 days (read generously).
_IN_DAYS = {"week": 7, "day": 1}
_IN_HOURS = {"day": 24, "hour": 1}


def _clock(hour: int, minute: int, suffix: str) -> str | None:
    suffix = suffix.lower().replace(".", "")
    if suffix in ("noon", "midnight"):
        return "12:00" if suffix == "noon" else "00:00"
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


@text_cache()
def times_in(text: str) -> frozenset[str]:
    """Times of day as 24-hour "HH:MM": "4:30 pm" and "16:30" agree, "9 pm" differs from "9 am"."""
    found = spoken_times(text)
    text = joined_meridiems(spell_forms(text))  # a bare "midday" is 12 noon; "4:30 p. m." is "4:30 p.m."
    text = locale_meridiems(text)  # "2:30 PTG" (Malay) is "2:30 pm"
    text = clock_forms(text)  # "at 14.30", "at 9h", "14 h 30", "14 Uhr 30", "09.00 uur", "0900 hrs"
    if READ_SPACED_HOURS and " h" in text:
        text = spaced_hours(text)  # "at 14 h", "10 h to 18 h 30": the hour symbol apart from the figure
    if READ_DOTTED_HOURS and "." in text:
        text = dotted_hours(text)  # "6.00–22.00", "kl. 7.42": the minutes after a dot
    if READ_BARE_KLO_HOURS and "kl" in text:
        text = klo_hours(text)  # "klo 17–19", "kl. 18": whole hours after the clock word
    if READ_CLOCK_WORDS and "idnight" in text:
        text = _BARE_MIDNIGHT_RE.sub("12 midnight", text)  # "until midnight" is 00:00, as "until noon" is 12:00
    if not _TIME_HINT_RE.search(text):
        return _frozen(found)
    text = spell_periods(text)  # "3 to 6pm" is "3pm to 6pm", "7 in the evening" is "7pm"
    for h1, m1, h0, m0, suffix, h2, m2, h3, m3, h4, m4, h5, m5 in _TIME_RE.findall(text):
        if suffix:
            value = _clock(int(h1 or h0), int(m1 or m0 or 0), suffix)
        elif h2:
            value = _clock(int(h2), int(m2), "")
        elif h3:
            value = _clock(int(h3), int(m3), "")
        elif h4:
            value = _clock(int(h4), int(m4), "")
        else:
            value = _clock(int(h5), int(m5), "")
        if value is not None:
            found.add(value)
    if READ_LATE_CLOCK and ":" in text and _LATE_HINT_RE.search(text):
        found.update(f"{int(hour) - 24:02d}:{minute}" for hour, minute in _LATE_CLOCK_RE.findall(text))
    return _frozen(found)


#: Switch: "midnight" and "noon" (or "midday") said alone are clock times, 00:00 and 12:00, and a claim holding one
#: has its times checked though it has no digit (the ``text46`` round: "The kitchen serves until midnight" of "until
#: 22:00" passed, its time never read). Off in the claim-decision fit.
READ_CLOCK_WORDS = True
#: "midnight" with no figure before it ("12 midnight" is read by the time pattern already).
_BARE_MIDNIGHT_RE = re.compile(r"(?<!\d)(?<!\d\s)\bmidnight\b", re.IGNORECASE)
#: A clock word a claim may state its time with, no digit needed: what :func:`says_clock_word` looks for.
_CLOCK_WORD_RE = re.compile(r"\b(?:midnight|noon|midday)\b", re.IGNORECASE)


def says_clock_word(text: str) -> bool:
    """Does a text state a time of day by a word alone ("until midnight", "from noon")? Its times are then read
    though it has no digit (:data:`READ_CLOCK_WORDS`)."""
    return READ_CLOCK_WORDS and ("idnight" in text or "oon" in text or "idday" in text) and \
        _CLOCK_WORD_RE.search(text) is not None


#: Switch: a clock hour written with the hour symbol apart from its figure, the Québec and French way, read as the
#: time it is ("at 14 h", "10 h to 18 h 30"; the ``read44`` round).
READ_SPACED_HOURS = True
#: The hour apart from its symbol by a space, as the gate in :func:`times_in` asks (" h"): "14 h", "18 h 30" (a glued
#: "18h" is no such hour, and read or not it would depend on a space-h elsewhere in the text).
_HOUR_H = r"(?:[01]?\d|2[0-3])\sh(?:\s[0-5]\d)?(?![\w:])"
#: Two such hours joined as a range ("10 h to 18 h 30", "9 h-17 h").
_SPACED_RANGE_RE = re.compile(rf"(?<![\w:.,])({_HOUR_H})(\s*(?:to|until|till|-|–)\s*)({_HOUR_H})", re.IGNORECASE)
#: One after a word that makes it a clock time ("at 14 h", "metered until 21 h"). Alone ("5 h of work", "up to 24 h
#: before") it is a length of time, never a clock time.
_SPACED_AFTER_RE = re.compile(rf"\b(at|from|until|till|by)(\s+)({_HOUR_H})", re.IGNORECASE)

#: Switch: the spaced hours of :data:`READ_SPACED_HOURS` as the Romance languages that write them join and cue them
#: (the ``format51`` round): a range joined by "à", "a", "au", "jusqu'à", "hasta", "até", "às" or "alle" ("de 14 h
#: à 16 h 30", "de 9 h a 17 h"), one after a word that only a time of day follows ("dès 8 h", "à 14 h", "às 9 h",
#: "desde las 9 h", "a las 14 h", "dalle 9 h", "vers 18 h"), and the minutes kept before any punctuation ("16 h 30:
#: adults" is 16:30, not 16:00). "5 h de travail", "24 h avant", "en 2 h" stay lengths of time, and so does an hour
#: a cue leaves a length by "de" / "d'" after it ("à 2 h de route": two hours away). Off in the claim-decision fit.
READ_ROMANCE_HOURS = True
#: The hour of :data:`_HOUR_H` whose minutes may stand before a punctuation mark ("16 h 30:", "18 h 30."), never
#: before a digit after it ("16 h 30:45") nor a letter.
_ROMANCE_HOUR_H = r"(?:[01]?\d|2[0-3])\sh(?:\s[0-5]\d(?!\w|[:.,]\d)|(?![\w:]))"
#: The words that join two hours as a range: the English ones and the Romance ones.
_ROMANCE_JOIN = r"to|until|till|-|–|—|à|a|au|jusqu['’]à|hasta|até|às|alle"
_ROMANCE_RANGE_RE = re.compile(
    rf"(?<![\w:.,])({_ROMANCE_HOUR_H})(\s*(?:{_ROMANCE_JOIN})\s*)"
    rf"({_ROMANCE_HOUR_H})", re.IGNORECASE)
_ROMANCE_AFTER_RE = re.compile(
    rf"(?<!\w)(at|from|until|till|by|dès|à|às|desde(?:\s+las?)?|a\s+las?|dalle|alle|vers|(?:à|a)\s+partir\s+de)(\s+)"
    rf"({_ROMANCE_HOUR_H})(?!\s+(?:de|d['’]|del|da)(?!\w))", re.IGNORECASE)
#: An hour and its minutes around the hour symbol, in either case: the patterns that find them are case-blind.
_HOUR_PARTS_RE = re.compile(r"(\d+)\s?h\s?(\d*)", re.IGNORECASE)


def _clock_of(written: str) -> str:
    """"9h", "9h30", "9 h 30", "14 H" as "09:00", "09:30", "14:00": an hour matched by :data:`_HOUR_H` or
    :data:`_ANY_H`, with or without its minutes."""
    hour, minute = _HOUR_PARTS_RE.match(written).groups()  # type: ignore[union-attr]  # matched as an hour
    return f"{int(hour):02d}:{minute or '00'}"


def spaced_hours(text: str) -> str:
    """``text`` with each clock hour written "14 h" or "18 h 30" after a word that makes it one, or in a range of
    two, as "14:00" and "18:30", for the time reader."""
    ranged, cued = ((_ROMANCE_RANGE_RE, _ROMANCE_AFTER_RE) if READ_ROMANCE_HOURS
                    else (_SPACED_RANGE_RE, _SPACED_AFTER_RE))
    text = ranged.sub(lambda m: _clock_of(m.group(1)) + m.group(2) + _clock_of(m.group(3)), text)
    return cued.sub(lambda m: m.group(1) + m.group(2) + _clock_of(m.group(3)), text)


#: Switch: a clock time written with a dot between hour and minutes, the Nordic, German and Slovene way, read as the
#: time it is when the text makes it one: a range of two ("6.00–22.00", "8.30 to 17.30") or after a word that only
#: a time follows ("kl. 7.42", "klo 18.30", "um 9.15") (the ``dots45`` round). A lone "at 6.50" stays a figure.
READ_DOTTED_HOURS = True
_DOT_HOUR = r"(?:[01]?\d|2[0-4])\.[0-5]\d"
#: What no clock time is written beside: a currency or a unit ("6.50–8.00 €", "1.20-2.40 m", "€ 6.50-8.00").
_NOT_A_TIME_AFTER = (r"(?!\d|[.,]\d|\s?(?:[€$£¥%]|(?:kr|eur|euro|euros|usd|gbp|chf|sek|nok|dkk|km|kg|cm|mm|m|g|l|ml|"
                     r"mi|lb|ft|x)\b))")
_DOTTED_RANGE_RE = re.compile(rf"(?<![\w.,:$£€¥])({_DOT_HOUR})(\s*(?:to|until|till|-|–|—)\s*)({_DOT_HOUR})"
                              rf"{_NOT_A_TIME_AFTER}", re.IGNORECASE)
#: A word after which a dotted figure is a time: Norwegian, Danish, Swedish "kl.", Finnish "klo" / "kello", German
#: "um", "ab", "bis".
_DOTTED_AFTER_RE = re.compile(rf"\b(kl\.?|klo|kello|um|ab|bis)(\s+)({_DOT_HOUR}){_NOT_A_TIME_AFTER}", re.IGNORECASE)


def _dotted_clock(written: str) -> str:
    hour, minute = written.split(".")
    return f"{int(hour):02d}:{minute}"


#: A currency written before a figure, a space apart ("€ 6.50-8.00", "EUR 6.50-8.00"): the range is of money.
_MONEY_BEFORE_RE = re.compile(r"(?:[$£€¥]|\b(?:eur|usd|gbp|chf|sek|nok|dkk|kr)\.?)\s*$", re.IGNORECASE)


def _dotted_range(match: re.Match[str]) -> str:
    if _MONEY_BEFORE_RE.search(match.string[max(0, match.start() - 5):match.start()]):
        return match.group(0)
    return _dotted_clock(match.group(1)) + match.group(2) + _dotted_clock(match.group(3))


#: Switch: a dotted clock time after "at" right behind the day it falls on, the Irish and British way of writing an
#: appointment ("Tuesday 18th May 2027 at 10.40", "Saturday 1st May at 09.30", "on 16/03/2027 at 16.00"), is read as
#: the time it is (the ``trap47`` round: such an answer of a booking record's "time: 10:40" was flagged for a figure
#: 10.4 no text held). A lone "at 6.50", with no day before it, stays a figure. Off in the claim-decision fit.
READ_DATED_DOT_HOURS = True
#: What ends a day written before "at": a weekday or month name (capitalised, as English writes them), an ordinal
#: day ("18th"), a year, or a numeric date ("16/03/2027").
_DAY_END = (r"(?:" + "|".join(name.capitalize() for name in (*WEEKDAYS, *MONTHS))
            + r"|\d{1,2}(?:st|nd|rd|th)|(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})")
#: The day, "at" and the dotted time; no price word after it ("Saturday at 7.50 each" is a price).
_DATED_AT_RE = re.compile(rf"(?<![\w/.])({_DAY_END},?\s+at\s+)({_DOT_HOUR}){_NOT_A_TIME_AFTER}"
                          r"(?!\s+(?:each|per|a\s+(?:head|person|ticket|piece))\b)")
#: "at" and a dotted time, which every match of :data:`_DATED_AT_RE` holds: a search that starts with its two letters
#: rules out most texts with an " at " before the slower pattern, which tries each of its day words at every character.
_AT_DOT_HOUR_RE = re.compile(rf"at\s+{_DOT_HOUR}")


def dotted_hours(text: str) -> str:
    """``text`` with each clock time written "22.00" in a range of two, after a word only a time follows, or (with
    :data:`READ_DATED_DOT_HOURS`) after "at" behind its day, as "22:00", for the time reader."""
    text = _DOTTED_RANGE_RE.sub(_dotted_range, text)
    text = _DOTTED_AFTER_RE.sub(lambda m: m.group(1) + m.group(2) + _dotted_clock(m.group(3)), text)
    if READ_DATED_DOT_HOURS and " at " in text and _AT_DOT_HOUR_RE.search(text) is not None:
        text = _DATED_AT_RE.sub(lambda m: m.group(1) + _dotted_clock(m.group(2)), text)
    return text


#: Switch: a whole hour after the Nordic clock word, "klo" / "kello" (Finnish) or "kl." (Norwegian, Danish,
#: Swedish), alone or as a range of two, is the time it is ("klo 17–19" is 17:00 to 19:00, "after klo 19" is 19:00)
#: (the ``trap47`` round: "the Pikkusauna on la 13.3.2027, klo 17–19" of a booking's "start: 17:00" and "hours: 2"
#: was flagged for a figure 19, where "17:00–19:00" passed). Off in the claim-decision fit.
READ_BARE_KLO_HOURS = True
_BARE_HOUR = r"(?:[01]?\d|2[0-4])"
#: The clock word, then a whole hour, perhaps a range to another ("klo 17–19", "kl. 10-18"); no minutes follow.
_KLO_RE = re.compile(rf"\b(kl\.|klo|kello)(\s*)({_BARE_HOUR})(?:(\s*[-–—]\s*)({_BARE_HOUR}))?(?![\d:]|[.,]\d)",
                     re.IGNORECASE)


def _klo_clock(match: re.Match[str]) -> str:
    """A match of :data:`_KLO_RE` with its hour (and the range's second hour) written "HH:00", the clock word and
    the spacing kept: "klo 17–19" is "klo 17:00–19:00"."""
    first = f"{match.group(1)}{match.group(2)}{int(match.group(3)):02d}:00"
    return first if match.group(5) is None else f"{first}{match.group(4)}{int(match.group(5)):02d}:00"


def klo_hours(text: str) -> str:
    """``text`` with each whole hour after "klo", "kello" or "kl." written as "HH:00", for the time reader."""
    return _KLO_RE.sub(_klo_clock, text)


#: Switch: a clock time in another locale's short style, "14.30" (Danish, Finnish), "9h" / "9h30" / "9 h 30" (French,
#: Portuguese), read as the time it is only where the text says it is a time (the ``time50`` round: "opens at 14.30"
#: of "opens at 2:30 pm" was flagged for a figure 14.3). The cue that decides, per form:
#:
#: - a dotted "14.30" or an "h" form ("9h", "9h30", "9 h 30") right after a clock preposition, "at", "from", "until"
#:   or "till" ("by" and "after" also take a length of time: "delayed by 2h"); never before a currency or a unit
#:   ("at 14.30 kg", "at 14.30 €"), a price word ("at 7.50 each") or another dotted part ("from 19.03. to 31.03."),
#:   nor a one-digit hour with minutes ("entry at 7.50" is a price; "at 9.00" is a time), nor, after "from", "until"
#:   or "till" (which also take a date), a figure that could be a day and month ("from 19.03");
#: - a range of two "h" hours, the later with two digits ("10h to 22h", "9h30–19h00"; "1h-2h" is a length);
#: - a two-digit hour, "h" and minutes apart ("14 h 30", "09 h 00"): nobody writes a length of time so.
#:
#: A price "14.30" or a weight "14.30 kg" with no such cue stays a figure; a lone "a 9h shift" stays a length. A
#: glued "9h30" is no code (:func:`~llmops_kit.text.tokens.identifiers_in`), and the evidence, read generously, keeps
#: such a form's figures beside its time (``typed_quantities(text, generous=True)``: "14h–21h" also states 14 and 21
#: with "h", which a claim's lone "14h," restates).
READ_CLOCK_CUES = True
#: Switch: a clock time with the clock's word after it (the ``time50`` round): German "14 Uhr", "14 Uhr 30" or
#: "14.30 Uhr" ("Uhr" only ever names the clock), Dutch "09.00 uur" (only with its minutes: "9 uur" is also nine
#: hours), and four figures with "hrs" ("0900 hrs", "at 1440 hrs") where the hour has its leading zero, a clock
#: preposition comes before it or two such times make a range; "the engine has run 1500 hrs" stays a length.
READ_CLOCK_SUFFIXES = True
_CLOCK_CUE = r"\b(at|from|until|till)(\s+)"
#: A price word after a figure: "at 7.50 each" is a price, not a time.
_PRICE_AFTER = r"(?!\s+(?:each|per|a\s+(?:head|person|ticket|piece))\b)"
#: (A dotted time with its "am" / "pm", "at 3.15pm", is read by the time pattern as it is written.)
_CUED_DOT_RE = re.compile(rf"{_CLOCK_CUE}({_DOT_HOUR}){_NOT_A_TIME_AFTER}(?!\.\s*[a-z\d]|\s?[ap]\.?m\b){_PRICE_AFTER}",
                          re.IGNORECASE)
#: An hour with the hour symbol, glued or spaced, with or without its minutes: "9h", "9h30", "9 h 30", "14 h".
_ANY_H = r"(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?"
_CUED_H_RE = re.compile(rf"{_CLOCK_CUE}({_ANY_H})(?![\w:])", re.IGNORECASE)
_H_RANGE_RE = re.compile(rf"(?<![\w:.,])({_ANY_H})(\s*(?:to|until|till|-|–|—)\s*)({_ANY_H})(?![\w:])",
                         re.IGNORECASE)
_SPACED_MINUTES_RE = re.compile(r"(?<![\w:.,])([01]\d|2[0-3])\sh\s([0-5]\d)(?![\w:])")
#: The same three forms under :data:`READ_ROMANCE_HOURS`: the minutes kept before a punctuation mark ("16 h 30:",
#: "9h30."), and a range joined by the Romance words too ("de 9h à 17h", "de 14 h a 16 h 30").
_KEPT_ANY_H = r"(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d(?!\w|[:.,]\d)|(?![\w:]))"
_ROMANCE_CUED_H_RE = re.compile(rf"{_CLOCK_CUE}({_KEPT_ANY_H})", re.IGNORECASE)
_ROMANCE_H_RANGE_RE = re.compile(rf"(?<![\w:.,])({_KEPT_ANY_H})(\s*(?:{_ROMANCE_JOIN})\s*)({_KEPT_ANY_H})",
                                 re.IGNORECASE)
_ROMANCE_SPACED_MINUTES_RE = re.compile(r"(?<![\w:.,])([01]\d|2[0-3])\sh\s([0-5]\d)(?!\w|[:.,]\d)")
#: The pre-check of the cued forms: a clock preposition before a figure, or an hour symbol after one.
#: Two searches, not one alternation: a pattern that starts with a figure is scanned for quickly, and an alternation
#: led by a word boundary was tried at every position of every text with a figure (a third less time, same answer).
_HOUR_CUE_HINT_RE = re.compile(r"\d(?:\s?h\b|h\d)", re.IGNORECASE)
_WORD_CUE_HINT_RE = re.compile(r"\b(?:at|from|until|till)\s+\d", re.IGNORECASE)
#: The pre-check of the "h" forms: a figure, perhaps a space, and the hour symbol.
_H_HINT_RE = re.compile(r"\d\s?[hH]")


def _h_range(match: re.Match[str]) -> str:
    first, join, second = match.groups()
    if len(_HOUR_PARTS_RE.match(second).group(1)) < 2:  # type: ignore[union-attr]  # "1h-2h" is a length of time
        return match.group(0)
    return _clock_of(first) + join + _clock_of(second)


def _cued_dot(match: re.Match[str]) -> str:
    """A dotted figure after a clock preposition as "HH:MM". Not a one-digit hour with minutes ("at 7.50": a price,
    which an English clock time so written would give its "pm"), and after "from", "until" or "till", which also
    take a date, not a figure that could be a day and month ("from 19.03" is the 19th of March)."""
    cue, space, written = match.groups()
    hour, minutes = written.split(".")
    if len(hour) == 1 and minutes != "00":
        return match.group(0)
    if cue.lower() != "at" and 1 <= int(minutes) <= 12:
        return match.group(0)
    return cue + space + _dotted_clock(written)


def cued_clocks(text: str) -> str:
    """``text`` with each dotted or "h" clock time its text marks as one (:data:`READ_CLOCK_CUES`) written "HH:MM",
    for the time reader; a text with no such cue comes back as it is."""
    if not READ_CLOCK_CUES or (_HOUR_CUE_HINT_RE.search(text) is None and _WORD_CUE_HINT_RE.search(text) is None):
        return text
    if "." in text:
        text = _CUED_DOT_RE.sub(_cued_dot, text)
    if _H_HINT_RE.search(text):  # a range first: "from 10h to 22h" is a range, its "from" no cue of "10h" alone
        ranged, cued, spaced = ((_ROMANCE_H_RANGE_RE, _ROMANCE_CUED_H_RE, _ROMANCE_SPACED_MINUTES_RE)
                                if READ_ROMANCE_HOURS else (_H_RANGE_RE, _CUED_H_RE, _SPACED_MINUTES_RE))
        text = ranged.sub(_h_range, text)
        text = cued.sub(lambda m: m.group(1) + m.group(2) + _clock_of(m.group(3)), text)
        text = spaced.sub(lambda m: f"{m.group(1)}:{m.group(2)}", text)
    return text


_UHR_RE = re.compile(r"(?<![\w:.,])([01]?\d|2[0-4])(?:[.:]([0-5]\d))?\s?Uhr\b(?:\s([0-5]\d)(?![\d:.,]))?",
                     re.IGNORECASE)
_UUR_RE = re.compile(r"(?<![\w:.,])([01]?\d|2[0-4])[.:]([0-5]\d)\s?uur\b", re.IGNORECASE)
_HRS_RE = re.compile(r"(?<![\w:.,$£€¥])([01]\d|2[0-3])([0-5]\d)\s?hrs?\b", re.IGNORECASE)
_CUE_BEFORE_RE = re.compile(r"\b(?:at|from|until|till)\s+$", re.IGNORECASE)
_HRS_JOIN_BEFORE_RE = re.compile(r"\d{4}\s?hrs?\s*(?:to|until|till|-|–|—)\s*$", re.IGNORECASE)
_HRS_JOIN_AFTER_RE = re.compile(r"\s*(?:to|until|till|-|–|—)\s*\d{4}\s?hrs?\b", re.IGNORECASE)
#: The pre-check of the suffixed forms: a figure, perhaps a space, and "Uhr", "uur" or "hr".
_SUFFIX_HINT_RE = re.compile(r"\d\s?(?:[uU][hu]r|[hH][rR])")
#: A clock word right after a time's figure: "Uhr", "uur", "hrs", "hr".
_SUFFIX_WORD_RE = re.compile(r"(?<=\d)\s?(uhr|uur|hrs|hr)\b", re.IGNORECASE)


def _hrs_clock(match: re.Match[str]) -> str:
    """A four-figure "HHMM hrs" as "HH:MM" when its text makes it a time (:data:`READ_CLOCK_SUFFIXES`), else as it
    is."""
    hour, minute = match.groups()
    text, start, end = match.string, match.start(), match.end()
    if (hour.startswith("0") or _CUE_BEFORE_RE.search(text, max(0, start - 8), start)
            or _HRS_JOIN_BEFORE_RE.search(text, max(0, start - 16), start) or _HRS_JOIN_AFTER_RE.match(text, end)):
        return f"{hour}:{minute}"
    return match.group(0)


def _uhr_clock(match: re.Match[str]) -> str:
    """"14 Uhr", "14 Uhr 30", "14.30 Uhr" as "14:00", "14:30"."""
    hour, dotted, after = match.groups()
    return f"{int(hour):02d}:{dotted or after or '00'}"


def suffixed_clocks(text: str) -> str:
    """``text`` with each clock time written with its clock word after it ("14 Uhr 30", "09.00 uur", "0900 hrs")
    written "HH:MM", for the time reader (:data:`READ_CLOCK_SUFFIXES`)."""
    if not READ_CLOCK_SUFFIXES or _SUFFIX_HINT_RE.search(text) is None:
        return text
    lower = text.lower()
    if "uhr" in lower:
        text = _UHR_RE.sub(_uhr_clock, text)
    if "uur" in lower:
        text = _UUR_RE.sub(lambda m: f"{int(m.group(1)):02d}:{m.group(2)}", text)
    if "hr" in lower:
        text = _HRS_RE.sub(_hrs_clock, text)
    return text


def clock_suffix_words(text: str) -> frozenset[str]:
    """The clock words ("uhr", "uur", "hrs"), lower case, a text writes right after a figure of a time it states:
    part of the time, which is checked as a hard fact, not words the evidence must hold."""
    if not READ_CLOCK_SUFFIXES or _SUFFIX_HINT_RE.search(text) is None or not times_in(text):
        return frozenset()
    return frozenset(m.group(1).lower() for m in _SUFFIX_WORD_RE.finditer(text))


def clock_words(text: str) -> frozenset[str]:
    """The words, lower case, that belong to a time a text states: its half-day marker ("PM", "PTG") and its clock
    word ("Uhr", "hrs"); the time is checked as a hard fact, so these are no names or words of their own."""
    if not has_digit(text):
        return frozenset()
    return meridiem_words(text) | clock_suffix_words(text)


def clock_forms(text: str) -> str:
    """``text`` with the locale clock forms of :func:`cued_clocks` and :func:`suffixed_clocks` written "HH:MM"."""
    return suffixed_clocks(cued_clocks(text))


def dotted_alike(time: str, claim: str, text: str) -> bool:
    """Does the ``claim`` write ``time`` ("16:00") with a dot ("at 16.00", read as a time behind its day under
    :data:`READ_DATED_DOT_HOURS`) and ``text`` write the same dotted figure ("time: 16.00", "Yin at 16.00"), which
    with no day before it the time reader leaves a figure? The two then state one time."""
    if not READ_DATED_DOT_HOURS or "." not in text:
        return False
    hour, minute = time.split(":")
    for written in {f"{int(hour)}.{minute}", f"{hour}.{minute}"}:
        figure = re.compile(rf"(?<![\d.,]){re.escape(written)}(?!\d|[.,]\d)")
        if figure.search(claim) and figure.search(text):
            return True
    return False


#: Switch: a clock hour past midnight written the late-night way ("27:30", "29:00") is read as the next morning's
#: time ("3:30am", "5am") (the ``mend42`` round).
READ_LATE_CLOCK = True
#: A cheap test for a late-night clock hour, 24 to 29, before the pattern.
_LATE_HINT_RE = re.compile(r"2[4-9]:[0-5]")
#: A clock hour 24 to 29 with its minutes, written alone ("We close at 29:00", "23:00-29:00"); the hour of the
#: next morning, as a bar or a karaoke house that opens past midnight writes it: 27:30 is 03:30.
_LATE_CLOCK_RE = re.compile(r"(?<![\d:.])(2[4-9]):([0-5]\d)(?!\d|:\d)")


_TIME_HINT_RE = re.compile(r"\d:\d|\dh[0-5]\d|\d{4}h|\d\s*(?:[ap]\.?m|noon|midnight)|\d\s+in\s+the\s+[ame]",
                           re.IGNORECASE)
#: Two digits apart by one space, hyphen or bracket: without it a text holds no digit-grouped number.
_GROUP_HINT_RE = re.compile(r"\d[ \-)]\(?\d")


def without_times(text: str, cued: bool = True) -> str:
    """``text`` with its times of day blanked ("4:30 pm", "16:30", "2 p. m."): what is left of it for a reader
    that reads its times with :func:`times_in` and its other figures apart. Not ``cued``, a locale clock form
    (:func:`clock_forms`: "at 14.30", "14 h 30", "14 Uhr 30") is left as written."""
    text = joined_meridiems(text)  # "2 p. m." is a time, as "2 p.m." is
    if cued:  # "at 14.30", "14 h 30", "14 Uhr 30": the time whole, no figures 14 and 30
        text = clock_forms(text)
    if cued and READ_CLOCK_CUES and READ_SPACED_HOURS and " h" in text:
        text = spaced_hours(text)  # "at 14 h": the time whole, no 14 hours
    if READ_DOTTED_HOURS and "." in text:
        text = dotted_hours(text)
    if READ_BARE_KLO_HOURS and "kl" in text:
        text = klo_hours(text)
    return _TIME_RE.sub(" ", spell_periods(text)) if _TIME_HINT_RE.search(text) else text


@text_cache()
def grouped_digits(text: str) -> frozenset[str]:
    """Phone, card, account and tracking numbers written in digit groups: their digits, leading 0s and + off."""
    if not _GROUP_HINT_RE.search(text):
        return _EMPTY
    found = set()
    for match in _GROUPED_RE.findall(text):
        if _date_like(match.strip()):
            continue
        digits = re.sub(r"\D", "", match)
        if 7 <= len(digits) <= 19:
            found.add(digits.lstrip("0"))
    return _frozen(found)


@text_cache(maxsize=1024)
def _without_times_and_groups(text: str, cued: bool = True) -> str:
    """The text with its times of day and digit-grouped numbers blanked (both number readers of a claim
    ask for it); not ``cued``, a locale clock form of :func:`clock_forms` is left as written."""
    return _strip_grouped(without_times(text, cued))


def _strip_grouped(text: str) -> str:
    if not _GROUP_HINT_RE.search(text):
        return text

    def blank(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(1))
        return " " if 7 <= len(digits) <= 19 and not _date_like(match.group(1).strip()) else match.group(0)
    return _GROUPED_RE.sub(blank, text)


#: Read a national number's trunk "0" as the place of an international number's country code (``same_grouped_number``);
#: off while the claim decision is fitted.
READ_TRUNK_PREFIX = True


def same_grouped_number(claimed: str, held: str) -> bool:
    """One number in two layouts: the shorter (at least 7 digits) ends the longer ("+44 800..." vs "800..."), or
    the national form's trunk "0" stands where the international form has its country code of one to three
    digits ("+44 800 157 0420" vs "0800 157 0420")."""
    short, long = sorted((claimed, held), key=len)
    if len(short) >= 7 and long.endswith(short):
        return True
    if not READ_TRUNK_PREFIX or not short.startswith("0") or short.startswith("00"):
        return False
    national = short[1:]
    return len(national) >= 7 and 1 <= len(long) - len(national) <= 3 and long.endswith(national)


#: "between 25 and 110 kg": a range written with "between ... and", its two ends the figures after each word.
_BETWEEN_RANGE_RE = re.compile(r"\b(between\s+[$€£₹¥]?\s?\d+(?:[.,]\d+)*)\s+and\s+(?=[$€£₹¥]?\s?\d)", re.IGNORECASE)
#: Read a range written "between 25 and 110 kg" as "25 to 110 kg" does, each end with the unit after the second
#: (the ``nums47`` round: the claim's "25-110 kg" stated 25 kg where the article's 25 had no unit); off while
#: ``tools/fit_claim_decision.py`` fits the decision.
READ_BETWEEN_RANGES = True


@text_cache()
def typed_quantities(text: str, generous: bool = False, marks_after: bool = False) -> frozenset[str]:
    """Numbers stated with a unit whose number is a fact only with it: money, percentages, durations.

    Each is "value kind" ("20 money", "15 minute"); every number of a range takes the range's unit ("10 to
    14 business days"). Read ``generous``-ly (evidence), whole durations also state their equivalents (two
    weeks are 14 days, 48 hours 2 days). With ``marks_after``, money whose sign follows its figure ("19,00 €",
    "1 950 kr") is money too (:data:`READ_MARKS_AFTER_FIGURES`): the fact check of a claim's amounts reads so,
    while the chains of worked steps keep the older reading their own rounds tuned.
    """
    if marks_after:  # before the dots are read as thousands: the mark says how its figure is grouped
        text = _marks_after_as_signs(text)  # "19,00 €" and "1 950 kr" are money too
    text = dot_thousands(spell_forms(dimension_units(text)))  # "half an hour" is 30 minutes, "three quarters of" 75%
    text = _more_signs_as_money(text)  # "GH₵30" is 30 of money
    if READ_BETWEEN_RANGES and "etween" in text:  # "between 25 and 110 kg" is "25 to 110 kg"
        text = _BETWEEN_RANGE_RE.sub(r"\1 to ", text)
    if "²" in text or "sq" in text.lower():  # an area names its unit in two words or a sign: "310 square metres"
        text = _SQUARE_FEET_RE.sub(r"\1 sqft", _SQUARE_METRES_RE.sub(r"\1 sqm", text))
    if not _has_unit(text):
        return _EMPTY
    if generous and "-" in text:  # "a two-year warranty" states 2 years, as "a 2-year warranty" does
        text = _HYPHENED_NUMBER_RE.sub(_hyphened_as_digits, text)
    digits = _said_amounts(_as_digits(text, 0 if generous else 2)) if _spelled(text) else text
    # the evidence (``generous``) keeps a locale clock form's figures too ("14h–21h" states 14 and 21 with "h")
    digits = _without_times_and_groups(digits, not generous)
    if "cent" in digits:  # "50 per cent" is "50%", as British style writes it: the unit is not "per"
        digits = _PER_CENT_RE.sub(" percent", digits)
    found: set[str] = set()
    ascii_digits = digits.isascii()  # an ASCII unit word is all of its word: only other letters can follow it
    coded = not ascii_digits or not _CODE_WORDS.isdisjoint(_words(digits))
    for match in (_TYPED_RE if coded else _TYPED_SIGN_RE).finditer(digits):
        currency, unit = match.group(1), (match.group(3) or "").lower()
        kind = "money" if currency else _UNIT_KINDS.get(unit)
        if kind is not None and not currency and not ascii_digits and _cut_unit(digits, match):
            continue  # "3 hónapig": no hour
        if kind == "hour" and unit == "h" and digits[match.end():match.end() + 1].isdigit():
            continue  # "1h30" is an hour and a half, not 1 hour
        if kind is None:
            continue
        values = [normalise_number(n) for n in _NUMBER_RE.findall(match.group(0))]
        for value in values:
            found.add(f"{value} {kind}")
            if generous and value.isdigit():
                n = int(value)
                if kind in _IN_DAYS:
                    days = n * _IN_DAYS[kind]
                    found.add(f"{days} day")
                    if days % 7 == 0 and days:
                        found.add(f"{days // 7} week")
                if kind in _IN_HOURS:
                    hours = n * _IN_HOURS[kind]
                    found.add(f"{hours} hour")
                    if hours % 24 == 0 and hours:
                        found.add(f"{hours // 24} day")
                if kind == "year":
                    found.add(f"{12 * n} month")
                if kind == "month" and n % 12 == 0 and n:
                    found.add(f"{n // 12} year")
    return _frozen(found)


#: A figure and the unit of length or weight after it ("60 mm", "2 g", "3 ft"), the spellings of :data:`MEASURES`
#: that :data:`_UNIT_KINDS` does not type.
_MEASURE_AFTER_RE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)*\s?(?:" + "|".join(sorted(
        {re.escape(s) for kind in ("length", "weight") for s in MEASURES[kind].values() for s in s}
        | {"inches", "grams", "tonnes", "ounces", "yards", "miles", "metres", "meters"}, key=len, reverse=True))
    + r")(?![A-Za-z])", re.IGNORECASE)


@text_cache()
def unit_free_numbers(text: str) -> frozenset[str]:
    """The numbers a text states with no unit of money, share, time, length or weight beside them: bare figures
    and counts ("groups of 8", "up to 6 people"), not "£8 a copy", "2 weeks" or "60 mm". Read as evidence is
    (number words, ISO amounts in dot thousands), so a figure given only with a unit is left out."""
    text = dot_thousands(spell_forms(text))
    text = _more_signs_as_money(text)
    digits = _said_amounts(_as_digits(text, 0)) if _spelled(text) else text
    digits = _without_times_and_groups(digits)
    if "cent" in digits:
        digits = _PER_CENT_RE.sub(" percent", digits)
    if _has_unit(digits):
        ascii_digits = digits.isascii()
        coded = not ascii_digits or not _CODE_WORDS.isdisjoint(_words(digits))

        def blank(match: re.Match[str]) -> str:
            currency, unit = match.group(1), (match.group(3) or "").lower()
            if not currency and unit in _UNIT_KINDS and not ascii_digits and _cut_unit(digits, match):
                return match.group(0)  # "3 hónapig" is a bare 3
            return " " if currency or unit in _UNIT_KINDS else match.group(0)
        digits = (_TYPED_RE if coded else _TYPED_SIGN_RE).sub(blank, digits)
    digits = _MEASURE_AFTER_RE.sub(" ", digits)
    found = {normalise_number(n) for n in _NUMBER_RE.findall(digits)}
    found.update(_TIMES[w] for w in _TIMES.keys() & _words(text))  # "twice", "a dozen"
    found.update(normalise_number(a or b) for a, b in _TIMES_SIGN_RE.findall(digits))  # "Chunky Aran x4"
    return _frozen(found)


#: A count written with a multiplication sign: "x4", "×2", "4x".
_TIMES_SIGN_RE = re.compile(r"(?<![A-Za-z\d])[x×](\d+)\b|\b(\d+)\s?[x×](?![A-Za-z\d])")

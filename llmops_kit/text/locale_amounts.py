"""Amounts of money in any locale's house style, and the totals an answer works from them.

A price is written "1 950 Kč" in Prague, "CZK 1'950" in Zurich, "RM1,950.00" in Kuala Lumpur, "Rp1.950" in
Jakarta and "1.950,00 kr." in Copenhagen: the digits are grouped by spaces (plain, no-break or narrow no-break),
apostrophes, dots or commas, the decimal mark is a comma or a dot, and the currency mark is a sign, a code or a
local abbreviation before or after the figure. An answer that works a total from the article's price ("2 × CZK
1'950 = CZK 3'900" against "1 950 Kč") states figures the evidence holds only in another style, and its result
no evidence holds at all; the number reader, built on English groups, takes "1'950" for two numbers and "RM3" for
a word. This module reads the amount whole, with the currencies its mark may name, and checks a worked total:
its arithmetic must come out and every priced operand must be an amount the evidence states in the same currency.

It is the one reader of currency marks of the text layer: the table of marks (:func:`currencies_of_mark`), the
scan of a mark before or after a figure (:func:`marked_figures`) and the values of a grouped figure
(:func:`grouped_values`, :func:`money_value`) serve the worked totals here and the single amounts of
:mod:`llmops_kit.text.currency_marks` (``READ_LOCALE_MONEY``) alike. The table comes from the Unicode CLDR data
Babel ships (every locale's currency symbols and the ISO codes), built once on first use and read offline, so no
author's idea of a house style is typed in here.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..textcache import text_cache
from .char_scans import has_digit
from .numbers import MEASURES

__all__ = [
    "READ_LOCALE_WORKED_SUMS",
    "LocaleAmount",
    "MarkedFigure",
    "WorkedTotal",
    "currencies_of_mark",
    "grouped_values",
    "held_amount_texts",
    "held_worked_totals",
    "locale_amounts",
    "mark_after",
    "marked_figures",
    "money_value",
    "worked_totals",
]

#: Switch: a total the answer works from the evidence's price in any locale's style ("2 × CHF 1'950 = CHF 3'900"
#: against "1 950 CHF") is read as the evidence's price worked out, its figures and marks no unheld facts (the
#: ``sum50`` round); off in the claim-decision fit.
READ_LOCALE_WORKED_SUMS = True

# ---- the currency marks of the CLDR data, and the figures beside them ---------------------------------------------

#: The spaces a locale writes between digit groups or beside a mark: plain, no-break and narrow no-break.
_SPACES = " \u00a0\u202f"
_SPACES_RE = re.compile(r"[ \u00a0\u202f]")
#: What is no currency mark: a single letter but a capital ("р", "ر", "元"), nothing, or invisible characters only.
_NO_MARK_RE = re.compile(r"[^\W\d_A-Z]|[\u200b-\u200f\s]*")
#: The invisible direction marks and spaces some locales write around a symbol ("\u200eCN¥\u200e").
_INVISIBLE = "\u200b\u200e\u200f"
#: A figure of money: groups of three after a comma, dot, apostrophe or space (one separator throughout), or Indian
#: lakh groups ("1,95,000"), or plain digits, and one or two decimals after a dot or a comma; a whole amount may
#: close with a dash for its cents ("1.950,-", "1'950.–"). Not after a digit and a space, so the "950" of a phone's
#: "0 1 950 2211" is no figure; its first digit said first, so a scan skips to the next digit. Nor beside the Arabic
#: decimal or thousands mark ("\u066b", "\u066c"), unread here: the "٥٠" of "١٢٫٥٠ ر.س" (12.50) is not 50.
_MONEY_FIGURE_RE = re.compile(
    r"(?=\d)(?<![\d.,'’\u066b\u066c])(?<!\d[ \u00a0\u202f])"
    r"(?P<figure>\d{1,3}(?P<sep>[,.'’ \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*(?:[.,]\d{1,2})?"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d|[.,'’\u066b\u066c]\d)"
    r"(?:[.,](?:-{1,2}|–)(?![\w–-]))?")
#: What follows a mark's own abbreviation dot inside a sentence ("1.950 kr. per person", "1.950 kr. + ..."): a word
#: in lower case, a punctuation mark or an operator. Before a capital, a digit or the text's end the dot may be the
#: sentence's full stop, and stays the sentence's.
_AFTER_ABBREVIATION_DOT_RE = re.compile(r"[ \u00a0\u202f]*[a-z,;:)×*+=]")


@lru_cache(maxsize=1)
def _mark_table() -> dict[str, frozenset[str]]:
    """Every currency mark CLDR knows, in any locale, with the ISO codes it names ("kr" names DKK, ISK, NOK, SEK
    and more; "Kč" CZK), and every ISO code naming itself. Built once: Babel reads its locale files lazily.

    The worked totals (``sum50``) and the single amounts (``money50``) once kept a table each; where they differed,
    the rule kept is the one under which both rounds' tests and bench figures stand:
    - left out: a single letter but a capital ("р", "ر", "元", a word's letter in its own script) and a unit's
      spelling in capitals ("KM", the Bosnian mark, is "km" shouted: "12 KM" is a distance); no case of either
      round writes money so, and the single amounts were read without them already;
    - a symbol holding a digit, or invisible characters only: no mark beside a figure can be told from them;
    - an abbreviation's closing dot is no part of the mark ("kr." and "kr" are one mark, naming the same
      currencies), as the single amounts read it; the scans take the dot beside the figure as the mark's where no
      sentence can end there, which keeps the totals' "1.950 kr. + ..." (:func:`mark_after`);
    - a single capital ("R", "K") is kept, read before its figure only (:func:`mark_after`)."""
    # imported here: the locale data is read on the first amount, not by every import of the toolkit
    from babel import Locale, localedata
    from babel.numbers import list_currencies

    units = {s for spellings in MEASURES.values() for names in spellings.values() for s in names}
    table: dict[str, set[str]] = {code: {code} for code in list_currencies()}
    for identifier in localedata.locale_identifiers():
        try:
            symbols = Locale.parse(identifier).currency_symbols
        except (ValueError, KeyError):  # an alias CLDR lists without data of its own
            continue
        for code, symbol in symbols.items():
            mark = _one_space(symbol.strip(_INVISIBLE).rstrip("."))
            if (_NO_MARK_RE.fullmatch(mark) or any(c.isdigit() for c in mark)
                    or (mark.lower() in units and not mark.istitle())):
                continue
            table.setdefault(mark, set()).add(code)
    return {mark: frozenset(codes) for mark, codes in table.items()}


def _one_space(mark: str) -> str:
    """A mark with its no-break spaces written as plain ones ("$\u00a0AU" is "$ AU"), as texts often carry it."""
    return _SPACES_RE.sub(" ", mark) if "\u00a0" in mark or "\u202f" in mark else mark


@lru_cache(maxsize=1)
def _longest_mark() -> int:
    return max(map(len, _mark_table()))


def currencies_of_mark(mark: str) -> frozenset[str]:
    """The ISO codes a currency mark may name in some locale ("Kč": CZK; "CHF": CHF; "kr" and "kr.": DKK, ISK,
    NOK, SEK, ...), empty for no mark CLDR knows."""
    return _mark_table().get(_one_space(mark.strip().strip(_INVISIBLE).rstrip(".")), frozenset())


@lru_cache(maxsize=1)
def _precisions() -> dict[str, int]:
    """The number of decimals each ISO code's amounts are written with (2 for most, 0 for the yen, 3 for the
    dinars counted in thousandths, whose "1.500" is one and a half)."""
    from babel.numbers import get_currency_precision, list_currencies

    return {code: get_currency_precision(code) for code in list_currencies()}


def _is_letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isalpha()


def _mark_before(text: str, start: int, floor: int) -> tuple[int, str] | None:
    """The longest mark that ends right before the figure at ``start`` (a space and an abbreviation's dot may come
    between: "kr. 24.900", "CHF 1'950", "RM1,950"), not after ``floor``; a mark of letters must not be the end of a
    longer word (not the "m" of "item 2"), while a sign may follow one. Where it starts and the mark as the table
    spells it."""
    end = start - 1 if start > floor and text[start - 1] in _SPACES else start
    end = end - 1 if end > floor and text[end - 1] == "." else end
    table = _mark_table()
    for size in range(min(_longest_mark(), end - floor), 0, -1):
        mark = _one_space(text[end - size:end])
        if mark in table and not (mark[0].isalpha() and _is_letter(text, end - size - 1)):
            return end - size, mark
    return None


def mark_after(text: str, end: int) -> tuple[int, str] | None:
    """The longest mark but a single letter that starts right after the figure ending at ``end`` (a space may come
    between: "1 950 Kč", "12,50 $ AU"), not the start of a longer word: where it ends (with its abbreviation's dot
    before a word or an operator, "1.950 kr. per person"; at a sentence's end the dot is the sentence's) and the
    mark as the table spells it. After a figure a single letter is a size or a unit ("5 L", "12 M"), no mark: so
    "2 × 5 L = 10 L" is no total in some currency "L", and "R 1 950,00" is still the rand."""
    start = end + 1 if end < len(text) and text[end] in _SPACES else end
    table = _mark_table()
    for size in range(min(_longest_mark(), len(text) - start), 0, -1):
        mark = _one_space(text[start:start + size])
        if mark in table and not (size == 1 and mark.isalpha()) and not (mark[-1].isalpha()
                                                                          and _is_letter(text, start + size)):
            stop = start + size
            if text.startswith(".", stop) and _AFTER_ABBREVIATION_DOT_RE.match(text, stop + 1):
                stop += 1
            return stop, mark
    return None


class MarkedFigure(NamedTuple):
    """A figure with a currency mark right before or after it: the span of both, the figure as written (without a
    whole amount's closing dash), the mark as the table spells it, and whether it stands before the figure."""

    start: int
    end: int
    figure: str
    mark: str
    before: bool


@text_cache()
def marked_figures(text: str) -> tuple[MarkedFigure, ...]:
    """Each figure of money ``text`` writes with a currency mark, in order: the mark right before it ("CZK
    1'950.00", "€ 1.950", "Ksh 1,950", "R 1 950,00"), or else right after it ("1 950,00 Kč", "1.950 kr.", "12,50
    €"); a space, no-break or narrow no-break space may part them. A mark read after one figure is not read again
    before the next."""
    found: list[MarkedFigure] = []
    floor = 0
    for figure in _MONEY_FIGURE_RE.finditer(text):
        if figure.start() < floor:
            continue
        before = _mark_before(text, figure.start(), floor)
        after = None if before else mark_after(text, figure.end())
        if before is not None:
            found.append(MarkedFigure(before[0], figure.end(), figure.group("figure"), before[1], True))
        elif after is not None:
            found.append(MarkedFigure(figure.start(), after[0], figure.group("figure"), after[1], False))
        else:
            continue
        floor = found[-1].end
    return tuple(found)


def _readings(figure: str) -> tuple[str | None, str | None]:
    """The figure read with every mark grouping digits, and with its last mark the decimal one, each as digits
    with a dot before any decimals, None where no locale writes it so: "1.950" is ("1950", "1.950"), "1 950,00"
    (None, "1950.00"), "1'950" ("1950", None), "1,95,000" ("195000", None), "1.95.0" (None, None)."""
    figure = _SPACES_RE.sub(" ", figure).replace("’", "'")
    marks = [c for c in figure if not c.isdigit()]
    if not marks:
        return figure, None
    last = marks[-1]
    head, _, tail = figure.rpartition(last)
    decimal = None
    if last in ",." and (1 <= len(tail) <= 2 or (len(tail) == 3 and (len(set(marks)) > 1 or len(marks) == 1))):
        whole = _grouped_whole(head)
        decimal = f"{whole}.{tail}" if whole is not None else None
    return _grouped_whole(figure), decimal


def _grouped_whole(figure: str) -> str | None:
    """The digits of a whole number grouped with one kind of mark, by thousands ("1 950 000") or, with commas, by
    the Indian lakh and crore ("19,50,000"); None for a wrong grouping."""
    marks = {c for c in figure if not c.isdigit()}
    if len(marks) > 1 or not figure:
        return None
    if not marks:
        return figure
    mark = marks.pop()
    first, *groups = figure.split(mark)
    thousands = 1 <= len(first) <= 3 and all(len(g) == 3 for g in groups)
    lakhs = mark == "," and 1 <= len(first) <= 2 and len(groups[-1]) == 3 and all(len(g) == 2 for g in groups[:-1])
    return first + "".join(groups) if thousands or lakhs else None


def grouped_values(figure: str) -> frozenset[float]:
    """The values a figure may have in some locale's grouping ("1'950", "1 950,00", "1.950" is 1950, and 1.95
    where a dot marks decimals; "12,50" is 12.5). Empty when no locale groups it so ("1.95.0")."""
    return frozenset(float(reading) for reading in _readings(figure) if reading is not None)


def money_value(figure: str, codes: frozenset[str]) -> str:
    """The one value of a figure of money whose mark may name ``codes``, its groups joined and its decimals after
    a dot, a whole amount without them: "1 950,00", "1'950.00" and "1.950" are all "1950", "12,5" is "12.50". Of
    the two readings of "1.950" the grouped one, unless every currency the mark may name counts in thousandths
    (the dinar's "1.950" is "1.950"). Empty when the figure has no reading."""
    grouped, decimal = _readings(figure)
    thousandths = bool(codes) and all(_precisions().get(code, 2) == 3 for code in codes)
    value = decimal if decimal is not None and (grouped is None or thousandths) else grouped
    if value is None:
        return ""
    whole, _, decimals = value.partition(".")
    whole = whole.lstrip("0") or "0"
    return f"{whole}.{decimals.ljust(2, '0')}" if decimals.strip("0") else whole


# ---- amounts and worked totals ------------------------------------------------------------------------------------

_OPERATORS = {"×": "*", "x": "*", "*": "*", "+": "+"}


@dataclass(frozen=True)
class LocaleAmount:
    """An amount as a text writes it: where, the values its figure may have, the currencies its mark may name."""

    start: int
    end: int
    values: frozenset[float]
    currencies: frozenset[str]

    def same_as(self, other: LocaleAmount) -> bool:
        """One amount in two styles: a currency both marks may name, and a value both figures may have."""
        return not self.currencies.isdisjoint(other.currencies) and any(
            abs(a - b) < 0.005 for a in self.values for b in other.values)


@text_cache()
def locale_amounts(text: str) -> tuple[LocaleAmount, ...]:
    """The amounts with a currency mark a text writes, in any locale's style, in order (:func:`marked_figures`)."""
    if not text or not has_digit(text):
        return ()
    found = []
    for marked in marked_figures(text):
        values = grouped_values(marked.figure)
        if values:
            found.append(LocaleAmount(marked.start, marked.end, values, currencies_of_mark(marked.mark)))
    return tuple(found)


@dataclass(frozen=True)
class WorkedTotal:
    """A total a text works out: its span, its priced operands, its result, whether it comes out, and its terms
    (each a product of amounts and bare counts, added up)."""

    start: int
    end: int
    operands: tuple[LocaleAmount, ...]
    result: LocaleAmount
    holds: bool
    terms: tuple[tuple[LocaleAmount | float, ...], ...]


#: A bare count beside an operator: the "2" of "2 × 1 950 Kč".
_COUNT = r"\d{1,3}(?![\d.,'’])"
_OPERATOR_RE = re.compile(r"\s*([×x*+])\s*")
_EQUALS_RE = re.compile(r"\s*=\s*")
_COUNT_RE = re.compile(_COUNT)
_COUNT_BEFORE_RE = re.compile(rf"(?<![\d.,'’])({_COUNT})\s*[×x*]\s*$")


@text_cache()
def worked_totals(text: str) -> tuple[WorkedTotal, ...]:
    """The products and sums of amounts a text writes out and their result ("2 × RM1,950 = RM3,900", "CHF 1'950
    + CHF 1'950 = CHF 3'900"), each with whether some reading of its figures makes it come out. Terms are priced
    amounts or bare counts; products bind before sums; the result and at least one term are priced amounts."""
    if "=" not in text or not has_digit(text):
        return ()
    amounts = locale_amounts(text)
    if len(amounts) < 2:
        return ()
    starting = {a.start: a for a in amounts}
    found = []
    for amount in amounts:
        read = _expression(text, amount.start, starting)
        if read is not None and (not found or read.start >= found[-1].end):
            found.append(read)
    return tuple(found)


def _expression(text: str, start: int, starting: dict[int, LocaleAmount]) -> WorkedTotal | None:
    """The worked total whose first priced term starts at ``start`` (a count may stand before it), or None."""
    count = _COUNT_BEFORE_RE.search(text, max(0, start - 12), start)
    begin = count.start() if count else start
    terms: list[list[LocaleAmount | float]] = [[float(count.group(1))]] if count else [[]]
    position = start
    while True:
        term = starting.get(position)
        if term is not None:
            terms[-1].append(term)
            position = term.end
        else:
            bare = _COUNT_RE.match(text, position)
            if bare is None:
                return None
            terms[-1].append(float(bare.group(0)))
            position = bare.end()
        operator = _OPERATOR_RE.match(text, position)
        if operator is None:
            break
        if _OPERATORS[operator.group(1)] == "+":
            terms.append([])
        position = operator.end()
    equals = _EQUALS_RE.match(text, position)
    result = starting.get(equals.end()) if equals else None
    priced = tuple(t for term in terms for t in term if isinstance(t, LocaleAmount))
    if result is None or not priced or sum(len(term) for term in terms) < 2:
        return None
    return WorkedTotal(begin, result.end, priced, result, _comes_out(terms, result, {}),
                       tuple(map(tuple, terms)))


def _comes_out(terms: list[list[LocaleAmount | float]], result: LocaleAmount,
               read: dict[LocaleAmount, frozenset[float]]) -> bool:
    """Does some reading of the figures make the sum of products equal the result? A figure two locales read
    apart ("1.950") is tried both ways, unless ``read`` fixes its values; a total of many ambiguous figures is not
    tried at all."""
    choices = [[(t,) if isinstance(t, float) else tuple(read.get(t, t.values)) for t in term] for term in terms]
    if sum(len(c) > 1 for term in choices for c in term) > 4:
        return False
    sums = {0.0}
    for term in choices:
        products = {math.prod(p) for p in itertools.product(*term)}
        sums = {s + p for s in sums for p in products}
    return any(abs(s - r) < 0.005 for s in sums for r in result.values)


def held_worked_totals(claim: str, evidence_texts: Iterable[str]) -> tuple[WorkedTotal, ...]:
    """The worked totals of a claim that come out and whose every priced operand is an amount some evidence text
    states in the same currency: the evidence's price worked out, whichever style each side writes it in."""
    if not READ_LOCALE_WORKED_SUMS or "=" not in claim:
        return ()
    totals = [t for t in worked_totals(claim) if t.holds]
    if not totals:
        return ()
    held = [a for text in evidence_texts for a in locale_amounts(text)]
    return tuple(t for t in totals if _held(t, held))


def _held(total: WorkedTotal, held: list[LocaleAmount]) -> bool:
    """Is every priced operand an amount of ``held``, and does the total come out with the operands read as the
    evidence's values ("RM1,950" is 1950 against "RM1,950.00", never 1.95 for the arithmetic)?"""
    read = {}
    for operand in total.operands:
        values = frozenset(v for h in held if operand.same_as(h) for v in operand.values
                           if any(abs(v - w) < 0.005 for w in h.values))
        if not values:
            return False
        read[operand] = values
    return _comes_out([list(term) for term in total.terms], total.result, read)


def held_amount_texts(claim: str, evidence_texts: Iterable[str]) -> tuple[str, ...]:
    """The amounts, as the claim writes them, of each worked total of :func:`held_worked_totals`: its priced
    operands and its result ("CHF 1'950" and "CHF 3'900" of "2 × CHF 1'950 = CHF 3'900"). Their figures and marks
    are the evidence's price worked out, whatever the number reader makes of "1'950" or "RM3"; the total's counts
    are left to the readers that check a count against the customer's."""
    return tuple(claim[amount.start:amount.end] for total in held_worked_totals(claim, evidence_texts)
                 for amount in (*total.operands, total.result))

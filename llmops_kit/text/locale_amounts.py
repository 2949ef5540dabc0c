"""Amounts of money in any locale's house style, and the totals an answer works from them.

A price is written "1 950 Kč" in Prague, "CZK 1'950" in Zurich, "RM1,950.00" in Kuala Lumpur, "Rp1.950" in
Jakarta and "1.950,00 kr." in Copenhagen: the digits are grouped by spaces (plain, no-break or narrow no-break),
apostrophes, dots or commas, the decimal mark is a comma or a dot, and the currency mark is a sign, a code or a
local abbreviation before or after the figure. An answer that works a total from the article's price ("2 × CZK
1'950 = CZK 3'900" against "1 950 Kč") states figures the evidence holds only in another style, and its result
no evidence holds at all; the number reader, built on English groups, takes "1'950" for two numbers and "RM3" for
a word. This module reads the amount whole, with the currencies its mark may name, and checks a worked total:
its arithmetic must come out and every priced operand must be an amount the evidence states in the same currency.

The table of marks comes from the Unicode CLDR data Babel ships (every locale's currency symbols and the ISO
codes), built once on first use and read offline, so no author's idea of a house style is typed in here.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..textcache import text_cache

__all__ = [
    "READ_LOCALE_WORKED_SUMS",
    "LocaleAmount",
    "WorkedTotal",
    "currencies_of_mark",
    "grouped_values",
    "held_amount_texts",
    "held_worked_totals",
    "locale_amounts",
    "worked_totals",
]

#: Switch: a total the answer works from the evidence's price in any locale's style ("2 × CHF 1'950 = CHF 3'900"
#: against "1 950 CHF") is read as the evidence's price worked out, its figures and marks no unheld facts (the
#: ``sum50`` round); off in the claim-decision fit.
READ_LOCALE_WORKED_SUMS = True

#: The spaces a locale writes between digit groups or beside a mark: plain, no-break and narrow no-break.
_SPACES = " \u00a0\u202f"
#: A figure: digits, then groups or a decimal part joined by one of the marks above (a space only before three
#: digits, so "2 × 1 950" keeps the count apart).
_FIGURE = r"\d+(?:(?:[,.'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*"
_OPERATORS = {"×": "*", "x": "*", "*": "*", "+": "+"}
#: The cheap test a text must pass before any amount is read: a digit, and an "=" for a worked total.
_DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=1)
def _mark_table() -> dict[str, frozenset[str]]:
    """Every currency mark CLDR knows, in any locale, with the ISO codes it names ("kr" names DKK, NOK, SEK and
    more; "Kč" CZK), and every ISO code naming itself. Built once: Babel reads its locale files lazily."""
    # imported here: the locale data is read on the first amount, not by every import of the toolkit
    from babel import Locale, localedata
    from babel.numbers import list_currencies

    table: dict[str, set[str]] = {code: {code} for code in list_currencies()}
    for identifier in localedata.locale_identifiers():
        try:
            symbols = Locale.parse(identifier).currency_symbols
        except (ValueError, KeyError):  # an alias CLDR lists without data of its own
            continue
        for code, symbol in symbols.items():
            if symbol and not any(c.isdigit() for c in symbol):
                table.setdefault(_one_space(symbol), set()).add(code)
    return {mark: frozenset(codes) for mark, codes in table.items()}


def _one_space(mark: str) -> str:
    """A mark with its no-break spaces written as plain ones ("$\u00a0AU" is "$ AU"), as texts often carry it."""
    return re.sub(r"[\u00a0\u202f]", " ", mark)


@lru_cache(maxsize=1)
def _longest_mark() -> int:
    return max(map(len, _mark_table()))


_FIGURE_RE = re.compile(rf"(?<![\d.,'’]){_FIGURE}(?!\d)")


def _mark_before(text: str, start: int) -> tuple[int, str] | None:
    """Where the currency mark right before a figure starts and the mark, at most one space between them; a mark
    of letters must not be the end of a longer word ("RM1,950", "CHF 1'950", not the "m" of "item 2")."""
    end = start - 1 if start and text[start - 1] in _SPACES else start
    table = _mark_table()
    for length in range(min(_longest_mark(), end), 0, -1):
        mark = text[end - length:end]
        if _one_space(mark) in table and not mark[0].isspace() and not (
                mark[0].isalpha() and end > length and text[end - length - 1].isalpha()):
            return end - length, mark
    return None


def _mark_after(text: str, end: int) -> tuple[int, str] | None:
    """Where the currency mark right after a figure ends and the mark ("1 950 Kč", "1.950,00 kr.", "12,50 $ AU"),
    at most one space between them; a mark of letters must not be the start of a longer word."""
    start = end + 1 if end < len(text) and text[end] in _SPACES else end
    table = _mark_table()
    for length in range(min(_longest_mark(), len(text) - start), 0, -1):
        mark = text[start:start + length]
        if _one_space(mark) in table and not mark[-1].isspace() and not (
                mark[-1].isalpha() and start + length < len(text) and text[start + length].isalpha()):
            return start + length, mark
    return None


def currencies_of_mark(mark: str) -> frozenset[str]:
    """The ISO codes a currency mark may name in some locale ("Kč": CZK; "CHF": CHF), empty for no mark CLDR
    knows. A mark ending in a dot names the currencies of the mark without it too: "1 950 kr." may be the Danish
    "kr." or the Norwegian "kr" at the end of a sentence."""
    table = _mark_table()
    mark = _one_space(mark.strip())
    codes = table.get(mark, frozenset())
    return codes | table.get(mark[:-1], frozenset()) if mark.endswith(".") else codes


def grouped_values(figure: str) -> frozenset[float]:
    """The values a figure may have in some locale's grouping ("1'950", "1 950,00", "1.950" is 1950, and 1.95
    where a dot marks decimals; "12,50" is 12.5). Empty when no locale groups it so ("1.95.0")."""
    for space in _SPACES[1:]:
        figure = figure.replace(space, " ")
    figure = figure.replace("’", "'")
    marks = [c for c in figure if not c.isdigit()]
    if not marks:
        return frozenset({float(figure)})
    last = marks[-1]
    head, _, tail = figure.rpartition(last)
    readings = set()
    if last in ",." and len(tail) in (1, 2, 3) and (len(set(marks)) > 1 or marks.count(last) == 1):
        whole = _grouped_whole(head)  # the last mark is the decimal one, the others group
        if whole is not None:
            readings.add(whole + float(f"0.{tail}"))
    whole = _grouped_whole(figure)  # every mark groups thousands
    if whole is not None:
        readings.add(whole)
    return frozenset(readings)


def _grouped_whole(figure: str) -> float | None:
    """The whole number a figure grouped by thousands with one kind of mark writes, None for a wrong grouping."""
    marks = {c for c in figure if not c.isdigit()}
    if len(marks) > 1:
        return None
    if not marks:
        return float(figure) if figure else None
    first, *groups = figure.split(marks.pop())
    if not 1 <= len(first) <= 3 or any(len(g) != 3 for g in groups):
        return None
    return float(first + "".join(groups))


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
    """The amounts with a currency mark a text writes, in any locale's style, in order."""
    if not text or not _DIGIT_RE.search(text):
        return ()
    found = []
    for match in _FIGURE_RE.finditer(text):
        before = _mark_before(text, match.start())
        after = None if before else _mark_after(text, match.end())
        values = grouped_values(match.group(0)) if before or after else frozenset()
        if before and values:
            found.append(LocaleAmount(before[0], match.end(), values, currencies_of_mark(before[1])))
        elif after and values:
            found.append(LocaleAmount(match.start(), after[0], values, currencies_of_mark(after[1])))
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
    if "=" not in text or not _DIGIT_RE.search(text):
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

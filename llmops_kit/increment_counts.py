"""A length of time or distance restated as a count of the blocks a price is charged by, and the amount those
blocks come to: "3 hours are 12 quarter-hours at 45 lei, so 540 lei", "40 minutes is 2 quarter-hours at $60.000",
"the other 13,4 km at 39 Kč are 522,60 Kč" against "39 Kč per started kilometre".

No source states the count (12) or the amount (540), so the number reader read a faithful answer's figures as
absent (two of them fired HALLUCINATION); and a wrong count was held by any source that happens to write the digit
(the "2" of "40 minutes is 2 quarter-hours" stood, though 40 minutes are 3 started quarter-hours). Here the
arithmetic is done, both ways:

- a count of blocks is the length over the block's size, rounded up when the block is a *started* (begun) one,
  said so by the claim or by a source's rate for that block ("45 lei per started 15 minutes"); a length that is
  no whole number of plain blocks is not read. The count is *right* (explained) or *wrong* (a figure the claim
  gets wrong);
- the amount right after a right count, "at R[, so / : / =] T", is *right* when T is the count times R, *wrong*
  when it is not;
- a length priced "at T" ("plus 1 hour at 180 lei") is *right* when a source's block rate charges T for it
  (1 hour is 4 started quarter-hours at 45 lei); a length "at R are T" where a source charges R per *started*
  block is *wrong* when T is not the started blocks times R (13,4 km at 39 Kč per started kilometre is 546 Kč, not
  the pro rata 522,60 Kč).

Read in :meth:`~llmops_kit.evidence.Evidence.missing_facts` beside the shortfall reading: the right figures leave the
missing ones (and, being explained in their sentence, may be terms of the answer's own sums,
:mod:`llmops_kit.own_results`), the wrong ones join them. Switched off by :data:`READ_INCREMENT_COUNTS` in the
claim-decision fit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from .text.numbers import NUMBER_WORDS, normalise_number

__all__ = ["READ_INCREMENT_COUNTS", "BlockRate", "block_rates", "increment_figures"]

#: Switch for the fit of the claim decision (``tools/fit_claim_decision.py``) and for measuring.
READ_INCREMENT_COUNTS = True

#: Minutes (time) or kilometres (distance) in one of each unit word.
_UNIT_SIZES = {"minute": ("time", 1.0), "min": ("time", 1.0), "hour": ("time", 60.0), "hr": ("time", 60.0),
               "h": ("time", 60.0), "kilometre": ("distance", 1.0), "kilometer": ("distance", 1.0),
               "km": ("distance", 1.0)}
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|h|kilomet(?:re|er)s?|km)"
_BLOCK_NOUN = r"(?:blocks?|slots?|units?|periods?|increments?)"
#: A figure: digits grouped by a space, a comma or a dot, or plain with decimals.
_FIGURE = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?(?!\d)|\d+(?:[.,]\d+)*"
#: An amount: a currency mark or code before and / or after the figure (the mark is not checked: the amounts
#: compared are the claim's and its source's, of one price).
def _amount(name: str) -> str:
    """An amount's pattern, its figure in group ``name``."""
    return (r"(?:[A-Za-z]{0,3}[$€£¥₹₺₩₫]\s?|(?:kr|Kč|KSh|lei|R|RM|Rp|Rs|MAD|[A-Z]{3})\.?\s?)?(?P<" + name + ">"
            + _FIGURE + r")(?:\s?(?:[$€£¥₹₺₩₫원]|kr|Kč|lei|zł|Ft|Kn|[A-Z]{3})(?![\w]))?")
_COUNT_WORDS = {word: int(value) for word, value in NUMBER_WORDS.items() if value.isdigit() and int(value) <= 100}
_COUNT = r"\d+|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
#: What a count of blocks is: "quarter-hours", "half hours", "blocks of 5 minutes", "15-minute blocks", and with
#: "started" the unit itself ("14 started kilometres", "10 started hours").
_BLOCK = (r"(?:(?P<qh>quarter[- ]hours?)|(?P<hh>half[- ]hours?)"
          r"|" + _BLOCK_NOUN + r"\s+of\s+(?P<k>\d+)\s*(?P<ku>" + _UNIT + r")\b"
          r"|(?P<k2>\d+)[- ](?P<ku2>minute|min|hour|km|kilomet(?:re|er))\s+" + _BLOCK_NOUN +
          r"|(?<=started )(?P<whole>" + _UNIT + r"))")
_STARTED = r"(?P<started>(?:started|begun|commenced)\s+)?"
#: "40 minutes is 2 quarter-hours", "3 hours are 12 quarter-hours", "which leaves 17 minutes, that is 4 started
#: blocks of 5 minutes", "An 11-minute call is one started quarter-hour", "13,4 km are 14 started kilometres".
_COUNT_RE = re.compile(
    r"(?<![\d.,:])(?P<d>\d+(?:[.,]\d+)?)(?:\s*(?P<du>" + _UNIT + r")\b|-(?P<du2>minute|hour|km)\s+[a-z]+)"
    r"(?:\s*,\s*(?:(?:that is|which is|i\.e\.|so)\s+)?|\s+(?:is|are|makes?|means|comes? to|=|gives)\s+)"
    r"(?:(?:about|roughly|around|just|only|exactly)\s+)?(?P<n>" + _COUNT + r")\s+" + _STARTED + _BLOCK,
    re.IGNORECASE)
#: The price right after a count: " at 45 lei, so 540 lei", " at kr 10: kr 40", " at $60.000 = $180.000".
_PRICED_RE = re.compile(r"\s+at\s+" + _amount("rate") + r"(?:\s+(?:each|apiece|a block|a go))?\s*"
                        r"(?:,\s*(?:so|that is|which is|making|makes)\s+|:\s*|=\s*|\s+(?:so|makes|comes to|is)\s+)"
                        + _amount("total"), re.IGNORECASE)
#: A length priced: "1 hour at 180 lei", "the other 13,4 km at 39 Kč are 522,60 Kč".
_LENGTH_AT_RE = re.compile(r"(?<![\d.,:])(?<!\bof )(?<!\bper )(?<!each )(?<!every )(?P<d>\d+(?:[.,]\d+)?)\s*"
                           r"(?P<du>" + _UNIT + r")\b\s+at\s+" + _amount("rate")
                           + r"(?P<rest>\s*(?:each|a \w+|per \w+)?\s*(?:are|is|=|comes to|makes|, so|:)\s*"
                           + _amount("total") + r")?", re.IGNORECASE)
#: A source's rate per block: "45 lei per started 15 minutes", "kr 10 per started 5 minutes", "1,000원 per 10
#: minutes", "39 Kč per started kilometre", "$40.00 per half hour"; "charged per started 10 minutes" has no amount.
_RATE_RE = re.compile(r"(?:" + _amount("amount") + r"\s+)?(?:per|for every|for each|each|every|a)\s+" + _STARTED
                      + r"(?:(?P<k>\d+)[- ]?(?P<ku>" + _UNIT + r")|(?P<qh>quarter[- ]hour)|(?P<hh>half[- ]hour)"
                      r"|(?P<one>hour|minute|kilomet(?:re|er)|km))\b", re.IGNORECASE)
#: The amount after a rate that names none before it: "every started kilometre beyond that is 39 Kč".
_AMOUNT_AFTER_RE = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:is|costs?|are|at|:)\s+" + _amount("after"), re.IGNORECASE)
#: "or part thereof" after a rate makes its block a started one.
_PART_RE = re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*or (?:any )?part (?:thereof|of it)", re.IGNORECASE)


class BlockRate(NamedTuple):
    """A source's price per block: the amount (None when the sentence names no amount), the block's kind ("time"
    in minutes, "distance" in kilometres) and size, and whether a begun block is charged whole."""

    amount: float | None
    kind: str
    size: float
    started: bool


def _unit(word: str) -> tuple[str, float]:
    """The kind and size (minutes or kilometres) of a unit word ("hours": time, 60)."""
    key = word.lower().rstrip("s") if word.lower() not in ("mins", "hrs") else word.lower()[:-1]
    return _UNIT_SIZES.get(key, _UNIT_SIZES.get(key.rstrip("e"), ("", 0.0)))


def _value(raw: str) -> float | None:
    """A figure's value as the number reader gives it ("2 012,60" is 2012.6, "$60.000" is read as 60 there too)."""
    text = normalise_number(re.sub(r"[ \u00a0\u202f]", "", raw))
    try:
        return float(text)
    except ValueError:
        return None


def _figure(raw: str) -> str:
    """The number reader's spelling of a figure, as the claim's missing numbers are spelt."""
    return normalise_number(re.sub(r"[ \u00a0\u202f]", "", raw))


def _count(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    value = _COUNT_WORDS.get(raw.lower())
    return value


def _size(match: re.Match[str], prefix: str = "") -> tuple[str, float] | None:
    """The kind and size of the block a match names (groups ``qh``, ``hh``, ``k``/``ku``, ``k2``/``ku2``,
    ``whole``/``one``)."""
    groups = match.groupdict()
    if groups.get("qh"):
        return "time", 15.0
    if groups.get("hh"):
        return "time", 30.0
    for number, unit in (("k", "ku"), ("k2", "ku2")):
        if groups.get(number) and groups.get(unit):
            kind, size = _unit(groups[unit])
            return (kind, int(groups[number]) * size) if kind else None
    for word in ("whole", "one"):
        if groups.get(word):
            kind, size = _unit(groups[word])
            return (kind, size) if kind else None
    return None


@lru_cache(maxsize=512)
def block_rates(texts: tuple[str, ...]) -> tuple[BlockRate, ...]:
    """The rates per block the texts state ("45 lei per started 15 minutes", "1,000원 per 10 minutes")."""
    found: list[BlockRate] = []
    for text in texts:
        if "per" not in text and "every" not in text and "each" not in text:
            continue
        for match in _RATE_RE.finditer(text):
            sized = _size(match)
            if sized is None:
                continue
            started = bool(match.group("started")) or _PART_RE.match(text[match.end():]) is not None
            after = None if match.group("amount") else _AMOUNT_AFTER_RE.match(text, match.end())
            raw = match.group("amount") or (after.group("after") if after else None)
            amount = _value(raw) if raw else None
            found.append(BlockRate(amount, sized[0], sized[1], started))
    return tuple(found)


def _blocks(length: float, size: float, started: bool) -> float | None:
    """How many blocks of ``size`` a length makes: rounded up when begun blocks count whole, else only a whole
    number of blocks (None otherwise)."""
    quotient = length / size
    if started:
        return float(math.ceil(quotient - 1e-9))
    return quotient if abs(quotient - round(quotient)) < 1e-9 else None


def _near(a: float, b: float) -> bool:
    return abs(a - b) < 0.005


def increment_figures(claim: str, texts: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The figures of ``claim`` that a count of blocks (or a length priced by them) makes right, and those it makes
    wrong (see the module docstring). ``texts``: the sources the model was given, whose rates per block are read."""
    if not READ_INCREMENT_COUNTS or not any(ch.isdigit() for ch in claim):
        return frozenset(), frozenset()
    lowered = claim.lower()
    counts = any(word in lowered for word in ("quarter", "half", "block", "slot", "unit", "period", "increment",
                                              "started", "begun"))
    priced = " at " in lowered
    if not counts and not priced:
        return frozenset(), frozenset()
    rates = block_rates(tuple(texts))
    right: set[str] = set()
    wrong: set[str] = set()
    if counts:
        for match in _COUNT_RE.finditer(claim):
            _read_count(match, claim, rates, right, wrong)
    if priced and rates:
        for match in _LENGTH_AT_RE.finditer(claim):
            _read_priced_length(match, rates, right, wrong)
    return frozenset(right), frozenset(wrong - right)


def _read_count(match: re.Match[str], claim: str, rates: tuple[BlockRate, ...], right: set[str],
                wrong: set[str]) -> None:
    """One "<length> is <N> <blocks>" of the claim, and the amount priced right after it."""
    length = _value(match.group("d"))
    kind, unit = _unit(match.group("du") or match.group("du2") or "")
    sized = _size(match)
    number = _count(match.group("n"))
    if length is None or not kind or sized is None or number is None or sized[0] != kind:
        return
    size = sized[1]
    started = bool(match.group("started")) or any(r.started for r in rates if r.kind == kind and r.size == size)
    expected = _blocks(length * unit, size, started)
    if expected is None:
        return
    figure = match.group("n") if match.group("n").isdigit() else None
    if not _near(expected, number):
        if figure is not None:
            wrong.add(_figure(figure))
        return
    if figure is not None:
        right.add(_figure(figure))
    price = _PRICED_RE.match(claim, match.end())
    if price is None:
        return
    rate, total = _value(price.group("rate")), _value(price.group("total"))
    if rate is None or total is None:
        return
    (right if _near(number * rate, total) else wrong).add(_figure(price.group("total")))


def _read_priced_length(match: re.Match[str], rates: tuple[BlockRate, ...], right: set[str],
                        wrong: set[str]) -> None:
    """One "<length> at <amount>[ are <total>]" of the claim, against the sources' rates per block."""
    length = _value(match.group("d"))
    kind, unit = _unit(match.group("du"))
    amount = _value(match.group("rate"))
    if length is None or not kind or amount is None:
        return
    length *= unit
    priced = [r for r in rates if r.kind == kind and r.amount is not None]
    if match.group("rest"):
        total = _value(match.group("total"))
        charged = [r for r in priced if r.started and _near(r.amount or 0.0, amount)]
        if total is not None and charged:
            expected = {(_blocks(length, r.size, True) or 0.0) * amount for r in charged}
            (right if any(_near(e, total) for e in expected) else wrong).add(_figure(match.group("total")))
            return
    # "1 hour at 180 lei": the amount is what a rate charges for the length (a rate per that length is no charge)
    for rate in priced:
        blocks = _blocks(length, rate.size, rate.started)
        if blocks is not None and blocks != 1 and _near(blocks * (rate.amount or 0.0), amount):
            right.add(_figure(match.group("rate")))
            return

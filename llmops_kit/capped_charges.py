"""A charge worked from a rate and a usage where the article sets a cap or a floor on it: "you never pay more than
48,00 kr. in one travel day" beside "each trip costs 18,00 kr.", "£1.90 per mile ... with a minimum charge of £95 per
journey", "$95 per started hour ... never more than $480 for a calendar day", "$60.000 per started 15 minutes, with a
minimum charge of 30 minutes".

The plain product of the usage and the rate is then the charge only when it stays inside the bound, and an answer
that writes the product where the bound applies ("26 miles at £1.90 a mile: £49.40", "15 trips at 18,00 kr. each,
which is 270,00 kr." of a record giving the trips per day, "10 started hours at $95, so ... $950") holds every figure
a text holds or derives, so nothing read it as wrong. The right answer writes figures no text holds ("Tuesday 36,00
kr." of 2 trips that day, "198,00 kr. for the week", "your 11-minute call is billed at $120.000"), read as invented.

:func:`bounded_rates` reads each source for a rate ("<amount> per / a / an <unit>", "each <unit> ... costs
<amount>") and the bound written after it ("never ... more than", "at most", "maximum of", "capped at" for a cap;
"minimum charge of", "minimum of" for a floor, in money or in the rate's own unit of time). Then:

- :func:`capped_misses`: the claim writes a count of the rate's unit, the product of that count and the rate as its
  charge, and no word of a bound ("cap", "maximum", "minimum", "limit", "at most", "more than", "less than"). The
  product is wrong when it falls under a floor in money, when the usage is under a floor in time, or when it is over
  a cap and the usage falls in one period of the cap (one clock range of the customer's, where the cap is per day)
  or in periods a record counts ("trips per day Mon: 4"), whose capped sum is another figure;
- :func:`capped_figures`: a figure of the claim is held when it is the charge of one period a record counts, the
  rate times its count kept under the cap ("36,00 kr." of 2 trips), the capped sum over the record's periods
  ("198,00 kr."), or the floor in time charged at the rate ("2 × $60.000" of a 30-minute minimum charged by 15
  minutes) when the usage the claim or the customer writes is under it.

Both under :data:`READ_CAPPED_CHARGES` (off while the claim decision is fitted).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import NamedTuple

from .evidence_readers import record_lines
from .text import numbers_in, stem
from .text.locale_amounts import LocaleAmount, locale_amounts
from .text.money_amounts import same_amount
from .text.numbers import NUMBER_WORDS
from .textcache import text_cache

__all__ = ["READ_CAPPED_CHARGES", "BoundedRate", "bounded_rates", "capped_figures", "capped_misses"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_CAPPED_CHARGES = True

#: Minutes in a unit of time, so that a usage and a floor in time compare ("one quarter-hour" against "30 minutes").
_MINUTES = {"minute": 1.0, "quarter-hour": 15.0, "quarter hour": 15.0, "half-hour": 30.0, "half hour": 30.0,
            "hour": 60.0}
#: The unit after a rate's "per": "per mile", "per started hour", "per started 15 minutes", "a trip", "per kg".
_RATE_UNIT_RE = re.compile(r"\s*(?:per|a|an|each)\s+(?:started\s+|commenced\s+|calendar\s+|travel\s+)?(?:(\d{1,3})\s+)?"
                           r"(quarter[- ]hour|half[- ]hour|[a-z]{2,12})\b", re.IGNORECASE)
#: A rate whose unit comes first: "each trip within zones 1–2 costs 18,00 kr.".
_EACH_UNIT_RE = re.compile(r"\beach\s+([a-z]{3,12})\b[^.;:]{0,40}?\b(?:costs?|is|are)\s+$", re.IGNORECASE)
#: Words after an amount that make it no rate of a unit ("£40 a second horse" is a fee; "a" before an adjective).
_NO_UNITS = frozenset(("the", "further", "second", "third", "each", "one", "time", "week", "month", "year",
                       "few", "little", "lot"))
#: The cue of a cap just before its amount.
_CAP_RE = re.compile(r"(?:\bnever\s+(?:\w+\s+){0,2}more\s+than|\bno\s+more\s+than|\bat\s+most|\bmaximum\s+(?:of\s+)?"
                     r"|\bcapped\s+at|\blimit\s+(?:of\s+)?|\bcap\s+(?:of\s+)?)\s*$", re.IGNORECASE)
#: The cue of a floor in money just before its amount.
_FLOOR_RE = re.compile(r"\bminimum\s+(?:charge\s+|fee\s+)?(?:of\s+|is\s+)?\s*$", re.IGNORECASE)
#: A floor in time: "a minimum charge of 30 minutes", "with a minimum of 4 hours".
_TIME_FLOOR_RE = re.compile(r"\bminimum\s+(?:charge\s+)?(?:of\s+)?(\d{1,3})\s+(minutes?|hours?)\b", re.IGNORECASE)
#: The period a bound holds for, after its amount: "per calendar day", "in one travel day", "for a calendar day".
_PERIOD_RE = re.compile(r"\s*[^.;:]{0,50}?\b(?:per|in\s+one|for\s+(?:a|one|each)|a|an|each)\s+"
                        r"(?:calendar\s+|travel\s+|single\s+)?([a-z]{3,12})\b", re.IGNORECASE)
#: How far after a rate its bound may be written (the same sentence or the next).
_WINDOW = 220
#: Words that say a claim applies a bound (such a claim is read by the figures it writes, not as a plain product).
_BOUND_WORDS_RE = re.compile(r"\b(?:cap|caps|capped|maximum|minimum|limit|at most|more than|less than|"
                             r"at least|no more|under|over|reach(?:es|ed)?|hits?)\b", re.IGNORECASE)
#: A count of a unit in a claim: "26 miles", "15 trips", "10 started hours", "one started quarter-hour", "11-minute".
_COUNT_RE = re.compile(r"(?<![\d.,])(\d{1,4}(?:[.,]\d+)?|[a-z]+)[\s-]+(?:started\s+|full\s+)?"
                       r"(quarter[- ]hours?|half[- ]hours?|[a-z]{2,12})\b", re.IGNORECASE)
#: A clock time as a customer writes it: "6:30am", "16:10", "4pm", "kl. 7.15".
_CLOCK_RE = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d%])", re.IGNORECASE)
#: One range of clock times: "from 6:30am to 4:10pm", "09:00-17:30".
_RANGE_RE = re.compile(r"\b(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)\s*(?:to|until|till|-|–)\s*"
                       r"(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)(?![\d])", re.IGNORECASE)


class BoundedRate(NamedTuple):
    """A rate and the bound a source writes after it."""

    rates: frozenset[float]  # the rate's readings ("$60.000" is 60 or 60000)
    unit: str  # the rate's unit, singular: "mile", "trip", "hour", "minute"
    block: float  # how many units one rate buys: 15 of "per started 15 minutes", else 1
    kind: str  # "cap", "floor" (money) or "time floor" (a minimum usage in minutes)
    bounds: frozenset[float]  # the bound's readings (minutes for a time floor)
    period: str  # the period the bound holds for ("day", "journey"), "" when none is written


def _singular(word: str) -> str:
    word = word.lower().replace(" ", "-")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _same_unit(a: str, b: str) -> bool:
    return _singular(a) == _singular(b) or stem(_singular(a)) == stem(_singular(b))


def _minutes(unit: str) -> float | None:
    return _MINUTES.get(_singular(unit).replace("-", " ")) or _MINUTES.get(_singular(unit))


def _count(word: str) -> float | None:
    word = word.lower()
    if word in NUMBER_WORDS:
        word = NUMBER_WORDS[word]
    try:
        return float(word.replace(",", "."))
    except ValueError:
        return None


def _rate_unit(text: str, amount: LocaleAmount) -> tuple[str, float] | None:
    after = _RATE_UNIT_RE.match(text, amount.end)
    if after is not None and after.group(2).lower() not in _NO_UNITS:
        return _singular(after.group(2)), float(after.group(1) or 1)
    before = _EACH_UNIT_RE.search(text[max(0, amount.start - 80):amount.start])
    if before is not None and before.group(1).lower() not in _NO_UNITS:
        return _singular(before.group(1)), 1.0
    return None


def _floor_of_charge(cue: str, text: str, end: int) -> bool:
    """Is a minimum the charge's ("a minimum charge of £95", "minimum fee", "a minimum of 12.000 JD per batch"),
    not an order's or a spend's that unlocks something ("free delivery with a minimum of $50")?"""
    return bool(re.search(r"charge|fee", cue, re.IGNORECASE)) or bool(_period(text, end))


def _period(text: str, end: int) -> str:
    found = _PERIOD_RE.match(text, end)
    return _singular(found.group(1)) if found is not None else ""


@text_cache()
def _bounded_in(text: str) -> tuple[BoundedRate, ...]:
    amounts = locale_amounts(text)
    found: list[BoundedRate] = []
    for index, amount in enumerate(amounts):
        unit = _rate_unit(text, amount)
        if unit is None:
            continue
        stop = amounts[index + 1].start if index + 1 < len(amounts) else len(text)
        following = [a for a in amounts[index + 1:] if a.start - amount.end <= _WINDOW]
        for bound in following:
            before = text[max(0, bound.start - 40):bound.start]
            floor = _FLOOR_RE.search(before)
            kind = "cap" if _CAP_RE.search(before) else "floor" if floor and _floor_of_charge(
                floor.group(0), text, bound.end) else ""
            if kind:
                found.append(BoundedRate(amount.values, unit[0], unit[1], kind, bound.values,
                                         _period(text, bound.end)))
            elif _rate_unit(text, bound) is not None:
                break  # the next rate: the bounds after it are its own
        floor = _TIME_FLOOR_RE.search(text, amount.end, min(len(text), amount.end + _WINDOW))
        if floor is not None and _minutes(unit[0]) is not None and floor.start() < stop:
            minutes = _minutes(floor.group(2))
            if minutes is not None:
                found.append(BoundedRate(amount.values, unit[0], unit[1], "time floor",
                                         frozenset((float(floor.group(1)) * minutes,)), ""))
    return tuple(found)


def bounded_rates(texts: Iterable[str]) -> tuple[BoundedRate, ...]:
    """Every rate with a cap or a floor the ``texts`` write after it (:class:`BoundedRate`)."""
    return tuple(rate for text in texts for rate in _bounded_in(text))


def _counts(claim: str, unit: str) -> list[tuple[float, str, int]]:
    """The counts of ``unit`` (or, for a unit of time, of any unit of time) the claim writes, with their unit."""
    found = []
    for match in _COUNT_RE.finditer(claim):
        value = _count(match.group(1))
        word = match.group(2)
        if value is None or value <= 0:
            continue
        if _same_unit(word, unit) or (_minutes(unit) is not None and _minutes(word) is not None):
            found.append((value, _singular(word), match.end()))
    return found


def _usage(count: float, word: str, rate: BoundedRate) -> float | None:
    """The usage in the rate's blocks: 10 hours at "per started hour" is 10, one quarter-hour at "per 15 minutes" 1."""
    if _same_unit(word, rate.unit):
        return count / rate.block
    own, theirs = _minutes(word), _minutes(rate.unit)
    if own is None or theirs is None:
        return None
    return count * own / (theirs * rate.block)


def _figure(claim: str, amount: LocaleAmount) -> frozenset[str]:
    return numbers_in(claim[amount.start:amount.end])


def _per_period(texts: Iterable[str], rate: BoundedRate) -> list[float]:
    """A record's counts of the rate's unit per period of the bound ("trips per day Mon: 4"), in order."""
    if not rate.period:
        return []
    counts = []
    for text in texts:
        for _, field, value in record_lines(text):
            words = re.findall(r"[a-z]+", field)
            if (any(_same_unit(w, rate.unit) for w in words) and rate.period in map(_singular, words)
                    and re.fullmatch(r"\d{1,4}", value.strip())):
                counts.append(float(value))
    return counts


def _one_clock_range(user_text: str) -> bool:
    """Does the customer's message write one forward range of clock times (a usage inside one day)?"""
    ranges = _RANGE_RE.findall(user_text)
    if len(ranges) != 1:
        return False
    start, end = (_clock_minutes(part) for part in ranges[0])
    return start is not None and end is not None and end > start


def _clock_minutes(text: str) -> float | None:
    found = _CLOCK_RE.search(text)
    if found is None:
        return None
    hour, minute, half = int(found.group(1)), int(found.group(2) or 0), (found.group(3) or "").lower()
    if hour > 23 or minute > 59:
        return None
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    return hour * 60.0 + minute


def _capped_sum(counts: list[float], rate: float, cap: float) -> float:
    return sum(min(n * rate, cap) for n in counts)


def capped_misses(claim: str, source_texts: Iterable[str], user_text: str = "") -> frozenset[str]:
    """The charge figures of ``claim`` that are the plain product of its usage and a source's rate where the rate's
    cap or floor changes the charge (see the module's account); empty when no bound applies or the claim names one."""
    if not READ_CAPPED_CHARGES or _BOUND_WORDS_RE.search(claim):
        return frozenset()
    texts = tuple(source_texts)
    rates = bounded_rates(texts)
    if not rates:
        return frozenset()
    amounts = locale_amounts(claim)
    wrong: set[str] = set()
    for rate in rates:
        for count, word, _ in _counts(claim, rate.unit):
            usage = _usage(count, word, rate)
            if usage is None:
                continue
            for amount in amounts:
                products = {usage * r for r in rate.rates} if usage == int(usage) else set()
                if not any(same_amount(v, p) for v in amount.values for p in products):
                    continue
                if _outside(rate, usage, products, texts, user_text, amount):
                    wrong |= _figure(claim, amount)
    return frozenset(wrong)


def _outside(rate: BoundedRate, usage: float, products: set[float], texts: tuple[str, ...], user_text: str,
             amount: LocaleAmount) -> bool:
    """Is the plain product ``products`` of ``usage`` against the rate's bound?"""
    if rate.kind == "floor":
        return all(p < b and not same_amount(p, b) for p in products for b in rate.bounds)
    if rate.kind == "time floor":
        return all(usage * rate.block * (_minutes(rate.unit) or 0) < b for b in rate.bounds)
    if not all(p > b and not same_amount(p, b) for p in products for b in rate.bounds):
        return False
    periods = _per_period(texts, rate)
    if periods and math.isclose(sum(periods), usage * rate.block):
        return not any(same_amount(v, _capped_sum(periods, r, b)) for v in amount.values
                       for r in rate.rates for b in rate.bounds)
    return rate.period == "day" and _one_clock_range(user_text)


def capped_figures(left: set[str], claim: str, user_text: str, source_texts: Iterable[str]) -> frozenset[str]:
    """The figures of ``left`` (the claim's unexplained figures) that a bounded rate gives: one period's capped charge
    or the capped sum over the periods a record counts, or a floor in time charged at the rate when the claim's or
    the customer's usage is under it."""
    if not READ_CAPPED_CHARGES or not left:
        return frozenset()
    texts = tuple(source_texts)
    rates = bounded_rates(texts)
    if not rates:
        return frozenset()
    held: set[str] = set()
    for figure in left:
        try:
            value = float(figure)
        except ValueError:
            continue
        for rate in rates:
            if _gives(value, rate, texts, claim, user_text):
                held.add(figure)
                break
    return frozenset(held)


def _gives(value: float, rate: BoundedRate, texts: tuple[str, ...], claim: str, user_text: str) -> bool:
    if rate.kind == "cap":
        periods = _per_period(texts, rate)
        if not periods:
            return False
        charges = {min(n * r, b) for n in periods for r in rate.rates for b in rate.bounds}
        charges |= {_capped_sum(periods, r, b) for r in rate.rates for b in rate.bounds}
        return any(same_amount(value, c) for c in charges)
    if rate.kind != "time floor":
        return False
    usages = [_usage(count, word, rate) for text in (claim, user_text) for count, word, _ in _counts(text, rate.unit)]
    minutes = (_minutes(rate.unit) or 0) * rate.block
    under = [u for u in usages if u is not None and all(u * minutes < b for b in rate.bounds)]
    if not under:
        return False
    return any(same_amount(value, math.ceil(b / minutes - 1e-9) * r) for b in rate.bounds for r in rate.rates)

"""Figures a healthy answer works out from the customer's own figure beyond a limit the evidence gives, and
amounts restated in the other unit of their currency.

"Free for the first 25 miles; the other 15 miles are 90p each way, so 15 x £0.90 x 2 = £27" (the customer's venue
is 40 miles away), "The wedding package covers 6 hours for £520; two extra hours at £60 each make it £640" (the
customer wants 8 hours), "Roughly £10.6k: the £9,400 package covers 80, and the other 15 are £78 each" (95
guests): the count beyond the limit is the customer's figure less a figure the evidence gives, and the total is
that count times a rate (times a doubling the words imply: "each way"), plus a base the claim states. The
derived-figure search of :class:`~llmops_kit.evidence_derived.DerivedFigures` takes the answer's grounded
figures as operands, and a count that is no figure of the evidence is no operand there, so every step after it
read as invented. "£0.90" of "90p" (and "90p" of "£0.90") is the same amount in the other unit of its currency,
no new figure.

Narrow on purpose: the count must be written in the claim, be the customer's figure less a figure of the claim
that a source holds (of the same unit, when both give one), and the figures it reaches are only the count
times a rate the claim states and a source holds (times an implied doubling), plus one base amount of the
claim; a result must match to the penny, or, for a total the claim hedges in thousands ("roughly £10.6k"), to
that figure's own rounding. A wrong rate, a wrong count, a product that does not come out, or an operand
nobody gave stays unexplained.

The mirror fault is flagged (:func:`charged_allowances`, the ``arith47`` round): a step that charges the customer's
whole count at the rate a source gives after an allowance, "130 km × 6 = 780 Kč" for the customer's 130 km where
"the first 100 km of each trip are included, then 6 Kč/km". The product is returned as a figure no source holds.
Only the whole count of the customer's own figure, of the allowance's unit, beyond the allowance, times the rate
after it: "30 km × 6" (the count beyond) and another rate are left alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable

from .arithmetic_steps import implied_factors, rounding
from .evidence_readers import is_numeric
from .text import numbers_in, quantities, typed_quantities
from .text.arithmetic import marked_after, minor_unit_amounts, written_arithmetic
from .text.numbers import normalise_number
from .textcache import text_cache

__all__ = ["READ_ALLOWANCE_STEPS", "READ_CHARGED_ALLOWANCES", "allowance_results", "beyond_counts",
           "charged_allowances", "restated_in_other_unit"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle
#: a figure before the decision.
READ_ALLOWANCE_STEPS = True
#: The customer's whole count charged at the rate after an allowance ("130 km × 6 = 780 Kč" where the first 100 km
#: are included) is flagged; the ``arith47`` round, off in the claim-decision fit.
READ_CHARGED_ALLOWANCES = True

_PENNY = 0.005
#: A figure written as a multiplier: "x 2", "× 2", "* 2", "times 2".
_MULTIPLIER_RE = re.compile(r"(?:[x×*]|\btimes)\s?(\d+)\b", re.IGNORECASE)
#: A figure written as the result of a sum: "= £27", "= CHF 10".
_EQUALS_RE = re.compile(r"=\s*(?:[A-Z]{3}\s?|[£$€¥]\s?)?(\d[\d,]*(?:\.\d+)?)")
#: A total given in thousands ("£10.6k", "$12k").
_THOUSANDS_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s?k\b", re.IGNORECASE)
#: A hedge that lets a total in thousands be rounded to its last written place.
_HEDGE_RE = re.compile(r"\b(?:roughly|about|around|approximately|approx|nearly|just under|just over)\b|[≈~]",
                       re.IGNORECASE)

#: An allowance and the rate after it, in one sentence of a source: "the first 100 km of each trip are included,
#: then 6 Kč/km", "the first 50 miles are free, then 45p per mile".
_ALLOWANCE_RE = re.compile(r"\bfirst\s+(\d+)\s?([a-z]{1,10})\b[^.;:]{0,60}?\b(?:included|free)\b[^.;]{0,20}?\bthen\s+"
                           r"(\d+(?:[.,]\d+)?)\s?(?:[^\s\d/]{1,3}\s?)?(?:/\s?|per\s+|an?\s+)([a-z]{1,10})\b",
                           re.IGNORECASE)
#: A written step of a count of a unit times a bare rate: "130 km × 6 = 780 Kč".
_CHARGED_STEP_RE = re.compile(r"(?<![\d.,])(?<!\d\s)(\d+)\s?([a-z]{1,10})\s?[×x*]\s?(\d+(?:[.,]\d+)?)\s?=\s?\D{0,4}?"
                              r"(\d[\d \u00a0\u202f,.]*\d|\d)", re.IGNORECASE)


@text_cache()
def _allowances(texts: tuple[str, ...]) -> tuple[tuple[float, str, float], ...]:
    """The allowances the texts give with the rate after them, as (count included, unit, rate): one per sentence
    that names both ("the first 100 km ... included, then 6 Kč/km"), the rate's unit the allowance's own."""
    found = []
    for text in texts:
        if "first" not in text:
            continue
        for m in _ALLOWANCE_RE.finditer(text):
            if m.group(2).lower() == m.group(4).lower():
                found.append((float(m.group(1)), m.group(2).lower(), float(m.group(3).replace(",", "."))))
    return tuple(found)


def charged_allowances(claim: str, texts: tuple[str, ...], question: str) -> tuple[str, ...]:
    """The products of the claim's written steps that charge the customer's whole count at the rate after an
    allowance (:data:`READ_CHARGED_ALLOWANCES`): "130 km × 6 = 780 Kč" for the question's 130 km where the first
    100 km are included, then 6 Kč/km. ``texts``: the sources; ``question``: the customer's words."""
    if not READ_CHARGED_ALLOWANCES or not question or ("×" not in claim and " x " not in claim):
        return ()
    steps = list(_CHARGED_STEP_RE.finditer(claim))
    if not steps:
        return ()
    allowances = _allowances(texts)
    if not allowances:
        return ()
    asked = {(float(n), unit) for n, unit in quantities(question) if is_numeric(n)}
    out = []
    for step in steps:
        count, unit, rate = float(step.group(1)), step.group(2).lower(), float(step.group(3).replace(",", "."))
        if (count, unit) not in asked:
            continue
        if any(unit == kind and count > included and abs(rate - after) < _PENNY
               for included, kind, after in allowances):
            out.append(normalise_number("".join(step.group(4).split())))
    return tuple(out)


def restated_in_other_unit(left: Iterable[str], claim: str, held: Callable[[str], bool],
                           held_minor: frozenset[str]) -> frozenset[str]:
    """The figures of ``left`` that are an amount of money a source holds, restated in the other unit of its
    currency: "£0.90" where "90p" is held (a source writes it, or the claim writes it and a source holds the
    number), "90p" where 0.90 is held as money. ``held``: does a source hold this number; ``held_minor``: the
    numbers the sources write in a minor unit ("90p")."""
    if not READ_ALLOWANCE_STEPS:
        return frozenset()
    money = {q.split(" ")[0] for q in typed_quantities(claim) if q.endswith(" money")}
    minor = minor_unit_amounts(claim)
    out = set()
    for n in left:
        if not is_numeric(n):
            continue
        if n in money and not n.startswith("-") and math.isfinite(float(n)):  # a run of 400 digits is no cents
            cents = normalise_number(f"{round(float(n) * 100)}")
            if abs(float(n) * 100 - round(float(n) * 100)) < 1e-6 and (
                    cents in held_minor or (cents in minor and held(cents))):
                out.add(n)
        elif n in minor and held(normalise_number(f"{float(n) / 100:.2f}")):
            out.add(n)
    return frozenset(out)


def beyond_counts(claim: str, customer: Iterable[tuple[str, str]], held: Callable[[str], bool]) -> frozenset[float]:
    """The counts the claim writes that are a figure of the customer's less a figure of the claim a source holds,
    of the same unit when both give one: "the other 15 miles" of the customer's 40 miles beyond "the first 25
    miles"; "two extra hours" of 8 hours where the package "covers 6 hours"."""
    written = {float(n) for n in numbers_in(claim) if is_numeric(n)}
    # a limit is a count or a measure, never an amount of money or a share
    money = {q.split(" ")[0] for q in typed_quantities(claim) if q.endswith(" money")} | minor_unit_amounts(claim)
    limits = [(float(n), unit if unit[:1].isalpha() else "") for n, unit in quantities(claim)
              if is_numeric(n) and n not in money and unit != "%" and held(n)]
    if not written or not limits:
        return frozenset()
    out = set()
    for value, unit in customer:
        if not is_numeric(value):
            continue
        mine = float(value)
        for limit, kind in limits:
            count = mine - limit
            if count > 0 and count in written and (not kind or not unit or kind == unit):
                out.add(count)
    return frozenset(out)


def allowance_results(left: Iterable[str], claim: str, customer: Iterable[tuple[str, str]],
                      held: Callable[[str], bool]) -> frozenset[str]:
    """The figures of ``left`` the claim works out from a count beyond a limit (:func:`beyond_counts`): the count
    itself (never as an amount of money), the count times a rate the claim states (times a doubling its words
    imply), plus a base amount of the claim; and the written multiplier of that doubling ("x 2" beside "each
    way")."""
    if not READ_ALLOWANCE_STEPS:
        return frozenset()
    left = [n for n in left if is_numeric(n)]
    if not left:
        return frozenset()
    counts = beyond_counts(claim, customer, held)
    if not counts:
        return frozenset()
    amounts = [float(q.split(" ")[0]) for q in typed_quantities(claim)
               if q.endswith(" money") and held(q.split(" ")[0])]
    amounts += [float(n) / 100 for n in minor_unit_amounts(claim) if is_numeric(n) and held(n)]
    # an amount with its currency after the figure is money too ("220,00 € covers the first 6")
    amounts += [float(n) for n in marked_after(claim) if is_numeric(n) and held(n) and float(n) not in amounts]
    factors = implied_factors(claim)
    products = [(n * r * f, r) for n in counts for r in amounts for f in (1.0, *factors)]
    # plus a base: another amount of the claim than the rate ("£520 ... two extra hours at £60 each: £640")
    totals = {p for p, _ in products} | {b + p for b in amounts for p, r in products if b != r}
    reached = set(counts) | totals
    # the count itself is a number of things, never an amount: "30 minutes comes to GBP 19.00" of 11 lessons
    money = ({q.split(" ")[0] for q in typed_quantities(claim) if q.endswith(" money")} | minor_unit_amounts(claim)
             | marked_after(claim))
    out = {n for n in left if any(abs(float(n) - x) < _PENNY for x in (totals if n in money else reached))}
    # what the claim writes out ("15 x £0.90 x 2 = £13.50") stands only if its own sum comes out: a leg dropped
    # from a written product is no step, and its result and its doubling are figures nobody gave
    steps = written_arithmetic(claim) if "=" in claim else ()
    if out and "=" in claim:
        right = {c for _, _, c in steps}
        equated = {normalise_number(m.group(1)) for m in _EQUALS_RE.finditer(claim)}
        out = {n for n in out if n in right or n not in equated}
    if factors:  # the doubling written as a multiplier of a sum that comes out: "15 x £0.90 x 2 = £27"
        written = {m.group(1) for m in _MULTIPLIER_RE.finditer(claim)}
        used = {a for a, _, _ in steps} | {b for _, b, _ in steps}
        out |= {n for n in left if n in written and n in used and float(n) in factors}
    if _HEDGE_RE.search(claim):
        for m in _THOUSANDS_RE.finditer(claim):
            whole = float(m.group(1)) * 1000
            slack = rounding(m.group(1), float(m.group(1))) * 1000
            if any(abs(whole - x) <= slack for x in reached):
                out |= {n for n in left if float(n) in (float(m.group(1)), whole)}
    return frozenset(out)

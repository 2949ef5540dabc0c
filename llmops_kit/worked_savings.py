"""A saving or a share the answer works out from amounts it writes itself must match their arithmetic: "5 ×
KSh 3,500 = KSh 17,500, so the pack at KSh 15,000 saves KSh 3,500" is 2,500, and "2 × $45.000 + 2 × $25.000 =
$140.000 CLP. The 50% deposit is $75.000 CLP" is $70.000, even when a source holds the wrong figure by chance
(the single lesson's KSh 3,500).

The groundedness check holds a figure any source states, and the derived-figure search reaches a figure from
any two of the answer's grounded figures; a worked saving or share is then never checked against the operands
the answer itself wrote. Read only when the answer shows its working (a written "=" step), the claim names a
saving ("saves (you) X", "a saving of X") or a share ("the 50% deposit is X"), and nothing hedges it:

- a saving, when the claim writes an amount it compares besides ("the pack at KSh 15,000", "would be £190"),
  must be the difference of two other amounts of money the answer writes ("£190 ... £170" for "saves you £20"),
  or that difference times a count the claim writes ("5 copies at £34 instead of £38 saves you £20");
- a share must be that percentage of another amount of money the answer writes, to the unit it shows (or the
  part of it the percentage is when included in it: 20% VAT within £120 is £20).

A saving the answer states without the amounts it compares ("booking online saves you £5") is left to the
groundedness check as before. Switched off by :data:`READ_WORKED_SAVINGS` in the claim-decision fit.

Where a source allows one offer only ("Only one offer per booking", "discounts cannot be combined"), a saving the
claim states that is two offers added is contradicted (:func:`stacked_savings`, the ``arith47`` round): "Member 25%
off brings it to ₹2,700, and the early-bird ₹400 off per hour takes ₹800 more: a saving of ₹1,700" is 25% of the
answer's ₹3,600 plus its ₹800, while the rule gives the bigger of the two. Read only when the saving is neither of
the two alone; switched off by :data:`READ_STACKED_OFFERS`.
"""

from __future__ import annotations

import re

from .own_results import amounts_in
from .text import numbers_in
from .textcache import text_cache

__all__ = ["READ_STACKED_OFFERS", "READ_WORKED_SAVINGS", "stacked_savings", "wrong_worked_figures"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle
#: a figure before the decision.
READ_WORKED_SAVINGS = True
#: A saving of two offers added where a source allows one offer only (the ``arith47`` round); off in the fit.
READ_STACKED_OFFERS = True

#: "saves KSh 3,500", "saves you £30", "a saving of €12": the saved amount follows within a few characters.
_SAVING_RE = re.compile(r"\b(?:saves?|saving)(?:\s+(?:you|them|us|him|her|each|both))?(?:\s+(?:of|by))?\s+"
                        r"((?:[A-Z]{1,3}\s?|[$€£¥₩R]\s?)?\d[\d,.\u00a0\u202f ]*\d|[$€£¥₩]\s?\d+)(?:\s?[A-Z]{3}\b)?",
                        re.IGNORECASE)
#: "The 50% deposit is $75.000", "your 25% balance comes to £40": a share named by its percentage.
_SHARE_RE = re.compile(r"\b(\d{1,3})\s?%\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:is|comes to|will be|would be)\s+"
                       r"((?:[A-Z]{1,3}\s?|[$€£¥₩]\s?)?\d[\d,.]*\d|[$€£¥₩]\s?\d+)(?:\s?[A-Z]{3}\b)?", re.IGNORECASE)
_HEDGE_RE = re.compile(r"\b(?:about|around|roughly|approximately|approx|nearly|almost|up to|over|under|at least|"
                       r"more than|less than)\b|[≈~]", re.IGNORECASE)
_TOLERANCE = 0.005
#: A source's rule that offers do not combine: "Only one offer per booking", "discounts cannot be combined".
_ONE_OFFER_RE = re.compile(r"\bonly one (?:offer|discount|promotion|deal|voucher|code)\b|\b(?:offers|discounts|"
                           r"promotions|deals|vouchers|codes)\s+(?:can ?not|can't|do not|don't|won't)\s+(?:be\s+)?"
                           r"(?:combined|stacked)\b", re.IGNORECASE)
#: A saving named with any currency's mark before it: "a saving of ₹1,700", "saves you 1 700 Kč".
_MARKED_SAVING_RE = re.compile(r"\b(?:saves?|saving)(?:\s+(?:you|them|us|him|her|each|both))?(?:\s+(?:of|by))?\s+"
                               r"(?:[^\s\d]{1,3}\s?)?(\d[\d,.]*\d|\d)(?![\d%])", re.IGNORECASE)
#: A percentage the answer writes: "Member 25% off".
_PERCENT_RE = re.compile(r"(?<![\d.,])(\d{1,2}(?:\.\d+)?)\s?%")


def _figure(text: str) -> str | None:
    """The one number a short span writes, as the number reader normalises it."""
    found = numbers_in(text)
    return next(iter(found)) if len(found) == 1 else None


@text_cache()
def _money(answer_text: str) -> frozenset[str]:
    """The answer's amounts of money, as the number reader normalises them."""
    return amounts_in(answer_text) & numbers_in(answer_text)


def _is_difference(target: float, amounts: list[float], counts: frozenset[float]) -> bool:
    """Is ``target`` the difference of two amounts, once or a count of the claim's times ("5 copies ... saves you
    £20" of £38 and £34 each)?"""
    factors = (1.0, *counts)
    return any(abs(k * abs(a - b) - target) < _TOLERANCE
               for i, a in enumerate(amounts) for b in amounts[i + 1:] for k in factors)


def _counts(claim: str, money: frozenset[str]) -> frozenset[float]:
    """The whole numbers from 2 to 100 the claim writes that are not amounts of money: counts a saving may be per."""
    out = set()
    for n in numbers_in(claim) - money:
        try:
            value = float(n)
        except ValueError:
            continue
        if value.is_integer() and 2 <= value <= 100:
            out.add(value)
    return frozenset(out)


def _is_share(target: float, share: float, amounts: list[float], places: int) -> bool:
    """Is ``target`` the share of one of the amounts, on top of it or inside it ("20% VAT" of £100 is £20; of
    £120 with VAT included, £20 too), to the places it shows?"""
    slack = 0.5 * 10 ** -places + 1e-9 if places else 0.5 + 1e-9
    return any(abs(part * a - target) <= slack for a in amounts for part in (share, share / (1 + share)))


def wrong_worked_figures(claim: str, answer_text: str) -> tuple[str, ...]:
    """The savings and shares ``claim`` names that do not follow from the other amounts ``answer_text`` (the
    whole answer, which must write a "=" step) writes. Cheap: word and character tests before any pattern."""
    if not READ_WORKED_SAVINGS or not claim or "=" not in answer_text:
        return ()
    lowered = claim.lower()
    saving = "sav" in lowered
    share = "%" in claim
    if (not saving and not share) or _HEDGE_RE.search(claim) is not None:
        return ()
    money = _money(answer_text)
    if len(money) < 3:
        return ()
    wrong: list[str] = []
    if saving and not share:
        own = amounts_in(claim) & numbers_in(claim)
        for match in _SAVING_RE.finditer(claim):
            figure = _figure(match.group(0)[match.start(1) - match.start():])
            if figure is None or figure not in money:
                continue
            others = [float(n) for n in money if n != figure]
            # the claim writes what the saving compares ("the pack at KSh 15,000", "would be £190")
            if not own - {figure}:
                continue
            if len(others) >= 2 and not _is_difference(float(figure), others, _counts(claim, money)):
                wrong.append(figure)
    if share:
        for match in _SHARE_RE.finditer(claim):
            figure = _figure(match.group(0)[match.start(2) - match.start():])
            if figure is None or figure not in money:
                continue
            places = len(figure.split(".")[1]) if "." in figure else 0
            others = [float(n) for n in money if n != figure]
            if others and not _is_share(float(figure), int(match.group(1)) / 100, others, places):
                wrong.append(figure)
    return tuple(dict.fromkeys(wrong))


@text_cache()
def _one_offer_only(texts: tuple[str, ...]) -> bool:
    """Does a source allow one offer only ("Only one offer per booking")? Read once per request's sources."""
    return any(_ONE_OFFER_RE.search(text) for text in texts)


def stacked_savings(claim: str, answer_text: str, texts: tuple[str, ...]) -> tuple[str, ...]:
    """The savings ``claim`` names that add two offers where a source allows one (:data:`READ_STACKED_OFFERS`): a
    percentage the answer writes of one of its amounts, plus another amount it writes, neither of them the saving
    itself. ``texts``: the sources, read for the rule only when the claim names a saving."""
    if not READ_STACKED_OFFERS or "sav" not in claim.lower() or "%" not in answer_text:
        return ()
    if not _one_offer_only(texts):
        return ()
    money = [float(n) for n in _money(answer_text)]
    shares = {float(p) / 100 * a for p in _PERCENT_RE.findall(answer_text) for a in money}
    wrong = []
    for match in _MARKED_SAVING_RE.finditer(claim):
        figure = _figure(match.group(1))
        if figure is None:
            continue
        saving = float(figure)
        if any(abs(x - saving) < _TOLERANCE for x in shares):
            continue  # one offer: the percentage's saving
        if any(abs(x + y - saving) < _TOLERANCE for x in shares for y in money
               if abs(y - saving) >= _TOLERANCE and abs(x - y) >= _TOLERANCE):
            wrong.append(figure)
    return tuple(dict.fromkeys(wrong))

"""A rate worked into a result although the sentence that holds the rate qualifies it for the claim's own case.

"4 unused hours at £35 an hour: you'd get £140 back" against "Unused hours are refunded at £35 an hour, less a £20
admin fee"; "Service £89 plus CP12 £70 = £159" against "A CP12 is £70 on its own or £50 when booked with a
service". Every figure of such a claim is held and its arithmetic is right, so no hard-fact or derived-figure step
objects: only the qualifier written beside the rate in its own sentence can. Three qualifiers are read, each
mechanically, from one evidence sentence:

* a deduction after the rate, "<rate>, less / minus a <money> <fee / charge / deduction>": the claim writes the
  rate and a result that is a count it writes times the rate ("4 ... at £35 ...: £140"), and the answer writes
  neither the deduction's amount nor the result less it, nor names a deduction in words ("less the admin fee");
* a price for a bundle, "<A> on its own / alone / separately, or <B> when / if booked / bought / taken with <Y>":
  the claim writes A and adds another amount of its own to it in a sum it writes (A + S = T), the claim names Y
  (every word of Y it names, "a service" by "Service"), and the answer does not write B;
* a cap after the rate, "<rate>, capped at / up to a maximum of / to a maximum of <money>": the claim writes the
  rate and a result that is a count it writes times the rate, above the cap, and the answer neither writes the cap
  nor names one ("capped", "maximum").

Controls stay held: "£140 less the £20 fee: £120" (the deduction written), "CP12 on its own is £70" (no sum, no
service), "3 days at AUD 95 is AUD 285" under an AUD 290 cap. A qualifier in another sentence, a rate the claim
does not write, a result from some other arithmetic, and a condition that needs knowledge are left alone. Read by
the groundedness check beside :func:`llmops_kit.customer_conditions.excepted_total`; switched off by
``READ_QUALIFIED_RATES`` in the claim-decision fit.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Evidence
from .text.char_scans import has_digit, holds_any
from .text.money_amounts import MONEY_MARK, PER_UNIT, figure_values, money_amounts, same_amount
from .text.split import sentences_of

__all__ = ["READ_QUALIFIED_RATES", "omitted_qualifier"]

#: Switch: read a rate's own qualifier that a worked result leaves out (``omit42`` round).
READ_QUALIFIED_RATES = True

#: An amount of money with its mark before it ("£35", "AUD 290", "R 1 200").
_MONEY_RE = re.compile(MONEY_MARK + r"\s?\d[\d,. ]*\d|" + MONEY_MARK + r"\s?\d")
#: Cheap cues a sentence must hold before its qualifiers are read.
_CUES = ("less ", "minus ", "own", "alone", "separately", "capped", "maximum")
#: A deduction right after the rate: ", less a £20 admin fee", "minus the €5 handling charge".
_DEDUCTION_RE = re.compile(r"^\s*,?\s*(?:less|minus)\s+(?:a|an|the|our)?\s*(" + MONEY_MARK + r"\s?\d[\d,.]*)"
                           r"\s+(?:[a-z-]+\s+){0,2}(?:fee|charge|deduction|cost)\b", re.IGNORECASE)
#: A bundle after the stand-alone price: "on its own or £50 when booked with a service".
_ALONE_RE = re.compile(r"^\s*,?\s*(?:on\s+its\s+own|on\s+their\s+own|alone|by\s+itself|separately|stand-?alone)\s*,?"
                       r"\s*(?:or|but|and)\s+(?:only\s+|just\s+)?(" + MONEY_MARK + r"\s?\d[\d,.]*)\s+(?:when|if)\s+"
                       r"(?:it\s+is\s+|it's\s+)?(?:booked|bought|taken|ordered|purchased|added|combined|done)\s+"
                       r"(?:together\s+)?with\s+([^,.;()]+)", re.IGNORECASE)
#: A cap right after the rate: ", capped at AUD 290", "up to a maximum of £60".
_CAP_RE = re.compile(r"^\s*,?\s*(?:and\s+)?(?:capped\s+at|(?:up\s+)?to\s+a\s+maximum\s+of|with\s+a\s+maximum\s+of)\s+"
                     r"(" + MONEY_MARK + r"\s?\d[\d,.]*)", re.IGNORECASE)
#: The rate's unit between it and its qualifier: "£35 an hour, less ...", "£70 each, capped at ...".
_RATE_UNIT_RE = re.compile(r"\s*(?:" + PER_UNIT + r"[a-z]+\b|each\b)?", re.IGNORECASE)
#: A word, for naming a bundle's partner and finding it in the claim.
_WORD_RE = re.compile(r"[^\W\d_]+")
#: A deduction or a cap the answer names in words ("less the admin fee", "up to the weekly cap"): not left out.
_SAID_RE = re.compile(r"\b(?:less|minus|deduct\w*|fees?|charges?|capped|caps?|maximum|max)\b")
#: The small words of a bundle's partner left out when the claim must name it.
_PARTNER_FILLERS = frozenset({"a", "an", "the", "our", "your", "any", "one", "another", "same", "visit", "booking"})


class _Qualifier(NamedTuple):
    """A rate an evidence sentence qualifies right after writing it, and what qualifies it."""

    source: str
    sentence: str
    kind: str  # "deduction", "bundle" or "cap"
    rate: float
    figure: float  # the deduction, the bundle price or the cap
    partner: tuple[str, ...]  # the words naming what the bundle is booked with


def _qualifiers(evidence: Evidence) -> list[_Qualifier]:
    """Every rate an evidence sentence qualifies right after writing it, read once per request."""
    found: list[_Qualifier] = []
    for source in evidence.sources:
        text = source.text
        if not has_digit(text) or not holds_any(text, _CUES):
            continue
        for sentence in sentences_of(text):
            if not holds_any(sentence, _CUES):
                continue
            for match in _MONEY_RE.finditer(sentence):
                rates = money_amounts(match.group(0))
                if len(rates) != 1:
                    continue
                rest = sentence[match.end():]
                # the rate's unit may sit between it and the qualifier: "£35 an hour, less ..."
                unit = _RATE_UNIT_RE.match(rest)
                tail = rest[unit.end():] if unit else rest
                for kind, pattern in (("deduction", _DEDUCTION_RE), ("cap", _CAP_RE), ("bundle", _ALONE_RE)):
                    qualified = pattern.match(tail)
                    if qualified is None:
                        continue
                    figures = money_amounts(qualified.group(1))
                    if len(figures) != 1:
                        continue
                    partner: tuple[str, ...] = ()
                    if kind == "bundle":
                        partner = tuple(w for w in _WORD_RE.findall(qualified.group(2).lower())
                                        if w not in _PARTNER_FILLERS)
                        if not partner:
                            continue
                    found.append(_Qualifier(source.label, sentence, kind, rates[0], figures[0], partner))
    return found


def _product(claim_figures: list[float], money: list[float], rate: float) -> list[float]:
    """The results the claim writes as a count it writes times the rate."""
    counts = [n for n in claim_figures if n >= 2 and n == int(n) and not same_amount(n, rate)]
    return [t for t in money if any(same_amount(n * rate, t) for n in counts)]


def omitted_qualifier(claim: str, evidence: Evidence, answer_text: str = "") -> tuple[str, str, str] | None:
    """(source, sentence, what was left out) when the claim works a rate into a result although the rate's own
    sentence qualifies it for the claim's case and the answer applies none of it (see the module docstring)."""
    if not READ_QUALIFIED_RATES or not has_digit(claim):
        return None
    qualifiers = evidence.once("qualified_rates.qualifiers", _qualifiers)
    if not qualifiers:
        return None
    money = money_amounts(claim)
    if len(money) < 2:
        return None
    claim_figures = figure_values(claim)
    answer_figures = figure_values(answer_text or claim)
    lowered = claim.lower()
    said = _SAID_RE.findall((answer_text or claim).lower())  # the answer names a deduction or a cap in words
    for q in qualifiers:
        if not any(same_amount(q.rate, m) for m in money) or any(same_amount(q.figure, f) for f in answer_figures):
            continue
        if q.kind != "bundle" and said:
            continue
        if q.kind == "deduction":
            results = _product(claim_figures, money, q.rate)
            if results and not any(same_amount(t - q.figure, f) for t in results for f in answer_figures):
                return q.source, q.sentence, f"less {q.figure:g}"
        elif q.kind == "cap":
            if any(t > q.figure + 0.005 for t in _product(claim_figures, money, q.rate)):
                return q.source, q.sentence, f"capped at {q.figure:g}"
        else:
            others = [m for m in money if not same_amount(m, q.rate)]
            summed = any(same_amount(q.rate + s, t) for s in others for t in others if not same_amount(s, t))
            words = _WORD_RE.findall(lowered)
            named = all(any(w.startswith(p[:max(4, len(p) - 2)]) for w in words) for p in q.partner)
            if summed and named:
                return q.source, q.sentence, f"{q.figure:g} with {' '.join(q.partner)}"
    return None

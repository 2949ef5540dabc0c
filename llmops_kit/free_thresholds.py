"""A charge the evidence waives above an amount, applied on the wrong side of that amount: "It's under 100 kg, so
carriage is free" to clay "worth £190" against "Carriage is £18.00 for up to 100 kg and free over £400 ex VAT"; and
"NZ$140 + NZ$95 + NZ$50 = NZ$285, plus NZ$25 each way for delivery" against "We deliver ... for NZ$25 each way,
free when the hire comes to more than NZ$250".

Every figure of such a claim is held and its words are the article's; only the customer's amount held against the
article's free threshold can object, and that is a comparison of given figures. The threshold is read from an
evidence sentence (prose, not the customer's) saying a charge is "free over / above / more than / from / of at
least <amount>", with the charge's own amount before "free" in the same sentence. The customer's amount is an
amount of money the customer's message states, or, where it states none, the result of a sum the claim writes ("=
NZ$285"). A claim sharing a content word with that sentence (its subject: "carriage", "deliver") is then
contradicted when

- it says the charge is free (not denied) while no customer amount reaches the threshold ("over" is strict, "from"
  and "at least" are not); or
- it charges the sentence's amount for the charge ("plus NZ$25 each way") and says nothing free while every
  customer amount is past the threshold.

A threshold of another currency, a claim naming neither the charge's words nor its amount, and a customer with no
amount are left alone. A "free" the claim writes as the rule itself ("Shipping is $8.50 on a $60 order; it's free
over $75.00") restates the threshold and says nothing free for the customer: only a "free" outside such a phrase
counts (:data:`READ_RESTATED_THRESHOLDS`, the ``state51`` round). Read in :func:`llmops_kit.grounding.judge_claims`
with the other contradiction steps; switched off by :data:`READ_FREE_THRESHOLDS` in the claim-decision fit.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Evidence
from .text import content_stems
from .text.case_key import case_key
from .text.char_scans import has_digit
from .text.money_amounts import MONEY_MARK, money_amounts, same_amount
from .text.split import sentences_of
from .textcache import text_cache

__all__ = ["READ_FREE_THRESHOLDS", "READ_RESTATED_THRESHOLDS", "missed_free_threshold"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_FREE_THRESHOLDS = True
#: A "free" inside the claim's own restatement of the threshold ("free over $75.00") is the rule, not a waiver given
#: to the customer; off while the claim decision is fitted.
READ_RESTATED_THRESHOLDS = True

#: "free over £400", "free when the hire comes to more than NZ$250", "free for orders of at least €50".
_FREE_OVER_RE = re.compile(r"\bfree\b[^.;:]{0,40}?\b(?P<side>over|above|more than|from|of at least|at least|beyond)"
                           r"\s+(?P<amount>" + MONEY_MARK + r"\s?\d[\d,.]*)", re.IGNORECASE)
#: The sides of :data:`_FREE_OVER_RE` that leave the amount itself charged ("free over £400" charges £400).
_STRICT_SIDES = frozenset(("over", "above", "more than", "beyond"))
#: A claim saying the charge is free, and a denial of that; "the £400 free threshold" names the bound, not a gift.
_FREE_RE = re.compile(r"\bfree\b(?![\s-]+(?:threshold|limit|level|minimum|delivery threshold))|\bwaived\b"
                      r"|\bno charge\b", re.IGNORECASE)
_DENIED_RE = re.compile(r"n['’]t\b|\b(?:not|no longer|never)\b", re.IGNORECASE)
#: The result of a sum the claim writes: "= NZ$285".
_RESULT_RE = re.compile(r"=\s*(" + MONEY_MARK + r"\s?\d[\d,.]*)")
#: Words of a threshold sentence that name no charge.
_LIGHT = content_stems("free over above more than from least when hire comes order orders total")


class _Threshold(NamedTuple):
    """A charge the evidence waives from an amount: where it is said (source label and sentence), the amount and
    whether that amount itself is still charged (``strict``: "over £400"), the charge's own amounts and the stems
    naming it."""

    source: str
    sentence: str
    amount: float
    strict: bool
    fees: tuple[float, ...]
    subject: frozenset[str]


def _thresholds(evidence: Evidence) -> list[_Threshold]:
    """The free thresholds of the evidence's prose sentences (read once per request)."""
    return [threshold for source in evidence.sources if not source.user and source.prose
            for threshold in _source_thresholds(source.text, source.label)]


@text_cache(maxsize=2048)
def _source_thresholds(text: str, label: str) -> tuple[_Threshold, ...]:
    """One source's free thresholds (cached per source text and label: articles recur across requests)."""
    if "free" not in text.lower():
        return ()
    found = []
    for sentence in sentences_of(text):
        match = _FREE_OVER_RE.search(sentence)
        if match is None:
            continue
        amounts = money_amounts(match.group("amount"))
        fees = tuple(money_amounts(sentence[:match.start()]))
        if len(amounts) != 1 or not fees:
            continue
        subject = content_stems(sentence[:match.start()]) - _LIGHT
        found.append(_Threshold(label, sentence, amounts[0], case_key(match.group("side")) in _STRICT_SIDES, fees,
                                frozenset(s for s in subject if not s[0].isdigit())))
    return tuple(found)


def _on_free_side(amount: float, threshold: _Threshold) -> bool:
    """Is the customer's amount on the free side of the threshold?"""
    return amount > threshold.amount if threshold.strict else amount >= threshold.amount


def missed_free_threshold(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, threshold sentence, what the claim gets wrong) when the claim says a charge is free below the
    evidence's free threshold, or charges it above (see the module docstring), else None."""
    if not READ_FREE_THRESHOLDS or not has_digit(claim + evidence.user_text):
        return None
    thresholds = evidence.once("free_thresholds.thresholds", _thresholds)
    if not thresholds:
        return None
    customer = money_amounts(evidence.user_text) or [a for m in _RESULT_RE.finditer(claim)
                                                     for a in money_amounts(m.group(1))]
    if not customer:
        return None
    stems = content_stems(claim)
    # "it's free over $75.00" restates the rule: only a "free" outside such a phrase gives the customer a waiver
    waiver = _FREE_OVER_RE.sub(" ", claim) if READ_RESTATED_THRESHOLDS else claim
    said_free = _FREE_RE.search(waiver) is not None
    denied = _DENIED_RE.search(claim) is not None
    charged = money_amounts(claim)
    for threshold in thresholds:
        if not threshold.subject & stems:
            continue
        if said_free and not denied and not any(_on_free_side(a, threshold) for a in customer):
            return threshold.source, threshold.sentence, "free below the threshold"
        fee_named = any(same_amount(f, c) for f in threshold.fees for c in charged)
        if not said_free and fee_named and all(_on_free_side(a, threshold) for a in customer):
            return threshold.source, threshold.sentence, "charged above the free threshold"
    return None

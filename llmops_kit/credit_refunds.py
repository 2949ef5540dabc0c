"""A refund narrowed to credit: "refunds are only given as flight credit" against "you rebook free or take a full
refund, your choice"; "Missed boxes are refunded as account credit only" against "you get a full refund of that box
to the original payment method".

The claim's words are all the evidence's (refund, credit, the cancelled flight or the missed box), and it states no
figure the evidence lacks, so the word steps and the hard-fact steps pass it. What it does is take away the money
back the evidence offers: "only" puts credit (or a voucher) in the place of a refund. The reading is narrow on both
sides:

- the claim: one clause that speaks of a refund and says it comes *only* as credit or a voucher ("refunds are only
  given as flight credit", "refunded as account credit only", "we only refund in store credit"), not denied ("not
  only") and not offering the refund beside it ("a full refund or flight credit" has no "only");
- the evidence: a sentence of a source (not the customer's words) that offers the money back ("full refund",
  "refund ... to the original payment method", "cash refund", "money back") and shares a content word with the
  claim's clause besides the refund words (the cancelled flight, the missed box); and no evidence sentence that
  itself limits a refund to credit ("credit only", "credit instead of a refund", "no refunds, only credit"), so a
  source that gives money back in one case and credit only in another is left alone.

Read by :mod:`llmops_kit.grounding` next to the exclusion reading; switched off by :data:`READ_CREDIT_REFUNDS` in
the claim-decision fit. Nothing here looks at the answer's length, style or position.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import STOPWORDS, split_sentences
from .text.case_key import case_key
from .text.tokens import word_stems
from .textcache import text_cache

__all__ = ["READ_CREDIT_REFUNDS", "credit_only_refund"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_CREDIT_REFUNDS = True

_CREDIT = r"(?:credits?|vouchers?|gift\s+cards?)"
#: A refund said to come only as credit: "refunds are only given as flight credit", "refunded as account credit
#: only", "we only refund in store credit", "refunds are credit only".
_CREDIT_ONLY_RE = re.compile(
    r"\brefund\w*\b[^.;!?]{0,40}?\bonly\b[^.;!?]{0,30}?" + _CREDIT + r"\b"
    r"|\brefund\w*\b[^.;!?]{0,40}?\b" + _CREDIT + r"\b[^.;!?,]{0,12}?\bonly\b"
    r"|\bonly\s+(?:\w+\s+){0,2}refund\w*\b[^.;!?]{0,30}?\b" + _CREDIT + r"\b",
    re.IGNORECASE)
#: "not only", "not just": the refund is not narrowed.
_NOT_ONLY_RE = re.compile(r"\bnot\s+(?:only|just)\b", re.IGNORECASE)
#: Money back offered: "a full refund", "refund to the original payment method / your card", "cash refund".
_MONEY_BACK_RE = re.compile(
    r"\bfull\s+refund|\bcash\s+refund|\bmoney\s+back\b|\brefund\w*\b[^.;!?]{0,50}?\b(?:to|on)\s+(?:the|your)\s+"
    r"(?:original\s+)?(?:payment\s+(?:method|card)|card|bank\s+account)", re.IGNORECASE)
#: A source itself limiting a refund to credit.
_SOURCE_CREDIT_ONLY_RE = re.compile(
    r"\b" + _CREDIT + r"\b[^.;!?]{0,12}?\bonly\b|\bonly\b[^.;!?]{0,20}?\b" + _CREDIT + r"\b"
    r"|\b" + _CREDIT + r"\b[^.;!?]{0,30}?\binstead\s+of\b|\bno\s+(?:cash\s+)?refunds?\b", re.IGNORECASE)
#: Words of the refund itself, shared by any refund sentence: they tie the claim to no case.
_LIGHT = frozenset(("refund", "credit", "voucher", "only", "given", "full", "your", "choic", "account", "money",
                    "back", "pay", "payment", "method", "origin", "card", "take", "gift", "with", "will", "cash", "day",
                    "get", "can", "are", "the", "you", "and", "for", "all", "our"))


def _case_stems(text: str) -> frozenset[str]:
    """The content stems of a text that may tie a refund to its case (not the refund words)."""
    return frozenset(w for w in word_stems(text) if len(w) > 2 and w not in _LIGHT and w not in STOPWORDS)


@text_cache(maxsize=4096)
def _money_back(text: str) -> tuple[tuple[frozenset[str], str], ...] | None:
    """(the content stems, the sentence) of each sentence offering money back; None when the text itself limits a
    refund to credit (cached)."""
    key = text.lower() if text.isascii() else case_key(text)
    if "refund" not in key and "money back" not in key:
        return ()
    if _SOURCE_CREDIT_ONLY_RE.search(text):
        return None
    out = []
    for sentence in split_sentences(text):
        if _MONEY_BACK_RE.search(sentence):
            out.append((_case_stems(sentence), sentence.strip()))
    return tuple(out)


def credit_only_refund(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the evidence's offer of money back, "a refund, not only credit") when a clause of the claim says a
    refund comes only as credit and the evidence offers money back in that case (see the module docstring), else
    None."""
    if not READ_CREDIT_REFUNDS:
        return None
    key = claim.lower() if claim.isascii() else case_key(claim)
    if "refund" not in key or "only" not in key or ("credit" not in key and "voucher" not in key
                                                     and "gift card" not in key):
        return None
    match = _CREDIT_ONLY_RE.search(claim)
    if match is None or _NOT_ONLY_RE.search(claim):
        return None
    stems = _case_stems(claim)
    found = None
    for source in evidence.sources:
        if source.user:
            continue
        offers = _money_back(source.text)
        if offers is None:
            return None  # a source limits a refund to credit itself
        for offer_stems, sentence in offers:
            if found is None and stems & offer_stems:
                found = (source.label, sentence, "a refund, not only credit")
    return found

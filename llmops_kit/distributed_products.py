"""A count times a bracketed sum, read term by term: "2 × (75,00 € + 45,00 €) = 240,00 €" is "2 × 75,00 € + 2 ×
45,00 € = 240,00 €". The readers of written steps and of counted prices take a count only from the figure its
sign joins ("2 × 75,00 €"): in the bracket form the equation reader finds no chain (the bracket breaks it) and the
reader of an item counted against the customer's count (:func:`~llmops_kit.asked_counts.miscounted_items`) sees
"75,00 €" and "45,00 €" with no count, so the right quote for "2 adults" reads as two per-person prices charged
once.

Only a count (a bare whole figure, or one with a unit word: "4 loads × (...)") right before the multiplication sign
and a bracket holding nothing but two to four terms joined by "+" is distributed; each term keeps its currency
mark and up to two words naming it ("15 zł run-flat"). A bracket with another operator, a nested bracket or words
only ("(VAT included)") is left as written, so a step that does not come out is still a wrong result, now read.
Switched off by ``READ_DISTRIBUTED_PRODUCTS`` in the claim-decision fit.
"""

from __future__ import annotations

import re

__all__ = ["READ_DISTRIBUTED_PRODUCTS", "distributed_products"]

#: The round ``derive56``; off in the claim-decision fit (``tools/fit_claim_decision.py``).
READ_DISTRIBUTED_PRODUCTS = True

#: One term of the bracket: an amount with an optional mark before or after, and up to two words naming it.
_TERM = r"[^\s()+×*=0-9]{0,4}\s?\d[\d.,' \u00a0\u202f]*(?:[^\s()+×*=0-9,.;:]{1,4})?(?:\s[A-Za-z][\w-]*){0,2}"
#: "N × (a + b [+ c [+ d]])": the count, its sign, and the bracket's terms.
_PRODUCT_RE = re.compile(r"(?<![\w.,])(\d{1,3})(\s?[a-z]{0,12}\s?)([×x*])\s?\(\s*(" + _TERM + r"(?:\s?\+\s?" + _TERM
                         + r"){1,3})\s*\)")
_PLUS_RE = re.compile(r"\s?\+\s?")


#: A term that is money: a mark beside its figure, not a bare figure ("2 × (46 + 56) = 204 cm" is a perimeter, read
#: by :mod:`llmops_kit.length_steps`).
_MARKED_RE = re.compile(r"[^\d\s.,'\u00a0\u202f]")


def _distribute(match: re.Match[str]) -> str:
    count, unit, sign = match.group(1), match.group(2), match.group(3)
    terms = [term.strip() for term in _PLUS_RE.split(match.group(4))]
    if not all(_MARKED_RE.search(term) for term in terms):
        return match.group(0)
    return " + ".join(f"{count}{unit}{sign} {term}" for term in terms)


def distributed_products(claim: str) -> str:
    """``claim`` with each count times a bracketed sum written term by term ("2 × (75,00 € + 45,00 €)" is "2 ×
    75,00 € + 2 × 45,00 €"); the claim as it is when it writes none or the reading is off."""
    if not READ_DISTRIBUTED_PRODUCTS or "(" not in claim:
        return claim
    return _PRODUCT_RE.sub(_distribute, claim)

"""A balance a tool record's fields give without holding it: "175,00 € to pay at collection" of an order record's
"total eur: 250.0" and "deposit paid eur: 75.0".

A record that keeps a total and what has been paid states the balance as their difference; an answer saying what
is left to pay says that difference. The figure is read only where the claim says it is owed ("... to pay",
"... left", "... still owed", "... outstanding", "the balance is ...", "you still owe ..."), and only as one
record's total field (a field named "total") less the same record's paid field (a field named "paid"), exactly. A
wrong subtraction ("150,00 € to pay"), an amount not said to be owed ("175,00 € for the frame") or a difference
of fields of two records stays unexplained. Read by the derived-figure search on figures it left unexplained;
switched off by ``READ_RECORD_BALANCES`` in the claim-decision fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .evidence_readers import RECORD_LINE_RE
from .text.numbers import normalise_number

__all__ = ["READ_RECORD_BALANCES", "balance_results"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``).
READ_RECORD_BALANCES = True

_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_MARK = r"(?:[£$€]|\b(?:eur|euros?|gbp|usd|aud|cad|chf|pounds?|dollars?)\b)"
#: An amount said to be owed: "175,00 € to pay", "£64 is still owed", "€175 left", and "the balance is £64",
#: "you still owe $40".
_OWED_RE = re.compile(
    rf"(?:{_MARK}\s?)?(?<![\d.,])({_FIGURE})(?:\s?{_MARK})?\s+(?:is |are |remains? )?(?:still )?"
    rf"(?:left to pay|still to pay|to pay|to be paid|outstanding|remaining|left|due|owed|owing)\b"
    rf"|\b(?:balance|remaining|outstanding|left to pay|still to pay|still owe|you owe)\b"
    rf"(?:\s(?:due|left|remaining|outstanding|is|of|will be|comes to))*\s?:?\s?(?:{_MARK}\s?)?({_FIGURE})(?![\d])",
    re.IGNORECASE)
_CUES = ("pay", "left", "owe", "owing", "outstanding", "remaining", "due", "balance")


def _amount(text: str) -> float | None:
    try:
        return float(normalise_number(text))
    except ValueError:
        return None


def _balances(record: str) -> set[float]:
    """The record's total fields less its paid fields."""
    totals, paid = [], []
    for m in RECORD_LINE_RE.finditer(record):
        words = set(re.findall(r"[a-z]+", m.group(1).lower()))
        value = _amount(m.group(2).strip())
        if value is None:
            continue
        if "paid" in words:
            paid.append(value)
        elif "total" in words:
            totals.append(value)
    return {t - p for t in totals for p in paid if t > p}


def balance_results(left: set[str], claim: str, records: Iterable[str]) -> frozenset[str]:
    """The figures of ``left`` (normalised numbers) the claim says are owed and one of ``records`` (tool records'
    texts) gives as its total field less its paid field."""
    if not READ_RECORD_BALANCES or not left:
        return frozenset()
    lowered = claim.lower()
    if not any(cue in lowered for cue in _CUES):
        return frozenset()
    owed = {normalise_number(m.group(1) or m.group(2)) for m in _OWED_RE.finditer(claim)} & left
    if not owed:
        return frozenset()
    balances = set().union(*(_balances(r) for r in records if "paid" in r.lower() and "total" in r.lower()))
    return frozenset(n for n in owed if any(abs(float(n) - b) < 0.005 for b in balances))

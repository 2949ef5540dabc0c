"""Whose figures a derived figure may be worked from: a figure the answer states as a plain fact of its own
subject ("Lockers are $2 a day") is no arithmetic on two figures of the answer's other sentences ("$7 for each
of the kids; rentals are $5 a pair": 7 - 5), nor a clock gap between two times another sentence gives
("Slots run 8 AM - 10 PM, last start 9 PM" is no "cancel free up to 1 hour before your slot").

The derived-figure search (:class:`llmops_kit.evidence_derived.DerivedFigures`) accepts a figure no evidence
holds when two figures the answer states reach it. In an answer that lists several facts, two figures of other
sentences reach many a small changed figure by chance (40°C as "4 hours" x "10 stations", "ARS 5.000" as
"ARS 65.000" / "13 hs"). An answer that works a figure out from its other sentences says so: a result word
("so", "in total", "that's", "=", "leaves", "saves", "more", "would be"), a share or a period of its own ("the
25% deposit is ..."), or a line that is the figure alone ("£159", a total under a list). Without one, at least
one operand must be a figure of the claim itself, the customer's, a calendar factor the claim names, or a step
the answer writes out. A "+" that opens a figure ("Run-flat tyres: +25 zł per tyre") is the sign of a
surcharge, not a written step.

A table row (:func:`row_needs_own_operand`) states each figure as a fact of its own item too: "| Double mount |
+ 12,00 € |" under "24,00 €" and "36,00 €" rows is no 36 - 24, nor "| Extended follow-up | 60 min | $105.00 |"
the fee less another row's 45 min. A row labelled as worked out from the rows above keeps the old reading
("Total", "Balance", "Paid up front | £300" under two £150 lines).

Switched off by :data:`READ_OWN_OPERANDS` and :data:`READ_OWN_ROWS` in the claim-decision fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .text import words_in
from .text.char_scans import has_digit
from .textcache import text_cache

__all__ = ["READ_CODED_LINES", "READ_OWN_OPERANDS", "READ_OWN_ROWS", "anchored_pair_reaches", "needs_own_operand",
           "row_needs_own_operand"]

#: Switch: a figure worked only from the answer's other sentences must be worded as a result (the ``coinc31`` round).
READ_OWN_OPERANDS = True
#: Switch: a table row's figure is a fact of its own item, a "+" opening a figure is a sign, a duration is no sum
#: of an amount, and two unheld times / durations of one answer do not hold each other (the ``tab33`` round).
READ_OWN_ROWS = True

#: Words that present a figure as worked out: a result connective, an aggregate, a verb of reckoning, a
#: comparison or a hypothetical ("so", "in total", "that's", "comes to", "leaves", "saves", "£130 more", "would be").
_RESULT_WORDS = frozenset((
    "so", "thus", "therefore", "hence", "total", "totals", "totalling", "totaling", "subtotal", "altogether",
    "together", "combined", "sum", "overall", "makes", "making", "comes", "coming", "works", "adds", "brings",
    "leaves", "leaving", "left", "remaining", "remainder", "balance", "rest", "saves", "save", "saving",
    "savings", "difference", "more", "less", "cheaper", "dearer", "back", "refund", "refunded", "would",
    "instead", "means", "then",
))
#: Result phrases of more than one word, and the signs of a written step.
_RESULT_RE = re.compile(r"\b(?:that's|that is|which is|this is|in all|all in|all-in|to pay)\b|[=≈]", re.IGNORECASE)
#: A "+" between two terms ("£45 + £15", "45 zł + 15 zł run-flat"): one after a figure, a word or a bracket; a "+"
#: that opens a claim or a cell ("+25 zł per tyre", "; + 12,00 €") signs a surcharge.
_STEP_PLUS_RE = re.compile(r"(?<=[\w)\]%€£$¥₩])\s?\+")
#: Labels of a row worked out from the rows above: an aggregate, what is paid or left.
_ROW_RESULT_WORDS = _RESULT_WORDS | frozenset((
    "paid", "upfront", "front", "due", "deposit", "net", "grand", "outstanding", "owing", "owed",
))
#: A word of the claim besides its figures and their units: a claim of no word ("£159", "18.8 GB") is a result
#: line under what the answer listed.
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_UNIT_WORDS = frozenset(("gbp", "usd", "eur", "aud", "nzd", "cad", "chf", "zar", "sgd", "inr", "jpy", "hkd",
                         "aed", "sek", "nok", "dkk", "isk", "ars", "myr", "kes"))

#: A currency's ISO code written in capitals right before its amount or the amount's sign: "COP $1.455.000",
#: "ISK 4.500". It names the amount's money, as the codes above do, whether or not that list has it.
_CODE_BEFORE_AMOUNT_RE = re.compile(r"\b[A-Z]{3}(?=\s?[$€£¥₹]?\s?\d)")
#: Read a line of nothing but an amount with its code before it ("COP $1.455.000", the total under an answer's
#: worked subtotals) as a result line, whatever its code (the ``nums47`` round); off in the claim-decision fit.
READ_CODED_LINES = True


@text_cache()
def _worded_as_result(claim: str) -> bool:
    """Does the claim word its figure as worked out, or state nothing but figures (a result line)?"""
    words = words_in(claim)
    if not _RESULT_WORDS.isdisjoint(words) or _RESULT_RE.search(claim) is not None:
        return True
    if READ_CODED_LINES and has_digit(claim):
        claim = _CODE_BEFORE_AMOUNT_RE.sub(" ", claim)
    return not any(w.lower() not in _UNIT_WORDS for w in _WORD_RE.findall(claim))


def _written_plus(claim: str) -> bool:
    """Does the claim write a "+" as a step (between two terms; any "+" with :data:`READ_OWN_ROWS` off)?"""
    return "+" in claim and (not READ_OWN_ROWS or _STEP_PLUS_RE.search(claim) is not None)


def needs_own_operand(claim: str, answer_text: str) -> bool:
    """Must a figure of ``claim`` (a prose claim, not a table row: the caller knows) that no evidence holds be
    worked from at least one figure of the claim itself (or the customer's, or a written step), rather than
    from two figures of the answer's other sentences? So when the claim states its figure as a plain fact, not
    worded as a result. Cheap: a word-set test, the pattern only when no result word is there."""
    if not READ_OWN_OPERANDS or not claim or not answer_text or claim == answer_text:
        return False
    return not _worded_as_result(claim) and not _written_plus(claim)


def row_needs_own_operand(row: str) -> bool:
    """Must a figure of a table row (cells joined by "; ") that no evidence holds be worked from at least one
    figure of the row itself (or the customer's), rather than from two other rows' figures? So unless the row is
    labelled as worked out from the rows above ("Total", "Balance", "Paid up front", "Difference", "=") or states
    nothing but figures (a result line)."""
    if not READ_OWN_ROWS or not READ_OWN_OPERANDS or not row:
        return False
    if not _ROW_RESULT_WORDS.isdisjoint(words_in(row)) or _RESULT_RE.search(row) is not None:
        return False
    return any(w.lower() not in _UNIT_WORDS for w in _WORD_RE.findall(row))


def anchored_pair_reaches(operands: Sequence[float], target: float, anchor: Iterable[float]) -> bool:
    """Is ``target`` the sum, difference, product or ratio of two of the operands, one of which is in ``anchor``
    (a figure of the claim itself, the customer's, a factor the claim names, a written step)?"""
    own = {a for a in anchor if a != target}
    inside = [o for o in operands if o in own]
    if not inside:
        return False
    for i, a in enumerate(operands):
        if a not in own:
            continue
        for j, b in enumerate(operands):
            if i == j:
                continue
            for result in (a + b, a - b, b - a, a * b, a / b if b else None, b / a if a else None):
                if result is not None and abs(result - target) < 0.005:
                    return True
    return False

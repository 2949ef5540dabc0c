"""A total the answer adds up from the subtotals it works out before it.

An answer that prices a booking part by part ("3:00 to 5:00 pm: 2 × GH₵350 = GH₵700. 5:00 to 6:00 pm: GH₵450. Two
balls: 2 × GH₵20 = GH₵40. Total GH₵1,190.") states a total no source holds, and the derived-figure search
(:mod:`llmops_kit.evidence_derived`) reaches it only as a pair, or as three amounts it reads as money: a currency
mark it does not read ("GH₵") left a correct total of three subtotals found absent. The answer's own working says
what the total adds: the figures written before it that are no operand of a step (a step's result after "=", or an
amount stated alone; "2" and "350" of "2 × 350" are operands, and clock times are no figures here). A total is read
as worked out when it is the sum of the last two or more of those subtotals, each grounded (a source holds it, or
the answer reaches it from figures a source holds). A total that is not that sum, or a subtotal worked from a price
no source holds, stays as the other readings leave it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .text.arithmetic import plain_figures
from .text.numbers import normalise_number

__all__ = ["READ_SUBTOTAL_SUMS", "subtotals_before", "summed_subtotals"]

#: Off while ``tools/fit_claim_decision.py`` fits the decision (the ``arith46`` round).
READ_SUBTOTAL_SUMS = True

#: A claim that calls its figure a total (cheap test first: most claims do not).
_TOTAL_RE = re.compile(r"\b(?:in total|totals?|altogether|in all|all in)\b", re.IGNORECASE)
#: A figure, never part of a clock time ("5:00") or of a longer number.
_FIGURE_RE = re.compile(r"(?<![\d:.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d:]|[.,]\d)")
#: A currency mark the arithmetic reader leaves before a figure ("GH₵", "S/"): passed over to find the sign before.
_MARK_TAIL_RE = re.compile(r"(?:\b[A-Z]{1,3})?[^\w\s=×*+\-−/÷]$")
_OPERATOR_SIGNS = frozenset("×*+-−/÷")
#: How close the subtotals' sum must come to the total (money to the penny).
_TOLERANCE = 0.005


def _sign_before(text: str) -> str:
    """The operator sign or "=" just before a figure whose text precedes it, a currency mark passed over."""
    head = text.rstrip()
    head = _MARK_TAIL_RE.sub("", head).rstrip()
    return "×" if head.endswith((" x", " X")) else head[-1:]


def _sign_after(text: str) -> str:
    """The operator sign just after a figure (its following text), if any."""
    tail = text.lstrip()
    return "×" if tail[:2] in ("x ", "X ") else tail[:1]


def subtotals_before(text: str) -> tuple[str, ...]:
    """The figures ``text`` writes that are no operand of a step it writes out, in order, normalised: "2 × GH₵350 =
    GH₵700 ... GH₵450" gives 700 and 450. Amounts are read as bare numbers (:func:`plain_figures`)."""
    plain = plain_figures(text)
    found = []
    for match in _FIGURE_RE.finditer(plain):
        before, after = _sign_before(plain[:match.start()]), _sign_after(plain[match.end():])
        if after in _OPERATOR_SIGNS or before in _OPERATOR_SIGNS:
            continue
        found.append(normalise_number(match.group(1)))
    return tuple(found)


def summed_subtotals(left: set[str], claim: str, answer_text: str,
                     grounds: Callable[[str], bool]) -> frozenset[str]:
    """The figures of ``left`` the claim calls a total that are the sum of the last two or more subtotals
    (:func:`subtotals_before`) ``answer_text`` writes before the claim. ``grounds(figure)``: does a source hold the
    figure, or does the answer reach it from figures the sources hold?"""
    if not READ_SUBTOTAL_SUMS or not left or not answer_text or _TOTAL_RE.search(claim) is None:
        return frozenset()
    position = answer_text.find(claim)
    if position <= 0:
        return frozenset()
    targets = {float(n): n for n in left if _NUMBER_RE.fullmatch(n)}
    if not targets:
        return frozenset()
    found: set[str] = set()
    running, count = 0.0, 0
    for figure in reversed(subtotals_before(answer_text[:position])):
        if not grounds(figure):
            break
        running, count = running + float(figure), count + 1
        if count >= 2:
            found.update(n for value, n in targets.items() if abs(value - running) < _TOLERANCE)
    return frozenset(found)


_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")

"""South African rand amounts, "R4 200", "R870", "R1,230", "R5 million", read as money.

A capital ``R`` before a digit is the rand sign the way ``$`` is the dollar's, but it is also the first letter
of codes ("Row R12", "the R12 bus", "R2"). Without a reading of the sign, "R4 200" is an identifier "R4" and a
second figure 200, and a faithful "Your deposit of R4 200 is paid" is flagged against a tool record
"deposit paid zar: 4200". So the sign is read only when the trace itself writes rand (:func:`writes_rand`): a
``zar`` word (a field name "quote_zar", "ZAR 4200"), an amount in rand words ("4 200 rand"), or an
``R``-amount in the evidence that can only be money (thousands grouped by a space, "R1 850", or cents,
"R35.00") or is said as a price ("add R250", "R30 a panel", "R15 each"). Then :func:`rand_as_code` writes
each ``R``-amount the way every number reader already reads money: the currency code before the figure,
thousands joined ("zar 4200"). Only the claims that write an ``R``-amount are judged again in that spelling,
against the evidence in that spelling; every other claim keeps its verdict, so a sentence with no rand in it
is judged exactly as before. ``READ_RAND`` turns the reading off (``tools/fit_claim_decision.py`` fits
without it, as it does the other readings before the decision).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["READ_RAND", "READ_RAND_SUMS", "rand_amount_in", "rand_as_code", "rand_in_sums", "writes_rand"]

#: Read rand amounts at all; off while ``tools/fit_claim_decision.py`` fits the claim decision.
READ_RAND = True
#: Read an ``R``-figure added to, or equal to, another as rand (:func:`rand_in_sums`); off while the decision is fitted.
READ_RAND_SUMS = True

#: The currency named in words or by its code: "quote_zar", "ZAR 4200", "4 200 rand" (not "Rand" as a name).
_ZAR_WORD_RE = re.compile(r"(?<![A-Za-z])(?:zar|ZAR)(?![A-Za-z])|\d\s?rands?\b")
#: An ``R``-amount no code looks like: thousands grouped by a space ("R1 850") or cents ("R35.00", "R1,230").
_MONEY_ONLY_RE = re.compile(r"(?<![\w-])R\d{1,3}(?:(?:[ \u00a0]\d{3})+|,\d{3}|\.\d{2})(?![\d\w])")
#: An ``R``-amount said as a price: after a price word ("add R250", "up to R5 million", "costs R90") or before
#: what it is per ("R30 a panel", "R15 each", "R5 million").
_PRICED_RE = re.compile(r"\b(?i:costs?|costing|add|plus|from|up to|priced at|fee of|charges?|charged|pay|only)\s+R\d"
                        r"|(?<![\w-])R\d+(?:[.,]\d+)?\s+(?i:each|per|a|an|million|billion)\b")
#: An ``R`` directly before a figure, with thousands grouped by a space, a comma or not at all, and cents.
_AMOUNT_RE = re.compile(r"(?<![\w\-/#])R(\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.]\d)|\d+(?:,\d{3})*(?:\.\d+)?)(?![\w\-/])")


#: Two ``R``-figures joined by a plus or an equals sign ("R450 + R180", "= R630"): codes are never added up.
_RAND_SUM_RE = re.compile(r"(?<![\w\-/#])R\d[\d,.]*(?:[ \u00a0]\d{3})*\s*[+=]\s*R\d")


def rand_in_sums(texts: Iterable[str]) -> bool:
    """Does one of ``texts`` (the answer's claims) add ``R``-figures ("R450 + R180 = R630")? A code is never an
    operand of a sum, so such a text writes rand even where the evidence only lists prices ("kids under 12
    R180") without a reading :func:`writes_rand` knows."""
    if not (READ_RAND and READ_RAND_SUMS):
        return False
    return any("R" in text and _RAND_SUM_RE.search(text) is not None for text in texts)


def writes_rand(texts: Iterable[str | None]) -> bool:
    """Does the trace write its money in rand? A ``zar`` word, an amount in rand words, or an ``R``-amount
    only money is written as or said as a price, in any of ``texts`` (the evidence the model was given:
    articles, tool results, the system prompt, the customer's message). Codes such as "R2", "Row R12" or
    "R-123" alone are not rand (an answer adding ``R``-figures up is read by :func:`rand_in_sums`)."""
    if not READ_RAND:
        return False
    return any(text and (_ZAR_WORD_RE.search(text) or _MONEY_ONLY_RE.search(text)
                                       or _PRICED_RE.search(text)) for text in texts)


def rand_as_code(text: str) -> str:
    """``text`` with each ``R``-amount written with the currency code, thousands joined: "R4 200" is
    "zar 4200", "R1,230" is "zar 1,230", "R5 million" is "zar 5 million". Only for a trace that
    :func:`writes_rand`: elsewhere an ``R`` and digits is a code."""
    if "R" not in text:
        return text
    return _AMOUNT_RE.sub(lambda m: "zar " + "".join(m.group(1).split()), text)


def rand_amount_in(text: str) -> bool:
    """Does ``text`` write an ``R``-amount ("R870", "R4 200")? Only such a claim is read again in rand."""
    return "R" in text and _AMOUNT_RE.search(text) is not None

"""Amounts of money a text writes, read as floats: "฿1,500", "R8 260", "EUR 11.90", "11.90 EUR", "25 zł".

The number readers (:mod:`llmops_kit.text.numbers`) give a figure as the string the evidence is searched for; a
reading that works arithmetic on prices (a total for a party, a threshold met) wants the values. :func:`money_amounts`
reads a figure after a currency sign, an ISO code (:data:`~llmops_kit.text.numbers.CURRENCY_CODES`, as the evidence
reader writes local marks: "zar 590"), the rand's "R" or a dollar's "R$", "S$", or before a code, "zł" or "kr";
:func:`figure_values` reads the figures of a span, their digit groups joined ("8 260", "1,500", "4,495.00"), never
inside a longer figure. :data:`MONEY_MARK` is the pattern of the marks before a figure, for a reader that looks for
an amount after a word of its own ("at least €2,500").

Other modules still carry a private money reader of their own (``worked_savings``, ``listed_totals``,
``figure_owner``, ``record_balances``, ``written_comparisons``: the last names each amount's currency, one name for
a sign and its code, and reads dot thousands, "$45.000 CLP"; ``unit_prices``' signs, ``carried_amounts``' first
amount with a currency's name, "28 pounds"), each with its own reading of marks and groups; they are not read here.
:data:`PER_UNIT` is the phrase that prices one unit ("an hour", "per group"), :func:`same_amount` the one test of two
amounts equal to the cent, for the readings that work a rate into a result.
"""

from __future__ import annotations

import re

from .numbers import CURRENCY_CODES, dot_thousands

__all__ = ["MONEY_MARK", "PER_UNIT", "figure_values", "money_amounts", "same_amount"]

#: A figure with its digit groups ("8 260", "1,500", "4,495.00"), never inside a longer figure.
_FIGURE_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:(?:,|\s|\u00a0|\u202f)\d{3})+|\d+)(?:\.(\d{1,2}))?(?![\d])")
_CODES = "|".join(CURRENCY_CODES)
#: A mark before a figure: a currency sign, an ISO code or the rand's "R" / a dollar's "R$", "S$".
MONEY_MARK = r"(?:[$€£¥₹฿₩₱₦]|(?<![\w])(?i:" + _CODES + r")\b\.?|(?<![\w])(?:R|[A-Z]{1,2}\$))"
#: The words that put a price on one unit, before the unit's name: "per" or "a" / "an" ("£35 an hour", "฿200 per
#: group"); one phrase for the readings of a rate's unit (:mod:`~llmops_kit.unit_prices`,
#: :mod:`~llmops_kit.qualified_rates`).
PER_UNIT = r"(?:per|an?)\s+"
#: Money: a figure after a mark ("฿900", "R590", "EUR 11.90") or before a code, "zł" or "kr" ("11.90 EUR").
_MONEY_RE = re.compile(MONEY_MARK + r"\s?(\d[\d,.\u00a0\u202f ]*\d|\d)"
                       r"|(?<![\w.,])(\d[\d,.]*\d|\d)\s?(?:(?i:" + _CODES + r")|zł|kr)\b")


def figure_values(text: str) -> list[float]:
    """The figures ``text`` writes, in order, their digit groups joined and up to two decimals kept."""
    out = []
    for match in _FIGURE_RE.finditer(text):
        whole = re.sub(r"\D", "", match.group(1))
        out.append(float(whole + ("." + match.group(2) if match.group(2) else "")))
    return out


def money_amounts(text: str) -> list[float]:
    """The amounts of money ``text`` writes, in order, as figures; an amount in dot thousands beside its code
    or the krone's "kr." read in thousands ("ARS 6.000" and "4.380 kr." are 6000 and 4380, not 6 and 4, as the
    number reader reads them: :func:`~llmops_kit.text.numbers.dot_thousands`)."""
    if "." in text:
        text = dot_thousands(text)
    return [f for match in _MONEY_RE.finditer(text) for f in figure_values(match.group(1) or match.group(2))]


def same_amount(a: float, b: float) -> bool:
    """Are two amounts the same to the cent? A worked result in floats ("4 x 35.0") is compared within half a cent."""
    return abs(a - b) < 0.005

"""A price charged in a worked quote for a child the texts let in free, by the age the customer gives.

An article or a pricing tool often makes an age band free ("children under 7 free with a paying adult", a tool's
"under 7 eur: 0.0"), and holds the band above it at a price. A quote that charges the customer's 4-year-old the
child price ("8,00 € for the 4-year-old"), or the customer's kids of 7 and 9 the entry fee ("the kids are
KSh 1,000 each") where children under 12 run free, holds every figure it writes, so no other reading objects.
Read sets of two authors passed such quotes as healthy. One closed shape: a price written right beside the
person it is for, named by an age ("the 4-year-old") or as the customer's children ("the kids", "the children"),
whose every age the customer states is below a free bound of the texts; the price must be above zero. A charge
for a child whose age the customer does not give, or whose age is at or above the bound, is left alone.

The price is returned as an unheld number, read in :meth:`~llmops_kit.evidence.Evidence.missing_facts` beside
:mod:`~llmops_kit.asked_counts`. Switched off by :data:`READ_AGED_CHARGES` in the claim-decision fit.
"""

from __future__ import annotations

import re

from .asked_counts import WORKED_SUM_RE
from .text import numbers_in
from .text.money_amounts import MONEY_MARK
from .textcache import text_cache

__all__ = ["READ_AGED_CHARGES", "charged_free_ages"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle
#: a figure before the decision.
READ_AGED_CHARGES = True

_MARK = r"(?:" + MONEY_MARK + r"|(?<![\w])(?:RM|Rp|KSh|GH₵|₵))"
_MONEY = (r"(?:" + _MARK + r"\s?(?P<p1>\d[\d,.]*\d|\d)|(?P<p2>\d[\d,.]*\d|\d)\s?"
          r"(?:€|kr\b\.?|zł|Kč|Ft\b|MAD\b))")
_AGE = r"(?P<age>\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*olds?"
_CHILDREN = r"(?P<kids>kids|children|little ones)"
#: "8,00 € for the 4-year-old", "KSh 1,000 for the kids".
_PRICE_FOR_RE = re.compile(_MONEY + r"\s+(?:each\s+)?for\s+(?:the\s+|your\s+|both\s+)?(?:" + _AGE + r"|" + _CHILDREN
                           + r")\b", re.IGNORECASE)
#: "the kids are KSh 1,000 each", "the 4-year-old: 8,00 €".
_PERSON_PRICE_RE = re.compile(r"\b(?:the\s+|your\s+|both\s+)(?:" + _AGE + r"|" + _CHILDREN
                              + r")\s*(?:are|is|pay|pays|at|:)\s*" + _MONEY, re.IGNORECASE)
#: A free band of the texts: "children under 7 free", "under 12 run the 5 km free", a field "under 7 eur: 0.0".
_FREE_PROSE_RE = re.compile(r"\bunder[\s-]+(\d{1,2})s?\b[^.;\n]{0,50}?\b(?:free|no charge)\b"
                            r"|\bfree\b[^.;\n]{0,30}?\bunder[\s-]+(\d{1,2})\b", re.IGNORECASE)
_FREE_FIELD_RE = re.compile(r"\bunder[\s-]+(\d{1,2})\b[^:\n]*:\s*0(?:\.0+)?\s*\.?\s*$", re.IGNORECASE | re.MULTILINE)
#: The ages the customer gives children: "kids aged 9 and 12", "two kids (7 and 9)", "our 4-year-old".
_CHILD_AGES_RE = re.compile(r"\b(?:kids|children|boys|girls|sons|daughters)\b\s*(?:\(|,?\s*aged?\s+|,?\s+of\s+)?"
                            r"(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*)(?![\d\s-]*(?:years?|yrs?|km|kg|%|h\b|hours?))",
                            re.IGNORECASE)
_AGE_RE = re.compile(r"\b" + _AGE, re.IGNORECASE)


@text_cache()
def _free_bounds(texts: tuple[str, ...]) -> frozenset[int]:
    """The ages the texts let in free below ("children under 7 free" gives 7)."""
    found: set[int] = set()
    for text in texts:
        if "under" not in text.lower():
            continue
        for m in _FREE_PROSE_RE.finditer(text):
            found.add(int(m.group(1) or m.group(2)))
        for m in _FREE_FIELD_RE.finditer(text):
            found.add(int(m.group(1)))
    return frozenset(found)


@text_cache()
def _child_ages(user_text: str) -> tuple[int, ...]:
    """The ages the customer gives their children as a group ("kids aged 9 and 12" is (9, 12)); empty when the
    message gives none."""
    ages: list[int] = []
    for m in _CHILD_AGES_RE.finditer(user_text):
        ages.extend(int(n) for n in re.findall(r"\d{1,2}", m.group(1)))
    return tuple(ages)


def _charge(figure: str) -> str | None:
    """The number string of a price above zero, None for a zero or an unreadable figure."""
    found = numbers_in(figure)
    if len(found) != 1:
        return None
    value = next(iter(found))
    try:
        return value if float(value) > 0 else None
    except ValueError:
        return None


def charged_free_ages(claim: str, texts: tuple[str, ...], *, user_text: str) -> tuple[str, ...]:
    """The prices ``claim`` charges for a child named by age or as the customer's children when every age the
    customer states for them is below an age the texts let in free. ``texts`` are the evidence texts,
    ``user_text`` the customer's message. Cheap: a worked sum, "old" or a children's word, and an "under" in the
    texts come first."""
    if not READ_AGED_CHARGES or not claim or not user_text or not WORKED_SUM_RE.search(claim):
        return ()
    lowered = claim.lower()
    if "old" not in lowered and "kids" not in lowered and "children" not in lowered and "little" not in lowered:
        return ()
    bounds = _free_bounds(tuple(texts))
    if not bounds:
        return ()
    bound = max(bounds)
    wrong: list[str] = []
    for m in (*_PRICE_FOR_RE.finditer(claim), *_PERSON_PRICE_RE.finditer(claim)):
        age = m.group("age")
        if age is not None and int(age) not in _stated_ages(user_text):
            continue  # the claim names an age the customer never gave
        ages = (int(age),) if age is not None else _child_ages(user_text)
        if not ages or any(a >= bound for a in ages):
            continue
        charged = _charge(m.group("p1") or m.group("p2"))
        if charged is not None:
            wrong.append(charged)
    return tuple(dict.fromkeys(wrong))


def _stated_ages(user_text: str) -> frozenset[int]:
    """Every age the customer gives a child: by "N-year-old" and in a group ("kids aged 9 and 12")."""
    return frozenset((*(int(m.group("age")) for m in _AGE_RE.finditer(user_text)), *_child_ages(user_text)))

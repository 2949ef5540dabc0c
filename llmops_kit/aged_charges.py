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

A pricing tool also holds a child's price beside the adult's for one item ("adult thb: 800", "child 4 12 thb:
300"; "berlet adult huf", "berlet junior huf"), and a quote that multiplies the adult price by a count of two or
more ("4 × 800 THB" for two adults and kids of 6 and 9) while it never writes the child's price (nor "half", nor
"adult", which would say whom the count is) charges the children the adult price, though every figure is held
(:func:`adult_priced_children`, the ``quote48`` round). Read only when every age the customer gives a child falls
in the band the child field names ("under 16", "4 12"; a "junior" or "child" field with no band takes under 18).
Switched off by :data:`READ_ADULT_PRICED_CHILDREN`.
"""

from __future__ import annotations

import re

from .asked_counts import WORKED_SUM_RE
from .evidence_readers import record_lines
from .text import numbers_in
from .text.money_amounts import MONEY_MARK
from .textcache import text_cache

__all__ = ["READ_ADULT_PRICED_CHILDREN", "READ_AGED_CHARGES", "adult_priced_children", "charged_free_ages"]

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


#: Switch: a quote that charges the customer's children the adult price a tool gives beside a child's price is
#: contradicted (:func:`adult_priced_children`, the ``quote48`` round); off in the claim-decision fit.
READ_ADULT_PRICED_CHILDREN = True
#: A record field of the adult price, and one of a child's ("child 4 12 thb", "under 16 zar", "berlet junior huf").
_ADULT_FIELD_RE = re.compile(r"\badults?\b")
_CHILD_FIELD_RE = re.compile(r"\b(?:child|children|kids?|juniors?|under\s+\d{1,2})\b")
#: The words of a field that say whose price it is, not what it is the price of.
_WHOSE_WORDS = frozenset(("adult", "adults", "child", "children", "kid", "kids", "junior", "juniors", "under", "per"))
#: An age band a child field names: "under 16", "4 12" (aged 4 to 12).
_UNDER_RE = re.compile(r"\bunder\s+(\d{1,2})\b")
_BAND_RE = re.compile(r"\b(\d{1,2})\s+(\d{1,2})\b")
#: Adulthood where a child field names no band.
_ADULT_AGE = 18
#: A count of two or more times an amount: "4 × 800 THB", "2 × R1 650" (read again as "2 × zar 1650"), "2 × 42 000".
_COUNTED_PRICE_RE = re.compile(r"(?<![\w.,])(\d{1,2})\s*[×x]\s*(?:[A-Za-z]{1,3}\$?\s?|[$€£¥₹฿₩₦₺₵])?"
                               r"(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+(?:\.\d{1,2})?)(?!\d|[.,]\d)")
#: Any figure of the claim, thousands grouped by a space or a comma joined: the child's price it may write.
_ANY_FIGURE_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?!\d)|\d+(?:[.,]\d{1,2})?")


def _figure_value(figure: str) -> float | None:
    """A record's or a claim's figure as a float: spaces and commas between digit groups dropped ("42 000", "1,650"),
    dots too when every group after them is of three digits ("42.000"), else a dot is the decimal point ("12.50");
    None when it is no figure."""
    digits = re.sub(r"[ \u00a0\u202f,]", "", figure)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        digits = digits.replace(".", "")
    try:
        return float(digits)
    except ValueError:
        return None


def _item_words(field: str) -> frozenset[str]:
    """What a field prices, without whose price it is or the band's ages: "berlet adult huf" is {berlet, huf}."""
    return frozenset(w for w in field.split() if w not in _WHOSE_WORDS and not w.isdigit())


def _band(field: str) -> tuple[int, int]:
    """The ages (from, below) a child field names: "under 16" is (0, 16), "child 4 12" is (4, 13)."""
    under = _UNDER_RE.search(field)
    if under is not None:
        return 0, int(under.group(1))
    band = _BAND_RE.search(field)
    if band is not None:
        return int(band.group(1)), int(band.group(2)) + 1
    return 0, _ADULT_AGE


@text_cache()
def _child_prices(texts: tuple[str, ...]) -> tuple[tuple[float, float, int, int], ...]:
    """(adult price, child price, band from, band below) of each item a record prices for both, the child's price
    above zero and below the adult's (a free child is :func:`charged_free_ages`')."""
    found: list[tuple[float, float, int, int]] = []
    for text in texts:
        if "adult" not in text:
            continue
        fields = [(name, _figure_value(value)) for _, name, value in record_lines(text)]
        adults = [(name, v) for name, v in fields if v is not None and _ADULT_FIELD_RE.search(name)]
        children = [(name, v) for name, v in fields if v is not None and _CHILD_FIELD_RE.search(name)
                    and not _ADULT_FIELD_RE.search(name)]
        for adult_name, adult in adults:
            for child_name, child in children:
                if 0 < child < adult and _item_words(adult_name) == _item_words(child_name):
                    found.append((adult, child, *_band(child_name)))
    return tuple(found)


def adult_priced_children(claim: str, texts: tuple[str, ...], *, user_text: str) -> tuple[str, ...]:
    """The adult price ``claim`` multiplies by a count of two or more where a record gives a child's price for the
    same item, every age the customer gives a child is in its band, and the claim writes neither the child's price
    nor "half" nor "adult". Cheap: a product sign, the customer's child ages and a record's adult field first."""
    if not READ_ADULT_PRICED_CHILDREN or not claim or not user_text or ("×" not in claim and " x " not in claim):
        return ()
    lowered = claim.lower()
    if "adult" in lowered or "half" in lowered:
        return ()
    ages = _stated_ages(user_text)
    if not ages or not any("adult" in t for t in texts):
        return ()
    prices = _child_prices(tuple(texts))
    if not prices:
        return ()
    written = {_figure_value(f) for f in _ANY_FIGURE_RE.findall(claim)}
    wrong: list[str] = []
    for m in _COUNTED_PRICE_RE.finditer(claim):
        count, price = int(m.group(1)), _figure_value(m.group(2))
        if count < 2 or price is None:
            continue
        if any(price == adult and child not in written and all(low <= a < below for a in ages)
               for adult, child, low, below in prices):
            wrong.append(f"{price:g}" if price.is_integer() else str(price))
    return tuple(dict.fromkeys(wrong))

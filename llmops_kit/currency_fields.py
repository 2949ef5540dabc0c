"""An amount written with a local mark ("4.380 kr", "kr 4,90") held by a record field or an evidence amount named
by an ISO code that mark may stand for ("monthly_fee_dkk: 4380", "price_nok: 4.9", "NOK 4,90").

"kr" is the mark of the Danish and Norwegian krone and the Swedish and Icelandic krona alike; the package keeps it
apart from the codes on purpose (:mod:`llmops_kit.text.currency_marks`), so a claim's "kr" is never read as one of
them. But the moved-figure readings compared the claim's "4380 kr" only with the evidence's figures written in
"kr": an article's "2.150 kr. per month" for a part-time place was the rival, and the booking record's
"monthly fee dkk: 4380" (the figure the answer copied, in a field the record names by its currency) never met the
claim's mark, so the healthy answer was *contradicted* (:mod:`llmops_kit.unheld_figures`,
:mod:`llmops_kit.changed_figures`).

With :data:`READ_CURRENCY_FIELDS` (the ``krfield55`` round) :func:`held_in_currency` says whether such an amount is
held: the mark's currencies are the ISO codes the Unicode CLDR tables give it (:func:`~llmops_kit.text.locale_amounts.
currencies_of_mark`: "kr" any of DKK, NOK, SEK, ISK; a code is itself), and a value is held when a tool record's
field whose name carries one of those codes ("monthly fee dkk", "price nok") holds it whole, or an evidence amount
marked with one of them ("DKK 4,380", "4 380 NOK") has it. A field or amount in another currency ("price eur: 4.9")
holds nothing for "kr", and a different value is held by nothing: the moved-figure readings judge those as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .evidence import Evidence
from .evidence_readers import record_lines
from .text.locale_amounts import currencies_of_mark, marked_figures, money_value

__all__ = ["READ_CURRENCY_FIELDS", "held_in_currency", "mark_currencies"]

#: Read a local mark's amount as held by a field or amount in a currency it may name; off in the decision's fit.
READ_CURRENCY_FIELDS = True

#: The words of a record field's name ("monthly fee dkk", "price_nok").
_WORD_RE = re.compile(r"[^\W\d_]+")
#: A field's value that is one bare number ("4380", "4.9", "187.18"), as a record writes it.
_BARE_RE = re.compile(r"-?\d+(?:\.\d+)?")
#: Three capitals, as an ISO code is written beside an amount: only a text with one is read for coded amounts.
_CODE_RE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


@lru_cache(maxsize=256)
def mark_currencies(mark: str) -> frozenset[str]:
    """The ISO codes a mark or code may stand for ("kr": DKK, ISK, NOK, SEK, ...; "nok": NOK; "zł": PLN), empty
    for no currency mark."""
    mark = mark.strip()
    if len(mark) == 3 and mark.isalpha() and mark.upper() in _iso_codes():
        return frozenset({mark.upper()})
    return currencies_of_mark(mark) or currencies_of_mark(mark.capitalize())


def _field_currencies(name: str) -> frozenset[str]:
    """The ISO codes a field's name carries as a word ("monthly fee dkk": DKK; "price kr": the krone's and krona's)."""
    codes: set[str] = set()
    for word in _WORD_RE.findall(name):
        if len(word) >= 2:
            codes |= mark_currencies(word)
    return frozenset(codes)


def _as_float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _held_amounts(evidence: Evidence) -> tuple[tuple[frozenset[str], frozenset[float]], ...]:
    """Each amount the evidence holds with its currencies: a record field named by a code and its bare value, and
    each amount a text marks with an ISO code ("DKK 4,380"; one written with "kr" is the moved-figure readings' own
    to compare), read once per request. The customer's messages and earlier turns hold none."""
    held: list[tuple[frozenset[str], frozenset[float]]] = []
    for source in evidence.sources:
        if source.user or source.earlier:
            continue
        if not source.prose:
            for _, name, value in record_lines(source.text):
                value = value.strip().rstrip(".").strip()
                codes = _field_currencies(name) if _BARE_RE.fullmatch(value) else frozenset()
                number = _as_float(value) if codes else None
                if number is not None:
                    held.append((codes, frozenset({number})))
        for marked in marked_figures(source.text) if _CODE_RE.search(source.text) else ():
            codes = mark_currencies(marked.mark) if len(marked.mark) == 3 else frozenset()
            number = _as_float(money_value(marked.figure, codes)) if codes else None
            if number is not None:
                held.append((codes, frozenset({number})))
    return tuple(held)


def held_in_currency(value: str, mark: str, evidence: Evidence) -> bool:
    """Is the claim's amount ``value`` (a normalised figure, "4380", "4.9"), written with ``mark`` ("kr", "nok",
    "€"), held by a record field or an evidence amount in a currency the mark may name (see the module)?"""
    if not READ_CURRENCY_FIELDS:
        return False
    codes = mark_currencies(mark)
    number = _as_float(value) if codes else None
    if number is None:
        return False
    return any(not codes.isdisjoint(theirs) and any(abs(number - held) < 1e-9 for held in values)
               for theirs, values in evidence.once("currency_fields.held", _held_amounts))

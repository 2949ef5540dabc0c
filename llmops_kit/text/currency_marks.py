"""Money written with an ISO currency code ("ISK 24,900", "GBP 286.00") or with a local sign and dot thousands
("kr. 24.900", "€ 1.200"), read as the same amount in the same currency.

A house may write its sheets in the local notation, "kr. 150.000", and its answers with the ISO code, "ISK
150,000". Without a reading of the two, every such answer is flagged: the code "ISK" is an acronym, so a name no
evidence holds; "150.000" is the decimal 150.0, so 150000 is absent; and "kr." ends a sentence, so the figure
after it is cut from its sentence. The same code beside a figure of a record with no currency word at all
("GBP 286.00" for "balance: 286.0") is flagged too, where "£286.00" passes.

:func:`money_marks_in` says which claims write money so; :func:`currencies_of` reads the currencies the
evidence writes (signs, codes, field names such as "price_gbp", currency words); :func:`as_marks` writes each
amount with one mark per currency and its thousands joined: "ISK 24,900" and "kr. 24.900" both "kr 24900",
"GBP 286.00" "£286.00". A code is rewritten only when the evidence writes its currency, or no currency at all
(as a sign is read today): "EUR 24,900" against "kr. 24.900" keeps its code, a name no evidence holds. Dot
groups are joined only after a currency mark ("version 1.200", "2.500 km" stay decimals) and only in a trace
that writes no money with a dot and two decimals ("€12.50"), where "€1.200" could not be a decimal. The quality
scorer judges only the claims that write such an amount again, in this spelling, against the evidence in this
spelling; every other claim keeps its verdict. ``READ_CURRENCY_MARKS`` turns the reading off
(``tools/fit_claim_decision.py`` fits without it, as it does the other readings before the decision).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .case_key import case_key

__all__ = ["READ_CURRENCY_MARKS", "as_marks", "currencies_of", "dot_decimals", "money_marks_in"]

#: Read currency codes and dot thousands at all; off while ``tools/fit_claim_decision.py`` fits the decision.
READ_CURRENCY_MARKS = True

#: Each ISO code's mark: the local sign its amounts are written with, one mark for currencies sharing a sign
#: (the krona and krone are all "kr"; the dollars "$").
_MARK_OF_CODE = {
    "gbp": "£", "eur": "€", "usd": "$", "aud": "$", "nzd": "$", "cad": "$", "sgd": "$", "hkd": "$", "mxn": "$",
    "jpy": "¥", "cny": "¥", "inr": "₹", "isk": "kr", "sek": "kr", "nok": "kr", "dkk": "kr", "chf": "chf",
    "pln": "pln", "czk": "czk", "huf": "huf", "brl": "brl", "aed": "aed",
}
#: The marks a currency word or local sign stands for.
_MARK_OF_WORD = {
    "pound": "£", "pounds": "£", "euro": "€", "euros": "€", "dollar": "$", "dollars": "$", "yen": "¥",
    "rupee": "₹", "rupees": "₹", "krona": "kr", "kronor": "kr", "krone": "kr", "kroner": "kr", "króna": "kr",
    "krónur": "kr", "franc": "chf", "francs": "chf",
}
_CODES = "|".join(_MARK_OF_CODE)
#: A figure: digits grouped by commas or dots, with decimals.
_FIGURE = r"\d+(?:[.,]\d+)*"
#: An upper-case ISO code beside a figure: "ISK 24,900", "GBP286.00", "24,900 ISK".
_CODED_RE = re.compile(rf"(?<![A-Za-z])({_CODES.upper()})\s?({_FIGURE})"
                       rf"|(?<![\d.,])({_FIGURE})\s?({_CODES.upper()})(?![A-Za-z])")
#: A local sign before a figure: "kr. 24.900", "kr 450", "€ 1.200", "£286.00" ("Fr." may be a Friday: not read).
_SIGNED_RE = re.compile(rf"(?:(?<![A-Za-z])(kr|Kr)\.?\s?|([£€$¥₹])\s?)(?=\d)({_FIGURE})")
#: Dot thousands: a dot before exactly three digits, once or more, with comma decimals or none.
_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
#: Money with a dot and two decimals: "€12.50", "£286.00", "kr 12.50". A trace writing so uses the dot as a decimal.
_DOT_DECIMAL_RE = re.compile(rf"(?:[£€$¥₹]|(?<![A-Za-z])(?:kr|{_CODES.upper()}))\.?\s?\d+\.\d{{2}}(?!\d)")
#: A currency said by its code anywhere (a field "price_gbp", "GBP 20"), by a sign, or in words.
_ANY_CODE_RE = re.compile(rf"(?<![A-Za-z])({_CODES})(?![A-Za-z])", re.IGNORECASE)
_ANY_SIGN_RE = re.compile(r"[£€$¥₹]|(?<![A-Za-z])(?:kr|Kr)\.?\s?(?=\d)")
_ANY_WORD_RE = re.compile(r"\b(" + "|".join(_MARK_OF_WORD) + r")\b", re.IGNORECASE)


def money_marks_in(text: str) -> bool:
    """Does ``text`` write an amount with an ISO code ("ISK 24,900") or a local sign and dot thousands
    ("kr. 150.000")? Only such a claim is judged again."""
    if not READ_CURRENCY_MARKS:
        return False
    if _CODED_RE.search(text):
        return True
    return any(_DOT_THOUSANDS_RE.fullmatch(m.group(3)) for m in _SIGNED_RE.finditer(text))


def _sign_mark(sign: str) -> str:
    return sign.strip().rstrip(".").lower()


def currencies_of(texts: Iterable[str | None]) -> frozenset[str]:
    """The marks of the currencies ``texts`` (the evidence) write: by sign, by code (also inside a field name,
    "price_gbp") or in words ("150,000 krónur"). Empty when they write none."""
    found: set[str] = set()
    for text in texts:
        if not text:
            continue
        found.update(_MARK_OF_CODE[case_key(m)] for m in _ANY_CODE_RE.findall(text))
        found.update(_sign_mark(m) for m in _ANY_SIGN_RE.findall(text))
        found.update(_MARK_OF_WORD[case_key(m)] for m in _ANY_WORD_RE.findall(text))
    return frozenset(found)


def dot_decimals(texts: Iterable[str | None]) -> bool:
    """Does any of ``texts`` write money with a dot and two decimals ("€12.50")? Then a dot is a decimal."""
    return any(text and _DOT_DECIMAL_RE.search(text) for text in texts)


def _figure(figure: str, dotted: bool) -> str:
    """The figure with its thousands joined when dot-grouped ("150.000" is "150000", "1.200,50" is "1200.50")."""
    if dotted and _DOT_THOUSANDS_RE.fullmatch(figure):
        return figure.replace(".", "").replace(",", ".")
    return figure


def _written(mark: str, figure: str) -> str:
    return f"{mark}{figure}" if mark in "£€$¥₹" else f"{mark} {figure}"


def as_marks(text: str, currencies: frozenset[str], *, dotted: bool = True) -> str:
    """``text`` with each amount written with its currency's one mark, thousands joined when dot-grouped
    after a mark (``dotted``): "ISK 24,900" and "kr. 24.900" are "kr 24,900" and "kr 24900". A code of a
    currency outside ``currencies`` (those the evidence writes) stays as written, unless the evidence
    writes no currency at all."""
    def coded(match: re.Match[str]) -> str:
        code, figure = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        mark = _MARK_OF_CODE[case_key(code)]
        if currencies and mark not in currencies:
            return match.group(0)
        return _written(mark, _figure(figure, dotted))

    def signed(match: re.Match[str]) -> str:
        mark = _sign_mark(match.group(1) or match.group(2))
        return _written(mark, _figure(match.group(3), dotted))

    return _SIGNED_RE.sub(signed, _CODED_RE.sub(coded, text))

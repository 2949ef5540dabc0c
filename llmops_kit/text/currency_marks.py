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

An amount in any locale's house style is read too (:data:`READ_LOCALE_MONEY`, the ``money50`` round): its figure
grouped by a comma, a dot, a space of any width or an apostrophe ("1 950,00", "1'950.00", "1.950"), its mark any sign,
abbreviation or ISO code the Unicode CLDR locale data gives a currency ("Kč", "Dkr", "$ AU", "Ksh"), before or after
the figure, as :mod:`llmops_kit.text.locale_amounts` reads it for the worked totals too (one table of marks, one scan,
one reader of a grouped figure). :class:`MoneyStyles` reads the evidence's currencies and amounts,
:func:`one_money_style` writes every amount in one style with the one mark of the evidence's currency it can be
(an ambiguous "kr" or "$" never another currency), and :func:`style_facts` says which facts a first judgement may miss
for the style alone: only a claim missing no other fact is judged again so, so a verdict about a period, a sum or a
free item stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from ..textcache import text_cache
from . import numbers
from .case_key import case_key
from .char_scans import has_digit
from .locale_amounts import currencies_of_mark, marked_figures, money_value
from .numbers import claim_numbers, evidence_numbers, normalise_number, typed_quantities

__all__ = ["READ_CURRENCY_MARKS", "READ_LOCALE_MONEY", "MoneyStyles", "as_marks", "currencies_of", "dot_decimals",
           "locale_money_in", "money_marks_in", "one_money_style", "style_facts"]

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
#: The Nordic "kr" after its figure ("1 950 kr", "1.950 kr."): the evidence writes the krona or krone so too, read
#: with :data:`~llmops_kit.text.numbers.READ_MARKS_AFTER_FIGURES` (the ``format51`` round), so a claim's "CZK 1,950"
#: keeps its code, a name the evidence must hold, when it is written in one style against "1 950 kr".
_KR_AFTER_RE = re.compile(r"(?<=\d)[ \u00a0\u202f]?(?:kr|Kr)(?![A-Za-z])")
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
        if numbers.READ_MARKS_AFTER_FIGURES and "r" in text and _KR_AFTER_RE.search(text):
            found.add("kr")
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


# ---- an amount of money in any locale's house style --------------------------------------------------------------

#: Read an amount of money in any locale's house style (the ``money50`` round): its figure grouped by a comma, dot,
#: space, no-break or narrow no-break space or apostrophe, its decimals after a dot or a comma ("1 950,00", "1'950.00",
#: "1.950" are one value, and a whole amount is its ",00"), and its currency by any sign, local abbreviation or ISO
#: code the Unicode CLDR locale data gives it, before or after the figure ("Kč" is CZK, "kr." one of DKK, ISK, NOK,
#: SEK). An unsupported claim that writes money so is judged again with every amount of the claim and the evidence in
#: one style (:func:`one_money_style`); a mark that may be several currencies ("$", "kr") is written as the
#: evidence's currency it can be, never as another one. Read only with ``READ_CURRENCY_MARKS``, the reading it
#: widens; off in the claim-decision fit.
READ_LOCALE_MONEY = True


class _Amount(NamedTuple):
    """An amount a text writes: where it starts and ends, what it says, the mark written before its figure (None
    when the mark follows it), the ISO codes the mark may be, and its value in one writing
    (:func:`~llmops_kit.text.locale_amounts.money_value`)."""

    start: int
    end: int
    written: str
    before: str | None
    codes: frozenset[str]
    value: str


def _amounts(text: str) -> tuple[_Amount, ...]:
    """Each amount of money ``text`` writes (:func:`_amounts_in`); none with the reading off."""
    if not (READ_CURRENCY_MARKS and READ_LOCALE_MONEY) or not has_digit(text):
        return ()
    return _amounts_in(text)


@text_cache()
def _amounts_in(text: str) -> tuple[_Amount, ...]:
    """Each amount of money ``text`` writes, in order, as :func:`~llmops_kit.text.locale_amounts.marked_figures`
    reads it: a figure with a currency mark of the CLDR data right before it ("CZK 1'950.00", "€ 1.950", "R 1
    950,00") or else right after it ("1 950,00 Kč", "1.950 kr.", "12,50 €")."""
    found: list[_Amount] = []
    for marked in marked_figures(text):
        codes = currencies_of_mark(marked.mark)
        written = text[marked.start:marked.end]
        found.append(_Amount(marked.start, marked.end, written, marked.mark if marked.before else None, codes,
                             money_value(marked.figure, codes)))
    return tuple(found)


def locale_money_in(text: str) -> bool:
    """Does ``text`` write an amount of money with a currency mark, in any style? Only such an unsupported claim is
    judged again in one style (:data:`READ_LOCALE_MONEY`)."""
    return bool(_amounts(text))


#: A currency named by a code inside a field's name or beside no figure ("price_gbp: 21.0", "paid in GBP"), or in
#: words ("150,000 krónur"): the evidence's currency too.
_NAMED_CODE_RE = re.compile(r"(?<![A-Za-z])(?:[A-Z]{3}|(?<=_)[a-z]{3})(?![A-Za-z])")


def _misread(written: str, value: str) -> str | None:
    """How the plain number reader misreads the amount ``written`` of the money ``value``: its "figure" ("€ 1.950"
    as 1.95), or its "money" (the figure right, but no amount of money: "12,50 €", the sign after its figure being
    no mark the reader knows); None when it reads it right."""
    if value not in evidence_numbers(written):
        return "figure"
    return "money" if f"{value} money" not in typed_quantities(written, True) else None


class MoneyStyles:
    """The currencies the evidence writes, each as the set of ISO codes its mark may be, with the values it writes
    in each: what a claim's amount is written against in :func:`one_money_style`."""

    def __init__(self, texts: Iterable[str | None]) -> None:
        self.held: dict[frozenset[str], set[str]] = {}  # in the order the evidence writes them
        #: the values of amounts the evidence writes in a style the plain number reader reads otherwise ("€ 1.950")
        self.misread: set[tuple[frozenset[str], str, str]] = set()  # (codes, value, how: :func:`_misread`)
        reading = READ_CURRENCY_MARKS and READ_LOCALE_MONEY
        for text in texts:
            if not text or not reading:
                continue
            for amount in _amounts(text):
                self._hold(amount.codes, amount.value)
                if (misread := _misread(amount.written, normalise_number(amount.value))) is not None:
                    self.misread.add((amount.codes, normalise_number(amount.value), misread))
            for code in _NAMED_CODE_RE.findall(text):
                if codes := currencies_of_mark(code.upper()):
                    self._hold(codes, None)
            for word in _ANY_WORD_RE.findall(text):
                mark = _MARK_OF_WORD[case_key(word)]
                self._hold(frozenset(c.upper() for c, m in _MARK_OF_CODE.items() if m == mark), None)

    def _hold(self, codes: frozenset[str], value: str | None) -> None:
        values = self.held.setdefault(codes, set())
        if value is not None:
            values.add(value)

    def written_as(self, codes: frozenset[str], value: str) -> str:
        """The one mark an amount of the currencies ``codes`` is written with: the evidence's currency it can be
        (the one holding the same value first); its own ISO code, a name the evidence must hold, when it can be none
        of them; its own mark when the evidence writes no currency at all (a record's "balance: 286.0")."""
        if not self.held:
            return _mark_of(codes)
        fitting = [(held_codes, values) for held_codes, values in self.held.items() if held_codes & codes]
        if not fitting:
            return _code_of(codes)
        for held_codes, values in fitting:
            if value in values:
                return _mark_of(held_codes)
        return _mark_of(fitting[0][0])

    def misread_alike(self, codes: frozenset[str], value: str, as_money: bool) -> bool:
        """Does the evidence write this value in a currency ``codes`` can be, in a style the plain number reader
        reads otherwise: its figure ("€ 1.950" read as 1.95), or, when the claim's amount is read ``as_money``, its
        being money ("12,50 €" read as a bare 12.5 against "€12.50")?"""
        value = normalise_number(value)
        return any(held_codes & codes and held == value and (how == "figure" or as_money)
                   for held_codes, held, how in self.misread)


def style_facts(claim: str, styles: MoneyStyles) -> frozenset[str]:
    """The facts a first judgement may find missing from ``claim`` for the style of its money alone: the figures the
    plain number reader takes from an amount it misreads ("1" and "950" of "CZK 1'950.00"), the words of a mark as
    names ("dkr" of "12,50 Dkr"), and the value of an amount the evidence writes, in a currency it can be, in a style
    the plain reader misreads ("1950" against "€ 1.950"). A claim missing other facts is not judged again in one
    style: its verdict is about more than how its money is written (a period, a sum, a free item)."""
    facts: set[str] = set()
    for amount in _amounts(claim):
        written, codes, value = amount.written, amount.codes, amount.value
        read = claim_numbers(written)
        if normalise_number(value) not in read:
            facts.update(read)
            facts.update(normalise_number(piece) for piece in re.findall(r"\d+(?:[.,]\d+)?", written))
        elif styles.misread_alike(codes, value, f"{normalise_number(value)} money" in typed_quantities(written)):
            facts.add(normalise_number(value))
        facts.update(word.lower() for word in re.findall(r"[^\W_]+", written) if not word.isdigit())  # "dkr", "ca"
        if amount.before and written[len(amount.before)].isdigit():  # a code glued to its figure, "ARS1.950"
            glued = re.sub(r"[\W_]", "", written).lower()
            facts.update(glued[:end] for end in range(len(amount.before) + 1, len(glued) + 1))
    return frozenset(facts | {f"{fact} money" for fact in facts})


#: The signs the number readers read as money (:mod:`llmops_kit.text.numbers`): an amount of a currency one of them
#: writes is written with it, so every reader of signed amounts reads it as before.
_READER_SIGNS = "€£$¥₹"
#: An amount as those readers write it: a sign, then the figure in comma thousands with the decimals after a dot.
_READER_WRITTEN_RE = re.compile(r"[€£$¥₹](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?")


@lru_cache(maxsize=256)
def _mark_of(codes: frozenset[str]) -> str:
    """The one mark amounts of ``codes`` are written with: a reader's sign whose currencies hold them all ("£" for
    GBP, "$" for any dollar), else an ISO code, the one English writes with a sign first ("ISK" for one code;
    "DKK" for the Nordic "kr")."""
    for sign in _READER_SIGNS:
        if codes <= currencies_of_mark(sign):
            return sign
    return _code_of(codes)


def _code_of(codes: frozenset[str]) -> str:
    """One ISO code of ``codes``: the one English writes with a sign first ("USD" for any "$"), else the first."""
    return min(codes, key=lambda code: (code not in _english_signed(), code))


@lru_cache(maxsize=1)
def _english_signed() -> frozenset[str]:
    """The codes English writes with a reader's sign (USD "$", GBP "£", EUR "€", JPY "¥", INR "₹")."""
    from babel import Locale

    return frozenset(code for code, symbol in Locale.parse("en").currency_symbols.items() if symbol in _READER_SIGNS)


def one_money_style(text: str, styles: MoneyStyles) -> str:
    """``text`` with each amount of money written in one style, with the one mark of the evidence's currency it can
    be (:meth:`MoneyStyles.written_as`), its figure's groups joined: "1 950,00 Kč" and "CZK 1'950.00" are both "CZK
    1950", "€ 1.950" is "€1950". An amount already so written, a sign and a figure as English writes it ("£1,950.00"),
    is left as it is, so every reader of signed amounts reads the text as before."""
    found = _amounts(text)
    if not found:
        return text
    out, at = [], 0
    for amount in found:
        out.append(text[at:amount.start])
        mark = styles.written_as(amount.codes, amount.value)
        kept = amount.before == mark and _READER_WRITTEN_RE.fullmatch(amount.written)
        out.append(amount.written if kept else _written(mark, amount.value))
        at = amount.end
    out.append(text[at:])
    return "".join(out)

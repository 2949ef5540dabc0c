"""A price's tax status turned round: "No, 25 % MVA is added on top of the prices" against "All prices include
25 % MVA.", "$1,058, plus 10% GST: $1,163.80" against "$320 incl. GST", or "$64.99 a month, HST included" against
"All prices plus HST (13%)".

Whether a tax is in the price or on top of it is one word of a sentence that otherwise repeats the texts ("MVA",
"prices", "25 %"), so the wording test finds the claim supported, and a sum that adds the tax again has only
figures the texts give or work out. Here the texts the model saw (articles, tool records, the system prompt, the
customer's statements; never a question, never the bot's earlier answers) are read for what they say of a tax:
in the price ("include VAT", "incl. GST", "MVA included", a record's "vat included: True") or on top of it ("plus
HST", "before GST", "excl. VAT", "VAT is added"). When they say one of these of a tax and never the other, a claim
saying the other of the same tax states the rule turned round.

The same tax: the local names of value added tax (VAT, MVA, moms, MwSt, USt, IVA, TVA, BTW, DPH, ALV, KDV, ÁFA,
DDV, PDV, FPA) are one tax; GST, HST, PST, QST, sales tax and consumption tax each their own; a bare "tax" is any
of them, and a tax named by another word ("city tax", "tourist tax") only itself.

A claim's "plus", "+", "added", "on top" or "extra" puts the tax on top whatever else it says ("plus 25 % moms
makes 9 750 kr including VAT"). A weaker note ("before GST", "ex VAT", "VAT included") is a breakdown as often as
a status when its price is worked out ("€80 before VAT" of "€100 incl. VAT"), so it is read only when every figure
of the claim is one the texts state. A claim saying both in weaker words, or naming the tax freed ("no VAT",
"VAT-free"), is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from .text import numbers_in, sentences_of
from .textcache import text_cache

__all__ = ["READ_TAX_INCLUSION", "TaxStatus", "statuses_in", "turned_tax"]

#: Read a claim that puts a tax on top of prices the texts say include it, or the reverse, as contradicted (the
#: ``tax52`` round: "No, 25 % MVA is added on top of the prices shown" against "All prices include 25 % MVA.");
#: off while the claim decision is fitted.
READ_TAX_INCLUSION = True

#: The local names of value added tax: one tax.
_VAT_NAMES = ("VAT", "MVA", "moms", "Moms", "MwSt", "MWST", "USt", "IVA", "TVA", "BTW", "DPH", "ALV", "KDV", "ÁFA",
              "DDV", "PDV", "FPA")
#: A tax's name, not the first word of a paper or an identifier it names ("VAT number", "tax invoice").
_NAME = (rf"(?:{'|'.join(_VAT_NAMES)}|GST|HST|PST|QST|(?i:(?:sales|consumption)\s+tax(?:es)?|tax(?:es)?))"
         r"(?![\s-]+(?i:invoices?|numbers?|no\.|receipts?|id|codes?|returns?|office|registration|credits?|refunds?"
         r"|deductible|reg\b))")
_PCT = r"(?:\d+(?:[.,]\d+)?\s?%\s+)?"
_ARTICLE = r"(?:(?:the|all|any|applicable|local)\s+)?"
#: A rate written after the tax: "IVA (19%)", "GST of 15%", "VAT at 7.5%".
_RATE_AFTER = r"(?:\s*\(\s*\d+(?:[.,]\d+)?\s?%\s*\)|\s+(?:of|at)\s+\d+(?:[.,]\d+)?\s?%)?"

#: The tax in the price, its word before it: "include 25 % MVA", "incl. GST", "inclusive of VAT".
_IN_BEFORE_RE = re.compile(
    rf"(?i:\b(?:incl(?:ud(?:e|es|ed|ing)|usive\s+of|\.)?|inc\.?|inkl\.?|inclusive\s+of|včetně))\s+{_ARTICLE}{_PCT}"
    rf"(?P<tax>{_NAME})\b")
#: The tax last of what a price includes: "Menu prices include the 10% service charge and 7% VAT".
_IN_LIST_RE = re.compile(
    rf"(?i:\binclud(?:e|es|ed|ing))\s+[^.;:?!]{{1,40}}?\s(?:and|&)\s+{_ARTICLE}{_PCT}(?P<tax>{_NAME})\b")
#: The tax in the price, its word after it: "VAT included", "HST is already included", "TVA comprise".
_IN_AFTER_RE = re.compile(
    rf"\b(?P<tax>{_NAME}){_RATE_AFTER}(?:[\s-]+(?:is|are))?(?:\s+already)?[\s-]+"
    r"(?i:included|inclusive|incl\.?|inc\.|comprise|compris|incluse?s?|incluid[oa]s?|inkludert|inkluderet"
    r"|inklusive|ingår)(?!\w)(?!\s*[:=])")
#: A record's flag: "vat included: True", "gst_inclusive: false".
_FLAG_RE = re.compile(r"\b(?P<tax>vat|gst|hst|mva|moms|iva|tva|btw|mwst|tax(?:es)?)[ _-]*(?:included|inclusive|incl)"
                      r"\s*[:=]\s*(?P<value>true|yes|false|no)\b", re.IGNORECASE)
#: The tax put on top, its word before it: "plus 10% GST", "+ 18% GST", "add 20% VAT".
_ON_BEFORE_RE = re.compile(rf"(?:(?i:\bplus|\badd(?:s|ed|ing)?)|\+)\s*{_ARTICLE}{_PCT}(?P<tax>{_NAME})\b")
#: The tax left out of the price: "before GST", "excl. VAT", "ex VAT", "pre-tax", "prices do not include VAT".
_OUT_BEFORE_RE = re.compile(
    rf"(?i:\b(?:excl(?:ud(?:e|es|ing)|usive\s+of|\.)?|ex\.?|exclusive\s+of|before|pre|net\s+of|not\s+including"
    rf"|(?:do|does|did)\s+not\s+include|(?:don|doesn)['’]t\s+include))[\s-]+{_ARTICLE}{_PCT}(?P<tax>{_NAME})\b")
#: The tax after the price, its word after it: "GST of 15% is added on top", "VAT on top", "HST extra"; and left
#: out, "VAT not included", "GST is excluded".
_ON_AFTER_RE = re.compile(
    rf"\b(?P<tax>{_NAME}){_RATE_AFTER}(?:\s+(?:is|are|will\s+be|gets?|get|comes?|goes))?\s+"
    r"(?P<word>(?i:added|extra|on\s+top|charged\s+on\s+top|excluded|not\s+included|(?:is|are)n['’]t\s+included))\b")
#: A tax freed from the price, or a word before it denying it: "no VAT", "without GST", "VAT-free"; a word denying
#: the inclusion ("do not include VAT") is read by :data:`_OUT_BEFORE_RE` instead.
_FREED_BEFORE_RE = re.compile(r"(?i:\b(?:no|not|without|zero|nor|never)\s+(?:\d+(?:[.,]\d+)?\s?%\s+)?)$")
_NEGATED_BEFORE_RE = re.compile(r"(?i:(?:\bnot|n['’]t|\bnever)\s+)$")
_FREED_AFTER_RE = re.compile(r"^(?i:[\s-]*(?:free|exempt))")
#: Words before a bare "tax" that leave it any tax ("plus the tax", "all taxes"); another word names another tax
#: ("city tax", "tourist tax").
_GENERIC_BEFORE = frozenset(("the", "all", "any", "applicable", "local", "and", "of", "plus", "add", "adds", "added",
                             "incl", "inc", "including", "include", "includes", "included", "inclusive", "before",
                             "excl", "excluding", "exclusive", "ex", "pre", "net", "with", "is", "are", "prices",
                             "price", "fees", "fee", "rates", "rate", "no"))
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)\W*$")
#: A question's last mark: a question ("Is VAT included in your prices?") states no status.
_QUESTION_END = "?"

IN, ON = "in", "on"


class TaxStatus(NamedTuple):
    """What a sentence says of a tax: ``status`` "in" the price or "on" top of it, ``tax`` its name as one
    (:func:`_tax_of`), ``strong`` when said with "plus", "+", "added", "on top" or "extra"; ``words`` the words
    saying it."""

    status: str
    tax: str
    strong: bool
    words: str


def _tax_of(text: str, start: int, name: str) -> str:
    """The tax a name stands for: "VAT" for each local name of value added tax, "*" for a bare "tax" (any tax),
    "<word> tax" for a tax another word names ("city tax")."""
    if name in _VAT_NAMES or name.upper() == "MWST":
        return "VAT"
    if name.isupper():
        return name
    plain = " ".join(name.lower().split()).removesuffix("es")
    if plain != "tax":
        return plain  # "sales tax", "consumption tax"
    before = _WORD_BEFORE_RE.search(text[:start])
    word = before.group(1).lower() if before else ""
    return "*" if not word or word in _GENERIC_BEFORE else f"{word} tax"


def _same_tax(one: str, other: str) -> bool:
    """The same tax, a bare "tax" standing for any tax but one another word names ("city tax")."""
    if one == other:
        return True
    return "*" in (one, other) and not (_named_by_word(one) or _named_by_word(other))


def _named_by_word(tax: str) -> bool:
    """Is the tax one another word names ("city tax", "tourist tax")?"""
    return tax.endswith(" tax") and tax not in ("sales tax", "consumption tax")


def _freed(sentence: str, match: re.Match[str]) -> bool:
    """Is the matched tax freed or denied by the words around it ("no VAT", "VAT-free")?"""
    start, end = match.start("tax"), match.end("tax")
    return bool(_FREED_BEFORE_RE.search(sentence[:start]) or _FREED_AFTER_RE.match(sentence[end:]))


def _found(sentence: str) -> list[TaxStatus]:
    """Every status one sentence (or claim) states of a tax."""
    found: list[TaxStatus] = []
    for pattern in (_IN_BEFORE_RE, _IN_LIST_RE, _IN_AFTER_RE):
        for match in pattern.finditer(sentence):
            if _freed(sentence, match) or _NEGATED_BEFORE_RE.search(sentence[:match.start()]):
                continue
            found.append(TaxStatus(IN, _tax_of(sentence, match.start("tax"), match.group("tax")), False, match[0]))
    for match in _ON_BEFORE_RE.finditer(sentence):
        if not _freed(sentence, match):
            found.append(TaxStatus(ON, _tax_of(sentence, match.start("tax"), match.group("tax")), True, match[0]))
    for match in _OUT_BEFORE_RE.finditer(sentence):
        if not _freed(sentence, match):
            found.append(TaxStatus(ON, _tax_of(sentence, match.start("tax"), match.group("tax")), False, match[0]))
    for match in _ON_AFTER_RE.finditer(sentence):
        if not _freed(sentence, match):
            word = match.group("word").lower()
            strong = word in ("added", "extra") or "top" in word
            found.append(TaxStatus(ON, _tax_of(sentence, match.start("tax"), match.group("tax")), strong, match[0]))
    for match in _FLAG_RE.finditer(sentence):
        tax = match.group("tax")
        name = "*" if tax.lower().startswith("tax") else "VAT" if tax.upper() in ("VAT", "MVA", "MOMS", "IVA", "TVA",
                                                                                 "BTW", "MWST") else tax.upper()
        found.append(TaxStatus(IN if match.group("value").lower() in ("true", "yes") else ON, name, False, match[0]))
    return found


@text_cache(maxsize=2048)
def statuses_in(text: str) -> tuple[tuple[TaxStatus, str], ...]:
    """(status, sentence) of every tax status a text states, questions left out (cached per text: articles
    recur, and each claim naming a tax is held against all of them)."""
    if not _names_tax(text):
        return ()
    return tuple((status, sentence) for sentence in _sentences(text)
                 if not sentence.rstrip().endswith(_QUESTION_END) for status in _found(sentence))


#: A sentence the splitter ended at a tax note's abbreviation ("$320 incl." | "GST, on Tuesdays ..."): joined again.
_CUT_AT_NOTE_RE = re.compile(r"(?i:\b(?:incl|inc|excl|ex|inkl)\.)$")


def _sentences(text: str) -> list[str]:
    """The text's sentences, one cut after "incl." or "excl." joined to the next."""
    out: list[str] = []
    for sentence in sentences_of(text):
        if out and _CUT_AT_NOTE_RE.search(out[-1]):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


def _claim_status(claim: str) -> list[TaxStatus]:
    """The status the claim states of each tax it names: "on" when it puts it on top in strong words, or says
    only that it is left out; "in" when it says only that it is in; none when it says both in weaker words.
    ``strong`` as said."""
    by_tax: dict[str, list[TaxStatus]] = {}
    for status in _found(claim):
        by_tax.setdefault(status.tax, []).append(status)
    out = []
    for said in by_tax.values():
        strong = [s for s in said if s.status == ON and s.strong]
        if strong:
            out.append(strong[0])
        elif len({s.status for s in said}) == 1:
            out.append(said[0])
    return out


def turned_tax(claim: str, texts: Iterable[str]) -> tuple[str, str] | None:
    """(the claim's words saying it, the text sentence) when the claim says a tax is on top of the price where the
    texts say only that it is in it, or the reverse; None otherwise. ``texts``: what the model saw but its own
    earlier answers."""
    if not READ_TAX_INCLUSION or not _names_tax(claim):
        return None
    said = _claim_status(claim)
    if not said:
        return None
    texts = tuple(texts)
    stated = [found for text in texts for found in statuses_in(text)]
    if not stated:
        return None
    held: frozenset[str] | None = None
    for status in said:
        sides = [(s, sentence) for s, sentence in stated if _same_tax(s.tax, status.tax)]
        if not sides or any(s.status == status.status for s, _ in sides):
            continue  # the texts say nothing of this tax, or say what the claim says (both ways: not read)
        if not status.strong:  # a weaker note beside a worked figure may be a breakdown: read when the texts
            if held is None:  # state every figure of the claim
                held = frozenset().union(*(numbers_in(text) for text in texts))
            if not numbers_in(claim) <= held:
                continue
        return status.words, sides[0][1]
    return None


def _names_tax(text: str) -> bool:
    """Does the text name a tax, in words or as a record's flag?"""
    return re.search(_NAME, text) is not None or _FLAG_RE.search(text) is not None

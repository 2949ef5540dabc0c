"""A price the texts give for a thing a party shares, stated per person: "TSh 120,000 per person from Moshi" against
"From Moshi add TSh 120,000 per vehicle", "1,200 THB per person" against "1,200 THB per car, up to 4 people".

The figure is held, every word of the claim is the article's, and the hard-fact step asks only whether the amount
occurs: only the basis it is charged on is wrong, and it multiplies what a party pays by its size.
:mod:`llmops_kit.unit_prices` reads such a price taken as a head count's factor ("3 × ฿200" of "฿200 per group") and
:mod:`llmops_kit.rate_units` a per-unit price given for the customer's whole; a plain restatement with another basis
is read here.

:func:`person_priced_share` reads a claim that writes an amount (a figure of three digits or more, in any currency's
marks) right before "per person / head / guest / adult / passenger / pax", "a person / head" or "pp", when the
texts write that figure, each time they write it with a basis, per a shared thing (:data:`SHARED_BASES`: a
vehicle, car, boat, group, booking, family, room, table, ...) and never per person. A figure the texts also write per
person, a basis the texts give per any other unit ("per hour", "per night"), "each" (which may count the shared things
themselves: "two rooms at 1,200 THB each") and a figure the texts do not write are left alone.

Read in :mod:`llmops_kit.grounding` beside the other moved-figure readings; :data:`READ_SHARED_BASES` is off in the
claim-decision fit.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text.char_scans import has_digit, holds_any
from .text.split import sentences_of
from .textcache import text_cache

__all__ = ["READ_SHARED_BASES", "SHARED_BASES", "person_priced_share"]

#: Read a shared thing's price stated per person (the ``limits56`` round); off while the claim decision is fitted.
READ_SHARED_BASES = True
#: Things a party shares and pays for once: a price per one of them is no price per person.
SHARED_BASES = ("vehicle", "car", "van", "jeep", "minibus", "bus", "boat", "taxi", "group", "booking", "party",
                "family", "household", "room", "table", "lane", "court", "cabin", "tent", "team", "flat")
#: A figure of an amount: three digits or more, its thousands grouped or not ("120,000", "1 200", "950").
_FIGURE = r"(?<![\d.,])(\d{1,3}(?:[,.' ]\d{3})+|\d{3,})(?![\d])"
#: The marks an amount may carry right after its figure, before its basis ("1,200 THB per car", "500 zł a head"): a
#: code in capitals (read case-blind, "per" would pass for one).
_MARK_AFTER = r"(?:\s?(?:[A-Z]{3}|kr\.?|zł|Ft|Kč|€|\$|£)(?![A-Za-z]))?"
_PERSON = r"(?i:per\s+(?:person|head|guest|adult|passenger|pax)|an?\s+(?:person|head)|pp)\b"
#: The claim's amount charged per person.
_PER_PERSON_RE = re.compile(_FIGURE + _MARK_AFTER + r"\s*" + _PERSON)
#: An amount of the texts with what follows it.
_HELD_RE = re.compile(_FIGURE + _MARK_AFTER + r"\s*(.{0,40})", re.DOTALL)
_SHARED_AFTER_RE = re.compile(r"(?:per|an?|for\s+(?:each|every|the|one))\s+(?:" + "|".join(SHARED_BASES) + r")s?\b",
                              re.IGNORECASE)
_PERSON_AFTER_RE = re.compile(_PERSON, re.IGNORECASE)


def _digits(figure: str) -> str:
    """A figure's digits alone ("120,000" and "120 000" are one figure)."""
    return re.sub(r"\D", "", figure)


@text_cache(maxsize=2048)
def _bases(text: str) -> tuple[tuple[str, str, str], ...]:
    """(digits, basis: "shared" / "person" / "", sentence) of each amount of a text, read once per text."""
    if not has_digit(text):
        return ()
    found = []
    for sentence in sentences_of(text):
        for m in _HELD_RE.finditer(sentence):
            after = m.group(2)
            basis = ("shared" if _SHARED_AFTER_RE.match(after) else "person" if _PERSON_AFTER_RE.match(after)
                     else "")
            found.append((_digits(m.group(1)), basis, sentence))
    return tuple(found)


def person_priced_share(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the sentence pricing the figure per a shared thing, the claim's "<figure> per person") when the
    claim charges per person an amount the texts charge only per a shared thing (see the module docstring)."""
    if not READ_SHARED_BASES or not has_digit(claim) or not holds_any(claim.lower(), ("per", "pp", "person", "head")):
        return None
    for m in _PER_PERSON_RE.finditer(claim):
        digits = _digits(m.group(1))
        held = [(source.label, basis, sentence) for source in evidence.sources
                for figure, basis, sentence in _bases(source.text) if figure == digits]
        if any(basis == "person" for _, basis, _ in held):
            continue  # the texts charge it per person too
        shared = next(((label, sentence) for label, basis, sentence in held if basis == "shared"), None)
        if shared is not None:
            return shared[0], shared[1], m.group(0)
    return None

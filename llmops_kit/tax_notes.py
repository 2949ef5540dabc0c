"""A tax note beside a price where no text says anything about tax: "EUR 145, VAT included", "$150.00 (plus the
farm call and GST)", "£552.50 before the call fee and GST".

Answers add the tax status of a price out of habit, the way a till receipt does. When the articles, the
instructions, the tool records and the customer's messages name no tax at all, the note is the writer's framing of
the price, not a fact any text could hold or deny: the hard-fact step read the capitalised "VAT" as a name no
text holds and flagged an otherwise word-for-word price. Here the tax word of such a note, and the word saying
whether the price holds it ("included", "extra"), are taken out of what the claim must find, so the price is
judged on its figure and its other words.

A note is read only when no text names a tax (``tax``, ``VAT``, ``GST`` ...): where an article says "prices
include VAT", a claim's "plus VAT" is a statement about that rule and is judged as before. A claim that frees a
price from tax ("VAT-free", "no GST", "without VAT") states a benefit and is never read here, and the price's
figure stays a hard fact either way (a changed price is still flagged).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import stem
from .text.char_scans import holds_any

__all__ = ["READ_UNSTATED_TAX", "unstated_tax_names", "unstated_tax_stems"]

#: Read a tax note ("VAT included", "plus GST") beside a price as no fact when no text names a tax (the ``right49``
#: round: "An upright tuning is EUR 145,-, VAT included" was flagged for a "VAT" no article mentions); off while
#: the claim decision is fitted.
READ_UNSTATED_TAX = True

_TAX_NAMES = ("VAT", "GST", "HST", "MwSt", "IVA", "TVA", "BTW")
_TAX = rf"(?:{'|'.join(_TAX_NAMES)})"
#: The tax names a claim's note may use; the same names and the word "tax" mark a text that speaks of tax.
_TAX_NAME_RE = re.compile(rf"\b{_TAX}\b")
_TEXT_TAX_RE = re.compile(rf"\b(?:{_TAX}|tax(?:es)?|taxed)\b", re.IGNORECASE)
#: A tax note: the tax after a word that adds or includes it ("incl. VAT", "plus GST", "before the call fee and
#: GST"), or before a word saying so ("VAT included", "GST extra").
_NOTE_RE = re.compile(
    rf"\b(?:incl(?:uding|usive\s+of|\.)?|inc\.|plus|ex(?:cl(?:uding|\.)?|\.)?|before|after|and|\+)\s+"
    rf"(?P<before>{_TAX})\b(?![\s-]*(?:free|exempt))"
    rf"|\b(?P<after>{_TAX})\s+(?P<word>included|inclusive|incl\.?|extra|excluded|on\s+top)\b")
#: A note freeing the price from tax: a benefit the texts must state, never read here.
_FREED_RE = re.compile(rf"\b(?:no|without|zero)\s+{_TAX}\b|\b{_TAX}[\s-]*(?:free|exempt)\b", re.IGNORECASE)


def _notes(claim: str, texts: Iterable[str]) -> list[re.Match[str]]:
    """The claim's tax notes, when it has one, frees nothing from tax and no text names a tax."""
    if (not READ_UNSTATED_TAX or not holds_any(claim, _TAX_NAMES) or _TAX_NAME_RE.search(claim) is None
            or _FREED_RE.search(claim)):
        return []
    notes = list(_NOTE_RE.finditer(claim))
    if not notes or any(_TEXT_TAX_RE.search(text) for text in texts):
        return []
    return notes


def unstated_tax_names(names: frozenset[str], claim: str, texts: Iterable[str]) -> frozenset[str]:
    """The ``names`` of the claim (as :func:`~llmops_kit.text.names_in` gives them, lower case) that are the tax of
    a note no text could hold ("vat" of "VAT included" where no text names a tax)."""
    taxes = {(note.group("before") or note.group("after")).lower() for note in _notes(claim, texts)}
    return frozenset(name for name in names if name.lower() in taxes)


def unstated_tax_stems(claim: str, texts: Iterable[str]) -> frozenset[str]:
    """The stems of the claim's tax notes no text could hold: the tax and the word saying it is in or on top
    ("vat", "includ" of "VAT included")."""
    found: set[str] = set()
    for note in _notes(claim, texts):
        found.add(stem((note.group("before") or note.group("after")).lower()))
        if note.group("word"):
            found.update(stem(word) for word in note.group("word").lower().rstrip(".").split())
    return frozenset(found)

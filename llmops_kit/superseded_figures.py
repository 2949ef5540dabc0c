"""The figures a customer has taken back: "make that 4 sedans, not 3", "it's 180 lb, not 120", "not 3 but 4".

The derived-figure search (:class:`~llmops_kit.evidence_derived.DerivedFigures`) lets an answer work from the
customer's own figures, now or in earlier turns ("€1,900 rent less the €200 deposit"). A customer who corrects a
figure states the old one too, after "not", and often in an earlier turn ("Full Shine for 3 sedans"); an answer
worked on the old figure ("That's AED 255" for 3 × AED 85, when the customer now has 4 cars) is then explained as
arithmetic on the customer's figures. :func:`superseded_figures` reads which figures the customer's own
messages take back: the figure after "not" in a correction that gives the new one beside it ("<new> [unit], not
<old>", "not <old> but <new>", "not <old>, <new>"), and, when the correction gives no old figure ("make that 4
sedans", "actually it's 180 lb"), an earlier turn's figure of the same noun or unit. They leave the customer's
operands only: a figure a source states stays held, and a "not" with no new figure beside it ("not 3 pm, I
mean the morning") takes nothing back. ``READ_SUPERSEDED`` switches the reading off
(``tools/fit_claim_decision.py`` fits the decision without it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text.char_scans import has_digit
from .text.numbers import normalise_number
from .text.tokens import singular_noun
from .textcache import text_cache

__all__ = ["READ_SUPERSEDED", "superseded_figures"]

#: Read the customer's corrections at all; off while ``tools/fit_claim_decision.py`` fits the decision.
READ_SUPERSEDED = True

#: One figure, or a product of figures as sizes are written ("60 × 80", "50x70").
_FIGURES = r"\d[\d,.]*(?:\s?[×x]\s?\d[\d,.]*)*"
#: Up to two words naming what the figure counts or measures ("sedans", "sq ft", "lb", "cm").
_UNIT = r"(?:\s(?!not\b|but\b)[a-z²]{1,12}\b){0,2}"
#: "<new> [unit], not <old>" and "not <old> [unit], but <new>" / "not <old> but <new>".
_NEW_NOT_OLD_RE = re.compile(rf"(?<![\w.,])({_FIGURES})(?![.,]?\d)({_UNIT}),?\s(?:and\s)?not\s(?:the\s)?({_FIGURES})"
                             r"(?![\w.,]\d)", re.IGNORECASE)
_NOT_OLD_NEW_RE = re.compile(rf"\bnot\s(?:the\s)?({_FIGURES})(?![.,]?\d)({_UNIT})(?:,\s(?:but\s)?|\sbut\s)"
                             rf"(?:it's\s|it\sis\s)?({_FIGURES})(?![\w.,]\d)", re.IGNORECASE)
#: A correction giving the new figure alone: "make that 4 sedans", "actually it's 180 lb", "I had the size
#: wrong: it is 60 × 80 cm".
_NEW_ONLY_RE = re.compile(rf"\b(?:make\sthat|change\s(?:that|it)\sto|actually(?:,)?(?:\sit's|\sit\sis|\sthere\sare|"
                          rf"\swe're|\swe\sare)?|wrong:?\s(?:it's|it\sis))\s({_FIGURES})\s([a-z]{{1,12}})",
                          re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d[\d,.]*\d|\d")
#: A figure and the word after it, in an earlier turn ("for 3 sedans", "120 lb of copper").
_COUNTED_RE = re.compile(rf"(?<![\w.,])({_FIGURES})\s([a-z]{{1,12}})", re.IGNORECASE)
_CUES = ("not", "make that", "actually", "wrong", "change")


def _numbers(figures: str) -> set[str]:
    return {normalise_number(n.rstrip(".,")) for n in _NUMBER_RE.findall(figures)}


@text_cache()
def _corrections(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(old figures, new figures, nouns of new figures given with no old one) of one customer message."""
    if not has_digit(text):
        return frozenset(), frozenset(), frozenset()
    lower = text.lower()
    if not any(cue in lower for cue in _CUES):
        return frozenset(), frozenset(), frozenset()
    old: set[str] = set()
    new: set[str] = set()
    nouns: set[str] = set()
    if "not" in lower:
        for match in _NEW_NOT_OLD_RE.finditer(text):
            new |= _numbers(match.group(1))
            old |= _numbers(match.group(3))
        for match in _NOT_OLD_NEW_RE.finditer(text):
            old |= _numbers(match.group(1))
            new |= _numbers(match.group(3))
    if not old:
        for match in _NEW_ONLY_RE.finditer(text):
            new |= _numbers(match.group(1))
            nouns.add(singular_noun(match.group(2)))
    return frozenset(old - new), frozenset(new), frozenset(nouns)


def superseded_figures(turns: Sequence[tuple[str, bool]]) -> frozenset[str]:
    """The figures the customer has taken back, normalised like any number. ``turns``: the customer's messages
    as (text, earlier), the earlier turns first. A figure after "not" in a correction that gives the new one
    beside it; for a correction with no old figure, an earlier turn's figure of the new figure's noun or unit."""
    if not READ_SUPERSEDED:
        return frozenset()
    old: set[str] = set()
    new: set[str] = set()
    nouns: set[str] = set()
    for text, _ in turns:
        taken, given, named = _corrections(text)
        old |= taken
        new |= given
        nouns |= named
    if nouns:
        for text, earlier in turns:
            if earlier and has_digit(text):
                old.update(n for m in _COUNTED_RE.finditer(text) if singular_noun(m.group(2)) in nouns
                           for n in _numbers(m.group(1)))
    return frozenset(old - new)

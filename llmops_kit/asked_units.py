"""A figure given in the unit the customer's question asks for, read as the conversion of the conversation's figure
of that measure: "how many miles is that?" after "It's 12 km from the village" is answered "About 7.5 miles", and
"28 knots - what's that in km/h?" "About 52 km/h".

A conversion is otherwise read only when the claim names both units ("12 km is about 7.5 miles",
:func:`llmops_kit.arithmetic_steps.converted`); a follow-up that asks for a unit leaves the first unit to the
question or the turn before it. Read only when the question asks for the unit ("how many miles", "in km/h", "into
feet") that the claim writes after the figure, and only from a figure the conversation's turns state in the other
unit of one conversion of the project's table (the question itself, the customer's earlier turns, the assistant's
earlier answers; never the documents' many figures), converted the way the table gives, within the rounding the
claim writes. A wrong factor ("About 9 miles" of 12 km), a figure in a unit nobody asked for, or one with no figure of
the other unit in the conversation stays judged as before. Switched off by ``READ_ASKED_UNITS`` in the
claim-decision fit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .arithmetic_steps import conversion_factors, rounding
from .text.tokens import stem

__all__ = ["READ_ASKED_UNITS", "asked_conversion", "asked_unit_words"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``).
READ_ASKED_UNITS = True

#: A figure as written: digits grouped by commas, or with a decimal point.
_FIGURE = r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![.,]?\d)"
#: Words that ask for a unit right before it: "how many miles", "what's that in km/h", "convert it into feet".
_ASKING = r"\b(?:how many|how much|in|into|to)\s"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], float], ...]:
    """Per conversion: the first unit asked for, the second asked for, a figure in the first, a figure in the
    second, and how many of the second one of the first makes."""
    out = []
    for first, second, factor in conversion_factors():
        asked = [re.compile(_ASKING + rf"(?:{unit})(?![a-z])", re.IGNORECASE) for unit in (first, second)]
        given = [re.compile(_FIGURE + rf"\s?(?:{unit})(?![a-z])", re.IGNORECASE) for unit in (first, second)]
        out.append((asked[0], asked[1], given[0], given[1], factor))
    return tuple(out)


def _figures(pattern: re.Pattern[str], text: str) -> list[float]:
    return [float(m.group(1).replace(",", "")) for m in pattern.finditer(text)]


def _asks_a_unit(question: str) -> bool:
    lowered = question.lower()
    return " in " in lowered or "how " in lowered or "to " in lowered or lowered.startswith("in ")


def _converted_in(value: str, claim: str, question: str, turns: str) -> re.Match[str] | None:
    """The claim's figure ``value`` with its unit, when it is the conversion the question asks for, or None."""
    try:
        target = float(value)
    except ValueError:
        return None
    for asked_first, asked_second, given_first, given_second, factor in _patterns():
        for asked, in_claim, other, step in ((asked_first, given_first, given_second, 1 / factor),
                                            (asked_second, given_second, given_first, factor)):
            if not asked.search(question):
                continue
            written = next((m for m in in_claim.finditer(claim) if float(m.group(1).replace(",", "")) == target), None)
            if written is not None and any(abs(g * step - target) <= rounding(value, target)
                                           for g in _figures(other, turns)):
                return written
    return None


def asked_conversion(value: str, claim: str, question: str, turns: str) -> bool:
    """Is ``value``, a figure of the claim written in the unit the ``question`` asks for, a figure the conversation's
    ``turns`` (the question and the earlier turns) state in the other unit of a conversion, converted?"""
    if not READ_ASKED_UNITS or not question or not turns or not _asks_a_unit(question):  # most questions ask none
        return False
    return _converted_in(value, claim, question, turns) is not None


#: Words saying a converted figure is rounded.
_HEDGES = frozenset(stem(w) for w in ("about", "around", "roughly", "approximately", "approx", "nearly", "almost"))
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_FIGURE_RE = re.compile(_FIGURE)


def asked_unit_words(claim: str, question: str, turns: str) -> frozenset[str]:
    """The stems of the unit words (and the hedges) of a figure of the claim that is the conversion the question
    asks for (:func:`asked_conversion`): arithmetic, as a conversion's units are, and no words to find."""
    if not READ_ASKED_UNITS or not question or not turns or not _asks_a_unit(question):
        return frozenset()
    found: set[str] = set()
    for m in _FIGURE_RE.finditer(claim):
        written = _converted_in(m.group(1).replace(",", ""), claim, question, turns)
        if written is not None:
            unit = written.group(0)[len(written.group(1)):]
            found.update(stem(w.lower()) for w in _LETTERS_RE.findall(unit))
    return frozenset(found | _HEDGES) if found else frozenset()

"""The words of a unit conversion the claim works out itself: "About two metres, which is roughly six and a half
feet", "99 m², which is roughly 1,066 sq ft".

The hard-fact step has accepted the converted figure (:func:`llmops_kit.arithmetic_steps.converted`: the claim
names both units and one figure is the other converted, within the rounding it writes), but the unit it converts
to ("feet", "sq ft") and the hedge that says it is rounded ("roughly", "about") are words no evidence holds, so
the wording check found the claim's subject matter new and the fitted decision called it unsupported. Those
words are part of the arithmetic, as the words of a date or a duration are (``_fact_words`` in
:mod:`llmops_kit.grounding`), and are left out of the words compared. Only when a figure of the claim is another
figure of the claim converted: a unit named beside an unconverted figure stays a word to find, and every other
word of the claim is still compared ("... and we move the furniture for you" stays new).
"""

from __future__ import annotations

import re

from .arithmetic_steps import converted, named_conversions
from .evidence_readers import NONE as _NONE
from .text import numbers_in
from .text.numbers import as_digits, spells_number
from .text.tokens import stem
from .textcache import text_cache

__all__ = ["READ_MILE_SETTINGS", "converted_unit_words"]

#: Words saying a converted figure is rounded.
_HEDGES = frozenset(stem(w) for w in ("about", "around", "roughly", "approximately", "approx", "nearly", "almost"))
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_NUMERIC_RE = re.compile(r"\d+(?:\.\d+)?")
_DIGIT_RE = re.compile(r"\d")


#: The words telling a land mile from a nautical one in a claim giving both ("roughly 11 miles on land (9.7
#: nautical miles on the water)"): part of the units, no subject matter (the ``conv47`` round; off in the fit).
READ_MILE_SETTINGS = True
_MILE_SETTINGS = frozenset(stem(w) for w in ("land", "water", "sea", "statute", "road"))
_NAUTICAL, _MILE = stem("nautical"), stem("miles")
#: A figure in miles that are not nautical ("11 miles", "about 11 statute miles").
_PLAIN_MILES_RE = re.compile(r"\d\s?(?:statute\s)?miles?\b(?! per| an hour)", re.IGNORECASE)


@text_cache()
def converted_unit_words(claim: str) -> frozenset[str]:
    """The stems of the unit words (and the hedges) of a conversion the claim states between two of its own
    figures, or none."""
    if not _DIGIT_RE.search(claim) and not spells_number(claim):
        return _NONE
    written = as_digits(claim) if spells_number(claim) else claim
    figures = [n for n in numbers_in(written) if _NUMERIC_RE.fullmatch(n)]
    if len(figures) < 2:
        return _NONE
    named = named_conversions(written)
    if not named or not any(converted(n, [float(m) for m in figures if m != n], written) for n in figures):
        return _NONE
    words = {stem(w.lower()) for one, other, _ in named for m in (one, other) for w in _LETTERS_RE.findall(m.group(0))}
    if READ_MILE_SETTINGS and _NAUTICAL in words and _MILE in words and _PLAIN_MILES_RE.search(written):
        words |= _MILE_SETTINGS  # "11 miles on land (9.7 nautical miles on the water)": which mile is meant
    return frozenset(words | _HEDGES) if words else _NONE


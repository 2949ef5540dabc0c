"""Per-character scans of a text at C speed: the word readers' character-class runs, and whether a text has a digit.

Several readers scan each new claim, clause and sentence for its words with a pattern that is only a run of a
character class: :func:`~llmops_kit.text.tokens.words_in` (``[a-z0-9]+`` of the lower-cased text), the number
readers' word list (``[a-z]+``), the language test's words and the tokeniser's words (``[A-Za-z][A-Za-z'’-]*[A-Za-z]``).
Python's regex engine costs ~20-40 ns a character for such a scan and a string object per match; a text is scanned
by three or four of them. For an ASCII text the same runs come out of ``bytes.translate`` (a 256-byte table maps
every character to itself, to its lower case or to a space, in C) and ``split()``: two to three times faster on a
claim, and the same list, in the same order.

Why it is exact: ``findall`` of a pattern that is one character class repeated (``[a-z]+``) gives the maximal runs
of that class, left to right; mapping every character outside the class to a space and splitting on spaces gives
those runs too. The tokeniser's pattern (:func:`ascii_words`) may hold an apostrophe or a hyphen inside a word but
neither at its ends, so within each maximal run of letters, apostrophes and hyphens it matches the run with the
apostrophes and hyphens at its two ends taken off (and nothing when the run holds no letter).

Only ASCII texts: outside ASCII, lower-casing can make an ASCII letter of another character (the Kelvin sign is
"k") and a table of 256 bytes says nothing of the rest, so callers send any other text to their pattern.
:func:`has_digit` is ``any(ch.isdigit() for ch in text)``, which a dozen per-claim tests ask: a generator step per
character (~45 ns) until the first digit, against one C-speed search on an ASCII text. :func:`holds_any` is
``any(key in text for key in keys)``, the key-word pre-test in front of several claim patterns, in one loop instead
of a generator set up and resumed per key.

``tests/test_char_scans.py`` checks each helper against the pattern or test it stands for, on random texts.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

__all__ = ["ascii_words", "has_digit", "holds_any", "lower_alnum_runs", "lower_letter_runs", "may_hold"]


def _table(keep: str, fold: bool) -> bytes:
    """Every byte to a space but those of ``keep`` (to themselves); ``fold``: A-Z to a-z as well."""
    out = bytearray(b" " * 256)
    for char in keep:
        out[ord(char)] = ord(char)
    if fold:
        for char in string.ascii_uppercase:
            out[ord(char)] = ord(char.lower())
    return bytes(out)


_LOWER_LETTERS = _table(string.ascii_lowercase, fold=True)
_LOWER_ALNUM = _table(string.ascii_lowercase + string.digits, fold=True)
_WORDISH = _table(string.ascii_letters + "'-", fold=False)


def lower_letter_runs(text: str) -> list[str]:
    """``re.findall(r"[a-z]+", text.lower())`` of an ASCII ``text``."""
    return text.encode("ascii").translate(_LOWER_LETTERS).decode("ascii").split()


def lower_alnum_runs(text: str) -> list[str]:
    """``re.findall(r"[a-z0-9]+", text.lower())`` of an ASCII ``text``."""
    return text.encode("ascii").translate(_LOWER_ALNUM).decode("ascii").split()


def ascii_words(text: str) -> list[str]:
    """``re.findall(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]", text)`` of an ASCII ``text`` (case kept)."""
    runs = text.encode("ascii").translate(_WORDISH).decode("ascii").split()
    if "'" not in text and "-" not in text:  # every run is letters only: each is a word as it stands
        return runs
    return [word for run in runs if (word := run.strip("'-"))]


_ASCII_DIGIT_RE = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)``: by one C-speed search for an ASCII text (most claims), character by
    character otherwise (superscripts and other scripts' digits count too)."""
    if text.isascii():
        return _ASCII_DIGIT_RE.search(text) is not None
    return any(map(str.isdigit, text))


def holds_any(text: str, keys: Iterable[str]) -> bool:
    """``any(key in text for key in keys)``: the substring tests in one loop, no generator to set up and resume."""
    for key in keys:  # noqa: SIM110 (a plain loop: this is the generator's replacement)
        if key in text:
            return True
    return False


def may_hold(text: str, keys: tuple[str, ...]) -> bool:
    """May a case-blind pattern that needs one of ``keys`` (lower-case ASCII) match ``text``? An ASCII text
    holding none of them cannot match, and is spared the pattern (several microseconds on each clause of each
    claim); any other text is read by the pattern, as a case-blind pattern matches "ſ" as "s" and the Kelvin sign
    as "k"."""
    if not text.isascii():
        return True
    lowered = text.lower()
    for key in keys:  # noqa: SIM110 (a plain loop: no generator to set up, some thirty calls a request)
        if key in lowered:
            return True
    return False

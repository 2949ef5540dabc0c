"""The C-speed character scans (:mod:`llmops_kit.text.char_scans`) give what the patterns and tests they stand for give.

Each helper is checked against its pattern (or the generator test) on random texts built to hit the edges: every
ASCII character, apostrophes and hyphens at the ends and inside of words, digits glued to letters, runs of
separators, tabs and the information separators ``str.split`` would split on. The readers built on them are checked
through their public functions on made-up texts, against the pattern the reader ran before, non-ASCII texts included
(which still go to the pattern).
"""

from __future__ import annotations

import random
import re

from llmops_kit.text import tokens, words_in
from llmops_kit.text.char_scans import ascii_words, has_digit, holds_any, lower_alnum_runs, lower_letter_runs
from llmops_kit.text.language import function_word_counts
from llmops_kit.text.numbers import spells_number

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
#: The tokeniser's words outside ASCII: the same pattern in any script's letters ("Rückgabe" is one word).
_ANY_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-]+[^\W\d_]+)*")
_LETTERS_RE = re.compile(r"[a-z]+")
_ALNUM_RE = re.compile(r"[a-z0-9]+")
_ASCII_WORDS_RE = re.compile(r"[a-z]+(?:'[a-z]+)*")

#: Every ASCII character once, and the ones the patterns turn on several times more.
_ALPHABET = [chr(i) for i in range(128)] + list("aeiouAEIOUst'''---   09.,\t\x1c\x1f")


def _texts(count: int, seed: int = 29) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_letter_runs_are_the_pattern_runs():
    for text in _texts(20_000):
        assert lower_letter_runs(text) == _LETTERS_RE.findall(text.lower()), text


def test_alnum_runs_are_the_pattern_runs():
    for text in _texts(20_000, seed=30):
        assert lower_alnum_runs(text) == _ALNUM_RE.findall(text.lower()), text


def test_words_are_the_tokeniser_pattern_words():
    for text in _texts(20_000, seed=31):
        assert ascii_words(text) == _WORD_RE.findall(text), text
    # apostrophes and hyphens inside a word belong to it, at its ends they do not; a run of them alone is no word
    assert ascii_words("don't -check-in- 'quoted' a--b ' - x") == ["don't", "check-in", "quoted", "a--b", "x"]


def test_has_digit_is_the_character_test():
    for text in [*_texts(5_000, seed=32), "no figure here", "Room 12", "x²", "٣ days", "五", "ⅷ", ""]:
        assert has_digit(text) == any(c.isdigit() for c in text), text


def test_holds_any_is_the_substring_test():
    keys_sets = [("alf", "uarter", "oon", "idday"), ("over", "than"), ("at no ", "on us"), (), ("",), ("a",)]
    for text in [*_texts(3_000, seed=33), "half an hour", "at noon", "more than 8", "it's on us", ""]:
        for keys in keys_sets:
            assert holds_any(text, keys) == any(key in text for key in keys), (text, keys)
    assert holds_any("in the afternoon", {"morning": "a", "afternoon": "p"})  # a dict's keys, as the callers pass
    assert not holds_any("at nine", {"morning": "a", "afternoon": "p"})


def test_readers_read_as_their_patterns_did():
    samples = [
        "Your deposit of £120 is refundable until 3 June; check-in opens at 2pm.",
        "We don't take bookings for groups over 12 - sorry!",
        "Wed–Sat the shop is open 9:30-17:00 (closed Mon/Tue).",
        "Die Rückgabe ist 30 Tage möglich.",  # not ASCII: the patterns read it
        "It’s the KELVIN sign: \u212a, and İstanbul.",  # lower-casing makes ASCII letters of both
        "twenty-five guests, a two-year warranty",
        "",
    ]
    for text in samples:
        plain = text.replace("’", "'").replace("‘", "'")
        assert words_in(text) == frozenset(_ALNUM_RE.findall(plain.lower()))
        words = tokens(text)[0]
        assert list(words) == (_WORD_RE if text.isascii() else _ANY_WORD_RE).findall(plain)
        if text.isascii() and "'" not in text:
            assert function_word_counts(text)[0] == len(_ASCII_WORDS_RE.findall(text.lower()))
    # a control: the readers still find what they are for
    assert "twenty" in words_in("twenty-five guests") and spells_number("twenty-five guests")
    assert function_word_counts("we don't open on sundays")[0] == 5  # "don't" is one word of the language test
    assert tokens("Die Rückgabe ist 30 Tage möglich.")[0] == ("Die", "Rückgabe", "ist", "Tage", "möglich")

"""How the scorer reads text: one tokenisation must give what the separate word and number patterns give."""

from __future__ import annotations

import random
import re

from llmops_kit.claims import (
    NUMBER_WORDS,
    STOPWORDS,
    content_stems,
    names_in,
    normalise_number,
    normalise_quotes,
    numbers_in,
    stem,
    tokens,
)

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
NUMBER_RE = re.compile(r"(?<![A-Za-z])\d+(?:[.,]\d+)*")

# pieces on the tokeniser's edges: quotes of every kind, hyphens, separators inside numbers, letters
# glued to digits, non-ASCII letters that lower-case to ASCII ones (İ, the Kelvin sign), number words
PIECES = [*"aZk09 .,-'’‘“”?!", "I'm ", "The ", "ABC's", "İ", "\u212a", "é", "٣", "five", "Twenty-one", "NW",
          "1,200", "3.50", "007", "Ridgeline", "eSIM", "O'Neil", "don’t", " ", " ", " "]


def random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25))) for _ in range(count)]


def reference_numbers(text: str) -> frozenset[str]:
    """Numbers as the scorer defined them before tokenising once: digits of the text, number words of
    its lower-cased words."""
    found = {normalise_number(m) for m in NUMBER_RE.findall(text)}
    for word in WORD_RE.findall(text.lower()):
        for part in word.split("-"):
            if part in NUMBER_WORDS:
                found.add(NUMBER_WORDS[part])
    return frozenset(found)


def reference_stems(text: str) -> frozenset[str]:
    words = {w.lower() for w in WORD_RE.findall(normalise_quotes(text))}
    stems = {stem(w) for w in words if w not in STOPWORDS and w not in NUMBER_WORDS and len(w) > 1}
    return frozenset(stems | {normalise_number(n) for n in NUMBER_RE.findall(text)})


def test_one_tokenisation_gives_the_words_and_numbers_of_both_patterns() -> None:
    seen_numbers = 0
    for text in random_texts(5000, seed=1):
        words, numbers = tokens(text)
        assert list(words) == WORD_RE.findall(normalise_quotes(text)), text
        assert list(numbers) == NUMBER_RE.findall(text), text
        seen_numbers += len(numbers)
    assert seen_numbers > 1000, "the texts should hold plenty of numbers, or this test proves little"


def test_numbers_and_stems_read_as_before_even_where_lower_casing_moves_word_edges() -> None:
    for text in random_texts(5000, seed=2):
        assert numbers_in(text) == reference_numbers(text), text
        assert content_stems(text) == reference_stems(text), text
    # the characters that make lower-casing change where words begin and end
    for text in ["twenty‘five", "\u0130FIVE", "\u212a5 units", "FİVE days"]:
        assert numbers_in(text) == reference_numbers(text), text


def reference_names(sentence: str) -> frozenset[str]:
    names = set()
    for index, token in enumerate(WORD_RE.findall(normalise_quotes(sentence))):
        bare = token[:-2] if token.endswith("'s") else token
        if bare.islower() or len(bare) < 2 or bare.lower() in ("i", "i'm", "i'd", "i'll", "i've"):
            continue
        camel = bare[1:].lower() != bare[1:] and bare.upper() != bare
        if bare.isupper() or camel or (bare[0].isupper() and index > 0 and bare.lower() not in STOPWORDS):
            names.add(bare.lower())
    return frozenset(names)


def test_names_read_as_before() -> None:
    named = 0
    for text in random_texts(5000, seed=3):
        assert names_in(text) == reference_names(text), text
        named += bool(names_in(text))
    assert named > 1000


def test_numbers_words_and_spellings_agree() -> None:
    assert numbers_in("Refunds take five to 7 days, about 1,200.50 kr or 007 units") == {"5", "7", "1200.5"}
    assert numbers_in("twenty-one") == {"20", "1"}
    assert normalise_number("3.50") == "3.5" and normalise_number("000") == "0" and normalise_number("1,5") == "1.5"


def test_names_are_capitalised_words_after_the_first_acronyms_and_camel_case() -> None:
    assert names_in("Order NW-4471902 ships with Veloship from eSIM partners") == {"nw", "veloship", "esim"}
    assert names_in("Returns are free; I'm sure The rules apply") == frozenset()  # "I'm", stopword "The"
    assert names_in("") == frozenset()

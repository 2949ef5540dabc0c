"""How the heuristic quality scorer reads a text: sentences, content-word stems, numbers and names.

A text is tokenised once, by one regular expression that yields its words and its numbers in order
(:func:`tokens`); what the scorer asks of a text is derived from those tokens:

* :func:`facts`: the stems of its content words plus its normalised numbers (what coverage compares),
  and the numbers it states, digits and number words alike ("five" counts as 5);
* :func:`names_in`: its names (capitalised words after the first, acronyms, CamelCase product names),
  asked of answer sentences only.

:func:`read_answer` turns an answer into its claims: sentences with citations and the contract's
stock phrases cut out, conversation (offers, pleasantries, questions) dropped.

Every function is cached by text, because retrieved articles, prompts and stock answers recur across
requests; a sentence never seen before costs one tokenisation, shared by all the questions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .textcache import text_cache

__all__ = [
    "NUMBER_WORDS",
    "STOPWORDS",
    "AnswerReading",
    "TextFacts",
    "claim_text",
    "content_stems",
    "facts",
    "names_in",
    "normalise_number",
    "normalise_quotes",
    "numbers_in",
    "phrases_in",
    "read_answer",
    "split_sentences",
    "stem",
    "tokens",
]

_STOPWORD_TEXT = """a about above after again all also am an and any are as at be because been before being below
    between both but by can could did do does doing don down during each else etc ever every few for from
    further get gets got had has have having he her here hers him his how i if in into is it its itself just
    let like may me might more most much must my no nor not now of off on once only or other our ours out
    over own per please same she should so some such than that the their theirs them then there these they
    this those through to too under until up upon us very via was we were what when where which while who
    whom why will with within would yes yet you your yours yourself"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fourteen": "14", "fifteen": "15",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "ninety": "90",
    "hundred": "100", "thousand": "1000",
}

_WORD = r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]"
_NUMBER = r"(?<![A-Za-z])\d+(?:[.,]\d+)*"
_WORD_RE = re.compile(_WORD)
#: Words and numbers in one pass. Their characters never overlap (letters, apostrophes and hyphens
#: against digits, dots and commas), so this finds exactly the words ``_WORD`` finds and the numbers
#: ``_NUMBER`` finds, each pattern on its own, in text order (tests/test_claims.py checks this).
_TOKEN_RE = re.compile(f"{_NUMBER}|{_WORD}")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")
_BULLET_RE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
#: Characters that make lower-casing a text change where its words begin or end: a curly opening
#: quote becomes an apostrophe (part of a word), and two non-ASCII letters lower-case to ASCII ones.
_CASE_SENSITIVE_SPLIT = ("‘", "\u0130", "\u212a")


def normalise_quotes(text: str) -> str:
    """Curly quotes to straight ones, so "don’t" and "don't" are the same word."""
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately small stemmer: plural/tense suffix off, doubled consonant and final e folded, 6 chars."""
    w = word.lower().strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("s", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w.endswith("ss")):
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    if len(w) >= 4 and w.endswith("e"):
        w = w[:-1]
    return w[:6]


def normalise_number(raw: str) -> str:
    """One spelling per number: "1,200" and "1200" agree, "5.90" is "5.9", "007" is "7"."""
    if raw.isdigit():  # most numbers: no separator to interpret
        return raw.lstrip("0") or "0"
    text = raw
    if _THOUSANDS_RE.fullmatch(text):
        text = text.replace(",", "")
    text = text.replace(",", ".")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return text.lstrip("0") or "0"


#: Only the latest few texts: the cache is there so that the facts and the names of one sentence,
#: asked one after the other, share a tokenisation; a tool's long output kept as tokens would cost
#: several times its own size in memory (facts and names have caches of their own).
@lru_cache(maxsize=16)
def tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words (quotes straightened, case kept) and the numbers (as written) of a text, in order."""
    found = _TOKEN_RE.findall(normalise_quotes(text))
    words = tuple(token for token in found if token[0].isalpha())  # \d is never a letter, in any script
    if len(words) == len(found):
        return words, ()
    return words, tuple(token for token in found if not token[0].isalpha())


class TextFacts(NamedTuple):
    """What the scorer compares of any text, claim or context (names are asked of claims only)."""

    stems: frozenset[str]  # content-word stems plus normalised numbers: what coverage compares
    numbers: frozenset[str]  # normalised numbers, digits and number words ("five" -> "5")


_PRONOUNS = frozenset(("i", "i'm", "i'd", "i'll", "i've"))
_NUMBER_WORD_SET = frozenset(NUMBER_WORDS)
_EMPTY: frozenset[str] = frozenset()


@text_cache()
def facts(text: str) -> TextFacts:
    """Stems and numbers of a text, from its one tokenisation (cached: articles and answers recur)."""
    words, raw_numbers = tokens(text)
    distinct = {w.lower() for w in words}
    numbers = {normalise_number(n) for n in raw_numbers}
    stems = {stem(w) for w in distinct - STOPWORDS - _NUMBER_WORD_SET if len(w) > 1}
    stems |= numbers
    if any(c in text for c in _CASE_SENSITIVE_SPLIT):  # words split differently in lower case: re-read
        distinct = set(_WORD_RE.findall(text.lower()))
    numbers.update(NUMBER_WORDS[w] for w in distinct & _NUMBER_WORD_SET)
    if "-" in text:  # "twenty-one" states 20 and 1
        numbers.update(NUMBER_WORDS[p] for w in distinct if "-" in w for p in w.split("-") if p in NUMBER_WORDS)
    return TextFacts(frozenset(stems), frozenset(numbers))


@text_cache()
def names_in(sentence: str) -> frozenset[str]:
    """Names in a sentence, lower-cased: capitalised words after the first word, acronyms, CamelCase
    anywhere (tokens are ASCII letters, apostrophes and hyphens, so case tests are plain comparisons)."""
    names: set[str] = set()
    words = tokens(sentence)[0]
    # most words have no capital letter, so cannot be a name: pick the others at C speed
    for index, token in [(i, t) for i, t in enumerate(words) if not t.islower()]:
        if len(token) < 2:
            continue
        low = token.lower()
        bare, low = (token[:-2], low[:-2]) if token.endswith("'s") else (token, low)
        if len(bare) < 2 or bare == low or low in _PRONOUNS:
            continue
        acronym = bare.isupper()
        rest = bare[1:]
        camel = rest.lower() != rest and bare.upper() != bare
        capitalised = bare[0].isupper() and index > 0
        if acronym or camel or (capitalised and low not in STOPWORDS):
            names.add(low)
    return frozenset(names) if names else _EMPTY


def content_stems(text: str) -> frozenset[str]:
    """Stems of a text's content words plus its normalised numbers."""
    return facts(text).stems


def numbers_in(text: str) -> frozenset[str]:
    """Normalised numbers a text states, digits and number words alike."""
    return facts(text).numbers


#: Offers, pleasantries and the bot reporting its own failed action ("I couldn't load your order")
#: assert nothing about the domain, so they are not claims.
_CONVERSATION_RE = re.compile(
    r"^(?:(?:sorry|unfortunately|apologies)[,!.]?\s+)?"
    r"(?:(?:i can|i could|i'll|i will|i'd be glad to|let me|we can|we'd be glad to)\s+"
    r"(?:connect|transfer|escalate|help|put you|pass|forward|hand)"
    r"|i (?:couldn't|could not|can't|cannot|was unable to|wasn't able to|am unable to)\s+"
    r"(?:reach|load|fetch|get|check|process|access|connect|find|look|retrieve|complete|confirm)"
    r"|thanks|thank you|hope this helps|is there anything|would you like|feel free|let me know"
    r"|if you (?:need|have|want) (?:any )?(?:other|more|further|anything))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=32)
def _stock_phrases(citation_pattern: str, phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for citations and the contract's stock phrases, which carry no claim of their own."""
    escaped = [re.escape(normalise_quotes(p).rstrip(".!")) for p in phrases]
    return re.compile("|".join([f"(?:{citation_pattern})", *escaped]), re.IGNORECASE)


@lru_cache(maxsize=32)
def _phrase_keys(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Phrases as they are looked for: quotes straightened, lower case, closing punctuation off."""
    return tuple(normalise_quotes(p).lower().rstrip(".!") for p in phrases)


def phrases_in(text: str, phrases: Sequence[str]) -> list[str]:
    """The phrases that occur in ``text``, ignoring case and curly quotes."""
    lowered = normalise_quotes(text).lower()
    return [p for p, key in zip(phrases, _phrase_keys(tuple(phrases)), strict=True) if key in lowered]


@lru_cache(maxsize=32)
def _citations(citation_pattern: str) -> re.Pattern[str]:
    return re.compile(citation_pattern, re.IGNORECASE)


class AnswerReading(NamedTuple):
    """What an answer says, independent of its context: the same answer text always reads the same."""

    claims: tuple[tuple[str, str, bool], ...]  # (sentence, its factual part, whether it carries a citation)
    refusal: bool
    banned: tuple[str, ...]  # the contract's banned phrases it contains
    cited: tuple[str, ...]  # document ids it cites, lower case


@text_cache(maxsize=4096)
def read_answer(
    answer: str, citation_pattern: str, banned: tuple[str, ...], refusals: tuple[str, ...], min_claim_words: int
) -> AnswerReading:
    """Split an answer into claims and find its stock phrases and citations (cached: answers recur)."""
    phrases = (*banned, *refusals)
    claims = []
    for sentence in split_sentences(answer):
        claim = claim_text(sentence, citation_pattern, phrases, min_claim_words)
        if claim is not None:
            claims.append((sentence, claim, re.search(citation_pattern, sentence) is not None))
    cited = tuple(m.strip("[]() ").lower() for m in re.findall(citation_pattern, answer))
    return AnswerReading(tuple(claims), bool(phrases_in(answer, refusals)), tuple(phrases_in(answer, banned)), cited)


def claim_text(sentence: str, citation_pattern: str, phrases: tuple[str, ...], min_claim_words: int) -> str | None:
    """The factual part of a sentence, or None for conversation (greetings, questions, refusals)."""
    if sentence.isascii() and not phrases_in(sentence, phrases):
        # no stock phrase here (the common case), so only citations are cut: a much cheaper pattern
        text = _citations(citation_pattern).sub(" ", sentence)
    else:
        text = _stock_phrases(citation_pattern, phrases).sub(" ", sentence)
    text = text.strip(" ,;:-!.")
    if not text or text.endswith("?") or _CONVERSATION_RE.match(text):
        return None
    if len(content_stems(text)) < min_claim_words and not numbers_in(text) and not names_in(text):
        return None
    return text


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a text, trimmed, empty ones dropped."""
    parts = []
    for piece in _SENTENCE_SPLIT_RE.split(normalise_quotes(text)):
        piece = _BULLET_RE.sub("", piece).strip()
        if piece:
            parts.append(piece)
    return parts

"""A short answer in the customer's language: read with the question it answers.

:func:`llmops_kit.text.language.is_foreign` needs :data:`~llmops_kit.text.language.FOREIGN_MIN_WORDS` words
and a function word of another language it knows, so "Verzending naar België kost € 7,95." (four words) and
"'n Knoopsgatblom kos R120 elk." (the Afrikaans article is cut to a bare "n") pass for English; their words are
then compared with English evidence and found invented. A customer who asks "Wat kost verzending naar België?"
gets the answer in the language they wrote in, so the answer is read with the question: when the two together
pass the language test, the answer is judged by its hard facts alone, as a longer foreign answer is.

The answer must say so itself too: no English-only function word (an English answer to a Dutch question
stays English, however short) and a sign of another language (an accented letter, a script other than
Latin's, or a function word of another language): a terse English list item ("Belgium: € 7,95") has none.

Such an answer's names are still read (:func:`unheld_names`), as the question's words hold them: a customer
writes "België" or "knoopsgatblom" and is answered in the same words, so a name neither the evidence nor the
question holds ("Verzending naar Frankrijk ...") stays flagged. (A longer foreign answer's names are not read:
German nouns are capitalised, and a translated place name is in no English text.)

A language the function-word tables do not list (Swahili "Mashimo 9 ni KSh 3,500 siku yoyote.", Malay "Rawatan
haba pepijat katil ialah RM 650.00 ...") shows no function word of another language at all, so neither test
above reads it. :func:`in_unlisted_language` reads it from the structure of the exchange instead: neither the
question nor the answer has a single English function word, and the answer repeats at least
:data:`UNLISTED_SHARED_WORDS` of the question's words that no text the model was given holds (the customer's
words for the things asked about), most of the answer's words being in no such text. An English question
nearly always has a function word ("what", "is", "the", "for", "my"), and a terse English answer repeats the
evidence's words, not words the evidence lacks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .evidence_readers import ALNUM_RE
from .text import language
from .text.language import FOREIGN_MIN_WORDS, LETTERS_RE, foreign_by_counts, function_word_counts, plain_letters

if TYPE_CHECKING:
    from .evidence import Evidence

__all__ = ["READ_CUSTOMER_LANGUAGE", "READ_UNLISTED_LANGUAGES", "UNLISTED_SHARED_WORDS", "in_customer_language",
           "in_unlisted_language", "unheld_names"]

#: Read an answer with the customer's question; off while ``tools/fit_claim_decision.py`` fits the claim
#: decision (a claim in another language skips the decision).
READ_CUSTOMER_LANGUAGE = True
#: Read a language no function-word table lists from the exchange's structure (:func:`in_unlisted_language`);
#: off while ``tools/fit_claim_decision.py`` fits the claim decision.
READ_UNLISTED_LANGUAGES = True
#: How many of the question's words, held by no text the model was given, the answer must repeat: two, so one
#: name the customer and the answer share (a product the customer spells their way) is not enough.
UNLISTED_SHARED_WORDS = 2

#: The Afrikaans (and colloquial Dutch) indefinite article "'n" as a word of its own: the word pattern keeps a
#: bare "n" of it, which is no function word of any language. "rock 'n' roll" closes its quote, so it is not one.
_ARTICLE_N_RE = re.compile(r"(?:^|(?<=[\s(\"“]))['’]n(?=\s)", re.IGNORECASE)

_Counts = tuple[int, int, int]


def _counts(text: str) -> _Counts:
    """(words, function words of another language, English-only function words), the article "'n" counted."""
    words, foreign, english = function_word_counts(text, *language.read_tables())
    if "'n" in text or "’n" in text or "'N" in text or "’N" in text:
        foreign += len(_ARTICLE_N_RE.findall(text))
    return words, foreign, english


def in_customer_language(claims: Sequence[str], question: str) -> bool:
    """Whether the answer (its ``claims``) is in another language than English, read together with the
    customer's ``question``: the answer has no English-only function word and a sign of another language of
    its own, and the question and answer together pass the language test (see the module docstring)."""
    if not (READ_CUSTOMER_LANGUAGE and claims and question):
        return False
    words = foreign = 0
    for claim in claims:
        counts = _counts(claim)
        if counts[2]:  # an English-only function word: the answer is English, whatever the question
            return False
        words, foreign = words + counts[0], foreign + counts[1]
    plain = all(map(plain_letters, claims))
    if plain and not foreign:
        return False
    asked = _counts(question)
    return foreign_by_counts(words + asked[0], foreign + asked[1], asked[2],
                              plain and plain_letters(question))


def unheld_names(claim: str, evidence: Evidence, answer: frozenset[str], answer_text: str) -> tuple[str, ...]:
    """The names of a claim in the customer's language that neither the evidence nor the customer's question
    holds: the question's words hold a name written the customer's way ("België"); its first word is no
    name (a sentence opens with a capital)."""
    _, with_names = evidence.missing_facts(claim, names=True, answer=answer, answer_text=answer_text)
    if not with_names:
        return ()
    _, without = evidence.missing_facts(claim, names=False, answer=answer, answer_text=answer_text)
    first = ALNUM_RE.findall(claim[:40].lower())[:1]
    asked = frozenset(ALNUM_RE.findall(evidence.user_text.lower()))
    return tuple(name for name in with_names if name not in without and name not in first
                 and not asked.issuperset(ALNUM_RE.findall(name)))


def _letter_words(text: str) -> list[str]:
    """The lower-case words of a text of two letters or more (any alphabet)."""
    return [w.lower() for w in LETTERS_RE.findall(text) if len(w) > 1]


def in_unlisted_language(claims: Sequence[str], question: str, evidence: Evidence) -> bool:
    """Whether the answer (its ``claims``) and the customer's ``question`` are in one language the
    function-word tables do not list (see the module docstring): no English-only function word in either,
    together at least :data:`~llmops_kit.text.language.FOREIGN_MIN_WORDS` words, and the answer repeating
    :data:`UNLISTED_SHARED_WORDS` of the question's words that no text the model was given holds, with most of
    its words in no such text."""
    if not (READ_UNLISTED_LANGUAGES and READ_CUSTOMER_LANGUAGE and claims and question):
        return False
    words = 0
    for claim in claims:  # cheap tests first (the claims' counts are cached): an English function word ends it
        counts = _counts(claim)
        if counts[2]:
            return False
        words += counts[0]
    asked = _counts(question)
    if asked[2] or words + asked[0] < FOREIGN_MIN_WORDS:
        return False
    answer = [w for claim in claims for w in _letter_words(claim)]
    shared = frozenset(answer) & frozenset(_letter_words(question))
    if len(shared) < UNLISTED_SHARED_WORDS:
        return False
    held = frozenset(w for source in evidence.sources if not source.user for w in _letter_words(source.text))
    if len(shared - held) < UNLISTED_SHARED_WORDS:
        return False
    return 2 * sum(w not in held for w in answer) > len(answer)

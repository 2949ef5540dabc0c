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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .evidence_readers import ALNUM_RE
from .text import language
from .text.language import foreign_by_counts, function_word_counts, plain_letters

if TYPE_CHECKING:
    from .evidence import Evidence

__all__ = ["READ_CUSTOMER_LANGUAGE", "in_customer_language", "unheld_names"]

#: Read an answer with the customer's question; off while ``tools/fit_claim_decision.py`` fits the claim
#: decision (a claim in another language skips the decision).
READ_CUSTOMER_LANGUAGE = True

#: The Afrikaans (and colloquial Dutch) indefinite article "'n" as a word of its own: the word pattern keeps a
#: bare "n" of it, which is no function word of any language. "rock 'n' roll" closes its quote, so it is not one.
_ARTICLE_N_RE = re.compile(r"(?:^|(?<=[\s(\"“]))['’]n(?=\s)", re.IGNORECASE)

_Counts = tuple[int, int, int]


def _counts(text: str) -> _Counts:
    """(words, function words of another language, English-only function words), the article "'n" counted."""
    words, foreign, english = function_word_counts(text, language.READ_MORE_LANGUAGES)
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

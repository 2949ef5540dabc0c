"""The one text layer: splitting, tokenising, stemming, numbers and embeddings, shared by every part.

The scorer (:mod:`llmops_kit.quality`, :mod:`llmops_kit.grounding`), the knowledge-base index, the
traffic generator and the replay simulator all read text through these functions, so a word, a number
or a sentence means the same thing everywhere.
"""

from __future__ import annotations

from .claims import AnswerReading, claim_text, phrases_in, read_answer
from .numbers import (
    NUMBER_WORDS,
    claim_numbers,
    date_names,
    evidence_numbers,
    grouped_digits,
    normalise_number,
    quantities,
    same_grouped_number,
    times_in,
    typed_quantities,
)
from .split import GENERIC_CITATION, markdown_lines, sentences_of, split_sentences
from .tokens import (
    STOPWORDS,
    TextFacts,
    alnum_runs,
    content_stems,
    facts,
    identifiers_in,
    may_hold_word,
    names_in,
    normalise_quotes,
    numbers_in,
    retrieval_terms,
    sole_number,
    stem,
    tokens,
    words_in,
)

__all__ = [
    "GENERIC_CITATION",
    "NUMBER_WORDS",
    "STOPWORDS",
    "AnswerReading",
    "TextFacts",
    "alnum_runs",
    "claim_numbers",
    "claim_text",
    "content_stems",
    "date_names",
    "evidence_numbers",
    "facts",
    "grouped_digits",
    "identifiers_in",
    "markdown_lines",
    "may_hold_word",
    "names_in",
    "normalise_number",
    "normalise_quotes",
    "numbers_in",
    "phrases_in",
    "quantities",
    "read_answer",
    "retrieval_terms",
    "same_grouped_number",
    "sentences_of",
    "sole_number",
    "split_sentences",
    "stem",
    "times_in",
    "tokens",
    "typed_quantities",
    "words_in",
]

"""An English answer read from texts in another language: judged by its hard facts alone.

A business may keep its help articles in its own language and let the assistant answer in English: a Santiago
motorway's article says "El TAG se entrega en comodato contra una garantía de $28.000", the answer "The TAG is lent
to you against a $28.000 guarantee". The scorer's word and sentence comparisons are English ones (stems, the
embedding model, the meaning readings), so every such claim looks unsupported, however faithful, and a weekday
or a unit the article writes in Spanish ("de lunes a viernes", "20 días") is a name or a figure found nowhere.

This is the mirror of a claim written in another language than English evidence, which
:func:`llmops_kit.grounding.judge_claims` already judges by its hard facts alone: the words cannot be compared, the
figures, amounts, times, dates and codes can. When every document the model was given is in another language
(:func:`in_other_language`), each claim that is not supported is judged again that way
(:func:`llmops_kit.grounding.judge_claims` with ``hard_facts_only``), against the documents with their dates, day
counts and clock hours written the English way (:func:`~llmops_kit.text.foreign_facts.english_facts`: "20 días"
is 20 days). A claim whose facts all hold is then supported *by its hard facts* (that is the source its verdict
names); one with a figure no text holds stays absent, and a contradicted claim keeps its verdict. What such a
claim says in words (a rule reversed, a condition added) is beyond this scorer, as it is for a foreign answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .evidence import INSTRUCTIONS_LABEL, EvidenceSource
from .text.foreign_facts import english_facts
from .text.language import FOREIGN_MIN_WORDS, LETTERS_RE, is_foreign

__all__ = ["JUDGED_AGAIN", "READ_FOREIGN_EVIDENCE", "in_other_language", "written_in_english_facts"]

#: Judge an English answer's claims by their hard facts when every document is in another language; off while
#: ``tools/fit_claim_decision.py`` fits the claim decision.
READ_FOREIGN_EVIDENCE = True
#: The verdicts judged again: a contradiction names a figure some text holds otherwise, so it stands.
JUDGED_AGAIN = frozenset(("unsupported", "absent", "invented"))


def _documents(sources: Sequence[EvidenceSource]) -> list[EvidenceSource]:
    """The prose the model was given to answer from, less the customer's turns and the system prompt: retrieved
    articles and their titles. Tool records are data, in no language."""
    return [s for s in sources if s.prose and not s.user and not s.earlier and s.label != INSTRUCTIONS_LABEL]


def in_other_language(sources: Sequence[EvidenceSource], claims: Sequence[str]) -> bool:
    """Is every document long enough to tell in another language than English, and no claim of the answer in
    another language itself (such an answer is judged by its hard facts already)?"""
    if not READ_FOREIGN_EVIDENCE or any(map(is_foreign, claims)):
        return False
    documents = [s for s in _documents(sources) if len(LETTERS_RE.findall(s.text)) >= FOREIGN_MIN_WORDS]
    return bool(documents) and all(is_foreign(s.text) for s in documents)


def written_in_english_facts(sources: Sequence[EvidenceSource]) -> list[EvidenceSource]:
    """The sources with each document in another language given its dates, day counts and clock hours the
    English way, so an English claim's "20 days" or "31 March" is compared with them."""
    foreign = [s for s in _documents(sources) if is_foreign(s.text)]
    return [replace(s, text=english_facts(s.text)) if s in foreign else s for s in sources]

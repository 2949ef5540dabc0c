"""Is a claim supported by the evidence the model saw? Hard facts exactly, wording by meaning.

Evidence is everything the answering model was given: retrieved documents, tool results, the user's
own message and the system prompt (:class:`Evidence`). A claim is judged in three steps:

1. **Hard facts.** Every number (digits or words, money, percentages, durations), identifier
   ("GS-220") and name in the claim must occur somewhere in the evidence. One that does not makes the
   claim unsupported, whatever else it shares with the evidence; when an evidence sentence states
   another number with the same unit ("30 days" against a claimed "eighty days"), the verdict is
   *contradicted* and names that sentence.
2. **Wording, exactly.** When the evidence holds at least ``lexical_support`` of the claim's
   content-word stems (all sources but the user's message together), the claim is *supported*, and
   the sentence sharing most of them is named. No embedding is
   computed: most claims of a grounded bot are decided here.
3. **Wording, by meaning.** Otherwise the claim and every evidence sentence are embedded offline
   (:mod:`llmops_kit.text.embed`), and so is every pair of neighbouring sentences; the claim is supported
   when its most similar evidence passage reaches ``semantic_support`` cosine similarity, and
   *unsupported* otherwise. Embeddings are cached per text and computed in one batch per answer.

Both thresholds come from the contract's ``quality`` section. Nothing here looks at an answer's length,
style or position: each claim stands or falls on its own evidence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict

from .text import (
    GENERIC_CITATION,
    alnum_runs,
    content_stems,
    date_names,
    evidence_numbers,
    identifiers_in,
    names_in,
    numbers_in,
    quantities,
    sentences_of,
    stem,
)
from .text.embed import embed
from .textcache import text_cache

__all__ = ["ClaimSupport", "Evidence", "EvidenceSource", "judge_claims", "render_tool_output"]

_MONTH_WORDS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
))

Verdict = Literal["supported", "contradicted", "absent", "unsupported"]


class ClaimSupport(BaseModel):
    """One claim's verdict and the evidence sentence behind it (the closest one when unsupported)."""

    model_config = ConfigDict(frozen=True)

    claim: str
    verdict: Verdict
    source: str | None = None  # "document kb-012", "tool order_lookup", "user message", "system prompt"
    evidence: str | None = None
    similarity: float | None = None  # cosine similarity, when the embedding step decided
    missing: tuple[str, ...] = ()  # hard facts of the claim absent from every evidence source

    @property
    def supported(self) -> bool:
        return self.verdict == "supported"

    def describe(self) -> str:
        """One line: which evidence sentence supports or contradicts which claim."""
        where = f"{self.source}: {self.evidence!r}" if self.evidence else "no evidence sentence"
        if self.verdict == "supported":
            how = f" (similarity {self.similarity:.2f})" if self.similarity is not None else ""
            return f"{self.claim!r} is supported by {where}{how}"
        if self.verdict == "contradicted":
            return f"{self.claim!r} states {', '.join(self.missing)}, contradicted by {where}"
        if self.verdict == "absent":
            return f"{self.claim!r} states {', '.join(self.missing)}, which no evidence contains"
        sim = f" (similarity {self.similarity:.2f})" if self.similarity is not None else ""
        return f"{self.claim!r} is not supported; the closest evidence is {where}{sim}"


@dataclass(frozen=True)
class EvidenceSource:
    """One thing the model was given, with a label a reader recognises.

    ``user=True`` marks the user's own message: it vouches for the numbers, identifiers and dates the
    user stated (an order number, "on March 3"), never for a statement or a name: a question that
    names two options is not evidence for either ("who won more, A or B?").
    """

    label: str
    text: str
    user: bool = False
    prose: bool = True  # neighbouring sentences are compared as one passage; a tool record is read whole


def render_tool_output(value: Any) -> str:
    """A tool result as evidence text: JSON objects become one ``key: value`` line per leaf."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
        if isinstance(value, str):
            return value
    lines: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, item in node.items():
                walk(item, f"{path} {key}".strip() if path else str(key))
        elif isinstance(node, list):
            for item in node:
                walk(item, path)
        else:
            text = "" if node is None else str(node)
            lines.append(f"{path.replace('_', ' ')}: {text}." if path else f"{text}.")

    walk(value, "")
    return "\n".join(lines)


@lru_cache(maxsize=32)
def _citations(citation_pattern: str) -> re.Pattern[str]:
    return re.compile(f"(?:{citation_pattern})|(?:{GENERIC_CITATION})", re.IGNORECASE)


@text_cache()
def _plain(text: str, citation_pattern: str) -> str:
    """Evidence text with citation ids removed: "[kb-001]" in a prompt's example states no number."""
    return _citations(citation_pattern).sub(" ", text)


@text_cache(maxsize=2048)
def _passages(text: str, prose: bool) -> tuple[tuple[str, ...], np.ndarray]:
    """What a claim is compared with by meaning: every sentence of a source, and in prose every two
    neighbouring sentences (a claim often joins two sentences of an article), in a tool record the whole
    record; with their vectors (cached per source)."""
    sentences = sentences_of(text)
    if prose:
        passages = (*sentences, *(f"{a} {b}" for a, b in pairwise(sentences)))
    else:  # a tool record: each field, and the whole record read as one
        passages = (*sentences, " ".join(sentences)) if len(sentences) > 1 else sentences
    return passages, embed(passages)


_NONE: frozenset[str] = frozenset()


@text_cache()
def _user_facts(text: str) -> tuple[frozenset[str], ...]:
    """What the user's message vouches for: its numbers, identifiers and dates (no stems, no names)."""
    months = _MONTH_WORDS.intersection(alnum_runs(text)) if _MONTH_RE.search(text) else _NONE
    return _NONE, evidence_numbers(text), months | date_names(text), identifiers_in(text), _NONE


@text_cache()
def _source_facts(text: str) -> tuple[frozenset[str], ...]:
    """Stems, numbers, words (for names) and identifiers of one evidence text (cached: articles recur)."""
    dates = date_names(text)  # "2025-03-06" states Thursday and March, in words a claim may use
    stems = content_stems(text) | dates
    return stems, evidence_numbers(text), alnum_runs(text) | dates, identifiers_in(text), _prefixes(stems)


def _prefixes(stems: frozenset[str]) -> frozenset[str]:
    """First five letters of the longer stems: Snowball leaves "delivered" and "delivery" apart
    ("deliv", "deliveri"), a shared five-letter start brings them together."""
    return frozenset(s[:PREFIX] for s in stems if len(s) >= PREFIX and not s[0].isdigit())


_ALNUM_RE = re.compile(r"[a-z0-9]+")
_MONTH_RE = re.compile("|".join(sorted(_MONTH_WORDS)), re.IGNORECASE)


def _forms(word: str) -> frozenset[str]:
    """Other spellings a name's word may have in evidence: its stem, and the singular of "DVDs"."""
    return frozenset((stem(word), word[:-1]) if word.endswith("s") and len(word) > 2 else (stem(word),))


PREFIX = 5


def _held_prefix(prefix: str, sets: list[frozenset[str]]) -> bool:
    return any(prefix in held for held in sets)


def _absent(items: Iterable[str], sets: list[frozenset[str]]) -> set[str]:
    """The items no set holds (set differences at C speed; sets are probed in turn, never merged)."""
    left = set(items)
    for held in sets:
        if not left:
            break
        left -= held
    return left


class Evidence:
    """Everything the model saw, read once: per source its stems, and all hard facts together."""

    def __init__(self, sources: Iterable[EvidenceSource], citation_pattern: str) -> None:
        given = [EvidenceSource(s.label, _plain(s.text, citation_pattern), s.user, s.prose)
                 for s in sources if s.text.strip()]
        self.sources = [s for s in given if not s.user]  # what can support a statement
        read = [_user_facts(s.text) if s.user else _source_facts(s.text) for s in given]
        pairs = list(zip(read, given, strict=True))
        # sets are kept per source and probed in turn: merging them would cost more than the few lookups
        self.stems = [r[0] for r, s in pairs if not s.user]
        self._prefixes = [r[4] for r, s in pairs if not s.user]
        self._numbers = [r[1] for r in read]
        # the user's message vouches for the dates it states, not for names
        self._words = [r[2] for r in read]
        self._identifiers = [r[3] for r in read]
        self._sentences: list[tuple[str, str]] | None = None

    @property
    def sentences(self) -> list[tuple[str, str]]:
        """(source label, sentence) for every evidence sentence, built when first asked for."""
        if self._sentences is None:
            self._sentences = [(s.label, sentence) for s in self.sources for sentence in sentences_of(s.text)]
        return self._sentences

    def missing_facts(self, claim: str) -> tuple[list[str], list[str]]:
        """The claim's numbers, and its identifiers and names, that no evidence source contains."""
        numbers = sorted(_absent(numbers_in(claim), self._numbers))
        others = sorted(_absent(_absent(identifiers_in(claim), self._identifiers), self._words))
        names = names_in(claim)
        if names:
            # a name's words, or their stems ("DVDs" against "DVD"), must occur; a code's letters ("CLM" of
            # CLM-2025-004817) were checked with the code
            codes = " ".join(identifiers_in(claim))
            parts = {p for name in names if name not in codes for p in _ALNUM_RE.findall(name)}
            unknown = {p for p in _absent(parts, self._words) if len(_absent(_forms(p), self._words)) == len(_forms(p))}
            others.extend(name for name in sorted(names) if not unknown.isdisjoint(_ALNUM_RE.findall(name)))
        return numbers, others

    def contradiction(self, claim: str, numbers: Sequence[str]) -> tuple[str, str] | None:
        """An evidence sentence that states another value with the same unit as a claimed number."""
        units = {unit for value, unit in quantities(claim) if value in numbers and unit}
        if not units:
            return None
        for label, sentence in self.sentences:
            if any(unit in units and value not in numbers for value, unit in quantities(sentence)):
                return label, sentence
        return None

    def coverage(self, claim_stems: frozenset[str]) -> tuple[int, float]:
        """The share of the claim's content words the evidence holds, and the source holding most of them."""
        best, most = -1, 0
        for index, stems in enumerate(self.stems):
            shared = len(claim_stems & stems)
            if shared > most:
                best, most = index, shared
        if best < 0:
            return best, 0.0
        absent = _absent(claim_stems, self.stems)
        if absent:
            absent = {s for s in absent if len(s) < PREFIX or not _held_prefix(s[:PREFIX], self._prefixes)}
        return best, 1 - len(absent) / len(claim_stems)

    def closest_passages(self, claims: Sequence[str]) -> list[tuple[str, str, float] | None]:
        """Per claim, the most similar evidence passage by meaning: (source label, passage, similarity)."""
        vectors = embed(claims)
        best: list[tuple[str, str, float] | None] = [None] * len(claims)
        for source in self.sources:
            passages, matrix = _passages(source.text, source.prose)
            if not passages:
                continue
            scores = vectors @ matrix.T
            columns = scores.argmax(axis=1)
            for row, column in enumerate(columns):
                value = float(scores[row, column])
                current = best[row]
                if current is None or value > current[2]:
                    best[row] = (source.label, passages[column], value)
        return best

    def closest_sentence(self, claim_stems: frozenset[str], source: int) -> str:
        """The sentence of one source sharing most stems with the claim (first on ties)."""
        best, overlap = self.sources[source].text, -1
        for sentence, stems in _sentence_stems(self.sources[source].text):
            shared = len(claim_stems & stems)
            if shared > overlap:
                best, overlap = sentence, shared
        return best


@text_cache(maxsize=2048)
def _sentence_stems(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each sentence of a source with its stems (cached per source: articles recur)."""
    return tuple((sentence, content_stems(sentence)) for sentence in sentences_of(text))


def _verdict(**fields: Any) -> ClaimSupport:
    """A ClaimSupport built without validation: every field comes from this module, already typed."""
    return ClaimSupport.model_construct(**fields)


def judge_claims(
    claims: Sequence[str], evidence: Evidence, *, lexical_support: float, semantic_support: float
) -> list[ClaimSupport]:
    """A verdict per claim, in order (see the module docstring for the three steps)."""
    verdicts: list[ClaimSupport | None] = []
    pending: list[int] = []
    for claim in claims:
        numbers, others = evidence.missing_facts(claim)
        if numbers or others:
            found = evidence.contradiction(claim, numbers) if numbers else None
            missing = (*numbers, *others)
            if found is not None:
                verdicts.append(_verdict(claim=claim, verdict="contradicted", source=found[0], evidence=found[1],
                                             missing=missing))
            else:
                verdicts.append(_verdict(claim=claim, verdict="absent", missing=missing))
            continue
        codes = " ".join(identifiers_in(claim))  # numbers and codes ("CLM" of CLM-2025-004817) were checked above
        stems = frozenset(w for w in content_stems(claim) if not w[0].isdigit() and w not in codes)
        if not stems:  # only hard facts, all found
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence",
                                         evidence=None))
            continue
        index, share = evidence.coverage(stems)
        if index >= 0 and share >= lexical_support:
            verdicts.append(_verdict(claim=claim, verdict="supported", source=evidence.sources[index].label,
                                         evidence=evidence.closest_sentence(stems, index)))
            continue
        pending.append(len(verdicts))
        verdicts.append(None)
    if pending:
        closest = evidence.closest_passages([claims[i] for i in pending])
        for position, found in zip(pending, closest, strict=True):
            claim = claims[position]
            if found is None:
                verdicts[position] = _verdict(claim=claim, verdict="unsupported")
                continue
            label, passage, similarity = found
            verdict: Verdict = "supported" if similarity >= semantic_support else "unsupported"
            verdicts[position] = _verdict(claim=claim, verdict=verdict, source=label, evidence=passage,
                                              similarity=round(similarity, 4))
    return [v for v in verdicts if v is not None]

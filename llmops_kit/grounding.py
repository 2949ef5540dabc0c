"""Is a claim supported by the evidence the model saw? Hard facts exactly, wording by words, then by meaning.

Evidence is everything the answering model was given: retrieved documents, tool results, the user's
own message and the system prompt (:class:`llmops_kit.evidence.Evidence`). A claim is judged in steps, the
cheap exact ones first, and each verdict names the evidence sentence behind it:

1. **Echoes.** "I've noted +33 6 12 ..." repeats the user's own message: supported by it when every number,
   code and e-mail it states is the user's (the personal-data detector judges the leak).
2. **Hard facts.** Every number (digits or words; a claimed figure may also be the sum, difference, product
   or ratio of two numbers the answer states), amount or duration with its unit ("€20" is not "20 GB"),
   time of day ("9 pm" is not "9 am"), digit-grouped number in any layout ("+44 800 157 0420" is
   "0800 157 0420"), e-mail, identifier and name must occur in the evidence (the user's message vouches
   for numbers, codes and names it states, not for the options a question offers). One that does not
   makes the claim *absent*, or *contradicted* when an evidence sentence states another value with the
   same unit. A status the claim gives a record ("APT-55021 was cancelled") must be the status its tool
   result states.
3. **Invented subject matter.** A claim naming no hard fact whose content words are mostly (at least
   two, more than half) found nowhere the model looked is *invented*.
4. **Wording, exactly.** Supported when the evidence holds ``lexical_support`` of the claim's content
   words, or all of them but one word that is at most one in four (a paraphrase swaps a word); a
   one-clause denial the evidence never makes ("X is not involved") is *unsupported*.
5. **Wording, by meaning.** Otherwise the claim is embedded offline with every evidence sentence, pair of
   neighbouring sentences and the fields of a tool record it draws on (one batch per answer, cached per
   text): *supported* at ``semantic_support`` cosine similarity, else *unsupported*.

A claim in another language than the evidence is judged by its hard facts alone. ``contradicted``,
``absent`` and ``invented`` are :data:`FABRICATED`: the HALLUCINATION detector fires on any one of them,
and on groundedness (the share of supported claims) below the contract's floor. Nothing here looks at an
answer's length, style or position: each claim stands or falls on its own evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from .evidence import Evidence, EvidenceSource
from .evidence_readers import ALNUM_RE as _ALNUM_RE
from .evidence_readers import NONE as _NONE
from .evidence_readers import render_tool_output
from .text import (
    STOPWORDS,
    content_stems,
    grouped_digits,
    identifiers_in,
    names_in,
    numbers_in,
    stem,
    times_in,
    tokens,
)
from .textcache import text_cache

__all__ = ["FABRICATED", "ClaimSupport", "Evidence", "EvidenceSource", "judge_claims", "render_tool_output"]


Verdict = Literal["supported", "contradicted", "absent", "invented", "unsupported"]
#: Verdicts that show a fabrication outright (a hard fact contradicted or absent, new subject matter), as
#: against a claim merely not matched closely enough.
FABRICATED: frozenset[str] = frozenset(("contradicted", "absent", "invented"))


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
        if self.verdict == "invented":
            return f"{self.claim!r} brings in {', '.join(self.missing)}, found nowhere in what the model was shown"
        sim = f" (similarity {self.similarity:.2f})" if self.similarity is not None else ""
        return f"{self.claim!r} is not supported; the closest evidence is {where}{sim}"


def _verdict(**fields: Any) -> ClaimSupport:
    """A ClaimSupport from fields this module typed already. Validated all the same: pydantic-core builds a
    small model about three times faster than ``model_construct``'s Python loop over the fields."""
    return ClaimSupport(**fields)


#: The bot acknowledging what the customer just told it ("I've noted +33 6 12 ...", "I can see the card ...
#: you mentioned"): it restates the user's message, so it is judged against that message alone.
_ECHO_RE = re.compile(
    r"^(?:i(?:'ve| have)? (?:noted|recorded|saved|logged|registered|taken note of)|i (?:can )?see"
    r"|(?:as )?you(?:'ve| have)? (?:mentioned|told|said|given|provided|shared))\b",
    re.IGNORECASE,
)
#: A claim with at least this many words and not one English function word is in another language (an
#: answer in the customer's language): its words cannot be compared with English evidence, its hard facts can.
FOREIGN_MIN_WORDS = 5
#: A claim is *invented* when at least this many of its content words, and more than half of them
#: (:data:`NOVEL_SHARE`), occur nowhere in what the model was shown (documents, tool results, system prompt,
#: the user's message; stems and five-letter starts compared), and it names no hard fact (all of which were
#: found, or it would be absent already): it introduces things nobody mentioned, however close its
#: embedding. A paraphrase swaps a word or two and keeps the subject; an invented promise brings its own
#: subject. A claim anchored on grounded hard facts (an order id, its amount and dates) is about a recorded
#: thing, and a terse tool record ("eta: 2025-07-21") leaves its wording ("expects to deliver") to the model.
NOVEL_MIN = 2
NOVEL_SHARE = 0.5


#: A claim whose hard facts were all found and whose content words all occur in the evidence (documents, tool
#: results, system prompt; not the user's message, whose words a wrong answer reuses), but for at most this
#: many, is supported by its words: a paraphrase swaps a word ("works" for "can be"),
#: an invention brings several. Claims with more new words go on to the embedding step.
PARAPHRASE_NEW_WORDS = 1
#: ... and at most one in four of its content words new: in a two-word claim one new word is half of what it says.
PARAPHRASE_SHARE = 0.75






def _in_docs(word_stem: str, evidence: Evidence) -> bool:
    return any(word_stem in stems for stems in evidence.stems)


def _anchored(claim: str) -> bool:
    """Does the claim name a hard fact (number, time, code, contact number, e-mail, name)?"""
    return bool(numbers_in(claim) or identifiers_in(claim) or times_in(claim) or grouped_digits(claim)
                or "@" in claim or names_in(claim))


@text_cache()
def _foreign(claim: str) -> bool:
    words = tokens(claim)[0]
    return len(words) >= FOREIGN_MIN_WORDS and STOPWORDS.isdisjoint(map(str.lower, words))


def judge_claims(
    claims: Sequence[str], evidence: Evidence, *, lexical_support: float, semantic_support: float
) -> list[ClaimSupport]:
    """A verdict per claim, in order (see the module docstring for the steps)."""
    verdicts: list[ClaimSupport | None] = []
    pending: list[int] = []
    answer = frozenset().union(*(numbers_in(c) for c in claims)) if claims else _NONE
    for claim in claims:
        if _ECHO_RE.match(claim) and evidence.echoes_user(claim):
            verdicts.append(_verdict(claim=claim, verdict="supported", source="user message", evidence=None))
            continue
        foreign = _foreign(claim)
        numbers, others = evidence.missing_facts(claim, names=not foreign, answer=answer)
        if numbers or others:
            found = evidence.contradiction(claim, numbers) if numbers else None
            missing = (*numbers, *others)
            if found is not None:
                verdicts.append(_verdict(claim=claim, verdict="contradicted", source=found[0], evidence=found[1],
                                             missing=missing))
            else:
                verdicts.append(_verdict(claim=claim, verdict="absent", missing=missing))
            continue
        clash = evidence.status_clash(claim)
        if clash is not None:
            verdict, source, line, stated = clash
            verdicts.append(_verdict(claim=claim, verdict=verdict, source=source, evidence=line, missing=stated))
            continue
        if foreign:  # its hard facts all found; its words are not English, so they are not compared
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence (hard facts)",
                                         evidence=None))
            continue
        # numbers, codes ("CLM" of CLM-2025-004817) and names were checked above as hard facts
        codes = " ".join(identifiers_in(claim))
        # a name the documents hold was checked as a hard fact and needs no wording support; a name only the
        # user's message holds is vouched for as a fact, but is still a word no evidence states
        named = {n for name in names_in(claim) for p in _ALNUM_RE.findall(name) if _in_docs(n := stem(p), evidence)}
        stems = frozenset(w for w in content_stems(claim) if not w[0].isdigit() and w not in codes and w not in named)
        if not stems:  # only hard facts, all found
            verdicts.append(_verdict(claim=claim, verdict="supported", source="the evidence",
                                         evidence=None))
            continue
        novel = evidence.novel(stems, NOVEL_MIN)
        if len(novel) >= NOVEL_MIN and len(novel) > NOVEL_SHARE * len(stems) and not _anchored(claim):
            verdicts.append(_verdict(claim=claim, verdict="invented", missing=tuple(sorted(novel))))
            continue
        index, share = evidence.coverage(stems)
        if index >= 0 and evidence.polarity_clash(claim, stems):
            verdicts.append(_verdict(claim=claim, verdict="unsupported", source=evidence.sources[index].label,
                                         evidence=evidence.closest_sentence(stems, index)))
            continue
        unseen = round((1 - share) * len(stems))  # words no source but the user's message holds
        if index >= 0 and (share >= lexical_support or (unseen <= PARAPHRASE_NEW_WORDS and share >= PARAPHRASE_SHARE)):
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


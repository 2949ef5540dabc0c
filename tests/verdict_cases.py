"""Claim verdicts for the reading tests: one answer scored afresh, and one claim against a record and its control.

The scorer memoises reports by answer and evidence, so a test that patches a reading off would otherwise get the
verdicts it scored with the reading on. Clearing the memo before and after keeps each call independent:
:func:`fresh_scores` around a patch that switches a reading off, :func:`fresh_verdicts` for one answer's verdicts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any
from unittest.mock import patch

from llmops_kit import changed_figures, evidence_readers, quality, subject_figures
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.grounding import ClaimSupport, judge_claims
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document


@contextmanager
def fresh_scores(*caches: Any) -> Iterator[None]:
    """No memoised report read or left behind inside the block: the scorer's memo is cleared on entry and on exit,
    and so is each of ``caches`` (a cached reader such as ``read_answer``, anything with ``cache_clear``) whose
    results a patched reading changes. Enter it before the patch, so the clearing on exit follows the unpatching:
    ``with fresh_scores(), patch.object(module, "READ_X", False): ...``."""
    _clear(caches)
    try:
        yield
    finally:
        _clear(caches)


#: Readings that catch a changed figure or count by themselves (the ``roundup48``, ``invented48`` and ``quote48``
#: rounds): a figure restated with another value, a value no clause states with its unit, the customer's "both";
#: and (the ``days49`` round) days set against the evidence's days for the same words ("Weekend crossings are €40"
#: where €40 is the weekday fare).
LATER_FIGURE_READINGS = ((changed_figures, "READ_CHANGED_FIGURES"), (subject_figures, "READ_UNHELD_VALUES"),
                         (evidence_readers, "READ_PAIRED_COUNTS"), (changed_figures, "READ_CHANGED_DAYS"))


@contextmanager
def later_figure_readings_off() -> Iterator[None]:
    """Switch :data:`LATER_FIGURE_READINGS` off, with the scorer's memo cleared. An older reading's switch-off test
    shows its own old verdict only with these off too: they now catch the same changed figures another way."""
    with ExitStack() as stack, fresh_scores():
        for module, name in LATER_FIGURE_READINGS:
            stack.enter_context(patch.object(module, name, False))
        yield


def _clear(caches: tuple[Any, ...]) -> None:
    quality._memo.clear()
    for cache in caches:
        cache.cache_clear()


def fresh_verdicts(answer: str, docs: list[Document], query: str | None, instructions: str | None = None) -> list[str]:
    """Each claim's verdict ("supported", "unsupported", ...), with no memoised report read or left behind;
    ``instructions``: the system prompt the model was given, when the case needs its facts."""
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, docs, query=query, instructions=instructions).support]


def documents_evidence(docs: list[Document], query: str | None = None) -> Evidence:
    """The evidence of ``docs`` (each a source "document <id>") and, given one, the customer's message, for a test
    that calls a reading directly."""
    sources = [EvidenceSource(f"document {d.id}", d.content or "") for d in docs]
    if query is not None:
        sources.append(EvidenceSource("user message", query, user=True))
    return Evidence(sources, r"\[[\w-]+\]")


def contradicted_by_one_record(claim: str, wrong: Evidence, right: Evidence) -> tuple[ClaimSupport, ClaimSupport]:
    """The grounding step's verdict on one claim against the evidence that says otherwise and against its control,
    the same evidence agreeing with the claim: a reading's test asserts the first is contradicted by the line it
    names, and the second is not."""
    rules = load_contract().quality
    wrong_verdict, right_verdict = (judge_claims([claim], evidence, lexical_support=rules.lexical_support,
                                                 semantic_support=rules.semantic_support)[0]
                                    for evidence in (wrong, right))
    return wrong_verdict, right_verdict

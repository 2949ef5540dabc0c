"""Claim verdicts for the reading tests: one answer scored afresh, and one claim against a record and its control.

The scorer memoises reports by answer and evidence, so a test that patches a reading off would otherwise get the
verdicts it scored with the reading on. Clearing the memo before and after keeps each call independent.
"""

from __future__ import annotations

from llmops_kit import quality
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence
from llmops_kit.grounding import ClaimSupport, judge_claims
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document


def fresh_verdicts(answer: str, docs: list[Document], query: str | None, instructions: str | None = None) -> list[str]:
    """Each claim's verdict ("supported", "unsupported", ...), with no memoised report read or left behind;
    ``instructions``: the system prompt the model was given, when the case needs its facts."""
    quality._memo.clear()
    try:
        return [v.verdict for v in score_answer(answer, docs, query=query, instructions=instructions).support]
    finally:
        quality._memo.clear()


def contradicted_by_one_record(claim: str, wrong: Evidence, right: Evidence) -> tuple[ClaimSupport, ClaimSupport]:
    """The grounding step's verdict on one claim against the evidence that says otherwise and against its control,
    the same evidence agreeing with the claim: a reading's test asserts the first is contradicted by the line it
    names, and the second is not."""
    rules = load_contract().quality
    wrong_verdict, right_verdict = (judge_claims([claim], evidence, lexical_support=rules.lexical_support,
                                                 semantic_support=rules.semantic_support)[0]
                                    for evidence in (wrong, right))
    return wrong_verdict, right_verdict

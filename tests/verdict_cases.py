"""Claim verdicts of one answer, scored afresh: for tests that switch a reading off and compare.

The scorer memoises reports by answer and evidence, so a test that patches a reading off would otherwise get the
verdicts it scored with the reading on. Clearing the memo before and after keeps each call independent.
"""

from __future__ import annotations

from llmops_kit import quality
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document


def fresh_verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    """Each claim's verdict ("supported", "unsupported", ...), with no memoised report read or left behind."""
    quality._memo.clear()
    try:
        return [v.verdict for v in score_answer(answer, docs, query=query).support]
    finally:
        quality._memo.clear()

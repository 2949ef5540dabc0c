"""A sentence that is only what the texts the bot found hold, read as a claim of its own (:data:`llmops_kit.
found_sources.READ_FOUND_LIMITS`): "The notes I found are about our day passes and memberships" after a decline
states nothing of the domain the texts do not. The control, texts said to be about what they do not hold, stays
flagged, and the old verdict returns with the switch off.

The fixtures are this file's own (a climbing gym by the sea).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import found_sources, scope_declines
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

GYM = [Document(id="cg-1", content="Day passes include shoe hire. Monthly memberships can be paused for a holiday.")]
GYM_SYS = "You answer for a climbing gym in Leith. Use only the gym notices and tool results you are given."
QUESTION = "Why do seagulls steal chips?"
HELD = "The notes I found are about our day passes and memberships."


def test_what_the_found_texts_hold_is_supported() -> None:
    assert _verdicts(HELD, GYM, QUESTION, GYM_SYS) == ["supported"]


def test_control_found_texts_said_to_be_about_what_they_do_not_hold_stay_flagged() -> None:
    answer = "The notes I found are about our seagull feeding times and chip prices."
    assert _verdicts(answer, GYM, QUESTION, GYM_SYS) != ["supported"]


def test_without_the_switch_the_old_verdict_returns() -> None:
    with fresh_scores(), patch.object(found_sources, "READ_FOUND_LIMITS", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        assert _verdicts(HELD, GYM, QUESTION, GYM_SYS) != ["supported"]

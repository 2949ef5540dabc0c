"""Declines in the bot's own voice that name what it is there for (:data:`llmops_kit.scope_declines.
READ_SCOPE_DECLINES`): "That's outside what I can help with here", "I am afraid I cannot help with that", "I can only
help with the gym" and, beside such a decline, "I don't have kayak timetables" of a question on kayaks; and a colon
joining the decline to what the texts the bot found are about (:data:`llmops_kit.joined_declines.READ_COLON_FOUND`).
Each case has a control that must stay flagged, and the old verdict returns with either switch off.

The fixtures are this file's own (a climbing gym by the sea).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import apology_words, joined_declines, scope_declines
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

GYM = [Document(id="cg-1", content="Day passes include shoe hire. Monthly memberships can be paused for a holiday."),
       Document(id="cg-2", content="Beginner sessions run on Tuesday evenings with an instructor.")]
GYM_SYS = "You answer for Crux Harbour, a climbing gym in Leith. Use only the gym notices and tool results given."
KAYAK_Q = "Do you run kayak trips on the lake?"
SHOES_Q = "Can I hire shoes for the kayak?"

COLON_CASES = [
    "That's outside what I can help with here: the notices I found are about day passes and memberships.",
    "I am afraid I cannot help with that: the notices I found are about beginner sessions and memberships.",
]
SCOPE_CASES = [
    "I can only help with the climbing gym, so I don't have kayak timetables.",
    "That's a lovely question, but I can only help with visiting Crux Harbour.",
]


@pytest.mark.parametrize("answer", [*COLON_CASES, *SCOPE_CASES])
def test_a_decline_naming_what_the_bot_is_for_is_supported(answer: str) -> None:
    assert _verdicts(answer, GYM, KAYAK_Q, GYM_SYS) == ["supported"]


@pytest.mark.parametrize("answer", [*COLON_CASES, *SCOPE_CASES])
def test_without_the_scope_switch_the_old_verdict_returns(answer: str) -> None:
    with fresh_scores(), patch.object(scope_declines, "READ_SCOPE_DECLINES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        assert _verdicts(answer, GYM, KAYAK_Q, GYM_SYS) != ["supported"]


@pytest.mark.parametrize("answer", COLON_CASES)
def test_without_the_colon_switch_the_old_verdict_returns(answer: str) -> None:
    with fresh_scores(), patch.object(joined_declines, "READ_COLON_FOUND", False):
        assert _verdicts(answer, GYM, KAYAK_Q, GYM_SYS) != ["supported"]


# ---- controls: texts said to be about what they do not hold, a limit the prompt does not describe, a false no ----

def test_control_found_texts_said_to_be_about_what_they_do_not_hold_stay_flagged() -> None:
    answer = "That's outside what I can help with here: the notices I found are about sauna prices and towel hire."
    assert _verdicts(answer, GYM, KAYAK_Q, GYM_SYS) != ["supported"]


def test_control_a_limit_to_what_the_prompt_does_not_describe_stays_flagged() -> None:
    answer = "I can only help with the tram company, so I don't have kayak timetables."
    assert _verdicts(answer, GYM, KAYAK_Q, GYM_SYS) != ["supported"]


def test_control_a_no_the_texts_contradict_stays_flagged() -> None:
    """The notices do tell of shoe hire: "I don't have shoe hire" is a false denial, judged as a claim."""
    answer = "I can only help with the climbing gym, so I don't have shoe hire."
    assert _verdicts(answer, GYM, SHOES_Q, GYM_SYS) != ["supported"]


def test_control_a_decline_beside_a_fact_of_its_own_judges_the_fact() -> None:
    answer = "That's outside what I can help with here, but the lake hires kayaks on Sundays."
    assert _verdicts(answer, GYM, KAYAK_Q, GYM_SYS) != ["supported"]


def test_a_limit_alone_with_a_closing_apology_is_supported() -> None:
    assert _verdicts("I can only help with the climbing gym, sorry.", GYM, KAYAK_Q, GYM_SYS) == ["supported"]


def test_control_a_limit_alone_to_what_nothing_describes_stays_flagged() -> None:
    assert _verdicts("I can only help with the tram company, sorry.", GYM, KAYAK_Q, GYM_SYS) != ["supported"]


def test_without_the_scope_switch_a_limit_alone_is_judged_as_before() -> None:
    # the later apology reading (para54) measures the limit without its "sorry", which supports it by itself too
    with fresh_scores(), patch.object(scope_declines, "READ_SCOPE_DECLINES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False), \
            patch.object(apology_words, "READ_APOLOGY_WORDS", False):
        assert _verdicts("I can only help with the climbing gym, sorry.", GYM, KAYAK_Q, GYM_SYS) != ["supported"]

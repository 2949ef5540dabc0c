"""A decline naming what the bot is for, alone or with what its found texts hold, counted by the retrieval reading
as the model's own word that the texts miss the question (:data:`llmops_kit.joined_declines.READ_COUNTED_DECLINES`):
its verdict carries the source of what the texts found lack, as "The sheets I found cover F-roads, but nothing about
ferries" does. Controls: a fact of the business keeps its own source, a limit to what nothing describes stays
flagged; with the switch off the source is the plain one again.

The fixtures are this file's own (a climbing gym by the sea).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import joined_declines
from llmops_kit.found_sources import FOUND_LACK
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

GYM = [Document(id="cg-1", content="Day passes include shoe hire. Monthly memberships can be paused for a holiday.")]
GYM_SYS = "You answer for Crux Harbour, a climbing gym in Leith. Use only the gym notices and tool results given."
KAYAK_Q = "Do you run kayak trips on the lake?"
DECLINES = [
    "I can only help with the climbing gym, sorry.",
    "That's outside what I can help with here: the notices I found are about day passes and memberships.",
    "The notes I found are about our day passes and memberships.",
]


def sources(answer: str) -> list[tuple[str, str | None]]:
    with fresh_scores():
        return [(v.verdict, v.source) for v in score_answer(answer, GYM, query=KAYAK_Q, instructions=GYM_SYS).support]


@pytest.mark.parametrize("answer", DECLINES)
def test_a_decline_is_counted_as_what_the_texts_lack(answer: str) -> None:
    assert sources(answer) == [("supported", FOUND_LACK)]


@pytest.mark.parametrize("answer", DECLINES)
def test_without_the_switch_the_plain_source_returns(answer: str) -> None:
    with patch.object(joined_declines, "READ_COUNTED_DECLINES", False):
        assert sources(answer) != [("supported", FOUND_LACK)]


def test_control_a_fact_of_the_business_keeps_its_source() -> None:
    assert sources("Day passes include shoe hire.") != [("supported", FOUND_LACK)]


def test_control_a_limit_to_what_nothing_describes_is_not_counted() -> None:
    assert sources("I can only help with the tram company, sorry.")[0][0] != "supported"

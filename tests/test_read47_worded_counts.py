"""A count worked out in words in brackets and an amount spread over it
(:data:`llmops_kit.written_equations.READ_WORDED_COUNTS`): "About €15 a session: €120 a month over 8 sessions (2 a
week for 4 weeks)" is 2 × 4 = 8, a month counted as four weeks, and 120 ÷ 8 = 15. Controls: a wrong share, a
bracket that does not multiply out, weeks that are no month, and a count given without its working stay flagged;
with the switch off the count and the share are figures nobody gave again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import written_equations
from llmops_kit.quality import Document, score_answer
from llmops_kit.written_equations import worded_results

from .verdict_cases import fresh_scores

CLUB = [Document(id="sw-3", content="Youth squad (ages 9-15): €120 per month, 2 sessions a week. "
                                    "Lane hire: €40 an hour.")]
ASKED = "Roughly what does the youth squad come to per session?"
SPREAD = "About €15 a session: €120 a month over 8 sessions (2 a week for 4 weeks)."


def _held(answer: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, CLUB, query=ASKED).support)


def test_the_worded_count_and_share_are_worked_out() -> None:
    assert worded_results({"15", "8", "4"}, SPREAD, lambda n: n in {"120", "2"}) == {"15", "8", "4"}


def test_the_spread_answer_is_held() -> None:
    assert _held(SPREAD)


@pytest.mark.parametrize("answer", [
    SPREAD.replace("€15", "€20"),  # a wrong share
    SPREAD.replace("over 8 sessions", "over 6 sessions").replace("€15", "€20"),  # 2 × 4 is not 6
    SPREAD.replace("over 8 sessions", "over 10 sessions").replace("4 weeks", "5 weeks").replace("€15", "€12"),
    "About €15 a session: €120 a month over 8 sessions.",  # the count without its working
])
def test_a_wrong_step_stays_flagged(answer: str) -> None:
    assert not _held(answer)


def test_switched_off_the_count_is_unexplained_again() -> None:
    with patch.object(written_equations, "READ_WORDED_COUNTS", False):
        assert worded_results({"15", "8", "4"}, SPREAD, lambda n: n in {"120", "2"}) == frozenset()
        assert not _held(SPREAD)

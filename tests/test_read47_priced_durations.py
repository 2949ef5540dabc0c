"""The customer's duration restated in the period the claim prices by
(:data:`llmops_kit.written_equations.READ_PRICED_DURATIONS`): "3 hours riding" is the 180 of "180 × 7 = 1 260 Kč"
in a claim that prices per minute, a calendar factor of the customer's own figure. Controls: a wrong product, an
operand that is no duration of the customer's, and the same steps in a claim that names no period to price by stay
flagged; with the switch off the minutes are figures nobody gave again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import written_equations
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

RATES = [Document(id="sc-1", content="Eco plan: 7 Kč per minute riding and 3 Kč per minute paused; the first 50 km "
                                     "of each rental are included, then 5 Kč/km."),
         Document(id="sc-2", content="Day pass: one scooter for 24 hours for 990 Kč, including 100 km.")]
ASKED = "Saturday, about 3 hours riding and 2 hours paused, 40 km. Per minute or the day pass?"
WEIGHED = ("The day pass, 990 Kč with 100 km included, covers the whole day. Per minute it would be about "
           "180 × 7 = 1 260 Kč riding and 120 × 3 = 360 Kč paused: 1 620 Kč.")


def _held(answer: str, asked: str = ASKED) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, RATES, query=asked).support)


def test_the_hours_priced_per_minute_are_held() -> None:
    assert _held(WEIGHED)


@pytest.mark.parametrize("answer", [
    WEIGHED.replace("1 260", "1 290").replace("1 620", "1 650"),  # a wrong product
    WEIGHED.replace("180 × 7 = 1 260", "200 × 7 = 1 400").replace("1 620", "1 760"),  # 200 is no 3 hours
    WEIGHED.replace("Per minute it would be about", "It would be about"),  # no period the claim prices by
])
def test_a_wrong_step_stays_flagged(answer: str) -> None:
    assert not _held(answer)


def test_switched_off_the_minutes_are_unexplained_again() -> None:
    with patch.object(written_equations, "READ_PRICED_DURATIONS", False):
        assert not _held(WEIGHED)

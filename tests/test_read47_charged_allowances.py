"""The customer's whole count charged at the rate after an allowance
(:data:`llmops_kit.allowance_steps.READ_CHARGED_ALLOWANCES`): "80 km × 2 = 160 zł" for the customer's 80 km where
the first 50 km of a hire are free, then 2 zł/km, charges the free kilometres too. Every figure is held and the
product comes out, so only the allowance can object. Controls: the count beyond the allowance ("30 km beyond the
50 free × 2"), a step at another rate, a question with no count and a count within the allowance are left alone;
with the switch off the whole count passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import allowance_steps
from llmops_kit.allowance_steps import charged_allowances
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

RATES = [Document(id="vh-1", content="Van hire: 25 zł per hour; the first 50 km of each hire are free, then 2 zł/km.")]
TEXTS = tuple(d.content or "" for d in RATES)
ASKED = "Van for 3 hours, about 80 km. What will it cost?"
RIGHT = "3 × 25 = 75 zł for the hours; 30 km beyond the 50 free × 2 = 60 zł for the distance. Total: 135 zł."
CHARGED = "3 × 25 = 75 zł for the hours; 80 km × 2 = 160 zł for the distance. Total: 235 zł."


def _held(answer: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, RATES, query=ASKED).support)


def test_the_free_kilometres_charged_are_flagged() -> None:
    assert charged_allowances(CHARGED, TEXTS, ASKED) == ("160",)
    assert not _held(CHARGED)


def test_the_count_beyond_the_allowance_is_held() -> None:
    assert charged_allowances(RIGHT, TEXTS, ASKED) == ()
    assert _held(RIGHT)


@pytest.mark.parametrize(("claim", "asked"), [
    ("80 km × 3 = 240 zł", ASKED),  # another rate than the one after the allowance
    ("80 km × 2 = 160 zł", "How much is a van for 3 hours?"),  # the customer counts no kilometres
    ("40 km × 2 = 80 zł", "Van for 3 hours, about 40 km?"),  # within the allowance: no count beyond it
])
def test_other_steps_are_left_alone(claim: str, asked: str) -> None:
    assert charged_allowances(claim, TEXTS, asked) == ()


def test_switched_off_the_whole_count_passes_again() -> None:
    with patch.object(allowance_steps, "READ_CHARGED_ALLOWANCES", False):
        assert charged_allowances(CHARGED, TEXTS, ASKED) == ()
        assert _held(CHARGED)

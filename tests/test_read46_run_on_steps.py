"""Two written steps run on with "+" (:data:`llmops_kit.written_equations.READ_RUN_ON_STEPS`): "3 × 30 zł = 90 zł
for the quiz + 3 × 12 zł = 36 zł for the lemonades" is 3 × 30 = 90 and 3 × 12 = 36, not 90 + 3 × 12 said to be 36.
Controls: a wrong second product, a running total that is a true chain, a unit price no source holds; with the
switch off the second result is read as a wrong sum again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import written_equations
from llmops_kit.quality import Document, score_answer
from llmops_kit.written_equations import equations_in, wrong_results

from .verdict_cases import fresh_scores

CAFE = [Document(id="k-1", content="Quiz night on Thursdays is 30 zł per person, snacks included."),
        Document(id="k-2", content="The bar serves pierogi for 22 zł and a lemonade for 12 zł.")]
ASKED = "Three of us for quiz night and a lemonade each - how much?"
RUN_ON = "3 × 30 zł = 90 zł for the quiz (snacks included) + 3 × 12 zł = 36 zł for the lemonades, so 126 zł in all."


def _held(answer: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, CAFE, query=ASKED).support)


def test_the_run_on_steps_are_read_apart() -> None:
    steps = equations_in(RUN_ON)
    assert [(s.operands, s.result, s.holds) for s in steps] == [(("3", "30"), "90", True), (("3", "12"), "36", True)]
    assert wrong_results(RUN_ON, lambda n: False) == ()


def test_three_run_on_steps_are_read_apart() -> None:
    steps = equations_in("4 × 5 = 20 + 2 × 6 = 12 + 1 × 9 = 9")
    assert [s.result for s in steps] == ["20", "12", "9"] and all(s.holds for s in steps)


def test_a_running_total_is_still_a_chain() -> None:
    assert wrong_results("2 × 25 zł = 50 zł + 38 zł = 88 zł", lambda n: False) == ()


def test_the_run_on_answer_is_held() -> None:
    assert _held(RUN_ON)


@pytest.mark.parametrize("answer", [
    RUN_ON.replace("= 36 zł", "= 39 zł").replace("126 zł", "129 zł"),  # a wrong product
    RUN_ON.replace("3 × 12 zł = 36 zł", "3 × 14 zł = 42 zł").replace("126 zł", "132 zł"),  # a price no source holds
])
def test_a_wrong_step_stays_flagged(answer: str) -> None:
    assert not _held(answer)


def test_switched_off_the_second_result_is_a_wrong_sum_again() -> None:
    with patch.object(written_equations, "READ_RUN_ON_STEPS", False):
        text = "4 × 30 zł = 120 zł for the quiz (snacks included) + 4 × 12 zł = 48 zł for the lemonades"
        assert wrong_results(text, lambda n: False) == ("48",)

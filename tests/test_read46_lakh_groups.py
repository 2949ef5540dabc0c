"""Indian digit grouping (:data:`llmops_kit.text.numbers.READ_LAKH_GROUPS`): "₹1,25,000" is one hundred and twenty-five
thousand, not 1.25. Read as a decimal comma, a lakh amount agreed with any other lakh amount whose first groups
matched, and no arithmetic over it could hold. Controls: a decimal comma ("1,25"), Western grouping, and a wrong
lakh amount, which must stay unheld."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.quality import Document, score_answer
from llmops_kit.text import numbers, numbers_in

from .verdict_cases import fresh_scores


@pytest.mark.parametrize(("written", "value"), [
    ("₹1,25,000", "125000"),
    ("Rs 12,50,000", "1250000"),
    ("10,00,000 rupees", "1000000"),
    ("₹1,00,000.50", "100000.5"),
])
def test_lakh_grouping_is_one_number(written: str, value: str) -> None:
    assert numbers_in(written) == {value}


@pytest.mark.parametrize(("written", "value"), [
    ("1,25", "1.25"),  # a decimal comma
    ("1,250,000", "1250000"),  # Western grouping
    ("₹1,800", "1800"),
])
def test_other_groupings_read_as_before(written: str, value: str) -> None:
    assert numbers_in(written) == {value}


HALL = [Document(id="h-1", content="Hiring the whole arena for a corporate day costs ₹1,25,000, with up to 40 "
                                   "players.")]


def _verdict(answer: str) -> str:
    with fresh_scores():
        return score_answer(answer, HALL, query="What does the whole arena cost for a company day?").support[0].verdict


def test_the_stated_lakh_amount_is_supported_and_another_is_not() -> None:
    assert _verdict("The whole arena costs ₹1,25,000 for a corporate day, for up to 40 players.") == "supported"
    assert _verdict("The whole arena costs ₹1,52,000 for a corporate day, for up to 40 players.") != "supported"


def test_switched_off_the_amount_is_a_decimal_again() -> None:
    with patch.object(numbers, "READ_LAKH_GROUPS", False):
        assert numbers.normalise_number("1,25,000") == "1.25"

"""A bare figure grouped by thousands with a space, in a text that groups an amount beside its currency the same way
(:data:`llmops_kit.text.numbers.READ_SPACED_STYLE`): "10 × 4 200 = 42 000 Ft" multiplies 4200, not 4 and 200.
Controls: "2 × 19" and "12 3" are no thousands, a text with no spaced amount beside a currency keeps its parts, a
phone keeps its groups; a price no source holds and a wrong product stay flagged; with the switch off the operand
is read as two figures again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.quality import Document, score_answer
from llmops_kit.text import numbers
from llmops_kit.text.numbers import dot_thousands

from .verdict_cases import fresh_scores

CLIMBING = [Document(id="c-1", content="A ten-visit climbing pass costs 36 000 Ft and a single visit 4 200 Ft.")]
ASKED = "I'll climb ten times this season. Pass or single visits?"


def _held(answer: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, CLIMBING, query=ASKED).support)


def test_a_bare_operand_is_read_in_thousands_beside_a_spaced_amount() -> None:
    assert dot_thousands("10 × 4 200 = 42 000 Ft") == "10 × 4200 = 42000 HUF"
    assert dot_thousands("Passes: 36 000 + 28 000 = 64 000 Ft") == "Passes: 36000 + 28000 = 64000 HUF"


@pytest.mark.parametrize("text", [
    "2 × 19 = 38, and the pass is 5 000 Ft",  # a product of small figures
    "12 3 is no amount; the pass is 5 000 Ft",  # a second group of one digit
    "call +36 1 234 5678 or pay 5 000 Ft",  # a phone's groups
])
def test_figures_that_are_no_thousands_keep_their_parts(text: str) -> None:
    assert dot_thousands(text) == text.replace("5 000 Ft", "5000 HUF")


def test_a_text_with_no_spaced_amount_beside_a_currency_is_not_read() -> None:
    assert dot_thousands("4 200 climbers came, 36 000 in all") == "4 200 climbers came, 36 000 in all"


def test_the_worked_comparison_is_held() -> None:
    assert _held("Ten single visits would cost 10 × 4 200 = 42 000 Ft; the pass is 36 000 Ft, so you save 6 000 Ft.")


@pytest.mark.parametrize("answer", [
    # a single-visit price no source holds
    "Ten single visits would cost 10 × 4 300 = 43 000 Ft; the pass is 36 000 Ft, so you save 7 000 Ft.",
    # a wrong product
    "Ten single visits would cost 10 × 4 200 = 44 000 Ft; the pass is 36 000 Ft, so you save 8 000 Ft.",
])
def test_a_wrong_price_or_product_stays_flagged(answer: str) -> None:
    assert not _held(answer)


def test_switched_off_the_operand_is_two_figures_again() -> None:
    with patch.object(numbers, "READ_SPACED_STYLE", False):
        assert dot_thousands("Ten visits: 10 × 4 200 = 42 000 Ft.") == "Ten visits: 10 × 4 200 = 42000 HUF."
        assert not _held("Singles come to 10 × 4 200 = 42 000 Ft; the pass is 36 000 Ft, a saving of 6 000 Ft.")

"""A count beyond an allowance is the operand of its step (:data:`llmops_kit.written_equations.READ_BEYOND_OPERANDS`):
"15 km over the 50 included × 5 = 75 Kč" multiplies the 15, not the 50 written beside the "×", and the 15 is given
because with the 50 it makes the customer's 65 km. Controls: a wrong product, and a count beyond the allowance
that does not make the customer's figure, stay flagged; with the switch off the step is read as 50 × 5 again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import written_equations
from llmops_kit.quality import Document, score_answer
from llmops_kit.written_equations import equations_in, wrong_results

from .verdict_cases import fresh_scores

RATES = [Document(id="sc-1", content="Eco plan: 7 Kč per minute riding and 3 Kč per minute paused; the first 50 km "
                                     "of each rental are included, then 5 Kč/km.")]
ASKED = "Eco plan: 40 minutes riding, 65 km. What does it cost?"
QUOTE = "Riding 40 × 7 = 280 Kč; 15 km over the 50 included × 5 = 75 Kč. Total: 355 Kč."


def _held(answer: str, asked: str = ASKED) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, RATES, query=asked).support)


def test_the_count_beyond_the_allowance_is_the_operand() -> None:
    steps = equations_in(QUOTE)
    assert [(s.operands, s.result, s.holds) for s in steps] == [(("40", "7"), "280", True),
                                                                (("15", "5"), "75", True)]
    assert wrong_results(QUOTE, lambda n: False) == ()


def test_the_worked_quote_is_held() -> None:
    assert _held(QUOTE)


@pytest.mark.parametrize("answer", [
    QUOTE.replace("= 75 Kč", "= 90 Kč").replace("355 Kč", "370 Kč"),  # a wrong product
    QUOTE.replace("15 km over the 50 included × 5 = 75 Kč", "20 km over the 50 included × 5 = 100 Kč")
         .replace("355 Kč", "380 Kč"),  # 20 + 50 is not the customer's 65 km
])
def test_a_wrong_step_stays_flagged(answer: str) -> None:
    assert not _held(answer)


def test_switched_off_the_allowance_is_the_operand_again() -> None:
    with patch.object(written_equations, "READ_BEYOND_OPERANDS", False):
        text = "Riding 41 × 7 = 287 Kč; 15 km over the 50 included × 5 = 75 Kč"
        assert wrong_results(text, lambda n: False) == ("75",)
        assert not _held(f"{text}. Total: 362 Kč.", ASKED.replace("40 minutes", "41 minutes"))

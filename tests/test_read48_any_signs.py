"""Any currency sign Unicode names (category "Sc") read as a currency mark, not only the signs the readers list
(:data:`llmops_kit.text.numbers.READ_ANY_SIGNS`, the ``quote48`` round): "2 × 1 200 ₼ + 2 × 300 ₼ = 3 000 ₼" is one
figure per amount and a step that comes out, and "₺40.000 + ₺5.500 + ₺2.500 = ₺48.000" a total whose 25% deposit
is ₺12.000. Controls: a total the step does not give is flagged, so is a deposit that is not the share, and the
cent's sign stays the minor unit; with the switch off the grouped amounts fall apart again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit.quality import Document, score_answer
from llmops_kit.text import locale_amounts, numbers
from llmops_kit.text.numbers import any_signs_as_dollar, dot_thousands

from .verdict_cases import fresh_scores

ROWING = [Document(id="RW-3", content="A season on the rowing machine room is 1 200 ₼ for adults. The club's logbook "
                                      "is 300 ₼ at reception.")]
SEASON = "Two adult seasons and two logbooks, what's the total?"

ATELIER = [Document(id="AT-1", content="Made-to-measure coats start at ₺40.000. A lined hood is ₺5.500 and a "
                                       "monogram ₺2.500. A 25% deposit confirms the order; the rest is paid at "
                                       "pickup.")]
COAT = "The ₺40.000 coat with the hood and a monogram: total, and what is due now?"


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, docs, query=query).support]


def test_a_sign_the_readers_do_not_list_is_a_mark() -> None:
    assert any_signs_as_dollar("GH₵350, 72₺ and NZ$5, not 50¢") == "$350, 72$ and $5, not 50¢"
    assert dot_thousands("a season is 99 000 ֏") == "a season is 99000 ֏"
    assert dot_thousands("gates 12 300 and 400") == "gates 12 300 and 400"


def test_a_step_in_an_unlisted_sign_comes_out() -> None:
    assert set(_verdicts("2 × 1 200 ₼ + 2 × 300 ₼ = 3 000 ₼.", ROWING, SEASON)) == {"supported"}


def test_a_step_in_an_unlisted_sign_that_does_not_come_out_is_flagged() -> None:
    assert "supported" not in _verdicts("2 × 1 200 ₼ + 2 × 300 ₼ = 2 700 ₼.", ROWING, SEASON)


def test_a_share_of_a_total_in_lira() -> None:
    total = "₺40.000 + ₺5.500 + ₺2.500 = ₺48.000."
    assert set(_verdicts(f"{total} The 25% deposit is ₺12.000, and ₺36.000 is paid at pickup.", ATELIER,
                         COAT)) == {"supported"}
    assert "supported" not in _verdicts(f"{total} The 25% deposit is ₺13.000, and ₺35.000 is paid at pickup.",
                                        ATELIER, COAT)[1:]


def test_switched_off_the_grouped_amounts_fall_apart_again() -> None:
    # the sum50 reading of worked totals in any house style reads the sign from CLDR on its own: off here too
    with fresh_scores(), patch.object(numbers, "READ_ANY_SIGNS", False), \
            patch.object(locale_amounts, "READ_LOCALE_WORKED_SUMS", False):
        assert dot_thousands("a season is 98 000 ֏") == "a season is 98 000 ֏"
        assert any_signs_as_dollar("GH₵360") == "GH₵360"
        docs = [Document(id="RW-4", content="A season is 1 400 ₼ for adults. The logbook is 350 ₼.")]
        assert "supported" not in _verdicts("2 × 1 400 ₼ + 2 × 350 ₼ = 3 500 ₼.", docs, SEASON)

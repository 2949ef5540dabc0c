"""A total that sums the subtotals the answer works out before it (:data:`llmops_kit.subtotal_sums.
READ_SUBTOTAL_SUMS`): "GH₵120. ... GH₵180. ... 2 × GH₵15 = GH₵30. Total GH₵330." holds its 330 though the cedi's mark
is no currency the readers know. Controls: a total that is not the sum, a subtotal worked from a price no source
holds; with the switch off the total is absent again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import quality, subtotal_sums
from llmops_kit.quality import Document, score_answer
from llmops_kit.subtotal_sums import subtotals_before

COURT = [Document(id="t-1", content="A tennis court is GH₵120 per hour before 6:00 pm and GH₵180 per hour from "
                                     "6:00 pm. Racket hire is GH₵15.")]
ASKED = "Two hours from 5:00 pm to 7:00 pm with two rackets - total?"
ANSWER = "5:00 to 6:00 pm: GH₵120. 6:00 to 7:00 pm: GH₵180. Rackets: 2 × GH₵15 = GH₵30. Total GH₵330."


def _total_verdict(answer: str) -> str:
    quality._memo.clear()  # verdicts are memoised on the texts alone, not on the switches
    try:
        support = score_answer(answer, COURT, query=ASKED).support
    finally:
        quality._memo.clear()
    return next(v.verdict for v in support if "Total" in v.claim)


def test_the_subtotals_are_the_figures_no_step_takes_as_operand() -> None:
    assert subtotals_before("5:00 to 6:00 pm: GH₵120 6:00 to 7:00 pm: GH₵180 2 × GH₵15 = GH₵30 ") == (
        "120", "180", "30")


def test_the_total_of_the_subtotals_is_not_absent() -> None:
    assert _total_verdict(ANSWER) not in ("absent", "contradicted")


@pytest.mark.parametrize("answer", [
    ANSWER.replace("GH₵330", "GH₵350"),  # not the sum
    ANSWER.replace("2 × GH₵15 = GH₵30", "2 × GH₵25 = GH₵50").replace("GH₵330", "GH₵350"),  # an unheld price
])
def test_a_total_the_subtotals_do_not_make_stays_absent(answer: str) -> None:
    assert _total_verdict(answer) == "absent"


def test_switched_off_the_total_is_absent_again() -> None:
    with patch.object(subtotal_sums, "READ_SUBTOTAL_SUMS", False):
        assert _total_verdict(ANSWER.replace("Rackets", "Two rackets")) == "absent"

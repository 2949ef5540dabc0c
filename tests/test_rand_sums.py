"""An answer adding ``R``-figures writes rand (:func:`llmops_kit.text.rand_amounts.rand_in_sums`): made-up price
lists that only list rand prices, the right sum held and a wrong one flagged."""

from __future__ import annotations

import pytest

from llmops_kit.quality import Document, score_answer
from llmops_kit.text.rand_amounts import rand_in_sums

BARBER = [Document(id="b-1", content="Beard trim R120, hot towel shave R260, kids under 10 R90.")]
WASH = [Document(id="w-2", content="Wash only R85, wash and polish R240, interior valet R310.")]


def _held(documents: list[Document], answer: str) -> bool:
    return all(v.supported for v in score_answer(answer, documents, query="What do they come to together?").support)


@pytest.mark.parametrize(("documents", "answer"), [
    (BARBER, "R260 + R90 = R350 altogether."),
    (WASH, "The wash and polish and the valet: R240 + R310 = R550."),
])
def test_the_right_sum_is_held(documents: list[Document], answer: str) -> None:
    assert _held(documents, answer)


@pytest.mark.parametrize(("documents", "answer"), [
    (BARBER, "R260 + R90 = R370 altogether."),
    (WASH, "The wash and polish and the valet: R240 + R310 = R560."),
])
def test_a_wrong_sum_is_flagged(documents: list[Document], answer: str) -> None:
    assert not _held(documents, answer)


def test_the_reader() -> None:
    assert rand_in_sums(["R260 + R90 = R350"])
    assert rand_in_sums(["that comes to R1 200 = R600 each"])
    # codes are not added up: a route, a row, a seat
    assert not rand_in_sums(["Take the R12 bus to row R4"])
    assert not rand_in_sums(["Seats R4-R6 are free"])

"""A range written "between 30 and 120 kg" read as "30 to 120 kg" (:data:`llmops_kit.text.numbers.READ_BETWEEN_RANGES`,
the ``nums47`` round): each end takes the unit after the second, so an answer's "30-120 kg" is held where it lost
"30 kg". Controls: a range with a wrong end stays flagged, a head count between two figures has no unit; with the
switch off the first end has no unit again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import quality
from llmops_kit.quality import Document, score_answer
from llmops_kit.text import numbers
from llmops_kit.text.numbers import typed_quantities

from .verdict_cases import fresh_scores

ZIPLINE = [Document(id="z-1", content="Riders must weigh between 30 and 120 kg (66 to 264 lb) and be at least "
                                       "8 years old.")]
ASKED = "My son weighs 28 kilos. Can he ride?"


def _held(answer: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, ZIPLINE, query=ASKED).support)


def test_each_end_of_a_between_range_takes_its_unit() -> None:
    assert {"30 kg", "120 kg"} <= typed_quantities("weigh between 30 and 120 kg", True)
    assert {"20 money", "35 money"} <= typed_quantities("between $20 and $35 a night")


def test_a_count_between_two_figures_has_no_unit() -> None:
    assert typed_quantities("between 4 and 12 riders at once") == frozenset()


def test_the_range_in_the_answer_is_held() -> None:
    assert _held("Not yet: 28 kg is under our 30-120 kg range.")


def test_a_range_with_a_wrong_end_stays_flagged() -> None:
    assert not _held("Yes: 28 kg is inside our 25-120 kg range.")


def test_switched_off_the_first_end_has_no_unit_again() -> None:
    with patch.object(numbers, "READ_BETWEEN_RANGES", False):
        assert "30 kg" not in typed_quantities("Riders weigh between 30 and 120 kg.", True)
        quality._memo.clear()
        docs = [Document(id="z-2", content="Riders weigh between 30 and 120 kg.")]
        assert not all(v.supported for v in score_answer("No: 28 kg is below our 30-120 kg range.", docs,
                                                         query=ASKED).support)
        quality._memo.clear()

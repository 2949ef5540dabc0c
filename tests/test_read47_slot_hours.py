"""The hours of a slot the customer gives by its two clock times (:data:`llmops_kit.evidence_readers.READ_SLOT_HOURS`):
"the indoor court 14:00–16:00" is two hours, so an answer pricing it "£5 × 2" works from the customer's own figure.
Controls: a count that is not the slot's length stays flagged, and ranges of no whole or half hour give nothing; with
the switch off the 2 is a figure nobody gave again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import evidence_readers
from llmops_kit.evidence_readers import slot_hours
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

HALL = [Document(id="sc-1", content="Indoor court: £30 per hour. Off-peak slots (before 17:00) are £5 off per hour.")]
ASKED = "Can I have the indoor court 14:00–16:00 on Tuesday? Is there a discount?"
DISCOUNT = "Yes: the off-peak discount saves you £5 × 2 = £10."


def _held(answer: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, HALL, query=ASKED).support)


@pytest.mark.parametrize(("text", "hours"), [
    ("the court 14:00–16:00 on Tuesday", {"2"}),
    ("from 9am to 11:30am", {"2.5"}),
    ("10:00-10:45 please", set()),  # no whole or half hour
    ("table for 4 at 19:00", set()),  # one time, no range
])
def test_the_slot_length_is_read(text: str, hours: set[str]) -> None:
    assert slot_hours(text) == hours


def test_the_discount_for_the_slot_is_held() -> None:
    assert _held(DISCOUNT)


def test_a_count_that_is_not_the_slot_stays_flagged() -> None:
    assert not _held("Yes: the off-peak discount saves you £5 × 3 = £15.")


def test_switched_off_the_slot_length_is_unheld_again() -> None:
    with patch.object(evidence_readers, "READ_SLOT_HOURS", False):
        assert slot_hours("the court 14:00–16:00 on Tuesday") == frozenset()
        assert not _held(DISCOUNT)

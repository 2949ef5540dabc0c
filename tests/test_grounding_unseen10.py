"""Readings the ground10 round fixed, each for a cause that raised false alarms on at least two authors' read
sets, each with its control that the wrong reading is still flagged.

The fixtures are this file's own (a piano tuner, a ski hire shop): a supported reading and the same sentence
with subject matter of its own added, which must stay unsupported.
"""

from __future__ import annotations

from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

TUNING = [Document(id="kb-1001", content="Tunings are booked by the office. Call the office on +44 161 496 0733 "
                                         "with any question about an appointment.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs).support]


# ---- a hand-off to the people behind the published line, acting on the customer's own booking ----------

def test_a_hand_off_acting_on_the_customers_own_booking_is_supported() -> None:
    """'can confirm your tuning slot': the slot is the customer's, not a fact about the business."""
    assert _verdicts("The office on +44 161 496 0733 can confirm your tuning slot.", TUNING) == ["supported"]
    assert _verdicts("Ring the staff on +44 161 496 0733 and they can update your booking.", TUNING) == ["supported"]


def test_a_hand_off_asking_whether_is_supported() -> None:
    assert _verdicts("Ring the office on +44 161 496 0733 and ask whether tunings can move.", TUNING) == ["supported"]


def test_a_promise_beside_the_hand_off_is_still_flagged() -> None:
    """Control: a refund in cash the same day is subject matter of its own, whoever acts on the booking."""
    answer = "The office on +44 161 496 0733 will refund your deposit in cash the same day."
    assert _verdicts(answer, TUNING) != ["supported"]

"""A part of a booking said paid (:data:`llmops_kit.claimed_states.READ_PAID_PARTS`): "The deposit of ISK 90000 is
paid" names the record by the deposit's amount, and its "paid" was compared with the booking's "status: confirmed".
The word says what the deposit is: the claim is no status of the booking. Controls: the booking itself said paid,
a record still pending, an amount the record's deposit does not hold; with the switch off the old verdict returns.
The fixtures are this file's own (a glacier walk in Iceland)."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import claimed_states
from llmops_kit.evidence_readers import render_tool_output
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

TERMS = Document(id="gw-2", content="A 25% deposit secures your places; the balance is paid at the meeting point "
                                    "before the walk. Cancel 48 hours ahead and the deposit comes back in full.")
QUESTION = "Can you check booking GW-4419?"


def _docs(status: str) -> list[Document]:
    record = {"booking": "GW-4419", "walkers": 3, "deposit_isk": 90000, "balance_isk": 270000, "status": status}
    return [TERMS, Document(id="tool:booking_lookup", content=render_tool_output(record))]


def _verdicts(answer: str, status: str = "confirmed") -> list[str]:
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, _docs(status), query=QUESTION).support]


PART_PAID = "The deposit of ISK 90000 is paid; the balance of ISK 270000 is paid at the meeting point."


def test_a_part_said_paid_is_no_status_of_the_booking() -> None:
    assert _verdicts(PART_PAID) == ["supported"]


@pytest.mark.parametrize(("answer", "status"), [
    (PART_PAID, "pending"),  # the booking is not held yet: the deposit's "paid" is compared as before
    ("Booking GW-4419 is paid.", "confirmed"),  # the booking itself said paid, against "confirmed"
    ("The deposit of ISK 95000 is paid.", "confirmed"),  # an amount the record's deposit does not hold
])
def test_controls_stay_flagged(answer: str, status: str) -> None:
    assert set(_verdicts(answer, status)) & {"contradicted", "absent"}


def test_switched_off_the_old_verdict_returns() -> None:
    with patch.object(claimed_states, "READ_PAID_PARTS", False):
        assert _verdicts(PART_PAID) == ["contradicted"]

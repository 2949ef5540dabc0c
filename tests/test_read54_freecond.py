"""A gift the evidence gives, stated with a scope of the answer's own where the evidence's statement of it has
another (the ``freecond54`` round, :mod:`llmops_kit.gift_scopes`): a duration widened to the whole visit, a time
limit widened to any time, a reason swapped, a place added. Controls: the evidence's own scope restated, the scope
in a short form ("subs"), a thing available rather than given, a scope with a figure (checked as a figure), and
the switch off giving the old verdict.
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import gift_scopes
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

GARAGE = [Document(id="pk-1", content="The first hour of parking in our garage is free when you validate your ticket "
                                      "at the front desk; after that, €2 per hour. The garage closes at midnight.")]
GARAGE_ASKED = "Is parking free?"
WHOLE_STAY = "Yes, parking is free for your whole stay once you validate your ticket at the front desk."


def test_a_free_hour_widened_to_the_whole_stay_is_not_supported() -> None:
    assert fresh_verdicts(WHOLE_STAY, GARAGE, GARAGE_ASKED) != ["supported"]


def test_control_the_free_hour_restated_is_supported() -> None:
    answer = "Yes, the first hour of parking is free when you validate your ticket at the front desk."
    assert fresh_verdicts(answer, GARAGE, GARAGE_ASKED) == ["supported"]


BOOKING = [Document(id="bk-2", content="Free cancellation up to 48 hours before your check-in time; after that, the "
                                       "deposit is kept. Check-in is from 3 pm.")]
BOOKING_ASKED = "Can I cancel my booking?"


def test_a_time_limit_widened_to_any_time_is_not_supported() -> None:
    answer = "Yes, free of charge at any time up to your check-in."
    assert fresh_verdicts(answer, BOOKING, BOOKING_ASKED) != ["supported"]


def test_control_a_limit_with_its_figure_is_left_to_the_figure_checks() -> None:
    answer = "Yes, free of charge up to 48 hours before your check-in time."
    assert fresh_verdicts(answer, BOOKING, BOOKING_ASKED) == ["supported"]


PAUSE = [Document(id="ms-3", content="You can pause your membership for 1 to 2 months a year, at £5 a month while "
                                     "paused. A pause on medical grounds with a GP letter is free.")]
PAUSE_ASKED = "Can I pause while I'm on holiday?"


def test_a_gift_for_another_reason_is_not_supported() -> None:
    answer = "Yes, you can pause for up to 2 months, and pauses are free for holidays."
    assert fresh_verdicts(answer, PAUSE, PAUSE_ASKED) != ["supported"]


def test_control_the_gift_on_its_own_ground_is_supported() -> None:
    answer = "Yes, you can pause for up to 2 months, and a pause is free on medical grounds with a GP letter."
    assert fresh_verdicts(answer, PAUSE, PAUSE_ASKED) == ["supported"]


SHUTTLE = [Document(id="tr-4", content="Free shuttle from hotels in the old town, 30 minutes before each tour. "
                                       "Tours leave from the harbour.")]
SHUTTLE_ASKED = "Do you collect from the airport?"


def test_a_gift_from_another_place_is_not_supported() -> None:
    answer = "Yes, the shuttle is free from the airport as well as from the old town."
    assert fresh_verdicts(answer, SHUTTLE, SHUTTLE_ASKED) != ["supported"]


def test_control_the_gift_from_its_own_place_is_supported() -> None:
    answer = "The shuttle is free from hotels in the old town."
    assert fresh_verdicts(answer, SHUTTLE, SHUTTLE_ASKED) == ["supported"]


RESCOPED = [
    (WHOLE_STAY, GARAGE, GARAGE_ASKED),
    ("Yes, free of charge at any time up to your check-in.", BOOKING, BOOKING_ASKED),
    ("Yes, you can pause for up to 2 months, and pauses are free for holidays.", PAUSE, PAUSE_ASKED),
    ("Yes, the shuttle is free from the airport as well as from the old town.", SHUTTLE, SHUTTLE_ASKED),
]


@pytest.mark.parametrize(("answer", "docs", "asked"), RESCOPED)
def test_switch_off_each_rescoped_gift_is_supported_as_before(answer: str, docs: list[Document], asked: str) -> None:
    with fresh_scores(), patch.object(gift_scopes, "READ_GIFT_SCOPES", False):
        assert fresh_verdicts(answer, docs, asked) == ["supported"]


def test_control_a_scope_in_a_short_form_is_the_evidence_s() -> None:
    docs = [Document(id="cf-5", content="A 1kg bag is $40. Shipping is free on subscriptions. Pause any time.")]
    assert fresh_verdicts("A 1kg bag is $40, and shipping's free on subs.", docs, "How much is a bag?") == [
        "supported"]


def test_control_a_court_free_on_a_day_is_no_gift() -> None:
    docs = [Document(id="cl-6", content="Court hire is €12 an hour. Coaching is free for juniors on Saturday "
                                        "mornings. Courts open at 8.")]
    evidence = Evidence([EvidenceSource(d.id, d.content) for d in docs], r"\[[^\]]+\]")
    assert gift_scopes.rescoped_gift("Yes, a court is free on Sunday morning", evidence) is None
    assert gift_scopes.rescoped_gift("Yes, coaching is free on Sunday mornings", evidence) is not None


RETURNS = [Document(id="rt-2", content="A return label fee of $4.50 is taken off your refund. The fee is waived for "
                                       "exchanges, for faulty items and for Gold Club members."),
           Document(id="rt-5", content="If a parcel arrives damaged we send a free replacement or a full refund.")]
RETURNS_ASKED = "Is there a fee for the return label?"


def test_control_a_waived_fee_keeps_its_subject_and_its_scope_is_the_evidence_s() -> None:
    """"the fee is waived for Gold Club members": "fee" is what is waived, so the statements about the fee are the
    ones its scope is looked for in, not the refund sentence it shares other words with."""
    answer = ("For a refund, the label fee of $4.50 is taken off your refund, but the fee is waived for Gold Club "
              "members.")
    assert fresh_verdicts(answer, RETURNS, RETURNS_ASKED) == ["supported"]


def test_a_waived_fee_given_a_scope_of_the_answer_s_own_is_not_supported() -> None:
    answer = ("For a refund, the label fee of $4.50 is taken off your refund, but the fee is waived for first "
              "orders.")
    assert fresh_verdicts(answer, RETURNS, RETURNS_ASKED) != ["supported"]

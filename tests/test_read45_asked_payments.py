"""The payment state of the record the question names (:data:`llmops_kit.payment_states.READ_ASKED_PAYMENTS`): "It's
all paid, nothing left to pay at the door" to "Is RK-7731 settled?" of a record whose "due at door eur: 60" is
contradicted though the claim names no booking; so is "nothing to pay on the day" of a co-payment, "has already
been paid" of a flag named in Spanish, "pagado: False". Controls: the record that agrees, a claim about the deposit
only, a claim naming another booking; with the switch off the settled claims pass again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import payment_states
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.payment_states import clashing_payment


def asked(record: str, question: str) -> Evidence:
    return Evidence([EvidenceSource("tool booking_lookup", record, prose=False),
                     EvidenceSource("document kb-3", "Tours start at the old harbour; pay the rest at the door."),
                     EvidenceSource("user message", question, user=True)], r"\[x\]")


OWED_AT_DOOR = asked("booking: RK-7731.\npaid eur: 60.\ndue at door eur: 60.", "Is RK-7731 settled?")
NOTHING_AT_DOOR = asked("booking: RK-7731.\npaid eur: 120.\ndue at door eur: 0.", "Is RK-7731 settled?")
COPAY = asked("patient ref: DN-5512.\nnext: 2027-04-02T09:15.\ncovered: True.\ncopay eur: 20.0.",
              "When is my next check-up? DN-5512")
UNPAID_FLAG = asked("factura: FX-3318.\nmonto: 42000.\npagado: False.", "Has invoice FX-3318 been paid?")
PAID_FLAG = asked("factura: FX-3318.\nmonto: 42000.\npagado: True.", "Has invoice FX-3318 been paid?")


@pytest.mark.parametrize(("claim", "evidence", "line"), [
    ("It's all paid up, so nothing left to pay at the door.", OWED_AT_DOOR, "due at door eur: 60."),
    ("Since it's covered, there's nothing to pay on the day.", COPAY, "copay eur: 20.0."),
    ("Yes, your invoice has already been paid.", UNPAID_FLAG, "pagado: False."),
])
def test_a_settled_claim_against_the_asked_record_is_contradicted(claim: str, evidence: Evidence,
                                                                 line: str) -> None:
    found = clashing_payment(claim, evidence)
    assert found is not None and found[1] == line


@pytest.mark.parametrize(("claim", "evidence"), [
    ("It's all paid up, so nothing left to pay at the door.", NOTHING_AT_DOOR),  # the record agrees
    ("Yes, your invoice has already been paid.", PAID_FLAG),  # the flag agrees
    ("The 60 EUR deposit is already paid; the rest is paid at the door.", OWED_AT_DOOR),  # a part, not the whole
    ("Booking RK-9000 is fully paid.", OWED_AT_DOOR),  # another booking than the one asked about
    ("Tours start at the old harbour.", OWED_AT_DOOR),  # no payment state claimed
])
def test_controls_are_not_read(claim: str, evidence: Evidence) -> None:
    assert clashing_payment(claim, evidence) is None


def test_switched_off_the_asked_record_is_not_read() -> None:
    with patch.object(payment_states, "READ_ASKED_PAYMENTS", False):
        assert clashing_payment("It's all paid up, so nothing left to pay at the door.", OWED_AT_DOOR) is None
        assert clashing_payment("Since it's covered, there's nothing to pay on the day.", COPAY) is None
        assert clashing_payment("Your invoice FX-3318 has already been paid.", UNPAID_FLAG) is None

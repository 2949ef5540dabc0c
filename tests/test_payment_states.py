"""A booking said to be paid in full while its record shows money owed, or the other way round
(:mod:`llmops_kit.payment_states`). Each reading has a control of the same shape that agrees with the record."""

from __future__ import annotations

import pytest

from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.payment_states import clashing_payment


def record(text: str) -> Evidence:
    return Evidence([EvidenceSource("tool booking_lookup", text, prose=False),
                     EvidenceSource("document kb-1", "The balance is due 8 weeks before arrival.")], r"\[x\]")


FLAG_PAID = record("booking: BF-2291.\namount eur: 210.0.\npaid: True.")
FLAG_UNPAID = record("booking: BF-2291.\namount eur: 210.0.\npaid: False.")
BALANCE_DUE = record("booking: WC-5530.\ndeposit paid eur: 160.\nbalance due eur: 480.\nbalance due by: 2027-05-08.")
BALANCE_NIL = record("booking: WC-5530.\ndeposit paid eur: 160.\nbalance due eur: 0.")
PART_PAID = record("booking ref: SMF-48213.\ntotal gbp: 486.0.\npaid gbp: 121.5.\nbalance due: 2026-05-01.")
ALL_PAID = record("booking ref: SMF-48213.\ntotal gbp: 486.0.\npaid gbp: 486.0.")
DEPOSIT_ONLY = record("order: FR-2031-0077.\ntotal eur: 320.0.\ndeposit paid eur: 96.0.\nready: 2027-05-02.")
DEPOSIT_AND_REST = record("order: FR-2031-0077.\ntotal eur: 320.0.\ndeposit paid eur: 96.0.\n"
                          "balance paid eur: 224.0.")


@pytest.mark.parametrize(("claim", "evidence", "line"), [
    ("Booking BF-2291 still has the full 210,00 € outstanding.", FLAG_PAID, "paid: True."),
    ("Booking BF-2291 hasn't been paid yet.", FLAG_PAID, "paid: True."),
    ("Booking BF-2291 is fully paid.", FLAG_UNPAID, "paid: False."),
    ("Yes, booking WC-5530 is fully paid, so there's nothing more to pay.", BALANCE_DUE, "balance due eur: 480."),
    ("WC-5530 still has money owing.", BALANCE_NIL, "balance due eur: 0."),
    ("Booking SMF-48213 is fully settled.", PART_PAID, "paid gbp: 121.5."),
    ("Nothing at all: FR-2031-0077 is fully paid.", DEPOSIT_ONLY, "deposit paid eur: 96.0."),  # 96 of 320 paid
])
def test_the_payment_state_said_the_other_way_round_is_contradicted(claim: str, evidence: Evidence,
                                                                    line: str) -> None:
    found = clashing_payment(claim, evidence)
    assert found is not None and found[1] == line


@pytest.mark.parametrize(("claim", "evidence"), [
    ("Booking BF-2291 is fully paid.", FLAG_PAID),  # agrees with the flag
    ("Booking BF-2291 isn't fully paid yet.", FLAG_UNPAID),  # a negated settled phrase says money is owed
    ("WC-5530: your deposit has been paid and €480 is still due by 8 May.", BALANCE_DUE),  # the deposit only
    ("WC-5530 is paid in full, nothing more to pay.", BALANCE_NIL),
    ("SMF-48213 has £364.50 outstanding.", PART_PAID),
    ("SMF-48213 is paid in full.", ALL_PAID),
    ("FR-2031-0077 still has money owing.", DEPOSIT_ONLY),
    ("FR-2031-0077 is fully paid.", DEPOSIT_AND_REST),  # the amounts paid add up to the total
    ("Booking ZZ-1000 is fully paid.", BALANCE_DUE),  # another booking than the record's
    ("The balance is due 8 weeks before arrival.", BALANCE_DUE),  # no payment state claimed
])
def test_a_payment_state_that_agrees_or_is_not_claimed_is_not_read(claim: str, evidence: Evidence) -> None:
    """Controls."""
    assert clashing_payment(claim, evidence) is None


def test_evidence_whose_records_say_nothing_of_payment_is_not_read_for_a_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    """The trigger: a record with no paid, balance or total field cannot clash, so the claim's patterns are not
    run at all; the control (a record with a balance due) is still read and still contradicted."""
    from llmops_kit import payment_states
    calls: list[str] = []
    real = payment_states._claimed_state
    monkeypatch.setattr(payment_states, "_claimed_state", lambda claim: calls.append(claim) or real(claim))
    silent = record("booking: WC-5530.\nguests: 4.\narrival: 2027-07-03.")
    assert clashing_payment("Yes, booking WC-5530 is fully paid.", silent) is None
    assert calls == []
    found = clashing_payment("Yes, booking WC-5530 is fully paid.", BALANCE_DUE)
    assert found is not None and found[1] == "balance due eur: 480." and len(calls) == 1

"""A part of a booking said owed while its record shows it paid (:mod:`llmops_kit.part_payments`). Each reading
has a control of the same shape that agrees with the record."""

from __future__ import annotations

import pytest

from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.part_payments import unpaid_part

from .verdict_cases import contradicted_by_one_record


def booking(text: str) -> Evidence:
    return Evidence([EvidenceSource("tool booking_lookup", text, prose=False),
                     EvidenceSource("document kb-3", "The balance is due 30 days before the event.")], r"\[x\]")


DEPOSIT_PAID = booking("booking: TT-2203.\nevent date: 2027-06-12.\ndeposit paid gbp: 250.\nbalance gbp: 900.")
DEPOSIT_NIL = booking("booking: TT-2203.\nevent date: 2027-06-12.\ndeposit paid gbp: 0.\nbalance gbp: 1150.")
DEPOSIT_FLAG = booking("booking: TT-2203.\ndeposit received: True.\nbalance gbp: 900.")


@pytest.mark.parametrize(("claim", "evidence", "line"), [
    ("Sorry - TT-2203 still shows the deposit as outstanding.", DEPOSIT_PAID, "deposit paid gbp: 250."),
    ("TT-2203 has an unpaid deposit, so the date isn't held yet.", DEPOSIT_PAID, "deposit paid gbp: 250."),
    ("The deposit on TT-2203 hasn't been paid yet.", DEPOSIT_FLAG, "deposit received: True."),
    ("The deposit on TT-2203 is still owed.", DEPOSIT_PAID, "deposit paid gbp: 250."),
    ("For TT-2203 the deposit is not yet paid.", DEPOSIT_FLAG, "deposit received: True."),
])
def test_a_part_said_owed_while_its_record_shows_it_paid_is_contradicted(claim: str, evidence: Evidence,
                                                                         line: str) -> None:
    found = unpaid_part(claim, evidence)
    assert found is not None and found[1] == line


@pytest.mark.parametrize(("claim", "evidence"), [
    ("Sorry - TT-2203 still shows the deposit as outstanding.", DEPOSIT_NIL),  # nothing paid: true
    ("TT-2203 still has the balance outstanding.", DEPOSIT_PAID),  # another part: its field is not read
    ("On TT-2203 the deposit isn't outstanding any more; only the balance is.", DEPOSIT_PAID),  # negated
    ("TT-2203's deposit has been paid.", DEPOSIT_PAID),  # stated faithfully
    ("Sorry - TT-9999 still shows the deposit as outstanding.", DEPOSIT_PAID),  # another record
])
def test_a_part_owed_the_record_agrees_with_or_does_not_hold_is_not_read(claim: str, evidence: Evidence) -> None:
    assert unpaid_part(claim, evidence) is None


def test_the_grounding_step_contradicts_the_owed_deposit_and_keeps_the_true_one() -> None:
    wrong, right = contradicted_by_one_record(
        "Sorry - TT-2203 still shows the deposit as outstanding.", DEPOSIT_PAID, DEPOSIT_NIL)
    assert wrong.verdict == "contradicted" and wrong.evidence == "deposit paid gbp: 250."
    assert right.verdict != "contradicted"


WHOLE_PAID = booking("booking: PK-20417.\nlesson: group.\nslot: 09:30.\npaid gbp: 90.0.")
WHOLE_NIL = booking("booking: PK-20417.\nlesson: group.\nslot: 09:30.\npaid gbp: 0.0.")
WHOLE_WITH_DUE = booking("booking: PK-20417.\nlesson: group.\npaid gbp: 90.0.\ndue gbp: 45.0.")


def test_the_balance_said_owing_of_a_record_paid_with_nothing_owed_is_contradicted() -> None:
    found = unpaid_part("PK-20417 is the morning group lesson, and the balance is still owing.", WHOLE_PAID)
    assert found is not None and found[1] == "paid gbp: 90.0."


@pytest.mark.parametrize(("claim", "evidence"), [
    ("PK-20417 is the morning group lesson, and the balance is still owing.", WHOLE_NIL),  # nothing paid: true
    ("PK-20417 is the morning group lesson, and the balance is still owing.", WHOLE_WITH_DUE),  # a field owes
    ("PK-20417 still has the deposit outstanding.", WHOLE_PAID),  # a part the whole-paid field does not name
    ("PK-20417 is paid; the balance isn't outstanding.", WHOLE_PAID),  # negated
    ("PK-20417 is the morning group lesson and it is paid.", WHOLE_PAID),  # stated faithfully
    ("PK-99999 has the balance still owing.", WHOLE_PAID),  # another record
])
def test_a_balance_owing_beside_a_whole_paid_field_the_record_allows_is_not_read(claim: str,
                                                                                 evidence: Evidence) -> None:
    assert unpaid_part(claim, evidence) is None


def test_the_grounding_step_contradicts_the_balance_owing_and_keeps_the_true_one() -> None:
    wrong, right = contradicted_by_one_record(
        "PK-20417 is the morning group lesson, and the balance is still owing.", WHOLE_PAID, WHOLE_NIL)
    assert wrong.verdict == "contradicted" and wrong.evidence == "paid gbp: 90.0."
    assert right.verdict != "contradicted"

"""A status the answer gives a record against the status the tool returned, read in the words both use: a
claim that the record is still being worked on ("still under review") against a decided record, a state the
record's value denies ("awaiting approval" is not approved), and a value whose words name the record itself
("out on hire" of a hire). Each with its control: the same words stated of a record that agrees stay supported.
Fixtures are our own (a cycle shop's claims, hires and print proofs)."""

from __future__ import annotations

from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

ARTICLE = Document(id="kb-12", content="Claims are decided within 10 working days. Hire bikes are due back by 5pm "
                                       "on the last day. Nothing is printed until you approve the proof.")


def _verdicts(answer: str, record: str) -> list[str]:
    return [s.verdict for s in score_answer(answer, [ARTICLE, Document(id="tool:lookup", content=record)]).support]


def test_still_under_review_against_a_decided_claim_is_contradicted() -> None:
    """The record says approved; 'still under review' says it is not decided yet."""
    assert _verdicts("Claim RC-30417 is still under review.", "claim: RC-30417\nstate: approved\namount gbp: 42.0"
                     ) == ["contradicted"]


def test_under_review_of_a_record_still_open_stays_supported() -> None:
    """Control: a record under review, pending or received is still being worked on, in its own words."""
    assert _verdicts("Claim RC-30417 is still under review.", "claim: RC-30417\nstate: under review") == ["supported"]
    assert _verdicts("Claim RC-30417 is still under review.", "claim: RC-30417\nstate: pending") == ["supported"]
    assert _verdicts("Claim RC-30417 is being assessed.", "claim: RC-30417\nstate: received") == ["supported"]


def test_approved_against_awaiting_approval_is_contradicted() -> None:
    """'awaiting approval' waits for the approval: the record is pending, not approved."""
    record = "job: J-7710\nproof: digital\nstate: awaiting approval"
    assert _verdicts("The proof for J-7710 was approved.", record) == ["contradicted"]


def test_awaiting_approval_restated_or_approved_record_stays_supported() -> None:
    """Control: the same wait restated, and 'approved' of a record that is approved."""
    assert _verdicts("The proof for J-7710 is awaiting your approval.",
                     "job: J-7710\nproof: digital\nstate: awaiting approval") == ["supported"]
    assert _verdicts("The proof for J-7710 was approved.", "job: J-7710\nproof: digital\nstate: approved"
                     ) == ["supported"]


def test_returned_against_out_on_hire_is_contradicted() -> None:
    """'Hire' names the record ('hire ref'), so the claim's 'hire' does not make it 'out on hire'."""
    assert _verdicts("Hire BX-5521 has already been returned.",
                     "hire ref: BX-5521\nbike: e-bike\nstatus: out on hire") == ["contradicted"]


def test_out_on_hire_restated_or_returned_record_stays_supported() -> None:
    """Control: the record's own state restated, and 'returned' of a record that was returned."""
    assert _verdicts("Hire BX-5521 is still out on hire.", "hire ref: BX-5521\nbike: e-bike\nstatus: out on hire"
                     ) == ["supported"]
    assert _verdicts("Hire BX-5521 has been returned.", "hire ref: BX-5521\nbike: e-bike\nstatus: returned"
                     ) == ["supported"]

"""A record's status denied in words (:mod:`llmops_kit.status_denials`): "hasn't left the centre yet" of an
order out for delivery. Each reading has a control of the same shape that agrees with the record."""

from __future__ import annotations

import pytest

from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.status_denials import denied_status

from .verdict_cases import contradicted_by_one_record


def order(status: str) -> Evidence:
    return Evidence([EvidenceSource("tool parcel_lookup", f"order: KB-40917.\nstatus: {status}.\ncourier: Evri.",
                                    prose=False),
                     EvidenceSource("document kb-2", "Orders placed before noon are packed the same day.")],
                    r"\[x\]")


@pytest.mark.parametrize(("claim", "status", "denied"), [
    ("KB-40917 hasn't left the warehouse yet.", "out for delivery", "left"),
    ("Your order KB-40917 has not been dispatched yet, sorry.", "in transit", "dispatched"),
    ("KB-40917 wasn't shipped yet, so you can still change the address.", "shipped", "shipped"),
    ("KB-40917 hasn't been delivered yet.", "delivered", "delivered"),
])
def test_a_status_denied_of_the_record_that_holds_it_is_contradicted(claim: str, status: str,
                                                                     denied: str) -> None:
    found = denied_status(claim, order(status))
    assert found is not None and found[1] == f"status: {status}." and found[2] == denied


@pytest.mark.parametrize(("claim", "status"), [
    ("KB-40917 hasn't left the warehouse yet.", "processing"),  # nothing has gone: the denial is true
    ("KB-40917 hasn't left the warehouse yet.", "awaiting dispatch"),
    ("KB-40917 hasn't been delivered yet.", "out for delivery"),  # on its way, not delivered
    ("KB-40917 has left the warehouse and is out for delivery.", "out for delivery"),  # stated, not denied
    ("KB-55555 hasn't left the warehouse yet.", "out for delivery"),  # another record's status is not read
    ("KB-40917 doesn't need a signature; it has shipped.", "shipped"),  # the negation denies something else
])
def test_a_denial_the_status_agrees_with_or_another_record_is_not_read(claim: str, status: str) -> None:
    assert denied_status(claim, order(status)) is None


def test_the_grounding_step_contradicts_the_denial_and_keeps_the_true_one() -> None:
    wrong, right = contradicted_by_one_record(
        "KB-40917 hasn't left the warehouse yet.", order("out for delivery"), order("processing"))
    assert wrong.verdict == "contradicted" and wrong.evidence == "status: out for delivery."
    assert right.verdict != "contradicted"


def repair(status: str) -> Evidence:
    return Evidence([EvidenceSource("tool repair_lookup", f"job: QF-88412.\nwork: OLED screen.\nstatus: {status}.",
                                    prose=False),
                     EvidenceSource("document fx-1", "Most screens are done in 1 hour.")], r"\[x\]")


@pytest.mark.parametrize(("claim", "status", "said"), [
    ("QF-88412 was a screen job, and it's still on the bench.", "ready", "done"),
    ("QF-88412 is still being worked on.", "ready for collection", "done"),
    ("Your repair QF-88412 is still in progress.", "completed", "done"),
    ("QF-88412 isn't ready yet, sorry.", "ready for collection", "ready"),
    ("QF-88412 hasn't been finished.", "collected", "finished"),
])
def test_work_said_undone_of_a_record_whose_status_says_done_is_contradicted(claim: str, status: str,
                                                                            said: str) -> None:
    found = denied_status(claim, repair(status))
    assert found is not None and found[1] == f"status: {status}." and found[2] == said


@pytest.mark.parametrize(("claim", "status"), [
    ("QF-88412 is still on the bench.", "in progress"),  # the work is going on: true
    ("QF-88412 isn't ready yet, sorry.", "awaiting parts"),
    ("QF-88412 is no longer on the bench: it's ready for collection.", "ready for collection"),  # stated
    ("QF-88412 is not still being worked on; it's done.", "done"),  # the going-on is negated
    ("QF-88412 is ready for collection.", "ready for collection"),
    ("QF-99999 is still on the bench.", "ready"),  # another record's status is not read
])
def test_work_said_undone_the_record_agrees_with_is_not_read(claim: str, status: str) -> None:
    assert denied_status(claim, repair(status)) is None


def test_the_grounding_step_contradicts_work_said_undone_and_keeps_the_true_one() -> None:
    wrong, right = contradicted_by_one_record(
        "QF-88412 was a screen job, and it's still on the bench.", repair("ready"), repair("in progress"))
    assert wrong.verdict == "contradicted" and wrong.evidence == "status: ready."
    assert right.verdict != "contradicted"

"""A record's status denied in words (:mod:`llmops_kit.status_denials`): "hasn't left the centre yet" of an
order out for delivery. Each reading has a control of the same shape that agrees with the record."""

from __future__ import annotations

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.grounding import judge_claims
from llmops_kit.status_denials import denied_status


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
    rules = load_contract().quality
    claim = ["KB-40917 hasn't left the warehouse yet."]
    wrong = judge_claims(claim, order("out for delivery"), lexical_support=rules.lexical_support,
                         semantic_support=rules.semantic_support)[0]
    right = judge_claims(claim, order("processing"), lexical_support=rules.lexical_support,
                         semantic_support=rules.semantic_support)[0]
    assert wrong.verdict == "contradicted" and wrong.evidence == "status: out for delivery."
    assert right.verdict != "contradicted"

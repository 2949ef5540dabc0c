"""A fact joined in one sentence to a decline or a hand-off (:mod:`llmops_kit.joined_declines`): the fact is judged
alone. Each reading with its controls: a fact joined to an invented promise, a hand-off carrying a number nobody
published, a wrong fact joined to a decline, and a decline speaking of the very fact it is joined to stay flagged.

The fixtures are this file's own (a flooring depot, a bakery, a tyre fitter).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import handoff_acts, joined_declines
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

DEPOT = [Document(id="kb-601", content="Our flooring depot is on Quarry Road in Hexham. Orders are delivered free "
                                       "within 30 miles of the depot. Samples can be collected from the depot.")]
DEPOT_Q = "Is NE46 close enough for free delivery?"
BAKERY = [Document(id="kb-602", content="Celebration cakes need 5 days' notice. Deposits are paid by card when you "
                                        "order.")]
BAKERY_Q = "Order ref CK-5521-88: when do I pay the deposit?"
TYRES = [Document(id="kb-603", content="Tyre fitting is included in the price of every tyre. Wheel alignment costs "
                                       "£45.")]
TYRES_Q = "Is fitting included, and can you tell me what my van needs?"


def _without(answer: str, docs: list[Document], query: str) -> list[str]:
    """The verdicts with the reading switched off."""
    # the hand-off's look-up ("the team will confirm your address") is read by handoff_acts too (refusal53)
    with patch.object(joined_declines, "READ_JOINED_DECLINES", False), \
            patch.object(handoff_acts, "READ_HANDOFF_ACTS", False):
        return _verdicts(answer, docs, query)


# ---- a fact joined to a decline or a hand-off passes -----------------------------------------------------------

JOINED = [
    ("Orders are delivered free within 30 miles of the depot; I can't judge travel distance from a postcode "
     "district or a map reference.", DEPOT, DEPOT_Q),
    ("Deposits are paid by card when you order; I can't look up tickets or account histories here, so please call "
     "the shop.", BAKERY, BAKERY_Q),
    ("Orders are delivered free within 30 miles of the depot, but the team will confirm your address.",
     DEPOT, DEPOT_Q),
    ("Tyre fitting is included in the price of every tyre, so the counter will tell you what your van needs.",
     TYRES, TYRES_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), JOINED)
def test_a_fact_joined_to_a_decline_or_hand_off_is_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), JOINED)
def test_without_the_reading_the_joined_claim_was_flagged(answer: str, docs: list[Document], query: str) -> None:
    assert _without(answer, docs, query) != ["supported"]


# ---- controls: what the join must not license ------------------------------------------------------------------

FLAGGED = [
    # a fact joined to an invented promise
    ("Orders are delivered free within 30 miles of the depot; we'll refund the difference if you're further.",
     DEPOT, DEPOT_Q),
    ("Orders are delivered free within 30 miles of the depot, but the team will waive the fee for NE46.",
     DEPOT, DEPOT_Q),
    # a hand-off carrying a number nobody published
    ("Deposits are paid by card when you order; I can't look up orders here, so please call 0191 496 0777.",
     BAKERY, BAKERY_Q),
    ("Tyre fitting is included in the price of every tyre, so the counter will tell you the £30 balancing fee.",
     TYRES, TYRES_Q),
    # a wrong fact joined to a decline
    ("Orders are delivered free within 50 miles of the depot; I can't judge distance from a postcode district.",
     DEPOT, DEPOT_Q),
    ("Deposits are paid in cash on collection; I can't look up orders here, so please call the shop.",
     BAKERY, BAKERY_Q),
    # a decline speaking of the fact it is joined to
    ("Orders are delivered free within 30 miles of the depot; I can't judge whether the depot delivers to NE46.",
     DEPOT, DEPOT_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FLAGGED)
def test_the_join_licenses_no_promise_number_wrong_fact_or_self_denial(answer: str, docs: list[Document],
                                                                       query: str) -> None:
    assert _verdicts(answer, docs, query) != ["supported"]


@pytest.mark.parametrize("contact", ["0191 496 0777", "sales@quarry-floors.example"])
def test_a_lone_decline_with_a_contact_nobody_published_stays_flagged(contact: str) -> None:
    answer = f"That isn't covered in our help centre - please contact {contact}."
    assert _verdicts(answer, DEPOT, DEPOT_Q) != ["supported"]


def test_the_self_denial_control_fails_without_the_reading_too() -> None:
    """The control is flagged by the reader itself, not only by the guard: the join is judged whole either way."""
    answer = "Orders are delivered free within 30 miles of the depot; I can't judge whether the depot delivers to NE46."
    assert _without(answer, DEPOT, DEPOT_Q) != ["supported"]


def test_the_pieces_left_to_judge() -> None:
    """The decline and hand-off pieces are left out; a claim with no joint is no join."""
    evidence = Evidence([EvidenceSource("kb-601", DEPOT[0].content),
                         EvidenceSource("user message", DEPOT_Q, user=True)], r"(?!)")
    claim = "Orders are delivered free within 30 miles of the depot; I can't judge distance from a postcode district"
    assert joined_declines.joined_facts(claim, evidence, frozenset({"30"}), claim) == [
        "Orders are delivered free within 30 miles of the depot"]
    assert joined_declines.joined_facts("Samples can be collected from the depot", evidence, frozenset(), "") is None

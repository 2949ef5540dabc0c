"""A refund narrowed to credit (:mod:`llmops_kit.credit_refunds`): "refunds are only given as credit" where the
evidence offers money back in that case, with controls that the evidence's own options, a source that itself
limits a case to credit, and a refund not narrowed stay supported.

The fixtures are this file's own (a boat trip, a meal-box service, a theatre).
"""

from __future__ import annotations

import pytest

from llmops_kit.credit_refunds import credit_only_refund
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

BOAT = [Document(id="bt-1", content="Trips leave at 10:00 and 14:00. If we cancel a trip for high seas you can move "
                                    "to another date or take a full refund, your choice.")]
MEALS = [Document(id="mb-5", content="If your meal box does not arrive, we refund that box to your original payment "
                                     "method within 5 working days.")]
THEATRE = [Document(id="th-2", content="If we cancel a show you get a full refund. If you cancel, tickets are "
                                       "exchanged for theatre credit only.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


@pytest.mark.parametrize(("answer", "docs"), [
    ("If we cancel for high seas you can move the date, but refunds are only given as trip credit.", BOAT),
    ("A meal box that doesn't arrive is refunded as account credit only.", MEALS),
    ("We only refund a missing meal box in store credit.", MEALS),
])
def test_a_refund_narrowed_to_credit_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("If we cancel for high seas you can move to another date or take a full refund.", BOAT),
    ("Refunds for a cancelled trip are given as a full refund or trip credit, your choice.", BOAT),
    ("A meal box that doesn't arrive is refunded to your original payment method.", MEALS),
    ("If you cancel, your tickets are exchanged for theatre credit only.", THEATRE),  # the source's own rule
    ("Not only credit: a cancelled trip can be a full refund.", BOAT),
])
def test_a_refund_not_narrowed_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


def test_the_customer_offering_money_back_is_not_evidence() -> None:
    """Only a source's offer of money back counts: the customer's words do not."""
    evidence = Evidence([EvidenceSource("the question", "Do I get a full refund for the trip?", user=True)],
                        r"\[x\]")
    assert credit_only_refund("Trip refunds are only given as credit.", evidence) is None


def test_the_reading_is_what_flags_the_narrowing() -> None:
    """Switched off, 'only given as trip credit' beside the held rebooking passes: the reading does the work."""
    from unittest.mock import patch

    from llmops_kit import credit_refunds

    answer = "If we cancel for high seas you can move the date, but refunds are only given as trip credit."
    with patch.object(credit_refunds, "READ_CREDIT_REFUNDS", False):
        assert _verdicts(answer, BOAT) == ["supported"]

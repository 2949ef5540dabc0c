"""A booking said to still stand after a refusal the cancel tool backs (:data:`llmops_kit.standing_records.
READ_STANDING_RECORDS`): "The booking still stands" of a tool result "cancelled: False". Controls: a tool that did
cancel, no tool at all, a sentence that says more; with the switch off the old verdict returns.

The fixtures are this file's own (a padel court).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import standing_records
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.grounding import judge_claims
from llmops_kit.standing_records import still_standing

RULES = "Cancel 24 hours or more before your slot for a full refund; later cancellations are not refunded."
QUESTION = "Cancel PD-5120 and give me my money back."


def court(tool: str | None) -> Evidence:
    sources = [EvidenceSource("document pd-2", RULES), EvidenceSource("user message", QUESTION, user=True)]
    if tool is not None:
        sources.insert(0, EvidenceSource("tool cancel_booking", tool, prose=False))
    return Evidence(sources, r"\[x\]")


REFUSED = court("cancelled: False.\nreason: under 24 hours before the slot: not refundable.")
CANCELLED = court("cancelled: True.\nrefund eur: 0.")
NO_TOOL = court(None)


def verdict(claim: str, evidence: Evidence) -> str:
    rules = load_contract().quality
    return judge_claims([claim], evidence, lexical_support=rules.lexical_support,
                        semantic_support=rules.semantic_support)[0].verdict


def test_the_booking_still_standing_after_a_refused_cancel_is_supported() -> None:
    assert still_standing("The booking still stands.", REFUSED)
    assert still_standing("Your reservation is still on.", REFUSED)
    assert verdict("The booking still stands", REFUSED) == "supported"


def test_controls_are_not_read() -> None:
    assert not still_standing("The booking still stands.", CANCELLED)  # the tool did cancel
    assert not still_standing("The booking still stands.", NO_TOOL)  # nothing backs the state
    assert not still_standing("The booking still stands and the fee is waived.", REFUSED)  # it says more


def test_without_the_switch_the_old_verdict_returns() -> None:
    with patch.object(standing_records, "READ_STANDING_RECORDS", False):
        assert not still_standing("The booking still stands.", REFUSED)
        assert verdict("The booking still stands", REFUSED) != "supported"

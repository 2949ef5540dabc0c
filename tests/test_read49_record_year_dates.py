"""A claimed date with its year that no source states, while a tool record holds another date of that year
(:data:`llmops_kit.evidence_derived.READ_RECORD_YEAR_DATES`): "The voucher is good until 18 June 2027" of a record
holding "expires: 2027-05-18" kept its day and year in the record, so the hard-fact step passed it; it is now
*contradicted*. Controls: the record's own date in other words stays supported, a date an article states is no
record's to contradict, and with the switch off the old verdict returns.

The fixtures are this file's own (a spa voucher).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import evidence_derived
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.grounding import judge_claims

from .verdict_cases import fresh_scores

ARTICLE = ("Gift vouchers are valid for 12 months and can be used for any treatment. "
           "Summer treatments run until 31 August 2027.")
QUESTION = "I was given voucher SV-3318 in June. How long can I use it?"


def voucher() -> Evidence:
    return Evidence([EvidenceSource("tool voucher_lookup", "voucher: SV-3318.\nissued: 2026-05-18.\n"
                                    "expires: 2027-05-18.\nbalance gbp: 60", prose=False),
                     EvidenceSource("document sp-4", ARTICLE),
                     EvidenceSource("user message", QUESTION, user=True)], r"\[x\]")


MOVED = ["Your voucher is good until 18 June 2027", "Your voucher is good until 18/12/2027"]


def verdict(claim: str) -> str:
    rules = load_contract().quality
    with fresh_scores():
        return judge_claims([claim], voucher(), lexical_support=rules.lexical_support,
                            semantic_support=rules.semantic_support)[0].verdict


def test_a_date_moved_to_another_month_against_the_record_is_contradicted() -> None:
    for claim in MOVED:
        assert verdict(claim) == "contradicted", claim


def test_controls_the_record_date_restated_and_an_article_date_stay_supported() -> None:
    assert verdict("Your voucher is good until 18 May 2027") == "supported"
    assert verdict("Your voucher is good until 18/05/2027") == "supported"
    assert verdict("Summer treatments run until 31 August 2027") != "contradicted"


def test_a_timestamp_of_the_record_states_its_day() -> None:
    stamped = Evidence([EvidenceSource("tool transfer_lookup", "transfer: pending.\nexpires: 2027-01-22T18:00Z",
                                       prose=False),
                        EvidenceSource("user message", "Has my ticket transfer gone through?", user=True)], r"\[x\]")
    rules = load_contract().quality
    with fresh_scores():
        found = judge_claims(["They have until 22 January 2027 to accept it"], stamped,
                             lexical_support=rules.lexical_support, semantic_support=rules.semantic_support)[0]
    assert found.verdict != "contradicted"


def test_switched_off_the_old_verdict_returns() -> None:
    with patch.object(evidence_derived, "READ_RECORD_YEAR_DATES", False):
        for claim in MOVED:
            assert verdict(claim) != "contradicted", claim

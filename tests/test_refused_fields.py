"""A request the answer says was refused, of a tool record whose flag for that action is False
(:mod:`llmops_kit.refused_fields`), with its controls: a refusal of a flag set to True, of another action, and a
grant said of a False flag stay unsupported.

The fixtures are this file's own (a library's renewals, a shoe shop's exchanges, a ferry's cabin upgrades).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import evidence
from llmops_kit.refused_fields import refused_in_fields
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

RENEWAL = [Document(id="tool:renew_loan", content="renewed: False.\nreason: reserved by another reader.")]
RENEWED = [Document(id="tool:renew_loan", content="renewed: True.\nreason: no reservations.")]
EXCHANGE = [Document(id="tool:exchange_request",
                     content="exchange allowed: False.\nreason: worn outdoors.")]
FLAGGED_REFUSAL = [Document(id="tool:upgrade_request", content="declined: False.\nreason: cabin free.")]

RENEW_Q = "Can I keep LB-55120 for another three weeks?"
EXCHANGE_Q = "Can I swap the trainers from SH-20931 for a bigger size?"


def test_a_refused_renewal_of_a_false_flag_is_supported() -> None:
    assert _verdicts("The renewal of LB-55120 was declined: it is reserved by another reader.", RENEWAL,
                     RENEW_Q) == ["supported"]


def test_a_grant_denied_of_a_false_flag_is_supported() -> None:
    assert _verdicts("The exchange for SH-20931 wasn't accepted: the trainers were worn outdoors.", EXCHANGE,
                     EXCHANGE_Q) == ["supported"]


def test_without_the_reading_both_refusals_are_flagged() -> None:
    """The reading is what supports them: switched off, the status words are absent from every record."""
    with patch.object(evidence, "refused_in_fields", lambda *args: frozenset()):
        assert _verdicts("The renewal of LB-55120 was declined: it is reserved by another reader.", RENEWAL,
                         RENEW_Q) != ["supported"]
        assert _verdicts("The exchange for SH-20931 wasn't accepted: the trainers were worn outdoors.", EXCHANGE,
                         EXCHANGE_Q) != ["supported"]


def test_a_refusal_of_a_flag_set_to_true_is_still_flagged() -> None:
    """Control: the renewal went through, so "declined" is not what the record says."""
    assert _verdicts("The renewal of LB-55120 was declined.", RENEWED, RENEW_Q) != ["supported"]


def test_a_refusal_of_another_action_is_still_flagged() -> None:
    """Control: the record turned down a renewal, not a refund."""
    assert _verdicts("The refund for LB-55120 was declined: it is reserved by another reader.", RENEWAL,
                     RENEW_Q) != ["supported"]
    assert _verdicts("The exchange for SH-20931 was cancelled: the trainers were worn outdoors.", EXCHANGE,
                     EXCHANGE_Q) != ["supported"]


def test_a_flag_naming_the_refusal_itself_is_not_read() -> None:
    """Control: "declined: False" says the upgrade was not turned down."""
    assert refused_in_fields("The upgrade for FB-3301 was declined.", frozenset({"declined"}),
                             [FLAGGED_REFUSAL[0].content or ""]) == frozenset()


def test_only_the_denied_grant_words_are_read() -> None:
    """A grant word not denied ("accepted") is no refusal; beside a refusal, another status word ("booked")
    is left to the status check."""
    record = ["exchange allowed: False."]
    assert refused_in_fields("The exchange was accepted.", frozenset({"accepted"}), record) == frozenset()
    assert refused_in_fields("The exchange wasn't accepted.", frozenset({"accepted"}), record) == {"accepted"}
    assert refused_in_fields("The exchange was declined as the pair is booked for a fitting.",
                             frozenset({"declined", "booked"}), record) == {"declined"}

"""A record said to stay as it was after a tool refused the change (:data:`llmops_kit.standing_records.
READ_KEPT_RECORDS`): "Your session stays on Wed 7 April" after "rescheduled: False". Controls: the refused date
itself, a tool that did the change or returned the record, a sentence adding a fee or a promise; with the switch
off the old verdict returns.

The fixtures are this file's own (a pottery studio).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import standing_records
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.grounding import judge_claims
from llmops_kit.standing_records import kept_record

RULES = "Wheel sessions run Tuesday to Saturday, 10:00-16:00. At most 8 potters share the studio at once."
QUESTION = "Can you move WP-3318 to Friday 9 April?"


def studio(tool: str | None) -> Evidence:
    sources = [EvidenceSource("document wp-1", RULES), EvidenceSource("user message", QUESTION, user=True)]
    if tool is not None:
        sources.insert(0, EvidenceSource("tool reschedule_session", tool, prose=False))
    return Evidence(sources, r"\[x\]")


REFUSED = studio("rescheduled: False.\nreason: the studio is full on 2027-04-09 (8 of 8 wheels).")
MOVED = studio("rescheduled: True.\nnew date: 2027-04-09.")
WITH_RECORD = studio("rescheduled: False.\ncurrent date: 2027-04-07.\nreason: the studio is full on 2027-04-09.")
NO_TOOL = studio(None)


def verdict(claim: str, evidence: Evidence) -> str:
    rules = load_contract().quality
    return judge_claims([claim], evidence, lexical_support=rules.lexical_support,
                        semantic_support=rules.semantic_support)[0].verdict


def test_the_record_kept_after_a_refused_change_is_supported() -> None:
    assert kept_record("Your session stays on Wed 7 April at 11:00.", REFUSED) == []
    assert kept_record("WP-3318 remains on Wednesday 7 April", REFUSED) == []
    assert kept_record("Your booking for 07.04.2027 stays as it is.", REFUSED) == []
    assert kept_record("You stay in your current session.", REFUSED) == []
    assert kept_record("The session time has not been changed.", REFUSED) == []
    assert verdict("Your session stays on Wed 7 April at 11:00", REFUSED) == "supported"


def test_a_closing_clause_leaves_the_refusal_to_be_judged_alone() -> None:
    claim = "I tried, but Friday 9 April is full (8 of 8 wheels taken), so WP-3318 stays on Wednesday 7 April"
    assert kept_record(claim, REFUSED) == ["I tried, but Friday 9 April is full (8 of 8 wheels taken)"]
    assert verdict(claim, REFUSED) == "supported"
    # the same refusal with a wrong count stays flagged: the piece before ", so" is judged on its own
    wrong = "I tried, but Friday 9 April is full (12 of 12 wheels taken), so WP-3318 stays on Wednesday 7 April"
    assert verdict(wrong, REFUSED) != "supported"


def test_controls_are_not_read() -> None:
    # the refused date itself is no date the record keeps
    assert kept_record("Your session stays on Friday 9 April.", REFUSED) is None
    # the tool did move it, or returned the record's date (which the answer could misquote), or there is no tool
    assert kept_record("Your session stays on Wed 7 April.", MOVED) is None
    assert kept_record("Your session stays on Wed 14 April.", WITH_RECORD) is None
    assert kept_record("Your session stays on Wed 7 April.", NO_TOOL) is None
    # a fee, a promise or a new slot is more than the record kept
    assert kept_record("Your session stays on Wed 7 April at no charge.", REFUSED) is None
    assert kept_record("We can waive the fee for Wed 7 April.", REFUSED) is None
    assert verdict("The next free wheel is on Saturday 10 April", REFUSED) != "supported"


def test_without_the_switch_the_old_verdict_returns() -> None:
    with patch.object(standing_records, "READ_KEPT_RECORDS", False):
        assert kept_record("Your session stays on Wed 7 April at 11:00.", REFUSED) is None
        assert verdict("Your session stays on Wed 7 April at 11:00", REFUSED) != "supported"

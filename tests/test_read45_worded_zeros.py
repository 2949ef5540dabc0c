"""A count of none said in words against the record's count (:data:`llmops_kit.record_counts.READ_WORDED_ZEROS`):
"You haven't used your pass yet" of a record whose "swims this month: 4" (a count of uses), and "it has already
used its extension" of "extensions left: 1", are contradicted though no figure is said. Controls: the record
agreeing (no uses, none left), a field of what is left ("swims left: 4" says nothing of uses), a denied use ("hasn't
used its extension"); with the switch off the claims pass again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import record_counts
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.record_counts import other_field_count


def _evidence(record: str, question: str) -> Evidence:
    return Evidence([EvidenceSource("tool pass_status", record, prose=False),
                     EvidenceSource("document lp-1", "A ten-swim pass is valid for three months from purchase."),
                     EvidenceSource("user message", question, user=True)], r"\[x\]")


SWIMS = "How often have I swum on pass LP-30418 this month?"
LOAN = "Can I keep the drill on loan KL-7720 longer?"
USED = _evidence("pass: LP-30418.\nkind: ten-swim.\nswims this month: 4.\nstatus: active.", SWIMS)
UNUSED = _evidence("pass: LP-30418.\nkind: ten-swim.\nswims this month: 0.\nstatus: active.", SWIMS)
LEFT_ONLY = _evidence("pass: LP-30418.\nkind: ten-swim.\nswims left: 4.\nstatus: active.", SWIMS)
ONE_LEFT = _evidence("loan: KL-7720.\nitem: hammer drill.\nextensions left: 1.", LOAN)
NONE_LEFT = _evidence("loan: KL-7720.\nitem: hammer drill.\nextensions left: 0.", LOAN)


@pytest.mark.parametrize(("claim", "evidence", "line"), [
    ("You haven't used your pass yet this month.", USED, "swims this month: 4."),
    ("Sorry, KL-7720 has already used its extension, so the drill is due back.", ONE_LEFT, "extensions left: 1."),
    ("There are no extensions left on it.", ONE_LEFT, "extensions left: 1."),
])
def test_none_said_in_words_against_a_count_above_zero_is_contradicted(claim: str, evidence: Evidence,
                                                                       line: str) -> None:
    found = other_field_count(claim, evidence)
    assert found is not None and found[1] == line


@pytest.mark.parametrize(("claim", "evidence"), [
    ("You haven't used your pass yet this month.", UNUSED),  # the record agrees
    ("Sorry, KL-7720 has already used its extension, so the drill is due back.", NONE_LEFT),
    ("You haven't used your pass yet this month.", LEFT_ONLY),  # what is left counts no uses
    ("KL-7720 hasn't used its extension, so you can extend it once.", ONE_LEFT),  # the use is denied
])
def test_controls_are_not_read(claim: str, evidence: Evidence) -> None:
    assert other_field_count(claim, evidence) is None


def test_switched_off_none_in_words_is_not_read() -> None:
    with patch.object(record_counts, "READ_WORDED_ZEROS", False):
        assert other_field_count("You haven't used your pass yet this month.", USED) is None
        assert other_field_count("There are no extensions left on it.", ONE_LEFT) is None

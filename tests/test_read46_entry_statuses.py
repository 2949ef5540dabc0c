"""Counts read off a tool record's entries (:mod:`llmops_kit.entry_statuses`): "four visits", "six classes attended"
where that many entries of the pass carry the status (:data:`~llmops_kit.entry_statuses.READ_STATUS_COUNTS`), and
"7 sessions left" where the allowance "sessions: 12" less the entries the answer counts (all but those its "not
counted" sentence dates) gives it (:data:`~llmops_kit.entry_statuses.READ_REMAINING_COUNTS`). Controls: a wrong count
of entries, a wrong remaining count, a remaining count with nothing set apart. A right count left is not read against
the allowance field (:data:`llmops_kit.record_counts.READ_COUNTS_LEFT`), a wrong one still is. With each switch off
the old reading returns."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import entry_statuses, record_counts
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.record_counts import other_field_count

PASS = "\n".join((
    "pass: SW-4410.", "sessions: 12.", "valid until: 2028-03-31.",
    "uses date: 2027-11-12.", "uses status: visited.",
    "uses date: 2027-11-19.", "uses status: visited.",
    "uses date: 2027-11-26.", "uses status: pool_closed.",
    "uses date: 2027-12-10.", "uses status: visited.",
    "uses date: 2027-12-17.", "uses status: no_show.",
    "uses date: 2027-12-24.", "uses status: visited.",
))
CLASSES = "\n".join(("card: YG-20.", "classes: 10.",
                     *(f"classes date: 2027-08-{d:02d}.\nclasses status: {'attended' if d < 27 else 'missed'}."
                       for d in range(15, 29))))


def evidence(record: str) -> Evidence:
    return Evidence([EvidenceSource("tool pass_lookup", record, prose=False),
                     EvidenceSource("document kb-4", "A 12-session pass lasts 120 days. A closed pool day is not "
                                    "counted; a no-show is."),
                     EvidenceSource("user message", "How many sessions are left on SW-4410?", user=True)], r"\[x\]")


def unheld(claim: str, record: str = PASS, answer: str = "") -> list[str]:
    numbers, others = evidence(record).missing_facts(claim, answer_text=answer or claim)
    return [*numbers, *others]


LEFT_ANSWER = ("You have 7 sessions left on SW-4410. The day the pool was closed, 26 November 2027, is not "
               "counted; the no-show on 17.12.2027 is.")


@pytest.mark.parametrize(("claim", "record"), [
    ("That's four visits, plus the no-show on 17 December.", PASS),
    ("Twelve classes attended so far, and two missed.", CLASSES),
])
def test_a_count_of_a_status_is_held(claim: str, record: str) -> None:
    assert unheld(claim, record) == []


def test_a_wrong_count_of_a_status_stays_unheld() -> None:
    assert unheld("That's five visits, plus the no-show on 17 December.") == ["5"]


def test_a_remaining_count_is_the_allowance_less_the_counted_entries() -> None:
    assert unheld("You have 7 sessions left on SW-4410", answer=LEFT_ANSWER) == []


@pytest.mark.parametrize(("claim", "answer"), [
    ("You have 8 sessions left on SW-4410", LEFT_ANSWER.replace("7 sessions", "8 sessions")),  # a wrong subtraction
    ("You have 7 sessions left on SW-4410", "You have 7 sessions left on SW-4410."),  # nothing set apart: 12 - 6
])
def test_a_wrong_remaining_count_stays_unheld(claim: str, answer: str) -> None:
    assert unheld(claim, answer=answer) != []


def test_switched_off_the_counts_are_unheld_again() -> None:
    with patch.object(entry_statuses, "READ_STATUS_COUNTS", False):
        assert unheld("That's four visits, plus the no-show on 17 December.") == ["4"]
        assert unheld("Twelve classes attended so far, and two missed.", CLASSES) != []
    with patch.object(entry_statuses, "READ_REMAINING_COUNTS", False):
        assert unheld("You have 7 sessions left on SW-4410", answer=LEFT_ANSWER) != []


def test_a_right_count_left_is_not_read_against_the_allowance() -> None:
    """:data:`llmops_kit.record_counts.READ_COUNTS_LEFT`: "7 sessions left" is no restated "sessions: 12"."""
    assert other_field_count("You have 7 sessions left on SW-4410", evidence(PASS), LEFT_ANSWER) is None


def test_a_wrong_count_left_is_still_read_against_the_allowance() -> None:
    wrong = LEFT_ANSWER.replace("7 sessions", "8 sessions")
    found = other_field_count("You have 8 sessions left on SW-4410", evidence(PASS), wrong)
    assert found is not None and found[1] == "sessions: 12."


def test_switched_off_a_count_left_is_read_against_the_allowance_again() -> None:
    with patch.object(record_counts, "READ_COUNTS_LEFT", False):
        assert other_field_count("You have 7 sessions left on SW-4410", evidence(PASS), LEFT_ANSWER) is not None

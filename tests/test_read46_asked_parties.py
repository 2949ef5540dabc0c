"""A count of the party read against the record the question names (:data:`llmops_kit.record_counts.
READ_ASKED_PARTIES`): "5 guests, at 18:30 on 2027-06-02" to "How many people is TB-2207 for?" of a record holding
"guests: 2" is contradicted, though an article's "for 1 to 8 guests" holds the 5. Controls: the record's own count,
a rule's count ("up to 8 guests", "groups of 10 people"), a claim naming another booking; with the switch off the
wrong count passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import record_counts
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.record_counts import asked_party_count


def asked(record: str, question: str) -> Evidence:
    return Evidence([EvidenceSource("tool reservation_lookup", record, prose=False),
                     EvidenceSource("document kb-6", "Book online for 1 to 8 guests; groups of 10 people call us."),
                     EvidenceSource("user message", question, user=True)], r"\[x\]")


PAIR = asked("reservation: TB-2207.\ndate: 2027-06-02.\ntime: 18:30.\nguests: 2.", "How many people is TB-2207 for?")
FOUR = asked("reservation: TB-2207.\ndate: 2027-06-02.\npeople: 4.", "How many of us are booked on TB-2207?")


@pytest.mark.parametrize(("claim", "evidence", "said", "line"), [
    ("5 guests, at 18:30 on 2027-06-02.", PAIR, "5 guests", "guests: 2."),
    ("It's booked for three people.", FOUR, "three people", "people: 4."),
])
def test_another_party_count_is_contradicted(claim: str, evidence: Evidence, said: str, line: str) -> None:
    assert asked_party_count(claim, evidence) == ("tool reservation_lookup", line, said)


@pytest.mark.parametrize(("claim", "evidence"), [
    ("2 guests, at 18:30 on 2027-06-02.", PAIR),  # the record's own count
    ("It's booked for four people.", FOUR),  # the record's own count, in words
    ("You can book online for up to 8 guests.", PAIR),  # a rule's count
    ("Groups of 10 people book by phone.", PAIR),  # a rule's count
    ("Booking TB-9999 is for 5 guests.", PAIR),  # a claim naming a record is read by other_field_count
])
def test_controls_are_not_read(claim: str, evidence: Evidence) -> None:
    assert asked_party_count(claim, evidence) is None


def test_switched_off_the_party_count_is_not_read() -> None:
    with patch.object(record_counts, "READ_ASKED_PARTIES", False):
        assert asked_party_count("5 guests, at 18:30 on 2027-06-02.", PAIR) is None

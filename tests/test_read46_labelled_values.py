"""A short value after its field's name read against the record (:data:`llmops_kit.record_fields.
READ_LABELLED_VALUES`): "Court 4, from 7 pm" to "Which court is CT-5120?" of a record holding "court: Court 1" is
contradicted, though "4" is found elsewhere ("all four courts"); so is "Table 9" of "table: 12" and "Room C" of "room:
A". Controls: the record's own value, a label the record holds no field for, a claim naming both the old and the new
value; with the switch off the wrong value passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import record_fields
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.record_fields import labelled_value_clash


def asked(record: str, question: str) -> Evidence:
    return Evidence([EvidenceSource("tool booking_lookup", record, prose=False),
                     EvidenceSource("document kb-2", "All four courts are floodlit; tables seat up to 6."),
                     EvidenceSource("user message", question, user=True)], r"\[x\]")


COURT = asked("booking: CT-5120.\ncourt: Court 1.\nstart: 19:00.\nstatus: confirmed.", "Which court is CT-5120?")
TABLE = asked("reservation: RS-881.\ntable: 12.\ntime: 20:30.", "Where do we sit for RS-881?")
ROOM = asked("booking: MR-77.\nroom: A.\nstart: 09:00.", "Which room is MR-77 in?")


@pytest.mark.parametrize(("claim", "evidence", "said", "line"), [
    ("Court 4, from 7 pm on Friday.", COURT, "Court 4", "court: Court 1."),
    ("You're at Table 9 at 20:30.", TABLE, "Table 9", "table: 12."),
    ("It's in Room C, starting at 09:00.", ROOM, "Room C", "room: A."),
])
def test_another_labelled_value_is_contradicted(claim: str, evidence: Evidence, said: str, line: str) -> None:
    assert labelled_value_clash(claim, evidence) == ("tool booking_lookup", line, said)


@pytest.mark.parametrize(("claim", "evidence"), [
    ("Court 1, from 7 pm on Friday.", COURT),  # the record's own court
    ("You're at table 12 at 20:30.", TABLE),  # the record's own table, lower case
    ("It's in Room A, starting at 09:00.", ROOM),  # the record's own room
    ("Level 2 has the changing rooms.", COURT),  # a label the record holds no field for
    ("It moved from Court 1 to Court 4.", COURT),  # the record's value is given too
])
def test_controls_are_not_read(claim: str, evidence: Evidence) -> None:
    assert labelled_value_clash(claim, evidence) is None


def test_switched_off_the_labelled_value_is_not_read() -> None:
    with patch.object(record_fields, "READ_LABELLED_VALUES", False):
        assert labelled_value_clash("Court 4, from 7 pm on Friday.", COURT) is None
        assert labelled_value_clash("You're at Table 9 at 20:30.", TABLE) is None

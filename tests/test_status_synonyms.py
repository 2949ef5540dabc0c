"""A record's status in other words (:mod:`llmops_kit.status_synonyms`): a booking said "booked" of a record whose
status is "confirmed" or "scheduled" is the same state; a status that differs stays contradicted. Made-up records
(a tyre fitter, a dive school, a piano tuner)."""

from __future__ import annotations

import pytest

from llmops_kit.status_synonyms import same_state_stems
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

_FITTING = "fitting: TY-30418\nslot: 16:00-17:00\nstatus: {}"
_DIVE = "booking: DV-5512\ndivers: 3\nstatus: {}"
_TUNING = "visit: PT-0907\ndate: 2027-05-11\nstatus: {}"


@pytest.mark.parametrize(("record", "answer"), [
    (_FITTING, "TY-30418 is booked for 16:00-17:00."),
    (_DIVE, "3 divers are booked on DV-5512."),
    (_TUNING, "PT-0907 is booked for 11 May 2027."),
])
def test_booked_of_a_confirmed_record_is_kept_and_of_a_cancelled_one_contradicted(record: str, answer: str) -> None:
    confirmed = Document(id="tool:lookup", content=record.format("confirmed"))
    cancelled = Document(id="tool:lookup", content=record.format("cancelled"))
    assert _verdicts(answer, [confirmed], None) == ["supported"]
    assert "contradicted" in _verdicts(answer, [cancelled], None)


def test_each_pair_is_read_alone() -> None:
    """"booked" is both "scheduled" and "confirmed", but "confirmed" is not "scheduled"."""
    assert same_state_stems({"booked"}) >= same_state_stems({"confirmed"}) | same_state_stems({"scheduled"})
    assert "schedul" not in same_state_stems({"confirmed"})
    assert same_state_stems({"pending"}) == frozenset()

"""A tool record's length of a slot given in a field named by its unit ("hours: 2") read as a step of the clock
arithmetic (:data:`llmops_kit.record_durations.READ_RECORD_DURATIONS`): "from 19:00 to 21:00" of a record's
"start: 19:00" and "hours: 2" had its end found absent. The end the record's length reaches is supported; an end it
does not reach, and one a rate field ("usd per hour: 2") would reach, stay flagged; with the switch off the right
end is absent again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import record_durations
from llmops_kit.record_durations import record_durations as durations_of
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

ARTICLE = Document(id="pb-1", content="Padel courts cost $32 per hour. Rackets can be hired at the desk.")


def _booking(length_field: str) -> list[Document]:
    return [Document(id="tool:court_booking", content=f"booking: PB-3318\ndate: 2027-03-20\nstart: 19:00\n"
                                                      f"{length_field}\nplayers: 4"), ARTICLE]


BOOKING = _booking("hours: 2")
ASKED = "Can you check booking PB-3318?"
RIGHT = "PB-3318 is on 2027-03-20 from 19:00 to 21:00."
FLAGGED = {"contradicted", "absent"}


def test_the_fields_named_by_a_unit_are_durations() -> None:
    assert durations_of("start: 19:00\nhours: 2\nplayers: 4") == {120}
    assert durations_of("duration min: 90\npool hours: 1.5") == {90}
    assert durations_of("usd per hour: 2\nminutes eur: 12\nhours worked: none") == frozenset()


@pytest.mark.parametrize("answer", [RIGHT, "PB-3318 is on 2027-03-20 from 7:00 pm to 9:00 pm."])
def test_the_end_the_length_reaches_is_supported(answer: str) -> None:
    assert set(_verdicts(answer, BOOKING, ASKED)) == {"supported"}


@pytest.mark.parametrize(("answer", "docs"), [
    ("PB-3318 is on 2027-03-20 from 19:00 to 20:00.", BOOKING),
    (RIGHT, _booking("usd per hour: 2")),  # a rate is no length of the slot
])
def test_an_end_the_record_does_not_reach_is_flagged(answer: str, docs: list[Document]) -> None:
    assert FLAGGED & set(_verdicts(answer, docs, ASKED))


def test_switched_off_the_end_is_absent_again() -> None:
    with fresh_scores(), patch.object(record_durations, "READ_RECORD_DURATIONS", False):
        assert FLAGGED & set(_verdicts(RIGHT, BOOKING, ASKED))

"""A date whose day, month name and year are joined by hyphens ("20-Mar-2027") read as the date it is
(:data:`llmops_kit.text.calendar_dates.READ_HYPHENED_MONTH_DATES`): it was read as a code "20mar2027", which a record's
"date: 2027-03-20" never holds. The record's own date is supported; another day, another month and a day that is the
record's month are flagged; with the switch off the right date is a missing code again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import calendar_dates, identifiers_in, split
from llmops_kit.text.calendar_dates import spaced_month_dates
from llmops_kit.text.claims import read_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

_CACHED = (split.sentences_of, read_answer, identifiers_in)
BOOKING = [Document(id="tool:court_booking", content="booking: PB-3318\ncourt: 4\ndate: 2027-03-20\nplayers: 4"),
           Document(id="pb-1", content="Padel courts cost $32 per hour. Rackets can be hired at the desk.")]
ASKED = "Can you check booking PB-3318?"
RIGHT = "PB-3318 is on court 4 on Sat, 20-Mar-2027."
FLAGGED = {"contradicted", "absent"}


def test_the_date_is_written_as_the_readers_know_it() -> None:
    assert spaced_month_dates("on Sat, 20-Mar-2027 at court 4") == "on Sat, 20 Mar 2027 at court 4"
    assert spaced_month_dates("paid until 31-MAR-2027.") == "paid until 31 Mar 2027."
    # a code that holds such a part, and a longer figure, are left as they are
    assert spaced_month_dates("ref DN-20-Mar-2027 and 120-Mar-2027") == "ref DN-20-Mar-2027 and 120-Mar-2027"
    with fresh_scores(*_CACHED):
        assert identifiers_in("PB-3318 on 20-Mar-2027") == {"pb3318"}


def test_the_records_date_is_supported() -> None:
    with fresh_scores(*_CACHED):
        assert set(_verdicts(RIGHT, BOOKING, ASKED)) == {"supported"}
        # a table row is flagged only when it is not held
        assert not FLAGGED & set(_verdicts("| Booking | Date |\n|---|---|\n| PB-3318 | Sat, 20-Mar-2027 |", BOOKING,
                                           ASKED))


@pytest.mark.parametrize("answer", ["PB-3318 is on court 4 on Sat, 21-Mar-2027.",
                                    "PB-3318 is on court 4 on Sat, 20-Apr-2027.",
                                    "PB-3318 is on court 4 on Sat, 3-Mar-2027."])  # 3 is the record's month
def test_another_date_is_flagged(answer: str) -> None:
    with fresh_scores(*_CACHED):
        assert FLAGGED & set(_verdicts(answer, BOOKING, ASKED))


def test_switched_off_the_date_is_a_missing_code_again() -> None:
    with fresh_scores(*_CACHED), patch.object(calendar_dates, "READ_HYPHENED_MONTH_DATES", False):
        assert "20mar2027" in identifiers_in(RIGHT)
        assert FLAGGED & set(_verdicts(RIGHT, BOOKING, ASKED))

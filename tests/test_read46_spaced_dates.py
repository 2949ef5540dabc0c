"""A year-first date written with a dot and a space after each part, as Hungarian writes it ("2027. 05. 11."), read
as the ISO date it is (:data:`llmops_kit.text.split.READ_SPACED_DATES`): the splitter no longer cuts "05" and "11"
off as claims of their own, and the date readers compare the whole date with a record's. The record's own date
stays supported, another day of its month is flagged; with the switch off the wrong date passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import calendar_dates, split
from llmops_kit.text.calendar_dates import written_dates
from llmops_kit.text.claims import read_answer
from llmops_kit.text.split import split_sentences
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

LESSON = [Document(id="tool:lesson_lookup", content="lesson: SZ-5012\ngroup: adult sabre\ndate: 2027-05-11\n"
                                                     "time: 19:00"),
          Document(id="sz-1", content="Adult sabre meets on Tuesday and Friday from 19:00 to 20:30. Juniors aged 8 "
                                      "to 14 train on Saturday; a course is 5 sessions.")]
ASKED = "When is my lesson SZ-5012?"
#: The cached readers whose answers the switch changes.
_SPLIT = (split.sentences_of, read_answer)


def test_the_date_is_one_piece_of_its_sentence() -> None:
    assert split_sentences("Your lesson is on 2027. 05. 11. Bring a water bottle.") == [
        "Your lesson is on 2027-05-11.", "Bring a water bottle."]
    assert split_sentences("Tuesday, 2027. 5. 11., at 19:00.") == ["Tuesday, 2027-05-11, at 19:00."]


def test_other_dots_are_left_alone() -> None:
    assert split_sentences("We opened in 2019. 12 coaches work here.") == ["We opened in 2019.",
                                                                         "12 coaches work here."]
    assert split_sentences("Room 2027. 13. 40. is no date.") == ["Room 2027.", "13.", "40.", "is no date."]


@pytest.mark.parametrize("answer", [
    "Tuesday, 2027. 05. 11., at 19:00, in the adult sabre group.",
    "Your lesson is on 2027. 05. 11. at 19:00. It is in the adult sabre group.",
])
def test_the_records_date_is_supported(answer: str) -> None:
    with fresh_scores(*_SPLIT):
        assert set(_verdicts(answer, LESSON, ASKED)) == {"supported"}


FLAGGED = {"contradicted", "absent"}


def test_another_day_of_the_month_is_flagged() -> None:
    with fresh_scores(*_SPLIT):
        assert FLAGGED & set(_verdicts("Friday, 2027. 05. 14., at 19:00, in the adult sabre group.", LESSON, ASKED))


def test_switched_off_the_wrong_date_passes_again() -> None:
    """With the dates of other house styles off too: the ``date50`` reading reads such a date by itself."""
    wrong = "Friday, 2027. 05. 14., at 19:00, in the adult sabre group."
    with fresh_scores(*_SPLIT, written_dates), patch.object(split, "READ_SPACED_DATES", False), \
            patch.object(calendar_dates, "READ_LOCALE_DATES", False):
        assert not FLAGGED & set(_verdicts(wrong, LESSON, ASKED))

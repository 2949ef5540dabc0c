"""A date written all in figures read as a date (:data:`llmops_kit.evidence_derived.READ_NUMERIC_DATES`): "You
check in on 23/06/2027" of a record whose "check in: 2027-06-20" is misdated, though 23, 06 and 2027 each occur
somewhere in the texts. The record's own date in figures, a date either reading of which the texts state, and a
fraction stay supported; with the switch off the wrong date passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import evidence_derived
from llmops_kit.evidence_derived import _numeric_dates
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

CABIN = [Document(id="tool:stay_lookup", content="stay: HC-27-0620\ncabin: lakeside\ncheck in: 2027-06-20\nnights: 3"),
         Document(id="hc-2", content="Cancel 23 days or more before arrival for a full refund. Cabins sleep 6.")]
CABIN_ASKED = "When do I check in for HC-27-0620?"
CLASS = [Document(id="tool:class_lookup", content="class: PT-4471\nday: 2027-09-14\nstart: 18:00"),
         Document(id="pt-1", content="Pottery evenings run from 18:00 to 20:30. Clay is included; glazes are 15 "
                                     "for a set of 9.")]
CLASS_ASKED = "PT-4471: which evening is my class?"


@pytest.mark.parametrize(("docs", "query", "answer"), [
    (CABIN, CABIN_ASKED, "You check in at the lakeside cabin on 20/06/2027, for 3 nights."),
    (CLASS, CLASS_ASKED, "Your class is on Tuesday 14/09 at 18:00."),
    (CLASS, CLASS_ASKED, "Your class is on Tuesday 14.09.2027 at 18:00."),  # a dotted date with its year
    (CLASS, CLASS_ASKED, "Your class is on 09/14/2027 at 18:00."),  # month first: the other reading is stated
])
def test_the_records_own_date_in_figures_is_supported(docs: list[Document], query: str, answer: str) -> None:
    assert set(_verdicts(answer, docs, query)) == {"supported"}


@pytest.mark.parametrize(("docs", "query", "answer"), [
    (CABIN, CABIN_ASKED, "You check in at the lakeside cabin on 23/06/2027, for 3 nights."),
    (CLASS, CLASS_ASKED, "Your class is on 15/09 at 18:00."),
    (CLASS, CLASS_ASKED, "Your class is on 15-09-2027 at 18:00."),
])
def test_another_day_of_the_records_month_is_contradicted(docs: list[Document], query: str, answer: str) -> None:
    assert "contradicted" in _verdicts(answer, docs, query)


def test_the_reader_takes_dates_not_fractions_or_clock_times() -> None:
    assert _numeric_dates("on 23/06/2027") == (((6, 23),),)
    assert _numeric_dates("Tuesday 04/05") == (((5, 4), (4, 5)),)  # both readings kept
    assert _numeric_dates("half off: 1/2 price, open 24/7, at 7.30pm, 3.5 stars") == ()


def test_switched_off_the_wrong_date_passes_again() -> None:
    wrong = "You check in at the lakeside cabin on 23/06/2027, for 3 nights."
    with fresh_scores(), patch.object(evidence_derived, "READ_NUMERIC_DATES", False):
        assert "contradicted" not in _verdicts(wrong, CABIN, CABIN_ASKED)

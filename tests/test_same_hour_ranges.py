"""A clock range whose two times share an hour, "8:30–8:50 am", read in one half of the day
(:mod:`llmops_kit.text.clock_periods`): ordering the two times by their hours alone put 8:30 in the evening, so a
right "between 8:30 and 8:50 am" was flagged and a wrong afternoon range passed. Controls: a range whose first time
is later keeps the other half ("8:30–8:20 am", "11:30–1:00 pm"), and a changed time stays flagged.

The fixtures are this file's own (a pottery studio, a ferry desk).
"""

from __future__ import annotations

import pytest

from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text import clock_periods
from llmops_kit.text.numbers import times_in
from llmops_kit.traces import Document

STUDIO = [Document(id="kb-401", content="Morning wheel classes check in 8:30–8:50 am at the front desk. Afternoon "
                                        "classes check in 3:30–3:50 pm.")]
FERRY = [Document(id="kb-402", content="The ticket desk opens for the first sailing 6:10-6:40 am; late boarding "
                                       "closes at 9:15 pm.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


@pytest.mark.parametrize(("text", "times"), [
    ("Check in 8:30–8:50 am.", {"08:30", "08:50"}),
    ("Check in 3:30–3:50 pm.", {"15:30", "15:50"}),
    ("Desk open 9:00-9:45 am.", {"09:00", "09:45"}),
    ("Staffed 8:30 am to 8:50, daily.", {"08:30", "08:50"}),  # a trailing time of the same hour
    ("Lunch 12:10-12:40 pm.", {"12:10", "12:40"}),
])
def test_a_same_hour_range_stays_in_one_half_of_the_day(text: str, times: set[str]) -> None:
    assert times_in(text) == times


@pytest.mark.parametrize(("text", "times"), [
    ("Night shift 8:30–8:20 am.", {"20:30", "08:20"}),  # the first time is later: the other half, as before
    ("Walk-ins 11:30–1:00 pm.", {"11:30", "13:00"}),
    ("Clinic 1:30-4:30 pm.", {"13:30", "16:30"}),
])
def test_a_later_first_time_keeps_the_other_half(text: str, times: set[str]) -> None:
    """Controls."""
    assert times_in(text) == times


@pytest.mark.parametrize(("answer", "docs"), [
    ("Morning classes check in between 8:30 and 8:50 am.", STUDIO),
    ("For the first sailing the desk is open 6:10-6:40 am.", FERRY),
])
def test_the_right_range_is_supported(answer: str, docs: list[Document]) -> None:
    assert not set(_verdicts(answer, docs)) & {"absent", "contradicted", "unsupported"}


@pytest.mark.parametrize(("answer", "docs"), [
    ("Morning classes check in between 3:30 and 3:50 pm.", STUDIO),  # the afternoon's range for the morning
    ("Morning classes check in between 8:30 and 8:55 am.", STUDIO),  # a changed time
    ("For the first sailing the desk is open 6:10-6:40 pm.", FERRY),  # the other half of the day
])
def test_a_wrong_range_stays_flagged(answer: str, docs: list[Document]) -> None:
    assert set(_verdicts(answer, docs)) & {"absent", "contradicted", "unsupported"}


def test_the_switch_restores_the_hour_only_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock_periods, "READ_SAME_HOUR_RANGES", False)
    assert clock_periods.spell_periods("Check in 8:30–8:50 am.") == "Check in 8:30pm–8:50 am."

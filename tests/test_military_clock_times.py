"""A clock time written the military way, "1440h" (:func:`llmops_kit.text.numbers.times_in`): four digits, hours
00-23 and minutes 00-59, glued to "h", are the time a record writes "14:40". "1500 hrs" alone stays a length of time
("at 0915 hrs" is a time: the ``time50`` round, :data:`llmops_kit.text.numbers.READ_CLOCK_SUFFIXES`).
A changed time stays contradicted; "1440 hours" of work, a year and an amount are never read as a time.

The fixtures are this file's own (a courier depot, a ferry desk, a print shop).
"""

from __future__ import annotations

import pytest

from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text.numbers import claim_numbers, times_in
from llmops_kit.traces import Document

DEPOT = [Document(id="cd-1", content="Van 7 collection window: 09:15 to 11:30. Driver arrival estimate: 14:40.")]
FERRY = [Document(id="fd-1", content="The Saturday ferry leaves the harbour at 06:05 and returns at 21:50.")]
PRINT = [Document(id="ps-1", content="Large banner printing takes 1440 hours of press time a year; a banner is £90.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


@pytest.mark.parametrize(("text", "times"), [
    ("ETA 1440h", {"14:40"}),
    ("open 0800h-2200h daily", {"08:00", "22:00"}),
    ("leaves at 0605h.", {"06:05"}),
    # the time50 round: "hrs" after four figures is the clock's when the text makes it a time (a leading zero, a
    # clock preposition before it, or a range of two), as "0900 hrs" and "at 1440 hrs" are written
    ("logged at 0915 hrs", {"09:15"}),
    ("open 1700hrs–2200hrs", {"17:00", "22:00"}),
])
def test_four_digits_glued_to_h_are_a_clock_time(text: str, times: set[str]) -> None:
    assert times_in(text) == times


@pytest.mark.parametrize("text", [
    "1440 hours of work",  # a length of time in words
    "1440 hrs of work",  # "... of" counts hours
    "the engine has 1500 hrs",  # an engine's running hours
    "a 2460h figure",  # hour 24 is no clock hour
    "1975 prices",  # a year
    "£1440h",  # an amount
    "1290h",  # minute 90
])
def test_other_four_digit_figures_are_no_clock_time(text: str) -> None:
    assert times_in(text) == frozenset()


def test_a_duration_keeps_its_figure() -> None:
    assert "1440" in claim_numbers("1440 hrs of press time")


@pytest.mark.parametrize(("answer", "docs"), [
    ("The driver should reach you at 1440h.", DEPOT),
    ("Collection is between 0915h and 1130h.", DEPOT),
    ("The Saturday ferry leaves at 0605h and is back at 2150h.", FERRY),
])
def test_the_military_time_of_the_record_is_supported(answer: str, docs: list[Document]) -> None:
    assert _verdicts(answer, docs) == ["supported"]


@pytest.mark.parametrize(("answer", "docs"), [
    ("The driver should reach you at 1540h.", DEPOT),  # a changed time
    ("The Saturday ferry leaves at 0650h.", FERRY),
    ("Banner printing takes 1540 hours of press time a year.", PRINT),  # a changed duration, not a time
])
def test_a_changed_time_or_figure_is_still_flagged(answer: str, docs: list[Document]) -> None:
    assert "supported" not in _verdicts(answer, docs)

"""A clock time the customer typed with a space for the colon (:mod:`llmops_kit.customer_times`): "23:30" carried
back from "curfew 23 30" is the customer's own value. Controls: another time ("23:00" of "23 30"), a time only an
evidence text writes so, and digit runs that are no time stay absent or unread.

The fixtures are this file's own (a mobile disco, a minibus hire, a karaoke bar).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import customer_times, quality
from llmops_kit.customer_times import spaced_times
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

DISCO = [Document(id="md-5", content="We always finish at the venue's curfew.")]
BUS = [Document(id="mb-2", content="Drivers collect at the time you booked and wait up to 15 minutes.")]


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    quality._memo.clear()
    try:
        return [v.verdict for v in score_answer(answer, docs, query=query).support]
    finally:
        quality._memo.clear()


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("We always finish at the venue's curfew, so that would be 23:30.", DISCO, "hall curfew 23 30 but we want 1am"),
    ("The driver collects at 07:45 as booked and waits up to 15 minutes.", BUS, "booked pickup 7 45 am i right"),
])
def test_the_customers_spaced_time_carried_back_is_held(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


def test_the_reading_is_what_holds_the_time() -> None:
    answer = "We always finish at the venue's curfew, so that would be 23:30."
    query = "hall curfew 23 30 but we want 1am"
    with patch.object(customer_times, "READ_SPACED_TIMES", False):
        assert _verdicts(answer, DISCO, query) != ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("We always finish at the venue's curfew, so that would be 23:00.", DISCO, "hall curfew 23 30 but we want 1am"),
    ("The driver collects at 07:45 and waits up to 15 minutes.", BUS, "how long will the driver wait?"),
])
def test_another_time_stays_absent(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) != ["supported"]


@pytest.mark.parametrize(("text", "times"), [
    ("curfew 23 30", {"23:30"}),
    ("pickup 7 45 please", {"07:45"}),
    ("two 30-minute slots: 2 30-minute", set()),
    ("call 0161 496 0732", set()),
    ("rows 4 15 20", set()),
    ("order 12.5 30", set()),
    ("room for 25 60", set()),
])
def test_only_an_hour_and_two_digits_of_minutes_are_read(text: str, times: set[str]) -> None:
    assert spaced_times(text) == times

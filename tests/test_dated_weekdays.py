"""A weekday stated with a date is that date's weekday (:mod:`llmops_kit.dated_weekdays`): made-up requests in
several domains, the right weekday kept and a wrong one flagged, in the trace's year or the date's own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.dated_weekdays import dated_weekdays
from llmops_kit.diagnose import detect_hallucination
from llmops_kit.findings import HALLUCINATION
from llmops_kit.quality import Document
from llmops_kit.testing import build_trace

T0 = datetime(2026, 4, 14, 9, 30, tzinfo=timezone.utc)
LIBRARY = [Document(id="lib-4", content="Loans run for 3 weeks. The library is open Mon-Sat, 9am to 6pm.")]
GYM = [Document(id="gym-2", content="A paused membership restarts after 28 days. Reception is open Mon-Fri.")]


def _flagged(documents: list[Document], query: str, answer: str) -> bool:
    trace = build_trace("t-days", query, documents, answer, start=T0)
    return any(f.code == HALLUCINATION for f in detect_hallucination(trace, load_contract()))


@pytest.mark.parametrize(("documents", "query", "answer"), [
    (LIBRARY, "I borrowed it on 14 April. When is it due?", "Loans run for 3 weeks, so it is due on Tuesday 5 May."),
    (GYM, "I paused on 1 May. When does my membership restart?", "It restarts on Friday, 29 May (28 days later)."),
    (GYM, "I paused on 1 May. When does it restart?", "28 days after 1 May is May 29 (a Friday)."),
])
def test_the_dates_own_weekday_is_kept(documents: list[Document], query: str, answer: str) -> None:
    assert not _flagged(documents, query, answer)


@pytest.mark.parametrize(("documents", "query", "answer"), [
    (LIBRARY, "I borrowed it on 14 April. When is it due?", "Loans run for 3 weeks, so it is due on Monday 5 May."),
    (GYM, "I paused on 1 May. When does my membership restart?", "It restarts on Monday, 29 May (28 days later)."),
    (GYM, "I paused on 1 May 2027. When does it restart?", "It restarts on Friday 29 May 2027, 28 days later."),
])
def test_another_weekday_for_the_date_is_flagged(documents: list[Document], query: str, answer: str) -> None:
    assert _flagged(documents, query, answer)


def test_a_right_weekday_clears_no_date_nobody_gave() -> None:
    """No date in the question or the documents: the answer's date is its own, its weekday vouches for nothing."""
    assert _flagged(LIBRARY, "When is my book due?", "It is due on Tuesday 5 May.")


def test_the_reader() -> None:
    assert dated_weekdays("due on Tuesday 5 May", 2026) == (frozenset({"tuesday"}), frozenset())
    assert dated_weekdays("due on Monday 5 May", 2026) == (frozenset(), frozenset({"monday"}))
    assert dated_weekdays("Saturday, 1 May 2027", None) == (frozenset({"saturday"}), frozenset())
    # a date early in the year may be meant for the next one: neither right nor wrong
    assert dated_weekdays("from Tuesday 5 January", 2026) == (frozenset(), frozenset())
    # a weekday apart from any date, and a date without a year or a trace year, say nothing
    assert dated_weekdays("open Monday; the offer ends 5 May", 2026) == (frozenset(), frozenset())
    assert dated_weekdays("due on Monday 5 May", None) == (frozenset(), frozenset())

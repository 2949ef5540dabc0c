"""Readings the ground14 round fixed, each for a cause that raised HALLUCINATION false alarms on healthy answers
on at least two authors' read sets, with its control that the wrong answer of the same shape is still flagged.

The fixtures are this file's own (a swimming pool, a ferry booking): a supported sentence and the same sentence
with one value changed, which must stay flagged.
"""

from __future__ import annotations

from llmops_kit.quality import score_answer
from llmops_kit.text import numbers_in, times_in
from llmops_kit.traces import Document

# ---- a 12-hour time with a dot between hour and minutes ("8.45pm", the British style) -----------------

POOL = [Document(id="kb-310", content="Adult lessons run on Thursdays from 19:15 to 20:45.")]
FERRY = [Document(id="tool:booking_lookup", content="booking: FB-5521\nsailing: 09:30\npassengers: 2")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs).support]


def test_a_twelve_hour_time_with_a_dot_is_a_time_of_day() -> None:
    """'8.45pm' is 20:45 and '9.30 am' is 09:30, not the numbers 8.45 and 9.3."""
    assert times_in("they end at 8.45pm") == {"20:45"}
    assert times_in("it sails at 9.30 am") == {"09:30"}
    assert numbers_in("they end at 8.45pm") == frozenset()


def test_a_dotted_figure_without_am_pm_or_after_a_currency_is_no_time() -> None:
    """Control: '20.45' alone stays a number; '£4.50 pm' (a month) and '8.75pm' (no such minute) are no times."""
    assert times_in("a score of 20.45") == frozenset()
    assert numbers_in("a score of 20.45") == {"20.45"}
    assert times_in("cover is £4.50 pm") == frozenset()
    assert times_in("at 8.75pm") == frozenset()


def test_a_dotted_twelve_hour_time_the_evidence_holds_is_supported() -> None:
    assert _verdicts("Thursday lessons end at 8.45pm.", POOL) == ["supported"]
    assert _verdicts("FB-5521 sails at 9.30am with 2 passengers.", FERRY) == ["supported"]


def test_a_wrong_dotted_twelve_hour_time_is_still_flagged() -> None:
    """Control: 8.15pm and 9.30pm are not the 20:45 and 09:30 the evidence holds."""
    assert _verdicts("Thursday lessons end at 8.15pm.", POOL) != ["supported"]
    assert _verdicts("FB-5521 sails at 9.30pm with 2 passengers.", FERRY) != ["supported"]

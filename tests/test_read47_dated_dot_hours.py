"""A dotted clock time after "at" right behind its day is read as the time it is (:data:`llmops_kit.text.numbers.
READ_DATED_DOT_HOURS`, the ``trap47`` round): an answer giving a clinic record's "time: 14:20" as "on Thursday 3rd June
2027 at 14.20" was flagged for a figure 14.2 that no text held; a record writing "time: 14.20" still holds it.
Controls: another time on the same day stays flagged, a lone dotted figure with no day before it and a price after a
day ("Saturday at 7.50 each") stay figures; with the switch off the old verdict returns."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import numbers, numbers_in, times_in
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

CLINIC = [
    Document(id="leaflet-4", content="Each fitting includes two follow-up visits within the first year."),
    Document(id="tool:visit_lookup", content="ref: KC-20417.\nkind: follow-up visit.\ndate: 2027-06-03.\n"
                                             "time: 14:20.\nroom: 2."),
]
ASKED = "When is my follow-up? Ref KC-20417."
FLAGGED = {"absent", "contradicted", "unsupported"}


def _answer(time: str) -> str:
    return f"KC-20417 is a follow-up visit on Thursday 3rd June 2027 at {time} in room 2."


@pytest.mark.parametrize(("text", "time"), [
    ("on Thursday 3rd June 2027 at 14.20", "14:20"),
    ("Friday 7th May at 09.30", "09:30"),
    ("your class on 16/03/2027 at 16.00", "16:00"),
    ("see you on Monday at 8.15, then", "08:15"),
])
def test_a_dotted_time_behind_its_day_is_a_clock_time(text: str, time: str) -> None:
    assert times_in(text) == {time}


def test_the_record_s_colon_time_supports_the_dotted_answer() -> None:
    assert not FLAGGED & set(_verdicts(_answer("14.20"), CLINIC, ASKED))


def test_a_record_writing_the_time_dotted_too_still_supports_it() -> None:
    dotted = [Document(id="tool:visit_lookup", content="ref: KC-20417.\nkind: follow-up visit.\ndate: 2027-06-03.\n"
                                                       "time: 14.20.\nroom: 2.")]
    assert not FLAGGED & set(_verdicts(_answer("14.20"), dotted, ASKED))
    assert FLAGGED & set(_verdicts(_answer("14.40"), dotted, ASKED))  # control: another figure


def test_control_another_time_that_day_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts(_answer("14.50"), CLINIC, ASKED))


@pytest.mark.parametrize("text", ["entry at 7.50", "Saturday at 7.50 each", "on Friday at 6.50 €",
                                  "a 2.30 surcharge on Sunday"])
def test_control_figures_without_a_day_before_at_stay_figures(text: str) -> None:
    assert times_in(text) == frozenset()
    assert numbers_in(text)


def test_switched_off_the_dotted_time_is_a_figure_again() -> None:
    # the number readers keep what they read per text: a text of its own, not read with the switch on; the time50
    # round's READ_CLOCK_CUES reads a dotted time after "at" too, so it is off as well
    with fresh_scores(numbers.times_in), patch.object(numbers, "READ_DATED_DOT_HOURS", False), \
            patch.object(numbers, "READ_CLOCK_CUES", False):
        assert times_in("on Thursday 3rd June 2027 at 14.20") == frozenset()
        assert FLAGGED & set(_verdicts("Your follow-up visit is on Thursday 3rd June 2027 at 14.20.", CLINIC, ASKED))
    assert not FLAGGED & set(_verdicts("Your follow-up is on Thursday 3rd June 2027 at 14.20.", CLINIC, ASKED))

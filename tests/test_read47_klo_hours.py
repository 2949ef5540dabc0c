"""A whole hour after the Nordic clock word ("klo", "kello", "kl."), alone or as a range of two, is the time it is
(:data:`llmops_kit.text.numbers.READ_BARE_KLO_HOURS`, the ``trap47`` round): "the private sauna on 10.4.2027, klo
16–18" of a booking's "start: 16:00" and "hours: 2" was flagged for a figure 18, where "16:00–18:00" passed.
Controls: a range ending at another hour stays flagged, an amount after the word ("klo 19,50 €" is no time) stays a
figure; with the switch off the old verdict returns."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import numbers, numbers_in, times_in
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

BOOKING = [
    Document(id="S-2", content="The private sauna takes groups of up to 10 people: 150,00 € for 2 hours."),
    Document(id="tool:booking_lookup", content="booking: HS-27-0088.\nroom: private sauna.\ndate: 2027-04-10.\n"
                                               "start: 16:00.\nhours: 2.\nstate: confirmed."),
]
ASKED = "Is booking HS-27-0088 confirmed?"
FLAGGED = {"absent", "contradicted", "unsupported", "invented"}


def _answer(end: str) -> str:
    return f"HS-27-0088 is confirmed: the private sauna on 10.4.2027, klo 16–{end}."


@pytest.mark.parametrize(("text", "times"), [
    ("klo 18–20", {"18:00", "20:00"}),
    ("Tuesday to Friday klo 15–21, Saturday klo 12–21", {"15:00", "12:00", "21:00"}),
    ("swimsuits optional after klo 19, once the families leave", {"19:00"}),
    ("open kl. 10-18", {"10:00", "18:00"}),
])
def test_a_whole_hour_after_the_clock_word_is_a_time(text: str, times: set[str]) -> None:
    assert times_in(text) == times
    assert not numbers_in(text)


def test_the_booking_s_end_supports_the_range() -> None:
    assert not FLAGGED & set(_verdicts(_answer("18"), BOOKING, ASKED))


def test_control_a_range_ending_at_another_hour_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts(_answer("19"), BOOKING, ASKED))


def test_control_an_amount_after_the_word_stays_a_figure() -> None:
    assert times_in("klo 19,50 €") == frozenset()


def test_switched_off_the_hours_are_figures_again() -> None:
    # the number readers keep what they read per text: a text of its own, not read with the switch on
    with fresh_scores(numbers.times_in), patch.object(numbers, "READ_BARE_KLO_HOURS", False):
        assert times_in("the sauna klo 18–20") == frozenset()
        assert FLAGGED & set(_verdicts("HS-27-0088 is confirmed: the private sauna on 10.4.2027 klo 16–18.", BOOKING,
                                       ASKED))

"""A half-day marker written with a space inside it, the Spanish way ("4:30 p. m.", "10 a. m"), read as "p.m." /
"a.m." (:data:`llmops_kit.text.clock_periods.READ_SPACED_MERIDIEMS`): the time readers took "4:30 p. m." for a bare
04:30 and the splitter ended the claim at "4:30 p.". The time a page gives as "4:30 p. m." or "16:30" is supported,
a page's "14:30" and a changed "5:30 p. m." stay flagged; with the switch off the page's "16:30" no longer holds it."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import clock_periods, split
from llmops_kit.text.claims import read_answer
from llmops_kit.text.numbers import times_in
from llmops_kit.text.split import split_sentences
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

_CACHED = (times_in, split.sentences_of, read_answer)
TOURS = "Sunset kayak tours leave the jetty every hour from {first} to {last}, tide permitting. A tour costs $45."
SPACED = [Document(id="kt-1", content=TOURS.format(first="8:00 a. m.", last="4:30 p. m."))]
DAY_CLOCK = [Document(id="kt-2", content=TOURS.format(first="08:00", last="16:30"))]
EARLIER = [Document(id="kt-3", content=TOURS.format(first="08:00", last="14:30"))]
ASKED = "When is the last kayak tour?"
RIGHT = "The last sunset kayak tour leaves at 4:30 p. m. and costs $45."
FLAGGED = {"contradicted", "absent"}


@pytest.mark.parametrize(("text", "times"), [
    ("until 4:30 p. m.", {"16:30"}),
    ("from 9:00 a. m. to 4:30 p. m., weather permitting", {"09:00", "16:30"}),
    ("around 2 p. m", {"14:00"}),
    ("at 10 A. M.", {"10:00"}),
    ("at 1:00 p.m.", {"13:00"}),
])
def test_the_marker_is_read_with_its_space(text: str, times: set[str]) -> None:
    with fresh_scores(*_CACHED):
        assert times_in(text) == times


def test_the_splitter_cuts_no_claim_inside_the_marker() -> None:
    with fresh_scores(*_CACHED):
        assert split_sentences("Boats go out until 1:00 p. m. because of the wind.") == [
            "Boats go out until 1:00 p. m. because of the wind."]
        # the marker's last dot still ends its sentence before a capitalised word, and a lone letter is no marker
        assert split_sentences("Boats run until 4:30 p. m. Each trip is $45.") == [
            "Boats run until 4:30 p. m.", "Each trip is $45."]
        assert split_sentences("Take plan a. Most people do.") == ["Take plan a.", "Most people do."]


@pytest.mark.parametrize("docs", [SPACED, DAY_CLOCK])
def test_the_pages_time_is_supported(docs: list[Document]) -> None:
    with fresh_scores(*_CACHED):
        assert set(_verdicts(RIGHT, docs, ASKED)) == {"supported"}


@pytest.mark.parametrize(("answer", "docs"), [
    (RIGHT, EARLIER),  # the page's 14:30 is another time
    ("The last sunset kayak tour leaves at 5:30 p. m. and costs $45.", SPACED),
])
def test_another_time_is_flagged(answer: str, docs: list[Document]) -> None:
    with fresh_scores(*_CACHED):
        assert FLAGGED & set(_verdicts(answer, docs, ASKED))


def test_switched_off_the_marker_is_a_bare_time_again() -> None:
    with fresh_scores(*_CACHED), patch.object(clock_periods, "READ_SPACED_MERIDIEMS", False):
        assert times_in("until 4:30 p. m.") == {"04:30"}
        assert FLAGGED & set(_verdicts(RIGHT, DAY_CLOCK, ASKED))

"""A rule said to hold at every time where the evidence restricts it (:mod:`llmops_kit.unrestricted_times`, the
``always55`` round): "bikes are allowed on the light rail at all times" against "not on weekdays kl. 7–9",
"every trip is half price, all day" against "trips between kl. 9 and kl. 14 on weekdays are half price", "open every
day" against "Monday to Saturday". Controls: the evidence says "at any time" too, the restriction is about another
subject, the claim names the restriction, a day universal against a window of hours only, a restriction held only
by a tool record, and the switch off gives the old verdict."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import unrestricted_times
from llmops_kit.contract import load_contract
from llmops_kit.evidence import Evidence
from llmops_kit.grounding import render_tool_output
from llmops_kit.quality import evidence_sources
from llmops_kit.traces import Document
from llmops_kit.unrestricted_times import unrestricted_time

from .verdict_cases import fresh_verdicts

BIKES = Document(id="AT-06", content=(
    "Bikes go on the light rail, not on buses, and not on weekdays kl. 7–9 and kl. 15–17.30. A bike ticket is "
    "14,00 kr. per trip."))
BIKES_ASKED = "Can I bring my bike on the light rail?"
AT_ALL_TIMES = "Yes, bikes are allowed on the light rail at all times with a 14,00 kr. bike ticket."


def _evidence(docs: list[Document], query: str) -> Evidence:
    return Evidence(evidence_sources(docs, query=query), load_contract().quality.citation_pattern)


@pytest.mark.parametrize(("answer", "text", "query", "sentence"), [
    (AT_ALL_TIMES, BIKES.content, BIKES_ASKED, "not on weekdays kl. 7–9"),
    ("Yes: from 65, every trip is half price, all day.",
     "From 65, trips between kl. 9 and kl. 14 on weekdays are half price.", "Do pensioners get a discount?",
     "between kl. 9 and kl. 14"),
    ("You can use the sauna whenever you like.", "Guests can use the sauna only between 10:00 and 16:00.",
     "When can I use the sauna?", "between 10:00 and 16:00"),
    ("Strollers are allowed on the tram round the clock.",
     "Strollers are allowed on the tram, but not during peak hours.", "Can I take a stroller on the tram?",
     "peak hours"),
    ("Dogs are welcome in the café any time.", "Dogs are welcome in the café, except on Sundays.",
     "Can I bring my dog to the café?", "except on Sundays"),
    # contradicted before this reading too (the days' range read against "every day"); the reader finds it as well
    ("The outdoor pool is open every day.", "The outdoor pool is open Monday to Saturday, 7:00 to 20:00.",
     "When is the pool open?", "Monday to Saturday"),
])
def test_a_universal_time_against_a_held_restriction_is_contradicted(answer: str, text: str, query: str,
                                                                     sentence: str) -> None:
    docs = [Document(id="KB-1", content=text)]
    found = unrestricted_time(answer.rstrip("."), _evidence(docs, query))
    assert found is not None and sentence in found[1]
    assert fresh_verdicts(answer, docs, query) == ["contradicted"]


@pytest.mark.parametrize(("claim", "text"), [
    # the evidence says "at any time" itself
    (AT_ALL_TIMES, "Bikes are allowed on the light rail at any time. A bike ticket is 14,00 kr. per trip."),
    # the restriction is about another subject: buses, not the light rail
    ("Bikes are allowed on the light rail at all times", "Bikes go on the light rail. Buses take no prams on "
     "weekdays kl. 7–9."),
    # the claim names the restriction itself
    ("Bikes are allowed on the light rail at all times except weekdays kl. 7–9 and kl. 15–17.30", BIKES.content),
    ("Bikes are allowed on the light rail, but not on weekdays kl. 7–9", BIKES.content),
    # a day universal against a window of hours only: "every day" says nothing of the hours
    ("The outdoor pool is open every day", "The outdoor pool is open from 7:00 to 20:00."),
    # the evidence says "daily" of the same subject
    ("The outdoor pool is open every day", "The outdoor pool is open daily. Lanes are roped on Mondays."),
    # "the daily cap" names a period, no universal; "within 3 working days" is a duration, and money no subject
    ("Your two trips a day cost 36,00 kr., under the daily cap, so paying per trip is cheaper",
     "We move the balance to a new card within 3 working days; the new card costs 50,00 kr."),
    # one shared word is no subject: the class times are of another thing than refunds
    ("We refund unused classes at any time", "The acrobatics class meets on Sundays at 10:00."),
])
def test_controls_stay_unread(claim: str, text: str) -> None:
    assert unrestricted_time(claim, _evidence([Document(id="KB-1", content=text)], BIKES_ASKED)) is None


def test_the_right_form_stays_supported() -> None:
    answer = "Yes, bikes go on the light rail, but not on weekdays kl. 7–9 and kl. 15–17.30."
    assert fresh_verdicts(answer, [BIKES], BIKES_ASKED) == ["supported"]


def test_a_tool_records_times_restrict_nothing() -> None:
    record = Document(id="tool:rental_lookup", content=render_tool_output(
        {"rental": "KCS-40718", "locker": "M-112", "opened": "2027-03-11 08:40", "collect with": "PIN"}))
    hall = Document(id="KB-2", content="The locker hall is open 0–24, every day of the year.")
    claim = "The locker hall is open 0–24, so you can collect with your PIN at any time"
    assert unrestricted_time(claim, _evidence([record, hall], "Can you check my locker rental?")) is None
    assert unrestricted_time(claim, _evidence([record], "Can you check my locker rental?")) is None


def test_switch_off_gives_the_old_verdict() -> None:
    assert fresh_verdicts(AT_ALL_TIMES, [BIKES], BIKES_ASKED) == ["contradicted"]
    with patch.object(unrestricted_times, "READ_UNRESTRICTED_TIMES", False):
        assert fresh_verdicts(AT_ALL_TIMES, [BIKES], BIKES_ASKED) == ["supported"]
        assert unrestricted_time(AT_ALL_TIMES, _evidence([BIKES], BIKES_ASKED)) is None
        assert fresh_verdicts("Yes: from 65, every trip is half price, all day.", [Document(id="KB-1", content=(
            "From 65, trips between kl. 9 and kl. 14 on weekdays are half price."))], "Any discount?") == ["supported"]
        assert fresh_verdicts("Dogs are welcome in the café any time.", [Document(id="KB-1", content=(
            "Dogs are welcome in the café, except on Sundays."))], "Can I bring my dog?") == ["supported"]

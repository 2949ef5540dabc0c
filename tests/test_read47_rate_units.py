"""A price the texts give per one unit applied by the answer to another unit (:mod:`llmops_kit.rate_units`, the
unit47 round): multiplied by a count of a period the texts do not price it per (``READ_RATE_UNIT_COUNTS``), or
given for the customer's whole (``READ_RATE_UNIT_WHOLES``). Every figure of such a claim is held, so it was judged
supported; now the price is an unheld number, and the old verdict returns with the switch off. Controls: the right
multiplication, a per-person price times the party, a price per the period counted, the answer that works the
customer's whole out of the unit price.

The fixtures are this file's own (a lakeside boat hire, a print shop, a bike-tour office, a botanic garden).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import rate_units
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

LAKE = [Document(id="lk-3", content="Rowing boat: £18 per hour. Life jackets are free. Fishing rods: £7 per trip. "
                                    "Picnic hampers are £25 per person.")]
PRINT = [Document(id="pr-1", content="Binding is 40 zł per copy, covers included. Proofs are emailed the same day.")]
STORE = [Document(id="st-2", content="A bike locker is €12 per week, or you can lock up on the public racks.")]
TOURS = [Document(id="bt-5", content="Fat-bike tours are 320 MAD per hour per bike, for one rider; helmets included.")]
CLIMB = [Document(id="cw-2", content="A wall session of 45 minutes: €14 per climber. A session of 75 minutes: €21 per "
                                     "climber. Shoes are free.")]
COACH = [Document(id="cc-1", content="Batting coaching is £20 per session of one hour, balls included.")]
GARDEN = [Document(id="gd-4", content="The glasshouse train is S$4 per person for the day, with as many rides as you "
                                      "like; toddlers ride free.")]

#: (answer, documents, question): the price taken for another unit, its claim now not supported.
COUNT_CASES = [
    # a price per trip multiplied by a count of hours written beside the step
    ("Rods: 2 × £7 × 3 hours = £42.", LAKE, "A boat for 3 hours with 2 fishing rods?"),
    # a bare count read by the "<n> days" the same sentence writes
    ("For your 4 days that's 4 × £7 = £28 for the rod.", LAKE, "I'd like a fishing rod every day for 4 days."),
    # a price for one length of time given as the result for another
    ("The wall is cheapest: 6 × €14 = €84 for 75 minutes.", CLIMB, "Six of us for 75 minutes on the wall?"),
]
WHOLE_CASES = [
    # the answer says the price is for the whole of what the customer names
    ("Binding is 40 zł for the whole set, so all 3 copies come to 40 zł.", PRINT, "How much to bind my 3 copies?"),
    # the question asks for a whole month; the texts price a week
    ("The bike locker is €12 for the month, so that is the whole cost of it.", STORE,
     "What does a bike locker cost for a whole month?"),
    # the question names the tour and counts the texts' unit (hours)
    ("Tours are 320 MAD per tour, so your 2-hour tour comes to 320 MAD.", TOURS,
     "What does a 2-hour fat-bike tour cost for me?"),
    # a price per two units restated with the second changed
    ("The glasshouse train is S$4 per person for each ride.", GARDEN, "Is the glasshouse train free?"),
]


def _supported(answer: str, docs: list[Document], query: str) -> bool:
    return all(v == "supported" for v in _verdicts(answer, docs, query))


@pytest.mark.parametrize(("answer", "docs", "query"), COUNT_CASES + WHOLE_CASES)
def test_a_price_applied_to_another_unit_is_not_supported(answer: str, docs: list[Document], query: str) -> None:
    assert not _supported(answer, docs, query)


@pytest.mark.parametrize(("answer", "docs", "query"), COUNT_CASES)
def test_without_the_counts_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(), patch.object(rate_units, "READ_RATE_UNIT_COUNTS", False):
        assert _supported(answer, docs, query)


@pytest.mark.parametrize(("answer", "docs", "query"), WHOLE_CASES)
def test_without_the_wholes_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(), patch.object(rate_units, "READ_RATE_UNIT_WHOLES", False):
        assert _supported(answer, docs, query)


def test_the_price_is_named_as_the_unheld_figure() -> None:
    assert rate_units.misapplied_rate_units("Rods: 2 × £7 × 3 hours = £42.", ("Fishing rods: £7 per trip.",),
                                            question="3 hours with 2 rods?") == ("7",)
    # the claim cut before its unit phrase ("95 kr" of "95 kr. for the month"): the whole answer gives the unit
    assert rate_units.misapplied_rate_units("The locker is 95 kr", ("A bike locker is 95 kr. per week.",),
                                            answer_text="The locker is 95 kr. for the month.",
                                            question="A locker for a whole month?") == ("95",)


# ---- controls: the right multiplication, a party, the period priced, the whole worked out, a wrong figure ------

@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the price per hour times the hours
    ("The boat: 3 × £18 = £54 for your 3 hours.", LAKE, "A rowing boat for 3 hours?"),
    # a per-trip price times the trips
    ("Rods: 2 × £7 = £14 for the trip.", LAKE, "Two fishing rods for our trip?"),
    # the price for the length asked for, and the price for one length taken twice
    ("The wall: 6 × €21 = €126 for 75 minutes.", CLIMB, "Six of us for 75 minutes on the wall?"),
    ("Two back-to-back sessions: 2 × €14 = €28 for 90 minutes.", CLIMB, "90 minutes on the wall for me?"),
    # a price per session whose own sentence names the hour the answer counts
    ("Coaching: 3 × £20 = £60 for your 3 hours.", COACH, "Three hours of batting coaching?"),
    # a per-person price times the party
    ("Hampers: 4 × £25 = £100 for the four of you.", LAKE, "Picnic hampers for 4 people?"),
    # the whole worked out of the unit price
    ("The bike locker is €12 per week, so €48 for the four weeks.", STORE,
     "What does a bike locker cost for a whole month of four weeks?"),
    # the unit price restated with its own unit
    ("Binding is 40 zł per copy, so 120 zł for your 3 copies.", PRINT, "How much to bind my 3 copies?"),
    ("The glasshouse train is S$4 per person for the day.", GARDEN, "Is the glasshouse train free?"),
])
def test_control_a_price_kept_to_its_unit_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _supported(answer, docs, query)


def test_control_a_wrong_figure_stays_flagged_with_the_switches_off() -> None:
    """A price the texts never write is flagged by the hard-fact step, with or without this reading."""
    with fresh_scores(), patch.object(rate_units, "READ_RATE_UNIT_COUNTS", False), \
            patch.object(rate_units, "READ_RATE_UNIT_WHOLES", False):
        assert not _supported("Rods: 2 × £9 × 3 hours = £54.", LAKE, "A boat for 3 hours with 2 fishing rods?")

"""What the found texts cover and lack, in the wider shapes of the found45 round (:data:`llmops_kit.found_sources.
READ_FOUND_SHAPES`): "give" and a bare "are" as verbs of covering, "gives ... only", "noticeboard" as a word for the
texts, dialect "nowt on X", "it has nothing on X", a figure or name of the customer's question inside the denied
topic, "inside" as no topic word, and "address and hours" held by a street number and clock times in texts written
in another language. Each case has a control that must stay flagged, and the old verdict returns with the switch off.

The fixtures are this file's own (a climbing gym, a bowling alley, a car park, a tram company, a seaside pool).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import found_sources, scope_declines
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

GYM = [Document(id="cg-1", content="Day passes include shoe hire. Monthly memberships can be paused for a holiday.")]
GYM_SYS = "You answer for a climbing gym. Use only the gym notices and tool results you are given."
GYM_Q = "Do you run kayak trips on the lake?"
BOWLING = [Document(id="bw-1", title="Opening hours", content="The alley opens at noon and closes at midnight."),
           Document(id="bw-2", title="Booking lanes", content="Lanes can be booked online for up to eight players.")]
BOWLING_SHOES = [*BOWLING, Document(id="bw-3", content="County league fixtures are pinned by the bar.")]
BOWLING_SYS = "You help at a bowling alley. Answer only from the club entries and tool results."
LEAGUE_Q = "When are the county league fixtures?"
PARKING = [Document(id="pk-1", title="Parkhaus Mitte",
                    content="Parkhaus Mitte (Bahnhofstrasse 12): Montag bis Freitag 07:00-22:00, Samstag 08:00-20:00.")]
#: In English: articles all in another language leave an English claim's words unjudged (foreign_evidence).
PARKING_BARE = [Document(id="pk-2", title="Mitte car park", content="The Mitte car park has three hundred spaces.")]
BIKES_Q = "Are there bike racks at the car park?"
TRAMS = [Document(id="tr-1", content="Single fares on our city trams are charged by zone. Day tickets cover every "
                                     "tram line in the city.")]
BUS_Q = "When does bus line 42 run on Sundays?"
POOL = [Document(id="sp-1", content="Pool rules: shower before swimming. The pool hours change in winter.")]
POOL_KOPER = [*POOL, Document(id="sp-2", content="Lifeguards watch the beaches at Koper in July and August.")]
BEACH_Q = "Which beaches at Koper have lifeguards?"


CASES = [
    # "give" as a verb of covering of texts limited by "only"; "I have nothing on X"
    ("Our notices only give our own day passes and monthly memberships; I have nothing on kayak trips.", GYM, GYM_Q,
     GYM_SYS),
    # a bare "are" of texts named as found; "they say nothing about X"
    ("The notices I found are our own day passes and memberships; they say nothing about kayak trips.", GYM, GYM_Q,
     GYM_SYS),
    # "noticeboard" as a word for the texts; dialect "nowt on X"
    ("Our noticeboard only covers booking our own lanes and our opening hours; nowt on county league fixtures.",
     BOWLING, LEAGUE_Q, BOWLING_SYS),
    # "gives ... only", "it has nothing on X"; "address and hours" held by texts in German
    ("The car park page I found gives its address and hours only; it has nothing on bike racks.", PARKING, BIKES_Q,
     None),
    # a figure of the customer's question inside the denied topic
    ("The fares I found are for our own city trams; I have nothing on bus line 42's timetable.", TRAMS, BUS_Q, None),
    # a name of the customer's question inside the denied topic; "inside" is no topic word
    ("The notices I found are about our pool rules and what swimmers do inside the pool; they say nothing about "
     "beaches at Koper.", POOL, BEACH_Q, None),
]


@pytest.mark.parametrize(("answer", "docs", "query", "instructions"), CASES)
def test_the_wider_shapes_of_what_the_texts_lack_are_supported(answer: str, docs: list[Document], query: str,
                                                               instructions: str | None) -> None:
    assert _verdicts(answer, docs, query, instructions) == ["supported"]


@pytest.mark.parametrize(("answer", "docs", "query", "instructions"), CASES)
def test_without_the_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str,
                                                    instructions: str | None) -> None:
    with fresh_scores(), patch.object(found_sources, "READ_FOUND_SHAPES", False), \
            patch.object(scope_declines, "READ_REMIT_CLAUSES", False):
        assert _verdicts(answer, docs, query, instructions) != ["supported"]


# ---- controls: the denial the texts do cover, a description they do not hold, the bot's own figure or fact -----

def test_control_nowt_on_a_topic_the_texts_hold_is_contradicted() -> None:
    answer = "Our noticeboard only covers booking our own lanes and our opening hours; nowt on county league fixtures."
    assert _verdicts(answer, BOWLING_SHOES, LEAGUE_Q, BOWLING_SYS) == ["contradicted"]


def test_control_nothing_on_a_topic_the_texts_hold_is_contradicted() -> None:
    answer = "Our notices only give our own monthly memberships; I have nothing on shoe hire."
    assert _verdicts(answer, GYM, "Can I hire shoes?", GYM_SYS) == ["contradicted"]


def test_control_a_name_of_the_question_the_texts_hold_is_contradicted() -> None:
    answer = "The notices I found are our own pool rules and hours; they say nothing about beaches at Koper."
    assert _verdicts(answer, POOL_KOPER, BEACH_Q) == ["contradicted"]


def test_control_a_covered_topic_the_texts_do_not_hold_is_judged() -> None:
    """The texts say nothing of saunas or towels: a bare "are" does not make the description theirs."""
    answer = "The notices I found are our sauna rules and towel prices; they say nothing about kayak trips."
    assert _verdicts(answer, GYM, GYM_Q, GYM_SYS) != ["supported"]


def test_control_address_and_hours_the_texts_do_not_give_are_judged() -> None:
    answer = "The car park page I found gives its address and hours only; it has nothing on bike racks."
    assert _verdicts(answer, PARKING_BARE, BIKES_Q) != ["supported"]


def test_control_a_figure_the_question_does_not_hold_is_judged() -> None:
    """Line 43 is the bot's own figure, not the customer's: the claim is left to the decision."""
    answer = "The fares I found are for our own city trams; I have nothing on bus line 43's timetable."
    assert _verdicts(answer, TRAMS, BUS_Q) != ["supported"]


def test_control_a_clause_adding_the_bots_own_facts_is_judged() -> None:
    answer = "Our notices only give our own day passes; I have nothing on kayak trips, but the lake hires kayaks."
    assert _verdicts(answer, GYM, GYM_Q, GYM_SYS) != ["supported"]

"""A price in two versions by date or by day, applied on the wrong side of the customer's day
(:mod:`llmops_kit.dated_versions`), with the controls: the version in force stays clean, a question with no day
changes nothing, a version given with its own date is held, another item's amount is left alone.

The fixtures are this file's own (a climbing wall, a ferry, a bowling alley, a campsite), each layout of date once.
"""

from __future__ import annotations

import pytest

from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text.calendar_dates import written_dates
from llmops_kit.traces import Document

CLIMBING = [Document(id="cw-01", content="Day passes for the bouldering hall, shoes included. Price: €14.00 until "
                                         "31 March 2027; €16.00 from 1 April 2027. Chalk is sold at the desk.")]
FERRY = [Document(id="fy-02", content="A car with up to 5 passengers crosses for £42.00 until 2027.05.31; £48.00 from "
                                      "2027.06.01. Foot passengers travel free.")]
BOWLING = [Document(id="bw-03", content="Lanes for up to six players: NZ$ 60 Monday to Friday; NZ$ 75 weekends and "
                                        "public holidays. Shoe hire is included.")]
CAMPING = [Document(id="cp-04", content="A pitch for one tent costs 95 zł a night until 30.06.2027; 120 zł a night "
                                        "from 01.07.2027. Showers are free.")]
SLOTS = [Document(id="cp-05", content="Kayak hire: 60 zł until 30-06-2027; guided tours 90 zł from 01-07-2027.")]


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixtures."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the version before the date, for a day after it
    ("A day pass is €14.00, shoes included.", CLIMBING, "How much is a day pass on 12 April 2027?"),
    # after the date, for a day before it (year first)
    ("Your car crosses for £48.00.", FERRY, "What does a car cost on the crossing of 2027.05.20?"),
    # a weekend rate for a Friday
    ("A lane is NZ$ 75 for your group of four.", BOWLING, "Four of us want a lane on Friday evening. Price?"),
    # day first with dots, the old rate for a day after the change
    ("A pitch is 95 zł a night.", CAMPING, "We arrive on 15.07.2027 with one tent, how much a night?"),
])
def test_the_other_version_is_contradicted(answer: str, docs: list[Document], query: str) -> None:
    assert "contradicted" in _verdicts(answer, docs, query)


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the version in force
    ("A day pass is €16.00, shoes included.", CLIMBING, "How much is a day pass on 12 April 2027?"),
    ("Your car crosses for £42.00.", FERRY, "What does a car cost on the crossing of 2027.05.20?"),
    ("A lane is NZ$ 60 for your group of four.", BOWLING, "Four of us want a lane on Friday evening. Price?"),
    ("A lane is NZ$ 75 for your group of four.", BOWLING, "Four of us want a lane on Saturday. Price?"),
    ("A pitch is 120 zł a night.", CAMPING, "We arrive on 15.07.2027 with one tent, how much a night?"),
    # no day in the question: either version may be meant
    ("A day pass is €14.00, shoes included.", CLIMBING, "How much is a day pass?"),
    # a day said not to be meant: the Saturday is taken back, the Friday stands
    ("A lane is NZ$ 60 for your group.", BOWLING, "Sorry, it is Friday, not Saturday. What is the lane price?"),
    # the other version given with its own date is held
    ("Until 31 March 2027 a day pass was €14.00; from 1 April 2027 it is €16.00.", CLIMBING,
     "How much is a day pass on 12 April 2027?"),
    # an amount of another item beside a date is no version of the same price
    ("Kayak hire is 60 zł.", SLOTS, "Can I hire a kayak on 10-07-2027?"),
])
def test_the_version_in_force_and_the_controls_stay_clean(answer: str, docs: list[Document], query: str) -> None:
    assert "contradicted" not in _verdicts(answer, docs, query)


def test_written_dates_read_each_layout_and_the_order_of_day_and_month() -> None:
    readings = [d.readings for d in written_dates("2027.04.03, 6 July 2027, 18.10.2027, July 6, 2027")]
    assert readings == [((2027, 4, 3),), ((2027, 7, 6),), ((2027, 10, 18),), ((2027, 7, 6),)]
    assert written_dates("on 12/06/2027")[0].readings == ((2027, 6, 12), (2027, 12, 6))  # either order
    # a date of the same layout that can only be read one way says the day comes first
    assert written_dates("until 30-04-2027; from 01-05-2027")[1].readings == ((2027, 5, 1),)
    assert written_dates("call 01-23-4567") == ()  # no year of the calendar

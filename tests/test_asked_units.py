"""A figure in the unit a follow-up asks for, read as the conversion of the conversation's figure in the other unit
(:mod:`llmops_kit.asked_units`): "how many miles is that?" after "It's 19 km", "About 12 miles". Each with its
controls: a wrong factor, a unit nobody asked for, a conversation with no figure of the other unit, and the
conversion the wrong way stay flagged.

The fixtures are this file's own (a cycling tour, a sailing school, a climbing gym).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import asked_units
from llmops_kit.asked_units import asked_conversion, asked_unit_words
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

RIDE = [Document(id="kb-901", content="The morning loop starts at the harbour café and is 19 km long, mostly flat.")]
FIRST_Q = "How long is the morning loop?"
EARLIER = "The morning loop is 19 km, mostly flat."
SAIL = [Document(id="kb-902", content="Dinghy lessons run in winds of 8-18 knots; above 18 knots we stay ashore.")]
WALL = [Document(id="kb-903", content="Our top rope wall is 14 m high and the bouldering cave 4.5 m.")]


def _verdicts(answer: str, docs: list[Document], query: str, history: str | None = None,
              earlier: str | None = None) -> list[str]:
    with fresh_scores():
        report = score_answer(answer, docs, query=query, history=history, earlier_answers=earlier)
    return [v.verdict for v in report.support]


def test_a_follow_up_in_the_asked_unit_is_the_earlier_figure_converted() -> None:
    """19 km is 11.8 miles: "About 12 miles" to the mile, "about 11.8 miles" to the tenth."""
    for answer in ("About 12 miles.", "It's about 11.8 miles."):
        assert _verdicts(answer, RIDE, "how many miles is that?", FIRST_Q, EARLIER) == ["supported"], answer


def test_a_wrong_factor_stays_flagged() -> None:
    """19 km is no 15 miles (a factor of 0.8), nor 19 miles."""
    for answer in ("About 15 miles.", "About 19 miles."):
        assert _verdicts(answer, RIDE, "how many miles is that?", FIRST_Q, EARLIER) != ["supported"], answer


def test_a_unit_nobody_asked_for_stays_judged_as_before() -> None:
    """The question asks for no unit: "About 12 miles" is judged as any figure the texts do not hold."""
    assert _verdicts("About 12 miles.", RIDE, "and is it hilly?", FIRST_Q, EARLIER) != ["supported"]
    # the question asks for feet, the answer gives miles
    assert _verdicts("About 12 miles.", RIDE, "how many feet is that?", FIRST_Q, EARLIER) != ["supported"]


def test_no_figure_of_the_other_unit_in_the_conversation_changes_nothing() -> None:
    """The earlier answer states no length in km: the documents' figures are not what the follow-up converts."""
    earlier = "It starts at the harbour café and is mostly flat."
    assert _verdicts("About 12 miles.", RIDE, "how many miles is that?", FIRST_Q, earlier) != ["supported"]


def test_the_question_may_state_the_figure_it_asks_to_convert() -> None:
    """18 knots is 33.3 km/h; 40 km/h is no conversion of it."""
    question = "18 knots - what's that in km/h?"
    assert _verdicts("About 33 km/h.", SAIL, question) == ["supported"]
    assert _verdicts("About 40 km/h.", SAIL, question) != ["supported"]


def test_the_conversion_the_wrong_way_stays_flagged() -> None:
    """14 m is 45.9 feet; 4.3 (14 × 0.3048, feet read as metres) is no answer to "how many feet"."""
    question = "how many feet is the top rope wall?"
    earlier = "The top rope wall is 14 m high."
    assert _verdicts("About 46 feet.", WALL, question, "How high are the walls?", earlier) == ["supported"]
    assert _verdicts("About 4.3 feet.", WALL, question, "How high are the walls?", earlier) != ["supported"]


def test_the_reading_and_its_words() -> None:
    assert asked_conversion("12", "About 12 miles.", "how many miles is that?", "It's 19 km.")
    assert not asked_conversion("12", "About 12 miles.", "how far is that?", "It's 19 km.")
    assert not asked_conversion("12", "About 12 km.", "how many miles is that?", "It's 19 km.")
    assert {"mile", "about"} <= asked_unit_words("About 12 miles.", "how many miles is that?", "It's 19 km.")
    assert asked_unit_words("About 15 miles.", "how many miles is that?", "It's 19 km.") == frozenset()


def test_switched_off_the_follow_up_is_flagged_again() -> None:
    with fresh_scores(), patch.object(asked_units, "READ_ASKED_UNITS", False):
        assert score_answer("About 12 miles.", RIDE, query="how many miles is that?", history=FIRST_Q,
                            earlier_answers=EARLIER).support[0].verdict != "supported"

"""A stated bound applied to the customer's own figure after "so" (:func:`llmops_kit.rule_applications.
bound_application`, the ``apply51`` round): "the pottery class is for ages 12 and up, so a 10-year-old can't take
part yet" to "my 10-year-old"; "life vests are required for children under 8, so at 9 it's not required"; "the
cabin sleeps up to 6 guests, so your group of 7 is over the limit". The figure is held against the bound, strictly
or inclusively as the words say, and the verdict's polarity against the comparison's. Controls: the verdict
reversed, the figure moved to the bound's other side, the boundary itself, a bound the evidence does not hold, an
unplaceable claim, and the switch off."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import rule_applications
from llmops_kit.limit_sides import stated_bounds
from llmops_kit.quality import Document
from llmops_kit.rule_applications import bound_application

from .verdict_cases import documents_evidence, fresh_verdicts

CLASS = [Document(id="pc-1", content="Our wheel-throwing class runs on Sunday afternoons and costs $60 per person. "
                                     "Aprons and clay are provided. Ages 12 and up.")]
CLASS_ASKED = "Can my {age}-year-old do the wheel-throwing class?"
CLASS_NO = "Sorry, the wheel-throwing class is for ages 12 and up, so a {age}-year-old can't take part yet"
CLASS_YES = "The wheel-throwing class is for ages 12 and up, so a {age}-year-old can join"

VESTS = [Document(id="lk-2", content="Canoe hire is $25 an hour. Life vests are required for children under 8. "
                                     "Canoes seat two adults.")]
VESTS_ASKED = "Does my {age}-year-old need a life vest in the canoe?"
VESTS_NOT = "Life vests are required for children under 8, so at {age} it's not required"
VESTS_NEEDED = "Life vests are required for children under 8, so at {age} one is required"

CABIN = [Document(id="cb-3", content="The lakeside cabin sleeps up to 6 guests and costs $180 a night.")]
CABIN_ASKED = "We're a group of {n}. Can we all stay in the lakeside cabin?"
CABIN_OVER = "The lakeside cabin sleeps up to 6 guests, so your group of {n} is over the limit"


def _applied(claim: str, docs: list[Document], asked: str) -> str | None:
    found = bound_application(claim, documents_evidence(docs, asked))
    return None if found is None else found.outcome


def test_the_bound_forms_read() -> None:
    assert [(b.limit, b.side) for b in stated_bounds("for ages 12 and up")] == [(12.0, "lo")]
    assert [(b.limit, b.side) for b in stated_bounds("for ages 3 and older")] == [(3.0, "lo")]
    assert [(b.limit, b.side) for b in stated_bounds("open to riders 14+")] == [(14.0, "lo")]
    assert [(b.limit, b.side) for b in stated_bounds("under-8s go free")] == [(8.0, "hix")]
    assert [(b.limit, b.side, b.unit) for b in stated_bounds("up to 6 guests")] == [(6.0, "hi", "guest")]
    assert stated_bounds("cancel up to 24 hours before") == ()


def test_a_child_under_the_minimum_age_who_cannot_join_is_supported() -> None:
    asked = CLASS_ASKED.format(age=10)
    assert _applied(CLASS_NO.format(age=10), CLASS, asked) == "holds"
    assert fresh_verdicts(CLASS_NO.format(age=10) + ".", CLASS, asked) == ["supported"]


def test_control_the_verdict_reversed_is_contradicted() -> None:
    asked = CLASS_ASKED.format(age=10)
    assert _applied(CLASS_YES.format(age=10), CLASS, asked) == "fails"
    assert fresh_verdicts(CLASS_YES.format(age=10) + ".", CLASS, asked) == ["contradicted"]


def test_control_a_figure_on_the_other_side_of_the_bound() -> None:
    asked = CLASS_ASKED.format(age=13)
    assert _applied(CLASS_NO.format(age=13), CLASS, asked) == "fails"
    assert fresh_verdicts(CLASS_NO.format(age=13) + ".", CLASS, asked) == ["contradicted"]
    assert _applied(CLASS_YES.format(age=13), CLASS, asked) == "holds"


def test_no_problem_is_no_denial() -> None:
    claim = "The wheel-throwing class is for ages 12 and up, so a 13-year-old can join, no problem"
    assert _applied(claim, CLASS, CLASS_ASKED.format(age=13)) == "holds"


def test_control_an_inclusive_bound_lets_its_own_figure_in() -> None:
    asked = CLASS_ASKED.format(age=12)
    assert _applied(CLASS_YES.format(age=12), CLASS, asked) == "holds"
    assert _applied(CLASS_NO.format(age=12), CLASS, asked) == "fails"


def test_a_requirement_flips_the_polarity() -> None:
    assert _applied(VESTS_NOT.format(age=9), VESTS, VESTS_ASKED.format(age=9)) == "holds"
    assert fresh_verdicts(VESTS_NOT.format(age=9) + ".", VESTS, VESTS_ASKED.format(age=9)) == ["supported"]
    assert _applied(VESTS_NEEDED.format(age=9), VESTS, VESTS_ASKED.format(age=9)) == "fails"
    assert _applied(VESTS_NEEDED.format(age=6), VESTS, VESTS_ASKED.format(age=6)) == "holds"


def test_control_a_strict_bound_keeps_its_own_figure_out() -> None:
    """"under 8": at 8 the vest is no longer required."""
    assert _applied(VESTS_NOT.format(age=8), VESTS, VESTS_ASKED.format(age=8)) == "holds"
    assert _applied(VESTS_NEEDED.format(age=8), VESTS, VESTS_ASKED.format(age=8)) == "fails"


def test_a_head_count_over_a_maximum() -> None:
    assert _applied(CABIN_OVER.format(n=7), CABIN, CABIN_ASKED.format(n=7)) == "holds"
    assert _applied(CABIN_OVER.format(n=5), CABIN, CABIN_ASKED.format(n=5)) == "fails"
    assert fresh_verdicts(CABIN_OVER.format(n=5) + ".", CABIN, CABIN_ASKED.format(n=5)) == ["contradicted"]


HIRE = [Document(id="eb-4", content="E-bikes are $30 a day. You must be 16 or over to hire one on your own.")]


def test_an_age_written_after_at_in_the_question_and_the_claim() -> None:
    asked = "Hi, can I hire an e-bike at {age}?"
    claim = "You must be 16 or over to hire one on your own, so at {age} you can't hire one on your own"
    assert _applied(claim.format(age=15), HIRE, asked.format(age=15)) == "holds"
    assert _applied(claim.format(age=17), HIRE, asked.format(age=17)) == "fails"
    # a clock time after "at" is no age
    assert _applied(claim.format(age="5 pm"), HIRE, asked.format(age="5 pm")) is None


def test_control_a_bound_the_evidence_does_not_hold_is_not_read() -> None:
    """The rule says 10 and up where the evidence says 12: the claim is judged as before (its 10 is no fact the
    evidence holds)."""
    claim = "The wheel-throwing class is for ages 10 and up, so a 10-year-old can join"
    assert _applied(claim, CLASS, CLASS_ASKED.format(age=10)) is None
    assert fresh_verdicts(claim + ".", CLASS, CLASS_ASKED.format(age=10)) != ["supported"]


@pytest.mark.parametrize("claim, asked", [
    # no figure of the customer's: nothing to compare
    ("The wheel-throwing class is for ages 12 and up, so children can't join", "Can kids do the class?"),
    # two figures of the bound's unit in the message
    ("The wheel-throwing class is for ages 12 and up, so your child can't join yet",
     "Can my kids, 10 and 13, do the wheel-throwing class?"),
    # no verdict with a polarity
    ("The wheel-throwing class is for ages 12 and up, so a 10-year-old would sit with a parent",
     "Can my 10-year-old do the wheel-throwing class?"),
    # a non-numeric restriction
    ("The class is on the ground floor only, so a 10-year-old can join", "Can my 10-year-old come?"),
    # "no" that denies no verdict of being allowed
    ("The wheel-throwing class is for ages 12 and up, so at 13 there's no charge for clay",
     "Is clay extra for my 13-year-old in the wheel-throwing class?"),
])
def test_control_what_the_reading_cannot_place_is_left_alone(claim: str, asked: str) -> None:
    assert _applied(claim, CLASS, asked) is None


def test_the_switch_off_gives_the_old_verdict() -> None:
    """Off, the right application is unsupported (its verdict words are no sentence's) and a group of 5 said to
    be over a 6-guest limit passes (every word and figure is held)."""
    asked = CLASS_ASKED.format(age=10)
    with patch.object(rule_applications, "READ_BOUND_APPLICATIONS", False):
        assert _applied(CLASS_YES.format(age=10), CLASS, asked) is None
        assert fresh_verdicts(CLASS_NO.format(age=10) + ".", CLASS, asked) == ["unsupported"]
        assert fresh_verdicts(CABIN_OVER.format(n=5) + ".", CABIN, CABIN_ASKED.format(n=5)) == ["supported"]

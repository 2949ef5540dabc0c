"""A count whose rule an evidence sentence restates word for word, with another value, is read as that rule
changed, not as arithmetic on the other items of a round-up answer
(:data:`llmops_kit.unheld_figures.READ_RESTATED_OPERANDS`, the roundup45 round): "classes take up to 7 students"
against "Each class takes up to 6 students." is *contradicted* even when 7 is 4 + 3 from the parking and the class
length of the items beside it, and 7 is a figure the evidence holds (of another subject), so the hard-fact
step passes it. The rule stated rightly, a figure another sentence gives the same item, and a
clause the evidence restates only in part stay as they were; the old verdict returns with the switch off.

The fixtures are this file's own (a pottery studio's wheel classes, a bike shop's group rides).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import unheld_figures
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts
from .verdict_cases import later_figure_readings_off

POTTERY = [
    Document(id="pot-1", content="A wheel class is £40 and lasts 3 hours."),
    Document(id="pot-2", content="Each class takes up to 6 students. Saturday classes take up to 8 students."),
    Document(id="pot-3", content="There is parking for 4 cars behind the studio."),
    Document(id="pot-4", content="Choose from 7 glazes for your pieces."),
]
POTTERY_Q = "I'm new to pottery. What should I know about the wheel classes?"
RIDES = [
    Document(id="bk-1", content="Group rides leave the shop at 7am on Sundays and cover 40 km, "
                                       "and the shop has 20 lockers for riders."),
    Document(id="bk-2", content="A group ride needs at least 5 riders to go out."),
    Document(id="bk-3", content="Rental bikes are 25 euros a day, helmet included, 2 bikes per booking."),
]
RIDES_Q = "Thinking of joining the Sunday ride - what's involved?"

POTTERY_ANSWER = ("Here's what to know:\n- A wheel class is £40 for 3 hours.\n- There's parking for 4 cars.\n"
                  "- Classes take up to {n} students.")
RIDES_ANSWER = ("Quick guide:\n1. Rides leave at 7am on Sundays and cover 40 km.\n2. Rental bikes are 25 euros a day, "
                "helmet included, 2 bikes per booking.\n3. A group ride needs at least {n} riders to go out.")

CASES = [
    (POTTERY_ANSWER.format(n=7), POTTERY, POTTERY_Q),  # 7 is 4 + 3 from the items beside it
    (RIDES_ANSWER.format(n=20), RIDES, RIDES_Q),  # 20 is 40 / 2
]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_a_restated_rule_with_its_count_changed_is_contradicted(answer: str, docs: list[Document],
                                                                query: str) -> None:
    assert _verdicts(answer, docs, query)[-1] == "contradicted"


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_without_the_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with later_figure_readings_off(), patch.object(unheld_figures, "READ_RESTATED_OPERANDS", False):
        assert _verdicts(answer, docs, query)[-1] == "supported"


# ---- controls: the rule's own figure, a figure another sentence gives the item, a wrong figure -------------------

@pytest.mark.parametrize(("answer", "docs", "query"), [
    (POTTERY_ANSWER.format(n=6), POTTERY, POTTERY_Q),
    (RIDES_ANSWER.format(n=5), RIDES, RIDES_Q),
])
def test_control_the_rule_stated_rightly_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query)[-1] == "supported"


def test_control_a_figure_another_sentence_gives_the_item_stays_supported() -> None:
    answer = POTTERY_ANSWER.replace("Classes take up to {n} students.", "Saturday classes take up to 8 students.")
    assert _verdicts(answer, POTTERY, POTTERY_Q)[-1] == "supported"


def test_control_a_figure_the_evidence_never_states_stays_flagged() -> None:
    assert _verdicts(POTTERY_ANSWER.format(n=11), POTTERY, POTTERY_Q)[-1] == "contradicted"


def test_control_a_rule_restated_only_in_part_keeps_the_answers_operands() -> None:
    """"Kids' classes" names a word no evidence sentence on class sizes holds: not the rule restated, so this reading
    leaves 7 reachable as 4 + 3. (The ``roundup48`` reading does read it: "classes take up to 7 students" frames the
    article's "class takes up to 6 students" with another value, so it is off here.)"""
    answer = POTTERY_ANSWER.replace("Classes take up to {n} students.", "Kids' classes take up to 7 students.")
    with later_figure_readings_off():
        assert _verdicts(answer, POTTERY, POTTERY_Q)[-1] == "supported"

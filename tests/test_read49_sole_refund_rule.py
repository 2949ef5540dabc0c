"""A refund said against the evidence's one refund rule, short and general and of the other sign
(:data:`llmops_kit.refund_polarity.READ_SOLE_REFUND_RULE`, the reversed49 round): "Yes, you get your money back at
the desk up to a day before" where the only refund rule is "Passes are not refunded." The claim leaves its subject
to the question ("Can I get my money back?"), so it never holds the rule's subject ("passes"), and the rule was
never compared.

Controls: the rule said rightly, a refund the evidence states as well as one it refuses (its own sign is there), a
rule naming a subject of more words (not a general one) and a wrong figure stay as they were; the old verdict
returns with the switch off. The fixtures are this file's own (a ski lift, a concert hall).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import refund_polarity
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

LIFT = [Document(id="sl-4", content="Passes are not refunded. You can move a day pass to another day at the ticket "
                                    "desk up to 6 pm the day before.")]
HALL = [Document(id="ch-2", content="Seats cannot be refunded once bought. You can pass your seat to a friend by "
                                    "telling the box office before the concert.")]
MONEY_Q = "Something came up. Can I get my money back?"

CASES = [
    ("Yes, you get a full refund at the ticket desk up to 6 pm the day before.", LIFT, MONEY_Q),
    ("Yes, you can get a refund if you tell the box office before the concert.", HALL, MONEY_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_a_refund_against_the_one_general_rule_is_contradicted(answer: str, docs: list[Document], query: str
                                                                ) -> None:
    assert _verdicts(answer, docs, query) == ["contradicted"]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_without_the_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(), patch.object(refund_polarity, "READ_SOLE_REFUND_RULE", False):
        assert _verdicts(answer, docs, query) == ["supported"]


# ---- controls -----------------------------------------------------------------------------------------------------

#: A refund stated beside the refusal: the evidence has a rule of the claim's sign.
BOTH = [Document(id="sl-5", content="Passes are not refunded. Lessons cancelled for wind are refunded at the ticket "
                                    "desk.")]
#: A refusal naming a subject of several words: a rule of one kind of thing, not the general one.
NARROW = [Document(id="sl-6", content="Half-day afternoon passes bought online are not refunded. You can move a pass "
                                      "at the ticket desk up to 6 pm the day before.")]


@pytest.mark.parametrize(("answer", "docs"), [
    ("No, passes are not refunded, but you can move a day pass to another day at the ticket desk.", LIFT),
    ("If the lesson is cancelled for wind, you get a refund at the ticket desk.", BOTH),
    ("You get a refund at the ticket desk up to 6 pm the day before.", NARROW),
])
def test_control_the_rule_said_rightly_or_another_rule_stays_as_it_was(answer: str, docs: list[Document]) -> None:
    with_reading = _verdicts(answer, docs, MONEY_Q)
    with fresh_scores(), patch.object(refund_polarity, "READ_SOLE_REFUND_RULE", False):
        assert _verdicts(answer, docs, MONEY_Q) == with_reading


def test_control_a_wrong_figure_stays_flagged() -> None:
    assert _verdicts("You can move a day pass at the ticket desk up to 8 pm the day before.", LIFT, MONEY_Q
                     ) != ["supported"]

"""Money said to come back where the texts say of the same subject it does not, or the reverse, is the rule turned
round: *contradicted* (:data:`llmops_kit.refund_polarity.READ_REFUND_POLARITY`, the rev45 round), on claims with
figures too and in other words than the rule's ("money back" of "not refunded", "refunded" of "non-refundable").
The rule stated rightly stays supported, a refund rule of another subject is not compared, and the old verdict
returns with the switch off.

The fixtures are this file's own (a rowing club's cancelled outings, a caterer's deposit and balance).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import refund_polarity
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

ROWING = [Document(id="rc-7", content="Outings are cancelled when the river is above 3 metres at the weir. Cancelled "
                                      "outings are rebooked, not refunded.")]
CATERER = [Document(id="ct-2", content="The booking deposit is non-refundable. If you cancel more than 30 days before "
                                       "the event, we refund any balance already paid in full; within 30 days, "
                                       "balance payments are not refunded.")]
RIVER_Q = "The river is at 3.4 metres. If the outing is cancelled, do I get my money back?"
CANCEL_Q = "If we cancel two months out, do we get the deposit back?"

CASES = [
    ("3.4 metres is above the 3-metre limit, so the outing would be cancelled, and then you get your money back.",
     ROWING, RIVER_Q),
    ("Yes - cancel more than 30 days before and the booking deposit and any balance are refunded in full.", CATERER,
     CANCEL_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_a_refund_the_rule_denies_is_contradicted(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["contradicted"]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_without_the_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(), patch.object(refund_polarity, "READ_REFUND_POLARITY", False):
        assert _verdicts(answer, docs, query) == ["supported"]


# ---- controls: the rule stated rightly, a refund rule of another subject, a wrong figure -------------------------

@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("3.4 metres is above the 3-metre limit, so the outing would be cancelled and rebooked, not refunded.", ROWING,
     RIVER_Q),
    ("If you cancel more than 30 days before the event, any balance already paid is refunded in full.", CATERER,
     CANCEL_Q),
    ("No, the booking deposit is non-refundable.", CATERER, CANCEL_Q),
    # a denial in words the reading has no sign for is left alone
    ("Refunds aren't possible for cancelled outings: they are rebooked.", ROWING, RIVER_Q),
])
def test_control_the_rule_stated_rightly_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


def test_control_a_refund_of_another_subject_is_not_compared() -> None:
    """The caterer refunds the balance early: a claim about the balance alone is held against that rule, not the
    deposit's or the late balance's."""
    answer = "Cancel more than 30 days before the event and the balance you paid is refunded in full."
    assert _verdicts(answer, CATERER, CANCEL_Q) == ["supported"]


def test_control_a_wrong_figure_stays_flagged() -> None:
    answer = "If you cancel more than 45 days before the event, any balance already paid is refunded in full."
    assert _verdicts(answer, CATERER, CANCEL_Q) != ["supported"]

"""A restriction waived in so many words (:data:`llmops_kit.limit_sides.READ_WAIVED_RESTRICTIONS`, the reversed49
round): "we take bikes on the train whether or not they fold" where the article says "Bikes are only taken on the
train if they fold", "you can keep riding it as usual" where it says "you may only ride the scooter to the repair
shop". Every word is the article's, so the word steps find the claim supported; what it says drops the rule's
"only".

Controls: the restriction said rightly, a "whether or not" about another rule, and a wrong figure stay as they
were; the old verdict returns with the switch off. The fixtures are this file's own (a railway, a scooter check).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import limit_sides
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

TRAIN = [Document(id="rw-3", content="Bikes are only taken on the train if they fold. Dogs travel free on a lead.")]
SCOOTER = [Document(id="sc-2", content="After a failed check you have 30 days to fix the brakes, and meanwhile you "
                                       "may only ride the scooter to the repair shop.")]

CASES = [
    ("Yes, we take bikes on the train whether or not they fold.", TRAIN, "Can I bring my bike on the train?"),
    ("Yes, you can keep riding the scooter as usual during the 30 days you have to fix the brakes.", SCOOTER,
     "My scooter failed the check. Can I still use it?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_a_restriction_waived_in_words_is_not_supported(answer: str, docs: list[Document], query: str) -> None:
    assert "supported" not in _verdicts(answer, docs, query)[:1]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_without_the_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(), patch.object(limit_sides, "READ_WAIVED_RESTRICTIONS", False):
        assert _verdicts(answer, docs, query)[:1] == ["supported"]


# ---- controls -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("Only if it folds: bikes are only taken on the train if they fold.", TRAIN, "Can I bring my bike on the train?"),
    ("You have 30 days to fix the brakes, and meanwhile you may only ride the scooter to the repair shop.", SCOOTER,
     "My scooter failed the check. Can I still use it?"),
])
def test_control_the_restriction_said_rightly_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


def test_control_a_waiver_of_another_rule_is_not_read() -> None:
    """"whether or not" sharing fewer than two words with the restricting sentence is about another rule."""
    assert limit_sides.waived_restriction("Dogs travel free whether or not they are small.",
                                          documents_evidence(TRAIN)) is None


def test_control_a_wrong_figure_stays_flagged() -> None:
    assert _verdicts("You have 45 days to fix the brakes, and meanwhile you may only ride the scooter to the repair "
                     "shop.", SCOOTER, "My scooter failed the check. Can I still use it?") != ["supported"]

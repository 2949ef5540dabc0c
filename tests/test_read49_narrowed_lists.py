"""A rule narrowed with "only" against an evidence list that names another item
(:data:`llmops_kit.limit_sides.READ_NARROWED_LISTS`, the reversed49 round): "only members need a pass" where the
article says "Members and visitors need a pass", the customer having asked about visitors. Every word of the claim
is the article's, so the word steps find it supported; what it says shuts out the item the evidence lets in.

Controls: the rule said rightly (the whole list, or "only" of a list the article restricts itself), another item
than the one asked about, and a wrong figure stay as they were; the old verdict returns with the switch off. The
fixtures are this file's own (a climbing wall, a market stall, a museum).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import limit_sides
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

WALL = [Document(id="cw-4", content="Members and day visitors need a belay test before they climb. Ropes are "
                                    "checked every morning.")]
STALL = [Document(id="ms-2", content="We take cash, cards and Swish at the stall. Orders over 40 euros are "
                                     "delivered the next day.")]
MUSEUM = [Document(id="mu-9", content="Students and OAPs pay 6 euros for a day ticket; other adults pay 11 euros. "
                                      "Entry to the garden is free.")]

CASES = [
    # the customer asks about the item the answer leaves out of the list
    ("No, only cash or cards at the stall.", STALL, "Can I pay with Swish?"),
    # the left-out item is named again in the answer
    ("Yes, day visitors can climb straight away; only members need a belay test.", WALL,
     "Can day visitors climb without a test?"),
    # "only" closing the clause, a claim with a figure (no figure checks a list)
    ("Sorry, the 6 euro rate is for students only; the day ticket is 11 euros for you.", MUSEUM,
     "I'm an OAP. Do I get a discount?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_a_list_narrowed_with_only_is_not_supported(answer: str, docs: list[Document], query: str) -> None:
    assert "supported" not in _verdicts(answer, docs, query)[:1]


@pytest.mark.parametrize(("answer", "docs", "query"), CASES)
def test_without_the_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(), patch.object(limit_sides, "READ_NARROWED_LISTS", False):
        assert _verdicts(answer, docs, query)[:1] == ["supported"]


# ---- controls -------------------------------------------------------------------------------------------------

#: An article restricting its own list: "only" there is the article's.
KIOSK = [Document(id="kk-1", content="The kiosk takes cards only, and the shop takes cash, cards and Swish.")]


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the whole list said
    ("Yes, members and day visitors both need a belay test.", WALL, "Do day visitors need a test?"),
    # "only" of another thing than the list ("only takes a day")
    ("Yes, we take Swish, and delivery only takes a day for orders over 40 euros.", STALL, "Can I pay with Swish?"),
])
def test_control_the_rule_said_rightly_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


def test_control_an_item_nobody_asked_about_is_not_read() -> None:
    """The list's other item is neither asked about nor named in the answer: the answer may speak of a part of the
    rule only."""
    assert limit_sides.narrowed_list("Only cash or cards are taken.", documents_evidence(STALL, "Do you take cash?")
                                     ) is None


def test_control_a_restriction_the_article_makes_itself_is_not_read() -> None:
    """The listing sentence restricts with its own "only": its list is no permission the claim narrowed."""
    assert limit_sides.narrowed_list("No, the kiosk takes cards only.", documents_evidence(KIOSK, "Swish at the kiosk?")
                                     ) is None


def test_control_a_wrong_figure_stays_flagged() -> None:
    assert _verdicts("Students and OAPs pay 8 euros for a day ticket.", MUSEUM, "What do OAPs pay?") != ["supported"]


def test_the_reading_names_the_list_it_narrowed() -> None:
    found = limit_sides.narrowed_list("No, only cash or cards at the stall.",
                                      documents_evidence(STALL, "Can I pay with Swish?"))
    assert found == ("only cash or cards at the stall.", "We take cash, cards and Swish at the stall.")

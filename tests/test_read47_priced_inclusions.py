"""A thing said included that the texts price and never give away, and one said included after "with ... both"
that the texts call extra (:data:`llmops_kit.excluded_items.READ_PRICED_INCLUSIONS`, the cond47 round). Each makes
its claim *contradicted*; an inclusion the texts state stays supported, and the old verdict returns with the switch
off.

The fixtures are this file's own (a rowing club, a sailing school).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import excluded_items
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

ROWING = [Document(id="rc-3", content="Club boats are lent free for the first month. After that, members rent a "
                                      "single scull for 4 000 Ft a month or bring their own. A buoyancy vest is "
                                      "compulsory; the boathouse sells them for 7 500 Ft.")]
SAILING = [Document(id="ss-1", content="Day Skipper: 5 days, GBP 640.00 incl. the logbook. Shore theory is extra: "
                                       "GBP 150.00. Two rounds of coaching are included, and each extra round is "
                                       "GBP 40.00.")]

PRICED_CASE = ("After the first month you rent a single scull for 4 000 Ft a month; the buoyancy vest is included "
               "in the rent.", ROWING, "and after the first month?")
EXTRA_CASE = ("5 days and GBP 640.00, with the logbook and the shore theory both included.", SAILING,
              "What does the Day Skipper cost all in?")


@pytest.mark.parametrize(("answer", "docs", "query"), [PRICED_CASE, EXTRA_CASE])
def test_an_inclusion_the_texts_price_is_contradicted(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["contradicted"]


@pytest.mark.parametrize(("answer", "docs", "query"), [PRICED_CASE, EXTRA_CASE])
def test_without_the_switch_the_old_verdict_returns(answer: str, docs: list[Document], query: str) -> None:
    with fresh_scores(), patch.object(excluded_items, "READ_PRICED_INCLUSIONS", False):
        assert _verdicts(answer, docs, query) == ["supported"]


# ---- controls: what the texts include stays supported; the excluded thing priced; a wrong figure stays flagged --

@pytest.mark.parametrize(("answer", "docs", "query"), [
    # an inclusion the texts state ("incl." and "are included"), though they price more rounds
    ("5 days and GBP 640.00, with the logbook included.", SAILING, "What does the Day Skipper cost all in?"),
    ("Day Skipper is GBP 640.00 for 5 days, with two rounds of coaching included.", SAILING,
     "What does the Day Skipper cost?"),
    # the priced thing given its own price, not included
    ("After the first month you rent a single scull for 4 000 Ft a month; the boathouse sells buoyancy vests for "
     "7 500 Ft.", ROWING, "and after the first month?"),
])
def test_control_a_stated_inclusion_stays_supported(answer: str, docs: list[Document], query: str) -> None:
    assert _verdicts(answer, docs, query) == ["supported"]


def test_control_a_thing_included_in_a_set_is_not_read() -> None:
    """"the buoyancy vest included" inside a list of what a rule covers is no inclusion in a price: not read."""
    assert excluded_items.included_things("Every boat, the single scull included, needs a checkout first.") == []


def test_control_a_wrong_figure_beside_a_stated_inclusion_stays_flagged() -> None:
    """The right inclusion beside a wrong price: the price is still caught."""
    answer = "5 days and GBP 690.00, with the logbook included."
    assert _verdicts(answer, SAILING, "What does the Day Skipper cost all in?") != ["supported"]

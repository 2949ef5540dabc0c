"""A weekday inside a group of days the evidence gives the same figure
(:data:`llmops_kit.grouped_days.READ_GROUPED_DAYS`): "3 × €14 = €42 on Sunday" of "€11 a head on weekdays and €14 at
weekends" names Sunday, which no text writes, but the €14 it is given is the weekends' own; so is Wednesday given the
€11 of "Monday to Thursday". Controls: a weekday given the other group's figure ("€14 on Tuesday"), and a day outside
every group, stay absent; with the switch off the day is absent again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import grouped_days
from llmops_kit.grouped_days import grouped_weekdays
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

PRICES = "A session is €11 a head on weekdays and €14 at weekends, drinks included."
LANES = "Lanes cost €11 an hour Monday to Thursday and €15 an hour Friday to Saturday."
DOCS = [Document(id="rink-1", content=PRICES)]
ASKED = "Three of us could come Tuesday or Sunday. Which works out cheaper?"


@pytest.mark.parametrize(("claim", "texts", "days"), [
    ("Tuesday: 3 × €11 = €33, against 3 × €14 = €42 on Sunday.", [PRICES], {"sunday"}),
    ("It's €14 each on a Sunday.", [PRICES], {"sunday"}),
    ("On Wednesday a lane is €11 an hour.", [LANES], {"wednesday"}),
])
def test_a_day_given_its_groups_figure_is_held(claim: str, texts: list[str], days: set[str]) -> None:
    assert grouped_weekdays(claim, days, texts) == frozenset(days)


@pytest.mark.parametrize(("claim", "texts", "day"), [
    ("It's €14 each on a Tuesday.", [PRICES], "tuesday"),  # the weekends' figure given to a weekday
    ("On Wednesday a lane is €15 an hour.", [LANES], "wednesday"),  # Friday to Saturday's figure
    ("On Sunday a lane is €15 an hour.", [LANES], "sunday"),  # no group holds Sunday
    ("We're open on Sunday.", [PRICES], "sunday"),  # no figure to pair the day with
])
def test_controls_stay_names_to_find(claim: str, texts: list[str], day: str) -> None:
    assert grouped_weekdays(claim, {day}, texts) == frozenset()


def test_the_answer_is_supported_and_the_swapped_price_is_not() -> None:
    assert _verdicts("Tuesday is cheaper: 3 × €11 = €33, against 3 × €14 = €42 on Sunday.", DOCS,
                     ASKED) == ["supported"]
    assert "absent" in _verdicts("Sunday is cheaper: 3 × €11 = €33, against 3 × €14 = €42 on Tuesday.", DOCS,
                                 ASKED)


def test_switched_off_the_day_is_absent_again() -> None:
    with fresh_scores(), patch.object(grouped_days, "READ_GROUPED_DAYS", False):
        assert _verdicts("Tuesday is cheaper: 3 × €11 = €33, against 3 × €14 = €42 on Sunday.", DOCS,
                         ASKED) == ["absent"]

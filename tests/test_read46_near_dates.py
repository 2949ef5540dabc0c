"""A date a few days from the customer's, offered with its own weekday (:data:`llmops_kit.near_dates.READ_NEAR_DATES`):
"2027/06/14 is a Monday, when we're shut. Tuesday 2027/06/15 has tables from 11:00" to a request for 2027/06/14
holds the 15 no text writes; so does "Saturday 12 June", two days back. Controls: a weekday the calendar does not give
that date, and a date weeks away, stay absent; with the switch off the offered day is absent again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import near_dates
from llmops_kit.near_dates import near_named_dates
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

ASKED = "Can I have a table for 4 on 2027/06/14 at 13:00?"
DOCS = [Document(id="tea-3", content="We serve Tuesday to Sunday from 11:00 to 18:00 and are shut on Mondays."),
        Document(id="tool:reserve", content="reserved: False\nreason: closed on Mondays")]
OFFER = "2027/06/14 is a Monday, when we're shut. Tuesday 2027/06/15 has tables from 11:00 if you like."


@pytest.mark.parametrize(("claim", "figures"), [
    ("Tuesday 2027/06/15 has tables from 11:00.", {"15", "6"}),
    ("We could seat you on Saturday 12 June instead.", {"12", "6"}),
    ("How about 2027-06-16 (a Wednesday)?", {"16", "6"}),
])
def test_a_near_date_with_its_weekday_is_held(claim: str, figures: set[str]) -> None:
    assert near_named_dates(claim, ASKED) == frozenset(figures)


@pytest.mark.parametrize("claim", [
    "Thursday 2027/06/15 has tables from 11:00.",  # 15 June 2027 is a Tuesday
    "Tuesday 2027/07/13 has tables from 11:00.",  # a Tuesday, but a month away
    "2027/06/15 has tables from 11:00.",  # no weekday says which day is meant
])
def test_controls_are_not_held(claim: str) -> None:
    assert near_named_dates(claim, ASKED) == frozenset()


def test_the_offer_is_supported_and_the_misnamed_day_is_not() -> None:
    assert _verdicts(OFFER, DOCS, ASKED)[-1] == "supported"
    assert _verdicts(OFFER.replace("Tuesday 2027", "Thursday 2027"), DOCS, ASKED)[-1] == "absent"


def test_switched_off_the_offered_day_is_absent_again() -> None:
    with fresh_scores(), patch.object(near_dates, "READ_NEAR_DATES", False):
        assert _verdicts(OFFER, DOCS, ASKED)[-1] == "absent"

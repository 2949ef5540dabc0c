"""An amount for a duration at the one rate a source gives per its unit for the claim's subject
(:data:`llmops_kit.rate_totals.READ_RATE_TOTALS`): "Two hours on the court with lights come to £60" where the
customer books 17:00–19:00 and the article says "Indoor court with lights: £30 per hour". Controls: the rate of the
court without lights, a wrong product, a duration nobody gave, and a claim whose words fit both rates stay flagged;
with the switch off the amount is a figure nobody gave again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import rate_totals
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

HALL = [Document(id="sc-2", content="Indoor court with lights: £30 per hour. "
                                    "Indoor court without lights: £20 per hour. "
                                    "Rackets can be hired at the desk for £3 each.")]
ASKED = "Indoor court with lights on Friday, 17:00–19:00. How much will it be?"
PRICED = "Two hours on the court with lights come to £60. Rackets are £3 each at the desk."


def _held(answer: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, HALL, query=ASKED).support)


def test_the_slot_at_its_rate_is_held() -> None:
    assert _held(PRICED)


@pytest.mark.parametrize("answer", [
    PRICED.replace("£60", "£40"),  # the rate of the court without lights
    PRICED.replace("£60", "£70"),  # a wrong product
    PRICED.replace("Two hours", "Three hours").replace("£60", "£90"),  # three hours nobody gave
    PRICED.replace(" with lights", ""),  # "the court" fits both rates
])
def test_a_wrong_total_stays_flagged(answer: str) -> None:
    assert not _held(answer)


def test_switched_off_the_total_is_unexplained_again() -> None:
    with patch.object(rate_totals, "READ_RATE_TOTALS", False):
        assert not _held(PRICED)


def test_a_unit_written_with_an_odd_letter_is_read_not_raised() -> None:
    """A case-blind pattern matches "hourſ" (long s) and "mınutes" (dotless i); the unit is looked up by its ASCII
    key, so the reading neither raises KeyError nor loses the duration (control: the same claim spelled plainly)."""
    rate = ("Turf net with bowling machine: ₹1,800 per hour.",)
    for claim in ("Two hourſ on the machine net are ₹3,600", "Two hours on the machine net are ₹3,600"):
        assert rate_totals.rate_totals({"3600"}, claim.replace("Two", "2"), rate, lambda n: True) == {"3600"}
    assert rate_totals.rate_totals({"90"}, "2 mınutes of coaching are ₹90", ("Coaching: ₹45 per minute.",),
                                   lambda n: True) == {"90"}

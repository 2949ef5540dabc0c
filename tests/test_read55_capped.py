"""A charge worked from a rate and a usage where the article caps it or sets a floor on it
(:data:`llmops_kit.capped_charges.READ_CAPPED_CHARGES`, the ``capped55`` round).

The plain product of the usage and the rate ("30 km at €2.10 a km: €63.00") holds every figure a text holds or
derives, so it passed where the article's minimum charge (or its daily cap, or a minimum in time) makes the charge
another figure; and the right charge ("Tuesday 10,50 €, 30,50 € in all" under a cap per day, "$100" for an 8-minute
call under a 30-minute minimum) read as invented. Controls: the bound written and applied, a usage inside the bound,
a minimum of an order (no floor of the rate), and the switch off giving the old verdicts."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import capped_charges
from llmops_kit.capped_charges import bounded_rates
from llmops_kit.evidence_readers import render_tool_output
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

VAN = [Document(id="VH-1", content="Van hire is €2.10 per km, counted from our yard and back, with a minimum charge "
                                   "of €80 per trip. A second driver adds €15.")]
VAN_ASKED = "How much is the van for a 30 km trip?"

PARKING = [Document(id="PK-2", content="Parking is 3,50 € per hour, and you never pay more than 20,00 € in one "
                                       "calendar day. Each calendar day is capped on its own."),
           Document(id="tool:parking_log", content=render_tool_output(
               {"plate": "AB-123", "hours_per_day": {"Mon": 8, "Tue": 3}}))]
PARKING_ASKED = "What should my parking for plate AB-123 have cost this week?"
PARKED_PLAINLY = "Your log shows 8 and 3 hours: 11 hours at 3,50 € each, which is 38,50 € this week."

DIGGER = [Document(id="DG-9", content="The mini digger is hired by the hour at $80 per started hour, and never more "
                                      "than $400 for a calendar day.")]
DIGGER_ASKED = "I had the digger from 7:00am to 4:00pm on Friday. What do I owe?"

CALLS = [Document(id="AD-3", content="Advice calls are billed at $50 per started 15 minutes, with a minimum charge "
                                     "of 30 minutes.")]
CALLS_ASKED = "My advice call lasted 8 minutes. What will it cost?"



def test_a_product_under_the_minimum_charge_is_flagged() -> None:
    assert fresh_verdicts("30 km at €2.10 a km: €63.00 for the trip.", VAN, VAN_ASKED) != ["supported"]


def test_a_product_over_a_daily_cap_of_a_record_of_days_is_flagged() -> None:
    assert fresh_verdicts(PARKED_PLAINLY, PARKING, PARKING_ASKED) != ["supported"]


def test_a_product_over_a_daily_cap_in_one_clock_range_is_flagged() -> None:
    answer = "7:00am to 4:00pm is 9 hours at $80, so you owe $720."
    assert fresh_verdicts(answer, DIGGER, DIGGER_ASKED) != ["supported"]


def test_a_usage_under_a_minimum_in_time_charged_as_one_block_is_flagged() -> None:
    answer = "An 8-minute call is one started quarter-hour, so you pay $50."
    assert fresh_verdicts(answer, CALLS, CALLS_ASKED) != ["supported"]


def test_the_capped_charges_of_a_record_of_days_are_held() -> None:
    answer = "Monday reaches the cap, 20,00 €, and Tuesday is 10,50 €: 30,50 € in all."
    assert fresh_verdicts(answer, PARKING, PARKING_ASKED) == ["supported"]


def test_a_minimum_in_time_charged_at_the_rate_is_held() -> None:
    answer = "The minimum charge is 30 minutes, so your 8-minute call is billed at $100."
    assert fresh_verdicts(answer, CALLS, CALLS_ASKED) == ["supported"]


def test_control_the_minimum_applied_in_words_is_supported() -> None:
    answer = "30 km at €2.10 a km comes to less than the minimum charge of €80 per trip, so you pay €80.00."
    assert fresh_verdicts(answer, VAN, VAN_ASKED) == ["supported"]


def test_control_a_product_over_the_minimum_is_supported() -> None:
    assert fresh_verdicts("50 km at €2.10 a km: €105.00 for the trip.", VAN,
                          "How much is the van for a 50 km trip?") == ["supported"]


def test_control_a_product_under_the_daily_cap_is_supported() -> None:
    answer = "9:00am to 1:00pm is 4 hours at $80, so you owe $320."
    assert fresh_verdicts(answer, DIGGER, "I had the digger from 9:00am to 1:00pm on Friday. What do I owe?") == [
        "supported"]


def test_control_a_minimum_of_an_order_is_no_floor_of_the_rate() -> None:
    shop = [Document(id="SH-1", content="Delivery is $5 per kg, and free on orders with a minimum of $50.")]
    assert bounded_rates((shop[0].content,)) == ()
    assert fresh_verdicts("3 kg at $5 per kg: $15 for delivery.", shop, "Delivery for 3 kg?") == ["supported"]


def test_switch_off_the_plain_products_pass_and_the_capped_charges_do_not() -> None:
    with fresh_scores(), patch.object(capped_charges, "READ_CAPPED_CHARGES", False):
        assert fresh_verdicts("30 km at €2.10 a km: €63.00 for the trip.", VAN, VAN_ASKED) == ["supported"]
        assert fresh_verdicts("7:00am to 4:00pm is 9 hours at $80, so you owe $720.", DIGGER,
                              DIGGER_ASKED) == ["supported"]
        assert fresh_verdicts(PARKED_PLAINLY, PARKING, PARKING_ASKED) == ["supported"]
        assert fresh_verdicts("An 8-minute call is one started quarter-hour, so you pay $50.", CALLS,
                              CALLS_ASKED) == ["supported"]
        assert fresh_verdicts("The minimum charge is 30 minutes, so your 8-minute call is billed at $100.", CALLS,
                              CALLS_ASKED) != ["supported"]
        assert fresh_verdicts("Monday reaches the cap, 20,00 €, and Tuesday is 10,50 €: 30,50 € in all.", PARKING,
                              PARKING_ASKED) != ["supported"]

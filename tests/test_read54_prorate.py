"""A period's charge worked for part of a month, and a currency mark written with a dot before its amount (the
``prorate54`` round).

- :data:`llmops_kit.prorated_charges.READ_PRORATED_CHARGES`: "14 days, from 18 to 31 March with your first day
  counted, at € 465,00 ÷ 31 days" is held when the range starts on the customer's date and a rule counts the first
  day and the actual days; "From April it's the full ..." is the month after the customer's date.
- :data:`llmops_kit.text.split.READ_DOTTED_MARKS`: "Rs. 7,000.00" ends no sentence.

Controls: the wrong twins of the same answers stay flagged (the first day left out, a 31-day divisor where the rule
fixes 30, a one-off fee prorated), and each switch off gives the old verdict."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import prorated_charges
from llmops_kit.quality import Document
from llmops_kit.text import split as text_split
from llmops_kit.text import split_sentences

from .verdict_cases import fresh_scores, fresh_verdicts

ROOM = [Document(id="SP-03", content=(
    "Rent Sala D as your own 24/7 lockout room: € 465,00 per calendar month, paid by the 5th. If you start part-way "
    "through a month, you pay only for the days left in it, your first day counted, worked out on the actual number "
    "of days in that month."))]
ROOM_ASKED = "We'd like Sala D as our lockout room from Thursday 18/03/2027. What do we pay for March?"
ROOM_RIGHT = ("For March you pay € 210,00: 14 days, from 18 to 31 March with your first day counted, at € 465,00 ÷ 31 "
              "days.")

PLAN = [Document(id="AQ-2", content=(
    "Standard driveway: monthly plan 84 000 ₸ per calendar month. You can join the monthly plan on any day. For your "
    "first month you pay 2 800 ₸ for each day left in it, the day you join counted: we count every month as 30 days, "
    "whatever the calendar says. From the next month you pay the full monthly price."))]
PLAN_ASKED = "We want the monthly plan from 10.01.2027. What do I pay for January?"

BED = [Document(id="MH-A1", content=(
    "Electric hospital bed: ₪600 per calendar month. For the first month you pay only for the days from the delivery "
    "day to the end of that month, the delivery day counted, by the actual number of days in the month. Delivery and "
    "set-up: ₪240, charged once in full, never split by days."))]
BED_ASKED = "The bed should be delivered on Wednesday 21 April 2027. What do we pay for April, with delivery?"


def test_a_part_month_charge_on_the_actual_days_is_supported() -> None:
    assert fresh_verdicts(ROOM_RIGHT, ROOM, ROOM_ASKED) == ["supported"]


def test_switch_off_the_part_month_charge_is_flagged_again() -> None:
    with fresh_scores(), patch.object(prorated_charges, "READ_PRORATED_CHARGES", False):
        assert fresh_verdicts(ROOM_RIGHT, ROOM, ROOM_ASKED) != ["supported"]


def test_control_the_first_day_left_out_stays_flagged() -> None:
    wrong = "For March you pay € 195,00: 13 days, from 19 to 31 March, at € 465,00 ÷ 31 days."
    assert fresh_verdicts(wrong, ROOM, ROOM_ASKED) != ["supported"]
    miscount = "For March you pay € 195,00: 13 days, from 18 to 31 March with your first day counted, at € 465,00 ÷ 31."
    assert fresh_verdicts(miscount, ROOM, ROOM_ASKED) != ["supported"]


def test_control_a_rule_that_does_not_count_the_first_day_holds_no_range() -> None:
    rule = [Document(id="SP-03", content=ROOM[0].content.replace("your first day counted, ", ""))]
    answer = "For March you pay € 210,00: 14 days, from 18 to 31 March, at € 465,00 ÷ 31 days."
    assert fresh_verdicts(answer, rule, ROOM_ASKED) != ["supported"]


def test_a_daily_rate_of_a_fixed_month_is_supported() -> None:
    answer = "For January you pay 61 600 ₸: 22 days, 10 to 31 January with your first day counted, at 2 800 ₸ a day."
    assert fresh_verdicts(answer, PLAN, PLAN_ASKED) == ["supported"]


def test_control_the_actual_days_where_the_rule_fixes_thirty_stays_flagged() -> None:
    wrong = "For January you pay 59 613 ₸: 22 days, 10 to 31 January, 84 000 ₸ × 22/31."
    assert fresh_verdicts(wrong, PLAN, PLAN_ASKED) != ["supported"]


def test_a_prorated_bed_with_its_fee_in_full_is_supported_and_the_fee_prorated_is_not() -> None:
    right = ("For April you pay ₪440: the bed from 21 to 30 April is 10 of April's 30 days, ₪600 × 10/30 = ₪200, and "
             "delivery and set-up is ₪240 in full.")
    assert fresh_verdicts(right, BED, BED_ASKED) == ["supported"]
    wrong = ("For April you pay ₪280: the bed from 21 to 30 April is 10 of April's 30 days, so ₪200 for the bed and "
             "₪80 for delivery and set-up, both by the days.")
    assert fresh_verdicts(wrong, BED, BED_ASKED) != ["supported"]


def test_the_month_after_the_customers_date_is_no_invented_name() -> None:
    answer = ROOM_RIGHT + " From April it's the full € 465,00 a month, due by the 5th."
    assert fresh_verdicts(answer, ROOM, ROOM_ASKED) == ["supported", "supported"]
    assert prorated_charges.following_months({"april"}, "From April it's the full € 465,00", ROOM_ASKED) == {"april"}
    # control: a month that is not the next one stays a name to find
    assert prorated_charges.following_months({"june"}, "From June it's the full € 465,00", ROOM_ASKED) == set()
    with patch.object(prorated_charges, "READ_PRORATED_CHARGES", False):
        assert prorated_charges.following_months({"april"}, "From April it's the full", ROOM_ASKED) == set()


def test_a_dotted_currency_mark_ends_no_sentence() -> None:
    assert split_sentences("Total Rs. 44,800.00. Then Rp. 150.000 more.") == ["Total Rs. 44,800.00.",
                                                                            "Then Rp. 150.000 more."]
    # control: a lower-case word before a figure, and a mark after its figure, still end a sentence
    assert split_sentences("He said rs. 5 things.") == ["He said rs.", "5 things."]
    with fresh_scores(), patch.object(text_split, "READ_DOTTED_MARKS", False):
        text_split.sentences_of.cache_clear()
        assert split_sentences("Total Rs. 44,800.00 today.") == ["Total Rs.", "44,800.00 today."]
    text_split.sentences_of.cache_clear()

"""A pricing tool's per-unit price charged once in a worked quote for two or more of its unit
(:data:`llmops_kit.once_charged.READ_ONCE_CHARGED`, the ``count54`` round). "Wetsuit €4.00" in a sum for three hours
of hire, where the tool prices the wetsuit per hour and the record (or the customer) counts three hours, charges one
hour: every figure is held and the sum adds up, so it passed. Controls: the line taken the count times, the price
stated as a rate, a subtotal per unit taken the count times, a count of one, a count shared out with "each", a price
with no unit counted, and the switch off giving the old verdict."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import once_charged
from llmops_kit.evidence_readers import render_tool_output
from llmops_kit.once_charged import once_charged_prices
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

HIRE = [Document(id="tool:hire_quote", content=render_tool_output(
    {"boat": "sit-on-top kayak", "hours": 3, "kayak_eur_per_hour": 12.0, "wetsuit_eur_per_hour": 4.0,
     "dry_bag_eur": 2.0}))]
HIRE_ASKED = "A sit-on-top kayak for 3 hours with a wetsuit and a dry bag: how much?"

GARDEN = [Document(id="tool:price_quote", content=render_tool_output(
    {"callout_gbp": 40, "garden_visit_gbp": 25, "green_bin_gbp": 8}))]
GARDEN_ASKED = "One callout, 3 garden visits and a green bin this month: what do I pay?"

PRINTS = [Document(id="tool:order_quote", content=render_tool_output(
    {"print_a3_gbp": 20.0, "ship_uk_gbp": 6.5, "items_to_ship": 3}))]
PRINTS_ASKED = "Three A3 prints, all shipped to Leeds - total?"


def test_a_per_hour_price_charged_once_for_three_hours_is_flagged() -> None:
    answer = "Kayak 3 × €12.00 = €36.00, wetsuit €4.00, dry bag €2.00: €42.00 in all."
    assert fresh_verdicts(answer, HIRE, HIRE_ASKED) != ["supported"]


def test_a_price_per_visit_charged_once_for_the_customers_three_visits_is_flagged() -> None:
    answer = "£40 for the callout + £25 for the garden visits + £8 for the bin = £73 this month."
    assert fresh_verdicts(answer, GARDEN, GARDEN_ASKED) != ["supported"]


def test_a_price_per_item_shipped_charged_once_for_three_items_is_flagged() -> None:
    answer = "3 × £20.00 + £6.50 shipping = £66.50."
    assert fresh_verdicts(answer, PRINTS, PRINTS_ASKED) != ["supported"]


def test_switch_off_the_lines_charged_once_pass_as_before() -> None:
    with fresh_scores(), patch.object(once_charged, "READ_ONCE_CHARGED", False):
        assert fresh_verdicts("Kayak 3 × €12.00 = €36.00, wetsuit €4.00, dry bag €2.00: €42.00 in all.", HIRE,
                              HIRE_ASKED) == ["supported"]
        assert fresh_verdicts("3 × £20.00 + £6.50 shipping = £66.50.", PRINTS, PRINTS_ASKED) == ["supported"]


def test_control_the_line_taken_the_count_times_is_supported() -> None:
    answer = "Kayak 3 × €12.00 = €36.00, wetsuit 3 × €4.00 = €12.00, dry bag €2.00: €50.00 in all."
    assert fresh_verdicts(answer, HIRE, HIRE_ASKED) == ["supported"]
    assert fresh_verdicts("£40 for the callout + 3 × £25 for the garden visits + £8 for the bin = £123 this month.",
                          GARDEN, GARDEN_ASKED) == ["supported"]
    assert fresh_verdicts("3 × £20.00 + 3 × £6.50 shipping = £79.50.", PRINTS, PRINTS_ASKED) == ["supported"]


def test_control_a_price_stated_as_a_rate_is_no_line_total() -> None:
    texts = tuple(d.content for d in HIRE)
    claim = "Kayak 3 × €12.00 = €36.00, plus the wetsuit at €4.00 an hour: €48.00 in all"
    assert once_charged_prices(claim, texts, user_text=HIRE_ASKED, answer_text=claim) == ()
    claim = "The wetsuit is €4.00 an hour + the kayak €12.00 an hour = €16.00 an hour"
    assert once_charged_prices(claim, texts, user_text=HIRE_ASKED, answer_text=claim) == ()


def test_control_a_subtotal_per_unit_taken_the_count_times_is_left_alone() -> None:
    texts = tuple(d.content for d in HIRE)
    claim = "Kayak €12.00 + wetsuit €4.00 = €16.00 an hour, so €48.00 for the 3 hours, plus €2.00 for the bag"
    assert once_charged_prices(claim, texts, user_text=HIRE_ASKED, answer_text=claim) == ()
    claim = "(€12.00 + €4.00) × 3 = €48.00, plus the bag €2.00: €50.00"
    assert once_charged_prices(claim, texts, user_text=HIRE_ASKED, answer_text=claim) == ()


def test_control_a_count_of_one_or_none_leaves_the_price_once() -> None:
    texts = tuple(d.content for d in GARDEN)
    claim = "£40 for the callout + £25 for the garden visit + £8 for the bin = £73"
    assert once_charged_prices(claim, texts, user_text="One callout, 1 garden visit and a green bin, please.",
                               answer_text=claim) == ()
    # the bin and the callout: no count of either, so their prices are charged once
    claim = "£40 for the callout + 3 × £25 for the garden visits + £8 for the bin = £123"
    assert once_charged_prices(claim, texts, user_text=GARDEN_ASKED, answer_text=claim) == ()


def test_control_a_count_shared_out_or_named_without_a_count_is_left_alone() -> None:
    texts = tuple(d.content for d in GARDEN)
    claim = "£40 for the callout + £25 for the garden visits + £8 for the bin = £73"
    assert once_charged_prices(claim, texts, user_text="Two gardens, 3 garden visits each: the price?",
                               answer_text=claim) == ()
    assert once_charged_prices(claim, texts, user_text="3 garden visits, but the last garden visit is free?",
                               answer_text=claim) == ()


def test_control_a_price_that_is_no_count_is_not_read_as_one() -> None:
    # "dry bag eur: 2.0" is a price; a record field with a decimal or without a plural names no count
    texts = (render_tool_output({"delivery_try": 200, "per_day_try": 250}),)
    claim = "9 × ₺250 + ₺200 delivery = ₺2.450"
    assert once_charged_prices(claim, texts, user_text="9 days of pocket Wi-Fi delivered to my hotel",
                               answer_text=claim) == ()


def test_control_a_claim_about_one_unit_or_a_batch_price_is_left_alone() -> None:
    texts = tuple(d.content for d in HIRE)
    claim = "The first hour is €12.00 + €4.00 + €2.00 for the bag = €18.00"
    assert once_charged_prices(claim, texts, user_text=HIRE_ASKED, answer_text=claim) == ()
    claim = "Kayak €36.00 + wetsuit €4.00 for each of the 3 hours = €48.00"
    assert once_charged_prices(claim, texts, user_text=HIRE_ASKED, answer_text=claim) == ()
    # a price for a batch of the unit ("package 3 hours") is no price per unit
    batch = (render_tool_output({"hours": 3, "package_3_hours_eur": 60.0, "wetsuit_eur": 4.0}),)
    claim = "Package €60.00 + wetsuit €4.00 = €64.00"
    assert once_charged_prices(claim, batch, user_text=HIRE_ASKED, answer_text=claim) == ()


def test_control_a_price_in_brackets_under_a_count_and_a_grouped_figure_are_read_right() -> None:
    # "4 × (45 zł + 15 zł ...)": the bracket is taken four times
    texts = (render_tool_output({"fit_per_tyre_pln": 45, "run_flat_extra_pln": 15}),)
    claim = "Fitting: 4 × (45 zł + 15 zł run-flat) = 240 zł"
    assert once_charged_prices(claim, texts, user_text="4 run-flats fitted, please", answer_text=claim) == ()
    assert once_charged_prices("Fitting: 4 × 45 zł + 15 zł run-flat = 195 zł", texts,
                               user_text="4 run-flats fitted, please",
                               answer_text="Fitting: 4 × 45 zł + 15 zł run-flat = 195 zł") == ("15",)
    # "a ₺3.200 tiara" is one tiara at ₺3.200, not 200 tiaras
    texts = (render_tool_output({"gown_try": 72000, "tiara_try": 3200}),)
    claim = "₺72.000 + ₺3.200 = ₺75.200"
    assert once_charged_prices(claim, texts, user_text="A ₺72.000 gown and a ₺3.200 tiara: the total?",
                               answer_text=claim) == ()

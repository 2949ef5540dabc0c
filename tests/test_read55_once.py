"""A pricing tool's per-unit price charged once on a line of a worked quote
(:data:`llmops_kit.once_charged.READ_QUOTE_LINES`, the ``once55`` round). "Crates: €4.00." in a quote for three
crates is split into a bare claim "€4.00", with no sum of its own; "The second horse: £40" is charged for one of the
two journeys the answer itself counts; "Batteries: 2 × €3.00" of a battery priced per day takes the batteries and
drops the days. Every figure is held and the sums add up, so each passed. Controls: the line taken the count times,
a field pricing one more of a unit ("second horse") read against the count of horses, a factor that is no count the
customer gives (hours split between two rates), a price per unit past an allowance, and the switch off."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import once_charged
from llmops_kit.evidence_readers import render_tool_output
from llmops_kit.grounding import FABRICATED
from llmops_kit.once_charged import once_charged_prices
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

CRATES = [Document(id="tool:farm_quote", content=render_tool_output(
    {"crate_20kg_eur": 4.0, "jar_1l_eur": 1.5, "delivery_eur": 12.0}))]
CRATES_ASKED = "I'd like 3 crates and 6 jars delivered to the village: what is the total?"

HORSES = [Document(id="tool:transport_quote", content=render_tool_output(
    {"per_mile_gbp": 1.9, "second_horse_per_journey_gbp": 40}))]
HORSES_RETURN = "Two horses to the county show and back, 20 miles each way. What will it cost?"
HORSES_ONE_WAY = "Two horses to the county show, 20 miles. What will it cost?"

KIT = [Document(id="tool:hire_quote", content=render_tool_output(
    {"camera_per_day_eur": 20, "battery_per_day_eur": 3}))]
KIT_ASKED = "A camera and 2 spare batteries for 4 days: how much?"

CRATES_ONCE = "Crates: €4.00. Jars: 6 × €1.50 = €9.00. Delivery €12.00. Total €25.00."
HORSE_ONCE = "Each way 20 × £1.90 = £38.00, so £76.00 for the two journeys. The second horse: £40. Total £116.00."
BATTERIES_SHORT = "Camera: 4 × €20 = €80. Batteries: 2 × €3 = €6. Total €86."


def _flagged(answer: str, docs: list[Document], asked: str) -> bool:
    """Does a claim of the answer come out fabricated (a figure found unheld)? The total's own verdict, decided by
    meaning, is no part of what these tests check."""
    return any(v in FABRICATED for v in fresh_verdicts(answer, docs, asked))


def test_a_bare_line_of_a_quote_charged_once_for_three_crates_is_flagged() -> None:
    assert _flagged(CRATES_ONCE, CRATES, CRATES_ASKED)
    assert once_charged_prices("€4.00", (CRATES[0].content,), user_text=CRATES_ASKED,
                               answer_text="€4.00 6 × €1.50 = €9.00 €12.00 Total €25.00") == ("4",)


def test_a_per_journey_price_charged_once_for_the_answers_two_journeys_is_flagged() -> None:
    assert _flagged(HORSE_ONCE, HORSES, HORSES_RETURN)


def test_a_per_day_price_taken_for_the_items_and_not_the_days_is_flagged() -> None:
    assert _flagged(BATTERIES_SHORT, KIT, KIT_ASKED)


def test_a_dinar_price_written_after_its_figure_is_read_on_a_bare_line() -> None:
    texts = (render_tool_output({"tin_16l_jod": 3.5, "bottle_1l_jod": 0.75}),)
    asked = "500 kg of olives, and I'd like 4 tins and 10 bottles for the oil. What is the total?"
    assert once_charged_prices("3.500 JD", texts, user_text=asked,
                               answer_text="3.500 JD 10 × 0.750 = 7.500 JD Total 11.000 JD") == ("3.5",)
    assert once_charged_prices("4 × 3.500 = 14.000 JD", texts, user_text=asked,
                               answer_text="4 × 3.500 = 14.000 JD 10 × 0.750 = 7.500 JD Total 21.500 JD") == ()


def test_switch_off_the_quote_lines_pass_as_before() -> None:
    with fresh_scores(), patch.object(once_charged, "READ_QUOTE_LINES", False):
        assert not _flagged(CRATES_ONCE, CRATES, CRATES_ASKED)
        assert not _flagged(HORSE_ONCE, HORSES, HORSES_RETURN)
        assert not _flagged(BATTERIES_SHORT, KIT, KIT_ASKED)


def test_control_the_lines_taken_the_count_times_are_supported() -> None:
    assert not _flagged("Crates: 3 × €4.00 = €12.00. Jars: 6 × €1.50 = €9.00. Delivery €12.00. Total €33.00.",
                        CRATES, CRATES_ASKED)
    assert not _flagged("Each way 20 × £1.90 = £38.00, so £76.00 for the two journeys. The second horse: 2 × £40 "
                        "= £80. Total £156.00.", HORSES, HORSES_RETURN)
    assert not _flagged("Camera: 4 × €20 = €80. Batteries: 2 × €3 × 4 days = €24. Total €104.", KIT, KIT_ASKED)


def test_control_a_second_horse_is_not_counted_by_the_count_of_horses() -> None:
    answer = "20 × £1.90 = £38.00. The second horse: £40. Total £78.00."
    assert not _flagged(answer, HORSES, HORSES_ONE_WAY)


def test_control_a_factor_that_is_no_count_the_customer_gives_is_left_alone() -> None:
    texts = (render_tool_output({"day_hour_ghs": 350, "evening_hour_ghs": 450}),)
    asked = "Three hours on Sunday from 3:00 pm to 6:00 pm. How much?"
    answer = "2 × GH₵350 = GH₵700 GH₵450 Total GH₵1,150"
    assert once_charged_prices("2 × GH₵350 = GH₵700", texts, user_text=asked, answer_text=answer) == ()


def test_control_a_price_past_an_allowance_is_left_alone() -> None:
    texts = (render_tool_output({"base_usd": 275, "miles_included": 15, "per_mile_beyond_usd": 4}),)
    asked = "We're 22 miles out. Total?"
    answer = "22 miles is 7 past the 15 included: 7 × $4 = $28 Total $275 + $28 = $303"
    assert once_charged_prices("22 miles is 7 past the 15 included: 7 × $4 = $28", texts, user_text=asked,
                               answer_text=answer) == ()


def test_control_a_bare_line_of_one_unit_is_left_alone() -> None:
    asked = "I'd like 1 crate delivered: total?"
    assert not _flagged("Crate: €4.00. Delivery €12.00. Total €16.00.", CRATES, asked)

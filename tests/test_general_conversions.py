"""Conversions by a factor of general knowledge (:mod:`llmops_kit.general_conversions`): stone and pounds, a
price per US gallon restated per litre, a temperature in the other scale, a product restated in the larger metric
unit. Each with its control: a wrong figure, a wrong factor or a price converted the wrong way stays flagged.

The fixtures are this file's own (a blood bank, a marina, a plant nursery, a paint shop).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import general_conversions
from llmops_kit.general_conversions import general_conversion
from llmops_kit.grounding import FABRICATED
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts

WEIGHT = [Document(id="kb-801", content="Donors must weigh at least 50 kg.")]
WEIGHT_Q = "I'm 9 stone 4. Can I donate?"
FUEL = [Document(id="kb-802", content="Unleaded petrol $5.20/gal at our US marina pump.")]
FUEL_Q = "What's unleaded per liter?"
PLANTS = [Document(id="kb-803", content="We ship seedlings only when the forecast is between 50 °F and 86 °F.")]
PLANTS_Q = "What is that in Celsius?"
PAINT = [Document(id="kb-804", content="Mix 1 kg of powder with 600 ml of water.")]
PAINT_Q = "How much water for 5 kg of powder?"


def test_stone_and_pounds_in_kilograms_are_worked_out() -> None:
    """9 stone 4 is 130 lb, about 59 kg (58.97)."""
    answer = "9 stone 4 is 130 lb, about 59 kg, so yes, you're over the 50 kg minimum."
    assert fresh_verdicts(answer, WEIGHT, WEIGHT_Q)[0] not in FABRICATED


def test_a_wrong_weight_in_kilograms_stays_flagged() -> None:
    """9 stone 4 is no 62 kg."""
    answer = "9 stone 4 is 130 lb, about 62 kg, so yes, you're over the 50 kg minimum."
    assert fresh_verdicts(answer, WEIGHT, WEIGHT_Q)[0] in FABRICATED


def test_a_price_per_us_gallon_per_litre_and_its_factor_are_held() -> None:
    """$5.20 a gallon is $1.37 a litre (5.20 / 3.785), and 3.785 is the US gallon."""
    answer = "$5.20 a gallon is about $1.37 a liter (a US gallon is 3.785 liters)."
    assert general_conversion("1.37", [5.2], answer)
    assert general_conversion("3.785", [5.2], answer)
    assert fresh_verdicts(answer, FUEL, FUEL_Q)[0] not in FABRICATED


def test_a_price_converted_the_wrong_way_stays_flagged() -> None:
    """$5.20 × 3.785 is a price per gallon of litres, not per litre; and 4.2 is no US gallon."""
    assert not general_conversion("19.68", [5.2], "$5.20 a gallon is about $19.68 a liter (a US gallon is 3.785 l)")
    assert general_conversion("18.9", [5.0], "5 US gallons is about 18.9 litres")
    assert not general_conversion("1.32", [5.0], "5 US gallons is about 1.32 litres")
    assert not general_conversion("4.2", [5.2], "$5.20 a gallon is about $1.24 a liter (a US gallon is 4.2 liters)")


def test_a_temperature_in_the_other_scale_is_worked_out() -> None:
    """50 °F is 10 °C and 86 °F is 30 °C."""
    answer = "They ship between 50 °F and 86 °F, which is 10 °C to 30 °C."
    assert fresh_verdicts(answer, PLANTS, PLANTS_Q)[0] not in FABRICATED


def test_a_wrong_temperature_stays_flagged() -> None:
    """86 °F is no 40 °C."""
    answer = "They ship between 50 °F and 86 °F, which is 10 °C to 40 °C."
    assert fresh_verdicts(answer, PLANTS, PLANTS_Q)[0] in FABRICATED


def test_a_product_in_the_larger_metric_unit_is_worked_out() -> None:
    """600 ml per kg for 5 kg is 3,000 ml: 3 litres."""
    assert general_conversion("3", [600.0, 5.0], "About 600 ml per kg, so 3 litres for 5 kg")
    assert not general_conversion("3.5", [600.0, 5.0], "About 600 ml per kg, so 3.5 litres for 5 kg")


def test_the_reading_switched_off_reads_nothing() -> None:
    """Off in the claim-decision fit."""
    with patch.object(general_conversions, "READ_GENERAL_FACTORS", False):
        assert not general_conversion("3", [600.0, 5.0], "About 600 ml per kg, so 3 litres for 5 kg")

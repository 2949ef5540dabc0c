"""An amount written with "kr" held by a record field or amount named by a code "kr" may stand for (the ``krfield55``
round). "The monthly fee is 4.380 kr", copied from a record's "monthly_fee_dkk: 4380", was *contradicted* by an
article's "costs 2.150 kr. per month" for a part-time place: the moved-figure readings met the claim's "kr" only in
figures written with "kr". "kr" names the krone and the krona (DKK, NOK, SEK, ISK), so a field or amount in any of
them with the same value holds it (:data:`llmops_kit.currency_fields.READ_CURRENCY_FIELDS`). Controls: another
value stays contradicted, a field in EUR or USD holds nothing for "kr", and the switch off gives the old verdict."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import currency_fields
from llmops_kit.evidence_readers import render_tool_output
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

PART_TIME = Document(id="BH-1.3", content="A part-time place in the kindergarten covers up to 30 hours a week, Monday "
                                          "to Friday, and costs 2.150 kr. per month. There are no part-time places "
                                          "in the nursery.")
ASKED = "When does SOL-2291 start, and what is the monthly fee?"
CHARGING = Document(id="FJ-2", content="Normal charging costs kr 3,50 per kWh.")
ASKED_PRICE = "What do I pay per kWh at Storo?"


def _child(field: str, fee: float | int = 4380) -> Document:
    return Document(id="tool:child_record", content=render_tool_output(
        {"child_ref": "SOL-2291", "group": "Mariehønen (vuggestue)", field: fee}))


def _station(field: str, price: float = 4.9) -> Document:
    return Document(id="tool:station", content=render_tool_output({"station": "Storo", field: price}))


@pytest.mark.parametrize("field", ["monthly_fee_dkk", "monthly_fee_nok", "monthly_fee_sek", "monthly_fee_isk"])
@pytest.mark.parametrize("fee", ["4.380 kr", "4380 kr", "4.380 kr."])
def test_a_kr_amount_is_held_by_a_nordic_field(field: str, fee: str) -> None:
    assert fresh_verdicts(f"The monthly fee is {fee}.", [PART_TIME, _child(field)], ASKED) == ["supported"]


@pytest.mark.parametrize(("price", "rival"), [("kr 4,90", "kr 3,50"), ("4,90 kr", "3,50 kr")])
def test_a_kr_price_is_held_by_a_krone_field_against_a_rival_sentence(price: str, rival: str) -> None:
    charging = Document(id="FJ-2", content=f"Normal charging costs {rival} per kWh.")
    answer = f"Charging costs {price} per kWh."
    assert fresh_verdicts(answer, [charging, _station("price_nok")], ASKED_PRICE) == ["supported"]
    with fresh_scores(), patch.object(currency_fields, "READ_CURRENCY_FIELDS", False):
        assert fresh_verdicts(answer, [charging, _station("price_nok")], ASKED_PRICE) == ["contradicted"]


def test_a_kr_amount_is_held_by_an_amount_written_with_a_nordic_code() -> None:
    coded = Document(id="BH-1.1", content="A full-time nursery place costs DKK 4,380 a month.")
    assert fresh_verdicts("The monthly fee is 4.380 kr.", [PART_TIME, coded], ASKED) == ["supported"]
    euro = Document(id="BH-1.1", content="A full-time nursery place costs EUR 4,380 a month.")
    assert fresh_verdicts("The monthly fee is 4.380 kr.", [PART_TIME, euro], ASKED) == ["contradicted"]


def test_control_another_value_stays_contradicted() -> None:
    assert fresh_verdicts("The monthly fee is 4.390 kr.", [PART_TIME, _child("monthly_fee_dkk")],
                          ASKED) == ["contradicted"]
    answer = "Charging costs kr 4,80 per kWh."
    assert fresh_verdicts(answer, [CHARGING, _station("price_nok")], ASKED_PRICE) == ["contradicted"]


@pytest.mark.parametrize("field", ["monthly_fee_eur", "monthly_fee_usd"])
def test_control_kr_is_not_held_by_a_euro_or_dollar_field(field: str) -> None:
    assert fresh_verdicts("The monthly fee is 4.380 kr.", [PART_TIME, _child(field)], ASKED) == ["contradicted"]
    answer = "Charging costs kr 4,90 per kWh."
    assert fresh_verdicts(answer, [CHARGING, _station(field.replace("monthly_fee", "price"))],
                          ASKED_PRICE) == ["contradicted"]


def test_control_a_code_is_read_as_itself() -> None:
    assert currency_fields.mark_currencies("kr") >= {"DKK", "NOK", "SEK", "ISK"}
    assert currency_fields.mark_currencies("nok") == {"NOK"}
    assert not currency_fields.mark_currencies("fee")


def test_switch_off_gives_the_old_contradiction() -> None:
    with fresh_scores(), patch.object(currency_fields, "READ_CURRENCY_FIELDS", False):
        assert fresh_verdicts("The monthly fee is 4.380 kr.", [PART_TIME, _child("monthly_fee_dkk")],
                              ASKED) == ["contradicted"]
        answer = "Charging costs kr 4,90 per kWh."
        assert fresh_verdicts(answer, [CHARGING, _station("price_nok")], ASKED_PRICE) == ["contradicted"]

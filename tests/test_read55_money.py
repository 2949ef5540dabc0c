"""The money readings of the ``money55`` round, each with its switch.

- :data:`llmops_kit.figure_owner.READ_SENTENCE_ENDS`: the owner of an amount is read within its own sentence, also
  when the next sentence opens with a figure ("... up to 7 days. 29-inch mountain bike: S$55 per day"). The old
  pattern ended a sentence only before a capital, so the next item's amount took in the sentence before it as its
  owner, and a right "never more than S$160 for a hire of up to 7 days" read as that other item's price.
- :data:`llmops_kit.unit_fields.READ_MONEY_FIELDS`: a tool record's field named with a currency's code at its end
  ("charged_so_far_huf: 5400") holds the claim's "5 400 Ft charged so far", though an article gives 5 400 Ft as a
  daily maximum.
- :data:`llmops_kit.text.numbers.READ_DINAR_MARKS` and
  :data:`llmops_kit.text.arithmetic.READ_DINARS_MARKED_AFTER`: the dinars' "JD", "KD", "BD", "DT" after a figure are
  their ISO codes, and an amount with such a mark after it is money to the reader of worked totals, so "Total
  45.000 JD" under its lines is their sum and "41.600 JD" is a record's "amount_jod: 41.6".

Controls: an amount that is really another item's stays contradicted; an amount the record does not hold stays
flagged; a wrong total stays flagged; identifiers and a listing's "3 BD" are no dinars; with each switch off the old
verdict returns. The fixtures are this file's own (a bike hire, an olive press).
"""

from __future__ import annotations

import sys
from typing import Any
from unittest.mock import patch

import pytest

from llmops_kit import figure_owner, unit_fields
from llmops_kit.evidence_readers import render_tool_output
from llmops_kit.quality import score_answer
from llmops_kit.text import arithmetic as text_arithmetic
from llmops_kit.text import numbers
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

RATES = Document(id="bh-1", content=(
    "Every hire is counted by the calendar day. Touring bike: S$40 per day, never more than S$160 for a hire of up "
    "to 7 days. 29-inch mountain bike: S$55 per day, never more than S$220 for a hire of up to 7 days. Helmets are "
    "lent free."))


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query).support]


def _rates(answer: str, query: str = "How much is the touring bike?") -> list[str]:
    with fresh_scores():
        return _verdicts(answer, [RATES], query)


def test_a_cap_of_the_item_before_a_figure_led_sentence_is_its_own() -> None:
    assert _rates("S$40 per day, and never more than S$160 for a hire of up to 7 days.") == ["supported"]
    assert _rates("S$55 per day, and never more than S$220 for a hire of up to 7 days.",
                  "How much is the mountain bike?") == ["supported"]


def test_another_items_price_stays_contradicted() -> None:
    """Control: the mountain bike's S$55 given to the touring bike is another owner's amount, as before."""
    assert _rates("The touring bike is S$55 per day.") == ["contradicted"]


def test_sentence_ends_switch_off_gives_the_old_verdict() -> None:
    with fresh_scores(), \
            patch.object(figure_owner, "READ_SENTENCE_ENDS", False):
        assert _verdicts("S$40 per day, and never more than S$160 for a hire of up to 7 days.", [RATES],
                         "How much is the touring bike?") == ["contradicted"]


HIRE = Document(id="tool:hire_lookup", content=render_tool_output(
    {"hire": "BK-3310", "bike": "touring", "status": "active", "charged_so_far_huf": 5400}))
TARIFF = Document(id="bh-2", content=(
    "Touring bike: 1 800 Ft per hour, at most 5 400 Ft per calendar day. Mountain bike: 2 400 Ft per hour, at most "
    "7 200 Ft per calendar day. A 600 Ft booking fee is charged once per hire and is not part of the daily maximum."))
HIRE_QUESTION = "Can you check my bike hire BK-3310?"


def _hire(answer: str) -> list[str]:
    with fresh_scores():
        return _verdicts(answer, [TARIFF, HIRE], HIRE_QUESTION)


def test_a_record_field_named_by_its_currency_holds_the_amount() -> None:
    assert _hire("Hire BK-3310 is active, with 5 400 Ft charged so far.") == ["supported"]


def test_an_amount_the_record_does_not_hold_stays_flagged() -> None:
    """Control: the mountain bike's daily maximum is not what this hire has been charged."""
    assert _hire("Hire BK-3310 is active, with 7 200 Ft charged so far.") != ["supported"]


def test_money_fields_switch_off_gives_the_old_verdict() -> None:
    with fresh_scores(), patch.object(unit_fields, "READ_MONEY_FIELDS", False):
        assert _verdicts("Hire BK-3310 is active, with 5 400 Ft charged so far.", [TARIFF, HIRE],
                         HIRE_QUESTION) == ["contradicted"]


# ---- the dinars, written in thousandths with English usage's marks -------------------------------------------------

PRESS = Document(id="om-1", content=(
    "Pressing costs 0.080 JD per kg of olives, with a minimum charge of 25.000 JD per batch. A 16-litre tin is "
    "4.250 JD; a 1-litre bottle is 0.900 JD."))
PRESS_QUESTION = "400 kg of olives, 2 tins and 5 bottles: what is the total?"
WORKED = ("Pressing: 400 × 0.080 = 32.000 JD, above the minimum. Tins: 2 × 4.250 = 8.500 JD. "
          "Bottles: 5 × 0.900 = 4.500 JD. Total {total} JD.")


def _press(answer: str) -> list[str]:
    with fresh_scores():
        return _verdicts(answer, [PRESS], PRESS_QUESTION)


def test_a_total_of_dinar_lines_is_their_sum() -> None:
    assert _press(WORKED.format(total="45.000")) == ["supported"] * 4


def test_a_wrong_total_of_dinar_lines_stays_flagged() -> None:
    """Control: 32 + 8.5 + 4.5 is 45, not 49."""
    assert _press(WORKED.format(total="49.000"))[-1] != "supported"


def _every_cache() -> tuple[Any, ...]:
    """Every cached reader of the package: the number readers cache what they read of a text, and a switch is no
    part of their key, so a verdict with a switch off is read with all of them cleared, before and after."""
    return tuple({id(value): value for name, module in list(sys.modules.items()) if name.startswith("llmops_kit")
                  for value in list(vars(module).values()) if callable(getattr(value, "cache_clear", None))}.values())


def test_dinar_switches_off_give_the_old_verdict() -> None:
    """Texts of their own (the number readers cache what they read of a text): 36 + 8.8 + 3.6 is 48.4."""
    press = Document(id="om-2", content=(
        "Pressing costs 0.090 JD per kg of olives, with a minimum charge of 30.000 JD per batch. A 16-litre tin is "
        "4.400 JD; a 1-litre bottle is 0.720 JD."))
    worked = ("Pressing: 400 × 0.090 = 36.000 JD, above the minimum. Tins: 2 × 4.400 = 8.800 JD. "
              "Bottles: 5 × 0.720 = 3.600 JD. Total 48.400 JD.")
    with fresh_scores(*_every_cache()), patch.object(numbers, "READ_DINAR_MARKS", False), \
            patch.object(text_arithmetic, "READ_DINARS_MARKED_AFTER", False):
        assert _verdicts(worked, [press], PRESS_QUESTION)[-1] == "contradicted"
    with fresh_scores(*_every_cache()):
        assert _verdicts(worked, [press], PRESS_QUESTION)[-1] == "supported"


BATCH = Document(id="tool:batch_lookup", content=render_tool_output(
    {"batch": "B-2210", "weight_kg": 520, "oil_litres": 96, "amount_jod": 41.6}))


def _batch(answer: str) -> list[str]:
    with fresh_scores():
        return _verdicts(answer, [BATCH], "What do I owe for batch B-2210?")


def test_the_dinar_mark_is_the_record_fields_currency() -> None:
    assert _batch("Batch B-2210 gave 96 litres, and the pressing fee is 41.600 JD.") == ["supported"]


def test_another_amount_in_dinars_stays_flagged() -> None:
    """Control: the record holds 41.6, not 46.1."""
    assert _batch("Batch B-2210 gave 96 litres, and the pressing fee is 46.100 JD.") != ["supported"]


def test_dinar_marks_switch_off_gives_the_old_verdict() -> None:
    """Texts of their own, as above."""
    batch = Document(id="tool:batch_lookup", content=render_tool_output(
        {"batch": "B-2211", "weight_kg": 480, "oil_litres": 90, "amount_jod": 38.4}))
    answer, question = "Batch B-2211 gave 90 litres, and the pressing fee is 38.400 JD.", "What do I owe for B-2211?"
    with fresh_scores(*_every_cache()), patch.object(numbers, "READ_DINAR_MARKS", False):
        assert _verdicts(answer, [batch], question) == ["absent"]
    with fresh_scores(*_every_cache()):
        assert _verdicts(answer, [batch], question) == ["supported"]


@pytest.mark.parametrize("text", [
    "tracking JD0002231907",  # an identifier opening with the letters
    "code LUM-7F3A-92KD",  # an identifier ending with them
    "a 3 BD flat near the sea",  # three bedrooms, no thousandths
])
def test_identifiers_and_bedrooms_are_no_dinars(text: str) -> None:
    assert numbers.marks_as_codes(text) == text
    assert numbers.mark_codes(text) == {}


def test_dinar_marks_read_as_codes() -> None:
    assert numbers.marks_as_codes("56.500 JD, 2.750 KD, 1.200 BD, 12.500 DT") == \
        "56.500 JOD, 2.750 KWD, 1.200 BHD, 12.500 TND"


def test_thousandth_codes_are_the_cldr_three_decimal_currencies() -> None:
    """The list of currencies counted in thousandths is CLDR's (Babel's) table of ISO 4217 minor units, not ours."""
    from babel.numbers import get_currency_precision, list_currencies

    three = {code.lower() for code in list_currencies() if get_currency_precision(code) == 3}
    assert set(numbers.THOUSANDTH_CODES) == three
    assert set(numbers.THOUSANDTH_CODES) <= set(numbers.CURRENCY_CODES)

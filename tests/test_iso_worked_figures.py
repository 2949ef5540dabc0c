"""Worked figures on amounts written with an ISO currency code (:data:`llmops_kit.text.numbers.CURRENCY_CODES`):
"2 × ARS 38.000 + 3 × ARS 65.000 = ARS 271.000", "12 × ISK 14.900 = ISK 178.800; with 10% off you pay ISK
160.920". The written equations, the written arithmetic and the derived-figure search read such an amount as
money and in thousands ("ARS 38.000" is 38000), as they read "$38,000". Each faithful form with its controls: a
sum that does not come out, a wrong percentage result and an operand nobody gave stay flagged; a code read as
the unit of the figure before it ("Children 10-15 ISK 7.450") is the next figure's.

The fixtures are this file's own (a Chilean ski school, a Thai cooking class, an Icelandic whale-watching boat).
"""

from __future__ import annotations

from llmops_kit.text.numbers import typed_quantities
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

SKI = [Document(id="ski-1", content="Group lesson CLP 45.000 per person. Private lesson CLP 120.000 per hour. "
                                    "Ski rental CLP 30.000 per day.")]
SKI_Q = "Three of us want group lessons and two want skis for a day. Total?"
COOK = [Document(id="ck-1", content="The morning class is THB 1.800 per person. Groups of 6 or more booked "
                                    "together get 10% off.")]
COOK_Q = "8 of us would like the morning class together. What's the total?"
BOAT = [Document(id="wh-1", content="Whale watching, 3 hours. Adults ISK 12.990. Children 7-15 ISK 6.495. "
                                    "Under 7 free.")]


# ---- a written sum of products ----------------------------------------------------------------------------------

SUM = "3 × CLP 45.000 + 2 × CLP 30.000 = CLP 195.000 for the group."


def test_a_sum_of_coded_amounts_that_comes_out_is_supported() -> None:
    """3 x 45000 + 2 x 30000 = 195000: every operand given, the arithmetic right."""
    assert _verdicts(SUM, SKI, SKI_Q) == ["supported"]


def test_the_same_sum_with_comma_thousands_is_supported() -> None:
    assert _verdicts("3 × CLP 45,000 + 2 × CLP 30,000 = CLP 195,000 for the group.", SKI, SKI_Q) == ["supported"]


def test_a_sum_that_does_not_come_out_stays_flagged() -> None:
    """3 x 45000 + 2 x 30000 is 195000, not 159000."""
    assert _verdicts("3 × CLP 45.000 + 2 × CLP 30.000 = CLP 159.000 for the group.", SKI, SKI_Q) != ["supported"]


def test_an_operand_nobody_gave_stays_flagged() -> None:
    """A lesson at CLP 50.000 is no price of the school: the sum is worked on an invented figure."""
    wrong = "3 × CLP 50.000 + 2 × CLP 30.000 = CLP 210.000 for the group."
    assert _verdicts(wrong, SKI, SKI_Q) != ["supported"]


# ---- a percentage taken off a worked total ----------------------------------------------------------------------

DISCOUNT = "8 × THB 1.800 = THB 14.400. With 10% off for groups of 6 or more, you pay THB 12.960."


def test_a_group_discount_on_a_worked_total_is_supported() -> None:
    """8 x 1800 = 14400, less 10%: 12960."""
    assert _verdicts(DISCOUNT, COOK, COOK_Q) == ["supported", "supported"]


def test_a_wrong_discounted_total_stays_flagged() -> None:
    """10% off 14400 is 12960, not 13200."""
    wrong = "8 × THB 1.800 = THB 14.400. With 10% off for groups of 6 or more, you pay THB 13.200."
    assert _verdicts(wrong, COOK, COOK_Q)[1] != "supported"


def test_a_wrong_product_stays_flagged() -> None:
    wrong = "8 × THB 1.800 = THB 15.400. With 10% off for groups of 6 or more, you pay THB 13.860."
    assert _verdicts(wrong, COOK, COOK_Q) != ["supported", "supported"]


# ---- a code between two figures belongs to the one after it ------------------------------------------------------

def test_a_code_after_a_range_is_the_next_figures_unit() -> None:
    """"Children 7-15 ISK 6.495": 6495 is the amount; 7 and 15 are ages, no money."""
    found = typed_quantities(BOAT[0].content, True)
    assert "6495 money" in found
    assert "15 money" not in found and "7 money" not in found


def test_the_childs_price_after_an_age_range_is_supported() -> None:
    assert _verdicts("ISK 6.495 (children 7-15).", BOAT, "Price for a 9-year-old?") == ["supported"]


def test_a_changed_childs_price_stays_flagged() -> None:
    assert _verdicts("ISK 6.950 (children 7-15).", BOAT, "Price for a 9-year-old?") != ["supported"]

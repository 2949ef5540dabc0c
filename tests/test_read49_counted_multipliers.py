"""A figure the answer never writes as money read as a count in the longer chain of steps
(:data:`llmops_kit.arithmetic_steps.READ_COUNTED_MULTIPLIERS`, the ``worked49`` round): a count of days, kilometres or
pages multiplies or divides a price but is never added to one, and counts alone reach no price. "7 × £12 = £84, more
than 5 days so 25% off: £66.75" is no (84 + 5) x 0.75, and 40 km and 10 km are no $200 with $2 as 40 / 2 x 10.
Controls: the right discounted price stays supported, an amount times counts is still reached; with the switch off
the wrong figures pass again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import arithmetic_steps
from llmops_kit.arithmetic_steps import chained, money_chained
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

BIKES = [Document(id="b-1", content="Bikes are £12 a day. Hires of more than 5 days get 25% off the whole hire.")]
BIKES_ASKED = "How much for 7 days of bike hire?"
WRONG_DISCOUNT = "7 × £12 = £84, and as it's more than 5 days you get 25% off: £66.75."
RIGHT_DISCOUNT = "7 × £12 = £84, and as it's more than 5 days you get 25% off: £63.00."


def test_a_count_is_no_addend_of_a_price_in_the_chain() -> None:
    steps = arithmetic_steps.percent_steps("25% off")
    assert chained([84.0, 5.0], [84.0], steps, 66.75)
    assert not money_chained([84.0, 5.0], [84.0], steps, 66.75, False, frozenset({5.0}))
    assert money_chained([84.0, 5.0], [84.0], steps, 63.0, False, frozenset({5.0}))


def test_counts_reach_a_price_only_by_multiplying_one() -> None:
    assert not money_chained([2.0, 10.0, 40.0], [], [], 200.0, False, frozenset({10.0, 40.0}))
    assert money_chained([2.0, 10.0, 40.0], [], [], 800.0, False, frozenset({10.0, 40.0}))


def test_a_discount_worked_on_a_count_plus_the_price_is_flagged() -> None:
    assert fresh_verdicts(WRONG_DISCOUNT, BIKES, BIKES_ASKED) != ["supported"]


def test_the_right_discount_stays_supported() -> None:
    assert fresh_verdicts(RIGHT_DISCOUNT, BIKES, BIKES_ASKED) == ["supported"]


def test_switched_off_the_wrong_figures_pass_again() -> None:
    with fresh_scores(), patch.object(arithmetic_steps, "READ_COUNTED_MULTIPLIERS", False):
        assert fresh_verdicts(WRONG_DISCOUNT, BIKES, BIKES_ASKED) == ["supported"]
        assert chained([2.0, 10.0, 40.0], [], [], 200.0)

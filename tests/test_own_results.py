"""Figures a healthy answer works out from its own earlier results (:mod:`llmops_kit.own_results`): a total of
the lines it priced from a count it worked out itself, and a price per mile on a distance it converted. Each
reading with its controls: a wrong total of the same lines, lines priced on a wrong count, a conversion of a
figure nobody gave, a rounding beyond the penny, and a percentage or a duration as an addend stay flagged.

The fixtures are this file's own (a flooring fitter, a cargo-bike courier, a ticket exchange, a boat hire).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import evidence_derived
from llmops_kit.own_results import justified_results, reached_by_results, summed
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

FLOOR = [Document(id="kb-401", content="Engineered oak boards: £42.00 per pack (2 m² to a pack), fitted. "
                                       "Acoustic underlay: £6.00 per pack, laid under the boards.")]
FLOOR_Q = "My lounge is 30 m² - what would oak boards with underlay cost?"
BIKE = [Document(id="kb-402", content="Same-day cargo bike delivery: £4.00 collection charge plus £1.50 a mile.")]
BIKE_Q = "What would a 20 km delivery cost?"
TICKETS = [Document(id="kb-403", content="When a ticket resells, a seller fee of 7.5% of the resale price is "
                                         "deducted and the rest is paid out within 5 working days.")]
BOATS = [Document(id="kb-404", content="Late returns cost £10 for each started 15 minutes. Motor boats need a "
                                       "£100 card hold.")]


def _lines(total: str, count: str = "15", boards: str = "630.00", underlay: str = "90.00") -> str:
    return (f"Roughly: 30 m² is {count} packs.\n- {count} × £42.00 = £{boards} for the boards, fitted\n"
            f"- underlay: {count} × £6.00 = £{underlay}\n- so about £{total} for the boards and underlay.")


def _without(answer: str, docs: list[Document], query: str) -> list[str]:
    """The verdicts with the reading switched off."""
    with patch.object(evidence_derived, "reached_by_results", lambda *args: False):
        return _verdicts(answer, docs, query)


# ---- a total of the answer's own lines ---------------------------------------------------------------------

def test_a_total_of_lines_priced_on_a_worked_count_is_supported() -> None:
    assert _verdicts(_lines("720.00"), FLOOR, FLOOR_Q) == ["supported"] * 4


def test_without_the_reading_the_total_was_flagged() -> None:
    assert _without(_lines("720.00"), FLOOR, FLOOR_Q)[-1] != "supported"


@pytest.mark.parametrize("total", ["740.00", "700.00", "725.00"])
def test_a_wrong_total_of_the_same_lines_is_still_flagged(total: str) -> None:
    assert _verdicts(_lines(total), FLOOR, FLOOR_Q)[-1] != "supported"


def test_lines_priced_on_a_wrong_count_justify_no_total() -> None:
    """Control: 16 packs is no 30 m² at 2 m² a pack, so its lines and their right sum stay flagged."""
    verdicts = _verdicts(_lines("768.00", count="16", boards="672.00", underlay="96.00"), FLOOR, FLOOR_Q)
    assert verdicts[-1] != "supported"


# ---- a price worked on a converted figure ------------------------------------------------------------------

def test_a_price_per_mile_on_a_converted_distance_is_supported() -> None:
    """20 km is 12.427 miles: £4.00 + £1.50 x 12.427 is £22.64 (on the rounded 12.4 it would be £22.60)."""
    answer = "20 km is about 12.4 miles. At £4.00 plus £1.50 a mile that's roughly £22.64."
    assert _verdicts(answer, BIKE, BIKE_Q) == ["supported", "supported"]
    assert _without(answer, BIKE, BIKE_Q)[-1] != "supported"


@pytest.mark.parametrize("price", ["24.64", "23.00", "22.00"])
def test_a_wrong_price_or_a_rounding_beyond_the_penny_is_still_flagged(price: str) -> None:
    answer = f"20 km is about 12.4 miles. At £4.00 plus £1.50 a mile that's roughly £{price}."
    assert _verdicts(answer, BIKE, BIKE_Q)[-1] != "supported"


def test_a_conversion_of_a_figure_nobody_gave_justifies_no_price() -> None:
    """Control: the customer asked about 20 km; 30 km converted is no operand, so the price on it stays flagged."""
    answer = "30 km is about 18.6 miles. At £4.00 plus £1.50 a mile that's roughly £31.96."
    assert _verdicts(answer, BIKE, BIKE_Q)[-1] != "supported"


# ---- only amounts of money add ------------------------------------------------------------------------------

def test_a_percentage_is_no_addend_of_a_price() -> None:
    """Control: 72.50 is 80 - 7.5, a fee rate taken off as if it were pounds."""
    answer = "The seller fee is 7.5%, so on £80 you'd receive £72.50."
    assert _verdicts(answer, TICKETS, "If I resell my £80 ticket, what do I get?")[0] != "supported"


def test_a_duration_is_no_addend_of_a_price() -> None:
    """Control: an invented £25 fee is no £10 + 15 minutes."""
    answer = "Late returns cost £10 for each started 15 minutes plus a £25 admin fee."
    assert _verdicts(answer, BOATS, "What if I bring the boat back late?")[0] != "supported"


# ---- the pieces -------------------------------------------------------------------------------------------

def test_summed_takes_two_or_three_distinct_amounts() -> None:
    assert summed([11160.0, 2040.0], 13200.0)
    assert summed([45.0, 349.0, 189.95], 583.95)
    assert summed([630.0, 90.0], 540.0)
    assert not summed([630.0, 90.0], 740.0)
    assert not summed([630.0], 1260.0)  # no amount twice


def test_justified_results_start_from_held_figures_only() -> None:
    """A line whose figures nothing explains justifies nothing; held ones and explained ones do."""
    held = {"42", "6"}.__contains__
    answer = "15 × £42.00 = £630.00. 15 × £6.00 = £90.00. So £720.00."
    amounts, exact = justified_results(answer, held, (), lambda figures, sentence: frozenset())
    assert amounts == {42.0, 6.0} and not exact
    amounts, _ = justified_results(answer, held, (), lambda figures, sentence: figures & {"630", "90"})
    assert {630.0, 90.0, 720.0} <= amounts
    assert reached_by_results("720", "So £720.00.", (amounts, exact))
    assert not reached_by_results("720", "So 720 packs.", (amounts, exact))  # a count is no amount


# ---- the pre-check: the answer's own results are read only when a money figure is left -------------------------

def test_own_results_are_not_read_when_no_amount_of_money_is_left() -> None:
    """A figure left that is no amount (a count of days) has nothing to reach: the answer is not re-read."""
    calls: list[str] = []

    def counting(answer_text: str, *args: object) -> tuple[frozenset[float], frozenset[float]]:
        calls.append(answer_text)
        return justified_results(answer_text, *args)

    with patch.object(evidence_derived, "justified_results", counting):
        _verdicts("The boards are £42.00 a pack and we fit them within 9 days of your order.", FLOOR, FLOOR_Q)
        assert calls == []
        _verdicts(_lines("740.00"), FLOOR, FLOOR_Q)
        assert calls, "a money total left unexplained is still read against the answer's own results"

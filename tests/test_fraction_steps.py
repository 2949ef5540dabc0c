"""Figures a healthy answer works out with a fraction its words give (:mod:`llmops_kit.fraction_steps`): a price
with "half the price again" added, and a distance split between the way out and the way back. Each reading with
its controls: a wrong result, a plain "half" read as one and a half, a figure nobody gave as the operand, a
hedged half beyond its rounding, an unhedged half that is not exact, and a half with no way out and back stay
flagged; the fraction words already read ("half the price: on £1,150 that is £675") still catch a wrong half.

The fixtures are this file's own (a dry cleaner, an e-bike hire, a furniture maker).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import fraction_steps
from llmops_kit.fraction_steps import again_factors, fraction_results, out_and_back
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

CLEANER = [Document(id="kb-501", content="Dry cleaning a two-piece suit costs £16. Same-day service is available "
                                         "before 10am at half the price again on top.")]
CLEANER_Q = "Can I have my suit back today, and what would that cost?"
BIKES = [Document(id="kb-502", content="Range on a full charge: about 75 km on eco mode. Charging takes 4 hours.")]
BIKES_Q = "How far can I ride before I have to turn back?"
TABLES = [Document(id="kb-503", content="An oak dining table is £1,240. We take a deposit of half the price "
                                        "when you order.")]
TABLES_Q = "What deposit do I pay on an oak table?"


def _without(answer: str, docs: list[Document], query: str) -> list[str]:
    """The verdicts with the reading switched off."""
    with patch.object(fraction_steps, "READ_FRACTION_STEPS", False):
        return _verdicts(answer, docs, query)


# ---- half the price again ------------------------------------------------------------------------------------

SAME_DAY = "Same-day service adds half the price again, so the £16 suit would be £24."


def test_half_the_price_again_is_one_and_a_half_times_the_price() -> None:
    assert _verdicts(SAME_DAY, CLEANER, CLEANER_Q) == ["supported"]


def test_without_the_reading_the_price_with_half_again_was_flagged() -> None:
    assert _without(SAME_DAY, CLEANER, CLEANER_Q) != ["supported"]


@pytest.mark.parametrize("price", ["26", "28", "20"])
def test_a_wrong_price_with_half_again_is_still_flagged(price: str) -> None:
    answer = f"Same-day service adds half the price again, so the £16 suit would be £{price}."
    assert _verdicts(answer, CLEANER, CLEANER_Q) != ["supported"]


def test_a_plain_half_is_no_one_and_a_half() -> None:
    """Control: without "again" the words give x 0.5, so £24 for a £16 suit is still flagged."""
    answer = "Same-day service adds half the price, so the £16 suit would be £24."
    assert _verdicts(answer, CLEANER, CLEANER_Q) != ["supported"]


def test_half_again_on_a_price_nobody_gave_justifies_nothing() -> None:
    """Control: £18 is in nothing given, so half again on it (£27) stays flagged."""
    answer = "Same-day service adds half the price again, so the £18 suit would be £27."
    assert _verdicts(answer, CLEANER, CLEANER_Q) != ["supported"]


def test_a_wrong_half_stays_caught() -> None:
    """Control: the fraction words the search already reads still catch a wrong half of a held price."""
    assert _verdicts("The deposit is half the price: on £1,240 that is £620.", TABLES, TABLES_Q) == ["supported"]
    assert _verdicts("The deposit is half the price: on £1,240 that is £720.", TABLES, TABLES_Q) != ["supported"]


# ---- a distance out and back ------------------------------------------------------------------------------------

OUT_BACK = "A full charge gives about 75 km, so you can ride roughly 37 km out and 37 km back."


def test_a_hedged_half_of_the_range_out_and_back_is_supported() -> None:
    """75 / 2 is 37.5; "roughly 37" is that figure to its own rounding."""
    assert _verdicts(OUT_BACK, BIKES, BIKES_Q) == ["supported"]


def test_without_the_reading_the_distance_out_and_back_was_flagged() -> None:
    assert _without(OUT_BACK, BIKES, BIKES_Q) != ["supported"]


@pytest.mark.parametrize("km", ["35", "30", "40"])
def test_a_hedged_distance_beyond_its_rounding_is_still_flagged(km: str) -> None:
    answer = f"A full charge gives about 75 km, so you can ride roughly {km} km out and {km} km back."
    assert _verdicts(answer, BIKES, BIKES_Q) != ["supported"]


def test_an_unhedged_half_must_be_exact() -> None:
    """Control: with no hedge, 37 is no half of 75; 37.5 is."""
    assert _verdicts("A full charge gives 75 km, so you can ride 37 km out and 37 km back.",
                     BIKES, BIKES_Q) != ["supported"]
    assert _verdicts("A full charge gives 75 km, so you can ride 37.5 km out and 37.5 km back.",
                     BIKES, BIKES_Q) == ["supported"]


def test_a_half_with_no_way_out_and_back_is_still_flagged() -> None:
    """Control: "roughly 37 km" alone is no step the words give."""
    answer = "A full charge gives about 75 km, so you can ride roughly 37 km."
    assert _verdicts(answer, BIKES, BIKES_Q) != ["supported"]


def test_a_half_of_a_range_nobody_gave_is_still_flagged() -> None:
    """Control: the claim's 90 km is in nothing given, so its half justifies nothing."""
    answer = "A full charge gives about 90 km, so you can ride roughly 45 km out and 45 km back."
    assert _verdicts(answer, BIKES, BIKES_Q) != ["supported"]


# ---- the pieces ----------------------------------------------------------------------------------------------

def test_again_factors() -> None:
    assert again_factors("adds half the price again") == {1.5}
    assert [round(f, 6) for f in again_factors("a third as much again")] == [1.333333]
    assert again_factors("a quarter on top") == {1.25}
    assert again_factors("half the price") == frozenset()
    assert again_factors("half again as long") == {1.5}


def test_out_and_back_needs_the_figure_for_both_ways() -> None:
    assert out_and_back("37", "roughly 37 km out and 37 km back", [75.0])
    assert out_and_back("37", "about 37 km there and the same back", [75.0])
    assert not out_and_back("37", "about 37 km there and back", [75.0])  # the round trip
    assert not out_and_back("37", "roughly 37 km out and 30 km back", [75.0])
    assert not out_and_back("37", "roughly 37 km away", [75.0])
    assert not out_and_back("37", "37 km out and 37 km back", [75.0])  # no hedge: no rounding


def test_fraction_results_keep_only_the_reached_figures() -> None:
    claim = "adds half the price again, so the £16 suit would be £24 or £26"
    assert fraction_results({"24", "26"}, claim, [16.0]) == {"24"}
    with patch.object(fraction_steps, "READ_FRACTION_STEPS", False):
        assert fraction_results({"24"}, claim, [16.0]) == frozenset()

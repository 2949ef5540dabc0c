"""Arithmetic one step beyond a pair: three figures, VAT, a doubling the words imply, units, dotted clock times."""

from __future__ import annotations

import pytest

from llmops_kit.arithmetic_steps import clock_gap_dotted, converted, implied_factors, percent_steps, three_reach
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

HARD = ("absent", "contradicted")


def test_three_figures_reach_a_rate_times_count_times_period() -> None:
    """2 x 18 x 4 = 144 and 35 + 2 x 7 = 49 are reached; 150 is not."""
    assert three_reach([2, 18, 4], 144)
    assert three_reach([35, 2, 7], 49)
    assert not three_reach([2, 18, 4], 150)


def test_percent_steps_add_or_take_off_the_share() -> None:
    """20% stands for x 1.2 (added) and x 0.8 (taken off); a text with no percentage gives none."""
    assert percent_steps("VAT at 20%") == frozenset({1.2, 0.8})
    assert percent_steps("no share here") == frozenset()


def test_implied_doubling_needs_its_words() -> None:
    """'each way' and 'both' double; a plain sentence does not."""
    assert implied_factors("£6 each way") == frozenset({2.0})
    assert implied_factors("£6 for the crossing") == frozenset()


def test_a_conversion_needs_both_units_and_the_rounding() -> None:
    """12 miles is about 19 km; 25 km is not; without both units no conversion is read."""
    assert converted("19", [12.0], "12 miles, about 19 km")
    assert not converted("25", [12.0], "12 miles, about 25 km")
    assert not converted("19", [12.0], "12 miles, about 19 of them")


def test_dotted_clock_times_give_the_gap_between_two_of_them() -> None:
    """6.50pm to 7.20 is 30 minutes; 40 is not; one time alone gives no 12-hour gap with itself."""
    assert clock_gap_dotted("30", "7.20 is 30 minutes after closing", "closes at 6.50pm; I come at 7.20")
    assert not clock_gap_dotted("40", "7.20 is 40 minutes after closing", "closes at 6.50pm; I come at 7.20")
    assert not clock_gap_dotted("12", "we hold it 12 hours", "pick up at 9.30")


HIRE = [Document(id="kb-1", content="Kayak hire is £18 per day. A buoyancy aid is £4 per day.")]


@pytest.mark.parametrize(("total", "fabricated"), [("£144", False), ("£150", True)])
def test_a_total_of_three_stated_figures_is_read_as_arithmetic(total: str, fabricated: bool) -> None:
    """'Two kayaks for 4 days is £144' holds its figures; '£150' stays absent."""
    report = score_answer(f"Two kayaks for 4 days at £18 a day is {total}.", HIRE,
                          query="How much for two kayaks for 4 days?")
    assert (report.support[0].verdict in HARD) is fabricated, report.support[0].describe()


PRINTS = [Document(id="kb-2", content="All prices exclude VAT at 20%. A canvas print is £45.")]


@pytest.mark.parametrize(("total", "fabricated"), [("£54", False), ("£56", True)])
def test_vat_added_to_a_stated_price_is_read_as_arithmetic(total: str, fabricated: bool) -> None:
    """£45 plus 20% VAT is £54; £56 stays absent."""
    report = score_answer(f"A canvas print is £45, so {total} with VAT at 20%.", PRINTS,
                          query="How much is a canvas print with VAT?")
    assert (report.support[0].verdict in HARD) is fabricated, report.support[0].describe()


FERRY = [Document(id="kb-3", content="A bicycle on the ferry costs £6 each way.")]


@pytest.mark.parametrize(("total", "fabricated"), [("£12", False), ("£14", True)])
def test_a_return_trip_at_the_one_way_price_is_read_as_arithmetic(total: str, fabricated: bool) -> None:
    """£6 each way is £12 for a return trip; £14 stays absent."""
    report = score_answer(f"A bicycle costs £6 each way, so {total} for your return trip.", FERRY,
                          query="How much to bring my bike there and back?")
    assert (report.support[0].verdict in HARD) is fabricated, report.support[0].describe()


KAYAKS = ("Two kayaks for 4 days at £18 a day is £144, and two buoyancy aids at £4 a day are £32, so {} in "
          "total.")


@pytest.mark.parametrize(("total", "fabricated"), [("£176", False), ("£178", True)])
def test_a_total_of_derived_amounts_is_read_down_the_chain(total: str, fabricated: bool) -> None:
    """£144 (2 x £18 x 4) plus £32 (2 x £4 x 4) is £176; £178 stays absent."""
    report = score_answer(KAYAKS.format(total), HIRE, query="Two kayaks and two buoyancy aids for 4 days?")
    assert (report.support[0].verdict in HARD) is fabricated, report.support[0].describe()


def test_a_wrong_total_the_answers_figures_happen_to_reach_passes() -> None:
    """The price of reading three-figure arithmetic: £180 is £144 + 2 x £18, so a wrong total of £180 is read as
    arithmetic (the claim then meets the wording checks). Recorded so a stricter reading is noticed."""
    report = score_answer(KAYAKS.format("£180"), HIRE, query="Two kayaks and two buoyancy aids for 4 days?")
    assert report.support[0].verdict not in HARD

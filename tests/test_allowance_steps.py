"""Figures a healthy answer works out from the customer's figure beyond a limit the evidence gives, and amounts
restated in the other unit of their currency (:mod:`llmops_kit.allowance_steps`). Each reading with its
controls: a wrong count, a wrong rate, a total that does not add up, a base counted twice, a restated amount
that is not the held one and a hedged total beyond its rounding stay flagged.

The fixtures are this file's own (a band hire, a boat trip operator, a marquee hire).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import allowance_steps
from llmops_kit.allowance_steps import allowance_results, beyond_counts, restated_in_other_unit
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

BAND = [Document(id="kb-601", content="Our ceilidh band plays for 3 hours for £780. Extra hours are £150 each. "
                                      "Travel is free within 30 miles of Perth; beyond that, 80p per mile each way.")]
BAND_5H_Q = "We'd like the band for 5 hours - what would that cost?"
BAND_TRAVEL_Q = "Our hall is 42 miles from Perth. What's the travel charge?"
BOATS = [Document(id="kb-602", content="The seal trip takes up to 12 passengers for €540. Each extra passenger "
                                       "is €35, up to 20 on board.")]
BOATS_Q = "There are 16 of us - how much for the seal trip?"
FUEL = [Document(id="kb-603", content="Generator hire includes fuel at £1.45 per litre used.")]
FUEL_Q = "How is fuel charged on the generator?"


def _without(answer: str, docs: list[Document], query: str) -> list[str]:
    """The verdicts with the reading switched off."""
    with patch.object(allowance_steps, "READ_ALLOWANCE_STEPS", False):
        return _verdicts(answer, docs, query)


# ---- a base plus the hours beyond it ----------------------------------------------------------------------------

HOURS = "The band plays 3 hours for £780; two extra hours at £150 each bring it to £1,080."


def test_base_plus_the_customers_extra_hours_is_supported() -> None:
    """The customer's 5 hours less the 3 the price covers are two extra hours: £780 + 2 x £150."""
    assert _verdicts(HOURS, BAND, BAND_5H_Q) == ["supported"]


def test_the_extra_hours_read_as_invented_without_the_reading() -> None:
    """The control: the step is what supports it."""
    assert _without(HOURS, BAND, BAND_5H_Q) != ["supported"]


def test_a_total_that_does_not_add_up_stays_flagged() -> None:
    """£780 + 2 x £150 is £1,080, not £1,120."""
    wrong = "The band plays 3 hours for £780; two extra hours at £150 each bring it to £1,120."
    assert _verdicts(wrong, BAND, BAND_5H_Q) != ["supported"]


def test_a_wrong_count_of_extra_hours_stays_flagged() -> None:
    """5 hours less 3 is two extra hours, not four."""
    wrong = "The band plays 3 hours for £780; four extra hours at £150 each bring it to £1,380."
    assert _verdicts(wrong, BAND, BAND_5H_Q) != ["supported"]


def test_a_wrong_rate_stays_flagged() -> None:
    """The extra hour is £150: at a rate nobody gave the total is invented."""
    wrong = "The band plays 3 hours for £780; two extra hours at £170 each bring it to £1,120."
    assert _verdicts(wrong, BAND, BAND_5H_Q) != ["supported"]


# ---- the miles beyond a free radius, priced in pence each way ---------------------------------------------------

TRAVEL = "Free for the first 30 miles; the other 12 miles are 80p each way, so 12 x £0.80 x 2 = £19.20."


def test_miles_beyond_the_free_radius_each_way_are_supported() -> None:
    """42 miles less the free 30 is 12; 80p is £0.80; each way doubles it: £19.20."""
    assert _verdicts(TRAVEL, BAND, BAND_TRAVEL_Q) == ["supported"]


def test_the_travel_sum_reads_as_invented_without_the_reading() -> None:
    assert _without(TRAVEL, BAND, BAND_TRAVEL_Q) != ["supported"]


def test_a_travel_sum_at_another_rate_stays_flagged() -> None:
    """85p a mile is no rate the band gives."""
    wrong = "Free for the first 30 miles; the other 12 miles are 85p each way, so 12 x £0.85 x 2 = £20.40."
    assert _verdicts(wrong, BAND, BAND_TRAVEL_Q) != ["supported"]


def test_a_travel_sum_from_the_wrong_radius_stays_flagged() -> None:
    """Free within 30 miles, not 25: the 17 miles beyond 25 are no count of the customer's trip."""
    wrong = "Free for the first 25 miles; the other 17 miles are 80p each way, so 17 x £0.80 x 2 = £27.20."
    assert _verdicts(wrong, BAND, BAND_TRAVEL_Q) != ["supported"]


def test_a_written_product_with_a_leg_dropped_stays_flagged() -> None:
    """"12 x £0.80 x 2 = £9.60" drops the way back: the written sum does not come out."""
    wrong = "Free for the first 30 miles; the other 12 miles are 80p each way, so 12 x £0.80 x 2 = £9.60."
    assert _verdicts(wrong, BAND, BAND_TRAVEL_Q) != ["supported"]


# ---- a total in thousands, hedged -------------------------------------------------------------------------------

PASSENGERS = "About €0.7k: the €540 trip covers 12, and the other 4 are €35 each."


def test_a_hedged_total_in_thousands_is_supported() -> None:
    """16 passengers less the 12 covered are 4; €540 + 4 x €35 = €680, about €0.7k."""
    assert _verdicts(PASSENGERS, BOATS, BOATS_Q) == ["supported"]


def test_a_hedged_total_beyond_its_rounding_stays_flagged() -> None:
    """€680 is no €0.9k, however roughly."""
    wrong = "About €0.9k: the €540 trip covers 12, and the other 4 are €35 each."
    assert _verdicts(wrong, BOATS, BOATS_Q) != ["supported"]


# ---- an amount in the other unit of its currency ----------------------------------------------------------------


def test_pence_restated_as_pounds_is_supported() -> None:
    """"£0.80 a mile" of "80p per mile"."""
    answer = "Beyond 30 miles it's £0.80 a mile each way."
    assert _verdicts(answer, BAND, BAND_TRAVEL_Q) == ["supported"]


def test_pence_restated_as_pounds_reads_as_absent_without_the_reading() -> None:
    assert _without("Beyond 30 miles it's £0.80 a mile each way.", BAND, BAND_TRAVEL_Q) != ["supported"]


def test_a_hedged_total_reads_as_invented_without_the_reading() -> None:
    assert _without(PASSENGERS, BOATS, BOATS_Q) != ["supported"]


def test_pounds_restated_as_pence_is_supported() -> None:
    """"145p a litre" of "£1.45 per litre"."""
    assert _verdicts("Fuel is charged at 145p per litre used.", FUEL, FUEL_Q) == ["supported"]


def test_another_amount_in_pounds_stays_flagged() -> None:
    """£0.85 is no 80p."""
    assert _verdicts("Beyond 30 miles it's £0.85 a mile each way.", BAND, BAND_TRAVEL_Q) != ["supported"]


def test_pence_for_a_pound_figure_stays_flagged() -> None:
    """"£80 a mile" is not 80p."""
    assert _verdicts("Beyond 30 miles it's £80 a mile each way.", BAND, BAND_TRAVEL_Q) != ["supported"]


# ---- the functions ------------------------------------------------------------------------------------------------


def test_beyond_counts_needs_the_count_written_and_a_held_limit() -> None:
    claim = "the first 30 miles are free; the other 12 miles cost extra"
    assert beyond_counts(claim, [("42", "mile")], lambda n: n == "30") == frozenset({12.0})
    assert beyond_counts(claim, [("42", "mile")], lambda n: False) == frozenset()
    assert beyond_counts("the first 30 miles are free", [("42", "mile")], lambda n: n == "30") == frozenset()
    # a limit of another unit counts nothing
    assert beyond_counts("30 minutes free, the other 12 miles", [("42", "mile")], lambda n: n == "30") == frozenset()


def test_allowance_results_and_restatements() -> None:
    claim = "the first 30 miles are free; the other 12 miles are 80p each way, so 12 x £0.80 x 2 = £19.20"
    held = {"30", "80"}.__contains__
    assert allowance_results({"19.2", "2", "12"}, claim, [("42", "mile")], held) == frozenset({"19.2", "2", "12"})
    assert allowance_results({"21"}, claim, [("42", "mile")], held) == frozenset()
    assert restated_in_other_unit({".8"}, "it's £0.80 a mile", held, frozenset({"80"})) == frozenset({".8"})
    assert restated_in_other_unit({".85"}, "it's £0.85 a mile", held, frozenset({"80"})) == frozenset()


# ---- a limit in another unit of the calendar, counted in the customer's unit --------------------------------------

LOCKERS = [Document(id="kb-604", content="Bags left more than 60 days after the end of a course are stored at "
                                         "€5 per month.")]
LOCKERS_Q = "My bag has been in your store for six months since the course ended. What do I owe?"
STORED = "Storage starts after 60 days, so roughly the last four of those six months count: 4 × €5 = €20."


def test_months_beyond_a_limit_in_days_are_supported_when_hedged() -> None:
    """Six months less 60 days is about four months (6 - 1.97): 4 x €5 = €20."""
    assert _verdicts(STORED, LOCKERS, LOCKERS_Q) == ["supported"]


def test_months_beyond_a_limit_in_days_read_as_invented_without_the_reading() -> None:
    assert _without(STORED, LOCKERS, LOCKERS_Q) != ["supported"]


def test_a_wrong_count_of_months_stays_flagged() -> None:
    """Six months less 60 days is four months, not three."""
    wrong = "Storage starts after 60 days, so roughly the last three of those six months count: 3 × €5 = €15."
    assert _verdicts(wrong, LOCKERS, LOCKERS_Q) != ["supported"]


def test_an_unhedged_count_across_units_stays_flagged() -> None:
    """Without a hedge the count must be exact in one unit: 60 days are no whole number of months."""
    assert beyond_counts("Storage starts after 60 days, so the last four of those six months count.",
                         [("6", "month")], lambda n: n == "60") == frozenset()
    assert beyond_counts("Storage starts after 60 days, so roughly the last four of those six months count.",
                         [("6", "month")], lambda n: n == "60") == frozenset({4.0})

"""Equations a claim writes out, checked as written (:mod:`llmops_kit.written_equations`): a step on given
operands that comes out is worked out, not invented; a step that does not come out, an operand nobody gave or a
wrong written sum in words stays or becomes flagged. Also the base plus a count beyond a limit with amounts
written with a decimal comma and the currency after (:mod:`llmops_kit.allowance_steps`).

The fixtures are this file's own (a ferry fuel berth, a yarn shop, a clinic, a bike tour, a dog walker).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import written_equations
from llmops_kit.grounding import FABRICATED
from llmops_kit.traces import Document
from llmops_kit.written_equations import equations_in, explained_results, wrong_results

from .verdict_cases import fresh_verdicts

FUEL = [Document(id="kb-701", content="Red diesel $4.80/gal. Take 15¢/gal off on any single fill over 150 gal.")]
FUEL_Q = "I need 300 gallons of red diesel. What will that cost?"
YARN = [Document(id="kb-702", content="Sock yarn comes in 100g skeins of 400 m, £9.00 each.")]
YARN_Q = "How many skeins for socks needing about 1,500 m?"
CLINIC = [Document(id="kb-703", content="You can give platelets every 4 weeks.")]
CLINIC_Q = "How many times a year can I give platelets?"
BIKES = [Document(id="kb-704", content="A guided bike tour costs 180,00 € for up to 4 riders; each extra rider is "
                                       "25,00 €, up to 8 in all.")]
BIKES_Q = "Guided tour for 6 of us, what's the total?"
WALKS = [Document(id="kb-705", content="A 45-minute walk is EUR 22,00. Each extra dog on the same walk adds EUR "
                                       "5,00.")]
WALKS_Q = "I have two dogs - what's a 45 minute walk?"
PACKS = [Document(id="kb-706", content="Beads: a pack of 50 for £12.00, or single strings at £1.10 each. UK "
                                       "postage £2.95, free over £40.")]
PACKS_Q = "I need 53 strings, cheapest way and total?"


def _without(answer: str, docs: list[Document], query: str) -> list[str]:
    with patch.object(written_equations, "READ_WRITTEN_EQUATIONS", False):
        return fresh_verdicts(answer, docs, query)


# ---- equations that come out on given operands -----------------------------------------------------------------

DISCOUNT = "Over 150 gal you get 15¢/gal off, so $4.80 - $0.15 = $4.65/gal, and 300 × $4.65 = $1,395.00."


def test_a_chain_of_written_steps_on_given_operands_is_supported() -> None:
    """The minor-unit discount, the held price, the customer's gallons and the first result reach the total."""
    assert fresh_verdicts(DISCOUNT, FUEL, FUEL_Q) == ["supported"]


def test_the_chain_reads_as_invented_without_the_reading() -> None:
    """Switched off, the discounted price and the total are figures no source holds."""
    assert _without(DISCOUNT, FUEL, FUEL_Q) != ["supported"]


def test_a_wrong_product_in_the_chain_stays_flagged() -> None:
    """300 × $4.65 is $1,395.00, not $1,359.00."""
    wrong = DISCOUNT.replace("$1,395.00", "$1,359.00")
    assert fresh_verdicts(wrong, FUEL, FUEL_Q) != ["supported"]


def test_an_operand_nobody_gave_stays_flagged() -> None:
    """No 25¢ discount is given: $4.80 - $0.25 = $4.55 comes out but its operand is invented."""
    invented = "Over 150 gal you get 25¢/gal off, so $4.80 - $0.25 = $4.55/gal, and 300 × $4.55 = $1,365.00."
    assert fresh_verdicts(invented, FUEL, FUEL_Q) != ["supported"]


def test_a_division_rounded_as_written_is_supported() -> None:
    """1,500 ÷ 400 = 3.75, written to the places it shows."""
    assert fresh_verdicts("1,500 ÷ 400 = 3.75, so 4 skeins.", YARN, YARN_Q) == ["supported"]


def test_a_division_rounded_wrongly_stays_flagged() -> None:
    """1,500 ÷ 400 is 3.75, not 3.9."""
    assert fresh_verdicts("1,500 ÷ 400 = 3.9, so 4 skeins.", YARN, YARN_Q) != ["supported"]


def test_a_calendar_factor_the_claim_names_is_given() -> None:
    """52 weeks in a year, named by the claim's "weeks" and "a year": 52 ÷ 4 = 13 is no invented figure (its
    wording is left to the decision)."""
    answer = "Every 4 weeks works out at 13 times a year (52 weeks ÷ 4 = 13)."
    assert fresh_verdicts(answer, CLINIC, CLINIC_Q)[0] not in FABRICATED


def test_a_factor_that_is_no_calendar_factor_stays_flagged() -> None:
    """50 is no number of weeks in a year."""
    answer = "Every 4 weeks works out at 12.5 times a year (50 weeks ÷ 4 = 12.5)."
    assert fresh_verdicts(answer, CLINIC, CLINIC_Q)[0] in FABRICATED


# ---- a base plus a count beyond the limit, amounts with a decimal comma --------------------------------------

def test_base_plus_extra_riders_with_decimal_commas_is_supported() -> None:
    """180,00 € for four, then 2 × 25,00 € for the customer's other two: 230,00 €."""
    answer = "180,00 € covers the first 4, then 2 × 25,00 € for the other two: 230,00 € altogether."
    assert fresh_verdicts(answer, BIKES, BIKES_Q) == ["supported"]


def test_a_wrong_total_with_decimal_commas_stays_flagged() -> None:
    """180 + 2 × 25 is 230, not 250."""
    answer = "180,00 € covers the first 4, then 2 × 25,00 € for the other two: 250,00 € altogether."
    assert fresh_verdicts(answer, BIKES, BIKES_Q) != ["supported"]


# ---- a written sum that does not come out ------------------------------------------------------------------------

def test_a_sum_in_words_that_comes_out_is_supported() -> None:
    """EUR 22,00 plus EUR 5,00 for the second dog is EUR 27,00."""
    answer = "EUR 22,00 for the walk plus EUR 5,00 for the second dog, so EUR 27,00."
    assert fresh_verdicts(answer, WALKS, WALKS_Q) == ["supported"]


def test_a_sum_in_words_that_does_not_come_out_is_flagged() -> None:
    """EUR 22,00 plus EUR 5,00 is no EUR 32,00."""
    answer = "EUR 22,00 for the walk plus EUR 5,00 for the second dog, so EUR 32,00."
    assert fresh_verdicts(answer, WALKS, WALKS_Q) != ["supported"]
    assert wrong_results(answer, lambda n: n in {"22", "5"}) == ("32",)


def test_a_bracketed_step_stands_for_the_count_it_prices() -> None:
    """£12.00 plus 3 strings (3 × £1.10 = £3.30) makes £15.30; a wrong total £16.30 is flagged."""
    right = "One pack of 50 (£12.00) plus 3 single strings (3 × £1.10 = £3.30) makes £15.30."
    assert wrong_results(right, lambda n: False) == ()
    assert wrong_results(right.replace("£15.30", "£16.30"), lambda n: False) == ("16.3",)


def test_an_amount_priced_per_thing_is_no_term_of_the_sum() -> None:
    """"£4.60 plus £2.60 a mile: £20.20" multiplies by miles the customer gave: not read as a sum."""
    assert wrong_results("You'd pay £4.60 plus £2.60 a mile: £20.20", lambda n: False) == ()


def test_a_hedged_sum_is_not_read() -> None:
    """"roughly" rounds the total: no wrong sum."""
    assert wrong_results("£228 plus £23 for the standing charge: roughly £251", lambda n: False) == ()


def test_a_result_a_source_holds_is_never_flagged() -> None:
    """The evidence states the total itself."""
    assert wrong_results("£10 plus £5 makes £16", lambda n: n == "16") == ()


# ---- the readers ---------------------------------------------------------------------------------------------------

def test_equations_read_amounts_with_marks_after_and_dashes() -> None:
    """"2 × CHF 5.– = CHF 10.–" and "2 × 30,00 € = 60,00 €" come out."""
    assert [e.holds for e in equations_in("2 × CHF 5.– = CHF 10.–")] == [True]
    assert [e.holds for e in equations_in("2 × 30,00 € = 60,00 €")] == [True]
    assert [e.holds for e in equations_in("4 × £4.20 = £17.80")] == [False]


def test_explained_results_need_every_operand_given() -> None:
    """7 × £9.00 = £63.00 is explained only when 7 and 9 are given."""
    claim = "7 × £9.00 = £63.00"
    assert explained_results({"63"}, claim, lambda n: n in {"7", "9"}) == {"63"}
    assert explained_results({"63"}, claim, lambda n: n == "9") == frozenset()


def test_an_equals_chain_through_partial_results_is_no_wrong_step() -> None:
    """"2 x €6.00 + 3 x €4.00 = €12.00 + €12.00 = €24.00": each side equals the next."""
    assert wrong_results("2 x €6.00 + 3 x €4.00 = €12.00 + €12.00 = €24.00", lambda n: False) == ()
    assert wrong_results("2 x €6.00 + 3 x €4.00 = €12.00 + €12.00 = €26.00", lambda n: False) == ("26",)


def test_an_amount_grouped_by_a_space_is_one_figure() -> None:
    """"2 × 5 × kr 350,- = kr 3 500,-" comes out: 3 500 is one amount."""
    assert [e.holds for e in equations_in("2 × 5 × kr 350,- = kr 3 500,-")] == [True]


def test_unit_prices_at_a_count_are_no_terms_of_a_sum() -> None:
    """"Two tickets at 12 EUR plus one at 8 EUR: 32 EUR" multiplies by counts: not read as 12 + 8."""
    assert wrong_results("Two tickets at 12 EUR plus one child ticket at 8 EUR: 32 EUR in total", lambda n: False) == ()


def test_a_sum_inside_brackets_with_the_result_outside_is_not_read() -> None:
    """"£30 a night (the £25 rate plus the £5 supplement), so £60 for two nights": the bracket's sum is £30."""
    claim = "It's £30 a night (the £25 rate plus the £5 supplement), so £60 for the two nights"
    assert wrong_results(claim, lambda n: False) == ()

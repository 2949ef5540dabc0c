"""A written chain cut from the longer expression it ends (:data:`llmops_kit.written_equations.READ_CUT_CHAINS`,
the ``eqcut53`` round). The equation reader allows one word after a figure, so "$40 base fare + $30 minivan + $20
night = $90" was read as "$30 minivan + $20 night = $90" and flagged as a sum that does not come out, and "2,04 m ×
29,00 € = 59,16 €" as "29,00 € = 59,16 €". When such a step does not come out, the figures cut from its front are
put back, the nearest first, and the first reading that comes out is the step. Controls: a wrong total of the same
sum stays wrong, a chain after a dash aside is read as before (and a wrong one stays wrong), and the switch off gives
the old reading."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import written_equations
from llmops_kit.quality import Document
from llmops_kit.written_equations import equations_in

from .verdict_cases import fresh_scores, fresh_verdicts

FARES = [Document(id="tr-1", content="The base fare is $40 and covers the first 25 km. A minivan costs $30 extra. "
                                     "Night transfers between midnight and 6 am add $20.")]
ASKED = "Airport to the old town, 18 km, at 03:40 in a minivan. What will it cost?"
SUM = "Each way: $40 base fare + $30 minivan + $20 night = $90."


def test_a_sum_whose_first_term_carries_two_words_is_supported() -> None:
    [whole] = equations_in(SUM)
    assert whole.operands == ("40", "30", "20") and whole.holds
    assert fresh_verdicts(SUM, FARES, ASKED) == ["supported"]


def test_switch_off_the_cut_chain_is_read_and_flagged() -> None:
    with fresh_scores(equations_in), patch.object(written_equations, "READ_CUT_CHAINS", False):
        [cut] = equations_in(SUM)
        assert cut.operands == ("30", "20") and not cut.holds
        assert fresh_verdicts(SUM, FARES, ASKED) != ["supported"]


def test_a_product_after_a_length_with_a_one_letter_unit_is_read_whole() -> None:
    claim = "The frame takes 2,04 m × 29,00 € = 59,16 €"
    [product] = equations_in(claim)
    assert product.operands == ("2.04", "29") and product.holds
    with fresh_scores(equations_in), patch.object(written_equations, "READ_CUT_CHAINS", False):
        [cut] = equations_in(claim)
        assert cut.operands == ("29",) and not cut.holds


def test_control_a_wrong_product_stays_wrong_with_its_figures_put_back() -> None:
    [product] = equations_in("The frame takes 2,04 m × 29,00 € = 62,16 €")
    assert not product.holds


def test_control_a_wrong_total_of_the_same_sum_stays_flagged() -> None:
    assert not any(e.holds for e in equations_in("Each way: $40 base fare + $30 minivan + $20 night = $100."))
    assert fresh_verdicts("Each way: $40 base fare + $30 minivan + $20 night = $100.", FARES, ASKED) != ["supported"]


def test_control_a_chain_after_a_dash_aside_is_still_read() -> None:
    [right] = equations_in("Each way – $40 + $30 + $20 = $90.")
    assert right.operands == ("40", "30", "20") and right.holds
    [wrong] = equations_in("Each way – $40 + $30 + $20 = $95.")
    assert not wrong.holds
    assert fresh_verdicts("Each way – $40 + $30 + $20 = $95.", FARES, ASKED) != ["supported"]

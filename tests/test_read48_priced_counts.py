"""A count priced "at" an amount "each" read as their product (:data:`llmops_kit.written_equations.READ_PRICED_COUNTS`,
the ``options48`` round): "four lockers at £3 each, which come to £15" is £12, and "£8.00 for the first hour plus 3
extra hours at £2.00 each: £15.00" is £14.00, so the total the answer states is a wrong result. Controls: a total that
comes out stays held, a bare product that is one term of a longer written sum is not read as the whole; with the
switch off the wrong total passes again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import written_equations
from llmops_kit.quality import Document
from llmops_kit.written_equations import wrong_results

from .verdict_cases import fresh_verdicts

GYM = [Document(id="g-1", content="A day pass is £15. A private trainer is £40 for one or two people; each extra "
                                   "person adds £10, up to four in all.")]
GYM_ASKED = "Three of us want one session together. Is a trainer cheaper than three day passes?"
PARKING = [Document(id="p-1", content="Parking is £8.00 for the first 3 hours, then £1.00 for each extra hour.")]
PARKING_ASKED = "I parked for 5 hours. What do I owe?"
WRONG_SUM = "£8.00 for the first 3 hours plus 2 extra hours at £1.00 each: £11.00."
RIGHT_SUM = "£8.00 for the first 3 hours plus 2 extra hours at £1.00 each: £10.00."
WRONG_OPTION = ("The trainer works out cheaper for three: £40 + £10 = £50, against three day passes at £15 each, "
                "which come to £55.")
RIGHT_OPTION = ("The day passes work out cheaper for three: three day passes at £15 each come to £45, against £40 + "
                "£10 = £50 for the trainer.")


def _nobody_holds(_: str) -> bool:
    return False


def test_a_priced_count_whose_product_is_wrong_is_a_wrong_result() -> None:
    assert wrong_results("four lockers at £3 each, which come to £15", _nobody_holds) == ("15",)
    assert wrong_results("£8.00 for the first 2 hours plus 3 extra hours at £2.00 each: £15.00",
                         _nobody_holds) == ("15",)


def test_a_priced_count_that_comes_out_is_left_alone() -> None:
    assert wrong_results("four lockers at £3 each, which come to £12", _nobody_holds) == ()
    assert wrong_results("£8.00 for the first 2 hours plus 3 extra hours at £2.00 each: £14.00", _nobody_holds) == ()


def test_a_product_that_is_one_term_of_a_written_sum_is_not_the_total() -> None:
    claim = "£8.00 for 2 hours, then three further hours at £2.00 each: £8.00 + £6.00 = £14.00"
    assert wrong_results(claim, _nobody_holds) == ()


def test_a_hedged_total_is_not_read() -> None:
    assert wrong_results("three lockers at £3 each, which come to roughly £10", _nobody_holds) == ()


def test_the_wrong_product_of_an_option_is_flagged() -> None:
    assert fresh_verdicts(WRONG_OPTION, GYM, GYM_ASKED) != ["supported"]


def test_the_right_product_of_an_option_stays_supported() -> None:
    assert fresh_verdicts(RIGHT_OPTION, GYM, GYM_ASKED) == ["supported"]


def test_the_wrong_sum_with_a_priced_count_is_flagged() -> None:
    assert fresh_verdicts(WRONG_SUM, PARKING, PARKING_ASKED) != ["supported"]


def test_the_right_sum_with_a_priced_count_stays_supported() -> None:
    assert fresh_verdicts(RIGHT_SUM, PARKING, PARKING_ASKED) == ["supported"]


def test_switched_off_the_wrong_totals_pass_again() -> None:
    with patch.object(written_equations, "READ_PRICED_COUNTS", False):
        assert wrong_results(WRONG_SUM, _nobody_holds) == ()
        assert fresh_verdicts(WRONG_SUM, PARKING, PARKING_ASKED) == ["supported"]
        assert fresh_verdicts(WRONG_OPTION, GYM, GYM_ASKED) == ["supported"]

"""A length restated as a count of the blocks a price is charged by, and the amount those blocks come to
(:mod:`llmops_kit.increment_counts`, the ``derive52`` round): "3 hours are 12 quarter-hours at 45 lei, so 540 lei"
against "45 lei per started 15 minutes" is right; "40 minutes is 2 quarter-hours" against "per started 15 minutes"
is wrong (3 started quarter-hours); "13,4 km at 39 Kč are 522,60 Kč" against "every started kilometre ... is 39 Kč"
is wrong (14 started kilometres, 546 Kč). Controls: the right count of the same sentence, a wrong count with no
rate, a length that is no whole number of plain blocks, a rate per hour that is no charge, and the switch off."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import increment_counts
from llmops_kit.increment_counts import BlockRate, block_rates, increment_figures
from llmops_kit.quality import Document

from .verdict_cases import fresh_scores, fresh_verdicts

REMOTE = [Document(id="aj-1", content="Remote support, where our technician connects to your computer over the "
                                      "internet, costs 45 lei per started 15 minutes.")]
REMOTE_ASKED = "We need about 3 hours of remote help a month. What would that cost?"
CONSULT = [Document(id="lw-1", content="Consultations with one of our lawyers are billed at $60.000 per started 15 "
                                       "minutes, with a minimum charge of 30 minutes. A first consultation costs a "
                                       "flat $150.000 for up to 45 minutes.")]
CONSULT_ASKED = "My question should take about 40 minutes. What would a normal consultation cost?"
TOW = [Document(id="od-1", content="A tow costs 1 490 Kč and covers the first 10 km; every started kilometre beyond "
                                   "that is 39 Kč.")]
TOW_ASKED = "Your truck took my car 23,4 km. What will the tow cost?"


def test_the_rates_per_block_are_read() -> None:
    assert block_rates((REMOTE[0].content,)) == (BlockRate(45.0, "time", 15.0, True),)
    assert block_rates(("Dryers: 1,000원 per 10 minutes.",)) == (BlockRate(1000.0, "time", 10.0, False),)
    assert block_rates((TOW[0].content,)) == (BlockRate(39.0, "distance", 1.0, True),)
    assert block_rates(("Time is charged per started 10 minutes.",)) == (BlockRate(None, "time", 10.0, True),)


def test_a_length_restated_in_quarter_hours_and_priced_is_supported() -> None:
    claim = "3 hours are 12 quarter-hours at 45 lei, so 540 lei"
    assert increment_figures(claim, (REMOTE[0].content,)) == (frozenset({"12", "540"}), frozenset())
    assert fresh_verdicts(claim + ".", REMOTE, REMOTE_ASKED) == ["supported"]


def test_switch_off_the_restated_length_is_read_as_invented() -> None:
    claim = "3 hours are 12 quarter-hours at 45 lei, so 540 lei."
    with fresh_scores(), patch.object(increment_counts, "READ_INCREMENT_COUNTS", False):
        assert fresh_verdicts(claim, REMOTE, REMOTE_ASKED) != ["supported"]


def test_control_a_wrong_count_of_quarter_hours_stays_flagged() -> None:
    claim = "3 hours are 10 quarter-hours at 45 lei, so 450 lei"
    assert increment_figures(claim, (REMOTE[0].content,)) == (frozenset(), frozenset({"10"}))
    assert fresh_verdicts(claim + ".", REMOTE, REMOTE_ASKED) != ["supported"]


def test_control_a_wrong_product_of_a_right_count_is_wrong() -> None:
    claim = "3 hours are 12 quarter-hours at 45 lei, so 560 lei"
    assert increment_figures(claim, (REMOTE[0].content,)) == (frozenset({"12"}), frozenset({"560"}))


def test_a_begun_quarter_hour_not_rounded_up_is_flagged() -> None:
    claim = ("The normal consultation is cheaper: 40 minutes is 2 quarter-hours at $60.000, so $120.000, less than "
             "the $150.000 flat fee")
    assert increment_figures(claim, (CONSULT[0].content,)) == (frozenset(), frozenset({"2"}))
    assert fresh_verdicts(claim + ".", CONSULT, CONSULT_ASKED) != ["supported"]
    with fresh_scores(), patch.object(increment_counts, "READ_INCREMENT_COUNTS", False):
        assert fresh_verdicts(claim + ".", CONSULT, CONSULT_ASKED) == ["supported"]


def test_control_the_begun_quarter_hours_counted_whole_are_right() -> None:
    claim = "40 minutes is 3 started quarter-hours at $60.000, so $180.000"
    assert increment_figures(claim, (CONSULT[0].content,)) == (frozenset({"3", "180"}), frozenset())


def test_a_distance_priced_pro_rata_against_started_kilometres_is_flagged() -> None:
    claim = "1 490 Kč covers the first 10 km; the other 13,4 km at 39 Kč are 522,60 Kč, so 2 012,60 Kč in all"
    assert increment_figures(claim, (TOW[0].content,)) == (frozenset(), frozenset({"522.6"}))
    assert fresh_verdicts(claim + ".", TOW, TOW_ASKED) != ["supported"]


def test_control_the_started_kilometres_counted_whole_are_right() -> None:
    claim = "the other 13,4 km are 14 started kilometres at 39 Kč, which is 546 Kč"
    assert increment_figures(claim, (TOW[0].content,)) == (frozenset({"14", "546"}), frozenset())


def test_a_length_priced_at_what_the_blocks_charge_is_right() -> None:
    claim = "The Birou plan is 390 lei with 2 hours, plus 1 hour at 180 lei"
    assert increment_figures(claim, (REMOTE[0].content,)) == (frozenset({"180"}), frozenset())


def test_a_hedged_count_of_started_blocks_is_still_counted() -> None:
    texts = ("After that the idle fee is kr 10 per started 5 minutes until the cable is unplugged.",)
    assert increment_figures("which leaves 17 minutes, about 3 blocks of 5 minutes at kr 10: kr 30", texts) == (
        frozenset(), frozenset({"3"}))
    assert increment_figures("which leaves 17 minutes, that is 4 started blocks of 5 minutes at kr 10: kr 40",
                             texts) == (frozenset({"4", "40"}), frozenset())


def test_controls_plain_blocks_and_rates_that_say_nothing() -> None:
    # a plain block: a whole number of blocks is checked, a length that is none is not read
    assert increment_figures("90 minutes is 6 blocks of 15 minutes", ()) == (frozenset({"6"}), frozenset())
    assert increment_figures("90 minutes is 5 blocks of 15 minutes", ()) == (frozenset(), frozenset({"5"}))
    assert increment_figures("50 minutes is 3 blocks of 15 minutes", ()) == (frozenset(), frozenset())
    # a price per hour is a rate, not a charge; and no rate per block, nothing read
    assert increment_figures("3 hours at £9.60 is £28.80", ("Snooker is £9.60 an hour.",)) == (frozenset(),
                                                                                              frozenset())
    assert increment_figures("2 hours at £9.60", ("Snooker costs £9.60 per hour.",)) == (frozenset(), frozenset())
    # the block's own size is no length priced ("blocks of 5 minutes at kr 10")
    texts = ("The idle fee is kr 10 per started 5 minutes.",)
    assert increment_figures("blocks of 5 minutes at kr 10: kr 40", texts) == (frozenset(), frozenset())


def test_switch_off_nothing_is_read() -> None:
    with patch.object(increment_counts, "READ_INCREMENT_COUNTS", False):
        assert increment_figures("40 minutes is 2 quarter-hours", (CONSULT[0].content,)) == (frozenset(),
                                                                                             frozenset())

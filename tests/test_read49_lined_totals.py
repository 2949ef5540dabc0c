"""A total after terms that each end in one amount read as their sum (:data:`llmops_kit.text.term_sums.
READ_LINED_TOTALS`, the ``worked49`` round): a quote lists its lines ("- Starter kit: $52.00", "- Skeins: 3 × $7.00 =
$21.00") or clauses closed by semicolons, then "Total $91.00"; the lines right above the total add up to it. A figure
beside an operator is an operand of its line, not the line's amount, and each line's amount must be a result the
answer works out after "=" or one the evidence holds. Controls: a wrong total, and a total whose line states an
amount no evidence holds, stay flagged; with the switch off the right total is flagged again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit.quality import Document
from llmops_kit.text import term_sums
from llmops_kit.text.term_sums import lined_totals

from .verdict_cases import fresh_scores, fresh_verdicts

YARN = [Document(id="y-1", content="A starter kit is $52.00. Extra skeins are $7.00 each and needles $3.50 a pair. "
                                   "The pattern book is $11.00. Orders over $60 ship free.")]
YARN_ASKED = "The starter kit, three extra skeins, two pairs of needles and the pattern book, shipped?"
LINES = ("- Starter kit: $52.00\n- Skeins: 3 × $7.00 = $21.00\n- Needles: 2 × $3.50 = $7.00\n"
         "- Pattern book: $11.00\n\n")
RIGHT_TOTAL = LINES + "Total $91.00, and as it's over $60 it ships free."
WRONG_TOTAL = LINES + "Total $95.00, and as it's over $60 it ships free."
CLAUSES = "Kit $52.00; skeins 3 × $7.00 = $21.00; needles 2 × $3.50 = $7.00; the book $11.00. Total $91.00."


def _evidence_holds(figure: str) -> bool:
    return figure in {"52", "7", "3.5", "11", "60"}


def test_the_lines_above_a_total_add_up_to_it() -> None:
    assert lined_totals(RIGHT_TOTAL, _evidence_holds) == frozenset({"91"})
    assert lined_totals(CLAUSES, _evidence_holds) == frozenset({"91"})


def test_a_wrong_total_is_no_sum_of_its_lines() -> None:
    assert lined_totals(WRONG_TOTAL, _evidence_holds) == frozenset()


def test_a_line_with_an_amount_no_evidence_holds_makes_no_total() -> None:
    invented = "The kit is $52.00 plus a $39.00 winding fee, so $91.00 in total."
    assert lined_totals(invented, _evidence_holds) == frozenset()
    assert lined_totals(invented, lambda figure: True) == frozenset({"91"})


def test_the_right_total_of_the_lines_is_supported() -> None:
    assert set(fresh_verdicts(RIGHT_TOTAL, YARN, YARN_ASKED)) == {"supported"}


def test_the_wrong_total_of_the_lines_is_flagged() -> None:
    assert set(fresh_verdicts(WRONG_TOTAL, YARN, YARN_ASKED)) != {"supported"}


def test_switched_off_the_right_total_is_flagged_again() -> None:
    with fresh_scores(), patch.object(term_sums, "READ_LINED_TOTALS", False):
        assert lined_totals(RIGHT_TOTAL, _evidence_holds) == frozenset()
        assert set(fresh_verdicts(RIGHT_TOTAL, YARN, YARN_ASKED)) != {"supported"}

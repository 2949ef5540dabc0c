"""A table row's figure is a fact of its own item (:func:`llmops_kit.own_operands.row_needs_own_operand`): a changed
row is not held by two other rows' figures ("| Greeting card | £4 |" under "£9" and "£5" rows), nor a duration by a
fee less another row's minutes; a row labelled as worked out ("Total", "Paid up front") still is. A "+" that opens
a figure ("Gift wrap: +£3 per item") is a sign, not a written step. Two unheld figures of one answer, a time and
an offset ("45 minutes before, around 13:15"), do not hold each other by their clock gap.

The fixtures are this file's own (a gift shop, a massage studio, a bike hire, a ferry, a bakery).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import own_operands, unheld_figures
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.own_operands import row_needs_own_operand
from llmops_kit.text import numbers_in
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts
from .verdict_cases import later_figure_readings_off

GIFTS = [Document(id="gs-1", content="Mugs are £9 each and tote bags £5. A gift box adds £2, and gift wrap is plus "
                                      "£2 per item.")]
MASSAGE = [Document(id="ms-2", content="Short massage (30 minutes): $60.00. Standard massage (45 minutes): $80.00. "
                                        "Deep tissue (45 minutes): $95.00. Prices include tax.")]
BIKES = [Document(id="bk-3", content="City bikes are €120 for the week and e-bikes €180 for the weekend. The whole "
                                      "hire is paid up front when you collect.")]
FERRY = [Document(id="fy-4", content="The morning ferry leaves at 14:00 on Sundays. Check-in closes 30 minutes "
                                      "before departure. The crossing takes 90 minutes.")]
PLAN = [Document(id="pl-6", content="Any plan can be spread over 6 monthly payments at 0% interest. A 20% "
                                     "deposit is paid when you sign, and the rest is split into equal monthly "
                                     "payments.")]
LAUNDRY = [Document(id="ld-7", content="Shirts are £4.00 to launder. Same-day service adds 50 per cent to the item "
                                        "price.")]
BAKERY = [Document(id="bk-5", content="Sourdough loaves are 6 zł, rye 8 zł and a cake slice 14 zł. Delivery is "
                                       "plus 5 zł per order.")]
FLAGGED = {"absent", "contradicted"}

GIFT_TABLE = "| Item | Price |\n|---|---|\n| Mug | £9 |\n| Tote bag | £5 |\n| {} |"
MASSAGE_TABLE = ("| Treatment | Length | Fee |\n|---|---|---|\n| Short massage | 30 min | $60.00 |\n"
                 "| Standard massage | 45 min | $80.00 |\n| Deep tissue | {} min | $95.00 |")
BAKERY_TABLE = "| Bread | Price |\n|---|---|\n| Sourdough | 6 zł |\n| Rye | 8 zł |\n| Cake slice | 14 zł |\n\n"


@pytest.mark.parametrize(("wrong", "right", "docs", "query"), [
    # an invented line, £4 = £9 - £5 of two other rows of the price column
    (GIFT_TABLE.format("Greeting card | £4"), GIFT_TABLE.format("Gift box | £2"), GIFTS, "What do your gifts cost?"),
    # 50 min = $95 - 45 min: a fee less another row's length is no length
    (MASSAGE_TABLE.format("50"), MASSAGE_TABLE.format("45"), MASSAGE, "What massages do you offer?"),
    # +2 zł = 8 - 6 after a table, the "+" a sign: the surcharge is a plain fact of its own
    (BAKERY_TABLE + "Delivery: +2 zł per order.", BAKERY_TABLE + "Delivery: +5 zł per order.", BAKERY,
     "What are your prices?"),
    # 45 minutes and 13:15 would hold each other by the gap to the held 14:00
    ("The ferry leaves at 14:00, and check-in closes 45 minutes before, around 13:15.",
     "The ferry leaves at 14:00, and check-in closes 30 minutes before, around 13:30.", FERRY,
     "When does check-in close on Sunday?"),
])
def test_a_row_or_an_offset_is_its_own_fact(wrong: str, right: str, docs: list[Document], query: str) -> None:
    assert FLAGGED & set(_verdicts(wrong, docs, query))
    assert not FLAGGED & set(_verdicts(right, docs, query))
    # the restated-rule reading reads a surcharge its sentence restates on its own figures: off, to show the row's
    with later_figure_readings_off(), patch.object(own_operands, "READ_OWN_ROWS", False), \
            patch.object(unheld_figures, "READ_RESTATED_OPERANDS", False):
        assert not FLAGGED & set(_verdicts(wrong, docs, query))  # the coincidence held it before


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # a row labelled as worked out from the rows above
    ("| Hire | Price |\n|---|---|\n| City bike, week | €120 |\n| E-bike, weekend | €180 |\n"
     "| Paid up front | €300 |", BIKES, "What do I pay when I collect both bikes?"),
    ("| Item | Price |\n|---|---|\n| Mug | £9 |\n| Tote bag | £5 |\n| Total | £14 |", GIFTS,
     "A mug and a tote bag, how much?"),
    # a row with a count or a share of its own, worked out with the other rows' figures
    ("| Step | Amount |\n|---|---|\n| Deposit (20%) | £60 |\n| 6 monthly payments | £40 each |\n| Total | £300 |",
     PLAN, "My plan comes to £300. How would paying monthly work?"),
    ("| Item | Price |\n|---|---|\n| Shirt | £4.00 |\n| Same day | +50% (£6.00) |", LAUNDRY,
     "What does a shirt cost, and can I have it today?"),
    # a written step with "+" between two terms
    ("A mug is £9 and gift wrap £2, so £9 + £2 = £11.", GIFTS, "A wrapped mug, how much?"),
    # a gap between two times the evidence holds, and a time reached from a held one by a held offset
    ("The ferry leaves at 14:00 and check-in closes 30 minutes before, at 13:30.", FERRY, "When is check-in?"),
])
def test_derived_rows_steps_and_held_gaps_stay_derived(answer: str, docs: list[Document], query: str) -> None:
    assert not FLAGGED & set(_verdicts(answer, docs, query))


def test_a_row_is_not_worked_from_two_other_rows() -> None:
    evidence = Evidence([EvidenceSource("document gs-1", GIFTS[0].content)], r"\[x\]")
    rows = ("Mug; £9", "Tote bag; £5", "Gift box; £4", "Total; £14")
    answer_text = " ".join(rows)
    answer = frozenset().union(*(numbers_in(r) for r in rows))
    assert evidence.missing_facts("Gift box; £4", answer=answer, answer_text=answer_text, row=True)[0] == ["4"]
    assert evidence.missing_facts("Total; £14", answer=answer, answer_text=answer_text, row=True)[0] == []
    with patch.object(own_operands, "READ_OWN_ROWS", False):
        assert evidence.missing_facts("Gift box; £4", answer=answer, answer_text=answer_text, row=True)[0] == []


def test_which_rows_must_have_an_own_operand() -> None:
    assert row_needs_own_operand("Gift box; £4")
    assert row_needs_own_operand("Double mount; + 12,00 €")
    assert not row_needs_own_operand("Total; £14")
    assert not row_needs_own_operand("Balance due on collection; €300")
    assert not row_needs_own_operand("Paid up front; £300")
    assert not row_needs_own_operand("2; £30")  # figures alone: a result line
    with patch.object(own_operands, "READ_OWN_ROWS", False):
        assert not row_needs_own_operand("Gift box; £4")

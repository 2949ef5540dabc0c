"""A saving or a share the answer works out from amounts it writes itself must match their arithmetic
(:mod:`llmops_kit.worked_savings`): "6 × £12 = £72, so the card at £60 saves you £12" is flagged even though a
source holds £12 (the single class), "The 30% deposit is $75" of a written $200 is flagged; the right saving and
share pass, and a saving the answer states without the amounts it compares is judged as before.

The fixtures are this file's own (a yoga studio, a boat hire, a climbing wall, a print shop).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import worked_savings
from llmops_kit.traces import Document
from llmops_kit.worked_savings import wrong_worked_figures

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

YOGA = [Document(id="yg-1", content="A drop-in class is £12. A card of 6 classes is £60 and lasts 3 months.")]
BOATS = [Document(id="bt-2", content="Rowing boats are $40 an hour. A half day (4 hours) is $140. You pay a 30% "
                                     "deposit when you book and the rest on the day.")]
CLIMB = [Document(id="cw-3", content="Day passes are €15 for adults and €9 for under-16s. A 10-visit pass is "
                                     "€120 and saves €30 on ten adult day passes.")]
PRINT = [Document(id="pr-4", content="Posters are 8.50 EUR each, or 7.00 EUR each from 10 copies. Lamination is "
                                     "1.50 EUR a poster.")]
FLAGGED = {"absent", "contradicted"}


@pytest.mark.parametrize(("answer", "docs", "query", "figure"), [
    # 72 - 60 = 12, not 15
    ("Six drop-in classes are 6 × £12 = £72, so the card at £60 saves you £15.", YOGA,
     "How much does the class card save?", "15"),
    # per copy the saving is £4, for the 5 copies £20, not £25
    ("Five copies are 5 × £34 = £170. At £34 instead of £38 a copy, the 5 copies save you £25.", [Document(
        id="tb-5", content="Thesis binding is £38 a copy, or £34 a copy from 3 copies.")], "What do 5 copies cost?",
     "25"),
    # a share of the answer's own total: 30% of $140 is $42 (and of $160 $48), not $45
    ("A half day is 4 × $40 = $160 by the hour, or $140 as a half day. The 30% deposit is $45.", BOATS,
     "How much is the deposit for a half day?", "45"),
])
def test_a_worked_figure_must_follow_from_the_answers_amounts(answer: str, docs: list[Document], query: str,
                                                              figure: str) -> None:
    assert figure in wrong_worked_figures(answer.split(". ")[-1], answer)
    assert _verdicts(answer, docs, query)[-1] in FLAGGED
    with patch.object(worked_savings, "READ_WORKED_SAVINGS", False):
        assert wrong_worked_figures(answer, answer) == ()


def test_a_saving_held_by_coincidence_is_flagged() -> None:
    # 10 x €15 = €150 against €120: the saving is €30; €9 is the under-16 price, held by the source
    answer = "Ten adult day passes are 10 × €15 = €150, so the 10-visit pass at €120 saves you €9."
    query = "Is the 10-visit pass worth it?"
    assert _verdicts(answer, CLIMB, query)[-1] in FLAGGED
    with fresh_scores(), patch.object(worked_savings, "READ_WORKED_SAVINGS", False):
        assert _verdicts(answer, CLIMB, query)[-1] not in FLAGGED


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the right saving: 72 - 60
    ("Six drop-in classes are 6 × £12 = £72, so the card at £60 saves you £12.", YOGA,
     "How much does the class card save?"),
    # the right share: 30% of $140
    ("A half day is 4 × $40 = $160 by the hour, or $140 as a half day. The 30% deposit is $42.", BOATS,
     "How much is the deposit for a half day?"),
    # a saving stated without the amounts it compares: judged as before (the source states it)
    ("Ten adult day passes are 10 × €15 = €150. The 10-visit pass saves €30.", CLIMB,
     "Is the 10-visit pass worth it?"),
    # the right saving of a pass the claim prices
    ("Ten adult day passes are 10 × €15 = €150, so the 10-visit pass at €120 saves you €30.", CLIMB,
     "Is the 10-visit pass worth it?"),
    # a saving per item times the claim's count: 5 x (38 - 34)
    ("Five copies are 5 × £34 = £170. At £34 instead of £38 a copy, the 5 copies save you £20.", [Document(
        id="tb-5", content="Thesis binding is £38 a copy, or £34 a copy from 3 copies.")], "What do 5 copies cost?"),
    # a right written step per copy, a saving per poster
    ("From 10 copies it's 7.00 EUR each, so 12 × 7.00 EUR = 84.00 EUR; that saves 1.50 EUR a poster against "
     "8.50 EUR.", PRINT, "What do 12 posters cost?"),
])
def test_a_right_worked_figure_stays_clean(answer: str, docs: list[Document], query: str) -> None:
    assert wrong_worked_figures(answer.split(". ")[-1], answer) == ()
    assert _verdicts(answer, docs, query)[-1] not in FLAGGED


def test_no_written_step_no_reading() -> None:
    # no "=": the answer does not show the working, so the saving is left to the groundedness check
    answer = "Six classes would be £72 one by one, and the card at £60 saves you £15."
    assert wrong_worked_figures(answer, answer) == ()


def test_a_share_inside_a_written_total_is_read() -> None:
    # 20% VAT included in £120 is £20 (a sixth), not 20% of £120
    answer = "Two posters framed are 2 × £60 = £120 with VAT. The 20% VAT included is £20."
    assert wrong_worked_figures(answer.split(". ")[-1], answer) == ()
    wrong = answer.replace("£20.", "£30.")
    assert wrong_worked_figures(wrong.split(". ")[-1], wrong) == ("30",)

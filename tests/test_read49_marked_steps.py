"""Worked amounts whose currency is written after the figure, in the chain of worked steps (the ``derived49`` round).

:data:`llmops_kit.evidence_derived.READ_MARKED_STEPS`: the chain of worked amounts read a figure as money only with a
sign before it, so "3 × 5.200 ₸ = 15.600 ₸, less 25% = 11.700 ₸" or "40 000 ֏ less 20% = 32 000 ֏" left each
right step absent. Only the marks the older list lacks are read so (:func:`~llmops_kit.text.arithmetic.
other_marked_after`): with "€" or "kr." after the figure, the chain reached a wrong total by coincidence, "250,00 €
altogether" as (4 + 6) × 25,00 € of "the first 4" and "6 of us" (``tests/test_written_equations.py``).
:data:`llmops_kit.text.arithmetic.READ_OTHER_MARKS_AFTER` reads any currency sign, and the won in Hangul, after a
figure. Its guard, :data:`llmops_kit.arithmetic_steps.READ_RULED_PERCENTS`: a percentage taken off
against the rule that states it (given to each item where the rule gives it to a second one, taken off before a
supplement the rule says it covers) is no step. Controls: the same steps with a wrong result, or against the rule,
stay flagged; a price-list cell is no worked step; with the switches off the right steps are flagged again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import arithmetic_steps, evidence_derived
from llmops_kit.quality import Document
from llmops_kit.text import arithmetic as text_arithmetic
from llmops_kit.text.arithmetic import marked_after

from .verdict_cases import fresh_scores, fresh_verdicts

SAUNA = [Document(id="s-1", content="A private sauna for one hour: 5.200 ₸. On Mondays every booking is 25% off.")]
SAUNA_ASKED = "Three of us on Monday, one hour each. What do we pay?"
SAUNA_RIGHT = "On a Monday: 3 × 5.200 ₸ = 15.600 ₸, less 25% = 11.700 ₸"
SAUNA_WRONG = "On a Monday: 3 × 5.200 ₸ = 15.600 ₸, less 25% = 12.300 ₸"

DRAWING = [Document(id="d-1", content="The drawing course is 40 000 ֏ a term. A second child from the same family "
                                      "gets 20% off the term fee.")]
DRAWING_ASKED = "Two kids in the drawing course, how much?"
DRAWING_RIGHT = "The first child pays 40 000 ֏ and the second 40 000 ֏ less 20% = 32 000 ֏, so 72 000 ֏ in all."
DRAWING_WRONG = "The second child pays 40 000 ֏ less 20% = 34 000 ֏."

BOATS = [Document(id="k-1", content="A kayak for the day is 9,000원 and a life jacket 2,000원. Members get 10% off.")]
BOATS_ASKED = "I'm a member. One kayak and a jacket for the day?"
BOATS_RIGHT = "9,000원 + 2,000원 = 11,000원, less 10% for members: 9,900원."
BOATS_WRONG = "9,000원 + 2,000원 = 11,000원, less 10% for members: 9,400원."

BOOKS = [Document(id="b-1", content="The reading club is 30 000 ֏ a term. A second child of the same family gets "
                                    "10% off their own fee.")]
BOOKS_ASKED = "Two of my kids want the reading club. How much?"
BOOKS_EACH = "Each child 30 000 ֏ less 10% = 27 000 ֏, so 54 000 ֏ for both."

SHOES = [Document(id="h-1", content="Heel repair: 20,00 ₺ a pair. Same-day service adds 6,00 ₺ a pair. Members get 10% "
                                    "off, taken off the whole amount, same-day supplement included.")]
SHOES_ASKED = "I'm a member and need my heels done today. What's the price?"
SHOES_RULED = "20,00 ₺ + 6,00 ₺ = 26,00 ₺, less 10% = 23,40 ₺."
SHOES_AGAINST = "20,00 ₺ less 10% = 18,00 ₺, plus the 6,00 ₺ same-day supplement = 24,00 ₺."

WASHERS = [Document(id="w-1", content="Washers: 10kg 4,000원, 20kg 6,000원, 30kg 8,000원 per wash.")]
WASHERS_ASKED = "Compare the washers"
WASHERS_CELL = "| Washer | Price |\n|---|---|\n| 10kg | 4,000원 |\n| 20kg | 6,000원 |\n| 30kg | 9,000원 |"


def _held(answer: str, docs: list[Document], asked: str) -> bool:
    """Is every claim of the answer supported?"""
    return set(fresh_verdicts(answer, docs, asked)) == {"supported"}


def test_any_sign_and_the_won_after_a_figure_are_money() -> None:
    assert marked_after("40 000 ֏ less 20% = 32 000 ֏") == frozenset({"40000", "32000"})
    assert marked_after("9,000원 + 2,000원") == frozenset({"9000", "2000"})
    assert marked_after("3 rooms, 40 000 people") == frozenset()


def test_worked_steps_with_the_currency_after_are_read() -> None:
    assert _held(SAUNA_RIGHT, SAUNA, SAUNA_ASKED)
    assert _held(DRAWING_RIGHT, DRAWING, DRAWING_ASKED)
    assert _held(BOATS_RIGHT, BOATS, BOATS_ASKED)


def test_a_wrong_result_after_the_same_steps_stays_flagged() -> None:
    assert not _held(SAUNA_WRONG, SAUNA, SAUNA_ASKED)
    assert not _held(DRAWING_WRONG, DRAWING, DRAWING_ASKED)
    assert not _held(BOATS_WRONG, BOATS, BOATS_ASKED)


def test_a_percentage_against_its_rule_is_no_step() -> None:
    assert not _held(BOOKS_EACH, BOOKS, BOOKS_ASKED)
    assert not _held(SHOES_AGAINST, SHOES, SHOES_ASKED)
    assert _held(SHOES_RULED, SHOES, SHOES_ASKED)


def test_an_older_mark_after_the_figure_stays_unread_in_the_chain() -> None:
    """The control that narrowed the reading: with "€" after the figure the chain reached this wrong total as
    (4 + 6) × 25; it stays flagged, and so does the same working in "kr."."""
    bikes = [Document(id="b-2", content="A guided bike tour costs 180,00 € for up to 4 riders; each extra rider is "
                                        "25,00 €, up to 8 in all.")]
    wrong = "180,00 € covers the first 4, then 2 × 25,00 € for the other two: 250,00 € altogether."
    assert not _held(wrong, bikes, "Guided tour for 6 of us, what's the total?")
    sauna_kr = [Document(id="s-2", content=SAUNA[0].content.replace("₸.", "kr."))]
    assert not _held(SAUNA_RIGHT.replace("₸", "kr."), sauna_kr, SAUNA_ASKED)


def test_a_price_list_cell_is_no_worked_step() -> None:
    assert not _held(WASHERS_CELL, WASHERS, WASHERS_ASKED)


def test_switched_off_the_right_steps_are_flagged_again() -> None:
    with fresh_scores(marked_after), patch.object(evidence_derived, "READ_MARKED_STEPS", False), \
            patch.object(text_arithmetic, "READ_OTHER_MARKS_AFTER", False):
        # (the sauna's tenge steps stay held here: the older any-sign reader reads "5.200 ₸" as money too)
        assert not _held(DRAWING_RIGHT, DRAWING, DRAWING_ASKED)
        assert not _held(SHOES_RULED, SHOES, SHOES_ASKED)
    with fresh_scores(), patch.object(arithmetic_steps, "READ_RULED_PERCENTS", False):
        assert _held(SHOES_AGAINST, SHOES, SHOES_ASKED)
        assert _held(BOOKS_EACH, BOOKS, BOOKS_ASKED)

"""A comparison the claim's own two amounts contradict (:mod:`llmops_kit.written_comparisons`): "4 × €6.50 =
€26.00 a day, which is cheaper than the day ticket at €19.00" is flagged though every figure is held; "A against
B, so <A's option> works out D cheaper" is flagged when A is the dearer one or D is not their difference. The
right comparisons stay clean, and a comparison across periods, per-person prices or currencies is left alone.

The fixtures are this file's own (a bike hire, a language school, a sauna, a boat tour).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import written_comparisons
from llmops_kit.traces import Document
from llmops_kit.written_comparisons import contradicted_comparisons

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

BIKES = [Document(id="bk-1", content="City bikes are €6.50 an hour. A day ticket is €19.00 and covers up to 8 "
                                     "hours of riding.")]
SCHOOL = [Document(id="ls-2", content="Single lessons are R180 each. A block of 5 lessons is R800, valid for "
                                      "3 months.")]
SAUNA = [Document(id="sa-3", content="A sauna visit is CHF 24. The monthly card is CHF 150 and includes "
                                     "unlimited visits.")]
BOAT = [Document(id="bo-4", content="The shared harbour tour is $35 per adult. A private boat for up to 6 "
                                    "people is $250.")]
FLAGGED = {"absent", "contradicted"}


@pytest.mark.parametrize(("answer", "docs", "query", "figure"), [
    # 26.00 is not cheaper than 19.00
    ("Pay by the hour: 4 × €6.50 = €26.00, which is cheaper than the day ticket at €19.00.", BIKES,
     "I ride about 4 hours. Hourly or a day ticket?", "19"),
    # R900 against R800: the single lessons are the dearer option, not R100 cheaper
    ("Take single lessons. Five single lessons are 5 × R180 = R900 against R800 for the block, so single lessons "
     "work out R100 cheaper.", SCHOOL, "I want 5 lessons. Singles or the block?", "100"),
    # R900 against R800 is R100 apart, not R120
    ("The block: it's R800 against 5 × R180 = R900 for single lessons, so the block works out R120 cheaper.",
     SCHOOL, "I want 5 lessons. Singles or the block?", "120"),
    # 8 × 24 = 192 is CHF 42 more than the card at 150, not 52
    ("The monthly card: 8 × CHF 24 = CHF 192, which is CHF 52 more than the card at CHF 150.", SAUNA,
     "I go 8 times a month. Single visits or the card?", "52"),
])
def test_a_comparison_its_own_amounts_contradict_is_flagged(answer: str, docs: list[Document], query: str,
                                                           figure: str) -> None:
    claim = answer.split(". ")[-1].rstrip(".")
    assert figure in contradicted_comparisons(claim)
    assert _verdicts(answer, docs, query)[-1] in FLAGGED
    with fresh_scores(), patch.object(written_comparisons, "READ_WRITTEN_COMPARISONS", False):
        assert contradicted_comparisons(claim) == ()


@pytest.mark.parametrize(("answer", "docs", "query"), [
    # the right comparison, and its right twin with the other option first
    ("The day ticket: 4 × €6.50 = €26.00, which is more than the day ticket at €19.00.", BIKES,
     "I ride about 4 hours. Hourly or a day ticket?"),
    ("The block: 5 × R180 = R900 against R800 for the block, so the block works out R100 cheaper.", SCHOOL,
     "I want 5 lessons. Singles or the block?"),
    ("The block: it's R800 against 5 × R180 = R900 for single lessons, so the block works out R100 cheaper.",
     SCHOOL, "I want 5 lessons. Singles or the block?"),
    # a difference written between the two: 192 - 42 = 150
    ("The monthly card: 8 × CHF 24 = CHF 192, which is CHF 42 more than the card at CHF 150.", SAUNA,
     "I go 8 times a month. Single visits or the card?"),
    # a difference whose subject names neither option is read for its size only (250 - 140 = 110)
    ("Shared places: 4 × $35 = $140, against $250 for a private boat, so going private would cost you $110 more.",
     BOAT, "There are 4 of us. Shared tour or a private boat?"),
])
def test_a_right_comparison_stays_clean(answer: str, docs: list[Document], query: str) -> None:
    assert contradicted_comparisons(answer.split(". ")[-1].rstrip(".")) == ()
    assert _verdicts(answer, docs, query)[-1] not in FLAGGED


@pytest.mark.parametrize("claim", [
    # different periods: a month against a year
    "CHF 150 a month, which is cheaper than the CHF 120 yearly pass",
    "CHF 150 a month, which is cheaper than CHF 120 a year",
    # a price per person against a whole boat
    "$35 per adult, which is less than $25 for a private boat",
    # two currencies
    "CHF 192, which is less than the €150 card",
    # a difference right before "more than" is no side of the comparison
    "The private boat is $215 more than the $35 shared place",
    # "less" as a subtraction, not a comparison
    "4 × $35 = $140 less 10% comes to $126",
])
def test_a_comparison_across_units_or_no_comparison_is_left_alone(claim: str) -> None:
    assert contradicted_comparisons(claim) == ()

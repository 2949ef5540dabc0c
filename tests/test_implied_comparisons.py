"""A comparison with a count of items the texts price (:mod:`llmops_kit.written_comparisons`, the implied arm):
"€95.00 is less than 8 separate 60-minute lanes" is flagged when 8 × the held price of a 60-minute lane says
otherwise, though every figure of the claim is held; "... less than the day passes for the same visits" takes the
count from the claim's own "N ×". The right comparisons stay clean, and a claim with no count or an item the texts
do not price is left alone.

The fixtures are this file's own (a bowling alley, a ski school, a swimming pool, a dog groomer).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import written_comparisons
from llmops_kit.traces import Document
from llmops_kit.written_comparisons import contradicted_implied_comparisons

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

BOWLING = [Document(id="bw-1", content="Lane hire: 30 min: €9.00. 60 min: €14.00. Shoe hire is €2.50 a pair."),
           Document(id="bw-2", content="Party deal for up to 8 bowlers: an hour on a lane and a pizza each, "
                                       "€95.00.")]
SKI = [Document(id="sk-1", content="Our group lessons run in the mornings. Adults pay CHF 70 a lesson; children "
                                   "pay CHF 50."),
       Document(id="sk-2", content="A private instructor for up to 3 people costs CHF 180 for the morning.")]
POOL = [Document(id="po-1", content="Casual swim: NZ$8.50 a visit. Aqua jogging class: NZ$12.00."),
        Document(id="po-2", content="With a concession card you pay a member rate per visit: NZ$5.00 until "
                                    "31 March; NZ$6.00 from 1 April.")]
GROOMER = [Document(id="gr-1", content="A full groom is £45. A bath and brush is £28.")]
FLAGGED = {"absent", "contradicted"}


def _texts(docs: list[Document]) -> tuple[str, ...]:
    return tuple(d.content for d in docs)


@pytest.mark.parametrize(("answer", "docs", "query", "figure"), [
    # 8 × €14.00 = €112.00 is more than the party deal at €95.00 (8 × €9.00 is not what "60-minute" names)
    ("Book lanes. The party deal at €95.00 is more than 8 separate 60-minute lanes.", BOWLING,
     "We're 8 people. The party deal or 8 lanes of 60 min?", "95"),
    # 3 × CHF 70 = CHF 210 (or 3 × 50 = 150): neither is above CHF 240
    ("Group lessons. At CHF 240 it comes out cheaper than three group places.", SKI,
     "We're three adults. Private instructor or group lessons?", "240"),
    # 4 × NZ$8.50 = NZ$34.00 is more than 4 × the member rate (NZ$20.00 or NZ$24.00)
    ("Swim casually. 4 × NZ$8.50 = NZ$34.00 works out less than the member rate for the same visits.", POOL,
     "I swim 4 times a month. Casual or the concession card?", "34"),
])
def test_a_comparison_the_count_of_held_prices_contradicts_is_flagged(answer: str, docs: list[Document],
                                                                       query: str, figure: str) -> None:
    claim = answer.split(". ")[-1].rstrip(".")
    assert figure in contradicted_implied_comparisons(claim, _texts(docs))
    assert _verdicts(answer, docs, query)[-1] in FLAGGED
    with fresh_scores(), patch.object(written_comparisons, "READ_IMPLIED_COMPARISONS", False):
        assert contradicted_implied_comparisons(claim, _texts(docs)) == ()


@pytest.mark.parametrize(("claim", "docs"), [
    # the right comparisons: 8 × €14.00 = €112.00 is more than €95.00
    ("The party deal: €95.00 is less than 8 separate 60-minute lanes", BOWLING),
    # 3 × CHF 70 = CHF 210 is more than the instructor's CHF 180
    ("The private instructor: at CHF 180 it comes out cheaper than three group places", SKI),
    # 4 × NZ$5.00 = NZ$20.00 (or NZ$24.00) is less than NZ$34.00
    ("4 × NZ$8.50 = NZ$34.00 works out more than the member rate for the same visits", POOL),
    # one held price keeps the comparison: 3 × CHF 50 = 150 < 160 but 3 × 70 = 210 > 160, so not read as wrong
    ("At CHF 160 it comes out cheaper than three group places", SKI),
])
def test_a_right_comparison_stays_clean(claim: str, docs: list[Document]) -> None:
    assert contradicted_implied_comparisons(claim, _texts(docs)) == ()


@pytest.mark.parametrize(("claim", "docs"), [
    # no count of the item, and no "N ×" for "the same"
    ("The full groom at £45 is cheaper than a bath and brush", GROOMER),
    ("£90 works out less than the bath and brush for the same visits", GROOMER),
    # an item no text prices
    ("At £60 it comes out cheaper than three nail trims", GROOMER),
    # A priced per unit: not a total to weigh against a count
    ("At £150 each it comes out cheaper than three full grooms", GROOMER),
    # a 90-minute lane no sentence prices
    ("€95.00 is less than 8 separate 90-minute lanes", BOWLING),
])
def test_no_count_or_no_held_price_is_left_alone(claim: str, docs: list[Document]) -> None:
    assert contradicted_implied_comparisons(claim, _texts(docs)) == ()


def test_the_right_answers_stay_supported_through_the_scorer() -> None:
    assert _verdicts("The party deal: €95.00 is less than 8 separate 60-minute lanes.", BOWLING,
                     "We're 8 people. The party deal or 8 lanes of 60 min?")[-1] not in FLAGGED

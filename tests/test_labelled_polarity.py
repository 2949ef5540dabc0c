"""A yes or no said of a label in a table row or list item that the evidence reverses for that label
(:mod:`llmops_kit.labelled_polarity`): "| Deposit | Yes |" under "Refundable?" where the article says the
deposit is not refundable, with controls that faithful tables (reordered rows, Y/N and ✓/✗ cells, a comment
after the yes, summarised labels) and lists stay healthy.

The fixtures are this file's own (a climbing gym, a hotel, a ferry).
"""

from __future__ import annotations

import pytest

from llmops_kit import quality
from llmops_kit.labelled_polarity import labelled_polarities
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

GYM = [Document(id="cg-1", content="Membership fees are refunded in full within 14 days of joining. The "
                                   "induction fee is not refunded once the induction has taken place. Shoe "
                                   "hire is included in every day pass.")]
HOTEL = [Document(id="ht-2", content="Small dogs are allowed in ground-floor rooms for a nightly charge. "
                                     "Cats are not allowed anywhere in the hotel. Breakfast is included in "
                                     "all room rates; parking is not included.")]
FERRY = [Document(id="fe-3", content="Bicycles travel free on every crossing. Motorbikes are not allowed on "
                                     "the foot-passenger sailings.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


#: A row or item whose yes or no the evidence reverses for its label.
REVERSED = [
    ("| Fee | Refunded? |\n|---|---|\n| Membership fee | Yes |\n| Induction fee | Yes |", GYM),
    ("| Extra | Included? |\n|---|---|\n| Breakfast | ✓ |\n| Parking | ✓ |", HOTEL),
    ("| Extra | Included? |\n|---|---|\n| Breakfast | N |\n| Parking | N |", HOTEL),  # breakfast is included
    ("Pets at the hotel:\n- Small dogs: allowed for a nightly charge\n- Cats: allowed in ground-floor rooms", HOTEL),
    ("Booking your vehicle:\n- Bicycles: free on every crossing\n- Motorbikes: allowed on foot-passenger sailings",
     FERRY),
]


@pytest.mark.parametrize(("answer", "docs"), REVERSED)
def test_a_reversed_yes_or_no_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), REVERSED)
def test_without_the_reading_the_row_passes(answer: str, docs: list[Document],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quality, "judge_labelled_polarity", lambda *args, **kwargs: [])
    assert "contradicted" not in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("| Fee | Refunded? |\n|---|---|\n| Induction fee | No |\n| Membership fee | Yes, within 14 days |", GYM),
    ("| Extra | Included? |\n|---|---|\n| Parking | ✗ |\n| Breakfast | ✓ |", HOTEL),  # reordered, ticks
    ("| Extra | Included? |\n|---|---|\n| Parking | N |\n| Breakfast | Y |", HOTEL),  # Y/N
    ("| Extra | Included? |\n|---|---|\n| Shoe hire | incl. |\n| Chalk | Yes |", GYM),  # abbreviation, unnamed label
    ("| Extra | Included? |\n|---|---|\n| Breakfast and parking | Breakfast only |", HOTEL),  # merged cell
    ("Pets at the hotel:\n- Small dogs: allowed for a nightly charge\n- Cats: not allowed", HOTEL),
    ("Booking your vehicle:\n- Bicycles: free on every crossing\n- Motorbikes: not allowed on foot-passenger sailings",
     FERRY),
    ("| Pet | Allowed? |\n|---|---|\n| Dogs | Yes, small ones |\n| Cats | No |", HOTEL),  # summarised label
])
def test_a_faithful_table_or_list_stays_healthy(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


def test_a_sentence_saying_both_leaves_the_row_alone() -> None:
    docs = [Document(id="mx-4", content="Parking is included at weekends but not included on weekdays.")]
    answer = "| Extra | Included? |\n|---|---|\n| Parking | Yes |"
    assert "contradicted" not in _verdicts(answer, docs)


def test_rows_and_items_are_read_as_claims_about_their_labels() -> None:
    claims = labelled_polarities("| Item | Refunded? |\n|---|---|\n| Booking fee | No |\n\n- E-scooters: not allowed")
    assert [(c.label, c.predicate, c.affirmed) for c in claims] == [("Booking fee", "refund", False),
                                                                    ("E-scooters", "allow", False)]

"""A parenthesis qualifying an amount ("(sedation included)", "(incl. VAT)", "(parts extra)") is not the amount's
owner (:mod:`llmops_kit.figure_owner`): a list item restating the evidence's price with what it covers is left
alone, and a qualifier saying the other way round what the evidence says beside the amount is contradicted.

The fixtures are this file's own (a horse vet, a bike workshop, a window cleaner, a piano tuner).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import figure_owner
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

VET = [Document(id="hv-1", content="We do routine equine care: dental rasping ($160.00 including sedation) and "
                                    "worming checks ($35.00). Lameness cases are referred to a hospital.")]
BIKES = [Document(id="bw-2", content="Our services: a full service (£85 including brake pads) and a puncture repair "
                                      "(£12). Wheel builds are quoted on request.")]
PIANO = [Document(id="pt-3", content="We offer tuning (€95 including travel) and regulation (€240) for upright "
                                      "pianos. Grand pianos are quoted separately.")]

FAITHFUL = [
    ("- Dental rasping: $160.00 (sedation included)\n- Worming check: $35.00", VET, "Horse prices in a list?"),
    ("- Full service: £85 (brake pads included)\n- Puncture repair: £12", BIKES, "What do services cost?"),
    ("- Tuning: €95 (incl. travel)\n- Regulation: €240", PIANO, "Prices for an upright?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), FAITHFUL)
def test_a_qualifier_agreeing_with_the_evidence_is_not_another_owner(answer: str, docs: list[Document],
                                                                      query: str) -> None:
    assert "contradicted" not in _verdicts(answer, docs, query)


def test_the_qualifier_was_read_as_the_owner_without_the_reading() -> None:
    answer, docs, query = FAITHFUL[0]
    with patch.object(figure_owner, "READ_QUALIFIERS", False):
        assert "contradicted" in _verdicts(answer, docs, query)


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("- Dental rasping: $160.00 (sedation extra)\n- Worming check: $35.00", VET, "Horse prices in a list?"),
    ("- Full service: £85 (brake pads extra)\n- Puncture repair: £12", BIKES, "What do services cost?"),
    ("- Tuning: €95 (travel not included)\n- Regulation: €240", PIANO, "Prices for an upright?"),
    ("- Dental rasping: $190.00 (sedation included)\n- Worming check: $35.00", VET, "Horse prices in a list?"),
])
def test_a_qualifier_turned_round_or_a_changed_amount_is_flagged(answer: str, docs: list[Document],
                                                                  query: str) -> None:
    assert "contradicted" in _verdicts(answer, docs, query)

"""A count a tool record holds restated with another figure (:mod:`llmops_kit.record_counts`): "2 pairs of boots
are rented" of "boots rented: 1", the 2 being held by another field, is contradicted; the record's own figure, an
amount of money, a clause naming no counted field and a negated clause are left alone. Made-up records (a glacier
walk, a kayak hire, a cookery class)."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import record_counts
from llmops_kit.contract import load_contract
from llmops_kit.grounding import Evidence, EvidenceSource
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

_WALK = Document(id="tool:tour_booking", content="booking: GW-40219\nguests: 2\nboots rented: 1\nstatus: confirmed")
_KAYAK = Document(id="tool:hire_lookup", content="hire: KY-5521\nkayaks: 3\npaddlers: 5\nlife jackets: 5")
_COOKERY = Document(id="tool:class_lookup", content="class: CK-118\nseats booked: 4\nspare aprons: 2")

CASES = [
    (_WALK, "2 guests are booked on GW-40219 and 1 pair of boots is rented.",
     "2 guests are booked on GW-40219 and 2 pairs of boots are rented."),
    (_KAYAK, "KY-5521 is for 5 paddlers, and 3 kayaks are on it.",
     "KY-5521 is for 5 paddlers, and 5 kayaks are on it."),
    (_COOKERY, "CK-118 has 4 seats booked for you.", "CK-118 has 2 seats booked for you."),
]


def _evidence(record: Document) -> Evidence:
    return Evidence([EvidenceSource("tool record", record.content, prose=False)],
                    load_contract().quality.citation_pattern)


@pytest.mark.parametrize(("record", "faithful", "wrong"), CASES)
def test_a_count_restated_with_another_held_figure_is_contradicted(record: Document, faithful: str,
                                                                     wrong: str) -> None:
    assert _verdicts(faithful, [record], None) == ["supported"]
    assert _verdicts(wrong, [record], None) == ["contradicted"]


@pytest.mark.parametrize(("record", "claim"), [
    (_WALK, "GW-40219 doesn't have 2 pairs of boots rented."),    # negated
    (_WALK, "GW-40219 has 2 boots, rented by the pair."),          # the field's name is not in one clause
    (_COOKERY, "CK-118 spare aprons are 2 euros each."),           # an amount of money, no count
    (_KAYAK, "KY-5521 has 3 kayaks for 5 paddlers."),              # two figures in one clause
])
def test_other_clauses_are_left_to_the_other_steps(record: Document, claim: str) -> None:
    assert record_counts.other_field_count(claim, _evidence(record)) is None


def test_the_switch_turns_it_off() -> None:
    claim = "2 guests are booked on GW-40219 and 2 pairs of boots are rented."
    assert record_counts.other_field_count(claim, _evidence(_WALK)) is not None
    with patch.object(record_counts, "READ_RECORD_COUNTS", False):
        assert record_counts.other_field_count(claim, _evidence(_WALK)) is None

"""A bare count cell read with its column's header as its unit: ``READ_HEADER_COUNTS`` in
:mod:`llmops_kit.labelled_cells`."""

from __future__ import annotations

import pytest

from llmops_kit import labelled_cells
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

PLANS = [Document(id="kb-1", content="Basic: GBP 5/month, 2 users, 3 projects. Team: GBP 15/month, 10 users, "
                                     "40 projects, priority support."),
         Document(id="kb-2", content="Yes, on Team: API versions 7 and 8 from the settings page.")]
TABLE = "| Plan | GBP/month | Users | Projects |\n|---|---|---|---|\n| Basic | 5 | 2 | 3 |\n| Team | 15 | {} | {} |"


def _verdicts(answer: str) -> list[str]:
    return [v.verdict for v in score_answer(answer, PLANS, scorer=HeuristicScorer()).support]


def test_the_counts_under_their_headers_are_held() -> None:
    assert _verdicts(TABLE.format(10, 40)) == []


@pytest.mark.parametrize(("users", "projects"), [(12, 40), (40, 10), (10, 41)])
def test_a_changed_or_swapped_count_is_flagged(users: int, projects: int) -> None:
    assert {"contradicted", "absent"} & set(_verdicts(TABLE.format(users, projects)))


def test_switched_off_the_bare_cell_meets_the_other_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labelled_cells, "READ_HEADER_COUNTS", False)
    monkeypatch.setattr(labelled_cells, "READ_COUNTED_CELLS", False)  # it holds the same counts by any unit
    assert "contradicted" in _verdicts(TABLE.format(10, 40))

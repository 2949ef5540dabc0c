"""A month's short form read as its name in a date ("14 Mar 2027" is 14 March): ``READ_SHORT_MONTHS`` in
:mod:`llmops_kit.evidence_derived`."""

from __future__ import annotations

import pytest

from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

RECORD = [Document(id="rec-1", content='{"ref": "BK-204", "date": "2027-03-13", "time": "14:30", "guests": 4}')]
LETTER = [Document(id="kb-9", content="Your dental check-up is booked for 9 Sept 2026 at 10:15. Please arrive early.")]
PROSE = [Document(id="kb-7", content="The spring pottery course starts on 3 April 2027 and runs for six weeks.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


@pytest.mark.parametrize(("answer", "docs"), [
    ("Your table is booked for 13 Mar 2027 at 14:30.", RECORD),
    ("Your table is booked for Mar 13, 2027 at 14:30.", RECORD),
    ("Your check-up is on 9 September 2026 at 10:15.", LETTER),
    ("The pottery course starts on 3 Apr 2027.", PROSE),
])
def test_a_short_month_of_the_stated_day_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("Your table is booked for 14 Mar 2027 at 14:30.", RECORD),  # another day; the 14 of 14:30 held it before
    ("Your table is booked for Mar 15, 2027.", RECORD),
    ("The pottery course starts on 5 Apr 2027.", PROSE),
])
def test_a_short_month_of_another_day_is_flagged(answer: str, docs: list[Document]) -> None:
    assert {"contradicted", "absent"} & set(_verdicts(answer, docs))


def test_switched_off_a_short_month_is_no_date(monkeypatch: pytest.MonkeyPatch) -> None:
    from llmops_kit import evidence_derived
    monkeypatch.setattr(evidence_derived, "READ_SHORT_MONTHS", False)
    assert "contradicted" not in _verdicts("Your table for the 4 guests is on 14 Mar 2027.", RECORD)

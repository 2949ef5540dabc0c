"""A time written before its days leaves those days to it: ``READ_TIMES_FIRST`` in :mod:`llmops_kit.schedule_days`."""

from __future__ import annotations

import pytest

from llmops_kit import schedule_days
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.schedule_days import claimed_day_times
from llmops_kit.traces import Document

HOURS = [Document(id="kb-1", content="Library hours: Mon-Wed 09:00-19:00. Thu 09:00-21:00. Sat 10:00-16:00. "
                                     "Closed on Sundays.")]


def _verdicts(answer: str) -> list[str]:
    return [v.verdict for v in score_answer(answer, HOURS, scorer=HeuristicScorer()).support]


def test_each_time_keeps_the_days_after_it() -> None:
    pairs = claimed_day_times("We close at 19:00 Mon-Wed, 21:00 on Thu and 16:00 on Sat.")
    assert (0, "19:00") in pairs and (3, "21:00") in pairs and (5, "16:00") in pairs
    assert (0, "21:00") not in pairs and (3, "16:00") not in pairs


def test_days_before_their_time_still_hold_it() -> None:
    pairs = claimed_day_times("Mon-Wed 09:00-19:00, Thu 09:00-21:00")
    assert (0, "19:00") in pairs and (3, "21:00") in pairs and (0, "21:00") not in pairs


def test_a_scored_answer() -> None:
    assert "contradicted" not in _verdicts("We close at 19:00 Mon-Wed, 21:00 on Thu and 16:00 on Sat.")
    assert {"contradicted", "absent"} & set(_verdicts("We close at 21:00 Mon-Wed, 19:00 on Thu and 16:00 on Sat."))


def test_switched_off_the_next_time_takes_the_days_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schedule_days, "READ_TIMES_FIRST", False)
    assert (0, "21:00") in claimed_day_times("We close at 19:00 Mon-Wed, 21:00 on Thu.")

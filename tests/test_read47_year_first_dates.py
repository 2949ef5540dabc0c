"""A numeric date written year first with dots or slashes ("2027.03.13", the Korean way, "2027/03/13") held by the
day a source states as ISO (:data:`llmops_kit.evidence_derived.READ_YEAR_FIRST_DATES`): it was read as the figure
2027.03.13, which a record's "date: 2027-03-13" never holds. The record's day is supported; another day, a
thirteenth month and another year stay flagged; with the switch off the right date is missing again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import evidence_derived
from llmops_kit.text import calendar_dates
from llmops_kit.text.calendar_dates import written_dates
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

LANE = [Document(id="tool:lane_booking", content="booking: GY-7042\ndate: 2027-03-13\nlane: 5\nbowlers: 3"),
        Document(id="gy-1", content="Shoes are included. Lanes hold up to six bowlers.")]
ASKED = "Is booking GY-7042 still on?"
RIGHT = "GY-7042 is confirmed for 2027.03.13 on lane 5 for 3 bowlers."
FLAGGED = {"contradicted", "absent"}


@pytest.mark.parametrize("answer", [RIGHT, "GY-7042 is confirmed for 2027/03/13 on lane 5 for 3 bowlers."])
def test_the_records_day_is_supported(answer: str) -> None:
    assert set(_verdicts(answer, LANE, ASKED)) == {"supported"}


@pytest.mark.parametrize("date", ["2027.03.14", "2027.13.03", "2026.03.13"])
def test_another_day_is_flagged(date: str) -> None:
    assert FLAGGED & set(_verdicts(f"GY-7042 is confirmed for {date} on lane 5 for 3 bowlers.", LANE, ASKED))


def test_switched_off_the_date_is_missing_again() -> None:
    """With the dates of other house styles off too: the ``date50`` reading holds such a date by itself."""
    with fresh_scores(written_dates), patch.object(evidence_derived, "READ_YEAR_FIRST_DATES", False), \
            patch.object(calendar_dates, "READ_LOCALE_DATES", False):
        assert FLAGGED & set(_verdicts(RIGHT, LANE, ASKED))

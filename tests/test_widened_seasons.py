"""A season widened (:mod:`llmops_kit.widened_seasons`): a claim putting its fact in a month outside the range of
months its evidence sentence gives, or saying "all year round" for it, is contradicted. Controls: a month inside the
range, the range restated, a range that wraps the year, a source that says "all year" itself, a month excluded, a
date and a claim naming no month stay as they were.

The fixtures are this file's own (a kayak centre, a fruit farm, a ski school, a herb nursery).
"""

from __future__ import annotations

import pytest

from llmops_kit import widened_seasons
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence
from .verdict_cases import fresh_verdicts as _verdicts

KAYAK = [Document(id="kc-2", content="Guided kayak tours leave at 10:00 and 15:00 from May to September. Tours cost "
                                     "£45 a person.")]
FARM = [Document(id="ff-1", content="Strawberry picking runs from June to August, at £4 a punnet. The farm shop "
                                    "is open daily, 9am to 5pm.")]
SKI = [Document(id="ss-7", content="Children's ski lessons run from November to February, at €30 an hour.")]
HERBS = [Document(id="hn-3", content="Potted herbs are sold all year round. Fresh-cut basil is sold between May "
                                     "and September at $3 a bunch.")]


def _read(claim: str, docs: list[Document], query: str = "") -> tuple[str, str, str] | None:
    return widened_seasons.widened_season(claim, documents_evidence(docs, query or None))


WIDENED = [
    ("Two tours a day, 10:00 and 15:00, all year round.", KAYAK, "What time are the kayak tours?"),
    ("Yes, you can pick strawberries in October at £4 a punnet.", FARM, "Can we pick strawberries in October?"),
    ("Yes, children's ski lessons run in July at €30 an hour.", SKI, "Are there ski lessons for kids in July?"),
    ("Guided kayak tours run every month, at £45 a person.", KAYAK, "When can we go kayaking?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), WIDENED)
def test_a_month_outside_the_range_or_all_year_is_contradicted(answer: str, docs: list[Document],
                                                               query: str) -> None:
    assert _verdicts(answer, docs, query) == ["contradicted"]


def test_without_the_reading_the_widened_season_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    answer, docs, query = WIDENED[1]
    monkeypatch.setattr(widened_seasons, "READ_WIDENED_SEASONS", False)
    assert _verdicts(answer, docs, query) != ["contradicted"]


KEPT = [
    ("Yes, you can pick strawberries in July at £4 a punnet.", FARM, "Can we pick strawberries in July?"),
    ("Two tours a day, 10:00 and 15:00, from May to September.", KAYAK, "What time are the kayak tours?"),
    ("Yes, children's ski lessons run in January at €30 an hour.", SKI, "Are there ski lessons for kids in January?"),
    ("Potted herbs are sold all year round.", HERBS, "Can I buy potted herbs in winter?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), KEPT)
def test_a_month_inside_the_range_or_the_range_itself_is_kept(answer: str, docs: list[Document], query: str) -> None:
    assert _read(answer, docs, query) is None
    assert "contradicted" not in _verdicts(answer, docs, query)


@pytest.mark.parametrize("claim", [
    "Strawberry picking isn't on in October, only June to August.",  # an excluded month: range_outside's reading
    "Your kayak tour on 14 October 2027 at 10:00 is booked.",  # a date, not a season
    "The farm shop is open daily, 9am to 5pm.",  # no month, no year: the range is not restated
    "Strawberry picking is £4 a punnet.",
])
def test_exclusions_dates_and_claims_without_a_season_are_not_read(claim: str) -> None:
    assert _read(claim, FARM + KAYAK) is None


def test_a_range_that_wraps_the_year_is_read_round_it() -> None:
    assert _read("Children's ski lessons run in December at €30 an hour.", SKI) is None
    found = _read("Children's ski lessons run in April at €30 an hour.", SKI)
    assert found is not None and found[2] == "in April"


def test_a_range_of_another_subject_decides_nothing() -> None:
    assert _read("Guided kayak tours run in November.", FARM) is None


def test_a_source_saying_all_year_itself_decides_nothing() -> None:
    """(Its other sentence's range may be one part of the year-round offer: the reading cannot see it whole.)"""
    assert _read("Fresh-cut basil is sold year-round at $3 a bunch.", HERBS) is None
    assert _read("Fresh-cut basil is sold in December at $3 a bunch.", HERBS) is not None


def test_a_range_the_evidence_bans_or_closes_gives_no_season() -> None:
    hedges = [Document(id="gh-2", content="We can't cut a hedge between March and August while birds are nesting. "
                                          "Outside those months a hedge cut is £60.")]
    assert _read("Yes, we can cut your hedge in October for £60.", hedges) is None
    closed = [Document(id="gh-3", content="The garden cafe is closed from November to February.")]
    assert _read("The garden cafe serves lunch in January.", closed) is None


def test_the_modal_may_is_no_month() -> None:
    assert _read("You may pick strawberries in July at £4 a punnet.", FARM) is None

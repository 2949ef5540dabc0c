"""A hedged converted figure ending in .5 read as rounded to the half (:data:`llmops_kit.arithmetic_steps.
READ_HEDGED_HALVES`, the ``conv47`` round): "5 m, about 16.5 feet" (16.40) was held only when written "nine and a half
feet". Controls: a half that is not the nearest one ("about 17.5 feet") and an unhedged "16.5 feet" stay flagged; with
the switch off the hedged half is flagged again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import arithmetic_steps
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

WALL = [Document(id="cl-4", content="The bouldering wall is 5 m high; the lead wall is 12 m.")]
ASKED = "How tall is the bouldering wall in feet?"


def _held(answer: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, WALL, query=ASKED).support)


def test_a_hedged_half_is_held() -> None:
    assert _held("The bouldering wall is 5 m, about 16.5 feet.")


def test_a_half_that_is_not_the_nearest_stays_flagged() -> None:
    assert not _held("The bouldering wall is 5 m, about 17.5 feet.")


def test_an_unhedged_half_stays_flagged() -> None:
    assert not _held("The bouldering wall is 5 m, which is 16.5 feet.")


def test_switched_off_the_hedged_half_is_flagged_again() -> None:
    with patch.object(arithmetic_steps, "READ_HEDGED_HALVES", False):
        assert not _held("The bouldering wall is 5 m, about 16.5 feet.")

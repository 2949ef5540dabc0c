"""A garment's flat width doubled round the body, converted (:data:`llmops_kit.arithmetic_steps.READ_FLAT_WIDTHS`,
the ``conv47`` round): "56 cm pit to pit is about 22 inches across, so roughly 44 inches round the chest" converts
112 cm, twice the width the customer gave, and the girth was read as a figure no source holds. Controls: a wrong
girth stays flagged, and a claim naming no flat width doubles nothing; switched off, the girth is flagged again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import arithmetic_steps
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

SIZING = [Document(id="sz-1", content="every piece is measured flat in cm: pit to pit, waist and length.")]
ASKED = "the wool coat says 56 pit to pit, how many inches is that?"


def _held(answer: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, SIZING, query=ASKED).support)


def test_the_girth_of_a_flat_width_is_held() -> None:
    assert _held("56 cm pit to pit is about 22 inches across, so roughly 44 inches round the chest.")


def test_a_wrong_girth_stays_flagged() -> None:
    assert not _held("56 cm pit to pit is about 22 inches across, so roughly 48 inches round the chest.")


def test_no_flat_width_doubles_nothing() -> None:
    assert not arithmetic_steps.converted("44", [56.0], "56 cm is roughly 44 inches round the chest")


def test_switched_off_the_girth_is_flagged_again() -> None:
    with patch.object(arithmetic_steps, "READ_FLAT_WIDTHS", False):
        assert not _held("56 cm pit to pit is about 22 inches across, so roughly 44 inches round the chest.")

"""A price per unit restated per the other unit, in English or Spanish (:data:`llmops_kit.arithmetic_steps.
READ_RATE_UNITS` and :data:`~llmops_kit.arithmetic_steps.READ_SPANISH_UNITS`, the ``conv47`` round): "$4.20 per
linear foot, about $13.78 per metre" and "$4.20 por pie, unos $13.78 por metro" named no unit after a figure, so the
per-metre price was read as a changed one. Controls: a per-metre price off by more than its rounding stays flagged,
in either language, and a price per square foot is no price per foot; switched off, the old verdicts return."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import arithmetic_steps
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

EDGING = [Document(id="ed-9", content="Steel lawn edging is $4.20 per linear foot, cut to length.")]
ASKED = "How much is the steel edging?"
ASKED_ES = "¿Cuánto cuesta el borde de acero?"


def _held(answer: str, query: str = ASKED) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, EDGING, query=query).support)


def test_a_price_per_foot_restated_per_metre_is_held() -> None:
    assert _held("Steel edging is $4.20 per linear foot, about $13.78 per metre.")


def test_a_wrong_price_per_metre_stays_flagged() -> None:
    assert not _held("Steel edging is $4.20 per linear foot, about $15.10 per metre.")


def test_a_price_per_square_foot_names_no_foot() -> None:
    assert arithmetic_steps.named_conversions("$4.20 per square foot, about $13.78 per metre") == []


def test_the_spanish_price_per_metre_is_held() -> None:
    assert _held("El borde de acero cuesta $4.20 por pie lineal, es decir unos $13.78 por metro.", ASKED_ES)


def test_a_wrong_spanish_price_per_metre_stays_flagged() -> None:
    assert not _held("El borde de acero cuesta $4.20 por pie lineal, es decir unos $12.40 por metro.", ASKED_ES)


def test_switched_off_the_rates_are_unread_again() -> None:
    with patch.object(arithmetic_steps, "READ_RATE_UNITS", False):
        assert not _held("Steel edging is $4.20 per linear foot, about $13.78 per metre.")
    with patch.object(arithmetic_steps, "READ_SPANISH_UNITS", False):
        assert not _held("El borde de acero cuesta $4.20 por pie lineal, es decir unos $13.78 por metro.", ASKED_ES)

"""Articles all in another language than the question are not read for its words: the retrieval score alone
decides (``READ_FOREIGN_ARTICLES`` in :mod:`llmops_kit.retrieval_fit`, the ``rfit45`` round). The fixtures are
this file's own."""

from __future__ import annotations

import pytest

from llmops_kit import retrieval_fit
from llmops_kit.retrieval_fit import question_fit
from llmops_kit.traces import Document

SPANISH = [Document(id="es-1", content="El estacionamiento abre de lunes a sábado de 07:00 a 22:00 y cuesta $1.200 "
                                       "la hora, con un máximo de $9.000 por día.", score=0.6)]
ENGLISH = [Document(id="en-1", content="The car park opens Monday to Saturday, 07:00 to 22:00, and costs $1,200 an "
                                       "hour, up to $9,000 a day.", score=0.6)]


def test_foreign_articles_are_not_read_for_an_english_question() -> None:
    assert question_fit("Is postcode 7630000 inside your delivery area?", SPANISH) is None


def test_control_english_articles_are_read() -> None:
    fit = question_fit("Is postcode 7630000 inside your delivery area?", ENGLISH)
    assert fit is not None and fit.coverage < 0.5


def test_control_a_question_in_the_articles_language_is_read() -> None:
    assert question_fit("¿Cuánto cuesta el estacionamiento por hora?", SPANISH) is not None


def test_switched_off_foreign_articles_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(retrieval_fit, "READ_FOREIGN_ARTICLES", False)
    assert question_fit("Is postcode 7630000 inside your delivery area?", SPANISH) is not None

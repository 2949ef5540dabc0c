"""A unit word ends where its word ends (:data:`llmops_kit.text.numbers.READ_WHOLE_UNITS`): the unit pattern's
letters are ASCII, so in a Hungarian "2 hétig" ("for 2 weeks") the "h" before "é" was taken for the hour's symbol
and the claim read "2 hour", a duration no text holds. The glued letters start another word; the figure has no
unit. A real "2 h" and an English "2 hours" are still hours; with the switch off the false hour is read again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit.text import numbers
from llmops_kit.text.numbers import typed_quantities, unit_free_numbers
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

POOL = [Document(id="uf-3", content="A swimming pass costs 24 000 Ft and is valid for 2 weeks from the first swim.")]
ASKED = "Meddig érvényes az uszodabérlet?"
_READERS = (typed_quantities, unit_free_numbers)


def test_a_unit_glued_to_more_letters_is_no_unit() -> None:
    with fresh_scores(*_READERS):
        assert typed_quantities("a bérlet 2 hétig érvényes") == frozenset()
        assert "2" in unit_free_numbers("a bérlet 2 hétig érvényes")


def test_whole_units_are_still_read() -> None:
    with fresh_scores(*_READERS):
        assert typed_quantities("the lane is yours for 2 h") == {"2 hour"}
        assert typed_quantities("the lane is yours for 2 hours") == {"2 hour"}
        assert typed_quantities("a pass is 24 000 Ft") == {"24000 money"}


def test_the_hungarian_claim_is_supported_and_a_wrong_price_is_not() -> None:
    assert set(_verdicts("Az uszodabérlet 24 000 Ft, és 2 hétig érvényes.", POOL, ASKED)) == {"supported"}
    assert set(_verdicts("Az uszodabérlet 26 000 Ft, és 2 hétig érvényes.", POOL, ASKED)) != {"supported"}


def test_switched_off_the_glued_letter_is_an_hour_again() -> None:
    with fresh_scores(*_READERS), patch.object(numbers, "READ_WHOLE_UNITS", False):
        assert typed_quantities("a bérlet 2 hétig érvényes") == {"2 hour"}
        assert set(_verdicts("Az uszodabérlet 24 000 Ft, és 2 hétig érvényes.", POOL, ASKED)) != {"supported"}

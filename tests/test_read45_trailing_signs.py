"""An amount written with its currency sign after it ("a 2 € coin", "24,00 €") is read in that currency, as the
sign before it is (:data:`llmops_kit.text.numbers.READ_TRAILING_SIGNS`, the roundup45 round), so the readers
comparing a claim's amount with the evidence's see a unit. A sign before the figure, a figure with a word after it
and a figure glued to a word keep their readings; the old reading returns with the switch off.
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import numbers
from llmops_kit.text.numbers import quantities


@pytest.mark.parametrize(("text", "read"), [
    ("Lockers take a 2 € coin.", (("2", "€"),)),
    ("A mount is 24,00 €.", (("24", "€"),)),
    ("towel 5,00 €, pefletti 1,50 €", (("5", "€"), ("1.5", "€"))),
    ("20$ at the door", (("20", "$"),)),
])
def test_a_sign_after_the_figure_is_its_currency(text: str, read: tuple[tuple[str, str], ...]) -> None:
    quantities.cache_clear()
    assert quantities(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("costs €45 a night", (("45", "€"),)),
    ("a session of 2 hours", (("2", "hour"),)),
    ("bring 3 towels", (("3", "towel"),)),
])
def test_control_other_figures_keep_their_reading(text: str, read: tuple[tuple[str, str], ...]) -> None:
    quantities.cache_clear()
    assert quantities(text) == read


def test_without_the_switch_the_sign_after_a_figure_is_no_unit() -> None:
    quantities.cache_clear()
    try:
        with patch.object(numbers, "READ_TRAILING_SIGNS", False):
            assert quantities("Lockers take a 2 € coin.") == (("2", ""),)
    finally:
        quantities.cache_clear()

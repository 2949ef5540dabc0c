"""A card number the customer names a card, whose check digit is wrong (:data:`llmops_kit.pii.READ_CUED_CARDS`, the
``card51`` round): "Use my card 4532 7719 0042 1187 for the deposit" is the customer's card data even when it is
mistyped, so the one PII rule set (detector, breaker, redaction) reads it. Controls: the same digits with no card
named, a card the shop issues ("gift card", "loyalty card"), an id label, a run with no grouping, and the switch off
stay unread; a number that passes the check needs no cue, as before."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import pii
from llmops_kit.pii import find_pii
from llmops_kit.redact import redact_text

MISTYPED = "4532 7719 0042 1187"  # a Visa prefix and length, the Luhn check fails


def _cards(text: str) -> list[str]:
    return [m.value for m in find_pii(text) if m.kind == "card"]


def test_the_digits_fail_the_check() -> None:
    assert not pii.luhn_valid(MISTYPED.replace(" ", ""))


@pytest.mark.parametrize("text", [
    f"Use my card {MISTYPED} for the deposit",
    f"My credit card number is {MISTYPED}, expiry 09/29",
    f"Voici ma carte : {MISTYPED.replace(' ', '-')}",
    f"Mi tarjeta es {MISTYPED}",
])
def test_a_grouped_number_named_a_card_is_a_card(text: str) -> None:
    assert _cards(text) == [MISTYPED if "-" not in text else MISTYPED.replace(" ", "-")]


@pytest.mark.parametrize("text", [
    f"Reference {MISTYPED} for the deposit",  # no card named
    f"My gift card {MISTYPED} has a balance",  # a card the shop issues
    f"Loyalty card {MISTYPED}",
    f"Order no. {MISTYPED}",  # an id label before it
    f"my card {MISTYPED.replace(' ', '')}",  # one run of digits: no card layout to go by
])
def test_controls_stay_unread(text: str) -> None:
    assert _cards(text) == []


def test_redaction_masks_it_too() -> None:
    assert MISTYPED not in redact_text(f"Use my card {MISTYPED} please")


def test_switched_off_the_check_digit_decides_again() -> None:
    with patch.object(pii, "READ_CUED_CARDS", False):
        assert _cards(f"Use my card {MISTYPED} for the deposit") == []

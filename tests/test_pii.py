"""The personal-data scanners must find exactly what the plain regular expressions find, only faster."""

from __future__ import annotations

import importlib
import random

import pytest

from llmops_kit.breakers import signals
from llmops_kit.pii import find_emails, find_numbers, luhn_valid, mask

diagnose_module = importlib.import_module("llmops_kit.diagnose")

NUMBER_PATTERNS = [
    ("diagnose phone", diagnose_module._PHONE_RE, diagnose_module._PHONE_DIGITS),
    ("diagnose card", diagnose_module._CARD_RE, diagnose_module._CARD_DIGITS),
    ("breaker phone", signals._PHONE, signals._PHONE_DIGITS),
    ("breaker card", signals._CARD, signals._CARD_DIGITS),
]
EMAIL_PATTERNS = [("diagnose email", diagnose_module._EMAIL_RE), ("breaker email", signals._EMAIL)]

# pieces chosen to sit on the patterns' edges: separators, brackets, non-ASCII digits and spaces,
# the NUL the detector joins strings with, and whole numbers and addresses to glue together
PIECES = [*"0123456789" * 3, *" -.()+\n\t@_%", *"abXZ", "é", "٣", "\u00a0", "\x00", ".com", "a@b.co",
          "4111 1111 1111 1111", "+1 (555) 123-4567", "555-123-4567", "+44 20 7946 0958", "x.y@mail.example.org"]


def random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize(("label", "pattern", "min_digits"), NUMBER_PATTERNS, ids=[p[0] for p in NUMBER_PATTERNS])
def test_find_numbers_matches_finditer_exactly(label: str, pattern, min_digits: int) -> None:
    matched = 0
    for text in random_texts(4000, seed=min_digits):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in find_numbers(pattern, text, min_digits)] == expected, (label, text)
        matched += len(expected)
    assert matched > 200, "the generated texts should contain plenty of matches, or this test proves nothing"


@pytest.mark.parametrize(("label", "pattern"), EMAIL_PATTERNS, ids=[p[0] for p in EMAIL_PATTERNS])
def test_find_emails_matches_finditer_exactly(label: str, pattern) -> None:
    matched = 0
    for text in random_texts(4000, seed=3):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in find_emails(pattern, text)] == expected, (label, text)
        matched += len(expected)
    assert matched > 200


def test_find_numbers_skips_texts_without_a_long_digit_cluster() -> None:
    text = "Order NW-4491246 ships 2025-03-25 for $129.00, 3 items."
    assert list(find_numbers(diagnose_module._PHONE_RE, text, 10)) == []
    assert [m.group() for m in find_numbers(diagnose_module._PHONE_RE, text + " Call (555) 123-4567.", 10)] == [
        "(555) 123-4567"
    ]


def test_find_numbers_keeps_a_leading_plus_and_bracket() -> None:
    found = [m.group() for m in find_numbers(diagnose_module._PHONE_RE, "call +1 (555) 123-4567 now", 10)]
    assert found == ["+1 (555) 123-4567"]


def test_non_ascii_text_is_scanned_whole() -> None:
    # Arabic-Indic digits are digits to the regex, so the cluster shortcut must not skip them
    text = "رقم ٥٥٥-١٢٣-٤٥٦٧"
    assert [m.span() for m in find_numbers(diagnose_module._PHONE_RE, text, 10)] == [
        m.span() for m in diagnose_module._PHONE_RE.finditer(text)
    ]


def test_luhn_and_mask() -> None:
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")
    assert not luhn_valid("12345")
    assert mask("email", "jane.doe@example.com") == "j***@example.com"
    assert mask("card number", "4111 1111 1111 1111") == "***1111"

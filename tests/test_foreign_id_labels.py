"""A number after another language's word for a shop reference is the shop's id, not personal data
(``READ_FOREIGN_ID_LABELS`` in :mod:`llmops_kit.pii`, the ``pii45`` round): "Račun št. 2027-004419" is an invoice
number, though its ten digits make a valid North American phone number. Each case with a control."""

from __future__ import annotations

import pytest

from llmops_kit import pii
from llmops_kit.pii import find_pii


@pytest.mark.parametrize("text", [
    "Račun št. 2027-004419: was it paid with my card?",
    "Rechnung Nr. 2027-004419 ist offen.",
    "Factura n.º 2027004419, por favor.",
    "Zamówienie nr 2027-004419 is late.",
    "Számla 2027-004419",
])
def test_a_number_after_a_foreign_reference_word_is_an_id(text: str) -> None:
    assert find_pii(text) == []


@pytest.mark.parametrize("text", [
    "Call me on 202-700-4419.",
    "Moja številka je 202-700-4419.",  # "my number is": no shop reference word before it
    "Handy: +49 151 23456789",
])
def test_control_a_phone_number_stays_a_phone_number(text: str) -> None:
    assert [m.kind for m in find_pii(text)] == ["phone"]


def test_switched_off_the_foreign_invoice_number_reads_as_a_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pii, "READ_FOREIGN_ID_LABELS", False)
    assert [m.kind for m in find_pii("Račun št. 2027-004419: was it paid?")] == ["phone"]

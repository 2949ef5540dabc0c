"""A reference's code prefix and a post office box are no phone numbers (the ``pii52`` round).

"PSE transaction CUS 3318827410" is a bank transfer's number: the label "transaction" makes it an id even with the
payment system's prefix "CUS" between them (``READ_CODE_PREFIXES``). "P.O. Box 30124-00100" is an address
(``READ_POSTAL_BOXES``). The same digits after any other words are still read as a phone number.
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import pii
from llmops_kit.pii import find_pii


def _phones(text: str, region: tuple[str, ...] = ("US",)) -> list[str]:
    return [m.value for m in find_pii(text, region=region) if m.kind == "phone"]


@pytest.mark.parametrize("text", [
    "PSE transaction CUS 3318827410: did my advance go through?",
    "Your order SO 4471209381 has shipped.",
    "Invoice INV 3318827410 is paid.",
])
def test_a_code_prefix_after_an_id_label_keeps_the_number_an_id(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize("text", [
    "Call CUS 3318827410 about it",  # the word before the prefix names no id
    "The transaction failed, ring ME 3318827410",
    "My mobile is 3318827410",
])
def test_a_prefix_without_an_id_label_before_it_names_no_id(text: str) -> None:
    assert _phones(text) == ["3318827410"]


def test_a_post_office_box_is_an_address_and_a_bare_box_is_not() -> None:
    assert _phones("I'm at P.O. Box 30124-00100 Nairobi. Can you send my bib there?", ("KE",)) == []
    assert _phones("Write to PO Box 0412 345 678", ("AU",)) == []
    assert _phones("Box 0412 345 678", ("AU",)) == ["0412 345 678"]
    assert _phones("Put it in the box and call 0412 345 678", ("AU",)) == ["0412 345 678"]


def test_the_switches_off_restore_the_old_reading() -> None:
    with patch.object(pii, "READ_CODE_PREFIXES", False):
        assert _phones("PSE transaction CUS 3318827410: did my advance go through?") == ["3318827410"]
    with patch.object(pii, "READ_POSTAL_BOXES", False):
        assert _phones("I'm at P.O. Box 30124-00100 Nairobi.", ("KE",)) == ["30124-00100"]

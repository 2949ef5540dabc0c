"""An amount after a currency sign the typed readers had no place for is money
(:data:`llmops_kit.text.numbers.READ_MORE_SIGNS`): the cedi's "GH₵", and ₮, ₾, ₺, ৳, ₱, ₭, ₲, ₡. "Goalkeeper gloves are
GH₵15 a session" of a page saying "GH₵10 per session" passed, its 15 taken for a bare count that "15 lockers" held.
The page's own amount stays supported; with the switch off the wrong amount passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import numbers
from llmops_kit.text.numbers import typed_quantities, unit_free_numbers
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

KIT = [Document(id="ak-4", content="Goalkeeper gloves are GH₵10 to rent per session. There are 15 lockers by the "
                                   "pitch entrance.")]
ASKED = "Can I rent gloves?"
FLAGGED = {"contradicted", "absent"}
_READERS = (typed_quantities, unit_free_numbers)


@pytest.mark.parametrize(("text", "amount"), [
    ("gloves are GH₵15 a session", "15 money"), ("₱ 450 an hour", "450 money"), ("₺1.200 a month", "1200 money"),
    ("a ₾40 deposit", "40 money"), ("৳500 a night", "500 money"), ("₡2,500 the entry", "2500 money"),
])
def test_the_signs_mark_money(text: str, amount: str) -> None:
    with fresh_scores(*_READERS):
        assert amount in typed_quantities(text)


def test_the_pages_amount_is_supported_and_a_wrong_one_flagged() -> None:
    with fresh_scores(*_READERS):
        assert set(_verdicts("Goalkeeper gloves are GH₵10 a session to rent.", KIT, ASKED)) == {"supported"}
        assert FLAGGED & set(_verdicts("Goalkeeper gloves are GH₵15 a session to rent.", KIT, ASKED))


def test_switched_off_the_wrong_amount_passes_again() -> None:
    with fresh_scores(*_READERS), patch.object(numbers, "READ_MORE_SIGNS", False):
        assert not FLAGGED & set(_verdicts("Goalkeeper gloves are GH₵15 a session to rent.", KIT, ASKED))

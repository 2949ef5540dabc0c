"""The customer's own code named as a postcode the bot cannot place is a decline (:data:`llmops_kit.customer_place.
READ_DECLINED_CODES`, the ``trap47`` round): "LS6 is a postcode district I can't map from here; we're open Mon-Fri
8am-6pm" kept the whole claim from being judged piece by piece, and the shop's hours with it were flagged. Controls:
a code the customer did not give, a piece with another figure ("3 miles away") and wrong hours beside the decline stay
flagged; with the switch off the old verdict returns."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import customer_place
from llmops_kit.customer_place import declines_own_code
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

DOCS = [Document(id="hours", content="Open Mon-Fri 8am-6pm. Closed weekends and bank holidays."),
        Document(id="trade", content="We buy back laptops up to 5 years old; offers hold for 10 days.")]
ASKED = "Is LS6 close to your workshop?"
FLAGGED = {"absent", "contradicted", "unsupported", "invented"}


def _answer(code: str = "LS6", hours: str = "8am-6pm") -> str:
    return f"{code} is a postcode district I can't map from here; we're open Mon-Fri {hours}."


@pytest.mark.parametrize("piece", ["LS6 is a postcode district I can't map from here",
                                   "LS6 is a postcode we cannot look up"])
def test_the_customer_s_code_declined_is_no_claim(piece: str) -> None:
    assert declines_own_code(piece, ASKED)


def test_the_hours_beside_the_decline_are_judged_alone() -> None:
    assert not FLAGGED & set(_verdicts(_answer(), DOCS, ASKED))


def test_control_a_code_the_customer_did_not_give_is_no_decline() -> None:
    assert not declines_own_code("LS7 is a postcode district I can't map from here", ASKED)
    assert FLAGGED & set(_verdicts(_answer(code="LS7"), DOCS, ASKED))


def test_control_a_piece_with_another_figure_is_no_decline() -> None:
    assert not declines_own_code("LS6 is a postcode district 3 miles away", ASKED)


def test_control_wrong_hours_beside_the_decline_stay_flagged() -> None:
    assert FLAGGED & set(_verdicts(_answer(hours="8am-7pm"), DOCS, ASKED))


def test_switched_off_the_joined_claim_is_flagged_again() -> None:
    with fresh_scores(), patch.object(customer_place, "READ_DECLINED_CODES", False):
        assert FLAGGED & set(_verdicts(_answer(), DOCS, ASKED))

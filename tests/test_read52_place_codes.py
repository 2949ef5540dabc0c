"""The customer's own place in the world's other postcode layouts (the ``place52`` round, ``READ_WIDER_CODES``).

Asked about a code the articles cannot hold ("Is 628 00 in your area?"), a bot that declines has said nothing about
the retrieval: the code is the customer's detail, as "I live in 2088" is. Six digits, three plus two, and three
digits beside a place name are read, and so is a code asked about as inside the business's area. A year, a count, an
amount, a price range and a code an article holds are not.
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import customer_place
from llmops_kit.contract import load_contract
from llmops_kit.customer_place import postcodes
from llmops_kit.diagnose import detect_retrieval
from llmops_kit.retrieval_fit import asks_about_own_place
from llmops_kit.testing import build_trace
from llmops_kit.traces import Document, Trace

CONTRACT = load_contract()
_YARD = [Document(id="yd-1", score=0.66, content="Cars we tow are kept at our compound in Slatina. The first 24 "
                                                "hours are free, then storage is 200 Kc per day."),
         Document(id="yd-2", score=0.41, content="At night and at weekends we add 30 % to the price of a tow.")]
_DECLINE = "I can't check postcodes from here; our compound is in Slatina, and dispatch can tell you more."


def _codes(trace: Trace) -> list[str]:
    return [f.code for f in detect_retrieval(trace, CONTRACT)]


@pytest.mark.parametrize(("text", "code"), [
    ("Is 628 00 in your area?", "628 00"),
    ("Is 110231 near your office?", "110231"),
    ("is 560034 within your service area?", "560034"),
    ("We're staying in 101 Reykjavík, are you far?", "101"),
    ("Is 2088 inside your delivery zone?", "2088"),
])
def test_the_wider_layouts_and_the_area_question_are_read(text: str, code: str) -> None:
    assert postcodes(text) == [code]


@pytest.mark.parametrize("text", [
    "Is 150000 in your range of prices?", "Is 110231 in the area of your compound?", "Is 2026 too far ahead?",
    "We have 120 guests, is that too many?", "Is 300 00 the fee?", "We were there in 2019",
])
def test_counts_amounts_years_and_other_phrases_are_no_postcode(text: str) -> None:
    assert postcodes(text) == [], text


def test_a_declined_postcode_question_is_no_retrieval_mismatch_and_the_switch_restores_the_old_reading() -> None:
    trace = build_trace("pc-1", "Is 628 00 in your area?", _YARD, _DECLINE)
    assert _codes(trace) == []
    with patch.object(customer_place, "READ_WIDER_CODES", False):
        assert postcodes("Is 628 00 in your area?") == []
        assert _codes(build_trace("pc-2", "Is 628 00 in your area?", _YARD, _DECLINE)) == ["RETRIEVAL_MISMATCH"]


def test_an_off_topic_question_beside_no_code_and_a_code_an_article_holds_are_still_read() -> None:
    """The control: the same decline to a question with no code is still a mismatch, and a code the articles
    hold is the business's, not the customer's."""
    bare = build_trace("pc-3", "Do you sell winter tyres?", _YARD, _DECLINE)
    assert _codes(bare) == ["RETRIEVAL_MISMATCH"]
    held = [Document(id="yd-3", score=0.6, content="We tow within 628 00 and 627 00 only.")]
    assert not asks_about_own_place("Is 628 00 in your area?", held)
    assert asks_about_own_place("Is 628 00 in your area?", _YARD)

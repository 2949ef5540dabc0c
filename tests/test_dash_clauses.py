"""A spaced dash after a refusal or denial is a clause break (:mod:`llmops_kit.text.dash_clauses`): each half is
judged on its own, as with ". ". Ranges, labels, verbless asides, a clause pointing back and a dash after a plain
statement stay one piece, and an invented half is still flagged once it stands alone.

The fixtures are this file's own (a bike workshop, a dog groomer, a ferry office, a print shop).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import dash_clauses as dash_module
from llmops_kit.text.claims import read_answer
from llmops_kit.text.dash_clauses import dash_clauses
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

BIKES = [Document(id="bk-1", content="Custom-built wheels can't be returned. Stock parts can be returned within 30 "
                                      "days with a receipt.")]
GROOMER = [Document(id="dg-2", content="Open Tuesday to Saturday, 9am to 5pm. We're closed on Sundays and Mondays. "
                                        "A full groom for a small dog is £45.")]
FERRY = [Document(id="fy-3", content="Foot passengers board 20 minutes before departure. Bikes travel free on the "
                                      "morning sailing.")]


@pytest.mark.parametrize(("sentence", "parts"), [
    ("The return wasn't accepted - custom wheels can't be returned",
     ["The return wasn't accepted", "custom wheels can't be returned"]),
    ("We can't take Sunday – we're closed Sundays", ["We can't take Sunday", "we're closed Sundays"]),
    ("Sorry, boarding isn't open yet — bikes are loaded first", ["boarding isn't open yet", "bikes are loaded first"]),
    ("The groomer cannot trim cats - we are a dogs-only salon", ["The groomer cannot trim cats",
                                                                 "we are a dogs-only salon"]),
])
def test_a_dash_between_two_clauses_cuts_the_sentence(sentence: str, parts: list[str]) -> None:
    assert dash_clauses(sentence) == parts


@pytest.mark.parametrize("sentence", [
    "We're open 9am - 5pm on weekdays",  # a range of times
    "The office is open Mon - Fri",  # a range of days
    "A full groom costs £40 - £55 depending on size",  # a range of amounts
    "Teeth cleaning - £30 with the full groom",  # a label before its value
    "The deposit - about £20 - is paid on the day",  # a verbless aside
    "Route A - B is the faster one",  # two labels
    "Monthly wash is £14 - that's £168 over a year",  # a clause pointing back at the one before
    "The booking doesn't have a groomer yet - that's set closer to the day",  # the same after a denial
    "Boarding is at 9:40 - bikes are loaded first",  # no refusal or denial before the dash
    "If the box hasn't come by 9pm - or it doesn't come at all - you're refunded",  # a condition going on
])
def test_ranges_labels_and_asides_stay_one_piece(sentence: str) -> None:
    assert dash_clauses(sentence) == [sentence]


def test_each_half_is_read_as_its_own_claim() -> None:
    reading = read_answer("Sorry, we can't take the booking - foot passengers must board 20 minutes before departure.",
                          r"\[\d+\]", (), (), 3)
    assert [claim for _, claim, _ in reading.claims] == ["foot passengers must board 20 minutes before departure"]
    with patch.object(dash_module, "READ_DASH_CLAUSES", False):
        assert len(read_answer("We can't take the booking - foot passengers must board 20 minutes early.",
                               r"\[\d+\]", (), (), 3).claims) == 1



def test_a_sentence_that_is_conversation_as_a_whole_stays_so() -> None:
    reading = read_answer("I can't take card numbers in chat - the office will send you a payment link.",
                          r"\[\d+\]", (), (), 3)
    assert reading.claims == ()


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("Sorry, the return wasn't accepted - custom-built wheels can't be returned.", BIKES,
     "Can I return the custom wheels I bought?"),
    ("Can't do Sunday, sorry - we're closed on Sundays.", GROOMER, "Can I bring my dog in on Sunday?"),
])
def test_a_refusal_and_its_reason_are_supported(answer: str, docs: list[Document], query: str) -> None:
    assert set(_verdicts(answer, docs, query)) == {"supported"}


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("Custom-built wheels can't be returned - the store will give you a full refund in cash instead.", BIKES,
     "Can I return the custom wheels I bought?"),
    ("We can't groom on Sundays - a full groom for a small dog is £35.", GROOMER, "How much is a groom?"),
    ("Foot passengers can't board later than 20 minutes before departure - cars must be at the port two hours early.",
     FERRY,
     "When do I need to be at the port?"),
])
def test_an_invented_half_is_still_flagged(answer: str, docs: list[Document], query: str) -> None:
    assert set(_verdicts(answer, docs, query)) - {"supported"}

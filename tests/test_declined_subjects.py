"""An answer that says its texts lack the question's own subject, beside a neighbouring topic they do hold, shows a
retrieval that missed: RETRIEVAL_MISMATCH in the undecided band. Traps on the customer's own datum stay clean."""

from __future__ import annotations

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.declined_subjects import DECLINED_SUBJECT, declined_pieces, reread_declines
from llmops_kit.diagnose import detect_retrieval
from llmops_kit.grounding import ClaimSupport
from llmops_kit.testing import build_trace
from llmops_kit.traces import Document

CONTRACT = load_contract()

_SERVICE = Document(id="kb/service-1", score=0.62,
                    content="A home espresso machine service is $149, including a descale and new gaskets. "
                            "Turnaround is 5 business days.")
_BEANS = Document(id="kb/beans-1", score=0.57,
                  content="Beans are best within 6 weeks of roast; ground coffee within 2 weeks.")
_LAMINATE = Document(id="pr-03", score=0.66,
                     content="We laminate A3 and A4 sheets in gloss or matt film: £2 a sheet, ready the same day.")
_PARKING = Document(id="cp-2", score=0.61,
                    content="Guests park in our own car park behind the hotel for £4 a day.")
_BREAKFAST = Document(id="cp-5", score=0.52, content="Breakfast is served from 7am to 10am in the conservatory.")
_KAYAK = Document(id="kt-1", score=0.64,
                  content="Our kayak tours leave the slipway at 9am and 2pm. Adults £45, children £30.")
_WALK = Document(id="wt-2", score=0.63,
                 content="The walking tour lasts 3 hours and includes lunch at a café on the square.")
_MEET = Document(id="kt-4", score=0.66,
                 content="Tours start and end at the blue hut on the harbour beach. Groups of 8 or more book ahead.")

#: (question, articles, an answer declining the question's subject beside what the texts do hold)
DECLINED = [
    ("Can you sharpen the burrs on my grinder?", [_SERVICE, _BEANS],
     "Our servicing note only covers home espresso machines ($149 with a descale and new gaskets); it doesn't "
     "mention grinders or burrs."),
    ("Can you print the posters as well?", [_LAMINATE], "We laminate; the pages don't mention printing."),
    ("What does the council charge for a residents' permit?", [_PARKING, _BREAKFAST],
     "I only have our own parking charge (£4 a day); the council's permit fee isn't in our terms."),
    ("Can you recommend a whale-watching boat?", [_KAYAK],
     "I don't have information on whale-watching; the notes I found describe our kayak tours."),
]


def _codes(question: str, documents: list[Document], answer: str) -> list[str]:
    return [f.code for f in detect_retrieval(build_trace("ds-1", question, documents, answer), CONTRACT)]


@pytest.mark.parametrize(("question", "documents", "answer"), DECLINED)
def test_a_declined_subject_beside_a_neighbouring_topic_is_a_mismatch(question: str, documents: list[Document],
                                                                     answer: str) -> None:
    assert _codes(question, documents, answer) == ["RETRIEVAL_MISMATCH"]


@pytest.mark.parametrize(("question", "documents", "answer"), [
    # a faithful answer from the right article
    ("How much is an espresso machine service?", [_SERVICE, _BEANS],
     "A home espresso machine service is $149, including a descale and new gaskets."),
    # the right article, silent on one detail: the fact beside the decline meets the question
    ("Does the walking tour include lunch and vegetarian options?", [_WALK],
     "The walking tour includes lunch at a café on the square; the notes don't mention vegetarian options."),
    # a trap on the customer's own datum, declined in the same words: the subject is the customer's, not a topic
    ("Our company number is 51 824 753 556, can you invoice the company?", [_MEET],
     "The tour sheets don't mention invoicing companies."),
    # the caller's side of the line: the published contact is the answer
    ("Calling from Canada, which number do I dial?", [_MEET], "From Canada dial +44 1637 555 0100."),
])
def test_answers_and_traps_stay_clean(question: str, documents: list[Document], answer: str) -> None:
    assert _codes(question, documents, answer) == []


def _verdict(claim: str, source: str = "document kb/service-1", verdict: str = "supported") -> ClaimSupport:
    return ClaimSupport(claim=claim, verdict=verdict, source=source)


def test_only_a_decline_with_limits_is_read_as_a_decline() -> None:
    unheld = frozenset({"grinder", "burr", "sharpen"})
    claim = "Our servicing note only covers home espresso machines ($149); it doesn't mention grinders or burrs"
    assert declined_pieces(claim, unheld) == (True, "")
    [read] = reread_declines([_verdict(claim)], "Can you sharpen the burrs on my grinder?", unheld)
    assert read.source == DECLINED_SUBJECT and read.claim == claim
    # a fact beside the decline is kept, to be judged against the question
    assert declined_pieces("We service espresso machines; the pages don't mention grinders", unheld) == (
        False, "We service espresso machines")


@pytest.mark.parametrize("claim", [
    "Our notes don't mention descaling",                      # a subject the question does not name
    "Our notes don't mention a $20 fee for grinders",        # a figure in the subject: a claim, not a topic
    "They don't mention grinders",                          # "they" without the texts named as limited
    "The service doesn't include grinders",                  # the business's rule, not its texts
    "We sharpen grinder burrs for $30",                      # no denial at all
])
def test_other_denials_are_not_read(claim: str) -> None:
    assert declined_pieces(claim, frozenset({"grinder", "burr", "sharpen"})) is None


def test_a_message_with_the_customers_figure_is_not_read() -> None:
    claim = "The tour sheets don't mention collecting guests"
    support = [_verdict(claim, source="system prompt")]
    unheld = frozenset({"collect", "apart"})
    assert reread_declines(support, "Our apartment is at 85330 Kotor, do you collect from there?", unheld) == support
    assert reread_declines(support, "Do you collect from the apartments?", unheld)[0].source == DECLINED_SUBJECT

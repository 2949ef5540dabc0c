"""A decline that names the articles in the business's own words is the model's reading that they miss the question
(:func:`llmops_kit.retrieval_fit.says_lacking`): "Not something our shop notes cover", "That's outside our shop
notes", "Both guides I found cover bike hire and helmets only; e-scooters are not mentioned". Beside off-topic articles
in the score band where the score cannot decide, such an answer shows a RETRIEVAL_MISMATCH. Controls: the same words
of a place or a team, not of texts; a found-texts sentence the articles contradict; an on-topic article answered
faithfully."""

from __future__ import annotations

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.declines import describes_missing
from llmops_kit.diagnose import detect_retrieval
from llmops_kit.testing import build_trace
from llmops_kit.traces import Document

CONTRACT = load_contract()
HIRE = Document(id="bk-2", score=0.61, content="Adult bikes hire at £18 a day and children's bikes at £10 a day. "
                                               "Every hire includes a helmet and a lock.")
HOURS = Document(id="bk-5", score=0.55, content="The hire shed opens 9am to 5pm from March to October.")


def _codes(question: str, answer: str, documents: list[Document] | None = None) -> list[str]:
    trace = build_trace("sd-1", question, documents or [HIRE, HOURS], answer)
    return [f.code for f in detect_retrieval(trace, CONTRACT)]


@pytest.mark.parametrize("sentence", [
    "Not something our shop notes cover",
    "That's outside our shop notes",
    "It's beyond the help articles, sorry",
])
def test_a_sentence_putting_the_question_beyond_the_texts_describes_them(sentence: str) -> None:
    assert describes_missing(sentence)


@pytest.mark.parametrize("sentence", [
    "That's outside our delivery area",  # a place, not texts
    "Not something our team covers",  # people, not texts
    "That's beyond our opening hours",
    "Our notes say the shed opens at 9am",  # a statement, no denial
    "The delivery notes don't show a signature",  # "notes" of the business's papers, no "outside" / "not something"
])
def test_the_same_words_of_no_texts_describe_nothing(sentence: str) -> None:
    """Control: 'outside' / 'not something' said of a place, a team or the hours is a fact of the business."""
    assert not describes_missing(sentence)


@pytest.mark.parametrize("answer", [
    "Not something our shop notes cover.",
    "That's outside our shop notes, sorry.",
    "Both guides I found cover bike hire and helmets only; kayaks are not mentioned.",
])
def test_a_decline_in_the_businesss_own_words_beside_off_topic_articles_is_a_mismatch(answer: str) -> None:
    assert _codes("Do you rent kayaks for the river?", answer) == ["RETRIEVAL_MISMATCH"]


def test_a_found_texts_sentence_the_articles_contradict_is_no_decline() -> None:
    """Control: the hire article does mention helmets, so 'helmets are not mentioned' is no reading of what the texts
    lack (the scorer finds it contradicted): the answer is HALLUCINATION's to judge, not retrieval's."""
    assert _codes("Are helmets included with the kayak?",
                  "Both guides I found cover bike hire only; helmets are not mentioned.") == []


def test_an_on_topic_article_answered_faithfully_stays_healthy() -> None:
    """Control: the article speaks to the question and the answer restates it: no mismatch."""
    assert _codes("How much is a children's bike for the day?",
                  "A children's bike is £10 a day, helmet included.") == []

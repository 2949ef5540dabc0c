"""The customer's "both of us" read as a party of two (:data:`llmops_kit.named_party.READ_PAIRED_PARTIES`): "My son
and I both want to join" gives the 2 of "2 × 24 000 = 48 000 Ft", as "the two of us" would. Controls: a count the
party does not make, a question with no "both" for people, "both" of two things; with the switch off the 2 is
unheld again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import named_party, quality
from llmops_kit.named_party import paired_party
from llmops_kit.quality import Document, score_answer

GYM = [Document(id="g-1", content="The annual gym membership is 24 000 Ft per person. A locker key deposit is "
                                   "2 000 Ft.")]
BOTH = "My son and I both want to join - what will membership cost us?"
ANSWER = "Membership is 2 × 24 000 = 48 000 Ft for the year, plus a 2 000 Ft locker key deposit."


def _held(query: str, answer: str) -> bool:
    quality._memo.clear()  # verdicts are memoised on the texts alone, not on the switches
    try:
        return all(v.supported for v in score_answer(answer, GYM, query=query).support)
    finally:
        quality._memo.clear()


@pytest.mark.parametrize("question", [BOTH, "Membership for both of us?", "Can we both join?",
                                      "How much for us both?"])
def test_both_of_us_is_a_party_of_two(question: str) -> None:
    assert paired_party(question)


@pytest.mark.parametrize("question", ["Do you sell both rackets and balls?", "My son wants to join.", ""])
def test_both_of_things_or_no_both_is_no_party(question: str) -> None:
    assert not paired_party(question)


def test_the_count_of_the_pair_is_held() -> None:
    assert _held(BOTH, ANSWER)


@pytest.mark.parametrize(("query", "answer"), [
    (BOTH, ANSWER.replace("2 × 24 000 = 48 000", "3 × 24 000 = 72 000")),  # a count the pair does not make
    ("My son wants to join - what will membership cost?", ANSWER),  # one person named, no pair
    ("Both rackets and the membership - what will it cost us?", ANSWER),  # "both" of things
])
def test_a_count_no_pair_gives_stays_flagged(query: str, answer: str) -> None:
    assert not _held(query, answer)


def test_switched_off_the_pair_is_not_counted() -> None:
    with patch.object(named_party, "READ_PAIRED_PARTIES", False):
        assert not paired_party(BOTH)
        assert not _held("My daughter and I both want to join: how much is membership for us?",
                         "Membership comes to 2 × 24 000 = 48 000 Ft a year, plus the 2 000 Ft locker deposit.")

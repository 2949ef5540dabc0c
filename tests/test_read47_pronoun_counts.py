"""A number word heading a pronoun for things just named (:data:`llmops_kit.text.number_word_uses.READ_PRONOUN_COUNTS`,
the ``nums47`` round): "The two can't be combined, so we take the bigger one" points back to two offers; it states
no count the evidence must hold. Controls: "the two lessons" counts lessons and "the two of you" the customer's
party, so a count the texts do not give stays flagged; with the switch off the pronoun is the figure 2 again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.quality import Document, score_answer
from llmops_kit.text import number_word_uses
from llmops_kit.text.numbers import claim_numbers

from .verdict_cases import fresh_scores

SURF = [
    Document(id="s-1", content="A surf lesson costs €45 per person. Students get €5 off each lesson. Members get "
                               "10% off. Offers do not stack: we apply the bigger one."),
]
ASKED = "I'm a student and a member. What do I pay for a lesson?"


def _held(answer: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, SURF, query=ASKED).support)


@pytest.mark.parametrize("text", [
    "The two can't be combined, so we take the bigger one.",
    "The three of them are listed above.",
    "We never stack the two.",
])
def test_a_pronoun_head_states_no_figure(text: str) -> None:
    assert claim_numbers(text) == frozenset()


@pytest.mark.parametrize(("text", "figure"), [
    ("The two lessons cost €90.", "2"),  # a count of lessons
    ("For the two of you it is €90.", "2"),  # the customer's party
    ("The three are ours; the five tickets are yours.", "5"),  # the pronoun goes, the count stays
])
def test_a_count_of_a_noun_or_of_the_party_stays_a_figure(text: str, figure: str) -> None:
    assert figure in claim_numbers(text)


def test_the_answer_naming_the_two_offers_is_held() -> None:
    assert _held("A lesson is €45: the student offer takes €5 off and the member offer 10% (€4.50). The two "
                 "don't stack, so the bigger one applies: you pay €40.")


def test_a_count_the_texts_do_not_give_stays_flagged() -> None:
    assert not _held("The two lessons come to €40 after the student offer.")


def test_switched_off_the_pronoun_is_the_figure_two_again() -> None:
    with patch.object(number_word_uses, "READ_PRONOUN_COUNTS", False):
        assert claim_numbers("The two will not stack here.") == {"2"}
        assert not _held("A lesson is €45: the student offer takes €5 off and the member offer 10% (€4.50). The "
                         "two won't stack, so the bigger one applies: you pay €40.")

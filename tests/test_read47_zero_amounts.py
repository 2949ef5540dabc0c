"""An amount of none said in words (:data:`llmops_kit.text.number_word_uses.READ_ZERO_AMOUNTS`, the ``nums47``
round): "with the cover it drops to zero" states the amount 0, which the evidence must hold; "brings it down to
800 zł" does not. Controls: "drops to zero" is held where the article says so (in a figure or in words), "zero
tolerance" states no amount; with the switch off the claim states no figure and passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.quality import Document, score_answer
from llmops_kit.text import number_word_uses
from llmops_kit.text.numbers import claim_numbers

from .verdict_cases import fresh_scores

ASKED = "What do I pay if I dent the scooter?"
ANSWER = "The deductible is 3 000 zł per damage; with Calm cover (49 zł per ride) it drops to zero."


def _docs(cover: str) -> list[Document]:
    return [Document(id="r-1", content=f"Every ride is insured. The deductible is 3 000 zł per damage; Calm cover "
                                       f"{cover} for 49 zł per ride.")]


def _held(answer: str, cover: str) -> bool:
    with fresh_scores():
        return all(v.supported for v in score_answer(answer, _docs(cover), query=ASKED).support)


@pytest.mark.parametrize("text", ["it drops to zero", "the fee falls to nothing", "it comes down to zero"])
def test_an_amount_of_none_is_the_figure_zero(text: str) -> None:
    assert claim_numbers(text) == {"0"}


@pytest.mark.parametrize("text", ["we have zero tolerance for speeding", "a zero-waste shop", "nothing to pay here"])
def test_a_zero_that_states_no_amount_is_no_figure(text: str) -> None:
    assert claim_numbers(text) == frozenset()


def test_drops_to_zero_against_another_amount_is_flagged() -> None:
    assert not _held(ANSWER, "brings it down to 800 zł")


@pytest.mark.parametrize("cover", ["brings it down to zero", "brings it down to 0 zł", "brings it down to nothing"])
def test_drops_to_zero_where_the_article_says_so_is_held(cover: str) -> None:
    assert _held(ANSWER, cover)


def test_switched_off_the_claim_states_no_figure_again() -> None:
    with patch.object(number_word_uses, "READ_ZERO_AMOUNTS", False):
        assert claim_numbers("so the charge goes to zero") == frozenset()
        assert _held(ANSWER.replace("drops", "goes"), "brings it down to 800 zł")

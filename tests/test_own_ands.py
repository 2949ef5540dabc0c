"""A list's first "and" read inside its first item when commas and the list's own closing "and" follow:
``READ_OWN_ANDS`` in :mod:`llmops_kit.text.enumeration`."""

from __future__ import annotations

import pytest

from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text import enumeration
from llmops_kit.text.enumeration import listed_counts, miscounted_lists
from llmops_kit.traces import Document

BAKERY = [Document(id="kb-1", content="The tasting box holds 5 bakes: a scone and its jam, a brownie, a flapjack, "
                                      "a tart and a cookie. Boxes are collected from 10:00.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


def test_an_item_with_its_own_and_counts_once() -> None:
    claim = "You get 5 bakes (a scone and jam, a brownie, a flapjack, a tart and a cookie)."
    assert listed_counts(claim) == {"5"} and not miscounted_lists(claim)


@pytest.mark.parametrize("count", ["2", "6"])
def test_another_count_of_that_list_is_miscounted(count: str) -> None:
    claim = f"You get {count} bakes (a scone and jam, a brownie, a flapjack, a tart and a cookie)."
    assert count in miscounted_lists(claim) and count not in listed_counts(claim)


def test_a_list_closed_at_its_first_and_is_still_read_there() -> None:
    claim = "We run two slots a day, 09:30 and 14:00, April through October."
    assert listed_counts(claim) == {"2"}
    assert "2" in listed_counts("We have two rooms, Oak and Elm, on the first floor and the second.")


def test_a_scored_answer() -> None:
    right = "The tasting box has 5 bakes (a scone and jam, a brownie, a flapjack, a tart and a cookie)."
    wrong = "The tasting box has 2 bakes (a scone and jam, a brownie, a flapjack, a tart and a cookie)."
    assert "contradicted" not in _verdicts(right, BAKERY) and "absent" not in _verdicts(right, BAKERY)
    assert {"contradicted", "absent"} & set(_verdicts(wrong, BAKERY))


def test_switched_off_the_first_and_closes_the_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(enumeration, "READ_OWN_ANDS", False)
    claim = "You get 2 bakes (a scone and jam, a brownie, a flapjack, a tart and a cookie)."
    assert "2" in listed_counts(claim)

"""A shortfall is the rule's figure less the customer's (:mod:`llmops_kit.shortfalls`): made-up requests in
several domains, the right difference held and a wrong one flagged."""

from __future__ import annotations

import pytest

from llmops_kit.quality import Document, score_answer
from llmops_kit.shortfalls import shortfall_figures

CLIMB = [Document(id="c-1", content="The lead-climbing course needs 30 logged top-rope climbs first.")]
CAFE = [Document(id="k-3", content="A loyalty card with 10 stamps earns a free coffee.")]


def _held(documents: list[Document], query: str, answer: str) -> bool:
    report = score_answer(answer, documents, query=query)
    return all(v.supported for v in report.support)


@pytest.mark.parametrize(("documents", "query", "answer"), [
    (CLIMB, "I have 22 climbs. Can I do lead?", "Lead needs 30 logged climbs, so you're 8 short."),
    (CAFE, "I have 7 stamps. Is my coffee free yet?", "A free coffee needs 10 stamps, so you're 3 stamps short."),
])
def test_the_difference_is_held(documents: list[Document], query: str, answer: str) -> None:
    assert _held(documents, query, answer)


@pytest.mark.parametrize(("documents", "query", "answer"), [
    (CLIMB, "I have 22 climbs. Can I do lead?", "Lead needs 30 logged climbs, so you're 7 short."),
    (CAFE, "I have 7 stamps. Is my coffee free yet?", "A free coffee needs 10 stamps, so you're 2 stamps short."),
])
def test_another_figure_is_flagged(documents: list[Document], query: str, answer: str) -> None:
    assert not _held(documents, query, answer)


def test_the_reader() -> None:
    assert shortfall_figures("needs 20 dives, so you're 6 short", "I have 14 dives") == (frozenset({"6"}), frozenset())
    assert shortfall_figures("needs 20 dives, so you're 7 short", "I have 14 dives") == (frozenset(), frozenset({"7"}))
    # without the customer's figure, or the claim's, nothing is read
    assert shortfall_figures("you're 7 short", "I have 14 dives") == (frozenset(), frozenset())
    assert shortfall_figures("needs 20 dives, so you're 7 short", "Can I dive?") == (frozenset(), frozenset())

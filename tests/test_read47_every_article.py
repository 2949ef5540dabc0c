"""A claim's "every X" held where each retrieved article naming X says the rest
(:data:`llmops_kit.universal_scope.READ_EVERY_ARTICLE`): "Every canyon tour is led by a licensed guide" where the one
article naming canyon tours says its canyon tour is led by a licensed guide. Controls: a second article naming canyon
tours without a guide keeps the scope widened, and so does a claim saying more than the article; with the switch off
the old verdict returns. The fixtures are this file's own (a canyoning outfitter)."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import universal_scope
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

TOUR = Document(id="cy-1", content="Our half-day canyon tour is led by a licensed guide and includes wetsuits and "
                                   "helmets. Tours leave at 9:00 and 14:00.")
BOOKING = Document(id="cy-4", content="Book online or at the shop; pay on the day by card or cash.")
SELF_GUIDED = Document(id="cy-6", content="The easy canyon tour on the lower river is self-guided with a map.")
QUESTION = "Who takes us through the canyon?"
EVERY = "Every canyon tour is led by a licensed guide."


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, docs, query=QUESTION).support]


def test_every_article_naming_the_thing_says_it() -> None:
    assert _verdicts(EVERY, [TOUR, BOOKING]) == ["supported"]


def test_an_article_naming_the_thing_without_it_keeps_the_scope_widened() -> None:
    assert _verdicts(EVERY, [TOUR, BOOKING, SELF_GUIDED]) == ["unsupported"]


def test_a_claim_saying_more_than_the_article_stays_unsupported() -> None:
    assert _verdicts("Every canyon tour is led by two licensed guides with first-aid training.", [TOUR, BOOKING]) != [
        "supported"]


def test_switched_off_the_old_verdict_returns() -> None:
    with patch.object(universal_scope, "READ_EVERY_ARTICLE", False):
        assert _verdicts(EVERY, [TOUR, BOOKING]) == ["unsupported"]

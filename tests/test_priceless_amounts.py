"""An amount of money the answer can have computed from no price: when neither the answer nor the customer states
another amount, a pair of its durations or counts that happens to reach the amount ("48 hours ... 72 hours ...
a £1.50 fee": 72 / 48) is no arithmetic of prices, so the amount stays absent. Each with its control: an amount
worked from the article's own price, or from the customer's, stays supported."""

from __future__ import annotations

import pytest

from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

HARD = ("absent", "contradicted")

LOCKERS = [Document(id="kb-801", content="Lockers can be booked up to 48 hours before your visit. A booking is kept "
                                         "for 72 hours after you arrive, then cleared.")]
RENTAL = [Document(id="kb-802", content="A locker costs £3 per day. Lockers can be booked up to 48 hours ahead.")]


def _verdicts(answer: str, docs: list[Document], query: str = "") -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


def test_a_fee_no_price_derives_is_absent() -> None:
    """1.50 is 72 / 48, two durations: no price, so the invented fee is absent."""
    answer = "You can book up to 48 hours ahead, and it's kept for 72 hours. There's a £1.50 booking fee."
    verdicts = _verdicts(answer, LOCKERS)
    assert verdicts[-1] in HARD


def test_without_the_reading_the_fee_was_derived(monkeypatch: pytest.MonkeyPatch) -> None:
    """Control on the mechanism: with the reading off, the pair of durations explained the fee away."""
    monkeypatch.setattr("llmops_kit.evidence_derived._priceless_amounts", lambda *args: frozenset())
    answer = "You can book up to 48 hours ahead, and it's kept for 72 hours. There's a £1.50 booking fee."
    assert _verdicts(answer, LOCKERS)[-1] == "supported"


def test_an_amount_worked_from_the_articles_price_is_supported() -> None:
    """Control: £6 is 2 days at the article's £3 a day: a price stated in the answer."""
    assert _verdicts("Two days at £3 per day comes to £6.", RENTAL) == ["supported"]


def test_an_amount_worked_from_the_customers_price_is_supported() -> None:
    """Control: the customer's own £240 is the price that £120 halves."""
    docs = [Document(id="kb-803", content="We take a 50% deposit when you order and the rest on delivery.")]
    assert _verdicts("That's a 50% deposit, so £120 today.", docs, query="My table is £240. What do I pay now?") \
        == ["supported"]


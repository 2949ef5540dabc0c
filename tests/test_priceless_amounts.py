"""An amount of money the answer can have computed from no price: when neither the answer nor the customer states
another amount, a pair of its durations or counts that happens to reach the amount ("48 hours ... 72 hours ...
a £1.50 fee": 72 / 48) is no arithmetic of prices, so the amount stays absent. Each with its control: an amount
worked from the article's own price, or from the customer's, stays supported."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmops_kit.io import load_traces
from llmops_kit.quality import HeuristicScorer, score_answer, score_trace
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
    # own_operands also holds a plain fee to the figures of its own sentence: off, to show the pair
    monkeypatch.setattr("llmops_kit.own_operands.READ_OWN_OPERANDS", False)
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




MUSIC_FOLLOW_UP = Path(__file__).parent / "data" / "holdout9" / "native" / "music-057.json"


def _follow_up_verdicts(tmp_path: Path, figure: str) -> list[str]:
    """The read-set trace with its answer's per-lesson figure (GBP 18.00) written as ``figure`` everywhere."""
    path = tmp_path / "follow-up.json"
    path.write_text(MUSIC_FOLLOW_UP.read_text(encoding="utf-8").replace("GBP 18.00", figure), encoding="utf-8")
    return [v.verdict for v in score_trace(load_traces(path).traces[0]).support]


def test_an_amount_worked_from_a_price_an_earlier_turn_gave_is_supported(tmp_path: Path) -> None:
    """A read-set follow-up: the assistant said "GBP 198.00 for a term of 11 weeks" a turn ago, and the answer
    works per lesson from it ("GBP 18.00 a lesson") without restating it. The earlier turn's price is one to
    work from, so the amount is not priceless (it was flagged absent when only the question counted)."""
    assert _follow_up_verdicts(tmp_path, "GBP 18.00") == ["supported"]


def test_a_wrong_amount_on_an_earlier_turns_price_is_still_flagged(tmp_path: Path) -> None:
    """Control: GBP 23.00 is no arithmetic of the earlier GBP 198.00, the 11 lessons or the 30 minutes."""
    assert _follow_up_verdicts(tmp_path, "GBP 23.00") != ["supported"]


def test_a_money_figure_reached_by_durations_and_counts_alone_is_flagged(tmp_path: Path) -> None:
    """GBP 19.00 is 30 - 11: minutes less lessons, no price. The all-or-nothing guard lifts as soon as the
    earlier turn states GBP 198.00; a duration is no addend of an amount (:func:`llmops_kit.evidence_derived.
    _other_kinds`), so the difference no longer explains the figure away."""
    assert _follow_up_verdicts(tmp_path, "GBP 19.00") != ["supported"]

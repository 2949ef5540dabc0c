"""The scorer's memo: recent verdicts as objects, older ones packed as JSON; bounded, keyed on every input."""

from __future__ import annotations

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.quality import HeuristicScorer, QualityReport, score_answer
from llmops_kit.traces import Document
from llmops_kit.verdict_memo import RECENT, VerdictMemo

DOCS = [Document(id="kb-100", content="Refunds reach the original card within 5 business days. A $5 fee applies.")]
ANSWER = "Refunds reach your card within 5 business days [kb-100]. A $7 fee applies [kb-100]."


def test_an_older_verdict_comes_back_equal_from_its_packed_form() -> None:
    """After more than RECENT other requests, a repeated request gets an equal verdict, not a recomputed one."""
    first = score_answer(ANSWER, DOCS, query="How long do refunds take?")
    for n in range(RECENT + 5):
        score_answer(f"Refunds take {n} days.", DOCS, query="How long do refunds take?")
    again = score_answer(ANSWER, DOCS, query="How long do refunds take?")
    assert again is not first
    assert again == first and again.model_dump() == first.model_dump()
    assert [s.verdict for s in again.support] == ["supported", "contradicted"]


def test_the_same_texts_under_another_contract_are_scored_anew() -> None:
    """The contract is part of the key: no verdict made under one contract is served under another."""
    base = load_contract()
    strict = base.model_copy(update={"quality": base.quality.model_copy(
        update={"lexical_support": 1.0, "semantic_support": 0.999})})
    answer = "The refund goes back to your original card."
    loose = score_answer(answer, DOCS, contract=load_contract())
    tight = score_answer(answer, DOCS, contract=strict)
    assert tight == HeuristicScorer(strict).score(answer, DOCS)
    assert loose == HeuristicScorer(load_contract()).score(answer, DOCS)
    assert score_answer(answer, DOCS, contract=strict) is tight
    assert (loose.groundedness, tight.groundedness) == (1.0, 0.0)  # the two contracts disagree on these texts


def test_other_inputs_are_other_entries() -> None:
    """A changed query, instruction or document text is a new request, never a stale verdict."""
    base = score_answer(ANSWER, DOCS)
    other_docs = [Document(id="kb-100", content="Refunds reach the original card within 5 business days. "
                                                 "A $7 fee applies.")]
    assert score_answer(ANSWER, other_docs).groundedness == 1.0
    assert base.groundedness == 0.5
    assert score_answer(ANSWER, DOCS, instructions="Cite every fact.") == HeuristicScorer(load_contract()).score(
        ANSWER, DOCS, instructions="Cite every fact.")


def test_the_memo_is_bounded_by_key_characters_and_recent_objects() -> None:
    """Entries beyond the character budget are evicted, a request over the budget is not kept at all,
    and at most ``recent`` verdicts are held as objects."""
    memo: VerdictMemo[QualityReport] = VerdictMemo(QualityReport, budget=2_000, recent=2)
    report = QualityReport(score=1.0, groundedness=1.0, claims=1, reason="ok")
    for n in range(50):
        memo.put(("request", n), 100, report)
    assert 0 < len(memo) < 50
    assert memo.get(("request", 49)) == report and memo.get(("request", 0)) is None
    memo.put("huge", 5_000, report)
    assert memo.get("huge") is None
    assert len(memo._recent) <= 2
    memo.clear()
    assert len(memo) == 0 and memo.get(("request", 49)) is None


def test_a_memo_without_recent_objects_is_refused() -> None:
    """``recent`` below 1 is a configuration error that says what to pass."""
    with pytest.raises(ValueError, match="recent >= 1"):
        VerdictMemo(QualityReport, budget=1_000, recent=0)

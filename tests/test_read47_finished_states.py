"""A job said done of a record still under way (:data:`llmops_kit.claimed_states.READ_FINISHED_STATES`): "RP-5521 is
finished and waiting at the counter" holds no status word, so the record's "state: in progress" was never compared
with it. Controls: a record whose state says it is done, a claim that it is not finished yet, a state neither done
nor under way; with the switch off the claim passes again. The fixtures are this file's own (a bicycle repair shop)."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import claimed_states
from llmops_kit.evidence_readers import render_tool_output
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

PICKUP = Document(id="bk-4", content="Collect your bike at the counter with your repair slip. Bikes not collected "
                                     "within 60 days are donated.")
QUESTION = "Is my bike on RP-5521 ready?"
FINISHED = "Yes, RP-5521 is finished and waiting for you at the counter; bring your repair slip."


def _verdicts(answer: str, state: str) -> list[str]:
    record = {"ticket": "RP-5521", "item": "city bike, new chain", "price_eur": 45.0, "state": state}
    docs = [PICKUP, Document(id="tool:repair_lookup", content=render_tool_output(record))]
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, docs, query=QUESTION).support]


@pytest.mark.parametrize("state", ["in progress", "waiting for parts"])
def test_a_job_said_done_while_under_way_is_contradicted(state: str) -> None:
    assert _verdicts(FINISHED, state) == ["contradicted"]


@pytest.mark.parametrize(("answer", "state"), [
    (FINISHED, "ready for collection"),  # the record says it is done
    (FINISHED, "completed"),
    ("RP-5521 is not finished yet; it is still in progress.", "in progress"),  # the claim agrees
])
def test_controls_are_not_contradicted(answer: str, state: str) -> None:
    assert "contradicted" not in _verdicts(answer, state)


def test_switched_off_the_claim_is_not_compared() -> None:
    with patch.object(claimed_states, "READ_FINISHED_STATES", False):
        assert "contradicted" not in _verdicts(FINISHED, "in progress")

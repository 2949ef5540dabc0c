"""Two readings of the ``state51`` round, each a right claim the status or threshold check read wrongly.

- :data:`llmops_kit.claimed_states.READ_PAYMENT_BESIDE_STATE`: "already paid up front" beside a record's "state:
  waiting for stock" was compared with that state as if the state said the job was unpaid. A state that speaks of
  progress only holds no payment to deny. Controls: a state that speaks of payment ("awaiting payment") or holds a
  status word ("pending") still clashes with "paid".
- :data:`llmops_kit.free_thresholds.READ_RESTATED_THRESHOLDS`: "Postage is £4.20 on a £30 order; it's free over £50"
  restates the article's rule, and its "free" was read as a waiver given to the customer's £30 order. Controls: a
  claim that calls the customer's postage free below the threshold is still contradicted.

With each switch off the old verdict returns. The fixtures are this file's own (a trophy engraver and a tea shop).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import claimed_states, free_thresholds
from llmops_kit.evidence_readers import render_tool_output
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores, fresh_verdicts

ENGRAVING = Document(id="en-3", content="When a blank cup has to be ordered in, you pay for the cup up front and we "
                                        "keep the order open for 4 weeks.")
ASKED = "Where is my trophy order, ref TR-5521?"
PAID_BESIDE = "Order TR-5521 is waiting for the cup to come in (£24.00, already paid up front)."


def _record(state: str) -> Document:
    record = {"ref": "TR-5521", "item": "silver cup", "cup gbp": 24.0, "state": state}
    return Document(id="tool:order_lookup", content=render_tool_output(record))


def _verdicts(answer: str, state: str) -> list[str]:
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, [ENGRAVING, _record(state)], query=ASKED).support]


def test_a_payment_beside_a_state_of_progress_is_no_clash() -> None:
    assert _verdicts(PAID_BESIDE, "waiting for stock") == ["supported"]


@pytest.mark.parametrize("state", ["awaiting payment", "pending", "invoice sent"])
def test_control_a_state_that_can_speak_of_payment_still_clashes(state: str) -> None:
    assert _verdicts("Order TR-5521 is paid.", state) == ["contradicted"]


def test_payment_beside_state_off_returns_the_old_verdict() -> None:
    with patch.object(claimed_states, "READ_PAYMENT_BESIDE_STATE", False):
        assert _verdicts(PAID_BESIDE, "waiting for stock") == ["contradicted"]


POSTAGE = [Document(id="t-1", content="Postage within the UK is £4.20, free over £50.00.")]
POSTAGE_ASKED = "How much is postage on a £30 order?"
RESTATED = "Postage is £4.20 on a £30 order; it's free over £50.00."


def test_a_restated_threshold_gives_no_waiver() -> None:
    assert fresh_verdicts(RESTATED, POSTAGE, POSTAGE_ASKED) == ["supported"]


def test_control_postage_called_free_below_the_threshold_is_contradicted() -> None:
    assert fresh_verdicts("Postage on your £30 order is free.", POSTAGE, POSTAGE_ASKED) == ["contradicted"]


def test_restated_thresholds_off_returns_the_old_verdict() -> None:
    with patch.object(free_thresholds, "READ_RESTATED_THRESHOLDS", False):
        assert fresh_verdicts(RESTATED, POSTAGE, POSTAGE_ASKED) == ["contradicted"]

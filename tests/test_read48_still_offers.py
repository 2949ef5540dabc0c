"""An offer a refusal left open (:data:`llmops_kit.failure_notes.READ_STILL_OFFERS`): "I can still hold it from
tomorrow if you like" after "I couldn't hold tonight's loaf: orders close at 6pm the day before", and "You can still
come and pick one from the shelf while we're open". Controls: a benefit no text offers, a weekday or date of its
own, an act the customer never asked for, no refusal before it; with the switch off the old verdict returns.

The fixtures are this file's own (a bakery).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any
from unittest.mock import patch

import pytest

from llmops_kit import failure_notes
from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_hallucination
from llmops_kit.failure_notes import closing_offer
from llmops_kit.findings import HALLUCINATION
from llmops_kit.text import content_stems
from llmops_kit.traces import Trace

from .tool_request_cases import Shop
from .verdict_cases import fresh_scores

T0 = datetime(2027, 2, 9, 17, 30, tzinfo=timezone.utc)
ARTICLE = ("Bread orders: order by 6pm the day before to have a loaf held at the counter. Any loaf left on the shelf "
           "can be picked up without an order until we close at 7pm.")
QUESTION = "Please hold a sourdough loaf for me tonight"
REFUSAL = "I couldn't hold tonight's sourdough: orders close at 6pm the day before, and that has passed."
GIVEN = content_stems(QUESTION + " " + ARTICLE + " " + REFUSAL)
ASKED = content_stems(QUESTION)

SHOP = Shop(T0, ARTICLE, "bk-2", "Corner Loaf bakery", "hold_loaf", ("TimeoutError", "hold_loaf timed out"))


def _refused_trace(answer: str) -> Trace:
    tool: dict[str, Any] = SHOP.tool_span({"loaf": "sourdough", "date": "2027-02-09"},
                                          {"held": False, "reason": "order cut-off 18:00 the day before has passed"},
                                          failed=False)
    return SHOP.trace("t-loaf", answer, QUESTION, [tool])


def _flagged(trace: Trace) -> bool:
    return any(f.code == HALLUCINATION for f in detect_hallucination(trace, load_contract()))


@pytest.mark.parametrize("offer", ["I can still hold one from tomorrow if you like.",
                                   "We can still hold it another day, if you want",
                                   "You can still come and pick one from the shelf while we're open."])
def test_what_the_refusal_left_open_is_an_offer(offer: str) -> None:
    assert closing_offer(offer, REFUSAL, GIVEN, ASKED)


def test_the_refusal_with_its_offer_is_not_flagged() -> None:
    with fresh_scores():
        assert not _flagged(_refused_trace(f"{REFUSAL} I can still hold one from tomorrow if you like."))


@pytest.mark.parametrize("claim", [
    "I can still waive the cut-off if you like",  # an act the customer never asked for
    "I can still hold one at half price if you like",  # a benefit no text offers
    "You can still get a refund for it",  # a benefit
    "I can still hold one for Thursday if you like",  # a weekday of its own
    "I can still hold one from 10 February",  # a date of its own
    "I can still bake you a rye and deliver it with a cake",  # new subject matter
])
def test_a_benefit_a_date_or_another_act_stays_a_claim(claim: str) -> None:
    assert not closing_offer(claim, REFUSAL, GIVEN, ASKED)


def test_the_offer_needs_a_refusal_before_it() -> None:
    assert not closing_offer("I can still hold one from tomorrow if you like.", "A sourdough loaf is held at the "
                             "counter.", GIVEN, ASKED)


def test_an_invented_benefit_after_the_refusal_is_still_flagged() -> None:
    with fresh_scores():
        assert _flagged(_refused_trace(f"{REFUSAL} I can still hold one at half price if you like."))


def test_without_the_switch_the_old_verdict_returns() -> None:
    offer = "I can still hold one from tomorrow if you like."
    with fresh_scores(), patch.object(failure_notes, "READ_STILL_OFFERS", False):
        assert not closing_offer(offer, REFUSAL, GIVEN, ASKED)
        assert _flagged(_refused_trace(f"{REFUSAL} {offer}"))

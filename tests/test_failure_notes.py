"""Tool-failure notes and closing offers after a refusal (:mod:`llmops_kit.failure_notes`), with the controls: the
same note with no failed call, a result stated after a failure, a code the failed call never asked for, an
invented promise, an offer naming a weekday or a figure. Fixtures are our own (a canal-boat hire yard's
assistant)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_hallucination
from llmops_kit.failure_notes import closing_offer, reports_failure, settle
from llmops_kit.findings import HALLUCINATION
from llmops_kit.quality import score_trace
from llmops_kit.text import content_stems
from llmops_kit.traces import Trace

from .tool_request_cases import Shop

T0 = datetime(2026, 6, 2, 10, 0, tzinfo=timezone.utc)
ARTICLE = ("Narrowboat hire: a two-berth boat is £120 a night, with a three-night minimum in summer. "
           "Boats leave the yard from 2pm and are returned by 9am. Pets are welcome on every boat.")
QUESTION = "Can you check my hire NB-5521-K?"
FAILED = frozenset({"nb-5521-k"})
TOOLS = frozenset({"hire", "lookup"})


SHOP = Shop(T0, ARTICLE, "kb-7", "Lockside Boats", "hire_lookup", ("TimeoutError", "hire_lookup timed out"))


def _tool(tool_input: dict[str, Any], output: Any = None, *, failed: bool = True) -> dict[str, Any]:
    return SHOP.tool_span(tool_input, output, failed=failed)


def _trace(answer: str, tools: list[dict[str, Any]] | None = None, question: str = QUESTION) -> Trace:
    """A hire-yard request; its hire lookup failed unless ``tools`` says otherwise."""
    return SHOP.trace("t-boats", answer, question, tools if tools is not None else [_tool({"hire": "NB-5521-K"})])


def _flagged(trace: Trace) -> bool:
    return any(f.code == HALLUCINATION for f in detect_hallucination(trace, load_contract()))


NOTE = "Oh dear - I can't get into our hire ledger, so I can't see NB-5521-K right now."
NOT_LOADING = "The moorings planner isn't loading for me, so I can't check NB-5521-K at the moment."


@pytest.mark.parametrize("answer", [NOTE, NOT_LOADING, "The hire tracker isn't responding.",
                                    "Our hire system's not answering right now, so I can't see NB-5521-K.",
                                    "The moorings planner’s down at the moment."])
def test_a_failure_note_on_a_trace_whose_call_failed_is_supported(answer: str) -> None:
    """The failed call is what the note reports: no hallucination."""
    assert reports_failure(answer, FAILED, TOOLS)
    assert not _flagged(_trace("A two-berth boat is £120 a night. " + answer))


def test_a_call_whose_payload_reports_an_error_failed_too() -> None:
    """A status of ``ok`` with an error in its payload is a failed call: the note reports it; a result stated after
    it is still caught."""
    broken = _tool({"hire": "NB-5521-K"}, {"hire": "NB-5521-K", "error": {"code": 503, "message": "hire service "
                                                                                                  "error"}},
                   failed=False)
    assert not _flagged(_trace("Our hire system's not answering right now, so I can't see NB-5521-K.", [broken]))
    assert _flagged(_trace(NOT_LOADING + " NB-5521-K leaves the yard at 2pm on Friday with a pet on board.",
                           [broken]))


def test_the_same_note_with_no_failed_call_is_judged_as_before() -> None:
    """Control: the lookup came back, so nothing failed for the note to report; it is not read here."""
    assert not reports_failure(NOTE, frozenset(), frozenset())
    ok = _tool({"hire": "NB-5521-K"}, {"hire": "NB-5521-K", "status": "confirmed"}, failed=False)
    trace = _trace(NOTE + " Your boat is moored at the far end of the basin.", [ok])
    report = score_trace(trace, load_contract())
    assert any(not v.supported for v in report.support)
    assert settle(report, trace) is report


def test_a_result_stated_after_the_failure_is_still_caught() -> None:
    """Control: a note followed by a result the failed call never returned."""
    answer = NOT_LOADING + " NB-5521-K leaves the yard at 2pm on Friday with a pet on board."
    assert _flagged(_trace(answer))


@pytest.mark.parametrize("claim", [
    "The moorings planner isn't loading, so I can't check NB-7710-A",  # a code the failed call never asked for
    "The moorings planner isn't loading, so your boat is ready",  # a result in the note's frame
    "The moorings planner isn't loading because the river is closed",  # a reason of its own
    "Our slipway isn't working, so I can't check NB-5521-K",  # a part of the yard, not a system: a fact
    "Our yard office is down the towpath",  # a place, not a system failing
    "Our slipway's not working, so I can't check NB-5521-K",  # "'s not" read as "is not": still a fact of the yard
    "The hire's not returned yet, so I can't check NB-5521-K",  # a state of the hire, not a system failing
    "Our yard office's down the towpath",  # a place, not a system failing
])
def test_a_note_with_more_in_it_is_no_note(claim: str) -> None:
    """Control: a code the failure never asked for, or a statement beside the failure, is judged as a claim."""
    assert not reports_failure(claim, FAILED, TOOLS)


def test_a_contracted_denial_against_the_record_is_still_caught() -> None:
    """Control: "'s not" is read as "is not" only in a failure note; a record's state denied with it stays
    contradicted by the record that came back."""
    ok = _tool({"hire": "NB-5521-K"}, {"hire": "NB-5521-K", "status": "returned"}, failed=False)
    assert _flagged(_trace("NB-5521-K's not been returned yet.", [ok]))


REFUSAL = "I couldn't hold 14 August for you: every boat is already out that week."
GIVEN = content_stems(QUESTION + " " + ARTICLE)


@pytest.mark.parametrize("offer", ["Another week might work.", "A later date can be requested.",
                                   "Another weekend may still be free!"])
def test_the_customers_alternative_after_a_refusal_is_conversation(offer: str) -> None:
    """A modal offer of another week or a later date after a refusal states nothing of the business."""
    assert closing_offer(offer, REFUSAL, GIVEN)
    hold = [_tool({"date": "2026-08-14"}, {"held": False, "reason": "every boat is out that week"}, failed=False)]
    assert not _flagged(_trace(f"{REFUSAL} {offer}", hold, "Can I hold a boat for 14 August?"))


@pytest.mark.parametrize("offer", ["The yard office can give directions.", "The hire desk can confirm your deposit.",
                                   "You could ask the yard office for a map yourself."])
def test_a_desk_to_ask_is_conversation(offer: str) -> None:
    """A desk of the business to ask, with at most one word of its own, is a hand-off, not a fact."""
    assert closing_offer(offer, REFUSAL, GIVEN | content_stems("deposit map"))


@pytest.mark.parametrize("claim", [
    "After that we can move you to a later boat instead",  # a promise of the business
    "Another week on Friday might work",  # a weekday of its own
    "Another week might cost £40 more",  # a figure
    "The hire desk can refund your fuel and upgrade your cabin",  # no hand-off verb: a promise
    "The hire desk can confirm free mooring, fuel and a skipper",  # more than one word of its own
    "The hire desk can check your boat for free",  # a promise
])
def test_a_promise_or_a_new_fact_is_no_offer(claim: str) -> None:
    """Control: an invented promise, a weekday, a figure, or new subject matter stays a claim."""
    assert not closing_offer(claim, REFUSAL, GIVEN)


def test_the_alternative_needs_a_refusal_before_it() -> None:
    """Control: with nothing refused, "another week might work" has nothing to close."""
    assert not closing_offer("Another week might work.", "A two-berth boat is £120 a night.", GIVEN)


def test_an_invented_promise_after_a_refusal_is_still_flagged() -> None:
    """Control: the promise is the business's, not the customer's alternative."""
    hold = [_tool({"date": "2026-08-14"}, {"held": False, "reason": "every boat is out that week"}, failed=False)]
    answer = f"{REFUSAL} We can upgrade you to a six-berth cruiser with free diesel instead."
    assert _flagged(_trace(answer, hold, "Can I hold a boat for 14 August?"))


def test_a_desk_offer_closing_a_could_not_is_healthy() -> None:
    """The yard office handed over after "I can't say": no hallucination."""
    answer = "Our pages don't give walking distances, so I can't say how far the station is. The yard office " \
             "can give directions."
    assert not _flagged(_trace(answer, [], "How far is the yard from the station?"))


def test_a_desk_offer_with_an_invented_service_is_still_flagged() -> None:
    """Control: the desk "can confirm" a service no source holds."""
    answer = "Our pages don't give walking distances, so I can't say how far the station is. The yard office " \
             "can confirm free taxi pickups and a picnic hamper."
    assert _flagged(_trace(answer, [], "How far is the yard from the station?"))


SCOOTER_REFUSAL = "That hold was refused: a scooter can be held for 10 minutes at most."


def test_trying_the_refused_action_again_later_is_conversation() -> None:
    """The customer's own retry of the question's action, once they are ready, states nothing of the business."""
    given = content_stems("Hold scooter RS-2231 for an hour while I shop")
    assert closing_offer("You could hold it when you're nearly done", SCOOTER_REFUSAL, given)


@pytest.mark.parametrize("claim", [
    "You could hold it when you're done and get a free helmet",  # a promise joined on
    "You could ride it when you're nearly done",  # not the action the question asked for
    "We could hold it when you're nearly done",  # the business acting: a promise
])
def test_a_retry_with_a_promise_or_another_action_is_no_offer(claim: str) -> None:
    """Control: a promise joined to the retry, an action the question never asked for, or the business as subject."""
    assert not closing_offer(claim, SCOOTER_REFUSAL, content_stems("Hold scooter RS-2231 for an hour while I shop"))


def test_a_retry_after_a_refused_hold_is_healthy() -> None:
    """The whole trace: the retry (written with a curly apostrophe) follows the refusal, no hallucination."""
    hold = [_tool({"boat": "two-berth"}, {"held": False, "reason": "holds last 10 minutes at most"}, failed=False)]
    answer = ("That hold was refused: a boat can be held for 10 minutes at most. "
              "You could hold it when you’re nearly done.")
    assert not _flagged(_trace(answer, hold, "Please hold a two-berth boat for an hour while I shop"))

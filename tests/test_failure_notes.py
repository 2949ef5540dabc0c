"""Tool-failure notes (:mod:`llmops_kit.failure_notes`), with the controls: the same note with no failed call, a
result stated after a failure, a code the failed call never asked for. Fixtures are our own (a canal-boat hire
yard's assistant)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_hallucination
from llmops_kit.failure_notes import reports_failure, settle
from llmops_kit.findings import HALLUCINATION
from llmops_kit.quality import score_trace
from llmops_kit.traces import Trace

T0 = datetime(2026, 6, 2, 10, 0, tzinfo=timezone.utc)
ARTICLE = ("Narrowboat hire: a two-berth boat is £120 a night, with a three-night minimum in summer. "
           "Boats leave the yard from 2pm and are returned by 9am. Pets are welcome on every boat.")
QUESTION = "Can you check my hire NB-5521-K?"
FAILED = frozenset({"nb-5521-k"})


def _at(ms: int) -> str:
    return (T0 + timedelta(milliseconds=ms)).isoformat()


def _tool(tool_input: dict[str, Any], output: Any = None, *, failed: bool = True) -> dict[str, Any]:
    span: dict[str, Any] = {"span_id": "s2", "parent_id": "s0", "name": "tool.hire_lookup", "kind": "tool",
                            "start_time": _at(95), "end_time": _at(295), "input": tool_input,
                            "attributes": {"tool.name": "hire_lookup"}}
    if failed:
        return span | {"status": "error", "error": {"type": "TimeoutError", "message": "hire_lookup timed out"}}
    return span | {"status": "ok", "output": output}


def _trace(answer: str, tools: list[dict[str, Any]] | None = None, question: str = QUESTION) -> Trace:
    """A hire-yard request; its hire lookup failed unless ``tools`` says otherwise."""
    tools = tools if tools is not None else [_tool({"hire": "NB-5521-K"})]
    return Trace.model_validate({
        "trace_id": "t-boats", "input": {"query": question}, "output": {"answer": answer},
        "spans": [
            {"span_id": "s0", "name": "chat", "kind": "chain", "start_time": _at(0), "end_time": _at(1500)},
            {"span_id": "s1", "parent_id": "s0", "name": "kb.search", "kind": "retriever", "start_time": _at(5),
             "end_time": _at(90), "documents": [{"id": "kb-7", "content": ARTICLE, "score": 0.8}]},
            *tools,
            {"span_id": "s3", "parent_id": "s0", "name": "llm.chat", "kind": "llm", "start_time": _at(900),
             "end_time": _at(1490), "model": "gpt-4o-mini", "prompt": {"name": "support-answer", "version": "v2.0"},
             "messages": [{"role": "system", "content": "You are the Lockside Boats assistant.\n\n" + ARTICLE},
                          {"role": "user", "content": question}],
             "output": {"content": answer}},
        ],
    })


def _flagged(trace: Trace) -> bool:
    return any(f.code == HALLUCINATION for f in detect_hallucination(trace, load_contract()))


NOTE = "Oh dear - I can't get into our hire ledger, so I can't see NB-5521-K right now."
NOT_LOADING = "The moorings planner isn't loading for me, so I can't check NB-5521-K at the moment."


@pytest.mark.parametrize("answer", [NOTE, NOT_LOADING, "The berth finder isn't responding."])
def test_a_failure_note_on_a_trace_whose_call_failed_is_supported(answer: str) -> None:
    """The failed call is what the note reports: no hallucination."""
    assert reports_failure(answer, FAILED, True)
    assert not _flagged(_trace("A two-berth boat is £120 a night. " + answer))


def test_the_same_note_with_no_failed_call_is_judged_as_before() -> None:
    """Control: the lookup came back, so nothing failed for the note to report; it is not read here."""
    assert not reports_failure(NOTE, frozenset(), False)
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
])
def test_a_note_with_more_in_it_is_no_note(claim: str) -> None:
    """Control: a code the failure never asked for, or a statement beside the failure, is judged as a claim."""
    assert not reports_failure(claim, FAILED, True)

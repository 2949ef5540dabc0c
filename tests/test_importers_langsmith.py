"""LangSmith import: flat run lists and nested run trees as the SDK's Run schema serialises them."""

from __future__ import annotations

import json

import pytest

import llmops_kit.importers  # noqa: F401  (registers the detectors)
from llmops_kit.diagnose import diagnose
from llmops_kit.errors import TraceLoadError
from llmops_kit.importers import from_langsmith
from llmops_kit.io import load_trace_record

from .importer_cases import EXPECTED_CODES, FORMATS


@pytest.mark.parametrize("shape", ["langsmith_runs", "langsmith_tree"])
@pytest.mark.parametrize("case", sorted(EXPECTED_CODES))
def test_each_failure_mode_is_diagnosed_after_import(shape: str, case: str) -> None:
    """A LangSmith export of each failure mode, auto-detected, gives the expected findings."""
    trace = load_trace_record(FORMATS / shape / f"{case}.json")
    assert diagnose(trace).codes == EXPECTED_CODES[case]


def _runs(case: str = "healthy") -> list[dict]:
    return json.loads((FORMATS / "langsmith_runs" / f"{case}.json").read_text())


def test_flat_list_and_tree_give_the_same_facts() -> None:
    """The nested run tree and the flat run list of one trace import to the same request facts."""
    flat = load_trace_record(FORMATS / "langsmith_runs" / "tool_timeout.json")
    tree = load_trace_record(FORMATS / "langsmith_tree" / "tool_timeout.json")
    for fact in ("trace_id", "query", "answer", "prompt_version", "model", "duration_ms", "has_error", "cost_usd"):
        assert getattr(flat, fact) == getattr(tree, fact), fact
    assert [d.score for d in flat.documents] == [d.score for d in tree.documents]


def test_naive_timestamps_are_utc() -> None:
    """Zone-less v1 timestamps are read as UTC."""
    trace = from_langsmith(_runs())[0]
    assert trace.timestamp.isoformat() == "2025-03-11T09:00:00+00:00"


def test_llm_facts_come_from_invocation_params_and_token_fields() -> None:
    """Model, temperature, tokens and cost come from the llm run only (no double counting)."""
    trace = from_langsmith(_runs())[0]
    assert (trace.model, trace.temperature) == ("gpt-4o-mini", 0.2)
    assert (trace.usage.input_tokens, trace.usage.output_tokens) == (912, 64)
    assert trace.prompt.name == "support-answer"


def test_error_string_is_split_into_type_and_message() -> None:
    """repr(exc) + traceback becomes ErrorInfo; the full text is kept in the span attributes."""
    (tool,) = from_langsmith(_runs("tool_timeout"))[0].tool_spans
    assert tool.error.type == "TimeoutError"
    assert tool.error.message.startswith("order-status API")
    assert "Traceback" in tool.attributes["langsmith"]["error"]


def test_langchain_messages_become_chat_messages() -> None:
    """LangChain-serialised messages map to system/user roles so the scorer sees the instructions."""
    llm = from_langsmith(_runs())[0].llm_span
    assert [m.role for m in llm.messages] == ["system", "user"]


def test_feedback_stats_become_scores() -> None:
    """feedback_stats on the root run arrive as trace-level scores."""
    assert from_langsmith(_runs("slow_response"))[0].score("user_score") == 1.0


def test_parent_is_rebuilt_from_dotted_order() -> None:
    """A run without parent_run_id is placed under its parent using dotted_order."""
    runs = _runs()
    for run in runs[1:]:
        run["parent_run_id"] = None
    trace = from_langsmith(runs)[0]
    root = trace.root_span
    assert all(s.parent_id == root.span_id for s in trace.spans if s is not root)


def test_run_without_start_time_is_reported() -> None:
    """A run with an unreadable start_time is a one-line TraceLoadError naming the source."""
    runs = _runs()
    runs[1]["start_time"] = "soon"
    with pytest.raises(TraceLoadError, match=r"runs\.json: could not be mapped as a LangSmith export"):
        from_langsmith(runs, "runs.json")

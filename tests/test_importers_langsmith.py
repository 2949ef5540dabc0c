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
    with pytest.raises(TraceLoadError, match=r"runs\.json: LangSmith export could not be mapped"):
        from_langsmith(runs, "runs.json")


def _tree() -> dict:
    return json.loads((FORMATS / "langsmith_tree" / "healthy.json").read_text())


def test_child_runs_as_a_string_is_refused_naming_the_field() -> None:
    """child_runs as a string is an error naming the run and the field (was "'str' has no attribute 'items'")."""
    tree = _tree()
    tree["child_runs"] = "abc"
    with pytest.raises(TraceLoadError, match=rf"run {tree['id']} child_runs is 'abc' \(str\); expected a list"):
        from_langsmith(tree, "t.json")


def test_child_run_that_is_not_a_run_is_refused() -> None:
    """A child run given as a number is refused with its position in the tree."""
    tree = _tree()
    tree["child_runs"].append(7)
    with pytest.raises(TraceLoadError, match=r"child_runs\.\d+ is a int without an \"id\""):
        from_langsmith(tree, "t.json")


@pytest.mark.parametrize("stamp", [10**30, "9" * 40])
def test_epoch_beyond_any_calendar_is_an_error_not_an_overflow(stamp: object) -> None:
    """A huge epoch start_time is a TraceLoadError naming the run's field, not an OverflowError."""
    runs = _runs()
    runs[0]["start_time"] = stamp
    with pytest.raises(TraceLoadError, match=r"start_time is a (31|40)-digit number epoch nanoseconds"):
        from_langsmith(runs, "t.json")


def test_deep_run_tree_is_flattened_without_recursion() -> None:
    """A run tree 1,500 levels deep (past the recursion limit) maps: the tree is flattened iteratively."""
    tree = _tree()
    node = tree
    for depth in range(1500):
        child = {**{k: v for k, v in tree.items() if k not in ("child_runs", "trace_id", "dotted_order",
                                                              "parent_run_ids", "extra")},
                 "id": f"00000000-0000-0000-0000-{depth:012d}", "run_type": "chain", "child_runs": []}
        node["child_runs"] = [child]
        node = child
    (trace,) = from_langsmith(tree, "t.json")
    assert len(trace.spans) == 1501


def test_total_cost_as_text_is_refused() -> None:
    """total_cost of "a lot" is refused; a Decimal string such as "0.0019" still reads as a number."""
    runs = _runs()
    llm = next(r for r in runs if r["run_type"] == "llm")
    llm["total_cost"] = "0.0019"
    assert from_langsmith(runs, "t.json")[0].cost_usd == pytest.approx(0.0019)
    llm["total_cost"] = "a lot"
    with pytest.raises(TraceLoadError, match="total_cost is 'a lot'"):
        from_langsmith(runs, "t.json")

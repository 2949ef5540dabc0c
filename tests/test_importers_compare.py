"""The LangSmith vs Langfuse comparison is read out of the two exports."""

from __future__ import annotations

from pathlib import Path

from llmops_kit.importers import platform_comparison, visibility_by_failure_mode
from llmops_kit.io import load_trace_record

from .importer_cases import FORMATS


def _trace(case: str):
    return load_trace_record(FORMATS / "langfuse_legacy" / f"{case}.json")


def test_table_quotes_values_from_both_exports() -> None:
    """Token counts and the linked prompt version appear as each export holds them."""
    table = platform_comparison(_trace("healthy")).set_index("fact")
    assert table.loc["token usage and cost", "langfuse_value"].startswith("912+64 tok")
    assert table.loc["prompt version linkage", "langfuse_value"] == "support-answer v7"
    assert table.loc["prompt version linkage", "langsmith_access"] == "convention"


def test_missing_fact_is_absent() -> None:
    """A trace without a tool error shows the tool-error fact as absent in both models."""
    row = platform_comparison(_trace("healthy")).set_index("fact").loc["tool errors"]
    assert (row["langfuse_access"], row["langsmith_access"]) == ("absent", "absent")


def test_verdict_counts_access_levels() -> None:
    """Inline scores make Langfuse the more direct view for hallucination."""
    trace = _trace("hallucination")
    table = platform_comparison(trace)
    verdicts = visibility_by_failure_mode([("HALLUCINATION", trace.trace_id, table)])
    assert verdicts.loc[0, "better_visibility"] == "Langfuse"


def test_values_are_shown_whole() -> None:
    """A long value (every span of the latency breakdown) is shown whole, so the slowest span is never cut off."""
    trace = load_trace_record(Path(__file__).parent.parent / "traces" / "ch07_debug" / "trace-f-slow-response.json")
    row = platform_comparison(trace).set_index("fact").loc["latency breakdown"]
    assert len(row["langfuse_value"]) > 70 and "llm.chat 8,532 ms" in row["langfuse_value"]
    assert all(span.name in row["langsmith_value"] for span in trace.spans)

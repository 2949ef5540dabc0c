"""Window metrics: definitions, grades at the contract's bounds, empty and tiny windows."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import pandas as pd
import pytest

from llmops_kit.contract import load_contract
from llmops_kit.errors import LlmopsError
from llmops_kit.metrics import (
    FACT_COLUMNS,
    METRIC_NAMES,
    compare_windows,
    compute_metrics,
    format_value,
    trace_facts,
)
from llmops_kit.traces import Span, Trace
from llmops_kit.traffic import generate_traffic

CONTRACT = load_contract()
N = 10_000  # large enough that every contract ratio is an exact count of rows


def frame(n: int = 20, **columns: object) -> pd.DataFrame:
    """A facts frame of n healthy rows, with some columns replaced."""
    base: dict[str, object] = {
        "latency_ms": np.full(n, 1000.0),
        "has_error": np.zeros(n, dtype=bool),
        "quality_pass": pd.array(np.ones(n, dtype=bool), dtype="boolean"),
        "tool_calls": np.ones(n, dtype="int64"),
        "tool_failures": np.zeros(n, dtype="int64"),
        "tokens": np.full(n, 900.0),
        "cost_usd": np.full(n, 0.003),
    }
    base.update(columns)
    return pd.DataFrame(base)


def frame_with(metric: str, value: float) -> pd.DataFrame:
    """A window whose ``metric`` computes to ``value`` exactly (ratios as counts out of N)."""
    if metric in ("latency_p50_ms", "latency_p95_ms"):
        return frame(latency_ms=np.full(20, value))
    if metric == "tokens_per_request":
        return frame(tokens=np.full(20, value))
    if metric == "cost_per_request_usd":
        return frame(cost_usd=np.full(20, value))
    k = round(value * N)
    flags = np.zeros(N, dtype=bool)
    flags[:k] = True
    if metric == "failure_rate":
        return frame(N, has_error=flags)
    if metric == "quality_proxy_rate":
        return frame(N, quality_pass=pd.array(flags, dtype="boolean"))
    if metric == "tool_success_rate":
        return frame(N, tool_failures=(~flags).astype("int64"))
    raise AssertionError(metric)


def _cases() -> list[tuple[str, str, float, str]]:
    cases = []
    for name in METRIC_NAMES:
        rule = CONTRACT.metrics[name]
        worse = 1 if rule.direction == "higher_is_worse" else -1
        step = 1 / N if rule.unit == "ratio" else (1e-4 if rule.unit == "USD" else 1.0)
        for bound, grade_at, grade_below in (("warning", "warning", "green"), ("critical", "critical", "warning")):
            v = getattr(rule, bound)
            cases += [
                (name, f"{bound}-at", v, grade_at),
                (name, f"{bound}-just-better", v - worse * step, grade_below),
                (name, f"{bound}-just-worse", v + worse * step, grade_at),
            ]
    return cases


@pytest.mark.parametrize(("metric", "where", "value", "grade"), _cases(), ids=lambda x: str(x))
def test_each_metric_is_graded_at_and_around_its_contract_bounds(metric, where, value, grade):
    """A value on a bound takes the worse grade; one step better or worse moves as expected."""
    window = compute_metrics(frame_with(metric, value))
    assert window.values[metric] == pytest.approx(value, abs=1e-12)
    assert window.grades[metric] == grade


def test_p95_uses_linear_interpolation_between_ranks():
    """p95 of 1..100 is 95.05 under the stated (numpy 'linear', type 7) method."""
    window = compute_metrics(frame(100, latency_ms=np.arange(1.0, 101.0)))
    assert window.values["latency_p95_ms"] == pytest.approx(95.05)
    assert window.values["latency_p50_ms"] == pytest.approx(50.5)


def test_empty_frame_has_empty_status_and_no_values():
    """An empty window does not crash: status 'empty', every value None, nothing graded."""
    window = compute_metrics(frame(0))
    assert window.status == "empty"
    assert window.size == 0
    assert all(v is None for v in window.values.values())
    assert window.grades == {} and window.breaches() == {}


def test_empty_trace_list_is_an_empty_window():
    """compute_metrics([]) goes through trace_facts and reports an empty window."""
    assert compute_metrics([]).status == "empty"


def test_window_below_min_size_is_computed_but_not_graded():
    """Fewer requests than contract.min_window_size: values shown, grades withheld, note says why."""
    window = compute_metrics(frame(CONTRACT.min_window_size - 1, latency_ms=np.full(9, 20_000.0)))
    assert window.status == "too_small"
    assert window.values["latency_p95_ms"] == 20_000.0
    assert window.grades == {}
    assert not window.healthy
    assert str(CONTRACT.min_window_size) in window.note


def test_window_of_exactly_min_size_is_graded():
    """A window of contract.min_window_size requests is large enough to grade."""
    window = compute_metrics(frame(CONTRACT.min_window_size))
    assert window.status == "ok"
    assert window.healthy


def test_tool_success_rate_is_none_without_tool_calls():
    """No tool call in the window: the tool success rate is None and not graded."""
    window = compute_metrics(frame(tool_calls=np.zeros(20, dtype="int64")))
    assert window.values["tool_success_rate"] is None
    assert "tool_success_rate" not in window.grades


def test_tool_success_rate_counts_calls_not_requests():
    """Two calls in one request, one failing, among 18 single ok calls: 19 ok of 20 calls."""
    calls = np.ones(19, dtype="int64")
    calls[0] = 2
    failures = np.zeros(19, dtype="int64")
    failures[0] = 1
    window = compute_metrics(frame(19, tool_calls=calls, tool_failures=failures))
    assert window.values["tool_success_rate"] == pytest.approx(19 / 20)


def test_unscored_answers_are_left_out_of_the_quality_proxy():
    """Rows with quality_pass unknown (NA) do not count for or against the quality proxy."""
    passes = pd.array([True] * 9 + [False] + [None] * 10, dtype="boolean")
    window = compute_metrics(frame(20, quality_pass=passes))
    assert window.values["quality_proxy_rate"] == pytest.approx(0.9)


def test_frame_without_required_columns_is_a_clear_error():
    """A frame missing a facts column raises an LlmopsError naming the column."""
    with pytest.raises(LlmopsError, match="tool_calls"):
        compute_metrics(frame().drop(columns=["tool_calls"]))


def test_breaches_list_only_non_green_metrics():
    """breaches() returns the warning/critical metrics and nothing else."""
    window = compute_metrics(frame(latency_ms=np.full(20, 9000.0)))
    assert window.breaches() == {"latency_p50_ms": "critical", "latency_p95_ms": "critical"}


def test_trace_facts_has_one_row_per_trace_with_the_documented_columns():
    """trace_facts returns FACT_COLUMNS, one row per trace, tool failures from failed tool spans."""
    traces = generate_traffic(12, mix={"healthy": 1, "tool_timeout": 1}, seed=3)
    facts = trace_facts(traces)
    assert list(facts.columns) == list(FACT_COLUMNS)
    assert len(facts) == 12
    assert facts["tool_failures"].sum() == 6


def test_metrics_from_traces_equal_metrics_from_their_facts():
    """Aggregating traces directly or a prebuilt facts frame gives the same window."""
    traces = generate_traffic(12, mix={"healthy": 2, "slow_response": 1}, seed=4)
    assert compute_metrics(traces) == compute_metrics(trace_facts(traces))


def test_missing_answer_counts_as_a_failing_answer():
    """A request that returned no answer fails the quality proxy (the user got nothing useful)."""
    t0 = datetime(2025, 3, 12, 8, tzinfo=timezone.utc)
    trace = Trace(
        trace_id="no-answer",
        spans=[Span(span_id="r", name="support-chat", kind="chain", start_time=t0, end_time=t0 + timedelta(seconds=1))],
    )
    facts = trace_facts([trace])
    assert facts["quality_pass"].tolist() == [False]


def test_compare_windows_puts_windows_side_by_side():
    """compare_windows has one row per contract metric and a value + grade column per window."""
    table = compare_windows({"a": compute_metrics(frame()), "b": compute_metrics(frame(0))})
    assert list(table["metric"]) == list(METRIC_NAMES)
    assert {"a", "a grade", "b", "b grade"} <= set(table.columns)
    assert set(table["b grade"]) == {"not graded"}


def test_format_value_uses_the_metric_unit():
    """Ratios print as percentages, latencies in ms, cost in dollars, None as n/a."""
    assert format_value("quality_proxy_rate", 0.68) == "68.0%"
    assert format_value("latency_p95_ms", 9200.4) == "9,200 ms"
    assert format_value("cost_per_request_usd", 0.0031) == "$0.0031"
    assert format_value("tool_success_rate", None) == "n/a"

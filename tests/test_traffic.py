"""The traffic generator: determinism, exact mixes, each mode's signal, writing, the alert windows."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.course.traffic import alert_windows
from llmops_kit.io import load_traces, trace_to_json
from llmops_kit.knowledge_base import load_knowledge_base
from llmops_kit.metrics import compute_metrics
from llmops_kit.quality import score_trace
from llmops_kit.traffic import (
    FAILURE_MODES,
    TrafficError,
    allocate,
    generate_traffic,
    write_traffic,
)

CONTRACT = load_contract()
START = datetime(2025, 3, 12, 7, 0, tzinfo=timezone.utc)


def one_mode(mode: str, n: int = 6, seed: int = 5):
    return generate_traffic(n, mix={mode: 1.0}, seed=seed)


def test_same_seed_gives_identical_traces():
    """Two runs with the same arguments serialise to the same JSON, byte for byte."""
    mix = {"healthy": 3, "hallucination": 1, "tool_timeout": 1}
    a = generate_traffic(15, mix=mix, seed=11, start=START)
    b = generate_traffic(15, mix=mix, seed=11, start=START)
    assert [trace_to_json(t) for t in a] == [trace_to_json(t) for t in b]


def test_different_seed_gives_different_traces():
    """Another seed changes ids, order and timings."""
    a = generate_traffic(10, seed=1)
    b = generate_traffic(10, seed=2)
    assert {t.trace_id for t in a}.isdisjoint({t.trace_id for t in b})


def test_allocate_gives_exact_counts_that_sum_to_n():
    """Largest-remainder rounding: 20 requests at 60/40 are exactly 12 and 8."""
    assert allocate(20, {"healthy": 0.6, "tool_timeout": 0.4}) == {"healthy": 12, "tool_timeout": 8}
    counts = allocate(101, {m: 1 for m in FAILURE_MODES})
    assert sum(counts.values()) == 101


def test_breaker_batch_has_exactly_eight_failing_traces():
    """A 20-trace batch with 8 empty retrievals has exactly 8 traces without documents."""
    traces = generate_traffic(20, mix={"healthy": 12, "empty_retrieval": 8}, seed=3)
    assert len(traces) == 20
    assert sum(1 for t in traces if t.documents == []) == 8


@pytest.mark.parametrize(
    "mix", [{"bogus": 1}, {"healthy": -1}, {"healthy": 0}], ids=["unknown-mode", "negative", "all-zero"]
)
def test_bad_mix_is_a_clear_error(mix):
    """Unknown modes and impossible weights raise TrafficError."""
    with pytest.raises(TrafficError):
        generate_traffic(5, mix=mix)


def test_naive_start_time_is_rejected():
    """A start time without a timezone is refused (traces carry UTC timestamps)."""
    with pytest.raises(TrafficError, match="timezone"):
        generate_traffic(2, start=datetime(2025, 3, 12, 8, 0))


def test_requests_are_spaced_from_the_start_time():
    """Request i starts within [start + i*spacing, start + (i + 0.5)*spacing]."""
    spacing = timedelta(seconds=30)
    traces = generate_traffic(5, start=START, spacing=spacing, seed=2)
    for i, trace in enumerate(traces):
        assert START + i * spacing <= trace.timestamp <= START + i * spacing + spacing / 2


def test_no_field_names_the_failure_mode():
    """The serialised traces never contain a mode name or a verdict-like field."""
    traces = generate_traffic(len(FAILURE_MODES) * 2, mix={m: 1 for m in FAILURE_MODES}, seed=9)
    text = "\n".join(trace_to_json(t) for t in traces)
    for mode in FAILURE_MODES:
        assert mode not in text
    for field in ("failure_mode", "diagnosis", "expected_", '"label"'):
        assert field not in text


def test_healthy_traces_have_the_course_shape_and_pass_quality():
    """Healthy: chain root, kb.search with relevant documents, v2.0 prompt, priced usage, a passing answer."""
    for trace in one_mode("healthy"):
        kinds = [s.kind for s in trace.spans]
        assert kinds[0] == "chain" and "retriever" in kinds and "llm" in kinds
        assert trace.prompt_version == CONTRACT.prompts.expected["support-answer"]
        assert max(trace.relevance_scores) >= CONTRACT.retrieval.relevance_floor
        assert trace.cost_usd and trace.cost_usd > 0
        assert score_trace(trace).passes(CONTRACT.quality.answer_floor)


def test_documents_come_from_the_knowledge_base_verbatim():
    """Every retrieved document is a knowledge-base article with its exact text."""
    articles = {a.id: a.content for a in load_knowledge_base()}
    for trace in generate_traffic(8, mix={"healthy": 1, "retrieval_mismatch": 1}, seed=4):
        for doc in trace.documents or []:
            assert articles[doc.id] == doc.content


def test_retrieval_mismatch_scores_fall_below_the_floor():
    """Retrieval mismatch: every returned article scores under the contract's relevance floor."""
    for trace in one_mode("retrieval_mismatch"):
        assert trace.documents and max(trace.relevance_scores) < CONTRACT.retrieval.relevance_floor


def test_empty_retrieval_returns_no_documents_and_a_refusal():
    """Empty retrieval: the retriever span has no documents and the answer refuses."""
    for trace in one_mode("empty_retrieval"):
        assert trace.documents == []
        assert "don't have that information" in (trace.answer or "")


def test_wrong_prompt_version_renders_the_old_template():
    """Wrong prompt version: v1.3 is recorded and its greeting opener is in the answer."""
    for trace in one_mode("wrong_prompt_version"):
        assert trace.prompt_version == "v1.3"
        assert (trace.answer or "").startswith(CONTRACT.quality.banned_phrases[0])


def test_tool_timeout_fails_the_tool_span_at_its_timeout():
    """Tool timeout: one failed tool span lasting at least the contract's tool timeout."""
    for trace in one_mode("tool_timeout"):
        (tool,) = trace.tool_spans
        assert tool.failed and tool.duration_ms >= CONTRACT.tools.default_timeout_ms


def test_hallucination_answers_contain_unsupported_claims():
    """Hallucination: the quality scorer finds unsupported sentences and fails the answer."""
    for trace in one_mode("hallucination"):
        report = score_trace(trace)
        assert report.unsupported_sentences
        assert not report.passes(CONTRACT.quality.answer_floor)


def test_slow_response_breaches_the_request_sla():
    """Slow response: the request takes longer than the contract's SLA, inside the LLM span."""
    for trace in one_mode("slow_response"):
        assert trace.duration_ms >= CONTRACT.latency.request_sla_ms
        assert trace.llm_span.duration_ms >= CONTRACT.latency.request_sla_ms


def test_cost_spike_makes_repeated_llm_calls_over_the_spike_budget():
    """Cost spike: several LLM calls and tokens at least budget x spike_factor."""
    budget = CONTRACT.budget
    for trace in one_mode("cost_spike"):
        assert len(trace.spans_of("llm")) > 1
        assert trace.usage.total_tokens >= budget.tokens_per_request * budget.spike_factor


def test_pii_leak_puts_an_email_address_in_the_answer():
    """PII leak: the answer carries the customer's e-mail address."""
    for trace in one_mode("pii_leak"):
        assert re.search(r"[\w.]+@[\w.]+\.\w+", trace.answer or "")


def test_write_traffic_directory_round_trips(tmp_path):
    """Writing a directory of JSON files and loading it back gives the same traces."""
    traces = generate_traffic(5, mix={"healthy": 1, "tool_timeout": 1}, seed=1)
    write_traffic(tmp_path / "dir", traces)
    loaded = load_traces(tmp_path / "dir")
    assert loaded.ok
    assert sorted(trace_to_json(t) for t in loaded) == sorted(trace_to_json(t) for t in traces)


def test_write_traffic_jsonl_round_trips(tmp_path):
    """Writing JSONL writes one trace per line, and every line loads back."""
    traces = generate_traffic(4, seed=2)
    path = write_traffic(tmp_path / "traffic.jsonl", traces)
    assert len(path.read_text().splitlines()) == 4
    assert [t.trace_id for t in load_traces(path)] == [t.trace_id for t in traces]


def test_write_traffic_refuses_a_file_as_directory(tmp_path):
    """A non-JSONL path that is an existing file is a clear error."""
    target = tmp_path / "not-a-dir.txt"
    target.write_text("x")
    with pytest.raises(TrafficError, match="not a directory"):
        write_traffic(target, generate_traffic(1))


# ---- the brief's alert windows (computed, within one point / 100 ms) ---------------------------


@pytest.fixture(scope="module")
def windows():
    w = alert_windows()
    return compute_metrics(w.before), compute_metrics(w.incident)


@pytest.mark.parametrize(
    ("which", "metric", "target", "tolerance"),
    [
        (0, "quality_proxy_rate", 0.92, 0.01),
        (0, "latency_p95_ms", 1800, 100),
        (0, "tool_success_rate", 0.97, 0.01),
        (1, "quality_proxy_rate", 0.68, 0.01),
        (1, "latency_p95_ms", 9200, 100),
        (1, "tool_success_rate", 0.72, 0.01),
    ],
    ids=["before-quality", "before-p95", "before-tool", "incident-quality", "incident-p95", "incident-tool"],
)
def test_alert_windows_reproduce_the_briefs_three_alerts(windows, which, metric, target, tolerance):
    """The computed metrics of the two windows match the brief's alerts within tolerance."""
    assert windows[which].values[metric] == pytest.approx(target, abs=tolerance)


def test_alert_windows_are_graded_green_before_and_critical_during(windows):
    """The hour before is green on the three alerting metrics; the incident hour is critical on all three."""
    before, incident = windows
    for metric in ("quality_proxy_rate", "latency_p95_ms", "tool_success_rate"):
        assert before.grades[metric] == "green"
        assert incident.grades[metric] == "critical"


def test_healthy_traffic_keeps_no_customer_pii() -> None:
    """Healthy generated traces never trip the PII detector; the pii_leak mode always does."""
    from llmops_kit.diagnose import diagnose

    healthy = generate_traffic(40, seed=3)
    assert not any("PII_LEAK" in diagnose(t).codes for t in healthy)
    leaking = generate_traffic(6, mix={"pii_leak": 1.0}, seed=3)
    assert all("PII_LEAK" in diagnose(t).codes for t in leaking)

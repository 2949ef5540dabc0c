"""Circuit breakers: each trigger at, just below and just above its contract threshold; inputs; table."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from llmops_kit.breakers import (
    INCIDENT_CLASSES,
    PASS_ACTION,
    BreakerError,
    TraceSignals,
    cost_spike_breaker,
    default_breakers,
    design_table,
    extract_signals,
    find_pii,
    redact_pii,
)
from llmops_kit.contract import load_contract, parse_contract
from llmops_kit.metrics import compute_metrics
from llmops_kit.testing import PAYLOAD_T0, trace_payload
from llmops_kit.traces import Trace

C = load_contract()
EPS = {"documents": 1.0, "max_relevance": 0.01, "latency_ms": 1.0, "tokens": 1.0, "cost_usd": 0.0001,
       "quality_score": 0.01, "retry_calls": 1.0, "tool_failures": 1.0}


def make_trace(
    *,
    latency_ms: float | None = None,
    scores: list[float] | None = None,
    tokens: tuple[int, int] | None = None,
    cost: float | None = None,
    answer: str | None = None,
    query: str | None = None,
) -> Trace:
    """The conftest trace (with a question its context answers) with one signal changed."""
    data: dict[str, Any] = trace_payload(input={"query": "When do refunds reach my card?"})
    spans = data["spans"]
    if latency_ms is not None:
        spans[0]["end_time"] = (PAYLOAD_T0 + timedelta(milliseconds=latency_ms)).isoformat()
        spans[2]["end_time"] = spans[0]["end_time"]
    if scores is not None:
        spans[1]["documents"] = [
            {"id": f"kb-{i:03d}", "content": "Refunds reach your card within 5 business days.", "score": s}
            for i, s in enumerate(scores)
        ]
    if tokens is not None:
        spans[2]["usage"] = {"input_tokens": tokens[0], "output_tokens": tokens[1]}
    if cost is not None:
        spans[2]["cost_usd"] = cost
    if answer is not None:
        data["output"] = {"answer": answer}
    if query is not None:
        data["input"] = {"query": query}
    return Trace.model_validate(data)


# (class, signal, threshold from the contract, does a value exactly on the threshold activate?)
TRACE_THRESHOLDS = [
    ("RETRIEVAL_OUTAGE", "documents", C.retrieval.min_documents, False),
    ("RETRIEVAL_OUTAGE", "max_relevance", C.retrieval.relevance_floor, False),
    ("QUALITY_DEGRADATION", "quality_score", C.quality.answer_floor, False),
    ("PERFORMANCE_DEGRADATION", "latency_ms", C.latency.request_sla_ms, False),  # a breach is longer than the SLA
    ("COST_SPIKE", "tokens", C.budget.normal_tokens * C.budget.spike_factor, True),
    ("COST_SPIKE", "cost_usd", C.budget.normal_cost_usd * C.budget.spike_factor, True),
    ("COST_SPIKE", "retry_calls", C.budget.retry_loop_calls, True),
    ("PERFORMANCE_DEGRADATION", "tool_failures", 0, False),  # one failed tool call trips; none does not
]
LOWER_IS_WORSE = {"documents", "max_relevance", "quality_score"}


@pytest.mark.parametrize(("cls", "signal", "threshold", "at_fires"), TRACE_THRESHOLDS)
@pytest.mark.parametrize("where", ["below", "at", "above"])
def test_trace_trigger_around_threshold(cls: str, signal: str, threshold: float, at_fires: bool, where: str) -> None:
    """A per-request rule fires exactly on the bad side of its contract threshold."""
    offset = {"below": -EPS[signal], "at": 0.0, "above": EPS[signal]}[where]
    value = threshold + offset
    expected = at_fires if where == "at" else (where == "below") == (signal in LOWER_IS_WORSE)
    decision = default_breakers()[cls].decide(TraceSignals("t", {signal: value}))
    assert decision.activate is expected


WINDOW_THRESHOLDS = [
    ("QUALITY_DEGRADATION", "quality_proxy_rate", 0.01),
    ("PERFORMANCE_DEGRADATION", "latency_p95_ms", 1.0),
    ("PERFORMANCE_DEGRADATION", "tool_success_rate", 0.01),
]


@pytest.mark.parametrize(("cls", "metric", "eps"), WINDOW_THRESHOLDS)
@pytest.mark.parametrize("where", ["better", "at", "worse"])
def test_window_trigger_around_critical_bound(cls: str, metric: str, eps: float, where: str) -> None:
    """A window rule fires at or beyond the metric's critical bound, never on the healthy side."""
    spec = C.metrics[metric]
    worse_sign = 1 if spec.direction == "higher_is_worse" else -1
    value = spec.critical + {"better": -1, "at": 0, "worse": 1}[where] * worse_sign * eps
    assert default_breakers()[cls].evaluate({metric: value})["activate"] is (where != "better")


@pytest.mark.parametrize(("metric", "limit", "eps"), [
    ("tokens_per_request", C.budget.normal_tokens * C.budget.spike_factor, 1.0),
    ("cost_per_request_usd", C.budget.normal_cost_usd * C.budget.spike_factor, 0.0001),
])
@pytest.mark.parametrize(("where", "expected"), [("below", False), ("at", True), ("above", True)])
def test_cost_window_trips_at_spike_factor_times_normal(metric: str, limit: float, eps: float, where: str,
                                                        expected: bool) -> None:
    """The cost breaker's window rule is the spike rule: spike_factor x the contract's normal request."""
    value = limit + {"below": -eps, "at": 0.0, "above": eps}[where]
    assert default_breakers()["COST_SPIKE"].evaluate({metric: value})["activate"] is expected


def test_s4_trips_the_cost_breaker_as_triage_calls_it_cost_spike() -> None:
    """The brief's S4 (tokens per request 1,800 -> 5,400) trips COST_SPIKE, per window and per request."""
    from llmops_kit.course.scenarios import SCENARIOS
    from llmops_kit.triage import triage

    s4 = SCENARIOS["S4"]
    assert triage(s4.signals).incident_class == "COST_SPIKE"
    breaker = default_breakers()["COST_SPIKE"]
    assert breaker.evaluate(dict(s4.signals.metrics))["activate"] is True
    assert breaker.evaluate(make_trace(tokens=(5000, 400)))["activate"] is True
    assert breaker.evaluate(make_trace(tokens=(1500, 300)))["activate"] is False


def test_retry_loop_trips_the_cost_breaker_below_the_token_limit() -> None:
    """Three LLM calls with the same input trip COST_SPIKE although tokens stay under the spike limit."""
    data = trace_payload(input={"query": "When do refunds reach my card?"})
    llm = data["spans"][2]
    llm["messages"] = [{"role": "user", "content": "Answer from the articles: refunds take 5 business days."}]
    llm["usage"] = {"input_tokens": 1400, "output_tokens": 100}
    data["spans"] += [{**llm, "span_id": f"s{i}"} for i in (3, 4)]
    decision = default_breakers()["COST_SPIKE"].decide(Trace.model_validate(data))
    assert decision.activate and any("near-identical" in reason for reason in decision.reasons)
    assert C.budget.normal_tokens * C.budget.spike_factor > 3 * 1500


def test_quality_breaker_ignores_question_wording_at_full_groundedness() -> None:
    """A grounded answer to a question worded unlike the article does not trip the quality breaker."""
    trace = make_trace(query="hey, my money still hasn't shown up, what gives??",
                       answer="Refunds reach your card within 5 business days [kb-002].")
    assert default_breakers()["QUALITY_DEGRADATION"].evaluate(trace)["activate"] is False


def test_quality_breaker_still_trips_on_unsupported_claims() -> None:
    """An answer whose claims the context does not support trips the quality breaker."""
    trace = make_trace(answer="Refunds reach your card within 45 days and Acme Bank pays 3% interest [kb-002].")
    assert default_breakers()["QUALITY_DEGRADATION"].evaluate(trace)["activate"] is True


@pytest.mark.parametrize("share_metric", ["empty_retrieval_share", "low_relevance_share"])
@pytest.mark.parametrize(("delta", "expected"), [(-0.01, False), (0.0, True), (0.01, True)])
def test_retrieval_window_trips_at_sev2_share(share_metric: str, delta: float, expected: bool) -> None:
    """The retrieval breaker trips on a window once no-context requests reach the SEV-2 user share."""
    share = C.severities["SEV-2"].min_users_affected_share
    assert default_breakers()["RETRIEVAL_OUTAGE"].evaluate({share_metric: share + delta})["activate"] is expected


def test_decision_has_exactly_three_keys() -> None:
    """evaluate() returns exactly activate, action and fallback_response."""
    decision = default_breakers()["PERFORMANCE_DEGRADATION"].evaluate(make_trace(latency_ms=9200))
    assert set(decision) == {"activate", "action", "fallback_response"}
    assert decision["activate"] is True and decision["fallback_response"]


def test_healthy_trace_passes_every_breaker() -> None:
    """The healthy conftest trace activates no breaker (quality scored by the real scorer)."""
    trace = make_trace()
    for breaker in default_breakers().values():
        decision = breaker.evaluate(trace)
        assert decision == {"activate": False, "action": PASS_ACTION, "fallback_response": ""}, breaker.name


@pytest.mark.parametrize(
    ("cls", "trace_kwargs"),
    [
        ("RETRIEVAL_OUTAGE", {"scores": []}),
        ("RETRIEVAL_OUTAGE", {"scores": [0.2, 0.31]}),
        ("PERFORMANCE_DEGRADATION", {"latency_ms": 9200}),
        ("COST_SPIKE", {"tokens": (5_000, 400)}),
        ("COST_SPIKE", {"cost": 0.2}),
        ("DATA_INCIDENT", {"answer": "Your account email is jane.doe@example.org [kb-002]."}),
    ],
)
def test_failing_trace_trips_its_breaker(cls: str, trace_kwargs: dict[str, Any]) -> None:
    """A trace showing the failure activates the class's breaker, with action and fallback text."""
    decision = default_breakers()[cls].decide(make_trace(**trace_kwargs))
    assert decision.activate and decision.reasons and decision.fallback_response


def test_personal_data_only_in_the_stored_trace_acts_on_the_trace_and_serves_the_answer() -> None:
    """A card number the customer typed trips the data breaker (redact, pause export, page), but the answer
    shows no data, so it is served: no fallback. The same number written into the answer withholds it."""
    breaker = default_breakers()["DATA_INCIDENT"]
    in_query = breaker.decide(make_trace(query="Refund to card 4111 1111 1111 1111 please"))
    assert in_query.activate and in_query.reasons and in_query.fallback_response == ""
    assert in_query.reasons == ("personal data items in the trace 1 > 0 (zero tolerance, severities.SEV-1)",)
    in_answer = breaker.decide(make_trace(answer="Refunds go back to card 4111 1111 1111 1111 [kb-002]."))
    assert in_answer.activate and in_answer.fallback_response
    assert any("in the answer" in reason for reason in in_answer.reasons)


def test_quality_breaker_uses_injected_scorer() -> None:
    """The quality breaker reads an injected scorer instead of the default one."""
    breakers = default_breakers(scorer=lambda trace: C.quality.answer_floor - 0.05)
    assert breakers["QUALITY_DEGRADATION"].evaluate(make_trace())["activate"] is True


def test_missing_signal_is_not_evaluable_and_does_not_trip() -> None:
    """An unscorable answer (None) or a window without the metric never trips, and says why."""
    quality = default_breakers(scorer=lambda trace: None)["QUALITY_DEGRADATION"].decide(make_trace())
    window = default_breakers()["PERFORMANCE_DEGRADATION"].decide({"failure_rate": 0.9})
    assert not quality.activate and quality.not_evaluable == ("quality_score",)
    assert not window.activate and "latency_p95_ms" in window.not_evaluable


def test_window_metrics_object_is_accepted_and_small_windows_hold() -> None:
    """A WindowMetrics is evaluated by its values; a too-small window never trips."""
    slow = [make_trace(latency_ms=9000) for _ in range(C.min_window_size)]
    breaker = default_breakers()["PERFORMANCE_DEGRADATION"]
    assert breaker.evaluate(compute_metrics(slow))["activate"] is True
    small = breaker.decide(compute_metrics(slow[:2]))
    assert not small.activate and "too_small" in small.not_evaluable[0]


def test_thresholds_follow_the_contract() -> None:
    """A contract with another SLA moves the latency trigger, with no code change."""
    data = C.model_dump(mode="json")
    data["latency"]["request_sla_ms"] = 2000
    other = parse_contract(__import__("json").dumps(data))
    trace = make_trace(latency_ms=3000)
    assert default_breakers(other)["PERFORMANCE_DEGRADATION"].evaluate(trace)["activate"] is True
    assert default_breakers()["PERFORMANCE_DEGRADATION"].evaluate(trace)["activate"] is False


def test_bad_input_names_the_breaker_and_the_accepted_types() -> None:
    """Evaluating something that is neither a trace nor a window raises a BreakerError that says what to pass."""
    with pytest.raises(BreakerError, match=r"latency-deadline.*pass a Trace"):
        default_breakers()["PERFORMANCE_DEGRADATION"].evaluate(42)


def test_fast_signal_scan_agrees_with_trace_properties() -> None:
    """The one-pass signal scan gives the same numbers as the Trace model's derived properties."""
    from llmops_kit.traffic import generate_traffic

    mix = {"healthy": 0.4, "empty_retrieval": 0.2, "slow_response": 0.2, "cost_spike": 0.2}
    for trace in generate_traffic(20, mix=mix, seed=5):
        got = extract_signals(trace, ["documents", "max_relevance", "latency_ms", "tokens", "cost_usd"]).values
        docs = trace.documents
        assert got["documents"] == (None if docs is None else len(docs))
        assert got["max_relevance"] == max(trace.relevance_scores, default=None)
        assert got["latency_ms"] == trace.duration_ms
        assert got["tokens"] == (trace.usage.total_tokens if trace.usage else None)
        assert got["cost_usd"] == trace.cost_usd


def test_signals_from_metrics_facts_match_trace_extraction() -> None:
    """Signals rebuilt from metrics.trace_facts give the same decisions as extraction from the traces."""
    from llmops_kit.breakers import signals_from_facts
    from llmops_kit.metrics import trace_facts
    from llmops_kit.traffic import generate_traffic

    traces = generate_traffic(10, mix={"healthy": 0.5, "slow_response": 0.3, "empty_retrieval": 0.2}, seed=2)
    breakers = [b for cls, b in default_breakers().items() if cls in ("RETRIEVAL_OUTAGE", "PERFORMANCE_DEGRADATION")]
    for trace, signals in zip(traces, signals_from_facts(trace_facts(traces)), strict=True):
        assert [b.decide(signals).activate for b in breakers] == [b.decide(trace).activate for b in breakers]
        assert signals.get("quality_score") is None and signals.get("pii_matches") is None


def test_unknown_signal_is_rejected() -> None:
    """Asking for a signal that does not exist lists the known ones."""
    with pytest.raises(BreakerError, match=r"Unknown trace signal 'mood'.*latency_ms"):
        extract_signals(make_trace(), ["mood"])


def test_design_table_covers_five_classes_from_the_objects() -> None:
    """The design table has one row per class and its triggers quote the contract's numbers."""
    table = design_table()
    assert list(table["Incident Class"]) == list(INCIDENT_CLASSES)
    assert {"Trigger", "Action", "User Impact", "Rollback"} <= set(table.columns)
    perf = table.set_index("Incident Class").loc["PERFORMANCE_DEGRADATION", "Trigger"]
    assert f"{C.latency.request_sla_ms:g} ms" in perf and "latency.request_sla_ms" in perf


def test_bonus_breaker_is_opt_in() -> None:
    """PROMPT_INJECTION is only built on request; the five default breakers are unchanged."""
    assert "PROMPT_INJECTION" not in default_breakers()
    assert "PROMPT_INJECTION" in default_breakers(include_bonus=True)


def test_data_incident_uses_the_pii_rules_and_skips_published_contacts() -> None:
    """DATA_INCIDENT counts what PII_LEAK reports: a UK phone trips it, the article's own address does not."""
    breaker = default_breakers()["DATA_INCIDENT"]
    assert breaker.evaluate(make_trace(answer="Call us back on 020 7946 0958 [kb-002]."))["activate"] is True
    published = make_trace(answer="Write to help@northwindoutfitters.com for a label [kb-002].")
    assert breaker.evaluate(published)["activate"] is False
    assert breaker.evaluate(make_trace(query="Where is order 4111111111111111?"))["activate"] is False


def test_redact_pii_masks_every_item() -> None:
    """Redaction leaves no personal data behind."""
    assert find_pii(redact_pii("jane.doe@example.org, +44 20 7946 0958")) == []


# ---- simulation ----------------------------------------------------------------------------------
@pytest.mark.parametrize("cls", INCIDENT_CLASSES)
def test_standard_batch_has_no_false_positives_or_negatives(cls: str) -> None:
    """On the seeded 20-request batch with 8 failures, the class's breaker intercepts exactly the 8."""
    from llmops_kit.breakers.simulation import simulate_breaker, simulation_summary
    from llmops_kit.course.breaker_batches import standard_batch

    cases = standard_batch(cls, seed=7)
    summary = simulation_summary(simulate_breaker(default_breakers()[cls], cases)).iloc[0]
    assert (len(cases), summary["failing"], summary["intercepted"]) == (20, 8, 8)
    assert (summary["FP"], summary["FN"]) == (0, 0)


def test_standard_batch_keeps_truth_outside_the_traces() -> None:
    """Batch traces carry no verdict field; ground truth lives in the Case objects only."""
    from llmops_kit.course.breaker_batches import standard_batch

    def keys(value: Any) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        if isinstance(value, list):
            return {k for v in value for k in keys(v)}
        return set()

    for case in standard_batch("DATA_INCIDENT", seed=3):
        found = keys(case.trace.model_dump(mode="json"))
        assert not {k for k in found if k in {"failure_mode", "diagnosis", "label"} or k.startswith("expected_")}
        assert "pii_leak" not in case.trace.model_dump_json()


def test_borderline_batch_reports_misses_honestly() -> None:
    """The borderline batch has cases the breakers miss (FN) and every case is accounted for."""
    from llmops_kit.breakers.simulation import case_view, simulate_breaker
    from llmops_kit.course.breaker_batches import borderline_batch

    view = case_view(simulate_breaker(default_breakers(), borderline_batch(seed=7)))
    assert (view["missed"] != "-").any()
    assert set(view.columns) >= {"expected", "fired", "caught", "missed", "unexpected", "user received", "lesson"}


def test_bad_batch_request_is_rejected() -> None:
    """Asking for more failing requests than requests, or an unknown class, says what is allowed."""
    from llmops_kit.course.breaker_batches import standard_batch

    with pytest.raises(BreakerError, match="n_failing"):
        standard_batch("COST_SPIKE", n=5, n_failing=8)
    with pytest.raises(BreakerError, match="RETRIEVAL_OUTAGE"):
        standard_batch("UNKNOWN")


def test_simulation_shows_the_first_200_characters_the_user_received() -> None:
    """A long answer that passes is shown up to 200 characters on one line, then cut with an ellipsis."""
    from llmops_kit.breakers.simulation import Case, simulate_breaker

    long_answer = "Refunds reach your card within 5 business days. " * 8
    case = Case(make_trace(answer=long_answer), frozenset(), "long")
    rows = simulate_breaker(default_breakers()["COST_SPIKE"], [case])
    shown = rows.loc[0, "user_received"].removeprefix("answer: ")
    assert len(shown) == 200 and shown.endswith("…") and long_answer.startswith(shown[:-1])


def test_data_breaker_reads_tool_outputs_and_passes_a_masked_address() -> None:
    """An e-mail recorded only in a tool output trips the data breaker; the same lookup with it masked does not."""
    from llmops_kit.course.breaker_batches import borderline_batch

    cases = {case.note: case for case in borderline_batch(seed=7)}
    leaky = cases["healthy-looking order lookup that stores the customer's e-mail in the trace"]
    masked = cases["order lookup that records a masked e-mail (s***@…, not personal data)"]
    breaker = default_breakers()["DATA_INCIDENT"]
    assert leaky.trace.answer == masked.trace.answer
    assert breaker.decide(leaky.trace).activate
    assert not breaker.decide(masked.trace).activate


def test_a_failed_tool_call_trips_the_performance_breaker_from_the_spans() -> None:
    """A tool span that timed out inside the SLA trips PERFORMANCE_DEGRADATION; the same trace with it ok does not."""
    data: dict[str, Any] = trace_payload()
    tool = {"span_id": "tool1", "parent_id": data["spans"][0]["span_id"], "name": "tool.order_status",
            "kind": "tool", "start_time": data["spans"][0]["start_time"], "end_time": data["spans"][0]["start_time"],
            "status": "error", "error": {"type": "ToolTimeoutError", "message": "no response in 3000 ms"}}
    data["spans"].append(tool)
    failed = Trace.model_validate(data)
    tool.update(status="ok", error=None)
    fine = Trace.model_validate(data)
    breaker = default_breakers()["PERFORMANCE_DEGRADATION"]
    decision = breaker.decide(failed)
    assert decision.activate and "failed or timed-out tool calls 1 > 0" in decision.reasons[0]
    assert not breaker.decide(fine).activate


@pytest.mark.parametrize(("factor", "source"), [(3.0, "budget.normal_tokens_per_request x budget.spike_factor"),
                                                (10.0, "metrics.tokens_per_request.critical")])
def test_the_cost_breaker_keeps_the_tighter_window_bound(factor: float, source: str) -> None:
    """Per window the cost breaker has one rule per metric, the spike limit or the critical bound, whichever
    trips first: with the contract's factor the spike limit, with a factor of 10 the critical bound."""
    contract = load_contract()
    contract = contract.model_copy(update={"budget": contract.budget.model_copy(update={"spike_factor": factor})})
    rules = {rule.signal: rule for rule in cost_spike_breaker(contract).window_rules}
    assert sorted(rules) == ["cost_per_request_usd", "tokens_per_request"]
    assert rules["tokens_per_request"].source == source
    expected = min(contract.budget.normal_tokens * factor, contract.metrics["tokens_per_request"].critical)
    assert rules["tokens_per_request"].threshold == expected

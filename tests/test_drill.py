"""The Task 6 drill: seven stages in order, the brief's exact lines, metrics that breach and recover."""

from __future__ import annotations

import re

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.course.drill import (
    NEW_TRAFFIC_PREFIX,
    DrillError,
    DrillLog,
    DrillStage,
    apply_mitigation,
    breaker_for,
    inject_failure,
    inject_latency_spike,
    inject_quality_degradation,
    inject_retrieval_outage,
    probe_primary,
    run_drill,
    serve_new_traffic,
    stage_recovery,
)
from llmops_kit.course.drill_recovery import PROBES_TO_CLOSE
from llmops_kit.incidents import Signals
from llmops_kit.metrics import compute_metrics, format_value
from llmops_kit.quality import is_refusal
from llmops_kit.replay import make_client
from llmops_kit.traffic import generate_traffic
from llmops_kit.triage import signals_from_metrics, triage

STAGES = ["baseline", "injection", "triage", "diagnosis", "mitigation", "recovery", "postmortem"]
ALERT = re.compile(r"^ALERT: (?P<metric>\w+) breached (?P<grade>warning|critical) — current value: (?P<value>.+)$")
BREAKER = re.compile(r"^Circuit breaker activated — (?P<count>\d+) requests redirected to fallback$")
EXPECTED_CLASS = {
    "retrieval_outage": "RETRIEVAL_OUTAGE",
    "latency_spike": "PERFORMANCE_DEGRADATION",
    "quality_degradation": "QUALITY_DEGRADATION",
}
LABEL_FIELDS = ("failure_mode", "diagnosis", "label", "expected_")


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Injection answers go through the SDK client: keep them on the simulator even if a key is set."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def _drill(failure: str, seed: int = 7) -> DrillLog:
    return run_drill(seed=seed, failure=failure, client=make_client("simulator"))


@pytest.fixture(scope="module", params=list(EXPECTED_CLASS))
def log(request: pytest.FixtureRequest) -> DrillLog:  # explicit simulator client: no key needed
    """One drill per failure mode (the default retrieval outage and the two other choices of the brief)."""
    return _drill(request.param)


@pytest.fixture(scope="module")
def traces() -> list:
    return generate_traffic(10, seed=7)


def _keys(value: object) -> list[str]:
    """Every dict key in a JSON-like value, at any depth."""
    if isinstance(value, dict):
        return [*value, *(k for v in value.values() for k in _keys(v))]
    if isinstance(value, list):
        return [k for v in value for k in _keys(v)]
    return []


def _lines(stage: DrillStage, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    return [m for line in stage.lines if (m := pattern.match(line))]


def test_stages_run_in_order(log: DrillLog) -> None:
    """The log holds the seven stages of the brief, numbered 1..7, in order."""
    assert [s.name for s in log.stages] == STAGES
    assert [s.number for s in log.stages] == list(range(1, 8))


def test_baseline_is_green_and_says_healthy(log: DrillLog) -> None:
    """Stage 1 grades every metric green on a full window and prints the healthy status line."""
    stage = log.stage("baseline")
    assert stage.grades and set(stage.grades.values()) == {"green"}
    assert "System status: HEALTHY ✓" in stage.lines


def test_injection_breaches_at_least_one_metric(log: DrillLog) -> None:
    """Stage 2's recomputed metrics breach a warning or critical bound."""
    grades = log.stage("injection").grades
    assert any(g in ("warning", "critical") for g in grades.values())


def test_one_alert_line_per_breach_with_computed_values(log: DrillLog) -> None:
    """Every breached metric gets exactly one ALERT line whose grade and value are the stage's own data."""
    stage = log.stage("injection")
    alerts = _lines(stage, ALERT)
    breached = {m: g for m, g in stage.grades.items() if g != "green"}
    assert {m["metric"]: m["grade"] for m in alerts} == breached
    assert len(alerts) == len(breached)
    for match in alerts:
        assert match["value"] == format_value(match["metric"], stage.metrics[match["metric"]])


def test_injection_modifies_six_of_ten(log: DrillLog) -> None:
    """Six of the ten baseline requests are transformed, and they are baseline requests."""
    data = log.stage("injection").data
    assert data["requests"] == 10
    assert len(data["injected_ids"]) == 6
    assert set(data["injected_ids"]) <= set(log.stage("baseline").data["trace_ids"])


def test_triage_lines_match_the_triage_result(log: DrillLog) -> None:
    """Stage 3 prints the class, severity and the contract's response time for that severity."""
    stage = log.stage("triage")
    data = stage.data
    assert data["incident_class"] == EXPECTED_CLASS[log.failure]
    assert f"Incident class: {data['incident_class']}" in stage.lines
    assert f"Severity: {data['severity']}" in stage.lines
    minutes = load_contract().severities[data["severity"]].response_minutes
    assert f"Recommended response time: {minutes} minutes" in stage.lines


def test_replay_states_a_root_cause_only_when_the_control_reproduces(log: DrillLog) -> None:
    """Stage 4 claims a root cause only when the control reproduces the finding and the override clears it."""
    stage = log.stage("diagnosis")
    data = stage.data
    assert data["trace_id"] in log.stage("injection").data["injected_ids"]
    cause = [line for line in stage.lines if line.startswith("Root cause identified: ")]
    control = [line for line in stage.lines if line.startswith("Control (recorded configuration")]
    assert len(control) == 1 and data["recorded"] in control[0]
    if data["reproduces"] and data["finding"] not in data["codes_after"]:
        assert data["confirmed"] is True and len(cause) == 1
        assert str(data["override_value"]) in cause[0] and "control" in cause[0]
    else:
        assert data["confirmed"] is False and not cause


@pytest.mark.parametrize(("failure", "confirmed"), [("retrieval_outage", True), ("quality_degradation", True),
                                                    ("latency_spike", False)])
def test_control_decides_what_the_drill_may_claim(failure: str, confirmed: bool) -> None:
    """An outage and an old prompt reproduce in the control; a provider slowdown cannot, so it is inconclusive."""
    data = _drill(failure).stage("diagnosis").data
    assert data["reproduces"] is confirmed
    assert data["confirmed"] is confirmed
    assert data["verdict"] == ("fixed" if confirmed else "inconclusive")


def test_outage_control_keeps_the_recorded_empty_retrieval() -> None:
    """Replaying the outage on the index that failed keeps the recorded empty retrieval: it fixes nothing."""
    data = _drill("retrieval_outage").stage("diagnosis").data
    assert data["recorded"] == "kb-primary" and data["override_value"] != "kb-primary"
    assert "EMPTY_RETRIEVAL" in data["codes_control"]


def test_breaker_line_counts_what_the_breaker_intercepted(log: DrillLog) -> None:
    """Stage 5's redirected count is the breaker's own count: all six failed requests and no healthy one."""
    stage = log.stage("mitigation")
    (match,) = _lines(stage, BREAKER)
    assert int(match["count"]) == stage.data["intercepted"] == 6
    assert stage.data["intercepted_failed"] == 6
    assert stage.data["intercepted_healthy"] == 0


def test_recovery_is_green_and_says_recovered(log: DrillLog) -> None:
    """Stage 6 grades every metric green again, closes the breaker through its probes and prints the recovered line."""
    stage = log.stage("recovery")
    assert stage.grades and set(stage.grades.values()) == {"green"}
    assert stage.data["breaker_open"] is False
    assert stage.data["probe_closed_while_failing"] is False and stage.data["probe_closed_after_removal"] is True
    assert "System status: RECOVERED ✓" in stage.lines


@pytest.mark.parametrize("failure", ["retrieval_outage", "latency_spike", "quality_degradation"])
def test_the_breaker_closes_only_on_probes_of_the_repaired_path(traces: list, failure: str) -> None:
    """Probes sent while the failure persists re-open the breaker; the same canaries after it is removed close
    it after PROBES_TO_CLOSE healthy results, never on traffic the fallback served."""
    contract, client = load_contract(), make_client("simulator")
    window, injected = inject_failure(traces, failure, count=6, seed=7, client=client)
    klass = {"retrieval_outage": "RETRIEVAL_OUTAGE", "latency_spike": "PERFORMANCE_DEGRADATION",
             "quality_degradation": "QUALITY_DEGRADATION"}[failure]
    tripped_by = next(t for t in window if t.trace_id in injected)
    probes = probe_primary(breaker_for(klass, contract), tripped_by, failure, seed=9, contract=contract,
                           client=client)
    assert len(probes.while_failing) == 1 and probes.while_failing[0].endswith("-> breaker open")
    assert len(probes.after_removal) == PROBES_TO_CLOSE and probes.after_removal[-1].endswith("-> breaker closed")
    assert probes.passed


def test_a_breaker_blind_to_the_failure_fails_the_probe_control(traces: list) -> None:
    """A breaker whose rules cannot see the injected failure closes while it persists: stage 6 says so and is
    not RECOVERED, however green the windows are."""
    contract, client = load_contract(), make_client("simulator")
    window, _ = inject_failure(traces, "retrieval_outage", count=6, seed=7, client=client)
    blind = breaker_for("PERFORMANCE_DEGRADATION", contract)  # latency rules: blind to empty retrieval
    probes = probe_primary(blind, window[0], "retrieval_outage", seed=9, contract=contract, client=client)
    assert probes.closed_while_failing and not probes.passed
    metrics = compute_metrics(traces, contract)
    stage = stage_recovery(traces, metrics, blind, reserved=[], overrides={}, confirmed=False, restored=metrics,
                           seed=8, injected=[], probes=probes)
    assert stage.lines[-1] == ("System status: NOT RECOVERED ✗ — the breaker closed while the failure persisted "
                               "(its probe cannot see this failure)")


def test_recovery_serves_new_traffic_under_the_mitigation(log: DrillLog) -> None:
    """Stage 6 grades new requests (another seed) whose intercepted ones were replayed with the tested fix."""
    data = log.stage("recovery").data
    stage1_ids = set(log.stage("baseline").data.get("trace_ids", [])) | set(log.stage("mitigation").data["reasons"])
    assert data["seed"] != log.seed and data["overrides"] == log.stage("diagnosis").data["overrides"]
    parents = {tid.split(".replay-")[0] for tid in data["trace_ids"]}
    assert parents.isdisjoint(stage1_ids) and all(tid.startswith(NEW_TRAFFIC_PREFIX + "-") for tid in parents)
    replays = [tid for tid in data["trace_ids"] if ".replay-" in tid]
    assert replays and {r.split(".replay-")[0] for r in replays} == set(data["reserved_ids"])
    assert set(data["injected_ids"]) <= set(data["reserved_ids"])


def test_recovery_also_grades_the_restored_baseline(log: DrillLog) -> None:
    """Stage 6 prints the restored baseline's metrics too, equal to stage 1's, and both must be green."""
    stage = log.stage("recovery")
    assert stage.data["restored_metrics"] == log.stage("baseline").metrics
    assert stage.data["restored_healthy"] is True
    assert any(line.startswith("(c) Restored baseline") for line in stage.lines)


def test_recovery_without_the_fix_stays_red(traces: list) -> None:
    """With no fix applied the outage window stays red, and stage 6 says what is red instead of RECOVERED."""
    contract, client = load_contract(), make_client("simulator")
    window, injected = inject_failure(traces, "retrieval_outage", count=6, seed=7, client=client)
    breaker = breaker_for("RETRIEVAL_OUTAGE", contract)
    same = apply_mitigation(window, injected, {}, client=client, contract=contract)
    probes = probe_primary(breaker, window[0], "retrieval_outage", seed=9, contract=contract, client=client)
    stage = stage_recovery(same, compute_metrics(same, contract), breaker, reserved=injected, overrides={},
                           confirmed=False, restored=compute_metrics(traces, contract), seed=8, injected=injected,
                           probes=probes)
    assert "System status: RECOVERED ✓" not in stage.lines
    assert stage.data["healthy"] is False
    assert stage.lines[-1].startswith(
        "System status: NOT RECOVERED ✗ — mitigated traffic still red: failure_rate 60.0% (critical)")


def test_new_traffic_without_a_breaker_is_not_mitigated() -> None:
    """With no breaker nothing is intercepted, so the new window keeps its injected failures and is graded red."""
    contract, client = load_contract(), make_client("simulator")
    served, injected, intercepted = serve_new_traffic(10, "retrieval_outage", None, {"index": "kb-backup"}, seed=8,
                                                      failed=6, contract=contract, client=client)
    assert intercepted == [] and len(injected) == 6
    assert not any(".replay-" in t.trace_id for t in served)
    assert compute_metrics(served, contract).breaches()


def test_a_red_restored_baseline_also_blocks_recovered(traces: list) -> None:
    """A green mitigated window is not enough: a restored baseline outside green keeps the status red."""
    contract, client = load_contract(), make_client("simulator")
    window, _ = inject_failure(traces, "retrieval_outage", count=6, seed=7, client=client)
    green = compute_metrics(traces, contract)
    stage = stage_recovery(traces, green, None, reserved=[], overrides={}, confirmed=False,
                           restored=compute_metrics(window, contract), seed=8, injected=[])
    assert stage.data["healthy"] is False
    assert "restored baseline still red" in stage.lines[-1]


def test_apply_mitigation_refuses_ids_outside_the_window(traces: list) -> None:
    """Intercepted ids that are not in the window are an error naming them, not silently skipped."""
    with pytest.raises(DrillError, match="tr-nowhere"):
        apply_mitigation(traces, ["tr-nowhere"], {"index": "kb-backup"}, client=make_client("simulator"))


def test_outage_triage_cites_empty_retrieval_not_the_quality_proxy(traces: list) -> None:
    """The drill window's justification quotes empty_retrieval_share and adds no performance class."""
    contract = load_contract()
    window, _ = inject_failure(traces, "retrieval_outage", count=6, seed=7, client=make_client("simulator"))
    result = triage(signals_from_metrics(compute_metrics(window, contract), compute_metrics(traces, contract),
                                         contract=contract), contract)
    assert result.incident_class == "RETRIEVAL_OUTAGE"
    reason = result.justification.split(" SEV-")[0]
    assert "empty_retrieval_share 0% -> 60%" in reason and "quality_proxy_rate" not in reason
    assert "PERFORMANCE_DEGRADATION" not in result.secondary_classes


def test_errors_beyond_the_empty_retrievals_still_add_a_performance_class() -> None:
    """More failed requests than empty retrievals are not explained by retrieval: the second class stays."""
    signals = Signals(symptoms=frozenset({"empty_retrieval"}), users_affected_share=0.6,
                      metrics={"failure_rate": 0.6, "empty_retrieval_share": 0.2},
                      baseline={"failure_rate": 0.0, "empty_retrieval_share": 0.0})
    result = triage(signals)
    assert result.incident_class == "RETRIEVAL_OUTAGE"
    assert "PERFORMANCE_DEGRADATION" in result.secondary_classes


def test_metrics_go_green_red_green(log: DrillLog) -> None:
    """The per-stage table shows the breach after injection and none before or after it."""
    table = log.metrics_table()
    assert list(table["name"]) == STAGES
    breaches = dict(zip(table["name"], table["breaches"], strict=True))
    assert breaches["baseline"] == "none" and breaches["recovery"] == "none"
    assert breaches["injection"] != "none"


def test_postmortem_stage_lists_the_facts_and_references_task5(log: DrillLog) -> None:
    """Stage 7 lists the run's facts (failed share, alerts, class, breaker, recovery) and the Task 5 document."""
    stage = log.stage("postmortem")
    text = "\n".join(stage.lines)
    assert "postmortem_INC-2025-007.md" in text
    assert log.stage("triage").data["incident_class"] in text
    mitigation = log.stage("mitigation").data
    assert f"{mitigation['intercepted_failed']} of {mitigation['failed']} failed" in text
    assert "restored baseline: all green" in text


def test_text_is_every_stage_line_in_order(log: DrillLog) -> None:
    """``text()`` is the stages' headers and lines, nothing else."""
    expected = [line for s in log.stages for line in (f"=== Stage {s.number}: {s.title} ===", *s.lines)]
    assert [line for line in log.text().splitlines() if line] == expected


def test_same_seed_gives_the_same_log() -> None:
    """Two runs with one seed produce identical logs (text and structured data)."""
    assert _drill("retrieval_outage").model_dump() == _drill("retrieval_outage").model_dump()


def test_another_seed_gives_another_window() -> None:
    """The seed reaches the traffic: another seed picks other requests."""
    a, b = _drill("quality_degradation", seed=7), _drill("quality_degradation", seed=8)
    assert a.stage("baseline").data["trace_ids"] != b.stage("baseline").data["trace_ids"]


def test_on_stage_sees_each_stage_as_it_finishes() -> None:
    """The callback receives the stages in order, the same objects the log returns."""
    seen: list[DrillStage] = []
    log = run_drill(failure="latency_spike", on_stage=seen.append, client=make_client("simulator"))
    assert seen == log.stages


def test_unknown_failure_is_refused() -> None:
    """An unknown failure name raises a DrillError that lists the choices."""
    with pytest.raises(DrillError, match="retrieval_outage"):
        run_drill(failure="meteor_strike")


def test_window_below_contract_minimum_is_refused() -> None:
    """A window smaller than the contract's minimum would not be graded, so the drill refuses it."""
    with pytest.raises(DrillError, match="minimum window"):
        run_drill(requests=3, failed=2)


def test_inject_failure_rejects_bad_count(traces: list) -> None:
    """Asking to break more requests than exist is an error, not a silent clamp."""
    with pytest.raises(DrillError, match="count"):
        inject_failure(traces, "latency_spike", count=11)


def test_retrieval_outage_empties_and_fails_the_retriever(traces: list) -> None:
    """The outage leaves no documents, marks the retriever span failed and the bot refuses."""
    out = inject_retrieval_outage(traces[0])
    (retriever,) = out.spans_of("retriever")
    assert out.documents == [] and retriever.status == "error"
    assert is_refusal(out.answer)
    assert traces[0].documents  # the input trace is left as it was


def test_latency_spike_sets_the_request_latency(traces: list) -> None:
    """The spike makes the request take the requested time and keeps the answer."""
    out = inject_latency_spike(traces[0], latency_ms=9_000)
    assert out.duration_ms == pytest.approx(9_000, abs=1)
    assert out.answer == traces[0].answer
    assert out.llm_span.duration_ms > traces[0].llm_span.duration_ms


def test_quality_degradation_renders_the_old_prompt(traces: list) -> None:
    """The degraded request runs prompt v1.3 and its answer changes with it."""
    out = inject_quality_degradation(traces[0])
    assert out.prompt_version == "v1.3"
    assert out.answer != traces[0].answer


@pytest.mark.parametrize("failure", list(EXPECTED_CLASS))
def test_injected_traces_carry_no_verdict(traces: list, failure: str) -> None:
    """No injected trace names its failure: later stages must find it from signals."""
    out, ids = inject_failure(traces, failure, count=6, seed=7)
    keys = {key for t in out if t.trace_id in ids for key in _keys(t.model_dump(mode="json"))}
    assert not [k for k in keys if k.startswith(LABEL_FIELDS)]
    assert failure not in " ".join(t.model_dump_json() for t in out)


def test_injection_breaches_the_window_it_is_applied_to(traces: list) -> None:
    """Transforming six of ten healthy requests moves the window off green (the function, not a flag)."""
    out, _ = inject_failure(traces, "quality_degradation", count=6, seed=7)
    assert compute_metrics(traces).healthy
    assert not compute_metrics(out).healthy


def test_injection_goes_through_the_sdk_client(traces: list) -> None:
    """The injected answer comes from the client it is given (here a server that counts requests)."""
    from llmops_kit.replay.server import SimulatorServer

    with SimulatorServer(0) as server:
        client = make_client("openai", api_key="sk-test", base_url=server.base_url, max_retries=0)
        out = inject_retrieval_outage(traces[0], client=client)
        served = server.requests_served
    assert served == 1
    assert out.llm_span.messages and "(no articles found)" in out.llm_span.messages[1].content

"""The end-to-end incident drill (Task 6): healthy window -> injected failure -> alert -> triage ->
diagnosis by replay -> circuit breaker -> recovery -> mini postmortem.

The drill composes the package; it owns no detection logic of its own:

1. **Baseline.** Ten healthy requests from :func:`llmops_kit.traffic.generate_traffic` (seeded), graded
   by :func:`llmops_kit.metrics.compute_metrics` against the contract.
2. **Failure injection.** Six requests (a seeded choice) are transformed by a failure function
   (:mod:`llmops_kit.course.drill_failures`); the traces carry no label. One ``ALERT:`` line per breached metric.
3. **Triage** with :func:`llmops_kit.triage.signals_from_metrics` and :func:`llmops_kit.triage.triage`.
4. **Diagnosis by replay.** The window is diagnosed (:func:`llmops_kit.diagnose.diagnose`); the first
   failing request's most upstream finding picks the replay hypothesis (:data:`HYPOTHESES`: which
   override would remove it), :func:`llmops_kit.replay.replay_with_control` replays the recorded
   configuration (the control) and the override. The root cause is stated only when the control
   reproduces the finding and the override clears it; a control that does not reproduce it makes the
   step inconclusive.
5. **Mitigation.** The breaker of the class triage chose (:data:`llmops_kit.breakers.BUILDERS`) runs on
   every request of the window and on the window itself; the intercepted requests take its fallback path
   (the replay's fix, else its fallback message) and the window is graded as users received it.
6. **Recovery** (:mod:`llmops_kit.course.drill_recovery`). The mitigation is applied to new traffic (another
   seed) that meets the same failure: the breaker intercepts, the intercepted requests are served with the
   override the replay tested, and that window is graded; the breaker closes only through probes of the
   primary path; the restored baseline is graded too. The status is RECOVERED only when all three hold;
   otherwise what failed is printed.
7. **Postmortem.** The facts a postmortem needs, gathered from the stages above, and the reference to
   Task 5's document (the notebook writes the mini postmortem itself from these facts).

Each stage is a public function (``stage_*``) so the notebook can run one cell per stage;
:func:`run_drill` chains the same functions for the CLI. Every number printed is computed in the run; the
same ``seed`` gives the same log.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import openai
import pandas as pd

from ..breakers import BUILDERS, Breaker
from ..contract import Contract, load_contract
from ..diagnose import Diagnosis, diagnose
from ..metrics import WindowMetrics, compute_metrics, format_value
from ..replay import compare_traces, comparison_value, make_client, replay_with_control
from ..replay.verdict import ControlledReplay
from ..traces import Trace
from ..traffic import generate_traffic
from ..triage import TriageResult, signals_from_metrics, triage
from .drill_failures import (
    COMPONENT,
    FAILURES,
    HYPOTHESES,
    DrillError,
    inject_failure,
    inject_latency_spike,
    inject_quality_degradation,
    inject_retrieval_outage,
    recorded_value,
    rerun_llm,
)
from .drill_log import (
    DASHBOARD_METRICS,
    POSTMORTEM_REFERENCE,
    DrillLog,
    DrillStage,
    make_stage,
    metric_lines,
    stage_postmortem,
    window_status,
)
from .drill_recovery import (
    NEW_TRAFFIC_PREFIX,
    apply_mitigation,
    probe_primary,
    serve_fallback,
    serve_new_traffic,
    stage_recovery,
)

# ---- the stages: each takes what the previous ones produced and returns its printed stage ----------


def stage_baseline(baseline: Sequence[Trace], base: WindowMetrics, *, seed: int) -> DrillStage:
    """Stage 1: the healthy window graded against the contract, with the brief's status line."""
    status = "HEALTHY" if base.healthy else "DEGRADED"
    return make_stage(1, "baseline", "Baseline", [
        f"Generated {len(baseline)} requests (seed {seed}), window {base.start:%H:%M:%S}-{base.end:%H:%M:%S} UTC.",
        *metric_lines(base),
        f"System status: {status} {'✓' if base.healthy else '✗'}",
    ], status, base, {"seed": seed, "trace_ids": [t.trace_id for t in baseline], "healthy": base.healthy})


def stage_injection(
    window_traces: Sequence[Trace], injected: Sequence[str], incident: WindowMetrics, *, failure: str,
    contract: Contract,
) -> DrillStage:
    """Stage 2: the metrics after injection and one ``ALERT:`` line per breached metric."""
    alerts = [f"ALERT: {m} breached {g} — current value: {format_value(m, incident.values[m])}"
              for m, g in incident.breaches().items()]
    primaries = [diagnose(t, contract).primary for t in window_traces if t.trace_id in injected]
    http_visible = sum(p is not None and p.http_visible for p in primaries)
    return make_stage(2, "injection", "Failure injection", [
        f"Injected {failure.replace('_', ' ')} into {len(injected)} of {len(window_traces)} requests: "
        + ", ".join(injected),
        *metric_lines(incident),
        *(alerts or ["No metric breached its warning bound."]),
    ], window_status(incident), incident, {
        "failure": failure, "injected_ids": list(injected), "failed": len(injected),
        "requests": len(window_traces), "alerts": alerts,
        "affected_share": incident.extras.get("affected_share") or 0.0, "http_visible": http_visible,
        "shares": dict(incident.extras),
    })


def stage_triage(result: TriageResult, incident: WindowMetrics) -> DrillStage:
    """Stage 3: class, severity and response time from the Task 3 tree, with its path and justification."""
    return make_stage(3, "triage", "Triage", [
        f"Incident class: {result.incident_class or 'NOT AN INCIDENT'}",
        f"Severity: {result.severity or '-'}",
        f"Recommended response time: {result.response_minutes} minutes" if result.response_minutes
        else "Recommended response time: no page",
        f"Decision path: {result.path_text()}",
        f"Justification: {result.justification}",
    ], window_status(incident), incident, {
        "incident_class": result.incident_class, "severity": result.severity,
        "response_minutes": result.response_minutes, "path": result.path_text(),
        "justification": result.justification, "secondary_classes": list(result.secondary_classes),
    })


def failing_requests(window_traces: Sequence[Trace], contract: Contract) -> list[tuple[Trace, Diagnosis]]:
    """The requests with a finding, earliest first: the first one is the drill's replay candidate."""
    diagnosed = [(t, diagnose(t, contract)) for t in window_traces]
    failing = [(t, d) for t, d in diagnosed if not d.healthy and d.primary is not None]
    return sorted(failing, key=lambda pair: (pair[0].timestamp is None, pair[0].timestamp, pair[0].trace_id))


def replay_hypothesis(
    trace: Trace, finding: str, contract: Contract, baseline: Sequence[Trace]
) -> dict[str, str] | None:
    """The override that would remove ``finding`` if its component caused it (None: nothing to test)."""
    make = HYPOTHESES.get(finding)
    return make(trace, contract, baseline) if make else None


def stage_diagnosis(
    window_traces: Sequence[Trace], failing: Sequence[tuple[Trace, Diagnosis]],
    overrides: Mapping[str, str] | None, judged: ControlledReplay | None, *, contract: Contract,
    incident: WindowMetrics,
) -> DrillStage:
    """Stage 4: the root cause, stated only when the control reproduces the finding and the override clears it."""
    lines = [f"Diagnosed {len(window_traces)} requests: {len(failing)} with findings."]
    data: dict[str, Any] = {"failing_trace_ids": [t.trace_id for t, _ in failing], "confirmed": False,
                            "overrides": dict(overrides or {})}

    def done(*more: str) -> DrillStage:
        return make_stage(4, "diagnosis", "Diagnosis via replay", [*lines, *more], window_status(incident), incident,
                          data)

    if not failing:
        return done("Root cause not identified: no request has a finding to replay.")
    trace, diag = failing[0]
    primary = diag.primary
    assert primary is not None
    data |= {"trace_id": trace.trace_id, "finding": primary.code, "explanation": primary.explanation}
    lines.append(f"Selected {trace.trace_id}: {primary.code}: {primary.explanation}.")
    if not overrides or judged is None:
        return done(f"Root cause not identified: no replay override tests {primary.code} on this trace.")
    replayed, control = judged.replayed, judged.control
    table = compare_traces(trace, replayed, control=control, contract=contract)
    key, value = next(iter(overrides.items()))
    before_value = recorded_value(trace, key)
    outcome = next((f.outcome for f in judged.findings if f.code == primary.code), "not reproduced")
    reproduced = outcome != "not reproduced"
    lines.append(f"Control (recorded configuration, {key}={before_value}, backend: "
                 f"{control.metadata['replay']['backend']}): {primary.code} "
                 f"{'reproduces' if reproduced else 'does not reproduce'}.")
    lines.append(f"Override {key}={value} (backend: {replayed.metadata['replay']['backend']}): {primary.code} "
                 f"{outcome if reproduced else 'cannot be judged'}.")
    evidence = _evidence(control, replayed, table)
    lines.append("Control vs override: " + "; ".join(evidence))
    confirmed = outcome == "resolved"
    data |= {"replay_trace_id": replayed.trace_id, "control_trace_id": control.trace_id,
             "codes_before": diag.codes, "codes_control": sorted(f.code for f in judged.findings if f.in_control),
             "codes_after": sorted(f.code for f in judged.findings if f.in_replay), "reproduces": reproduced,
             "outcome": outcome, "verdict": judged.verdict, "confirmed": confirmed, "evidence": evidence,
             "comparison": _as_text(table).to_dict(orient="records"), "component": COMPONENT[key],
             "recorded": before_value, "override_value": value}
    if confirmed:
        cause = (f"{primary.explanation}; the control ({key}={before_value}) reproduces {primary.code} and "
                 f"{key}={value} clears it, so the fault is in the {COMPONENT[key]} ({before_value} -> {value})")
        data["root_cause"] = cause
        return done(f"Root cause identified: {cause}")
    if not reproduced:
        return done(f"Root cause not identified: inconclusive: this backend cannot reproduce the recorded "
                    f"failure ({primary.code} is absent from the control).")
    return done(f"Root cause not identified: {primary.code} still fires after replaying with {key}={value}.")


def _evidence(original: Trace, replayed: Trace, table: pd.DataFrame) -> list[str]:
    """Signals that changed between the control and the override replay, as 'name before -> after'."""
    pairs = [
        ("documents", len(original.documents or []), len(replayed.documents or []), "{:d}"),
        ("best relevance", max(original.relevance_scores, default=0.0), max(replayed.relevance_scores, default=0.0),
         "{:.2f}"),
        ("latency", comparison_value(table, "latency_ms", "control"),
         comparison_value(table, "latency_ms", "replayed"), "{:,.0f} ms"),
        ("quality", comparison_value(table, "quality_score", "control"),
         comparison_value(table, "quality_score", "replayed"), "{:.2f}"),
    ]
    out = [f"{name} {fmt.format(a)} -> {fmt.format(b)}" for name, a, b, fmt in pairs
           if a is not None and b is not None and fmt.format(a) != fmt.format(b)]
    return out or ["no signal changed"]


def breaker_for(incident_class: str | None, contract: Contract) -> Breaker | None:
    """The Task 4 breaker of the class triage chose (None: no class, or none has a breaker)."""
    build = BUILDERS.get(incident_class) if incident_class else None
    return build(contract) if build else None


def stage_mitigation(
    breaker: Breaker | None, window_traces: Sequence[Trace], injected: Sequence[str], incident: WindowMetrics,
    *, served: Sequence[Trace] | None = None, handed_off: Sequence[str] = (),
    overrides: Mapping[str, str] | None = None, contract: Contract | None = None,
) -> DrillStage:
    """Stage 5: the breaker on every request of the window and on the window itself, then what users got.

    With ``served`` (from :func:`serve_fallback`) the window as users received it is graded: MITIGATED only
    when it is green; without it the stage reports the decisions alone and keeps the incident's metrics.
    """
    def done(lines: list[str], data: dict[str, Any], metrics: WindowMetrics) -> DrillStage:
        status = "MITIGATED" if data["intercepted"] and (served is None or metrics.healthy) else "ALERT"
        return make_stage(5, "mitigation", "Mitigation", lines, status, metrics, data)

    if breaker is None:
        return done(["No breaker applies: triage found no incident class."], {"intercepted": 0, "intercepted_ids": []},
                    incident)
    decisions = {t.trace_id: breaker.decide(t) for t in window_traces}
    hit = [tid for tid, d in decisions.items() if d.activate]
    on_failed = sum(decisions[tid].activate for tid in injected)
    window_decision = breaker.decide(incident)
    lines = [f"Breaker {breaker.name!r} ({breaker.incident_class}) on {len(window_traces)} requests; trigger: "
             f"{breaker.trigger_text()}",
             f"Intercepted {on_failed} of {len(injected)} failed requests and {len(hit) - on_failed} of "
             f"{len(window_traces) - len(injected)} healthy ones.",
             f"Window decision: {'open' if window_decision.activate else 'closed'}"
             + (f" ({'; '.join(window_decision.reasons)})" if window_decision.reasons else "")]
    metrics = incident
    if hit:
        lines.append(f"Circuit breaker activated — {len(hit)} requests redirected to fallback")
        lines.append("  (the fallback path: the retry below first, the fallback message only if the retry fails)")
        lines.append(f"Breaker action: {breaker.action}")
        if served is not None:
            fix = ", ".join(f"{k}={v}" for k, v in (overrides or {}).items()) or "no fix to retry with"
            metrics = compute_metrics(list(served), contract or load_contract())
            lines.append(f"  step 1, retried with {fix}: {len(hit) - len(handed_off)} of {len(hit)} answered")
            lines.append(f"  step 2, the fallback message for the other {len(handed_off)}: "
                         f"\"{breaker.fallback_response}\"")
            lines.extend(metric_lines(metrics))
            lines.append(f"  window as users received it: {'all green' if metrics.healthy else 'still red'}.")
        else:
            lines.append(f"Fallback shown to users: \"{breaker.fallback_response}\"")
    else:
        lines.append("Circuit breaker not activated: no request met its trigger.")
    return done(lines, {"breaker": breaker.name, "intercepted": len(hit), "intercepted_ids": hit,
                        "intercepted_failed": on_failed, "intercepted_healthy": len(hit) - on_failed,
                        "failed": len(injected), "window_activate": window_decision.activate,
                        "action": breaker.action, "rollback": breaker.rollback,
                        "fallback_response": breaker.fallback_response, "handed_off": list(handed_off),
                        "served_healthy": None if served is None else metrics.healthy,
                        "reasons": {tid: list(d.reasons) for tid, d in decisions.items() if d.activate}}, metrics)


def _as_text(table: pd.DataFrame) -> pd.DataFrame:
    """Every cell as text, a missing one as "" (pandas 2 and 3 stringify missing values differently)."""
    return table.map(lambda value: "" if value is None or value != value else str(value))


def run_drill(
    *,
    seed: int = 7,
    failure: str = "retrieval_outage",
    contract: Contract | None = None,
    on_stage: Callable[[DrillStage], None] | None = None,
    client: openai.OpenAI | None = None,
    requests: int = 10,
    failed: int = 6,
) -> DrillLog:
    """Run the seven stages and return the log; ``on_stage`` is called after each stage (e.g. a dashboard).

    ``client`` is the replay client (default: the offline simulator unless ``OPENAI_API_KEY`` is set).
    """
    contract = contract or load_contract()
    if failure not in FAILURES:
        raise DrillError(f"unknown failure {failure!r}; choose one of: {', '.join(FAILURES)}.")
    client = client or make_client("auto")
    if requests < contract.min_window_size:
        raise DrillError(f"requests={requests} is below the contract's minimum window of "
                         f"{contract.min_window_size}; metrics would not be graded.")
    stages: list[DrillStage] = []

    def emit(stage: DrillStage) -> None:
        stages.append(stage)
        if on_stage is not None:
            on_stage(stage)

    baseline = generate_traffic(requests, seed=seed, contract=contract)
    base = compute_metrics(baseline, contract)
    emit(stage_baseline(baseline, base, seed=seed))

    window, injected = inject_failure(baseline, failure, count=failed, seed=seed, contract=contract, client=client)
    incident = compute_metrics(window, contract)
    emit(stage_injection(window, injected, incident, failure=failure, contract=contract))

    result = triage(signals_from_metrics(incident, base, contract=contract), contract)
    emit(stage_triage(result, incident))

    failing = failing_requests(window, contract)
    overrides, judged = None, None
    if failing:
        trace, diag = failing[0]
        overrides = replay_hypothesis(trace, diag.primary.code, contract, baseline)  # type: ignore[union-attr]
        if overrides:
            judged = replay_with_control(trace, overrides, client=client, contract=contract)
    diagnosis = stage_diagnosis(window, failing, overrides, judged, contract=contract, incident=incident)
    emit(diagnosis)

    breaker = breaker_for(result.incident_class, contract)
    hit = [t.trace_id for t in window if breaker is not None and breaker.decide(t).activate]
    served, handed_off = (serve_fallback(window, hit, breaker, overrides, client=client, contract=contract)
                          if breaker is not None else (None, []))
    mitigation = stage_mitigation(breaker, window, injected, incident, served=served, handed_off=handed_off,
                                  overrides=overrides, contract=contract)
    emit(mitigation)

    new_seed = seed + 1
    recovered, new_injected, reserved = serve_new_traffic(requests, failure, breaker, overrides, seed=new_seed,
                                                          failed=failed, contract=contract, client=client)
    tripped_by = next((t for t in window if t.trace_id in injected), None)
    probes = None if breaker is None or tripped_by is None else probe_primary(
        breaker, tripped_by, failure, seed=seed + 2, contract=contract, client=client)
    emit(stage_recovery(recovered, compute_metrics(recovered, contract), breaker, reserved=reserved,
                        overrides=overrides, confirmed=diagnosis.data["confirmed"],
                        restored=compute_metrics(baseline, contract), seed=new_seed, injected=new_injected,
                        probes=probes))

    emit(stage_postmortem(stages, failure))
    return DrillLog(seed=seed, failure=failure, stages=stages)


__all__ = [
    "DASHBOARD_METRICS",
    "FAILURES",
    "HYPOTHESES",
    "NEW_TRAFFIC_PREFIX",
    "POSTMORTEM_REFERENCE",
    "DrillError",
    "DrillLog",
    "DrillStage",
    "apply_mitigation",
    "breaker_for",
    "failing_requests",
    "inject_failure",
    "inject_latency_spike",
    "inject_quality_degradation",
    "inject_retrieval_outage",
    "probe_primary",
    "replay_hypothesis",
    "rerun_llm",
    "run_drill",
    "serve_fallback",
    "serve_new_traffic",
    "stage_baseline",
    "stage_diagnosis",
    "stage_injection",
    "stage_mitigation",
    "stage_postmortem",
    "stage_recovery",
    "stage_triage",
]

"""The end-to-end incident drill (Task 6): healthy window -> injected failure -> alert -> triage ->
diagnosis by replay -> circuit breaker -> recovery -> mini postmortem.

The drill composes the package; it owns no detection logic of its own:

1. **Baseline.** Ten healthy requests from :func:`llmops_kit.traffic.generate_traffic` (seeded), graded
   by :func:`llmops_kit.metrics.compute_metrics` against the contract.
2. **Failure injection.** A seeded choice of six requests is *transformed* by a failure function
   (:data:`FAILURES`): the retriever errors out, the model call stretches, or an old prompt renders.
   The bot's answer to the changed request is recomputed through :func:`llmops_kit.replay.replay_trace`
   and the ``openai`` SDK (the offline simulator unless a key is set) from the messages it would now
   receive, so the answer follows from the fault rather than from a script. The traces carry no
   label; every later stage finds the failure from signals. One ``ALERT:`` line per breached metric.
3. **Triage** with :func:`llmops_kit.triage.signals_from_metrics` and :func:`llmops_kit.triage.triage`.
4. **Diagnosis by replay.** The window is diagnosed (:func:`llmops_kit.diagnose.diagnose`); the first
   failing request's most upstream finding picks the replay hypothesis (:data:`HYPOTHESES`: which
   override would remove it), :func:`llmops_kit.replay.replay_with_control` replays the recorded
   configuration (the control) and the override. The root cause is stated only when the control
   reproduces the finding and the override clears it; a control that does not reproduce it makes the
   step inconclusive.
5. **Mitigation.** The breaker of the class triage chose (:data:`llmops_kit.breakers.BUILDERS`) runs on
   every request of the window and on the window itself.
6. **Recovery.** The original healthy requests are restored and graded again; the breaker must close.
7. **Postmortem.** About 200 words rendered from the stages above.

Every number printed is computed in the run; the same ``seed`` gives the same log.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from datetime import timedelta
from typing import Any, Literal

import openai
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from .breakers import BUILDERS
from .contract import Contract, load_contract
from .diagnose import diagnose
from .errors import LlmopsError
from .incidents import INCIDENT_CLASSES
from .knowledge_base import available_indexes
from .metrics import METRIC_NAMES, WindowMetrics, compute_metrics, format_value
from .replay import compare_traces, comparison_value, make_client, replay_trace, replay_with_control
from .traces import ErrorInfo, Span, Trace
from .traffic import generate_traffic
from .triage import signals_from_metrics, triage

FailureName = Literal["retrieval_outage", "latency_spike", "quality_degradation"]
#: The metrics the dashboard draws, in panel order.
DASHBOARD_METRICS: tuple[str, ...] = ("latency_p95_ms", "failure_rate", "quality_proxy_rate", "tool_success_rate")
POSTMORTEM_REFERENCE = "postmortem_INC-2025-007.md"


class DrillError(LlmopsError):
    """The drill was asked for something it cannot run (unknown failure, bad counts)."""


# ---- failure injection: functions that transform a trace -----------------------------------------


def _retimed(spans: list[Span], llm: Span, duration: timedelta) -> list[Span]:
    """Spans with the model call lasting ``duration``: later spans shift, enclosing spans (the root) stretch."""
    delta = duration - (llm.end_time - llm.start_time)
    out = []
    for span in spans:
        if span.span_id == llm.span_id:
            span = span.model_copy(update={"end_time": span.start_time + duration})
        elif span.start_time >= llm.end_time:
            span = span.model_copy(update={"start_time": span.start_time + delta, "end_time": span.end_time + delta})
        elif span.end_time >= llm.end_time:
            span = span.model_copy(update={"end_time": span.end_time + delta})
        out.append(span)
    return out


def _rerun_llm(
    trace: Trace, *, contract: Contract, client: openai.OpenAI | None, documents: list | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Trace:
    """The trace as if its model call had been made on the changed request: new messages, answer, usage, cost.

    ``documents`` replaces what retrieval returned; ``overrides`` changes the prompt version or model. The
    answer comes from :func:`replay_trace` through the ``openai`` SDK (the client's backend: the offline
    simulator unless a key is set), called live on the rebuilt messages; the call keeps its recorded timing.
    """
    work = trace.model_copy(deep=True)
    if documents is not None:
        for i, span in enumerate(work.spans_of("retriever")):
            span.documents = list(documents) if i == 0 else []
    old = work.llm_span
    assert old is not None  # generated traffic always has an LLM call
    old.messages = None  # the recorded messages held the old context: render the changed request instead
    replayed = replay_trace(work, dict(overrides or {}), client=client, contract=contract, llm="live")
    new = replayed.llm_span
    assert new is not None
    old.model, old.prompt, old.messages = new.model, new.prompt, new.messages
    old.output = {"role": "assistant", "content": new.output}
    old.usage, old.cost_usd = new.usage, new.cost_usd
    if work.root_span is not None:
        work.root_span.output = {"answer": new.output}
    work.output = {"answer": new.output}
    return work


def inject_retrieval_outage(
    trace: Trace, *, contract: Contract | None = None, client: openai.OpenAI | None = None
) -> Trace:
    """The search index stops answering: the retriever span fails with no documents, the bot answers without context."""
    contract = contract or load_contract()
    out = _rerun_llm(trace, contract=contract, client=client, documents=[])
    for span in out.spans_of("retriever"):
        index = span.attributes.get("retrieval.index", "the search index")
        span.status = "error"
        span.error = ErrorInfo(type="ConnectionError", message=f"{index} did not accept the connection")
        span.output = {"documents": []}
    return out


def inject_latency_spike(
    trace: Trace, *, latency_ms: float = 12_000.0, contract: Contract | None = None,
    client: openai.OpenAI | None = None,
) -> Trace:
    """The model provider slows down: the same call on the same model now makes the request take ``latency_ms``."""
    root, llm = trace.root_span, trace.llm_span
    if root is None or llm is None:
        raise DrillError(f"trace {trace.trace_id!r} has no root span or no LLM span, so its latency cannot be set.")
    llm_ms = llm.duration_ms + latency_ms - root.duration_ms
    if llm_ms <= 0:
        raise DrillError(f"latency_ms={latency_ms:g} is shorter than the rest of trace {trace.trace_id!r}.")
    return trace.model_copy(update={"spans": _retimed(trace.spans, llm, timedelta(milliseconds=llm_ms))}, deep=True)


def inject_quality_degradation(
    trace: Trace, *, prompt_version: str = "v1.3", contract: Contract | None = None,
    client: openai.OpenAI | None = None,
) -> Trace:
    """A config push serves an old prompt version; the model answers under its rules."""
    contract = contract or load_contract()
    return _rerun_llm(trace, contract=contract, client=client, overrides={"prompt_version": prompt_version})


FAILURES: dict[str, Callable[..., Trace]] = {
    "retrieval_outage": inject_retrieval_outage,
    "latency_spike": inject_latency_spike,
    "quality_degradation": inject_quality_degradation,
}


def inject_failure(
    traces: Sequence[Trace], failure: str, *, count: int = 6, seed: int = 7, contract: Contract | None = None,
    client: openai.OpenAI | None = None,
) -> tuple[list[Trace], list[str]]:
    """A copy of ``traces`` with ``count`` of them (a seeded choice) transformed by ``failure``; and their ids.

    The bot's new answers come through ``client`` (default: the offline simulator unless a key is set).
    """
    if failure not in FAILURES:
        raise DrillError(f"unknown failure {failure!r}; choose one of: {', '.join(FAILURES)}.")
    if not 0 < count <= len(traces):
        raise DrillError(f"count must be from 1 to the {len(traces)} traces given, got {count}.")
    chosen = set(random.Random(f"drill|{seed}|{failure}").sample(range(len(traces)), count))
    client = client or make_client("auto")
    out = [FAILURES[failure](t, contract=contract, client=client) if i in chosen else t.model_copy(deep=True)
           for i, t in enumerate(traces)]
    return out, [traces[i].trace_id for i in sorted(chosen)]


# ---- replay hypotheses: which override would remove a finding -------------------------------------


def _other_index(trace: Trace, contract: Contract, baseline: Sequence[Trace]) -> dict[str, str] | None:
    used = {s.attributes.get("retrieval.index") for s in trace.spans_of("retriever")}
    spare = [name for name in available_indexes() if name not in used]
    return {"index": spare[0]} if spare else None


def _baseline_model(trace: Trace, contract: Contract, baseline: Sequence[Trace]) -> dict[str, str] | None:
    models = [t.model for t in baseline if t.model]
    best = max(sorted(set(models)), key=models.count) if models else None
    return {"model": best} if best and best != trace.model else None


def _cheaper_model(trace: Trace, contract: Contract, baseline: Sequence[Trace]) -> dict[str, str] | None:
    """The cheapest priced base model (no fine-tune) other than the recorded one: is the model call the bottleneck?"""
    model = trace.model or ""
    options = [(p.input_per_1m + p.output_per_1m, name) for name, p in contract.model_prices.items()
               if not name.startswith("ft:") and model != name and not model.startswith(name + "-")]
    return {"model": min(options)[1]} if options else None


def _expected_prompt(trace: Trace, contract: Contract, baseline: Sequence[Trace]) -> dict[str, str] | None:
    expected = contract.prompts.expected_for(trace.prompt.name) if trace.prompt else None
    return {"prompt_version": expected} if expected and expected != trace.prompt_version else None


#: Finding code -> the replay override that tests "this component caused it" (None when it cannot be tested).
HYPOTHESES: dict[str, Callable[[Trace, Contract, Sequence[Trace]], dict[str, str] | None]] = {
    "EMPTY_RETRIEVAL": _other_index,
    "RETRIEVAL_MISMATCH": _other_index,
    "WRONG_PROMPT_VERSION": _expected_prompt,
    "HALLUCINATION": _baseline_model,
    "LATENCY_SLA_BREACH": _cheaper_model,
    "COST_SPIKE": _baseline_model,
}
_COMPONENT = {"index": "retrieval index", "model": "model call", "prompt_version": "prompt version"}


def _recorded(trace: Trace, key: str) -> str:
    if key == "index":
        return next((str(s.attributes["retrieval.index"]) for s in trace.spans_of("retriever")
                     if "retrieval.index" in s.attributes), "unknown")
    return str(trace.model if key == "model" else trace.prompt_version)


# ---- the log ---------------------------------------------------------------------------------------


class DrillStage(BaseModel):
    """One stage: its printed lines, the window's metrics and grades at that point, and structured data."""

    model_config = ConfigDict(frozen=True)

    number: int
    name: str
    title: str
    lines: list[str]
    system_status: str
    metrics: dict[str, float | None] = Field(default_factory=dict)
    grades: dict[str, str] = Field(default_factory=dict)
    data: dict[str, Any] = Field(default_factory=dict)

    def text(self) -> str:
        return "\n".join([f"=== Stage {self.number}: {self.title} ===", *self.lines])


class DrillLog(BaseModel):
    """The whole drill, stage by stage; ``text()`` is exactly what was printed."""

    model_config = ConfigDict(frozen=True)

    seed: int
    failure: str
    stages: list[DrillStage]

    def text(self) -> str:
        return "\n\n".join(stage.text() for stage in self.stages) + "\n"

    def stage(self, name: str) -> DrillStage:
        for stage in self.stages:
            if stage.name == name:
                return stage
        raise KeyError(f"no stage {name!r}; stages are: {', '.join(s.name for s in self.stages)}.")

    def metrics_table(self) -> pd.DataFrame:
        """One row per stage: system status, the dashboard metrics with grades, and every breached metric."""
        rows = []
        for s in self.stages:
            row: dict[str, Any] = {"stage": s.number, "name": s.name, "system_status": s.system_status}
            for metric in DASHBOARD_METRICS:
                row[metric] = s.metrics.get(metric)
                row[f"{metric}_grade"] = s.grades.get(metric, "not graded")
            row["breaches"] = ", ".join(f"{m} ({g})" for m, g in s.grades.items() if g != "green") or "none"
            rows.append(row)
        return pd.DataFrame(rows)


def _stage(number: int, name: str, title: str, lines: list[str], status: str, window: WindowMetrics | None,
           data: dict[str, Any]) -> DrillStage:
    return DrillStage(number=number, name=name, title=title, lines=lines, system_status=status,
                      metrics=dict(window.values) if window else {}, grades=dict(window.grades) if window else {},
                      data=data)


def _metric_lines(window: WindowMetrics) -> list[str]:
    return [f"  {m:<22} {format_value(m, window.values.get(m)):>12}  {window.grades.get(m, 'not graded')}"
            for m in METRIC_NAMES]


# ---- the stages ------------------------------------------------------------------------------------


def _diagnosis_stage(
    window_traces: list[Trace], baseline: list[Trace], contract: Contract, client: openai.OpenAI | None
) -> tuple[list[str], dict[str, Any]]:
    diagnoses = [diagnose(t, contract) for t in window_traces]
    failing = [(t, d) for t, d in zip(window_traces, diagnoses, strict=True) if not d.healthy]
    lines = [f"Diagnosed {len(window_traces)} requests: {len(failing)} with findings."]
    data: dict[str, Any] = {"failing_trace_ids": [t.trace_id for t, _ in failing], "confirmed": False}
    if not failing:
        return [*lines, "Root cause not identified: no request has a finding to replay."], data
    trace, diag = min(failing, key=lambda pair: (pair[0].timestamp is None, pair[0].timestamp, pair[0].trace_id))
    primary = diag.primary
    assert primary is not None
    make = HYPOTHESES.get(primary.code)
    overrides = make(trace, contract, baseline) if make else None
    data |= {"trace_id": trace.trace_id, "finding": primary.code, "explanation": primary.explanation}
    lines.append(f"Selected {trace.trace_id}: {primary.code}: {primary.explanation}.")
    if not overrides:
        return [*lines, f"Root cause not identified: no replay override tests {primary.code} on this trace."], data
    judged = replay_with_control(trace, overrides, client=client, contract=contract)
    replayed, control = judged.replayed, judged.control
    table = compare_traces(trace, replayed, control=control, contract=contract)
    key, value = next(iter(overrides.items()))
    before_value = _recorded(trace, key)
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
    data |= {"overrides": overrides, "replay_trace_id": replayed.trace_id, "control_trace_id": control.trace_id,
             "codes_before": diag.codes, "codes_control": sorted(f.code for f in judged.findings if f.in_control),
             "codes_after": sorted(f.code for f in judged.findings if f.in_replay), "reproduces": reproduced,
             "outcome": outcome, "verdict": judged.verdict, "confirmed": confirmed, "evidence": evidence,
             "comparison": _as_text(table).to_dict(orient="records"), "component": _COMPONENT[key],
             "recorded": before_value, "override_value": value}
    if confirmed:
        cause = (f"{primary.explanation}; the control ({key}={before_value}) reproduces {primary.code} and "
                 f"{key}={value} clears it, so the fault is in the {_COMPONENT[key]} ({before_value} -> {value})")
        data["root_cause"] = cause
        lines.append(f"Root cause identified: {cause}")
    elif not reproduced:
        lines.append(f"Root cause not identified: inconclusive: this backend cannot reproduce the recorded "
                     f"failure ({primary.code} is absent from the control).")
    else:
        lines.append(f"Root cause not identified: {primary.code} still fires after replaying with {key}={value}.")
    return lines, data


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


def _mitigation_stage(
    incident_class: str | None, window_traces: list[Trace], injected: list[str], window: WindowMetrics,
    contract: Contract,
) -> tuple[list[str], dict[str, Any]]:
    if incident_class is None or incident_class not in BUILDERS:
        return ["No breaker applies: triage found no incident class."], {"intercepted": 0}
    breaker = BUILDERS[incident_class](contract)
    decisions = {t.trace_id: breaker.decide(t) for t in window_traces}
    hit = [tid for tid, d in decisions.items() if d.activate]
    on_failed = sum(decisions[tid].activate for tid in injected)
    window_decision = breaker.decide(window)
    lines = [f"Breaker {breaker.name!r} ({incident_class}) on {len(window_traces)} requests; trigger: "
             f"{breaker.trigger_text()}",
             f"Intercepted {on_failed} of {len(injected)} failed requests and {len(hit) - on_failed} of "
             f"{len(window_traces) - len(injected)} healthy ones.",
             f"Window decision: {'open' if window_decision.activate else 'closed'}"
             + (f" ({'; '.join(window_decision.reasons)})" if window_decision.reasons else "")]
    if hit:
        lines.append(f"Circuit breaker activated — {len(hit)} requests redirected to fallback")
        lines.append(f"Fallback shown to users: \"{breaker.fallback_response}\"")
    else:
        lines.append("Circuit breaker not activated: no request met its trigger.")
    return lines, {"breaker": breaker.name, "intercepted": len(hit), "intercepted_failed": on_failed,
                   "intercepted_healthy": len(hit) - on_failed, "failed": len(injected),
                   "window_activate": window_decision.activate, "action": breaker.action,
                   "rollback": breaker.rollback, "fallback_response": breaker.fallback_response,
                   "reasons": {tid: list(d.reasons) for tid, d in decisions.items() if d.activate}}


def _postmortem(stages: list[DrillStage], failure: str) -> list[str]:
    """About 200 words from the drill's own data."""
    inj, tri, dia, mit, rec = (stages[i].data for i in (1, 2, 3, 4, 5))
    alerts = ", ".join(f"{m} at {format_value(m, stages[1].metrics.get(m))} ({g})"
                       for m, g in stages[1].grades.items() if g != "green") or "no metric"
    klass = tri.get("incident_class")
    known = INCIDENT_CLASSES.get(klass) if klass else None  # type: ignore[call-overload]
    seen, failed = inj["http_visible"], inj["failed"]
    if seen == 0:
        lesson = (f"none of the {failed} failed requests was visible to status-code and latency monitoring; only "
                  "trace signals (documents, prompt version, groundedness) revealed them")
    elif seen == failed:
        lesson = (f"all {failed} failed requests were visible to status-code and latency monitoring, but only the "
                  "trace showed which span to blame")
    else:
        lesson = (f"only {seen} of {failed} failed requests were visible to status-code and latency monitoring; "
                  "the others needed trace signals (documents, prompt version, groundedness)")
    recovered = ("every metric returned to green" if rec["healthy"]
                 else "some metrics stayed outside green, so the incident stays open")
    return [
        f"Mini postmortem — drill: {failure.replace('_', ' ')} (seed {stages[0].data['seed']})",
        f"Summary: {failed} of {inj['requests']} requests in the window were made to fail. Triage classified the "
        f"window as {klass or 'not an incident'} / {tri.get('severity') or '-'}"
        + (f", to be answered within {tri['response_minutes']} minutes." if tri.get("response_minutes") else "."),
        f"Impact: {inj['affected_share']:.0%} of requests failed a user-facing check (error, bad or missing answer, "
        "empty retrieval or SLA breach).",
        f"Detection: the window alerts fired on {alerts}.",
        f"Root cause: {dia.get('root_cause') or 'not confirmed by replay; continue with the incident runbook'}.",
        f"Mitigation: the {mit.get('breaker', 'no')} breaker redirected {mit.get('intercepted', 0)} requests "
        "to its fallback answer.",
        f"Recovery: after the healthy traffic was restored {recovered}"
        f"{' and the breaker closed' if not rec['breaker_open'] else ''}.",
        f"Action items: (1) {known.first_response if known else 'keep watching the dashboard'}; (2) page on "
        f"{known.detection.alert if known else 'the contract metrics'}; (3) replay failing traces before each "
        "release.",
        f"Lesson: {lesson}.",
        f"Full-length postmortem in the course template: {POSTMORTEM_REFERENCE} (Task 5).",
    ]


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

    # 1. baseline
    baseline = generate_traffic(requests, seed=seed, contract=contract)
    base = compute_metrics(baseline, contract)
    status = "HEALTHY" if base.healthy else "DEGRADED"
    emit(_stage(1, "baseline", "Baseline", [
        f"Generated {len(baseline)} requests (seed {seed}), window {base.start:%H:%M:%S}-{base.end:%H:%M:%S} UTC.",
        *_metric_lines(base),
        f"System status: {status} {'✓' if base.healthy else '✗'}",
    ], status, base, {"seed": seed, "trace_ids": [t.trace_id for t in baseline], "healthy": base.healthy}))

    # 2. failure injection
    window_traces, injected = inject_failure(baseline, failure, count=failed, seed=seed, contract=contract,
                                            client=client)
    incident = compute_metrics(window_traces, contract)
    alerts = [f"ALERT: {m} breached {g} — current value: {format_value(m, incident.values[m])}"
              for m, g in incident.breaches().items()]
    primaries = [diagnose(t, contract).primary for t in window_traces if t.trace_id in injected]
    http_visible = sum(p is not None and p.http_visible for p in primaries)
    emit(_stage(2, "injection", "Failure injection", [
        f"Injected {failure.replace('_', ' ')} into {len(injected)} of {len(window_traces)} requests: "
        + ", ".join(injected),
        *_metric_lines(incident),
        *(alerts or ["No metric breached its warning bound."]),
    ], "ALERT" if alerts else "HEALTHY", incident, {
        "failure": failure, "injected_ids": injected, "failed": len(injected), "requests": len(window_traces),
        "alerts": alerts, "affected_share": incident.extras.get("affected_share") or 0.0,
        "http_visible": http_visible, "shares": dict(incident.extras),
    }))

    # 3. triage
    result = triage(signals_from_metrics(incident, base, contract=contract), contract)
    emit(_stage(3, "triage", "Triage", [
        f"Incident class: {result.incident_class or 'NOT AN INCIDENT'}",
        f"Severity: {result.severity or '-'}",
        f"Recommended response time: {result.response_minutes} minutes" if result.response_minutes
        else "Recommended response time: no page",
        f"Decision path: {result.path_text()}",
        f"Justification: {result.justification}",
    ], stages[-1].system_status, incident, {
        "incident_class": result.incident_class, "severity": result.severity,
        "response_minutes": result.response_minutes, "path": result.path_text(),
        "justification": result.justification,
    }))

    # 4. diagnosis via replay
    lines, data = _diagnosis_stage(window_traces, baseline, contract, client)
    emit(_stage(4, "diagnosis", "Diagnosis via replay", lines, stages[-1].system_status, incident, data))

    # 5. mitigation
    lines, data = _mitigation_stage(result.incident_class, window_traces, injected, incident, contract)
    emit(_stage(5, "mitigation", "Mitigation", lines, "MITIGATED" if data["intercepted"] else "ALERT",
                incident, data))

    # 6. recovery
    restored = [t.model_copy(deep=True) for t in baseline]
    after = compute_metrics(restored, contract)
    breaker_open = (BUILDERS[result.incident_class](contract).decide(after).activate
                    if result.incident_class in BUILDERS else False)
    status = "RECOVERED" if after.healthy else "DEGRADED"
    emit(_stage(6, "recovery", "Recovery", [
        f"Restored the {len(restored)} original healthy requests and recomputed the window.",
        *_metric_lines(after),
        f"Circuit breaker: {'still open' if breaker_open else 'closed'} on the restored window.",
        f"System status: {status} {'✓' if after.healthy else '✗'}",
    ], status, after, {"healthy": after.healthy, "breaker_open": breaker_open}))

    # 7. postmortem
    emit(_stage(7, "postmortem", "Mini postmortem", _postmortem(stages, failure), status, after,
                {"reference": POSTMORTEM_REFERENCE}))
    return DrillLog(seed=seed, failure=failure, stages=stages)


__all__ = [
    "DASHBOARD_METRICS",
    "FAILURES",
    "HYPOTHESES",
    "POSTMORTEM_REFERENCE",
    "DrillError",
    "DrillLog",
    "DrillStage",
    "inject_failure",
    "inject_latency_spike",
    "inject_quality_degradation",
    "inject_retrieval_outage",
    "run_drill",
]

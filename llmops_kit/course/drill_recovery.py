"""Drill stage 6: recovery, in three checks, each of which can fail.

1. **The mitigation, on new traffic.** New requests (another seed) meet the same failure; the breaker of
   the class triage chose decides which to intercept, and those are served with the fix the replay tested
   (:func:`apply_mitigation`, through :func:`llmops_kit.replay.replay_trace` and the ``openai`` SDK). The
   window is graded again, so the mitigation can fail: a fallback or a fix that does not work leaves a
   metric red. :func:`serve_new_traffic` chains these steps for :func:`~llmops_kit.course.drill.run_drill`.
   The breaker stays open here: traffic on the fallback path says nothing about the failing primary path.
2. **Closing the breaker** (:func:`probe_primary`): a half-open breaker sends canary requests down the
   primary path, first while the failure is still there (the probe must fail: the control), then after the
   drill removes the failure (the probes must pass for the breaker to close).
3. **The restored baseline** (the brief's wording): the original healthy requests, graded again.

The status is RECOVERED only when both windows are green, the breaker stays open while the failure persists
and closes once it is removed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import openai

from ..breakers import Breaker, BreakerState, FakeClock, StatefulBreaker
from ..contract import Contract, load_contract
from ..metrics import WindowMetrics, format_value
from ..replay import make_client, replay_trace
from ..traces import Trace
from ..traffic import generate_traffic
from .drill_failures import DrillError, inject_failure
from .drill_log import DrillStage, make_stage, metric_lines

#: Trace id prefix of the drill's second window (stage 6), so its requests never share an id with stage 1's.
NEW_TRAFFIC_PREFIX = "new"
#: Trace id prefix of the canary requests a half-open breaker sends down the primary path.
PROBE_PREFIX = "probe"
#: Healthy probes in a row a half-open breaker needs before it closes; one failed probe re-opens it.
PROBES_TO_CLOSE = 3
#: Seconds an open breaker waits before it lets a probe through (a simulated clock: the drill does not sleep).
COOL_DOWN_S = 60.0


@dataclass(frozen=True)
class ProbeRun:
    """Half-open probes on the primary path: while the failure persists, then after it is removed."""

    while_failing: list[str]
    after_removal: list[str]
    closed_while_failing: bool
    closed_after_removal: bool

    @property
    def passed(self) -> bool:
        """The control held (no close while failing) and the breaker closed once the failure was gone."""
        return not self.closed_while_failing and self.closed_after_removal


def probe_primary(
    breaker: Breaker, tripped_by: Trace, failure: str, *, seed: int, contract: Contract, client: openai.OpenAI,
) -> ProbeRun:
    """Open ``breaker`` on the request that tripped it, then let it probe the primary path twice.

    The same :data:`PROBES_TO_CLOSE` canary requests (new traffic, seed ``seed``) are sent with the failure
    injected into all of them, then as they are once the failure is removed. Each probe goes through a
    :class:`StatefulBreaker` after its cool-down, so the close is the state machine's decision, never taken
    from traffic the fallback served.
    """
    canary = generate_traffic(PROBES_TO_CLOSE, seed=seed, contract=contract, id_prefix=PROBE_PREFIX)
    failing, _ = inject_failure(canary, failure, count=len(canary), seed=seed, contract=contract, client=client)
    clock = FakeClock()
    stateful = StatefulBreaker(breaker, clock=clock, cool_down_s=COOL_DOWN_S, probes_to_close=PROBES_TO_CLOSE)
    stateful.observe(tripped_by)

    def probe(requests: Sequence[Trace]) -> tuple[list[str], bool]:
        clock.advance(COOL_DOWN_S)
        lines = []
        for number, request in enumerate(requests, 1):
            admission = stateful.admit()
            if not admission.allowed:
                break
            decision = stateful.observe(request, admission=admission)
            verdict = "failed: " + "; ".join(decision.reasons) if decision.activate else "healthy"
            state = stateful.state.value.replace("_", "-")
            lines.append(f"probe {number} ({request.trace_id}): {verdict} -> breaker {state}")
        return lines, stateful.state is BreakerState.CLOSED

    while_failing, closed_while_failing = probe(failing)
    after_removal, closed_after_removal = probe(canary)
    return ProbeRun(while_failing, after_removal, closed_while_failing, closed_after_removal)


def apply_mitigation(
    window_traces: Sequence[Trace], intercepted: Sequence[str], overrides: Mapping[str, str] | None, *,
    client: openai.OpenAI | None = None, contract: Contract | None = None,
) -> list[Trace]:
    """The window with every intercepted request served again under ``overrides`` (the fix replay tested).

    Each one goes through :func:`replay_trace` and the ``openai`` SDK, so the recovered requests are new
    calls whose metrics can fail; without overrides there is nothing to apply and they stay as they failed.
    """
    contract = contract or load_contract()
    unknown = set(intercepted) - {t.trace_id for t in window_traces}
    if unknown:
        raise DrillError(f"intercepted ids not in the window: {', '.join(sorted(unknown))}; pass the ids "
                         "the breaker intercepted in this window.")
    if not overrides:
        return [t.model_copy(deep=True) for t in window_traces]
    client = client or make_client("auto")
    return [replay_trace(t, dict(overrides), client=client, contract=contract, llm="live")
            if t.trace_id in intercepted else t.model_copy(deep=True) for t in window_traces]


def serve_new_traffic(
    requests: int, failure: str, breaker: Breaker | None, overrides: Mapping[str, str] | None, *, seed: int,
    failed: int, contract: Contract, client: openai.OpenAI,
) -> tuple[list[Trace], list[str], list[str]]:
    """New requests meeting the same failure, served under the mitigation: (traces, injected ids, intercepted ids).

    The failure is still there (the root cause is not fixed); what is tested is whether the breaker plus the
    fix keep the users' window green.
    """
    fresh = generate_traffic(requests, seed=seed, contract=contract, id_prefix=NEW_TRAFFIC_PREFIX)
    window, injected = inject_failure(fresh, failure, count=failed, seed=seed, contract=contract, client=client)
    intercepted = [t.trace_id for t in window if breaker is not None and breaker.decide(t).activate]
    return apply_mitigation(window, intercepted, overrides, client=client, contract=contract), injected, intercepted


def _verdict(window: WindowMetrics) -> str:
    red = [f"{m} {format_value(m, window.values.get(m))} ({g})" for m, g in window.breaches().items()]
    return "all green" if window.healthy else "still red: " + ("; ".join(red) or "window not graded")


def stage_recovery(
    recovered: Sequence[Trace], after: WindowMetrics, breaker: Breaker | None, *, reserved: Sequence[str],
    overrides: Mapping[str, str] | None, confirmed: bool, restored: WindowMetrics, seed: int,
    injected: Sequence[str], probes: ProbeRun | None = None,
) -> DrillStage:
    """Stage 6: the mitigated new traffic, the breaker's probes and the restored baseline; RECOVERED only if
    both windows are green and the probes closed the breaker only after the failure was removed."""
    breaker_open = breaker is not None and not (probes is not None and probes.passed)
    if overrides:
        fix = ", ".join(f"{k}={v}" for k, v in overrides.items())
        how = "the fix the replay confirmed" if confirmed else "the override the replay tested, not a confirmed cause"
        served = f"served with {fix} ({how})"
    else:
        served = "left as they failed (no fix to apply)"
    name = breaker.name if breaker is not None else "no"
    healthy = after.healthy and not breaker_open and restored.healthy
    if healthy:
        verdict = "System status: RECOVERED ✓"
    else:
        red = [f"mitigated traffic {_verdict(after)}"] * (not after.healthy)
        if probes is not None and probes.closed_while_failing:
            red += ["the breaker closed while the failure persisted (its probe cannot see this failure)"]
        elif breaker_open:
            red += ["the breaker is still open"]
        red += [f"restored baseline {_verdict(restored)}"] * (not restored.healthy)
        verdict = "System status: NOT RECOVERED ✗ — " + "; ".join(red)
    lines = [
        f"(a) Mitigation on new traffic: {len(recovered)} new requests (seed {seed}), the same failure injected "
        f"into {len(injected)}; the {name} breaker intercepted {len(reserved)}, {served}.",
        *metric_lines(after),
        f"    mitigated window: {_verdict(after)}; the breaker stays open (this traffic took the fallback path).",
        *_probe_lines(probes),
        "(c) Restored baseline: the original healthy requests, graded again.",
        *metric_lines(restored),
        f"    restored window: {_verdict(restored)}.",
        verdict,
    ]
    return make_stage(6, "recovery", "Recovery", lines, "RECOVERED" if healthy else "DEGRADED", after, {
        "healthy": healthy, "breaker_open": breaker_open, "reserved_ids": list(reserved),
        "probe_closed_while_failing": None if probes is None else probes.closed_while_failing,
        "probe_closed_after_removal": None if probes is None else probes.closed_after_removal,
        "injected_ids": list(injected), "seed": seed, "overrides": dict(overrides or {}), "confirmed": confirmed,
        "still_red": dict(after.breaches()), "restored_healthy": restored.healthy,
        "restored_metrics": dict(restored.values), "restored_still_red": dict(restored.breaches()),
        "trace_ids": [t.trace_id for t in recovered]})


def _probe_lines(probes: ProbeRun | None) -> list[str]:
    if probes is None:
        return ["(b) Closing the breaker: no breaker, nothing to close."]
    return [
        f"(b) Closing the breaker: after a {COOL_DOWN_S:g} s cool-down it lets canary requests down the primary "
        f"path; {PROBES_TO_CLOSE} healthy probes in a row close it.",
        "    while the failure persists:",
        *(f"      {line}" for line in probes.while_failing),
        "    after the failure is removed:",
        *(f"      {line}" for line in probes.after_removal),
        f"    circuit breaker {'closed' if probes.passed else 'not closed as it should be'}.",
    ]


__all__ = [
    "COOL_DOWN_S",
    "NEW_TRAFFIC_PREFIX",
    "PROBES_TO_CLOSE",
    "PROBE_PREFIX",
    "ProbeRun",
    "apply_mitigation",
    "probe_primary",
    "serve_new_traffic",
    "stage_recovery",
]

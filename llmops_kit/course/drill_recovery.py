"""Drill stage 6: recovery, shown two ways and graded against the contract both times.

1. **The mitigation, on new traffic.** New requests (another seed) meet the same failure; the breaker of
   the class triage chose decides which to intercept, and those are served with the fix the replay tested
   (:func:`apply_mitigation`, through :func:`llmops_kit.replay.replay_trace` and the ``openai`` SDK). The
   window is graded again, so the mitigation can fail: a fallback or a fix that does not work leaves a
   metric red. :func:`serve_new_traffic` chains these steps for :func:`~llmops_kit.course.drill.run_drill`.
2. **The restored baseline** (the brief's wording): the original healthy requests, graded again.

The status is RECOVERED only when both windows are green and the breaker closes on the mitigated one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import openai

from ..breakers import Breaker
from ..contract import Contract, load_contract
from ..metrics import WindowMetrics, format_value
from ..replay import make_client, replay_trace
from ..traces import Trace
from ..traffic import generate_traffic
from .drill_failures import DrillError, inject_failure
from .drill_log import DrillStage, make_stage, metric_lines

#: Trace id prefix of the drill's second window (stage 6), so its requests never share an id with stage 1's.
NEW_TRAFFIC_PREFIX = "new"


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
    injected: Sequence[str],
) -> DrillStage:
    """Stage 6: the mitigated new traffic and the restored baseline, each graded; RECOVERED only if both are green."""
    breaker_open = breaker.decide(after).activate if breaker is not None else False
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
        red += ["the breaker is still open"] * breaker_open
        red += [f"restored baseline {_verdict(restored)}"] * (not restored.healthy)
        verdict = "System status: NOT RECOVERED ✗ — " + "; ".join(red)
    lines = [
        f"(a) Mitigation on new traffic: {len(recovered)} new requests (seed {seed}), the same failure injected "
        f"into {len(injected)}; the {name} breaker intercepted {len(reserved)}, {served}.",
        *metric_lines(after),
        f"    mitigated window: {_verdict(after)}; circuit breaker {'still open' if breaker_open else 'closed'}.",
        "(b) Restored baseline: the original healthy requests, graded again.",
        *metric_lines(restored),
        f"    restored window: {_verdict(restored)}.",
        verdict,
    ]
    return make_stage(6, "recovery", "Recovery", lines, "RECOVERED" if healthy else "DEGRADED", after, {
        "healthy": healthy, "breaker_open": breaker_open, "reserved_ids": list(reserved),
        "injected_ids": list(injected), "seed": seed, "overrides": dict(overrides or {}), "confirmed": confirmed,
        "still_red": dict(after.breaches()), "restored_healthy": restored.healthy,
        "restored_metrics": dict(restored.values), "restored_still_red": dict(restored.breaches()),
        "trace_ids": [t.trace_id for t in recovered]})


__all__ = ["NEW_TRAFFIC_PREFIX", "apply_mitigation", "serve_new_traffic", "stage_recovery"]

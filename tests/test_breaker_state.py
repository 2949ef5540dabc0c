"""The stateful breaker: closed / open / half-open driven by an injected clock, and the middleware."""

from __future__ import annotations

from typing import Any

import pytest

from llmops_kit.breakers import BreakerError, BreakerState, FakeClock, StatefulBreaker, default_breakers
from llmops_kit.contract import load_contract

C = load_contract()
P95 = C.metrics["latency_p95_ms"]
BAD = {"latency_p95_ms": P95.critical + 1000}
GOOD = {"latency_p95_ms": P95.warning - 1000}


def stateful(clock: FakeClock, **kwargs: Any) -> StatefulBreaker:
    """The latency breaker with a 30 s cool-down on the given clock."""
    return StatefulBreaker(default_breakers()["PERFORMANCE_DEGRADATION"], clock=clock, cool_down_s=30, **kwargs)


def test_starts_closed_and_stays_closed_on_healthy_windows() -> None:
    """Healthy observations keep the breaker closed."""
    sb = stateful(FakeClock())
    sb.observe(GOOD)
    assert sb.state is BreakerState.CLOSED and sb.transitions == []


def test_critical_window_opens_it() -> None:
    """A window at the critical bound opens the breaker and records why."""
    sb = stateful(FakeClock(100))
    sb.observe(BAD)
    assert sb.state is BreakerState.OPEN
    assert sb.transitions[0].at == 100 and "latency_p95_ms" in sb.transitions[0].reason


def test_trip_after_needs_consecutive_activations() -> None:
    """With trip_after=3 a healthy observation in between resets the count."""
    sb = stateful(FakeClock(), trip_after=3)
    for window in (BAD, BAD, GOOD, BAD, BAD):
        sb.observe(window)
    assert sb.state is BreakerState.CLOSED
    sb.observe(BAD)
    assert sb.state is BreakerState.OPEN


def test_stays_open_until_cool_down_elapses() -> None:
    """Open refuses requests until the cool-down has fully passed, then turns half-open."""
    clock = FakeClock()
    sb = stateful(clock)
    sb.observe(BAD)
    clock.advance(29.9)
    assert sb.allow_request() is False and sb.state is BreakerState.OPEN
    clock.advance(0.1)
    assert sb.state is BreakerState.HALF_OPEN


def test_half_open_lets_one_probe_through() -> None:
    """In half-open exactly one request is allowed until the probe reports back."""
    clock = FakeClock()
    sb = stateful(clock)
    sb.observe(BAD)
    clock.advance(30)
    assert [sb.allow_request(), sb.allow_request()] == [True, False]


def test_healthy_probe_closes() -> None:
    """A healthy probe result closes the breaker."""
    clock = FakeClock()
    sb = stateful(clock)
    sb.observe(BAD)
    clock.advance(30)
    sb.allow_request()
    sb.observe(GOOD)
    assert sb.state is BreakerState.CLOSED
    assert [t.target for t in sb.transitions] == [BreakerState.OPEN, BreakerState.HALF_OPEN, BreakerState.CLOSED]


def test_failed_probe_reopens_and_restarts_cool_down() -> None:
    """A failing probe re-opens the breaker, and the cool-down counts from the probe."""
    clock = FakeClock()
    sb = stateful(clock)
    sb.observe(BAD)
    clock.advance(30)
    sb.allow_request()
    sb.observe(BAD)
    assert sb.state is BreakerState.OPEN
    clock.advance(29)
    assert sb.state is BreakerState.OPEN
    clock.advance(1)
    assert sb.state is BreakerState.HALF_OPEN


def test_probes_to_close_needs_several_healthy_probes() -> None:
    """With probes_to_close=2 one healthy probe leaves the breaker half-open."""
    clock = FakeClock()
    sb = stateful(clock, probes_to_close=2)
    sb.observe(BAD)
    clock.advance(30)
    sb.observe(GOOD)
    assert sb.state is BreakerState.HALF_OPEN
    sb.observe(GOOD)
    assert sb.state is BreakerState.CLOSED


def test_invalid_settings_are_rejected() -> None:
    """A negative cool-down or zero trip count is refused with the breaker's name."""
    with pytest.raises(BreakerError, match="latency-deadline"):
        stateful(FakeClock(), trip_after=0)


# ---- middleware ----------------------------------------------------------------------------------
class Backend:
    """A fake downstream call that returns a scripted p95 window per call and counts calls."""

    def __init__(self, *results: dict[str, float]) -> None:
        self.results = list(results)
        self.calls = 0

    def __call__(self, question: str) -> dict[str, float]:
        self.calls += 1
        return self.results.pop(0)


def test_closed_breaker_passes_the_result_through() -> None:
    """While closed, the wrapped function runs and its healthy result is returned unchanged."""
    backend = Backend(GOOD)
    guarded = stateful(FakeClock()).wrap(backend)
    assert guarded("q") == GOOD and backend.calls == 1


def test_tripping_result_is_replaced_by_the_fallback() -> None:
    """A result that trips the breaker is replaced by the fallback response."""
    sb = stateful(FakeClock())
    assert sb.call(Backend(BAD), "q") == sb.breaker.fallback_response


def test_open_breaker_short_circuits_without_calling() -> None:
    """While open, calls return the fallback and never reach the wrapped function."""
    backend = Backend(BAD, GOOD)
    sb = stateful(FakeClock())
    guarded = sb.wrap(backend)
    guarded("q")
    assert guarded("q") == sb.breaker.fallback_response and backend.calls == 1 and sb.short_circuited == 1


def test_probe_call_after_cool_down_closes_on_recovery() -> None:
    """After the cool-down the next call probes the backend; a healthy answer closes the breaker."""
    clock = FakeClock()
    backend = Backend(BAD, GOOD)
    sb = stateful(clock)
    guarded = sb.wrap(backend)
    guarded("q")
    clock.advance(30)
    assert guarded("q") == GOOD and sb.state is BreakerState.CLOSED and backend.calls == 2


def test_custom_fallback_and_subject() -> None:
    """A fallback builder and a result-to-subject mapping let the wrapper guard any call type."""
    sb = stateful(FakeClock())
    guarded = sb.wrap(lambda: {"answer": "slow", "p95": P95.critical},
                      to_subject=lambda r: {"latency_p95_ms": r["p95"]},
                      fallback=lambda decision: {"answer": decision.fallback_response, "degraded": True})
    assert guarded()["degraded"] is True


def test_exception_counts_as_failure_and_is_reraised() -> None:
    """An exception from the wrapped call is re-raised and opens the breaker."""
    sb = stateful(FakeClock())

    def boom() -> None:
        raise TimeoutError("tool timed out after 3000 ms")

    with pytest.raises(TimeoutError):
        sb.call(boom)
    assert sb.state is BreakerState.OPEN and "TimeoutError" in sb.transitions[0].reason

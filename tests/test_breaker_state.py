"""The stateful breaker: closed / open / half-open driven by an injected clock, and the middleware."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, initialize, invariant, rule

from llmops_kit.breakers import BreakerError, BreakerState, FakeClock, StatefulBreaker, default_breakers
from llmops_kit.breakers.state import Admission
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


# ---- every exit path, stale results, NaN, parameters -------------------------------------------------
def opened_then_half_open(**kwargs: Any) -> tuple[StatefulBreaker, FakeClock]:
    clock = FakeClock()
    sb = stateful(clock, **kwargs)
    sb.observe(BAD)
    clock.advance(30)
    assert sb.state is BreakerState.HALF_OPEN
    return sb, clock


@pytest.mark.parametrize("exc", [KeyboardInterrupt, SystemExit, GeneratorExit])
def test_probe_raising_a_base_exception_frees_the_probe(exc: type[BaseException]) -> None:
    """A probe interrupted by KeyboardInterrupt (or SystemExit) does not leave the breaker half-open for good."""
    sb, _ = opened_then_half_open()

    def interrupted() -> None:
        raise exc()

    with pytest.raises(exc):
        sb.call(interrupted)
    assert sb.state is BreakerState.HALF_OPEN and sb.allow_request() is True


def test_probe_whose_result_makes_decide_raise_frees_the_probe() -> None:
    """A probe result the breaker cannot evaluate raises BreakerError and frees the probe slot."""
    sb, _ = opened_then_half_open()
    with pytest.raises(BreakerError, match="cannot evaluate"):
        sb.call(lambda: 42)
    assert sb.allow_request() is True


def test_probe_whose_to_subject_raises_frees_the_probe() -> None:
    """A failing result-to-subject mapping frees the probe slot too."""
    sb, _ = opened_then_half_open()
    with pytest.raises(KeyError):
        sb.call(lambda: {}, to_subject=lambda result: result["missing"])
    assert sb.allow_request() is True


def test_result_of_a_call_admitted_before_the_trip_cannot_close_the_breaker() -> None:
    """A slow call admitted while closed reports a healthy result after the trip: ignored, state unchanged."""
    clock = FakeClock()
    sb = stateful(clock)
    slow = sb.admit()
    sb.observe(BAD)
    clock.advance(30)
    assert sb.state is BreakerState.HALF_OPEN
    sb.observe(GOOD, admission=slow)
    assert sb.state is BreakerState.HALF_OPEN and sb.allow_request() is True


def test_stale_failure_cannot_reopen_a_closed_breaker() -> None:
    """A bad result from a call admitted in an earlier generation does not trip the breaker again."""
    sb, _ = opened_then_half_open()
    probe = sb.admit()
    sb.observe(GOOD, admission=probe)
    assert sb.state is BreakerState.CLOSED
    sb.observe(BAD, admission=probe)
    assert sb.state is BreakerState.CLOSED


def test_nan_signal_is_not_evaluable_and_moves_nothing() -> None:
    """A NaN p95 is reported not evaluable; it neither resets strikes nor closes a half-open breaker."""
    decision = stateful(FakeClock()).breaker.decide({"latency_p95_ms": float("nan")})
    assert not decision.activate and "latency_p95_ms" in decision.not_evaluable
    sb = stateful(FakeClock(), trip_after=2)
    for window in (BAD, {"latency_p95_ms": float("nan")}, BAD):
        sb.observe(window)
    assert sb.state is BreakerState.OPEN
    half, _ = opened_then_half_open()
    assert half.allow_request() is True
    half.observe({"latency_p95_ms": float("nan")})
    assert half.state is BreakerState.HALF_OPEN and half.allow_request() is True


@pytest.mark.parametrize(
    "kwargs",
    [{"cool_down_s": float("nan")}, {"cool_down_s": float("inf")}, {"cool_down_s": -1}, {"cool_down_s": "30"},
     {"trip_after": 0}, {"trip_after": 1.5}, {"trip_after": True}, {"probes_to_close": 0}, {"clock": 5}],
    ids=["nan-cool-down", "inf-cool-down", "negative-cool-down", "text-cool-down", "zero-trips", "fraction-trips",
         "bool-trips", "zero-probes", "clock-not-callable"],
)
def test_invalid_parameters_are_rejected_with_the_value(kwargs: dict[str, Any]) -> None:
    """NaN, infinite, negative or mistyped parameters are refused (a NaN cool-down would never elapse)."""
    settings = {"cool_down_s": 30, **kwargs}
    with pytest.raises(BreakerError, match="latency-deadline"):
        StatefulBreaker(default_breakers()["PERFORMANCE_DEGRADATION"], **settings)


# ---- the state machine against a reference model (hypothesis stateful testing) ------------------------
LATENCY = default_breakers()["PERFORMANCE_DEGRADATION"]
OUTCOME_WINDOWS: dict[str, dict[str, float]] = {
    "bad": BAD, "good": GOOD, "nan": {"latency_p95_ms": float("nan")}, "missing": {},
}
OUTCOMES = st.sampled_from(sorted(OUTCOME_WINDOWS))


@dataclass
class ModelAdmission:
    allowed: bool
    generation: int
    probe: bool


@dataclass
class Model:
    """The documented behaviour in plain steps: what the breaker must do, written without its code."""

    cool_down: float
    trip_after: int
    probes_to_close: int
    now: float = 0.0
    state: str = "closed"
    generation: int = 0
    opened_at: float = 0.0
    strikes: int = 0
    successes: int = 0
    probe_taken: bool = False

    def move(self, target: str) -> None:
        self.state, self.generation = target, self.generation + 1
        self.strikes = self.successes = 0
        self.probe_taken = False
        if target == "open":
            self.opened_at = self.now

    def tick(self) -> None:
        if self.state == "open" and self.now - self.opened_at >= self.cool_down:
            self.move("half_open")

    def admit(self) -> ModelAdmission:
        self.tick()
        if self.state == "closed":
            return ModelAdmission(True, self.generation, False)
        if self.state == "half_open" and not self.probe_taken:
            self.probe_taken = True
            return ModelAdmission(True, self.generation, True)
        return ModelAdmission(False, self.generation, False)

    def release(self, admission: ModelAdmission) -> None:
        if admission.probe and admission.generation == self.generation:
            self.probe_taken = False

    def outcome(self, outcome: str, admission: ModelAdmission | None = None) -> None:
        """bad = trips, good = healthy, nan / missing = no verdict."""
        if admission is not None and admission.generation != self.generation:
            self.release(admission)
            return
        self.tick()
        if outcome in ("nan", "missing"):
            if self.state == "half_open":
                self.probe_taken = False
            return
        if self.state == "closed":
            self.strikes = self.strikes + 1 if outcome == "bad" else 0
            if self.strikes >= self.trip_after:
                self.move("open")
        elif self.state == "half_open":
            self.probe_taken = False
            if outcome == "bad":
                self.move("open")
            else:
                self.successes += 1
                if self.successes >= self.probes_to_close:
                    self.move("closed")


class BreakerMachine(RuleBasedStateMachine):
    """Random interleavings of time, observations, admitted calls finishing late, and calls that raise."""

    admissions = Bundle("admissions")

    @initialize(trip_after=st.integers(1, 3), probes_to_close=st.integers(1, 3))
    def build(self, trip_after: int, probes_to_close: int) -> None:
        self.clock = FakeClock()
        self.real = StatefulBreaker(LATENCY, clock=self.clock, cool_down_s=30, trip_after=trip_after,
                                    probes_to_close=probes_to_close)
        self.model = Model(cool_down=30.0, trip_after=trip_after, probes_to_close=probes_to_close)
        self.open_probes: list[tuple[Admission, ModelAdmission]] = []

    @rule(seconds=st.sampled_from([0.0, 1.0, 29.0, 30.0, 45.0]))
    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.model.now += seconds

    @rule(outcome=OUTCOMES)
    def observe(self, outcome: str) -> None:
        self.real.observe(OUTCOME_WINDOWS[outcome])
        self.model.outcome(outcome)

    @rule(target=admissions)
    def admit(self) -> tuple[Admission, ModelAdmission]:
        real, expected = self.real.admit(), self.model.admit()
        assert (real.allowed, real.generation, real.probe) == (expected.allowed, expected.generation, expected.probe)
        if real.probe:
            self.open_probes.append((real, expected))
        return real, expected

    @rule(pair=consumes(admissions), outcome=OUTCOMES)
    def finish(self, pair: tuple[Admission, ModelAdmission], outcome: str) -> None:
        real, expected = pair
        if not real.allowed:
            return
        before = (self.real.state, self.real.generation)
        self.real.observe(OUTCOME_WINDOWS[outcome], admission=real)
        self.model.outcome(outcome, expected)
        if real.generation != before[1]:
            assert (self.real.state, self.real.generation) == before, "a stale result moved the state"
        self._done(real)

    @rule(kind=st.sampled_from(["interrupt", "timeout", "undecidable", "good", "bad", "nan"]),
          meanwhile=st.sampled_from(["nothing", "trip", "trip and cool down"]))
    def call(self, kind: str, meanwhile: str) -> None:
        """The middleware end to end: admission, the call (during which the state may change), its
        evaluation, and whatever it raises."""
        def backend() -> Any:
            if meanwhile != "nothing":  # other traffic trips the breaker while this call is in flight
                self.real.observe(BAD)
                self.model.outcome("bad")
            if meanwhile == "trip and cool down":
                self.advance(30.0)
            if kind == "interrupt":
                raise KeyboardInterrupt
            if kind == "timeout":
                raise TimeoutError("slow tool")
            return 42 if kind == "undecidable" else OUTCOME_WINDOWS[kind]

        expected = self.model.admit()
        with contextlib.suppress(KeyboardInterrupt, TimeoutError, BreakerError):
            self.real.call(backend)
        if not expected.allowed:
            return
        if kind == "timeout":
            self.model.outcome("bad", expected)
        elif kind in ("interrupt", "undecidable"):
            self.model.release(expected)
        else:
            self.model.outcome(kind, expected)

    def _done(self, real: Admission) -> None:
        self.open_probes = [(r, m) for r, m in self.open_probes if r is not real]

    @invariant()
    def same_state_and_generation(self) -> None:
        assert self.real.state.value == (self.model.tick() or self.model.state)
        assert self.real.generation == self.model.generation

    @invariant()
    def probe_slot_is_never_held_by_nobody(self) -> None:
        """Half-open never sticks: a taken probe slot belongs to an admitted probe that has not finished.

        (An observation made without an admission may conclude the probe early: the manual
        ``allow_request()`` + ``observe()`` pattern.)"""
        if self.model.probe_taken:
            assert any(r.generation == self.model.generation for r, _ in self.open_probes)


BreakerMachine.TestCase.settings = settings(
    max_examples=200, stateful_step_count=30, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_breaker_matches_its_reference_model = BreakerMachine.TestCase

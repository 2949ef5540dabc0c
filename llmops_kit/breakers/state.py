"""A stateful circuit breaker: closed -> open -> half-open -> closed, driven by metric decisions.

:class:`Breaker` answers "should this request or window trip?"; :class:`StatefulBreaker` remembers the
answer. Closed: requests flow and every observation is evaluated; ``trip_after`` consecutive activations
open it. Open: calls are short-circuited to the fallback without running the wrapped function, until
``cool_down_s`` has passed. Half-open: exactly one probe request goes through; if its result is healthy
(``probes_to_close`` times in a row) the breaker closes, otherwise it re-opens and the cool-down restarts.

Why not pybreaker (or circuitbreaker / aiobreaker)? They are exception-count driven and read the real
clock (``datetime.now``) internally. Our trip condition is a *metric* decision on the call's result (a
trace with no documents, 9 s latency, a quality score below the floor) or on a metric window that
arrives from monitoring without any call at all; and tests must drive cool-downs with an injected clock
instead of sleeping. Adapting them would mean raising synthetic exceptions and patching their clock, so
this is a ~200-line state machine with a ``clock`` parameter instead. Exceptions raised by the wrapped
call still count as failed observations, as in the classic pattern.

Three rules keep it from sticking or being fooled:

- **Every exit path frees the probe.** If the probe call raises anything (``KeyboardInterrupt``
  included) or evaluating its result raises, the half-open slot is released, so the next request probes.
- **A generation counter.** Each state change starts a new generation; a call remembers the generation
  it was admitted in, and its result is ignored when the state has changed since (a slow call that began
  before the trip cannot close a half-open breaker, nor re-open a closed one).
- **No evidence, no verdict.** A decision on which no rule could be evaluated (a missing or NaN signal, a
  window too small to judge) neither counts as healthy nor as a failure: strikes are kept, and a probe
  slot is freed without closing the breaker.
"""

from __future__ import annotations

import enum
import functools
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from .core import Breaker, BreakerDecision, Subject
from .signals import BreakerError

R = TypeVar("R")

#: Seconds from an arbitrary origin; ``time.monotonic`` in production, a fake clock in tests.
Clock = Callable[[], float]


class BreakerState(str, enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


@dataclass(frozen=True, slots=True)
class Transition:
    """One state change: when (clock seconds), from, to, and why."""

    at: float
    source: BreakerState
    target: BreakerState
    reason: str


class Admission(NamedTuple):
    """What :meth:`StatefulBreaker.admit` answered: allowed or not, in which generation, as the probe or not."""

    allowed: bool
    generation: int
    probe: bool


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


class StatefulBreaker:
    """Closed / open / half-open around a :class:`Breaker`, with cool-down and a probe; thread-safe."""

    def __init__(
        self,
        breaker: Breaker,
        *,
        clock: Clock = time.monotonic,
        cool_down_s: float = 60.0,
        trip_after: int = 1,
        probes_to_close: int = 1,
        trip_on_exception: bool = True,
    ) -> None:
        finite = isinstance(cool_down_s, (int, float)) and not isinstance(cool_down_s, bool) \
            and math.isfinite(cool_down_s) and cool_down_s >= 0
        if not finite or not _count(trip_after) or not _count(probes_to_close) or not callable(clock):
            raise BreakerError(
                f"StatefulBreaker({breaker.name!r}) needs a finite cool_down_s >= 0 (a NaN cool-down never "
                "elapses), whole numbers trip_after >= 1 and probes_to_close >= 1, and a callable clock; got "
                f"cool_down_s={cool_down_s!r}, trip_after={trip_after!r}, probes_to_close={probes_to_close!r}."
            )
        self.breaker = breaker
        self.clock = clock
        self.cool_down_s = cool_down_s
        self.trip_after = trip_after
        self.probes_to_close = probes_to_close
        self.trip_on_exception = trip_on_exception
        self._state = BreakerState.CLOSED
        self._opened_at = 0.0
        self._strikes = 0
        self._probe_successes = 0
        self._probe_in_flight = False
        self._generation = 0
        self._last_trip: BreakerDecision | None = None
        self._lock = threading.Lock()
        self.transitions: list[Transition] = []
        self.short_circuited = 0

    # ---- state ---------------------------------------------------------------------------------
    @property
    def state(self) -> BreakerState:
        """The current state, after applying an elapsed cool-down (open -> half-open)."""
        with self._lock:
            self._tick()
            return self._state

    @property
    def generation(self) -> int:
        """How many state changes happened so far; results of calls admitted earlier are ignored."""
        with self._lock:
            self._tick()
            return self._generation

    def _move(self, target: BreakerState, reason: str) -> None:
        self.transitions.append(Transition(self.clock(), self._state, target, reason))
        self._generation += 1
        self._state = target
        if target is BreakerState.OPEN:
            self._opened_at = self.clock()
        self._strikes = 0
        self._probe_successes = 0
        self._probe_in_flight = False

    def _tick(self) -> None:
        if self._state is BreakerState.OPEN and self.clock() - self._opened_at >= self.cool_down_s:
            self._move(BreakerState.HALF_OPEN, f"cool-down of {self.cool_down_s:g} s elapsed; next request probes")

    def admit(self) -> Admission:
        """May a call go through now, in which generation, and is it the half-open probe?"""
        with self._lock:
            self._tick()
            if self._state is BreakerState.CLOSED:
                return Admission(True, self._generation, False)
            if self._state is BreakerState.HALF_OPEN and not self._probe_in_flight:
                self._probe_in_flight = True
                return Admission(True, self._generation, True)
            return Admission(False, self._generation, False)

    def allow_request(self) -> bool:
        """True when a call may go through now; in half-open only one probe at a time is let through."""
        return self.admit().allowed

    def _release(self, admission: Admission) -> None:
        """Free the probe slot this call held, if the breaker is still in the generation that granted it."""
        if admission.probe and admission.generation == self._generation:
            self._probe_in_flight = False

    # ---- observations --------------------------------------------------------------------------
    def observe(self, subject: Subject, *, admission: Admission | None = None) -> BreakerDecision:
        """Evaluate one request result or metric window and update the state; returns the decision.

        With ``admission`` (from :meth:`admit`) the result belongs to that call: it is ignored when the
        state changed since the call was admitted. If evaluating raises, a probe in flight is freed.
        """
        try:
            decision = self.breaker.decide(subject)
        except BaseException:
            with self._lock:
                if admission is not None:
                    self._release(admission)
                elif self._state is BreakerState.HALF_OPEN:
                    self._probe_in_flight = False
            raise
        with self._lock:
            if admission is not None and admission.generation != self._generation:
                self._release(admission)  # a stale result: never moves the state
                return decision
            self._record(decision.activate, decision, "; ".join(decision.reasons))
        return decision

    def _inconclusive(self, decision: BreakerDecision) -> bool:
        """True when no rule could be evaluated (missing or NaN signals, a window held back)."""
        if decision.activate or not decision.not_evaluable:
            return False
        rules = self.breaker.trace_rules if decision.scope == "trace" else self.breaker.window_rules
        signals = {rule.signal for rule in rules}
        missing = set(decision.not_evaluable)
        return not signals or signals <= missing or not missing <= signals

    def _record(self, tripped: bool, decision: BreakerDecision | None, reason: str) -> None:
        self._tick()
        if tripped and decision is not None:
            self._last_trip = decision
        if not tripped and decision is not None and self._inconclusive(decision):
            if self._state is BreakerState.HALF_OPEN:
                self._probe_in_flight = False  # no verdict: the next request probes again
            return
        if self._state is BreakerState.CLOSED:
            if not tripped:
                self._strikes = 0
                return
            self._strikes += 1
            if self._strikes >= self.trip_after:
                self._move(BreakerState.OPEN, f"tripped: {reason}")
        elif self._state is BreakerState.HALF_OPEN:
            self._probe_in_flight = False
            if tripped:
                self._move(BreakerState.OPEN, f"probe failed: {reason}")
                return
            self._probe_successes += 1
            if self._probe_successes >= self.probes_to_close:
                self._move(BreakerState.CLOSED, "probe healthy")

    def open_decision(self) -> BreakerDecision:
        """The decision served while open: the breaker's action and fallback, citing the last trip."""
        b = self.breaker
        last = self._last_trip.reasons if self._last_trip else ()
        return BreakerDecision(b.name, b.incident_class, "trace", True, b.action, b.fallback_response,
                               ("breaker open", *last))

    # ---- middleware ----------------------------------------------------------------------------
    def call(
        self,
        fn: Callable[..., R],
        *args: Any,
        fallback: Callable[[BreakerDecision], Any] | None = None,
        to_subject: Callable[[R], Subject] | None = None,
        **kwargs: Any,
    ) -> R | Any:
        """Run ``fn`` unless the breaker is open; a result that trips the breaker is replaced by the fallback.

        ``to_subject`` turns the result into what the breaker evaluates (default: the result itself,
        e.g. the Trace a replay returns). ``fallback`` builds the value returned instead of calling
        (default: the fallback response text).
        """
        make_fallback = fallback or _fallback_text
        admission = self.admit()
        if not admission.allowed:
            with self._lock:
                self.short_circuited += 1
            return make_fallback(self.open_decision())
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:
            with self._lock:
                if self.trip_on_exception and admission.generation == self._generation:
                    self._record(True, None, f"call raised {type(exc).__name__}: {exc}")
                else:
                    self._release(admission)
            raise
        except BaseException:  # KeyboardInterrupt, SystemExit, cancellation: not a verdict on the backend
            with self._lock:
                self._release(admission)
            raise
        try:
            subject = to_subject(result) if to_subject else result
        except BaseException:
            with self._lock:
                self._release(admission)
            raise
        decision = self.observe(subject, admission=admission)
        return make_fallback(decision) if decision.activate else result

    def wrap(
        self,
        fn: Callable[..., R],
        *,
        fallback: Callable[[BreakerDecision], Any] | None = None,
        to_subject: Callable[[R], Subject] | None = None,
    ) -> Callable[..., R | Any]:
        """``fn`` guarded by this breaker (see :meth:`call`); usable as a decorator factory's result."""

        @functools.wraps(fn)
        def guarded(*args: Any, **kwargs: Any) -> R | Any:
            return self.call(fn, *args, fallback=fallback, to_subject=to_subject, **kwargs)

        return guarded

    def history(self) -> list[dict[str, Any]]:
        """Transitions as rows (for a DataFrame)."""
        return [
            {"at_s": t.at, "from": t.source.value, "to": t.target.value, "reason": t.reason}
            for t in self.transitions
        ]


def _fallback_text(decision: BreakerDecision) -> str:
    return decision.fallback_response


class FakeClock:
    """A settable clock for tests and drills: ``clock()`` returns the time, ``advance(s)`` moves it."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = float(start)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        self.now += seconds
        return self.now



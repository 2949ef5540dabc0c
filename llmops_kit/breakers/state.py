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
this is a ~150-line state machine with a ``clock`` parameter instead. Exceptions raised by the wrapped
call still count as failed observations, as in the classic pattern.
"""

from __future__ import annotations

import enum
import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from .definitions import Breaker, BreakerDecision, Subject
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
        if cool_down_s < 0 or trip_after < 1 or probes_to_close < 1:
            raise BreakerError(
                f"StatefulBreaker({breaker.name!r}) needs cool_down_s >= 0, trip_after >= 1 and "
                f"probes_to_close >= 1; got {cool_down_s}, {trip_after}, {probes_to_close}."
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

    def _move(self, target: BreakerState, reason: str) -> None:
        self.transitions.append(Transition(self.clock(), self._state, target, reason))
        self._state = target
        if target is BreakerState.OPEN:
            self._opened_at = self.clock()
        self._strikes = 0
        self._probe_successes = 0
        self._probe_in_flight = False

    def _tick(self) -> None:
        if self._state is BreakerState.OPEN and self.clock() - self._opened_at >= self.cool_down_s:
            self._move(BreakerState.HALF_OPEN, f"cool-down of {self.cool_down_s:g} s elapsed; next request probes")

    def allow_request(self) -> bool:
        """True when a call may go through now; in half-open only one probe at a time is let through."""
        with self._lock:
            self._tick()
            if self._state is BreakerState.CLOSED:
                return True
            if self._state is BreakerState.HALF_OPEN and not self._probe_in_flight:
                self._probe_in_flight = True
                return True
            return False

    # ---- observations --------------------------------------------------------------------------
    def observe(self, subject: Subject) -> BreakerDecision:
        """Evaluate one request result or metric window and update the state; returns the decision."""
        decision = self.breaker.decide(subject)
        with self._lock:
            self._record(decision.activate, decision, "; ".join(decision.reasons))
        return decision

    def _record(self, tripped: bool, decision: BreakerDecision | None, reason: str) -> None:
        self._tick()
        if tripped and decision is not None:
            self._last_trip = decision
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
        if not self.allow_request():
            self.short_circuited += 1
            return make_fallback(self.open_decision())
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:
            with self._lock:
                if self.trip_on_exception:
                    self._record(True, None, f"call raised {type(exc).__name__}: {exc}")
                else:
                    self._probe_in_flight = False
            raise
        decision = self.observe(to_subject(result) if to_subject else result)
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



"""Watch mode: poll a live backend, grade the sliding window, alert, triage, evaluate breakers.

Each poll reads the last ``window`` of traces (e.g. ten minutes) from the source, computes the
contract's window metrics (:func:`llmops_kit.metrics.compute_metrics`), turns every breached metric
into the brief's alert line (``ALERT: <metric> breached <grade> — current value: <value>``), triages
the window against the first healthy window it saw (:func:`llmops_kit.triage.triage`), and asks each
default breaker whether it would activate on the window. A :class:`WatchEvent` records the result and
what changed since the previous poll (alerts that fired or cleared, a new verdict, breakers that
opened or closed, the backend lost or back).

The clock and the sleep are passed in (``clock`` returns an aware UTC datetime, ``sleep`` takes
seconds), so tests drive polls without waiting. A poll that cannot reach the backend is an event too
(``ok=False``); :func:`run_watch` then waits with exponential backoff (``backoff_base`` doubling up to
``backoff_max``, never longer than the poll interval allows) and keeps polling, so a backend restart
is survived. Ctrl-C (``KeyboardInterrupt``) ends :func:`run_watch` cleanly with the events so far.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from typing import Any

from pydantic import BaseModel, Field

from .breakers import default_breakers
from .contract import Contract, load_contract
from .errors import LlmopsError, TraceLoadError
from .metrics import WindowMetrics, compute_metrics, format_value, trace_facts
from .traces import Trace
from .triage import signals_from_metrics, triage

Clock = Callable[[], datetime]
Sleep = Callable[[float], None]
#: A function that reads the traces of the window ending at the given time (traces and per-trace errors).
Fetch = Callable[[datetime], Iterable[Trace | TraceLoadError]]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def alert_lines(window: WindowMetrics) -> list[str]:
    """One brief-format alert per breached metric (none when the window is not graded)."""
    return [f"ALERT: {m} breached {g} — current value: {format_value(m, window.values.get(m))}"
            for m, g in window.breaches().items()]


class WatchEvent(BaseModel):
    """One poll: the window's grades, alerts, verdict and breakers, and what changed since the last poll."""

    poll: int
    at: datetime
    ok: bool = True
    error: str | None = None
    window_size: int = 0
    skipped: int = 0
    status: str = "empty"
    values: dict[str, float | None] = Field(default_factory=dict)
    grades: dict[str, str] = Field(default_factory=dict)
    alerts: list[str] = Field(default_factory=list)
    verdict: str | None = None
    incident_class: str | None = None
    severity: str | None = None
    breakers: dict[str, bool] = Field(default_factory=dict)
    changes: list[str] = Field(default_factory=list)


class Watcher:
    """Polls one source; keeps the previous event (for changes) and the first healthy window (baseline)."""

    def __init__(self, fetch: Fetch, *, contract: Contract | None = None, clock: Clock = utc_now,
                 baseline: WindowMetrics | None = None) -> None:
        self.fetch = fetch
        self.contract = contract or load_contract()
        self.clock = clock
        self.baseline = baseline
        self.breakers = default_breakers(self.contract)
        self.previous: WatchEvent | None = None
        self.polls = 0

    def close(self) -> None:
        """Release the fetch's connections (when it holds any)."""
        close = getattr(self.fetch, "close", None)
        if close is not None:
            close()

    def poll(self) -> WatchEvent:
        """Read the window once and return what it shows; a backend error becomes an ``ok=False`` event."""
        self.polls += 1
        now = self.clock()
        skipped = 0

        def traces() -> Iterable[Trace]:
            nonlocal skipped
            for item in self.fetch(now):
                if isinstance(item, TraceLoadError):
                    skipped += 1
                else:
                    yield item

        try:
            window = compute_metrics(trace_facts(traces(), self.contract), self.contract)
        except LlmopsError as exc:
            event = WatchEvent(poll=self.polls, at=now, ok=False, error=str(exc))
            return self._finish(event)
        event = WatchEvent(poll=self.polls, at=now, window_size=window.size, skipped=skipped, status=window.status,
                           values=dict(window.values), grades=dict(window.grades), alerts=alert_lines(window))
        if window.graded:
            result = triage(signals_from_metrics(window, self.baseline, contract=self.contract), self.contract)
            event.verdict, event.incident_class, event.severity = result.label, result.incident_class, result.severity
            event.breakers = {name: b.decide(window).activate for name, b in self.breakers.items()}
            if self.baseline is None and window.healthy:
                self.baseline = window
        return self._finish(event)

    def _finish(self, event: WatchEvent) -> WatchEvent:
        event.changes = changes(self.previous, event)
        if event.ok or self.previous is None:
            self.previous = event
        else:  # keep the last good window so the return of the backend compares against it
            self.previous = self.previous.model_copy(update={"ok": False, "error": event.error})
        return event


def changes(before: WatchEvent | None, now: WatchEvent) -> list[str]:
    """Lines describing what is new in ``now`` compared with ``before``."""
    if not now.ok:
        return [] if before is not None and not before.ok else [f"backend error: {now.error}"]
    out: list[str] = []
    if before is not None and not before.ok:
        out.append("backend answering again")
    old_alerts = {a.split(" — ")[0]: a for a in (before.alerts if before else [])}
    new_alerts = {a.split(" — ")[0]: a for a in now.alerts}
    out += [line for key, line in new_alerts.items() if key not in old_alerts]
    out += [f"CLEARED: {key.removeprefix('ALERT: ')}" for key in old_alerts if key not in new_alerts]
    if now.verdict is not None and (before is None or before.verdict != now.verdict):
        out.append(f"TRIAGE: {now.verdict}")
    for name, active in now.breakers.items():
        was = before.breakers.get(name, False) if before else False
        if active != was:
            out.append(f"BREAKER {name}: {'OPEN (would activate)' if active else 'closed'}")
    if before is None or before.status != now.status:
        out.append(f"window: {now.window_size} trace(s), status {now.status}")
    return out


def backoff_delays(base: float, maximum: float) -> Callable[[int], float]:
    """Delay before retry ``n`` (1, 2, ...): ``base * 2**(n-1)`` capped at ``maximum``."""
    return lambda n: min(maximum, base * 2 ** max(0, n - 1))


def run_watch(
    watcher: Watcher, *, every: float, sleep: Sleep = time.sleep, on_event: Callable[[WatchEvent], Any] | None = None,
    max_polls: int | None = None, backoff_base: float = 1.0, backoff_max: float = 60.0,
) -> list[WatchEvent]:
    """Poll every ``every`` seconds until ``max_polls`` (or Ctrl-C); failures retry with backoff.

    Returns the events (all of them: keep ``max_polls`` bounded when the history matters).
    """
    delay = backoff_delays(backoff_base, min(backoff_max, max(every, backoff_base)))
    events: list[WatchEvent] = []
    failures = 0
    try:
        while max_polls is None or len(events) < max_polls:
            event = watcher.poll()
            events.append(event)
            if on_event is not None:
                on_event(event)
            if max_polls is not None and len(events) >= max_polls:
                break
            failures = 0 if event.ok else failures + 1
            sleep(delay(failures) if failures else every)
    except KeyboardInterrupt:
        pass
    return events


class PhoenixFetch:
    """A :data:`Fetch` reading the ``window`` before each poll's time from a Phoenix source (one HTTP client,
    which reconnects by itself after a backend restart); ``close()`` releases its connections."""

    def __init__(self, source: Any, window: timedelta, *, contract: Contract | None = None) -> None:
        from .sources.phoenix import phoenix_client

        self.source = source.model_copy(update={"since": window, "start": None, "end": None})
        self.contract = contract
        self.client = phoenix_client(self.source.url)

    def __call__(self, now: datetime) -> Iterable[Trace | TraceLoadError]:
        from .sources.phoenix import iter_phoenix

        return iter_phoenix(self.source, client=self.client, contract=self.contract, now=now)

    def close(self) -> None:
        self.client.close()


def phoenix_fetch(source: Any, window: timedelta, *, contract: Contract | None = None) -> PhoenixFetch:
    """A :class:`PhoenixFetch` for ``source`` with a sliding ``window``."""
    return PhoenixFetch(source, window, contract=contract)


__all__ = ["PhoenixFetch", "WatchEvent", "Watcher", "alert_lines", "backoff_delays", "changes", "phoenix_fetch",
           "run_watch"]

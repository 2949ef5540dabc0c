"""Running many replays at once: bounded concurrency, an overall deadline per replay, Ctrl-C.

:func:`run_each` is bulk replay's execution loop, kept apart from how a row is judged:

- at most ``concurrency`` replays are in flight; each runs on its own daemon thread, so a call that
  has to be abandoned can never keep the process from exiting;
- every replay has an overall deadline (``timeout`` seconds from its start, every retry included). The
  SDK's own timeout applies per read, so a server that trickles a byte every few seconds could stretch
  a call forever; here the main thread watches the clock, and a replay still running at its deadline
  gets its ``expired`` row and is abandoned (its thread finishes or dies on its own; its result is
  dropped);
- each finished row is handed to ``emit`` on the main thread as soon as it is done (bulk replay appends
  it to its JSONL output there), in completion order;
- the first Ctrl-C (SIGINT, or a ``KeyboardInterrupt`` raised by ``emit``) stops new replays from
  starting and lets the ones in flight finish or reach their deadline, so the loop ends within one
  deadline; a second Ctrl-C abandons them at once. Either way the outcome says it was interrupted.

Judging a replay (``finish``) runs on the worker after the call returned and is not under the deadline:
the deadline bounds the endpoint, not our own scoring.
"""

from __future__ import annotations

import queue
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType
from typing import Any, Generic, TypeVar

from tqdm import tqdm

T = TypeVar("T")
R = TypeVar("R")

#: The main thread wakes at least this often to notice a Ctrl-C and expired deadlines.
POLL_S = 0.1
_NO_ROW = object()  # a worker whose judge failed twice: the item has no row (counted as abandoned)


@dataclass
class RunOutcome(Generic[R]):
    """What the loop produced: results by input position, and whether it stopped early."""

    results: dict[int, R] = field(default_factory=dict)
    interrupted: bool = False
    not_started: int = 0
    expired: int = 0  # replays that missed their deadline: they have their ``expired`` row
    abandoned: int = 0  # replays dropped by a second Ctrl-C: they have no row


class ReplayInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped a bulk replay; ``result`` holds every row finished before it (a KeyboardInterrupt,
    so code that does not catch it stops as it would on any Ctrl-C)."""

    def __init__(self, result: Any) -> None:
        super().__init__("bulk replay interrupted: rows finished before the interrupt are in .result")
        self.result = result


@dataclass
class _Job(Generic[T]):
    position: int
    item: T
    deadline: float
    replaying: bool = True
    abandoned: bool = False


class _Interrupts:
    """SIGINT while the loop runs: the first sets a flag (finish what is in flight), the second raises."""

    def __init__(self) -> None:
        self.requested = threading.Event()

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.requested.is_set():
            raise KeyboardInterrupt
        self.requested.set()

    @contextmanager
    def installed(self) -> Iterator[_Interrupts]:
        """Install the handler only where Python allows it (the main thread) and only over the default one."""
        usable = threading.current_thread() is threading.main_thread() \
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        previous = signal.signal(signal.SIGINT, self._handle) if usable else None
        try:
            yield self
        finally:
            if usable:
                signal.signal(signal.SIGINT, previous)


def run_each(
    items: Sequence[tuple[int, T]],
    start: Callable[[T], Any],
    finish: Callable[[T, Any], R],
    expired: Callable[[T], R],
    emit: Callable[[int, R], None],
    *,
    concurrency: int,
    timeout: float,
    progress: bool = False,
    clock: Callable[[], float] = time.monotonic,
) -> RunOutcome[R]:
    """Run ``start(item)`` for every ``(position, item)``, then ``finish(item, result_or_exception)``.

    ``expired(item)`` gives the row of a replay that missed its deadline. ``emit(position, row)`` is
    called on the calling thread for every row, in completion order. See the module docstring for the
    deadline and Ctrl-C rules.

    Workers take the next item themselves as soon as they are free, so the calling thread (which
    competes for the GIL with every worker) is never on the path from one replay to the next.
    """
    outcome: RunOutcome[R] = RunOutcome()
    if not items:
        return outcome
    done: queue.SimpleQueue[tuple[_Job[T], Any]] = queue.SimpleQueue()
    lock = threading.Lock()
    waiting = list(reversed(items))  # pop() from the end keeps input order
    in_flight: dict[int, _Job[T]] = {}
    interrupts = _Interrupts()

    def work() -> None:
        while True:
            with lock:
                if not waiting or interrupts.requested.is_set():
                    return
                position, item = waiting.pop()
                job = _Job(position, item, clock() + timeout)
                in_flight[position] = job
            try:
                result: Any = start(item)
            except BaseException as exc:  # every failure becomes a row: a thread must never die silently
                result = exc
            with lock:
                if job.abandoned:  # the deadline passed first: its row is out and a new worker took this place
                    return
                job.replaying = False
            try:
                row = finish(item, result)
            except BaseException as exc:  # the judge failing is still this item's row
                try:
                    row = finish(item, exc)
                except BaseException:
                    done.put((job, _NO_ROW))  # never leave the main thread waiting for a row that cannot come
                    return
            done.put((job, row))

    def spawn() -> None:
        threading.Thread(target=work, name="llmops-replay", daemon=True).start()

    def record(position: int, row: R) -> None:
        outcome.results[position] = row
        bar.update(1)
        try:
            emit(position, row)
        except KeyboardInterrupt:  # from emit (the row is kept): stop starting new ones; a second one stops now
            if interrupts.requested.is_set():
                raise
            interrupts.requested.set()

    def expire_overdue() -> None:
        now = clock()
        with lock:
            overdue = [job for job in in_flight.values() if job.replaying and now >= job.deadline]
            for job in overdue:
                job.abandoned = True
                del in_flight[job.position]
        for job in overdue:
            outcome.expired += 1
            spawn()  # the abandoned worker may hang on; a fresh one keeps the concurrency
            record(job.position, expired(job.item))

    def step() -> bool:
        """Take one finished row (or none within POLL_S) and expire overdue replays; False when all is done."""
        try:
            job, row = done.get(timeout=POLL_S)
        except queue.Empty:
            pass
        else:
            with lock:
                del in_flight[job.position]
            if row is _NO_ROW:  # that worker is gone: replace it
                outcome.abandoned += 1
                spawn()
            else:
                record(job.position, row)
        expire_overdue()
        with lock:
            return bool(in_flight) or (bool(waiting) and not interrupts.requested.is_set())

    with interrupts.installed(), tqdm(total=len(items), desc="replaying", unit="trace", disable=not progress) as bar:
        for _ in range(min(concurrency, len(items))):
            spawn()
        while True:
            try:
                if not step():
                    break
            except KeyboardInterrupt:
                if not interrupts.requested.is_set():  # no handler could be installed: this is the first Ctrl-C
                    interrupts.requested.set()
                    continue
                with lock:  # the second Ctrl-C: abandon what is in flight
                    for job in in_flight.values():
                        job.abandoned = True
                    outcome.abandoned += len(in_flight)
                    in_flight.clear()
                break
    outcome.interrupted = interrupts.requested.is_set()
    outcome.not_started = len(waiting)
    return outcome

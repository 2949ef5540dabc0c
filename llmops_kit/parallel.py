"""Per-trace work on all cores: a process pool over units of the input, results ordered and streamed.

Diagnosis costs about a millisecond of Python per trace, so one core tops out near 1,000-3,000 traces/s.
The parent cuts the input into units (:mod:`llmops_kit.units`: byte ranges of whole JSONL lines, row
slices of a Parquet export, groups of JSON files), each worker process reads its unit from the file
itself, parses, validates and runs a *batch task* (``list[Trace] -> list[result]``, one result per
trace). Results come back in input order, with at most ``in_flight`` units out at once, so memory stays
bounded whatever the input's size.

Same answers as one process, by construction: workers parse with the same loader and name the same
sources in error messages; duplicate trace ids (the first copy wins) and record numbers are decided in
the parent, in input order, exactly as :func:`llmops_kit.io.iter_traces` does with ``unique=True``.
``workers=1`` (or an input that fits in one unit) runs in-process with no pool at all.

Workers start by ``fork`` on Linux when the parent runs no other thread (fast: they inherit its imports
and caches), otherwise by ``forkserver`` (``spawn`` where that is missing): forking a parent that runs
threads (a progress bar) can deadlock. So a script that uses the pool needs the usual
``if __name__ == "__main__":`` guard. Formats added with :func:`llmops_kit.io.register_format` are sent
to the workers, so they must be picklable (defined at module level), and so must a batch task: a
module-level function or a ``functools.partial`` of one, as :func:`diagnose_each` and friends are.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from typing import Any

from . import io as trace_io
from .contract import Contract, load_contract
from .diagnose import Diagnosis, diagnose
from .errors import LlmopsError, TraceLoadError
from .parsing import FORMATS, LoadWarning
from .trace_parquet import Rows
from .traces import Trace
from .units import (
    DEFAULT_CHUNK_BYTES,
    FILES_PER_UNIT,
    BatchTask,
    Block,
    Entry,
    Files,
    Shard,
    Unit,
    Unreadable,
    iter_units,
    run_task,
    run_unit,
)

__all__ = [
    "DEFAULT_CHUNK_BYTES",
    "FILES_PER_UNIT",
    "BatchTask",
    "Block",
    "Dedup",
    "DiagnosisRun",
    "Files",
    "Shard",
    "Unreadable",
    "check_workers",
    "default_workers",
    "diagnose_each",
    "diagnose_many",
    "fact_rows",
    "iter_diagnosed",
    "iter_units",
    "map_traces",
    "run_ordered",
    "run_unit",
    "summary_rows",
]


#: Traces per batch on the in-process path.
BATCH_TRACES = 256


def default_workers() -> int:
    """All the cores this process may run on (the CPU affinity mask, not the machine's total)."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return max(os.cpu_count() or 1, 1)


def check_workers(workers: int | None) -> int:
    """``workers`` as a positive count (None means all cores), or a clear error."""
    if workers is None:
        return default_workers()
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise LlmopsError(f"workers must be a whole number of at least 1 (got {workers!r}); "
                          "pass 1 to stay in one process, or leave it out to use every core.")
    return workers


_WORKER: dict[str, Any] = {}


def _portable_formats() -> list[Any]:
    """The parent's registered formats that can travel to a worker (the packaged importers register
    themselves again when the worker imports the package; a custom one must be picklable)."""
    portable = []
    for fmt in FORMATS:
        try:
            pickle.dumps(fmt)
        except (pickle.PicklingError, AttributeError, TypeError):
            continue
        portable.append(fmt)
    return portable


def _init_worker(task: BatchTask, fmt: str, formats: list[Any], contract: Contract | None = None) -> None:
    # A forked worker shares the parent's objects page by page until it writes to one; the cyclic
    # collector would write to every one of them (its bookkeeping lives in each object's header) and so
    # copy the parent's whole heap, again at each full collection. Frozen, they are never scanned.
    gc.freeze()
    _WORKER.update(task=task, fmt=fmt, contract=contract)
    for adapter in formats:
        trace_io.register_format(adapter.name, adapter.detect, adapter.convert)


def _run_in_worker(unit: Block | Files | Rows) -> list[Entry]:
    return run_unit(unit, _WORKER["task"], _WORKER["fmt"], _WORKER.get("contract"))


# ---- the parent side -----------------------------------------------------------------------------------


@dataclass
class Dedup:
    """Input-order bookkeeping shared by every engine: record numbers and the first copy of each id."""

    unique: bool
    on_warning: Callable[[LoadWarning], None] | None = None
    first_seen: dict[str, str] = field(default_factory=dict)
    records: dict[str, int] = field(default_factory=dict)

    def items(self, unit: Unit, entries: list[Entry]) -> Iterator[Any]:
        if isinstance(unit, Unreadable):
            yield TraceLoadError(unit.message, source=unit.source)
            return
        for kind, first, second, third in entries:
            if kind == "warning":
                if self.on_warning is not None:
                    self.on_warning(LoadWarning(second, third, first))
                continue
            source = third if kind == "ok" else second
            if isinstance(unit, (Block, Shard, Rows)):  # io names a JSONL or Parquet record by its position
                number = self.records.get(unit.file, 0) + 1
                self.records[unit.file] = number
                source = f"{unit.file} (record {number})"
            if kind == "error":
                field_path, line = third
                yield TraceLoadError(first, source=second, field=field_path, line=line)
                continue
            if self.unique:
                if first in self.first_seen:
                    yield TraceLoadError(
                        f"{source}: duplicate trace id {first!r}, already loaded from {self.first_seen[first]}; "
                        "this copy was skipped.",
                        source=source,
                        field="trace_id",
                    )
                    continue
                self.first_seen[first] = source
            yield second


def _pool_context() -> multiprocessing.context.BaseContext:
    """``fork`` on Linux when this process runs no other thread (workers start at once, with the
    parent's imports and caches); ``forkserver`` when a thread runs (forking it could deadlock);
    ``spawn`` where neither exists."""
    methods = multiprocessing.get_all_start_methods()
    _stop_tqdm_monitor()
    if sys.platform.startswith("linux") and threading.active_count() == 1 and "fork" in methods:
        return multiprocessing.get_context("fork")
    method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["llmops_kit.parallel"])  # workers fork with the package imported
    return context


def _stop_tqdm_monitor() -> None:
    """Stop tqdm's monitor thread, which outlives every progress bar (building the knowledge-base index
    draws one): it only tunes bars' refresh rates, tqdm starts a new one with the next bar, and left
    running it would make every later pool start cold forkserver workers instead of forking."""
    if "tqdm" not in sys.modules:
        return
    try:
        from tqdm._monitor import TMonitor
    except ImportError:  # a tqdm without it: the pool just does not fork while such a thread runs
        return
    for thread in threading.enumerate():
        if isinstance(thread, TMonitor):
            thread.exit()


def _in_process(
    path: str | os.PathLike[str], task: BatchTask, fmt: str, unique: bool, contract: Contract | None = None,
    on_warning: Callable[[LoadWarning], None] | None = None,
) -> Iterator[Any]:
    """The single-process path: :func:`llmops_kit.io.iter_traces`, tasks run on batches of traces."""
    pending: list[Trace | TraceLoadError] = []

    def flush() -> Iterator[Any]:
        answers = iter(run_task(task, [item for item in pending if isinstance(item, Trace)]))
        for item in pending:
            yield item if isinstance(item, TraceLoadError) else next(answers)
        pending.clear()

    for item in trace_io.iter_traces(path, fmt=fmt, unique=unique, contract=contract, on_warning=on_warning):
        pending.append(item)
        if len(pending) >= BATCH_TRACES:
            yield from flush()
    yield from flush()


def map_traces(
    path: str | os.PathLike[str],
    task: BatchTask,
    *,
    workers: int | None = None,
    fmt: str = "auto",
    unique: bool = True,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    in_flight: int | None = None,
    contract: Contract | None = None,
    on_warning: Callable[[LoadWarning], None] | None = None,
) -> Iterator[Any]:
    """Run ``task`` over every trace under ``path``; yield its results and the load errors, in input order.

    The output is what ``task`` gives on the traces of :func:`llmops_kit.io.iter_traces` (with the same
    ``fmt`` and ``unique``), a :class:`~llmops_kit.errors.TraceLoadError` in place of each record that did
    not load, whatever ``workers`` is. ``in_flight`` bounds the units out at once (default: 2 per worker).

    The worker processes start when this is called, not at the first ``next()``: a caller that shows
    progress starts a drawing thread before it iterates, and with a thread running the pool could not
    fork (see ``_pool_context``) and would start cold workers from a fresh interpreter instead. Iterate
    (or close) what this returns: the pool is shut down when the iteration ends.
    """
    count = check_workers(workers)
    if count == 1:
        return _in_process(path, task, fmt, unique, contract, on_warning)
    units = iter_units(path, chunk_bytes=chunk_bytes)
    head = list(islice(units, 2))
    dedup = Dedup(unique, on_warning)
    if len(head) < 2:  # one unit (or none): nothing to share out, and a pool would only cost its start-up
        return _one_unit(head, dedup, task, fmt, contract)
    pool = ProcessPoolExecutor(count, mp_context=_pool_context(), initializer=_init_worker,
                               initargs=(task, fmt, _portable_formats(), contract))
    pool.submit(os.getpid)  # starts (forks) every worker now, while this process may still have one thread
    return _pooled(pool, chain(head, units), dedup, in_flight or 2 * count)


def _one_unit(head: list[Unit], dedup: Dedup, task: BatchTask, fmt: str, contract: Contract | None) -> Iterator[Any]:
    for unit in head:
        yield from dedup.items(unit, [] if isinstance(unit, Unreadable) else run_unit(unit, task, fmt, contract))


def _pooled(pool: ProcessPoolExecutor, units: Iterator[Unit], dedup: Dedup, limit: int) -> Iterator[Any]:
    with pool:
        yield from run_ordered(units, partial(pool.submit, _run_in_worker), dedup, limit)


def run_ordered(
    units: Iterable[Unit], submit: Callable[[Unit], Any], dedup: Dedup, limit: int
) -> Iterator[Any]:
    """Submit every unit (an unreadable one is reported, never sent), keep at most ``limit`` out at once and
    yield the results in input order; whatever is still out when the consumer stops is cancelled.

    ``submit`` returns a future with ``result()`` and ``cancel()``: a process pool's or a Dask client's.
    """
    pending: deque[tuple[Unit, Any]] = deque()
    try:
        for unit in units:
            pending.append((unit, None if isinstance(unit, Unreadable) else submit(unit)))
            while len(pending) >= limit:
                yield from _drain(pending, dedup)
        while pending:
            yield from _drain(pending, dedup)
    finally:
        for _, future in pending:
            if future is not None:
                future.cancel()


def _drain(pending: deque[tuple[Unit, Any]], dedup: Dedup) -> Iterator[Any]:
    unit, future = pending.popleft()
    yield from dedup.items(unit, future.result() if future is not None else [])


# ---- ready-made batch tasks and the diagnosis API ------------------------------------------------------


def diagnose_each(traces: list[Trace], contract: Contract | None = None) -> list[Diagnosis]:
    """:func:`llmops_kit.diagnose.diagnose` on each trace (a batch task)."""
    return [diagnose(trace, contract) for trace in traces]


def summary_rows(traces: list[Trace], contract: Contract | None = None) -> list[dict[str, Any]]:
    """The rows :func:`llmops_kit.summary.summary_table` gives these traces, as plain dicts (a batch task)."""
    from .summary import summary_table

    return summary_table(traces, contract).to_dict("records")


def redacted_summary_rows(traces: list[Trace], contract: Contract | None = None) -> list[dict[str, Any]]:
    """:func:`summary_rows` of the traces with personal data replaced by placeholders (``--redact``)."""
    from .redact import redact_trace

    return summary_rows([redact_trace(trace, contract) for trace in traces], contract)


def summary_frame(rows: Iterable[dict[str, Any]]) -> Any:
    """The summary table from rows of :func:`summary_rows` (the same frame ``summary_table`` returns)."""
    import pandas as pd

    from .summary import SUMMARY_COLUMNS

    frame = pd.DataFrame(list(rows), columns=SUMMARY_COLUMNS)
    return frame.astype({"n_docs": "Int64", "latency_ms": "Int64"})


def fact_rows(traces: list[Trace], contract: Contract | None = None) -> list[dict[str, Any]]:
    """One row of :func:`llmops_kit.metrics.trace_facts` per trace, as plain dicts (a batch task)."""
    from .metrics import fact_row

    contract = contract or load_contract()
    return [fact_row(trace, contract) for trace in traces]


def iter_diagnosed(
    path: str | os.PathLike[str], contract: Contract | None = None, *, workers: int | None = None,
    fmt: str = "auto", chunk_bytes: int = DEFAULT_CHUNK_BYTES,
) -> Iterator[Diagnosis | TraceLoadError]:
    """Diagnose every trace under ``path`` on ``workers`` processes (default: every core), streamed in order."""
    contract = contract or load_contract()
    yield from map_traces(path, partial(diagnose_each, contract=contract), workers=workers, fmt=fmt,
                          chunk_bytes=chunk_bytes)


@dataclass
class DiagnosisRun:
    """Diagnoses of every trace that loaded, and one error per record that did not (input order)."""

    diagnoses: list[Diagnosis] = field(default_factory=list)
    errors: list[TraceLoadError] = field(default_factory=list)

    @property
    def healthy(self) -> list[str]:
        return [d.trace_id for d in self.diagnoses if d.healthy]


def diagnose_many(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], contract: Contract | None = None, *,
    workers: int | None = None, fmt: str = "auto",
) -> DiagnosisRun:
    """Diagnose one or several paths (files, JSONL files, directories) on ``workers`` processes.

    Each path is read as :func:`llmops_kit.io.load_traces` reads it (a duplicate id within a path is an
    error on the later copy); the results are collected in a list, so use :func:`iter_diagnosed` to stream.
    """
    run = DiagnosisRun()
    many = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    for path in many:
        for item in iter_diagnosed(path, contract, workers=workers, fmt=fmt):
            (run.errors if isinstance(item, TraceLoadError) else run.diagnoses).append(item)
    return run

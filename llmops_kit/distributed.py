"""Past one machine: the same per-trace work on a Dask distributed cluster (optional extra ``dask``).

Why Dask distributed and not Ray (docs/scale.md has the longer version): the work is a plain map of a
pure Python function over shards followed by a small reduction on the client, which is exactly
``Client.submit`` plus futures; Dask is pure Python on PyPI (``pip install 'llmops_kit[dask]'``, no
compiled core of its own), its workers are ordinary processes started with ``dask worker ADDRESS``,
and a ``LocalCluster`` of worker processes on 127.0.0.1 starts in about a second for tests. Ray brings
a large native runtime and an object store that this job, whose results are a few hundred bytes per
trace, does not need.

How it runs: the client lists the input (a directory of JSONL shards, Parquet exports of traces
(:mod:`llmops_kit.trace_parquet`) and/or JSON files, or one such file) and submits one task per shard
(:class:`llmops_kit.units.Shard`: the worker reads the file itself, so the client never touches the
data) with at most ``in_flight`` shards out at once. Results come back in input order and pass through
the same bookkeeping as the process pool (duplicate ids, record numbers, error messages), so the output
is byte for byte the single-process output. Window metrics and triage are reduced on the client from
the per-trace facts the workers send back.

Workers need ``llmops_kit`` installed and the shards at the same paths (a shared file system); formats
added at run time with ``register_format`` are not sent to them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from typing import Any

from .contract import Contract
from .errors import LlmopsError
from .metrics import WindowMetrics
from .parallel import Dedup, check_workers, map_traces, run_ordered
from .parsing import LoadWarning
from .units import BatchTask, iter_units, run_unit

#: The engines ``--engine`` accepts.
ENGINES: tuple[str, ...] = ("process", "dask")

INSTALL_HINT = ("the dask engine needs Dask distributed, which is an optional extra: "
                "pip install 'llmops_kit[dask]' (or pip install 'dask[distributed]'), or use --engine process.")


def require_dask() -> Any:
    """The ``distributed`` module, or an :class:`LlmopsError` saying how to install it."""
    try:
        import distributed
    except ImportError as exc:
        raise LlmopsError(INSTALL_HINT) from exc
    return distributed


def dask_client(scheduler: str | None = None, *, workers: int | None = None) -> Any:
    """A client of the cluster at ``scheduler`` (``tcp://host:8786``), or of a new local cluster of
    ``workers`` processes on 127.0.0.1 when no address is given (closed with the client)."""
    distributed = require_dask()
    if scheduler:
        try:
            return distributed.Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise LlmopsError(f"could not reach the Dask scheduler at {scheduler} ({exc}); start one with "
                              "`dask scheduler` and workers with `dask worker ADDRESS`, or check the address.") from exc
    import dask

    # Dask's statistical profiler samples each task's stack every 10 ms; diagnosis has deep, short calls,
    # so it costs real CPU and tells nothing here. Off for the clusters this package starts.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = distributed.LocalCluster(n_workers=check_workers(workers), threads_per_worker=1, processes=True,
                                           host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
    client = distributed.Client(cluster)
    client._llmops_cluster = cluster  # closed together in _close
    return client


def _close(client: Any) -> None:
    client.close()
    cluster = getattr(client, "_llmops_cluster", None)
    if cluster is not None:
        cluster.close()


def dask_map(
    path: str | os.PathLike[str],
    task: BatchTask,
    *,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    fmt: str = "auto",
    unique: bool = True,
    in_flight: int | None = None,
    contract: Contract | None = None,
    on_warning: Callable[[LoadWarning], None] | None = None,
) -> Iterator[Any]:
    """:func:`llmops_kit.parallel.map_traces` on a Dask cluster: same results, same order, same errors.

    Pass a ``client`` you manage, or a ``scheduler`` address, or neither for a local cluster of ``workers``
    processes that lives as long as this iterator.
    """
    owned = client is None
    client = client if client is not None else dask_client(scheduler, workers=workers)
    try:
        limit = in_flight or 2 * max(len(client.nthreads()), 1)

        def submit(unit: Any) -> Any:
            return client.submit(run_unit, unit, task, fmt, contract, pure=False)

        yield from run_ordered(iter_units(path, shards=True), submit, Dedup(unique, on_warning), limit)
    finally:
        if owned:
            _close(client)


def map_traces_on(
    engine: str,
    path: str | os.PathLike[str],
    task: BatchTask,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    fmt: str = "auto",
    contract: Contract | None = None,
    on_warning: Callable[[LoadWarning], None] | None = None,
) -> Iterator[Any]:
    """Run ``task`` over the traces under ``path`` on the named engine (``process`` or ``dask``)."""
    if engine not in ENGINES:
        raise LlmopsError(f"unknown engine {engine!r}; use one of: {', '.join(ENGINES)}.")
    if engine == "process":
        if scheduler:
            raise LlmopsError("--scheduler needs --engine dask; the process engine runs on this machine only.")
        return map_traces(path, task, workers=workers, fmt=fmt, contract=contract, on_warning=on_warning)
    require_dask()  # fail before the first trace is read
    return dask_map(path, task, scheduler=scheduler, workers=workers, fmt=fmt, contract=contract,
                    on_warning=on_warning)


def dask_facts_window(
    source: str | os.PathLike[str], contract: Contract | None = None, *, client: Any = None,
    scheduler: str | None = None, workers: int | None = None,
) -> WindowMetrics:
    """Window metrics of sharded Parquet facts: each worker summarises its shards (exact counts and the
    float columns), the client merges the summaries in shard order and grades the window, so the result
    equals :func:`llmops_kit.facts.metrics_from_facts` on the same files."""
    from .contract import load_contract
    from .facts import facts_files, merged_window, summarize_files

    contract = contract or load_contract()
    files = facts_files(source)
    owned = client is None
    client = client if client is not None else dask_client(scheduler, workers=workers)
    try:
        futures = [client.submit(summarize_files, [str(file)], contract, pure=False) for file in files]
        return merged_window((future.result() for future in futures), contract)
    finally:
        if owned:
            _close(client)

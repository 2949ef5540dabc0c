"""Per-trace facts in columnar form (Parquet, via pyarrow): window metrics and triage without the traces.

Diagnosing or scoring a trace costs a fraction of a millisecond; aggregating its facts (latency, error,
quality pass, tools, tokens, cost, retrieval) costs nanoseconds. So the facts are extracted once
(:func:`write_facts`, on every core), kept as Parquet, and any window of them is measured by
:func:`metrics_from_facts`, which reads only the columns it needs, batch by batch.

Same numbers as :func:`llmops_kit.metrics.compute_metrics`, not close ones: each batch adds exact
integer counts (errors, passes, tool calls, SLA breaches, retrieval shares), and the float columns whose
statistics depend on summation order (latency for the percentiles, tokens and cost for the means) are
kept as plain float64 arrays and handed to the same numpy calls at the end. A window of 10,000,000
traces keeps three such arrays (about 240 MB); everything else is counts.

Needs the optional ``parquet`` extra (``pip install 'llmops_kit[parquet]'``, i.e. pyarrow).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .contract import Contract, load_contract
from .errors import LlmopsError, TraceLoadError
from .metrics import FACT_COLUMNS, METRIC_NAMES, PERCENTILE_METHOD, WindowMetrics, facts_frame, window_from

INSTALL_HINT = ("Parquet facts need pyarrow, an optional extra: pip install 'llmops_kit[parquet]' "
                "(or pip install pyarrow).")

#: Rows per Parquet row group written, and per batch read.
ROW_GROUP = 1 << 20
#: The columns the metrics read (the rest, ids and names, stay on disk).
METRIC_COLUMNS: tuple[str, ...] = (
    "timestamp", "latency_ms", "has_error", "quality_pass", "tool_calls", "tool_failures", "tokens", "cost_usd",
    "n_documents", "top_relevance",
)


def load_pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise LlmopsError(INSTALL_HINT) from exc
    return pa, pq


def facts_schema() -> Any:
    """The Arrow schema of the facts (``metrics.FACT_COLUMNS``, nullable where a fact can be missing)."""
    pa, _ = load_pyarrow()
    return pa.schema([
        ("trace_id", pa.string()), ("timestamp", pa.timestamp("us", tz="UTC")), ("latency_ms", pa.float64()),
        ("has_error", pa.bool_()), ("quality_score", pa.float64()), ("quality_pass", pa.bool_()),
        ("tool_calls", pa.int64()), ("tool_failures", pa.int64()), ("tokens", pa.float64()),
        ("cost_usd", pa.float64()), ("n_documents", pa.float64()), ("top_relevance", pa.float64()),
        ("model", pa.string()), ("prompt_version", pa.string()),
    ])


def facts_table(frame: pd.DataFrame) -> Any:
    """A facts frame (:func:`llmops_kit.metrics.trace_facts`) as an Arrow table with :func:`facts_schema`."""
    pa, _ = load_pyarrow()
    return pa.Table.from_pandas(frame[list(FACT_COLUMNS)], schema=facts_schema(), preserve_index=False)


@dataclass
class FactsWritten:
    """Where the facts went, how many rows, and the records that did not load (input order)."""

    path: Path
    rows: int
    errors: list[TraceLoadError] = field(default_factory=list)


def write_facts(
    source: str | os.PathLike[str], out: str | os.PathLike[str], contract: Contract | None = None, *,
    workers: int | None = None, engine: str = "process", scheduler: str | None = None, row_group: int = ROW_GROUP,
) -> FactsWritten:
    """Extract the facts of every trace under ``source`` (on every core) into one Parquet file, streamed."""
    from .distributed import map_traces_on
    from .parallel import fact_rows

    _, pq = load_pyarrow()
    contract = contract or load_contract()
    from .atomic import atomic_open

    out_path = Path(out)
    written = FactsWritten(out_path, 0)
    rows: list[dict[str, Any]] = []
    with atomic_open(out_path, "wb") as handle, pq.ParquetWriter(handle, facts_schema()) as writer:
        def flush() -> None:
            writer.write_table(facts_table(facts_frame(rows)))
            written.rows += len(rows)
            rows.clear()

        task = partial(fact_rows, contract=contract)
        for item in map_traces_on(engine, source, task, workers=workers, scheduler=scheduler):
            if isinstance(item, TraceLoadError):
                written.errors.append(item)
                continue
            rows.append(item)
            if len(rows) >= row_group:
                flush()
        if rows or written.rows == 0:
            flush()  # an empty input still gets a valid file with the schema
    return written


# ---- partial aggregates -------------------------------------------------------------------------------


@dataclass
class FactsSummary:
    """What the metrics need from a run of facts: exact counts plus the order-sensitive float columns.

    Summaries of consecutive runs merge (:meth:`merge`) into the summary of the whole, so batches,
    files or a cluster's partitions can be aggregated apart and reduced at the end.
    """

    size: int = 0
    errors: int = 0
    quality_known: int = 0
    quality_passed: int = 0
    tool_calls: int = 0
    tool_failures: int = 0
    sla_breaches: int = 0
    affected: int = 0
    with_retrieval: int = 0
    empty_retrieval: int = 0
    low_relevance: int = 0
    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None
    latency: list[np.ndarray] = field(default_factory=list)
    tokens: list[np.ndarray] = field(default_factory=list)
    cost: list[np.ndarray] = field(default_factory=list)

    def merge(self, other: FactsSummary) -> FactsSummary:
        """Add a later run of facts (order matters only for the float arrays, which keep it)."""
        for name in ("size", "errors", "quality_known", "quality_passed", "tool_calls", "tool_failures",
                     "sla_breaches", "affected", "with_retrieval", "empty_retrieval", "low_relevance"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        if other.start is not None:
            self.start = other.start if self.start is None else min(self.start, other.start)
            self.end = other.end if self.end is None else max(self.end, other.end)  # type: ignore[type-var]
        self.latency += other.latency
        self.tokens += other.tokens
        self.cost += other.cost
        return self


def _known(values: np.ndarray) -> np.ndarray:
    return values[~np.isnan(values)]


def summarize(batch: Any, contract: Contract) -> FactsSummary:
    """The summary of one Arrow record batch or table of facts (the columns in ``METRIC_COLUMNS``)."""
    def floats(name: str) -> np.ndarray:
        return batch.column(name).to_numpy(zero_copy_only=False).astype("float64", copy=False)

    def flags(name: str) -> tuple[np.ndarray, np.ndarray]:  # (value with nulls as False, known)
        column = batch.column(name)
        known = ~column.is_null().to_numpy(zero_copy_only=False)
        return column.fill_null(False).to_numpy(zero_copy_only=False).astype(bool), known

    latency = floats("latency_ms")
    errors, _ = flags("has_error")
    passed, known = flags("quality_pass")
    docs, top = floats("n_documents"), floats("top_relevance")
    sla = latency > contract.latency.request_sla_ms  # longer than the SLA; NaN compares False, as fillna(False) does
    bad = known & ~passed
    with_retrieval = ~np.isnan(docs)
    empty = (docs < contract.retrieval.min_documents) & with_retrieval
    low = (top < contract.retrieval.relevance_floor) & ~empty
    summary = FactsSummary(
        size=len(latency), errors=int(errors.sum()), quality_known=int(known.sum()),
        quality_passed=int((passed & known).sum()),
        tool_calls=int(np.asarray(batch.column("tool_calls").to_numpy(zero_copy_only=False)).sum()),
        tool_failures=int(np.asarray(batch.column("tool_failures").to_numpy(zero_copy_only=False)).sum()),
        sla_breaches=int(sla.sum()), affected=int((sla | bad | errors | empty | low).sum()),
        with_retrieval=int(with_retrieval.sum()), empty_retrieval=int(empty.sum()),
        low_relevance=int((low & with_retrieval).sum()),
        latency=[_known(latency)], tokens=[_known(floats("tokens"))], cost=[_known(floats("cost_usd"))],
    )
    stamps = batch.column("timestamp")
    if stamps.null_count < len(stamps):
        import pyarrow.compute as pc

        bounds = pc.min_max(stamps)
        summary.start = pd.Timestamp(bounds["min"].as_py())
        summary.end = pd.Timestamp(bounds["max"].as_py())
    return summary


def _mean(parts: list[np.ndarray]) -> float | None:
    values = np.concatenate(parts) if parts else np.empty(0)
    return float(values.mean()) if values.size else None


def window_from_summary(summary: FactsSummary, contract: Contract | None = None) -> WindowMetrics:
    """Graded window metrics from a summary: the values :func:`llmops_kit.metrics.compute_metrics` gives."""
    contract = contract or load_contract()
    size = summary.size
    if size == 0:
        return WindowMetrics(size=0, status="empty", values=dict.fromkeys(METRIC_NAMES), extras={},
                             note="The window holds no requests: nothing to measure or grade.")
    latency = np.concatenate(summary.latency) if summary.latency else np.empty(0)
    p50 = p95 = None
    if latency.size:
        low, high = np.percentile(latency, [50, 95], method=PERCENTILE_METHOD)
        p50, p95 = float(low), float(high)
    calls = summary.tool_calls
    values: dict[str, float | None] = {
        "latency_p50_ms": p50,
        "latency_p95_ms": p95,
        "failure_rate": summary.errors / size,
        "quality_proxy_rate": summary.quality_passed / summary.quality_known if summary.quality_known else None,
        "tool_success_rate": (calls - summary.tool_failures) / calls if calls else None,
        "tokens_per_request": _mean(summary.tokens),
        "cost_per_request_usd": _mean(summary.cost),
    }
    retrieval = summary.with_retrieval
    extras: dict[str, float | None] = {
        "sla_breach_share": summary.sla_breaches / size,
        "error_share": summary.errors / size,
        "empty_retrieval_share": summary.empty_retrieval / retrieval if retrieval else None,
        "low_relevance_share": summary.low_relevance / retrieval if retrieval else None,
        "affected_share": summary.affected / size,
    }
    start = summary.start.to_pydatetime() if summary.start is not None else None
    end = summary.end.to_pydatetime() if summary.end is not None else None
    return window_from(size, values, extras, start, end, contract)


# ---- reading Parquet facts ------------------------------------------------------------------------------


def facts_files(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[Path]:
    """The Parquet files of a source: one file, a directory of ``*.parquet`` (sorted), or a list of either."""
    if not isinstance(source, (str, os.PathLike)):
        return [file for item in source for file in facts_files(item)]
    path = Path(source)
    if path.is_dir():
        files = sorted(path.glob("*.parquet"))
        if not files:
            raise LlmopsError(f"{path}: no .parquet files in this directory; write facts with write_facts() first.")
        return files
    if not path.is_file():
        raise LlmopsError(f"{path}: no such facts file; check the path.")
    return [path]


def iter_summaries(files: Iterable[str | os.PathLike[str]], contract: Contract,
                   batch_size: int = ROW_GROUP) -> Iterator[FactsSummary]:
    """One summary per record batch of each file, in order (only ``METRIC_COLUMNS`` are read)."""
    _, pq = load_pyarrow()
    for file in files:
        try:
            reader = pq.ParquetFile(file)
        except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
            raise LlmopsError(f"{file}: not a readable Parquet file ({exc}); write facts with write_facts().") from exc
        missing = sorted(set(METRIC_COLUMNS) - set(reader.schema_arrow.names))
        if missing:
            raise LlmopsError(f"{file}: the facts lack column(s) {missing}; write them with write_facts().")
        for batch in reader.iter_batches(batch_size=batch_size, columns=list(METRIC_COLUMNS)):
            yield summarize(batch, contract)


def summarize_files(files: Sequence[str | os.PathLike[str]], contract: Contract | None = None) -> FactsSummary:
    """The merged summary of some Parquet files (what a worker computes for its partition)."""
    contract = contract or load_contract()
    total = FactsSummary()
    for part in iter_summaries(files, contract):
        total.merge(part)
    return total


def metrics_from_facts(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | Any, contract: Contract | None = None
) -> WindowMetrics:
    """Window metrics of Parquet facts (file, directory, list) or of an Arrow table: traces not needed.

    Equal to :func:`llmops_kit.metrics.compute_metrics` on the traces the facts came from.
    """
    contract = contract or load_contract()
    if hasattr(source, "to_batches"):  # an Arrow table already in memory
        return window_from_summary(summarize(source, contract), contract)
    return window_from_summary(summarize_files(facts_files(source), contract), contract)


def merged_window(summaries: Iterable[FactsSummary], contract: Contract | None = None) -> WindowMetrics:
    """Reduce partition summaries (in input order) to one graded window: the client's half of a cluster run."""
    total = FactsSummary()
    for part in summaries:
        total.merge(part)
    return window_from_summary(total, contract)


"""Traces as Parquet: one row per trace, the trace document as JSON plus a few columns to filter on.

The layout (``TRACE_PARQUET_COLUMNS``; docs/scale.md says why): ``trace`` holds one trace document as
JSON text, in any format the loader reads (this package's native trace, a Langfuse or LangSmith export,
OTLP JSON), so a row is parsed by :func:`llmops_kit.parsing.parse_records` exactly as a JSONL line is and
the diagnoses cannot differ; ``trace_id``, ``timestamp`` (UTC), ``name``, ``session_id``, ``user_id``,
``environment``, ``release`` and ``latency_ms`` are copies of the trace's own fields (the columns of a
Langfuse trace table), so a day, a release or an environment can be picked by the Parquet reader's
filters and statistics without parsing any JSON. Only ``trace`` is required when reading. Row groups
(``ROW_GROUP_TRACES`` traces each) are where the process pool and the Dask workers cut the file.

Needs the optional ``parquet`` extra (pyarrow).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .contract import Contract, load_contract
from .errors import LlmopsError, TraceLoadError
from .parsing import LoadWarning, parse_records
from .traces import Trace

#: Columns of a Parquet export of traces, in order; only ``trace`` is needed to read one back.
TRACE_PARQUET_COLUMNS: tuple[str, ...] = ("trace_id", "timestamp", "name", "session_id", "user_id", "environment",
                                          "release", "latency_ms", "trace")
#: Traces per row group when writing: about 1.1 MiB of course-sized JSON, one unit of work for the pool
#: (a worker decodes whole row groups, so a group much larger than a unit would be decoded once per slice).
ROW_GROUP_TRACES = 128


def load_pyarrow() -> tuple[Any, Any]:
    from .facts import load_pyarrow as load  # one install hint for every Parquet feature

    return load()


def trace_parquet_schema() -> Any:
    """The Arrow schema of a Parquet export of traces."""
    pa, _ = load_pyarrow()
    return pa.schema([("trace_id", pa.string()), ("timestamp", pa.timestamp("us", tz="UTC")),
                      ("name", pa.string()), ("session_id", pa.string()), ("user_id", pa.string()),
                      ("environment", pa.string()), ("release", pa.string()), ("latency_ms", pa.float64()),
                      ("trace", pa.large_string())])


def trace_row(trace: Trace) -> dict[str, Any]:
    """One row of the export: the indexed fields and the native trace JSON (unset fields left out)."""
    return {"trace_id": trace.trace_id, "timestamp": trace.timestamp, "name": trace.name,
            "session_id": trace.session_id, "user_id": trace.user_id, "environment": trace.environment,
            "release": trace.release, "latency_ms": trace.latency_ms,
            "trace": trace.model_dump_json(exclude_none=True)}


@dataclass
class ParquetExport:
    """What :func:`write_trace_parquet` wrote: rows, and the records that did not load (not written)."""

    path: Path
    rows: int = 0
    errors: list[TraceLoadError] = field(default_factory=list)


def trace_rows(traces: list[Trace]) -> list[dict[str, Any]]:
    """:func:`trace_row` of each trace (a batch task, so exports run on the process pool too)."""
    return [trace_row(trace) for trace in traces]


def write_trace_parquet(
    source: str | os.PathLike[str], out: str | os.PathLike[str], contract: Contract | None = None, *,
    fmt: str = "auto", workers: int | None = 1, row_group_traces: int = ROW_GROUP_TRACES,
    on_warning: Callable[[LoadWarning], None] | None = None,
) -> ParquetExport:
    """Export the traces under ``source`` (as :func:`llmops_kit.io.iter_traces` reads them, duplicates
    dropped) to one Parquet file, streamed row group by row group; bad records are returned, not written."""
    from .atomic import atomic_open
    from .parallel import map_traces

    pa, pq = load_pyarrow()
    if isinstance(row_group_traces, bool) or not isinstance(row_group_traces, int) or row_group_traces < 1:
        raise LlmopsError(f"row_group_traces must be a whole number of at least 1 (got {row_group_traces!r}).")
    schema = trace_parquet_schema()
    result = ParquetExport(Path(out))
    rows: list[dict[str, Any]] = []
    # atomic: readers (a dashboard globbing *.parquet) never see half an export, a failed one keeps the old
    with atomic_open(result.path, "wb") as handle, pq.ParquetWriter(handle, schema, compression="zstd") as writer:
        def flush() -> None:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            result.rows += len(rows)
            rows.clear()

        for item in map_traces(source, trace_rows, workers=workers, fmt=fmt, contract=contract, on_warning=on_warning):
            if isinstance(item, TraceLoadError):
                result.errors.append(item)
                continue
            rows.append(item)
            if len(rows) >= row_group_traces:
                flush()
        if rows or result.rows == 0:
            flush()  # an empty input still gets a valid file with the schema
    return result


def _open(file: str | os.PathLike[str]) -> Any:
    """A ``ParquetFile`` holding a ``trace`` column, or a TraceLoadError saying what it is instead."""
    try:
        _, pq = load_pyarrow()
    except LlmopsError as exc:
        raise TraceLoadError(f"{file}: {exc}", source=str(file)) from exc
    try:
        handle = pq.ParquetFile(file)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError: not Parquet, or cut short
        raise TraceLoadError(f"{file}: could not be read as Parquet ({exc}); check the file.",
                             source=str(file)) from exc
    names = handle.schema_arrow.names
    if "trace" not in names:
        raise TraceLoadError(
            f"{file}: a Parquet file without a 'trace' column (it has {', '.join(names[:8])}), so not an export "
            "of traces; per-trace facts are read by `llmops metrics`, traces are written by write_trace_parquet.",
            source=str(file))
    return handle


def is_trace_parquet(path: str | os.PathLike[str]) -> bool:
    """True for a Parquet export of traces (a file, or a directory whose first .parquet file is one)."""
    root = Path(path)
    files = sorted(root.glob("*.parquet")) if root.is_dir() else [root]
    if not files or files[0].suffix != ".parquet":
        return False
    try:
        _open(files[0])
    except (TraceLoadError, LlmopsError):
        return False
    return True


@dataclass(frozen=True)
class Rows:
    """Rows ``start`` to ``stop`` (exclusive) of row group ``group`` of a Parquet export of traces."""

    file: str
    group: int
    start: int
    stop: int


def row_group_units(file: Path, chunk_bytes: int) -> Iterator[Any]:
    """Units of about ``chunk_bytes`` of trace JSON: row groups, or slices of one over four times that size
    (sizes from the footer, so nothing but the footer is read here)."""
    from .units import Unreadable

    try:
        meta = _open(file).metadata
    except TraceLoadError as exc:
        yield Unreadable(str(exc), str(file))
        return
    for group in range(meta.num_row_groups):
        info = meta.row_group(group)
        rows = info.num_rows
        # A slice costs a decode of its whole group (about 9 us per trace), so only large groups are sliced.
        large = info.total_byte_size > 4 * chunk_bytes
        per_unit = max(1, rows * chunk_bytes // info.total_byte_size) if large else max(rows, 1)
        for start in range(0, rows, per_unit):
            yield Rows(str(file), group, start, min(start + per_unit, rows))


def _documents(file: str, rows: Rows | None) -> Iterator[tuple[int, str | None]]:
    """(1-based row number in the file, trace JSON) for a slice, or for the whole file group by group."""
    handle = _open(file)
    groups = [rows.group] if rows is not None else range(handle.metadata.num_row_groups)
    for group in groups:
        before = sum(handle.metadata.row_group(g).num_rows for g in range(group))
        column = handle.read_row_group(group, columns=["trace"]).column("trace")
        start, stop = (rows.start, rows.stop) if rows is not None else (0, len(column))
        for offset, value in enumerate(column.slice(start, stop - start).to_pylist()):
            yield before + start + offset + 1, value


def parquet_records(
    file: str, rows: Rows | None, fmt: str, bounds: Any, warnings: list[LoadWarning]
) -> Iterator[tuple[str, Trace | TraceLoadError]]:
    """(source, trace or error) for the rows of a unit (or the whole file), in row order, as a worker yields them."""
    try:
        for number, document in _documents(file, rows):
            where = f"{file} (row {number})"
            if not document:
                yield file, TraceLoadError(f"{where}: the trace column is empty; the exporter wrote no document.",
                                           source=where, field="trace")
                continue
            for item in parse_records(document, where, fmt, bounds=bounds, on_warning=warnings.append):
                yield file, item
    except TraceLoadError as exc:
        yield file, exc
    except (OSError, ValueError) as exc:
        yield file, TraceLoadError(f"{file}: could not be read ({exc}); check the file.", source=file)


def iter_parquet_traces(
    file: str | os.PathLike[str], *, fmt: str = "auto", contract: Contract | None = None,
    on_warning: Callable[[LoadWarning], None] | None = None,
) -> Iterator[Trace | TraceLoadError]:
    """Stream the traces of a Parquet export (one row group in memory at a time), errors in their place."""
    warnings: list[LoadWarning] = []
    bounds = (contract or load_contract()).plausibility
    for _, item in parquet_records(str(file), None, fmt, bounds, warnings):
        if on_warning is not None:
            for warning in warnings:
                on_warning(warning)
        warnings.clear()
        yield item

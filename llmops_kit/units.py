"""Units of work for the process pool and the Dask engine: how an input is cut, and how a worker reads a unit.

A unit names data, it does not carry it: a JSONL file is cut into :class:`Block` byte ranges of whole
lines, a Parquet export of traces into
:class:`~llmops_kit.trace_parquet.Rows`, a directory's JSON files into :class:`Files`
groups, and the worker reads its unit from the file itself. So the parent only finds line ends and
counts lines (about 1 ms per MiB), and sends a few dozen bytes per unit instead of pickling a megabyte
through a pipe. The price: an input must not be rewritten while it is being read (appending to a JSONL
file is fine; a block that comes back shorter than cut is reported as a load error).

Workers parse with the same :func:`llmops_kit.parsing.parse_records` and plausibility bounds as
:func:`llmops_kit.io.iter_traces`, name records with the same sources, and return one compact entry
per record; the parent's bookkeeping (:mod:`llmops_kit.parallel`) turns them into the single-process
output.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import io as trace_io
from .contract import Contract, load_contract
from .errors import LlmopsError, TraceLoadError
from .parsing import LoadWarning, parse_records
from .trace_parquet import Rows, parquet_records, row_group_units
from .traces import Trace

BatchTask = Callable[[list[Trace]], Sequence[Any]]

#: Bytes of JSONL per unit: about 110 course-sized traces, some 100 ms of diagnosis.
DEFAULT_CHUNK_BYTES = 1024 * 1024
#: Chunks at the end of a JSONL file that are cut in quarters (see ``_cuts``).
TAIL_CHUNKS = 4
#: JSON files per unit when a directory holds one trace per file.
FILES_PER_UNIT = 64


@dataclass(frozen=True)
class Block:
    """Whole lines of one JSONL file: bytes ``start`` to ``end``, beginning at line ``first_line`` (1-based)."""

    file: str
    first_line: int
    start: int
    end: int

    def read(self) -> bytes:
        """The block's bytes, read from the file (a short read means the file changed under us)."""
        with open(self.file, "rb") as handle:
            handle.seek(self.start)
            data = handle.read(self.end - self.start)
        if len(data) != self.end - self.start:
            raise OSError(f"expected {self.end - self.start} bytes at offset {self.start}, found {len(data)}: "
                          "the file was truncated or rewritten while it was read")
        return data


@dataclass(frozen=True)
class Files:
    """JSON files read whole (each holds one trace, or several for some exports)."""

    files: tuple[str, ...]


@dataclass(frozen=True)
class Shard:
    """A whole JSONL or Parquet file read by the worker itself (a distributed engine's unit: the client
    never touches the data, so shards on storage the workers share are read where they are diagnosed)."""

    file: str


@dataclass(frozen=True)
class Unreadable:
    """A source that failed before any unit could be cut from it: reported in order, never sent out."""

    message: str
    source: str


Unit = Block | Files | Shard | Rows | Unreadable

#: What a worker returns for one record: ("ok", trace_id, result, source), ("error", message, source,
#: (field, line)) or, before the records, ("warning", message, source, field).
Entry = tuple[str, str, Any, Any]


def _cuts(file: Path, chunk_bytes: int) -> Iterator[tuple[int, int, int]]:
    """(first line, start, end) of blocks of whole lines of about ``chunk_bytes``; one buffer is reused.

    The last ``TAIL_CHUNKS`` chunks of a file are cut in quarters: the workers then run out of work
    within a quarter of a unit of each other, instead of one idling while another ends a whole unit.
    """
    buffer = bytearray(chunk_bytes)
    view = memoryview(buffer)
    line, start, offset = 1, 0, 0
    with open(file, "rb", buffering=0) as handle:
        total = os.fstat(handle.fileno()).st_size
        while True:
            want = chunk_bytes if total - offset > TAIL_CHUNKS * chunk_bytes else max(chunk_bytes // 4, 1)
            size = handle.readinto(view[:want])
            if not size:
                if offset > start:
                    yield line, start, offset
                return
            cut = buffer.rfind(b"\n", 0, size)
            if cut >= 0:  # no line end in this chunk: one line longer than a chunk, keep reading
                yield line, start, offset + cut + 1
                line += buffer.count(b"\n", 0, size)
                start = offset + cut + 1
            offset += size


def _blocks(file: Path, chunk_bytes: int) -> Iterator[Block | Unreadable]:
    """A JSONL file as blocks of whole lines (positions only: the worker reads the bytes)."""
    try:
        for first_line, start, end in _cuts(file, chunk_bytes):
            yield Block(str(file), first_line, start, end)
    except OSError as exc:
        yield Unreadable(f"{file}: could not be read ({exc.strerror or exc}); check its permissions.", str(file))


def iter_units(path: str | os.PathLike[str], *, chunk_bytes: int = DEFAULT_CHUNK_BYTES,
               files_per_unit: int = FILES_PER_UNIT, shards: bool = False) -> Iterator[Unit]:
    """Cut a file, JSONL file, Parquet export or directory into units, in the order
    :func:`llmops_kit.io.iter_traces` reads them.

    With ``shards=True`` each JSONL or Parquet file is one unit that the worker reads (a distributed
    engine's way).
    """
    root = Path(path)
    if not root.exists():
        yield Unreadable(f"{path}: no such file or directory; check the path.", str(path))
        return
    files = trace_io._walk(root) if root.is_dir() else iter([root])
    group: list[str] = []
    for file in files:
        if isinstance(file, TraceLoadError):  # a folder that cannot be read is reported where io reports it
            if group:
                yield Files(tuple(group))
                group = []
            yield Unreadable(str(file), str(file.source))
            continue
        if file.suffix not in (".jsonl", ".parquet"):
            group.append(str(file))
            if len(group) >= files_per_unit:
                yield Files(tuple(group))
                group = []
            continue
        if group:
            yield Files(tuple(group))
            group = []
        if shards:
            yield Shard(str(file))
        elif file.suffix == ".parquet":
            yield from row_group_units(file, chunk_bytes)
        else:
            yield from _blocks(file, chunk_bytes)
    if group:
        yield Files(tuple(group))


# ---- the worker side -----------------------------------------------------------------------------------


def _block_records(
    file: str, first_line: int, data: bytes, fmt: str, bounds: Any, warnings: list[LoadWarning]
) -> Iterator[tuple[str, Trace | TraceLoadError]]:
    lines = data.split(b"\n")
    for offset, content in enumerate(lines):
        raw = content + b"\n" if offset < len(lines) - 1 else content  # as file iteration yields it
        if not raw.strip():
            continue
        where = f"{file}:{first_line + offset}"
        for item in parse_records(raw, where, fmt, bounds=bounds, on_warning=warnings.append):
            if isinstance(item, TraceLoadError) and item.line is None:
                item.line = first_line + offset  # as io's JSONL reader reports it
            yield file, item


def _unreadable(file: str, exc: OSError) -> TraceLoadError:
    return TraceLoadError(f"{file}: could not be read ({exc.strerror or exc}); check its permissions.", source=file)


def _records(
    unit: Block | Files | Shard | Rows, fmt: str, contract: Contract | None, warnings: list[LoadWarning]
) -> Iterator[tuple[str, Trace | TraceLoadError]]:
    """(source for the duplicate check, trace or error) in the order the single-process reader yields.

    Records are checked against the same plausibility bounds (``contract.plausibility``) as in one
    process; values kept with a warning are appended to ``warnings`` for the parent to report.
    """
    if isinstance(unit, Files):
        for file in unit.files:
            for item in trace_io.iter_traces(file, fmt=fmt, contract=contract, on_warning=warnings.append):
                yield file, item
        return
    bounds = (contract or load_contract()).plausibility
    if isinstance(unit, Rows) or unit.file.endswith(".parquet"):
        yield from parquet_records(unit.file, unit if isinstance(unit, Rows) else None, fmt, bounds, warnings)
        return
    try:
        if isinstance(unit, Block):
            yield from _block_records(unit.file, unit.first_line, unit.read(), fmt, bounds, warnings)
            return
        with open(unit.file, "rb") as handle:  # a JSONL shard: read block by block, never whole
            first_line = 1
            for data in iter(lambda: handle.read(DEFAULT_CHUNK_BYTES), b""):
                data += handle.readline()  # up to the end of the line the chunk stopped in
                yield from _block_records(unit.file, first_line, data, fmt, bounds, warnings)
                first_line += data.count(b"\n")
    except OSError as exc:
        yield unit.file, _unreadable(unit.file, exc)


def run_task(task: BatchTask, traces: list[Trace]) -> list[Any]:
    """``task(traces)`` as a list, checked to hold one result per trace."""
    results = list(task(traces)) if traces else []
    if len(results) != len(traces):
        raise LlmopsError(f"the batch task {task!r} returned {len(results)} result(s) for {len(traces)} trace(s); "
                          "a batch task must return one result per trace, in order.")
    return results


def run_unit(
    unit: Block | Files | Shard | Rows, task: BatchTask, fmt: str = "auto", contract: Contract | None = None
) -> list[Entry]:
    """Parse one unit and run ``task`` on its traces: one entry per record, in order (load warnings first)."""
    warnings: list[LoadWarning] = []
    records = list(_records(unit, fmt, contract, warnings))
    results = run_task(task, [item for _, item in records if isinstance(item, Trace)])
    out: list[Entry] = [("warning", w.message, w.source, w.field) for w in warnings]
    answers = iter(results)
    for source, item in records:
        if isinstance(item, TraceLoadError):
            out.append(("error", str(item), item.source, (item.field, item.line)))
        else:
            out.append(("ok", item.trace_id, next(answers), source))
    return out

"""Reading and writing trace files: one JSON file, a directory of them, or a JSONL stream.

Every failure becomes a :class:`TraceLoadError` whose message fits on one line and names the
file (and line, for JSONL), the field path and the bad value. Loading a directory or a JSONL file
never stops at a bad record: good traces come back together with the list of errors.

External formats (Langfuse, LangSmith, OpenTelemetry) plug in through :func:`register_format`;
the native format is always tried last. Parsing one document lives in :mod:`llmops_kit.parsing` and is
re-exported here; this module walks folders, reads files and JSONL lines under a size cap, and never lets
anything but a :class:`TraceLoadError` out for bad input (unreadable folders and files included).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .atomic import atomic_write
from .contract import Contract, Plausibility, load_contract
from .errors import TraceLoadError
from .parsing import (
    FormatConverter,
    FormatDetector,
    LoadWarning,
    known_formats,
    load_error_from,
    parse_json,
    parse_payload,
    parse_records,
    register_format,
)
from .traces import Trace

__all__ = [
    "DEFAULT_MAX_BYTES", "FormatConverter", "FormatDetector", "LoadResult", "LoadWarning", "iter_jsonl",
    "iter_traces", "known_formats", "load_error_from", "load_trace_record", "load_trace_records", "load_traces",
    "parse_json", "parse_payload", "parse_records", "register_format", "save_trace_record", "trace_to_json",
]

#: Files larger than this are refused with a clear error instead of exhausting memory.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

@dataclass
class LoadResult:
    """Traces that loaded, one error per file, line or trace that did not, and warnings on kept values."""

    traces: list[Trace] = field(default_factory=list)
    errors: list[TraceLoadError] = field(default_factory=list)
    warnings: list[LoadWarning] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def __iter__(self) -> Iterator[Trace]:
        return iter(self.traces)

    def __len__(self) -> int:
        return len(self.traces)


# ---- public API ----------------------------------------------------------------------------------


def _too_big(source: str, size: int, max_bytes: int, what: str = "") -> TraceLoadError:
    return TraceLoadError(
        f"{source}: {what}{size:,} bytes is over the {max_bytes:,}-byte limit; split the export or raise max_bytes.",
        source=source,
    )


def _read_file(path: Path, source: str, max_bytes: int) -> bytes:
    """The bytes of a regular file under the size cap; every refusal is a TraceLoadError."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            kind = "a directory; use load_traces() for directories" if stat.S_ISDIR(info.st_mode) else \
                "not a regular file (a pipe, socket or device); copy the traces into a file"
            raise TraceLoadError(f"{source}: is {kind}.", source=source)
        if info.st_size > max_bytes:
            raise _too_big(source, info.st_size, max_bytes)
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise TraceLoadError(f"{source}: no such file (or a link to nothing); check the path.", source=source) from exc
    except OSError as exc:
        raise TraceLoadError(f"{source}: could not be read ({exc.strerror or exc}); check its permissions.",
                             source=source) from exc


def load_trace_records(
    filepath: str | os.PathLike[str], *, fmt: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
    contract: Contract | None = None,
) -> list[Trace]:
    """Load every trace one JSON file holds (native files hold one; some exports hold several)."""
    source = str(filepath)
    raw = _read_file(Path(filepath), source, max_bytes)
    traces: list[Trace] = []
    for item in parse_records(raw, source, fmt, bounds=_bounds(contract)):
        if isinstance(item, TraceLoadError):
            raise item
        traces.append(item)
    return traces


def _bounds(contract: Contract | None) -> Plausibility:
    return (contract if contract is not None else load_contract()).plausibility


def load_trace_record(filepath: str | os.PathLike[str], *, fmt: str = "auto") -> Trace:
    """Load one trace from a JSON file (the brief's ``load_trace_record``)."""
    traces = load_trace_records(filepath, fmt=fmt)
    if len(traces) != 1:
        raise TraceLoadError(
            f"{filepath}: holds {len(traces)} traces; use load_traces() to read all of them.",
            source=str(filepath),
        )
    return traces[0]


def trace_to_json(trace: Trace) -> str:
    """The native JSON text of a trace (unknown fields included, unset optionals dropped)."""
    return trace.model_dump_json(indent=2, exclude_none=True, by_alias=True)


def save_trace_record(trace: Trace, filepath: str | os.PathLike[str]) -> Path:
    """Write a trace as native JSON atomically: a crash never leaves a half-written file."""
    return atomic_write(filepath, trace_to_json(trace) + "\n")


def _skip_rest_of_line(handle: Any) -> None:
    while True:
        chunk = handle.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _pretty_printed(handle: Any, max_bytes: int) -> bool:
    """A JSONL file whose first record does not parse, whose text starts with a JSON document spanning
    several lines, and with no one-line record after it: pretty-printed JSON. A JSONL file whose first
    record was merely split by a stray newline still has one-line records after it, and those must load."""
    position = handle.tell()
    try:
        handle.seek(0)
        whole = handle.read(max_bytes + 1)
        if len(whole) > max_bytes:
            return False
        text = whole.decode("utf-8", errors="replace")
        start = len(text) - len(text.lstrip())
        _, end = json.JSONDecoder().raw_decode(text, start)
        return "\n" in text[start:end] and not any(_one_line_record(line) for line in text[end:].splitlines())
    except (ValueError, RecursionError, OSError):
        return False
    finally:
        handle.seek(position)


def _one_line_record(line: str) -> bool:
    """A line holding a whole non-empty JSON object (pretty-printers never put one on a line of its own)."""
    stripped = line.strip()
    if not (stripped.startswith("{") and stripped.endswith("}")) or stripped == "{}":
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except (ValueError, RecursionError):
        return False


def iter_jsonl(
    filepath: str | os.PathLike[str], *, fmt: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
    contract: Contract | None = None, on_warning: Callable[[LoadWarning], None] | None = None,
) -> Iterator[Trace | TraceLoadError]:
    """Stream a JSONL file line by line; yields traces and, for bad lines, the error instead.

    A line gets the same size cap as a file (it is never read whole past it). A file whose first
    record is the start of a pretty-printed JSON document gives one error, not one per line.
    """
    source = str(filepath)
    bounds = _bounds(contract)
    with open(filepath, "rb") as handle:
        lineno = 0
        seen_record = False
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                return
            lineno += 1
            where = f"{source}:{lineno}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                _skip_rest_of_line(handle)
                error = _too_big(where, len(raw), max_bytes, "this line is over ")
                error.line = lineno
                yield error
                seen_record = True
                continue
            if not raw.strip():
                continue
            items = parse_records(raw, where, fmt, bounds=bounds, on_warning=on_warning)
            if not seen_record and isinstance(items[0], TraceLoadError) and "invalid JSON" in str(items[0]) \
                    and _pretty_printed(handle, max_bytes):
                yield TraceLoadError(
                    f"{source}: holds one pretty-printed JSON document, not one JSON document per line; "
                    "rename it to .json, or write one trace per line (e.g. jq -c).", source=source, line=1)
                return
            seen_record = True
            for item in items:
                if isinstance(item, TraceLoadError):
                    item.line = lineno
                yield item


def _is_trace_file(name: str) -> bool:
    return name.endswith((".json", ".jsonl", ".parquet"))


def _walk(directory: Path) -> Iterator[Path | TraceLoadError]:
    """Trace files below ``directory`` in sorted order; a folder that cannot be listed is an error, not a gap.

    Links to folders are followed once (a link loop is reported, not walked forever).
    """
    seen: set[tuple[int, int]] = set()
    stack = [directory]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
            key = (info.st_dev, info.st_ino)
            if key in seen:
                yield TraceLoadError(f"{folder}: a link back to a folder already read; skipped.", source=str(folder))
                continue
            seen.add(key)
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            yield TraceLoadError(
                f"{folder}: folder could not be read ({exc.strerror or exc}); the traces in it were skipped, "
                "check its permissions.", source=str(folder))
            continue
        subfolders = []
        for entry in listed:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(Path(entry.path))
            elif _is_trace_file(entry.name):
                yield Path(entry.path)
        stack.extend(reversed(subfolders))


def _iter_sourced(
    path: str | os.PathLike[str], fmt: str, contract: Contract | None,
    on_warning: Callable[[LoadWarning], None] | None,
) -> Iterator[tuple[str, Trace | TraceLoadError]]:
    root = Path(path)
    if not root.exists():
        yield str(path), TraceLoadError(f"{path}: no such file or directory; check the path.", source=str(path))
        return
    bounds = _bounds(contract)
    files: Iterator[Path | TraceLoadError] = _walk(root) if root.is_dir() else iter([root])
    for file in files:
        if isinstance(file, TraceLoadError):
            yield str(file.source), file
            continue
        if file.suffix == ".parquet":  # an export of traces, one per row (llmops_kit.trace_parquet)
            from .trace_parquet import iter_parquet_traces

            for number, item in enumerate(iter_parquet_traces(file, fmt=fmt, contract=contract,
                                                              on_warning=on_warning), start=1):
                yield f"{file} (record {number})", item
            continue
        if file.suffix == ".jsonl":
            try:
                for lineno, item in enumerate(iter_jsonl(file, fmt=fmt, contract=contract, on_warning=on_warning),
                                              start=1):
                    yield f"{file} (record {lineno})", item
            except OSError as exc:
                yield str(file), TraceLoadError(
                    f"{file}: could not be read ({exc.strerror or exc}); check its permissions.", source=str(file)
                )
            except Exception as exc:
                yield str(file), load_error_from(exc, str(file), "stopped reading")
            continue
        try:
            raw = _read_file(file, str(file), DEFAULT_MAX_BYTES)
        except TraceLoadError as exc:
            yield str(file), exc
            continue
        for item in parse_records(raw, str(file), fmt, bounds=bounds, on_warning=on_warning):
            yield str(file), item


def iter_traces(
    path: str | os.PathLike[str], *, fmt: str = "auto", unique: bool = False, contract: Contract | None = None,
    on_warning: Callable[[LoadWarning], None] | None = None,
) -> Iterator[Trace | TraceLoadError]:
    """Stream traces (or per-record errors) from a file, a JSONL file or a directory tree.

    Nothing but :class:`TraceLoadError` items comes out for bad input: unreadable folders and files,
    over-size files and lines, invalid or implausible records (``contract.plausibility``). With
    ``unique=True`` a trace id seen before is yielded as an error instead of the trace (the first copy
    wins); only ids and their sources are remembered, never the traces. ``on_warning`` receives values
    that were kept but cannot be used as recorded (relevance scores on another scale).
    """
    first_seen: dict[str, str] = {}
    for source, item in _iter_sourced(path, fmt, contract, on_warning):
        if unique and isinstance(item, Trace):
            if item.trace_id in first_seen:
                yield TraceLoadError(
                    f"{source}: duplicate trace id {item.trace_id!r}, already loaded from "
                    f"{first_seen[item.trace_id]}; this copy was skipped.",
                    source=source,
                    field="trace_id",
                )
                continue
            first_seen[item.trace_id] = source
        yield item


def load_traces(path: str | os.PathLike[str], *, fmt: str = "auto", contract: Contract | None = None) -> LoadResult:
    """Load a directory, a JSONL file or one file; bad records are reported, the rest load.

    A trace id seen twice is reported as an error on the later record; the first one is kept.
    """
    result = LoadResult()
    for item in iter_traces(path, fmt=fmt, unique=True, contract=contract, on_warning=result.warnings.append):
        if isinstance(item, TraceLoadError):
            result.errors.append(item)
        else:
            result.traces.append(item)
    return result

"""Reading and writing trace files: one JSON file, a directory of them, or a JSONL stream.

Every failure becomes a :class:`TraceLoadError` whose message fits on one line and names the
file (and line, for JSONL), the field path and the bad value. Loading a directory or a JSONL file
never stops at a bad record: good traces come back together with the list of errors.

External formats (Langfuse, LangSmith, OpenTelemetry) plug in through :func:`register_format`;
the native format is always tried last.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .atomic import atomic_write
from .errors import TraceLoadError
from .traces import Trace

#: Files larger than this are refused with a clear error instead of exhausting memory.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024

#: A format adapter: ``detect(payload) -> bool`` and ``convert(payload, source) -> list[Trace]``.
FormatDetector = Callable[[Any], bool]
FormatConverter = Callable[[Any, str], "list[Trace]"]


@dataclass(frozen=True)
class _Format:
    name: str
    detect: FormatDetector
    convert: FormatConverter


_FORMATS: list[_Format] = []


def register_format(name: str, detect: FormatDetector, convert: FormatConverter) -> None:
    """Register an importer; formats are tried in registration order before the native one.

    ``detect`` must recognise its format by at least one top-level field the native trace does not
    define: a payload that validates as a native trace with no such field is read as native without
    asking the detectors (see :func:`parse_json`).
    """
    _FORMATS[:] = [f for f in _FORMATS if f.name != name]
    _FORMATS.append(_Format(name, detect, convert))


def known_formats() -> list[str]:
    return [f.name for f in _FORMATS] + ["native"]


@dataclass
class LoadResult:
    """Traces that loaded, and one error per file or line that did not."""

    traces: list[Trace] = field(default_factory=list)
    errors: list[TraceLoadError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def __iter__(self) -> Iterator[Trace]:
        return iter(self.traces)

    def __len__(self) -> int:
        return len(self.traces)


# ---- parsing -----------------------------------------------------------------------------------


def _describe_value(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _validation_message(exc: ValidationError, source: str) -> tuple[str, str]:
    """One line from the first pydantic error: source, dotted field path, problem, bad value."""
    first = exc.errors(include_url=False)[0]
    path = ".".join(str(p) for p in first["loc"]) or "(top level)"
    msg = first["msg"]
    extra = "" if first["type"] in ("missing", "value_error") else f" (got {_describe_value(first.get('input'))})"
    more = len(exc.errors()) - 1
    tail = f"; {more} more problem(s) in this record" if more > 0 else ""
    return f"{source}: {path}: {msg}{extra}{tail}. Fix that field and load again.", path


def parse_payload(payload: Any, source: str, fmt: str = "auto") -> list[Trace]:
    """Turn decoded JSON into traces, choosing the format by shape unless ``fmt`` names one."""
    if fmt not in ("auto", *known_formats()):
        raise TraceLoadError(
            f"{source}: unknown format {fmt!r}; use one of: auto, {', '.join(known_formats())}.",
            source=source,
        )
    for adapter in _FORMATS:
        if fmt == adapter.name or (fmt == "auto" and adapter.detect(payload)):
            try:
                return adapter.convert(payload, source)
            except TraceLoadError as exc:
                if exc.source is not None:
                    raise
                raise TraceLoadError(f"{source}: {exc}", source=source, field=exc.field) from exc
            except (ValueError, TypeError, KeyError) as exc:
                raise TraceLoadError(
                    f"{source}: looks like a {adapter.name} export but could not be mapped: {exc}",
                    source=source,
                ) from exc
    if not isinstance(payload, dict):
        kind = type(payload).__name__
        raise TraceLoadError(
            f"{source}: expected a JSON object for one trace, found a JSON {kind}; "
            "put one trace per file (or one per line in a .jsonl file).",
            source=source,
        )
    try:
        return [Trace.model_validate(payload)]
    except ValidationError as exc:
        message, path = _validation_message(exc, source)
        raise TraceLoadError(message, source=source, field=path) from exc


def parse_json(raw: bytes | str, source: str, fmt: str = "auto") -> list[Trace]:
    """Traces from the text of one JSON document (a file's bytes or one JSONL line).

    A native trace is validated straight from the bytes by pydantic's JSON parser, about twice as
    fast as decoding to Python objects first. That shortcut is taken only when the result is surely
    native: ``fmt="native"``, or a payload with no top-level field beyond the native ones (every
    importer recognises its format by fields the native format does not have). Anything else, and
    every error, goes through :func:`parse_payload`, so formats are detected and errors are worded
    exactly as they always are.
    """
    if fmt in ("auto", "native"):
        try:
            trace = Trace.model_validate_json(raw)
        except ValidationError:
            pass  # not native, or broken: the general path below says precisely what is wrong
        else:
            if fmt == "native" or not trace.model_extra:
                return [trace]
    payload = _decode_json(raw.encode("utf-8") if isinstance(raw, str) else raw, source)
    return parse_payload(payload, source, fmt)


def _decode_json(raw: bytes, source: str) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TraceLoadError(
            f"{source}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "re-export the trace as UTF-8 JSON.",
            source=source,
        ) from exc
    if not text.strip():
        raise TraceLoadError(f"{source}: the file is empty; expected one JSON trace.", source=source)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise TraceLoadError(
            f"{source}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg} "
            "(a truncated or hand-edited file?).",
            source=source,
        ) from exc
    except RecursionError as exc:
        raise TraceLoadError(
            f"{source}: JSON nested too deeply to be a trace (over the interpreter's recursion limit); "
            "check the exporter.",
            source=source,
        ) from exc


# ---- public API ----------------------------------------------------------------------------------


def load_trace_records(
    filepath: str | os.PathLike[str], *, fmt: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Trace]:
    """Load every trace one JSON file holds (native files hold one; some exports hold several)."""
    path = Path(filepath)
    source = str(filepath)
    if not path.exists():
        raise TraceLoadError(f"{source}: no such file; check the path.", source=source)
    if path.is_dir():
        raise TraceLoadError(f"{source}: is a directory; use load_traces() for directories.", source=source)
    size = path.stat().st_size
    if size > max_bytes:
        raise TraceLoadError(
            f"{source}: {size:,} bytes is over the {max_bytes:,}-byte limit; "
            "split the export or raise max_bytes.",
            source=source,
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TraceLoadError(f"{source}: could not be read ({exc.strerror or exc}); check its permissions.",
                             source=source) from exc
    return parse_json(raw, source, fmt)


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


def iter_jsonl(filepath: str | os.PathLike[str], *, fmt: str = "auto") -> Iterator[Trace | TraceLoadError]:
    """Stream a JSONL file line by line; yields traces and, for bad lines, the error instead."""
    source = str(filepath)
    with open(filepath, "rb") as handle:
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{source}:{lineno}"
            try:
                yield from parse_json(raw, where, fmt)
            except TraceLoadError as exc:
                yield exc


def _trace_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix in (".json", ".jsonl"))


def _iter_sourced(path: str | os.PathLike[str], fmt: str) -> Iterator[tuple[str, Trace | TraceLoadError]]:
    root = Path(path)
    if not root.exists():
        yield str(path), TraceLoadError(f"{path}: no such file or directory; check the path.", source=str(path))
        return
    files = _trace_files(root) if root.is_dir() else [root]
    for file in files:
        if file.suffix == ".jsonl":
            try:
                for lineno, item in enumerate(iter_jsonl(file, fmt=fmt), start=1):
                    yield f"{file} (record {lineno})", item
            except OSError as exc:
                yield str(file), TraceLoadError(
                    f"{file}: could not be read ({exc.strerror or exc}); check its permissions.", source=str(file)
                )
            continue
        try:
            for trace in load_trace_records(file, fmt=fmt):
                yield str(file), trace
        except TraceLoadError as exc:
            yield str(file), exc


def iter_traces(
    path: str | os.PathLike[str], *, fmt: str = "auto", unique: bool = False
) -> Iterator[Trace | TraceLoadError]:
    """Stream traces (or per-record errors) from a file, a JSONL file or a directory tree.

    With ``unique=True`` a trace id seen before is yielded as an error instead of the trace (the
    first copy wins); only ids and their sources are remembered, never the traces.
    """
    first_seen: dict[str, str] = {}
    for source, item in _iter_sourced(path, fmt):
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


def load_traces(path: str | os.PathLike[str], *, fmt: str = "auto") -> LoadResult:
    """Load a directory, a JSONL file or one file; bad records are reported, the rest load.

    A trace id seen twice is reported as an error on the later record; the first one is kept.
    """
    result = LoadResult()
    for item in iter_traces(path, fmt=fmt, unique=True):
        if isinstance(item, TraceLoadError):
            result.errors.append(item)
        else:
            result.traces.append(item)
    return result

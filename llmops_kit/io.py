"""Reading and writing trace files: one JSON file, a directory of them, or a JSONL stream.

Every failure becomes a :class:`TraceLoadError` whose message fits on one line and names the
file (and line, for JSONL), the field path and the bad value. Loading a directory or a JSONL file
never stops at a bad record: good traces come back together with the list of errors.

External formats (Langfuse, LangSmith, OpenTelemetry) plug in through :func:`register_format`;
the native format is always tried last.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .contract import Contract, Plausibility, load_contract
from .errors import TraceLoadError
from .plausibility import implausible_values, off_scale_scores
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


@dataclass(frozen=True)
class LoadWarning:
    """A value kept as recorded but not usable as-is (e.g. a relevance score on a BM25 scale)."""

    source: str
    field: str
    message: str

    def __str__(self) -> str:
        return self.message

    def as_dict(self) -> dict[str, str]:
        return {"source": self.source, "field": self.field, "message": self.message}


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


# ---- parsing -----------------------------------------------------------------------------------

#: Text that may hide a non-finite number: NaN / Infinity literals (Python's json accepts them) or a float
#: literal too large for a double (1e400 decodes to inf). Strings holding such text only cost the slow path.
_MAYBE_NONFINITE = re.compile(rb"NaN|Infinity|[0-9][eE]\+?[0-9]{3}|[0-9]{309}")


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


def _unexpected(exc: BaseException, source: str, what: str = "could not be loaded") -> TraceLoadError:
    """Any exception the loader did not foresee, as the one error type loading raises."""
    detail = " ".join(str(exc).split())[:200]
    return TraceLoadError(
        f"{source}: {what}: {type(exc).__name__}: {detail or 'no detail'}. The record is skipped; "
        "check it against docs/trace_formats.md (and report the message if the record looks valid).",
        source=source,
    )


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
            except RecursionError as exc:
                raise TraceLoadError(f"{source}: the {adapter.name} export is nested too deeply to map; "
                                     "check the exporter.", source=source) from exc
            except Exception as exc:  # every failure of an importer is a load error, never a crash
                raise TraceLoadError(
                    f"{source}: looks like a {adapter.name} export but could not be mapped: "
                    f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}",
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


def _parse_unchecked(raw: bytes | str, source: str, fmt: str) -> list[Trace]:
    """The traces in one JSON document, before the plausibility check (see :func:`parse_json`)."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    if fmt in ("auto", "native") and not _MAYBE_NONFINITE.search(data):
        try:
            trace = Trace.model_validate_json(data)
        except ValidationError:
            pass  # not native, or broken: the general path below says precisely what is wrong
        else:
            if fmt == "native" or not trace.model_extra:
                return [trace]
    payload = _decode_json(data, source)
    return parse_payload(payload, source, fmt)


def parse_records(
    raw: bytes | str, source: str, fmt: str = "auto", *, bounds: Plausibility | None = None,
    on_warning: Callable[[LoadWarning], None] | None = None,
) -> list[Trace | TraceLoadError]:
    """Every trace in one JSON document, or per trace the error that rejected it; never raises.

    A file holding several traces (an OTLP or LangSmith export) loses only the implausible ones.
    """
    try:
        traces = _parse_unchecked(raw, source, fmt)
    except TraceLoadError as exc:
        return [exc]
    except RecursionError:
        return [TraceLoadError(f"{source}: nested too deeply to be a trace; check the exporter.", source=source)]
    except Exception as exc:  # loading raises only TraceLoadError, whatever the input
        return [_unexpected(exc, source)]
    limits = bounds if bounds is not None else load_contract().plausibility
    out: list[Trace | TraceLoadError] = []
    for trace in traces:
        try:
            problems = list(implausible_values(trace, limits))
            scales = list(off_scale_scores(trace)) if on_warning is not None else []
        except Exception as exc:
            out.append(_unexpected(exc, source, f"trace {trace.trace_id!r} could not be checked"))
            continue
        if problems:
            field, what = problems[0]
            more = f" ({len(problems) - 1} more implausible value(s))" if len(problems) > 1 else ""
            out.append(TraceLoadError(
                f"{source}: trace {trace.trace_id!r}: {field}: {what}{more}. Fix the exporter or the clock, "
                "or widen contract.plausibility if such values are real.", source=source, field=field))
            continue
        for field, value, count in scales:
            on_warning(LoadWarning(source, field, (  # type: ignore[misc]
                f"{source}: trace {trace.trace_id!r}: {field}: relevance score {_describe_value(value)} is outside "
                f"[0, 1] (a BM25, dot-product or distance scale?); the span's {count} score(s) are kept as "
                "metadata.raw_score and the relevance check reports not evaluable for this trace.")))
        out.append(trace)
    return out


def parse_json(raw: bytes | str, source: str, fmt: str = "auto") -> list[Trace]:
    """Traces from the text of one JSON document (a file's bytes or one JSONL line).

    A native trace is validated straight from the bytes by pydantic's JSON parser, about twice as
    fast as decoding to Python objects first. That shortcut is taken only when the result is surely
    native: ``fmt="native"``, or a payload with no top-level field beyond the native ones (every
    importer recognises its format by fields the native format does not have), and only when the text
    cannot hide a non-finite number. Anything else, and every error, goes through
    :func:`parse_payload`, so formats are detected and errors are worded exactly as they always are.
    Raises :class:`TraceLoadError` (only) for the first trace that does not load or is implausible.
    """
    traces: list[Trace] = []
    for item in parse_records(raw, source, fmt):
        if isinstance(item, TraceLoadError):
            raise item
        traces.append(item)
    return traces


def _first_nonfinite(payload: Any) -> tuple[str, Any] | None:
    """The dotted path and value of the first NaN or infinite number in decoded JSON (iterative: no recursion)."""
    stack: list[tuple[str, Any]] = [("", payload)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            return path or "(top level)", value
        if isinstance(value, dict):
            stack.extend((f"{path}.{key}" if path else str(key), inner) for key, inner in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{path}.{i}" if path else str(i), inner) for i, inner in reversed(list(enumerate(value))))
    return None


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
        payload = json.loads(text)
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
    if _MAYBE_NONFINITE.search(raw):
        found = _first_nonfinite(payload)
        if found is not None:
            path, value = found
            raise TraceLoadError(
                f"{source}: {path}: {value!r} is not a finite number (NaN, Infinity or a literal too large for "
                "a double); JSON numbers must be finite, fix the exporter.",
                source=source, field=path,
            )
    return payload


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
    path = Path(filepath)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(trace_to_json(trace))
            handle.write("\n")
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; a saved trace is an ordinary shared file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


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
    return name.endswith((".json", ".jsonl"))


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
                yield str(file), _unexpected(exc, str(file), "stopped reading")
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

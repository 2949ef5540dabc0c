"""Parsing one JSON document into traces: format detection, validation, non-finite numbers, plausibility.

:mod:`llmops_kit.io` reads files, folders and JSONL streams and hands each document (a file's bytes or
one JSONL line) to :func:`parse_records`, which never raises: every failure, whatever its cause, comes
back as a one-line :class:`TraceLoadError` naming the source and, when known, the field. External formats
(Langfuse, LangSmith, OpenTelemetry) plug in through :func:`register_format`; the native format is tried
last. Everything here is re-exported by :mod:`llmops_kit.io`, its public home.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from .contract import Plausibility, load_contract
from .errors import TraceLoadError
from .plausibility import implausible_values, nonfinite_values, off_scale_scores
from .traces import Trace

#: A format adapter: ``detect(payload) -> bool`` and ``convert(payload, source) -> list[Trace]``.
FormatDetector = Callable[[Any], bool]
FormatConverter = Callable[[Any, str], "list[Trace]"]


@dataclass(frozen=True)
class _Format:
    name: str
    detect: FormatDetector
    convert: FormatConverter


FORMATS: list[_Format] = []


def register_format(name: str, detect: FormatDetector, convert: FormatConverter) -> None:
    """Register an importer; formats are tried in registration order before the native one.

    ``detect`` must recognise its format by at least one top-level field the native trace does not
    define: a payload that validates as a native trace with no such field is read as native without
    asking the detectors (see :func:`parse_json`).
    """
    FORMATS[:] = [f for f in FORMATS if f.name != name]
    FORMATS.append(_Format(name, detect, convert))


def known_formats() -> list[str]:
    return [f.name for f in FORMATS] + ["native"]


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


def load_error_from(exc: BaseException, source: str, what: str = "could not be loaded") -> TraceLoadError:
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
    for adapter in FORMATS:
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
                    f"{source}: {adapter.name} export could not be mapped: "
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
    if fmt in ("auto", "native"):
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
        return [load_error_from(exc, source)]
    limits = bounds if bounds is not None else load_contract().plausibility
    out: list[Trace | TraceLoadError] = []
    for trace in traces:
        try:
            problems = list(nonfinite_values(trace)) or implausible_values(trace, limits)
            scales = list(off_scale_scores(trace)) if on_warning is not None else []
        except Exception as exc:
            out.append(load_error_from(exc, source, f"trace {trace.trace_id!r} could not be checked"))
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
    importer recognises its format by fields the native format does not have). Anything else, and every
    error, goes through :func:`parse_payload`, so formats are detected and errors are worded exactly as they always are.
    Raises :class:`TraceLoadError` (only) for the first trace that does not load or is implausible.
    """
    traces: list[Trace] = []
    for item in parse_records(raw, source, fmt):
        if isinstance(item, TraceLoadError):
            raise item
        traces.append(item)
    return traces


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
    return payload

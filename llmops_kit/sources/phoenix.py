"""Traces pulled from an Arize Phoenix project, mapped through the OpenInference importer.

Phoenix answers ``GET /v1/projects/{project}/spans`` with spans whose ``attributes`` are one flat
dict of dotted keys (Phoenix unfolds JSON-valued attributes such as ``metadata`` or
``llm.prompt_template.variables`` into ``metadata.prompt_name`` ...). Each span is re-spelled as an
OTLP/JSON span (ids, nanosecond times, status, events, ``openinference.span.kind``, the unfolded
attributes folded back into JSON) and a trace's spans go through :func:`llmops_kit.importers.from_otlp`
together, so a trace pulled from Phoenix maps exactly as the same spans exported to a file would.

Paging: root spans (``parent_id=null``) of the window are read page by page with Phoenix's cursor;
for each page every span of those traces is fetched by trace id. Only one page of traces is held at a
time, so a large project streams. A trace that cannot be mapped is yielded as a
:class:`~llmops_kit.errors.TraceLoadError` naming the source and the trace, like a bad file in a
directory; the rest still load. Talks to Phoenix's REST API with ``httpx2`` (no extra needed to read).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx2

from ..contract import Contract
from ..errors import LlmopsError, TraceLoadError
from ..io import LoadResult, trace_to_json
from ..traces import Trace
from .spec import PhoenixSource, SourceError

INSTALL_HINT = "the server comes with the phoenix extra: pip install 'llmops_kit[phoenix]'"
#: Attributes Phoenix stores as nested JSON and returns unfolded; folded back into one JSON string each.
JSON_ATTRIBUTES = ("metadata", "llm.prompt_template.variables", "llm.invocation_parameters")
_DOC_JSON = ("document.metadata",)
#: Traces per page, and trace ids per span request (keeps the query string short).
PAGE_SIZE = 500
IDS_PER_REQUEST = 100
_STATUS = {"OK": "STATUS_CODE_OK", "ERROR": "STATUS_CODE_ERROR", "UNSET": "STATUS_CODE_UNSET"}
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def phoenix_client(url: str, *, timeout: float = 30.0) -> httpx2.Client:
    """An HTTP client for Phoenix's REST API at ``url`` (sends ``PHOENIX_API_KEY`` as a bearer token if set).

    Phoenix's documented REST API (``/v1/projects/{project}/spans``, ``/v1/span_annotations``) is called
    with the project's own HTTP library rather than ``phoenix.client``: importing that package runs the
    ``phoenix`` package's ``__init__``, which, with the server installed, imports the whole server (tens
    of seconds). So reading and annotating need no extra at all.
    """
    key = os.environ.get("PHOENIX_API_KEY")
    headers = {"authorization": f"Bearer {key}"} if key else {}
    return httpx2.Client(base_url=url.rstrip("/") + "/", timeout=timeout, headers=headers)


def translate(exc: Exception, source: PhoenixSource) -> LlmopsError:
    """One place where the HTTP client's errors become SourceErrors that say what to do."""
    if isinstance(exc, LlmopsError):
        return exc
    if isinstance(exc, httpx2.HTTPStatusError):
        status = exc.response.status_code
        if status == 404:
            return SourceError(f"{source.uri}: Phoenix at {source.url} has no project {source.project!r} "
                               "(HTTP 404); check the name in the Phoenix UI or send a trace to create it.")
        if status in (401, 403):
            return SourceError(f"{source.uri}: Phoenix refused the request (HTTP {status}); set PHOENIX_API_KEY.")
        return SourceError(f"{source.uri}: Phoenix answered HTTP {status}: {exc.response.text[:200]}")
    if isinstance(exc, httpx2.TransportError):
        return SourceError(f"{source.uri}: could not reach Phoenix at {source.url} ({type(exc).__name__}: {exc}); "
                           f"check that Phoenix is running (`phoenix serve`; {INSTALL_HINT}) and the URL and port "
                           "are right.")
    return SourceError(f"{source.uri}: reading from Phoenix failed ({type(exc).__name__}: {exc}).")


# ---- mapping: a Phoenix span as an OTLP/JSON span ----------------------------------------------------


def _nanos(text: str) -> str:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    delta = moment - _EPOCH
    return str((delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1_000)


def _nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in flat.items():
        node = out
        parts = key.split(".")
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node[parts[-1]] = value
    return out


def fold_attributes(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """Phoenix's unfolded JSON attributes folded back into one JSON string each (as the app recorded them)."""
    out = dict(attrs)
    prefixes = list(JSON_ATTRIBUTES)
    prefixes += sorted({k.split(".document.")[0] + f".{d}" for k in attrs for d in _DOC_JSON
                        if f".{d}." in k and k.startswith(("retrieval.documents.", "reranker."))})
    for prefix in prefixes:
        inner = {k[len(prefix) + 1:]: v for k, v in out.items() if k.startswith(prefix + ".")}
        if not inner or prefix in out:
            continue
        for key in inner:
            del out[f"{prefix}.{key}"]
        out[prefix] = json.dumps(_nest(inner), sort_keys=True)
    return out


def _value(value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    if isinstance(value, float):
        return {"doubleValue": value}
    if isinstance(value, list):
        return {"arrayValue": {"values": [_value(v) for v in value]}}
    if isinstance(value, dict):
        return {"stringValue": json.dumps(value, sort_keys=True)}
    return {"stringValue": "" if value is None else str(value)}


def _attributes(attrs: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [{"key": k, "value": _value(v)} for k, v in attrs.items()]


def otlp_span(span: Mapping[str, Any]) -> dict[str, Any]:
    """One Phoenix ``v1.Span`` dict as an OTLP/JSON span."""
    attrs = fold_attributes(span.get("attributes") or {})
    if span.get("span_kind"):
        attrs.setdefault("openinference.span.kind", str(span["span_kind"]))
    out: dict[str, Any] = {
        "traceId": span["context"]["trace_id"], "spanId": span["context"]["span_id"],
        "name": span.get("name") or "", "startTimeUnixNano": _nanos(span["start_time"]),
        "endTimeUnixNano": _nanos(span.get("end_time") or span["start_time"]),
        "attributes": _attributes(attrs),
        "status": {"code": _STATUS.get(str(span.get("status_code") or "UNSET").upper(), "STATUS_CODE_UNSET"),
                   "message": span.get("status_message") or ""},
        "events": [{"name": e.get("name"), "timeUnixNano": _nanos(e["timestamp"]),
                    "attributes": _attributes(e.get("attributes") or {})} for e in span.get("events") or []],
    }
    if span.get("parent_id"):
        out["parentSpanId"] = span["parent_id"]
    return out


def spans_to_traces(
    spans: Iterable[Mapping[str, Any]], source: PhoenixSource | str, *, contract: Contract | None = None,
) -> Iterator[Trace | TraceLoadError]:
    """Group Phoenix spans by trace and map each trace; a trace that does not map is yielded as its error."""
    from ..importers.otel import from_otlp

    where = source.uri if isinstance(source, PhoenixSource) else str(source)
    by_trace: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for span in spans:
        by_trace[span["context"]["trace_id"]].append(span)
    for trace_id, group in by_trace.items():
        label = f"{where} trace {trace_id}"
        try:
            payload = {"resourceSpans": [{"resource": {"attributes": []},
                                          "scopeSpans": [{"scope": {"name": "phoenix"},
                                                          "spans": [otlp_span(s) for s in group]}]}]}
            traces = from_otlp(payload, label, contract=contract)
        except TraceLoadError as exc:
            yield exc
            continue
        except (KeyError, ValueError, TypeError) as exc:
            yield TraceLoadError(f"{label}: a Phoenix span could not be read ({type(exc).__name__}: {exc}); "
                                 "the trace was skipped.", source=label)
            continue
        yield from traces


# ---- pulling -----------------------------------------------------------------------------------------


def _get_spans(http: Any, project: str, params: dict[str, Any]) -> tuple[list[dict[str, Any]], str | None]:
    response = http.get(f"v1/projects/{project}/spans", params=params, headers={"accept": "application/json"})
    response.raise_for_status()
    payload = response.json()
    return list(payload.get("data") or []), payload.get("next_cursor")


def iter_root_pages(source: PhoenixSource, http: Any, *, now: datetime, page_size: int = PAGE_SIZE
                    ) -> Iterator[list[dict[str, Any]]]:
    """Root spans of the window, one page at a time (Phoenix's cursor order)."""
    start, end = source.window(now)
    params: dict[str, Any] = {"parent_id": "null", "limit": page_size}
    if start is not None:
        params["start_time"] = start.isoformat()
    if end is not None:
        params["end_time"] = end.isoformat()
    cursor: str | None = None
    while True:
        page, cursor = _get_spans(http, source.project, params | ({"cursor": cursor} if cursor else {}))
        if page:
            yield page
        if not cursor or not page:
            return


def _trace_spans(http: Any, project: str, trace_ids: list[str]) -> list[dict[str, Any]]:
    spans: list[dict[str, Any]] = []
    for i in range(0, len(trace_ids), IDS_PER_REQUEST):
        params: dict[str, Any] = {"trace_id": trace_ids[i:i + IDS_PER_REQUEST], "limit": 1000}
        cursor: str | None = None
        while True:
            page, cursor = _get_spans(http, project, params | ({"cursor": cursor} if cursor else {}))
            spans.extend(page)
            if not cursor or not page:
                break
    return spans


def iter_phoenix(
    source: PhoenixSource, *, client: Any = None, contract: Contract | None = None, now: datetime | None = None,
    page_size: int = PAGE_SIZE, on_page: Callable[[list[dict[str, Any]]], None] | None = None,
) -> Iterator[Trace | TraceLoadError]:
    """Stream the traces of a Phoenix window (or a TraceLoadError per trace that does not map).

    ``client`` is an HTTP client from :func:`phoenix_client` (default: a new one); ``now`` anchors ``since``
    (default: the current UTC time, read once); ``on_page`` sees every page of spans (tests, benchmarks).
    Connection and HTTP errors are raised as :class:`SourceError`.
    """
    http = client if client is not None else phoenix_client(source.url)
    moment = now or datetime.now(timezone.utc)
    roots = iter([[{"context": {"trace_id": source.trace_id}}]]) if source.trace_id else \
        iter_root_pages(source, http, now=moment, page_size=page_size)
    try:
        while True:
            try:
                page = next(roots, None)
                if page is None:
                    return
                ids = list(dict.fromkeys(s["context"]["trace_id"] for s in page))
                spans = _trace_spans(http, source.project, ids)
            except Exception as exc:  # translated in one place, re-raised with the cause
                raise translate(exc, source) from exc
            if on_page is not None:
                on_page(spans)
            yield from spans_to_traces(spans, source, contract=contract)
    finally:
        if client is None:  # ours: close its connections
            http.close()


def pull_phoenix(
    source: PhoenixSource, *, client: Any = None, contract: Contract | None = None, now: datetime | None = None,
    page_size: int = PAGE_SIZE,
) -> LoadResult:
    """Every trace of a Phoenix window as a :class:`LoadResult` (traces, and one error per bad trace)."""
    result = LoadResult()
    for item in iter_phoenix(source, client=client, contract=contract, now=now, page_size=page_size):
        (result.errors if isinstance(item, TraceLoadError) else result.traces).append(item)
    return result


def write_traces(traces: Iterable[Trace], out: str | Path) -> tuple[Path, int]:
    """Write traces to a ``.jsonl`` file (one per line) or a directory (one ``<trace_id>.json`` each)."""
    path = Path(out)
    count = 0
    if path.suffix == ".jsonl":
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as handle:
            for trace in traces:
                handle.write(trace_to_json(trace).replace("\n", " ") + "\n")
                count += 1
        return path, count
    path.mkdir(parents=True, exist_ok=True)
    for trace in traces:
        (path / f"{trace.trace_id}.json").write_text(trace_to_json(trace), encoding="utf-8")
        count += 1
    return path, count

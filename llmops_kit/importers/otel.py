"""OpenTelemetry OTLP/JSON: import spans carrying GenAI semantic-convention or OpenInference attributes.

The file is an ``ExportTraceServiceRequest`` (``{"resourceSpans": [{"resource", "scopeSpans":
[{"scope", "spans": [...]}]}]}``), a JSON array of them, or one of them per line (JSONL, read line by
line by :mod:`llmops_kit.io`). Values are ``AnyValue`` one-ofs, timestamps are epoch nanoseconds as
decimal strings, ids are hex (base64 and ``0x`` spellings also accepted), enums are integers or names.

A span's kind is decided in this order (the order Langfuse's own OTel ingest uses, plus LangSmith's
key): ``langfuse.observation.type`` -> ``openinference.span.kind`` -> ``langsmith.span.kind`` ->
``gen_ai.operation.name`` -> a tool-name attribute -> a model attribute -> ``chain``. Every decoded
attribute is kept in ``span.attributes``; content that the instrumentation did not record (opt-in
message and document attributes) stays ``None`` so detectors report "not evaluable".
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..contract import Contract
from ..errors import ImportFormatError
from ..traces import ErrorInfo, Message, PromptRef, Score, Trace, Usage
from .common import (
    build_trace,
    canonical_version,
    contract_or_default,
    expect_list,
    expect_mapping,
    guarded,
    maybe_json,
    normalise_id,
    numeric_parameters,
    parse_time,
    to_float,
    to_int,
    with_scores,
)

FORMAT = "otlp"

_GENAI_OPERATION = {
    "chat": "llm", "text_completion": "llm", "generate_content": "llm", "completion": "llm", "generate": "llm",
    "embeddings": "embedding", "retrieval": "retriever", "execute_tool": "tool", "invoke_agent": "agent",
    "create_agent": "agent", "invoke_workflow": "chain", "plan": "chain",
}
_VENDOR_KIND = {
    "llm": "llm", "generation": "llm", "retriever": "retriever", "reranker": "retriever", "tool": "tool",
    "chain": "chain", "span": "chain", "agent": "agent", "embedding": "embedding", "guardrail": "guardrail",
    "evaluator": "evaluator", "event": "event", "prompt": "chain", "parser": "chain", "unknown": "chain",
    "decision": "chain",
}
_MODEL_KEYS = ("gen_ai.response.model", "gen_ai.request.model", "llm.model_name", "llm.response.model_name",
               "llm.request.model_name", "langfuse.observation.model.name", "embedding.model_name")
_INDEXED = re.compile(r"^(?P<prefix>.+?)\.(?P<index>\d+)\.(?P<rest>.+)$")
_STATUS_NAMES = {"STATUS_CODE_UNSET": 0, "STATUS_CODE_OK": 1, "STATUS_CODE_ERROR": 2}


# ---- detection and decoding ------------------------------------------------------------------------


def detect(payload: Any) -> bool:
    """An OTLP/JSON export request (or a JSON array of them)."""
    if isinstance(payload, dict):
        return isinstance(payload.get("resourceSpans"), list)
    return isinstance(payload, list) and bool(payload) and all(
        isinstance(p, dict) and isinstance(p.get("resourceSpans"), list) for p in payload)


def any_value(value: Any, what: str = "value") -> Any:
    """Decode an OTLP ``AnyValue`` one-of into plain Python (int64 strings -> int); a bad one is rejected."""
    if not isinstance(value, dict):
        return value
    if "stringValue" in value:
        return value["stringValue"]
    if "boolValue" in value:
        flag = value["boolValue"]
        if not isinstance(flag, bool):
            raise ImportFormatError(f"{what}: boolValue is {flag!r}; expected true or false.", field=what)
        return flag
    if "intValue" in value:
        number = value["intValue"]
        if isinstance(number, bool) or not isinstance(number, (int, str)) or \
                (isinstance(number, str) and not number.strip().lstrip("-").isdigit()):
            raise ImportFormatError(f"{what}: intValue is {str(number)[:40]!r}; expected an integer.", field=what)
        return int(number)
    if "doubleValue" in value:
        return to_float(value["doubleValue"], f"{what} doubleValue")
    if "arrayValue" in value:
        inner = expect_mapping(value["arrayValue"], f"{what} arrayValue")
        return [any_value(v, f"{what}.{i}") for i, v in enumerate(expect_list(inner.get("values"), f"{what} values"))]
    if "kvlistValue" in value:
        inner = expect_mapping(value["kvlistValue"], f"{what} kvlistValue")
        return attributes_dict(inner.get("values"), what)
    if "bytesValue" in value:
        return value["bytesValue"]
    return None


def attributes_dict(items: Any, what: str = "attributes") -> dict[str, Any]:
    """``[{"key", "value"}]`` as a dict (a repeated key keeps its last value); a plain dict passes through.

    Anything else (an attributes list given as a string, an item without a key) is rejected with the
    field named: read silently it would drop the model attributes and turn an LLM span into a chain span.
    """
    if isinstance(items, dict):
        return dict(items)
    out: dict[str, Any] = {}
    for index, item in enumerate(expect_list(items, what)):
        if not isinstance(item, dict) or "key" not in item:
            raise ImportFormatError(f"{what}.{index} is {str(item)[:40]!r}; expected a {{\"key\", \"value\"}} "
                                    "object.", field=f"{what}.{index}")
        key = str(item["key"])
        out[key] = any_value(item.get("value"), f"{what}[{key}]")
    return out


def unflatten(attrs: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    """``prefix.0.a.b = x`` keys as a list of ``{"a.b": x}`` dicts in index order (sparse indexes allowed)."""
    groups: dict[int, dict[str, Any]] = defaultdict(dict)
    for key, value in attrs.items():
        if key.startswith(prefix + "."):
            match = _INDEXED.match(key)
            if match and match.group("prefix") == prefix:
                groups[int(match.group("index"))][match.group("rest")] = value
    return [groups[i] for i in sorted(groups)]


# ---- import ----------------------------------------------------------------------------------------


def from_otlp(payload: Any, source: str = "otlp export", *, contract: Contract | None = None) -> list[Trace]:
    """Traces from OTLP/JSON (GenAI semantic conventions and/or OpenInference attributes)."""
    contract = contract_or_default(contract)
    return guarded("OTLP/JSON", source, lambda: _convert(payload, source, contract))


def _convert(payload: Any, source: str, contract: Contract) -> list[Trace]:
    requests = payload if isinstance(payload, list) else [payload]
    by_trace: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for request in requests:
        for r, resource_spans in enumerate(expect_list(request.get("resourceSpans"), "resourceSpans")):
            where = f"resourceSpans.{r}"
            resource_spans = expect_mapping(resource_spans, where)
            resource = attributes_dict(expect_mapping(resource_spans.get("resource"), f"{where}.resource")
                                       .get("attributes"), f"{where}.resource.attributes")
            scopes = expect_list(resource_spans.get("scopeSpans") or resource_spans.get("instrumentationLibrarySpans"),
                                 f"{where}.scopeSpans")
            for s, scope_spans in enumerate(scopes):
                scope_spans = expect_mapping(scope_spans, f"{where}.scopeSpans.{s}")
                scope = expect_mapping(scope_spans.get("scope") or scope_spans.get("instrumentationLibrary"),
                                       f"{where}.scopeSpans.{s}.scope")
                for i, raw in enumerate(expect_list(scope_spans.get("spans"), f"{where}.scopeSpans.{s}.spans")):
                    raw = expect_mapping(raw, f"{where}.scopeSpans.{s}.spans.{i}")
                    span = _span(raw, resource, scope, contract)
                    by_trace[span.pop("_trace_id")].append(span)
    if not by_trace:
        raise ImportFormatError("the export holds no spans (resourceSpans -> scopeSpans -> spans is empty).")
    return [_trace(trace_id, spans, source) for trace_id, spans in by_trace.items()]


def _trace(trace_id: str, spans: list[dict[str, Any]], source: str) -> Trace:
    ids = {s["span_id"] for s in spans}
    roots = [s for s in spans if not s["parent_id"] or s["parent_id"] not in ids]
    root = min(roots, key=lambda s: s["start_time"])
    attrs = root["attributes"]
    originals = {s["span_id"]: s["attributes"].get("otel.original_trace_id") for s in spans}
    metadata: dict[str, Any] = {"otel.resource": root.pop("_resource")}
    for span in spans:
        span.pop("_resource", None)
    original = next((v for v in originals.values() if v), None)
    if original:
        metadata["otel.original_trace_id"] = original
    app_meta = maybe_json(attrs.get("metadata"))
    if isinstance(app_meta, dict):
        metadata.update(app_meta)
    scores = [score for s in spans for score in s.pop("_scores")]
    tags = attrs.get("tag.tags") or attrs.get("langfuse.trace.tags") or []
    data: dict[str, Any] = {
        "trace_id": trace_id,
        "name": attrs.get("langfuse.trace.name") or root["name"],
        "timestamp": root["start_time"],
        "session_id": (attrs.get("session.id") or attrs.get("gen_ai.conversation.id")
                       or attrs.get("langfuse.session.id")),
        "user_id": attrs.get("user.id") or attrs.get("enduser.id") or attrs.get("langfuse.user.id"),
        "environment": metadata["otel.resource"].get("deployment.environment.name")
        or metadata["otel.resource"].get("deployment.environment") or attrs.get("langfuse.environment"),
        "tags": list(tags) if isinstance(tags, list) else [str(tags)],
        "metadata": metadata,
        "spans": spans,
        "scores": scores,
    }
    return build_trace(data, source, "OTLP/JSON")


def _kind(attrs: dict[str, Any]) -> str:
    for key in ("langfuse.observation.type", "openinference.span.kind", "langsmith.span.kind"):
        if attrs.get(key):
            return _VENDOR_KIND.get(str(attrs[key]).lower(), "chain")
    operation = attrs.get("gen_ai.operation.name")
    if operation:
        return _GENAI_OPERATION.get(str(operation).lower(), "chain")
    if attrs.get("gen_ai.tool.name") or attrs.get("gen_ai.tool.call.id") or attrs.get("tool.name"):
        return "tool"
    if any(attrs.get(k) for k in _MODEL_KEYS):
        return "llm"
    return "chain"


def _status_code(status: dict[str, Any]) -> int:
    code = status.get("code", 0)
    if isinstance(code, str):
        return _STATUS_NAMES.get(code.upper(), int(code) if code.isdigit() else 0)
    return int(code or 0)


def _span(raw: dict[str, Any], resource: dict[str, Any], scope: dict[str, Any], contract: Contract) -> dict[str, Any]:
    trace_id, original_trace = normalise_id(raw.get("traceId"), byte_lengths=(16,))
    span_id, original_span = normalise_id(raw.get("spanId"), byte_lengths=(8,))
    if not trace_id or not span_id:
        raise ImportFormatError(f"span {raw.get('name')!r} lacks a traceId or spanId.")
    parent_id = normalise_id(raw.get("parentSpanId"), byte_lengths=(8,))[0] or None
    attrs = attributes_dict(raw.get("attributes"), f"span {span_id} attributes")
    if original_trace:
        attrs["otel.original_trace_id"] = original_trace
    if original_span:
        attrs["otel.original_span_id"] = original_span
    if scope.get("name"):
        attrs["otel.scope.name"] = scope["name"]
    if raw.get("kind") not in (None, 0, "SPAN_KIND_UNSPECIFIED"):
        attrs["otel.span.kind"] = raw["kind"]
    start = parse_time(raw.get("startTimeUnixNano"), what=f"span {span_id} startTimeUnixNano")
    end = parse_time(raw["endTimeUnixNano"], what=f"span {span_id} endTimeUnixNano") \
        if raw.get("endTimeUnixNano") not in (None, "", "0", 0) else start
    events = []  # event times as ISO text: a bare 19-digit nanosecond count would read as a card number
    for i, item in enumerate(expect_list(raw.get("events"), f"span {span_id} events")):
        event = expect_mapping(item, f"span {span_id} events.{i}")
        stamp = event.get("timeUnixNano")
        events.append({"name": event.get("name"),
                       "time": parse_time(stamp, what=f"span {span_id} events.{i}.timeUnixNano").isoformat()
                       if stamp not in (None, "", "0", 0) else None,
                       "attributes": attributes_dict(event.get("attributes"), f"span {span_id} events.{i}.attributes")})
    if events:
        attrs["otel.events"] = events
    kind = _kind(attrs)
    status = raw.get("status") or {}
    code = _status_code(status)
    span: dict[str, Any] = {
        "_trace_id": trace_id, "_resource": resource, "_scores": _scores(attrs, events, span_id),
        "span_id": span_id, "parent_id": parent_id, "name": raw.get("name") or kind, "kind": kind,
        "start_time": start, "end_time": end, "status": {0: "unset", 1: "ok", 2: "error"}.get(code, "unset"),
        "input": maybe_json(attrs.get("input.value")), "output": maybe_json(attrs.get("output.value")),
        "attributes": attrs,
    }
    if code == 2 or attrs.get("error.type"):
        exception = next((e["attributes"] for e in events if e["name"] == "exception"), {})
        span["status"] = "error"
        span["error"] = ErrorInfo(type=str(exception.get("exception.type") or attrs.get("error.type") or "Error"),
                                  message=str(status.get("message") or exception.get("exception.message") or ""))
    if kind == "tool":
        name = attrs.get("gen_ai.tool.name") or attrs.get("tool.name")
        if name:
            attrs.setdefault("tool.name", name)
        if span["input"] is None and attrs.get("gen_ai.tool.call.arguments") is not None:
            span["input"] = maybe_json(attrs["gen_ai.tool.call.arguments"])
        if span["output"] is None and attrs.get("gen_ai.tool.call.result") is not None:
            span["output"] = maybe_json(attrs["gen_ai.tool.call.result"])
    if kind == "retriever":
        _retrieval(attrs, span)
    if kind in ("llm", "embedding"):
        _llm(attrs, span, contract)
    return span


def _retrieval(attrs: dict[str, Any], span: dict[str, Any]) -> None:
    query = attrs.get("gen_ai.retrieval.query.text") or attrs.get("reranker.query")
    if query is not None:
        span["input"] = {"query": query}
    elif isinstance(span["input"], str):
        span["input"] = {"query": span["input"]}
    items = unflatten(attrs, "reranker.output_documents") or unflatten(attrs, "retrieval.documents")
    what = "retrieval.documents"
    if items:
        what = "reranker.output_documents" if unflatten(attrs, "reranker.output_documents") else what
        items = [{k.removeprefix("document."): v for k, v in item.items()} for item in items]
    elif attrs.get("gen_ai.retrieval.documents") is not None:
        what = "gen_ai.retrieval.documents"
        raw = expect_list(maybe_json(attrs["gen_ai.retrieval.documents"]), what)
        items = [expect_mapping(d, f"{what}.{i}") for i, d in enumerate(raw)]
    elif span["status"] == "error":
        span["documents"] = []  # a retriever that failed returned nothing (not "content not recorded")
        return
    else:
        return
    rows = [_document(item, i) for i, item in enumerate(items)]
    span["documents"] = with_scores(rows, [item.get("score") for item in items], f"span {span['span_id']} {what}")


def _document(item: dict[str, Any], index: int) -> dict[str, Any]:
    meta = maybe_json(item.get("metadata"))
    meta = dict(meta) if isinstance(meta, dict) else ({} if meta is None else {"metadata": meta})
    extras = {k: v for k, v in item.items() if k not in ("id", "content", "text", "score", "metadata", "title")}
    meta.update(extras)
    content = item.get("content", item.get("text"))
    return {"id": str(item.get("id", f"doc-{index}")), "content": content if content not in (None, "") else None,
            "title": item.get("title") or meta.pop("title", None), "metadata": meta}


def _llm(attrs: dict[str, Any], span: dict[str, Any], contract: Contract) -> None:
    span["model"] = next((str(attrs[k]) for k in _MODEL_KEYS if attrs.get(k)), None)
    params = numeric_parameters(attrs.get("llm.invocation_parameters")) or \
        numeric_parameters(attrs.get("langfuse.observation.model.parameters"))
    for key in ("temperature", "max_tokens", "top_p", "top_k", "seed"):
        if attrs.get(f"gen_ai.request.{key}") is not None:
            params[key] = attrs[f"gen_ai.request.{key}"]
    span["model_parameters"] = params
    tokens_in = _first(attrs, "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens", "llm.token_count.prompt")
    tokens_out = _first(attrs, "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens",
                        "llm.token_count.completion")
    where = f"span {span['span_id']} attribute"
    if tokens_in is not None or tokens_out is not None:
        span["usage"] = Usage(input_tokens=to_int(tokens_in, f"{where} input tokens") or 0,
                              output_tokens=to_int(tokens_out, f"{where} output tokens") or 0,
                              total_tokens=to_int(_first(attrs, "llm.token_count.total", "gen_ai.usage.total_tokens"),
                                                  f"{where} total tokens"))
    cost = to_float(attrs.get("llm.cost.total"), f"{where} llm.cost.total")
    details = expect_mapping(attrs.get("langfuse.observation.cost_details"),
                             f"{where} langfuse.observation.cost_details")
    if cost is None:
        cost = to_float(details.get("total"), f"{where} langfuse.observation.cost_details.total")
    span["cost_usd"] = cost
    app_meta = maybe_json(attrs.get("metadata"))
    app_meta = app_meta if isinstance(app_meta, dict) else {}
    version = _first(attrs, "gen_ai.prompt.version", "llm.prompt_template.version",
                     "langfuse.observation.prompt.version")
    if version is None:
        version = app_meta.get("prompt_version")
    if version is not None:
        name = (_first(attrs, "gen_ai.prompt.name", "langfuse.observation.prompt.name", "prompt.name")
                or app_meta.get("prompt_name") or attrs.get("prompt.id") or "unknown")
        canon, original = canonical_version(contract, str(name), version)
        if original is not None:
            attrs["otel.prompt_version"] = original
        variables = maybe_json(attrs.get("llm.prompt_template.variables"))
        span["prompt"] = PromptRef(name=str(name), version=canon,
                                   variables=variables if isinstance(variables, dict) else {})
    messages = _messages(attrs, "gen_ai.input.messages", "llm.input_messages")
    if messages is not None:
        span["messages"] = messages
    output = _messages(attrs, "gen_ai.output.messages", "llm.output_messages")
    if span["output"] is None and output:
        span["output"] = output[-1].content


def _first(attrs: dict[str, Any], *keys: str) -> Any:
    return next((attrs[k] for k in keys if attrs.get(k) is not None), None)


def _messages(attrs: dict[str, Any], genai_key: str, oi_prefix: str) -> list[Message] | None:
    raw = maybe_json(attrs.get(genai_key))
    if isinstance(raw, list):
        out = []
        for message in raw:
            if not isinstance(message, dict):
                continue
            parts = message.get("parts") or []
            text = "".join(str(p.get("content", "")) for p in parts if isinstance(p, dict) and p.get("type") == "text")
            out.append(Message(role=str(message.get("role", "user")), content=text or message.get("content")))
        return out or None
    items = unflatten(attrs, oi_prefix)
    if items:
        return [Message(role=str(i.get("message.role", "user")), content=i.get("message.content")) for i in items]
    return None


def _scores(attrs: dict[str, Any], events: list[dict[str, Any]], span_id: str) -> list[Score]:
    """GenAI ``gen_ai.evaluation.result`` events and OpenInference ``annotations.{i}.annotation.*`` attributes."""
    scores = []
    for event in events:
        if event["name"] == "gen_ai.evaluation.result":
            a = event["attributes"]
            value = a.get("gen_ai.evaluation.score.value", a.get("gen_ai.evaluation.score.label"))
            scores.append(Score(name=str(a.get("gen_ai.evaluation.name", "evaluation")), value=value,
                                source="otel.evaluation", comment=a.get("gen_ai.evaluation.explanation"),
                                span_id=span_id))
    for prefix in ("annotations", "evaluations", "trace.annotations"):
        for item in unflatten(attrs, prefix):
            fields = {k.split(".", 1)[-1]: v for k, v in item.items()}
            if fields.get("name"):
                scores.append(Score(name=str(fields["name"]), value=fields.get("score", fields.get("label")),
                                    source=fields.get("annotator_kind", "openinference"),
                                    comment=fields.get("explanation"),
                                    span_id=None if prefix == "trace.annotations" else span_id))
    return scores

"""Langfuse: import both public-API shapes, export the legacy trace shape (and the v2 listing).

Two shapes are read:

* legacy ``GET /api/public/traces/{id}`` (``TraceWithFullDetails``): a trace object with embedded
  ``observations`` and ``scores``; still what self-hosted instances serve and what people save;
* ``GET /api/public/v2/observations?traceId=...``: ``{"data": [observation, ...], "meta": {...}}``,
  input/output as raw strings and the trace's own input/output on the root observation.

Observation types map onto span kinds (GENERATION -> llm, RETRIEVER -> retriever, TOOL -> tool, ...).
Langfuse links a generation to an *integer* prompt version; the contract's ``prompts.aliases`` turn
it into the contract's spelling (``7`` -> ``v2.0``) and the original is kept in the span attributes.
Fields with no home in the trace model are kept under ``span.attributes["langfuse"]`` and
``trace.metadata["langfuse"]``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from ..contract import Contract
from ..errors import ImportFormatError
from ..traces import ErrorInfo, Message, PromptRef, Score, Trace, Usage
from .common import (
    ENVELOPE,
    build_trace,
    canonical_version,
    contract_or_default,
    documents_from_langchain,
    expect_list,
    expect_mapping,
    guarded,
    maybe_json,
    normalise_id,
    numeric_parameters,
    parse_time,
    split_error,
    to_float,
    to_int,
)

FORMAT = "langfuse"

TYPE_TO_KIND = {
    "SPAN": "chain", "CHAIN": "chain", "GENERATION": "llm", "RETRIEVER": "retriever", "TOOL": "tool",
    "EVENT": "event", "AGENT": "agent", "EVALUATOR": "evaluator", "EMBEDDING": "embedding", "GUARDRAIL": "guardrail",
}
KIND_TO_TYPE = {
    "chain": "CHAIN", "llm": "GENERATION", "retriever": "RETRIEVER", "tool": "TOOL", "event": "EVENT",
    "agent": "AGENT", "evaluator": "EVALUATOR", "embedding": "EMBEDDING", "guardrail": "GUARDRAIL", "other": "SPAN",
}
SCORE_SOURCES = ("API", "EVAL", "ANNOTATION")

# Observation keys the mapping consumes; every other non-null key is kept under attributes["langfuse"].
_CONSUMED = {
    "id", "traceId", "type", "name", "startTime", "endTime", "parentObservationId", "input", "output", "metadata",
    "level", "statusMessage", "model", "modelParameters", "usageDetails", "usage", "costDetails",
    "calculatedTotalCost", "totalCost", "promptName", "promptVersion", "isRootObservation",
}


# ---- detection -------------------------------------------------------------------------------------


def _is_legacy_trace(item: Any) -> bool:
    return isinstance(item, dict) and "observations" in item and "id" in item and "spans" not in item


def _is_v2_listing(payload: Any) -> bool:
    if not isinstance(payload, dict) or not isinstance(payload.get("data"), list):
        return False
    data = payload["data"]
    if not data:
        return "meta" in payload
    return all(isinstance(o, dict) and "traceId" in o and "startTime" in o for o in data)


def detect(payload: Any) -> bool:
    """A legacy trace (or a list / ``data`` page of them), or a v2 observations listing."""
    if _is_legacy_trace(payload) or _is_v2_listing(payload):
        return True
    items = payload.get("data") if isinstance(payload, dict) else payload
    return isinstance(items, list) and bool(items) and all(_is_legacy_trace(t) for t in items)


# ---- import ----------------------------------------------------------------------------------------


def from_langfuse(payload: Any, source: str = "langfuse export", *, contract: Contract | None = None) -> list[Trace]:
    """Traces from a Langfuse legacy trace export or a v2 observations listing."""
    contract = contract_or_default(contract)
    return guarded("Langfuse", source, lambda: _convert(payload, source, contract))


def _convert(payload: Any, source: str, contract: Contract) -> list[Trace]:
    if _is_v2_listing(payload):
        if not payload["data"]:
            raise ImportFormatError("the observations listing is empty (\"data\": []); nothing to import.")
        return _from_v2(payload, source, contract)
    items = [payload] if _is_legacy_trace(payload) else (payload.get("data") if isinstance(payload, dict) else payload)
    return [_from_legacy(item, source, contract) for item in items]


def _from_legacy(raw: dict[str, Any], source: str, contract: Contract) -> Trace:
    if not isinstance(raw, dict):
        raise ImportFormatError(f"a trace in the export is a {type(raw).__name__}, not a trace object.")
    observations = expect_list(raw.get("observations"), "observations")
    if any(not isinstance(o, dict) for o in observations):
        raise ImportFormatError(
            "\"observations\" holds ids, not observation objects (a trace *list* page); "
            "export each trace with GET /api/public/traces/{id}."
        )
    trace_id, original_id = normalise_id(raw.get("id"), byte_lengths=(16,))
    if not trace_id:
        raise ImportFormatError("the trace has no \"id\".")
    meta = dict(maybe_json(raw.get("metadata")) or {}) if isinstance(maybe_json(raw.get("metadata")), dict) else {}
    envelope = meta.pop(ENVELOPE, {}) if isinstance(meta.get(ENVELOPE), dict) else {}
    _seconds(raw.get("latency"), "trace latency")
    _non_negative(raw.get("totalCost"), "trace totalCost")
    kept = {k: raw[k] for k in ("latency", "totalCost", "htmlPath", "version", "public", "bookmarked")
            if raw.get(k) is not None}
    if original_id:
        kept["id"] = original_id
    if kept:
        meta["langfuse"] = kept
    spans = [_span(o, contract) for o in sorted(observations, key=lambda o: str(o.get("startTime")))]
    data: dict[str, Any] = {
        **envelope.get("extra", {}),
        "trace_id": envelope.get("trace_id", trace_id),
        "name": raw.get("name"),
        "timestamp": parse_time(raw["timestamp"], what="trace timestamp") if raw.get("timestamp") else None,
        "session_id": raw.get("sessionId"), "user_id": raw.get("userId"),
        "environment": raw.get("environment"), "release": raw.get("release"),
        "tags": list(expect_list(raw.get("tags"), "tags")), "metadata": meta,
        "input": maybe_json(raw.get("input")), "output": maybe_json(raw.get("output")),
        "latency_ms": envelope.get("latency_ms"),
        "spans": spans,
        "scores": [s for s in (_score(x) for x in expect_list(raw.get("scores"), "scores")) if s is not None],
    }
    return build_trace(data, source, "Langfuse")


def _non_negative(value: Any, what: str) -> float | None:
    number = to_float(value, what)
    if number is not None and number < 0:
        raise ImportFormatError(f"{what} is {number:g}; expected 0 or more. Fix that field in the export.", field=what)
    return number


def _seconds(value: Any, what: str) -> float | None:
    """Langfuse latencies are seconds (a number); "fast" or -1 is rejected, not kept as recorded."""
    return _non_negative(value, f"{what} (seconds)")


def _from_v2(payload: dict[str, Any], source: str, contract: Contract) -> list[Trace]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for obs in payload["data"]:
        groups[str(obs["traceId"])].append(obs)
    scores_by_trace: dict[str, list[Score]] = defaultdict(list)
    for raw_score in expect_list(payload.get("scores"), "scores"):
        score = _score(raw_score)
        if score is not None:
            scores_by_trace[str(raw_score.get("traceId"))].append(score)
    traces = []
    for raw_trace_id, observations in groups.items():
        observations = sorted(observations, key=lambda o: str(o.get("startTime")))
        ids = {o.get("id") for o in observations}
        roots = [o for o in observations if o.get("isRootObservation")] or [
            o for o in observations if o.get("parentObservationId") in (None, "") or o["parentObservationId"] not in ids
        ]
        root = roots[0]
        trace_id, original_id = normalise_id(raw_trace_id, byte_lengths=(16,))
        root_meta = maybe_json(root.get("metadata"))
        envelope = root_meta.get(ENVELOPE, {}) if isinstance(root_meta, dict) else {}
        trace_env = envelope.get("trace", {}) if isinstance(envelope, dict) else {}
        data: dict[str, Any] = {
            **trace_env.get("extra", {}),
            "trace_id": trace_env.get("trace_id", trace_id),
            "name": root.get("traceName") or root.get("name"),
            "timestamp": parse_time(root["startTime"], what="root observation startTime"),
            "session_id": root.get("sessionId"), "user_id": root.get("userId"),
            "environment": root.get("environment"), "release": root.get("release"),
            "tags": list(root.get("tags") or []),
            "metadata": {**trace_env.get("metadata", {}),
                         **({"langfuse": {"traceId": original_id}} if original_id else {})},
            "input": maybe_json(root.get("input")), "output": maybe_json(root.get("output")),
            "latency_ms": trace_env.get("latency_ms"),
            "spans": [_span(o, contract) for o in observations],
            "scores": scores_by_trace.get(raw_trace_id, []),
        }
        traces.append(build_trace(data, source, "Langfuse v2"))
    return traces


def _span(obs: dict[str, Any], contract: Contract) -> dict[str, Any]:
    """One observation as native span data; unknown keys kept under attributes["langfuse"]."""
    obs_type = str(obs.get("type") or "SPAN").upper()
    span_id, original_id = normalise_id(obs.get("id"), byte_lengths=(8,))
    if not span_id:
        raise ImportFormatError(f"an observation named {obs.get('name')!r} has no \"id\".")
    parent_id = normalise_id(obs.get("parentObservationId"), byte_lengths=(8,))[0] or None
    start = parse_time(obs.get("startTime"), what=f"observation {span_id!r} startTime")
    end = parse_time(obs["endTime"], what=f"observation {span_id!r} endTime") if obs.get("endTime") else start
    metadata = maybe_json(obs.get("metadata"))
    attributes: dict[str, Any] = dict(metadata) if isinstance(metadata, dict) else (
        {"langfuse.metadata": metadata} if metadata not in (None, {}, "") else {})
    envelope = attributes.pop(ENVELOPE, {})
    envelope = envelope if isinstance(envelope, dict) else {}
    _seconds(obs.get("latency"), f"observation {span_id!r} latency")
    kept = {k: v for k, v in obs.items() if k not in _CONSUMED and v is not None}
    if original_id:
        kept["id"] = original_id
    if not obs.get("endTime"):
        kept["endTimeMissing"] = True
    kind = envelope.get("kind") or TYPE_TO_KIND.get(obs_type, "other")
    if obs_type == "SPAN" and obs.get("model") and (obs.get("usageDetails") or obs.get("usage")):
        kind = "llm"  # SDKs <= 3.3 logged some generations as SPAN
    if obs_type not in TYPE_TO_KIND:
        kept["type"] = obs.get("type")
    level = str(obs.get("level") or "DEFAULT").upper()
    if level not in ("DEFAULT", "ERROR"):
        kept["level"] = level
    if level != "ERROR" and obs.get("statusMessage"):
        kept["statusMessage"] = obs["statusMessage"]
    span: dict[str, Any] = {
        **envelope.get("extra", {}),
        "span_id": envelope.get("span_id", span_id), "parent_id": envelope.get("parent_id", parent_id),
        "name": obs.get("name") or obs_type.lower(), "kind": kind, "start_time": start, "end_time": end,
        "status": envelope.get("status", "error" if level == "ERROR" else "ok"),
        "input": maybe_json(obs.get("input")), "output": maybe_json(obs.get("output")),
        "attributes": attributes,
    }
    for key in ("input", "output"):
        if f"span_{key}" in envelope:
            span[key] = envelope[f"span_{key}"]
    if level == "ERROR" and obs.get("statusMessage"):
        err_type, message = split_error(str(obs["statusMessage"]))
        span["error"] = ErrorInfo(type=err_type, message=message)
    if kind == "retriever":
        docs = documents_from_langchain(span["output"])
        if docs is not None:
            span["documents"] = docs
            span["output"] = envelope.get("output")
    if kind in ("llm", "embedding"):
        _generation_fields(obs, span, envelope, contract, kept)
    if kept:
        attributes["langfuse"] = kept
    return span


def _generation_fields(
    obs: dict[str, Any], span: dict[str, Any], envelope: dict[str, Any], contract: Contract, kept: dict[str, Any]
) -> None:
    span["model"] = obs.get("model")
    span["model_parameters"] = numeric_parameters(obs.get("modelParameters"))
    where = f"observation {span['span_id']!r}"
    usage, field = expect_mapping(obs.get("usageDetails"), f"{where} usageDetails"), "usageDetails"
    legacy_usage = expect_mapping(obs.get("usage"), f"{where} usage")
    if not usage and (to_int(legacy_usage.get("total"), f"{where} usage.total") or 0) > 0:
        usage, field = legacy_usage, "usage"  # deprecated field; servers fill it with zeros when nothing was recorded
    if usage.get("input") is not None or usage.get("output") is not None:
        span["usage"] = Usage(input_tokens=to_int(usage.get("input"), f"{where} {field}.input") or 0,
                              output_tokens=to_int(usage.get("output"), f"{where} {field}.output") or 0,
                              total_tokens=to_int(usage.get("total"), f"{where} {field}.total"))
    cost = expect_mapping(obs.get("costDetails"), f"{where} costDetails")
    total = _non_negative(cost.get("total"), f"{where} costDetails.total")
    if total is None and cost:
        total = sum(v for v in (_non_negative(x, f"{where} costDetails.{k}") for k, x in cost.items()) if v is not None)
    if total is None:
        total = _non_negative(obs.get("calculatedTotalCost"), f"{where} calculatedTotalCost") \
            if obs.get("calculatedTotalCost") is not None else _non_negative(obs.get("totalCost"), f"{where} totalCost")
    span["cost_usd"] = total
    name, version = obs.get("promptName"), obs.get("promptVersion")
    if name and version is not None:
        canon, original = canonical_version(contract, name, version)
        if original is not None:
            kept["promptVersion"] = version
        span["prompt"] = PromptRef(name=name, version=canon, variables=envelope.get("prompt_variables", {}))
    elif isinstance(envelope.get("prompt"), dict):
        span["prompt"] = PromptRef(**envelope["prompt"], variables=envelope.get("prompt_variables", {}))
    messages = envelope.get("messages")
    if messages is None and _looks_like_messages(span["input"]):
        messages = span["input"]
        span["input"] = envelope.get("input")
    if messages is not None:
        span["messages"] = [Message(role=str(m.get("role")), content=_text(m.get("content"))) for m in messages]


def _looks_like_messages(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(m, dict) and "role" in m for m in value)


def _text(content: Any) -> str | None:
    if content is None or isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict)) or None
    return json.dumps(content)


def _score(raw: dict[str, Any]) -> Score | None:
    if not isinstance(raw, dict) or not raw.get("name"):
        return None
    data_type = str(raw.get("dataType") or "NUMERIC").upper()
    value: Any = raw.get("value")
    if data_type == "BOOLEAN":
        value = bool(to_float(value, f"score {raw['name']!r} value")) if value is not None \
            else str(raw.get("stringValue")).lower() == "true"
    elif data_type in ("CATEGORICAL", "TEXT"):
        value = raw.get("stringValue") if raw.get("stringValue") is not None else value
    meta = raw.get("metadata") if isinstance(raw.get("metadata"), dict) else {}
    span_id = normalise_id(raw.get("observationId"), byte_lengths=(8,))[0] or None
    return Score(name=str(raw["name"]), value=value, source=meta.get("llmops_source", raw.get("source")),
                 comment=raw.get("comment"), span_id=span_id)

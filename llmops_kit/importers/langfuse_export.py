"""Langfuse: export a trace in Langfuse's shape (the inverse of :mod:`llmops_kit.importers.langfuse`).

Kept apart from the import side so each module holds one direction of the mapping; the constants
(kind names, the id namespace) are shared from the import module.
"""

from __future__ import annotations

import json
from typing import Any

from ..contract import Contract
from ..errors import ImportFormatError
from ..traces import Score, Span, Trace
from .common import (
    ENVELOPE,
    contract_or_default,
    documents_to_langchain,
    exported_version,
    iso,
)
from .langfuse import KIND_TO_TYPE, SCORE_SOURCES


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def _observation(span: Span, trace: Trace, contract: Contract) -> dict[str, Any]:
    """One native span as a Langfuse observation (``ObservationsView`` field names)."""
    envelope: dict[str, Any] = {}
    extra = _jsonable(span.model_extra or {})
    if extra:
        envelope["extra"] = extra
    if span.kind == "other":
        envelope["kind"] = "other"
    if span.status == "unset" or (span.status == "error" and span.error is None):
        envelope["status"] = span.status
    obs: dict[str, Any] = {
        "id": span.span_id, "traceId": trace.trace_id, "type": KIND_TO_TYPE.get(span.kind, "SPAN"), "name": span.name,
        "startTime": iso(span.start_time), "endTime": iso(span.end_time), "completionStartTime": None,
        "parentObservationId": span.parent_id, "input": _jsonable(span.input), "output": _jsonable(span.output),
        "level": "ERROR" if span.failed else "DEFAULT",
        "statusMessage": f"{span.error.type}: {span.error.message}" if span.error else None,
        "version": None, "environment": trace.environment or "default",
        "latency": round(span.duration_ms / 1000.0, 6), "timeToFirstToken": None,
        "model": None, "modelParameters": {}, "usage": {"input": 0, "output": 0, "total": 0, "unit": "TOKENS"},
        "usageDetails": {}, "costDetails": {},
        "promptId": None, "promptName": None, "promptVersion": None, "modelId": None,
        "inputPrice": None, "outputPrice": None, "totalPrice": None,
        "calculatedInputCost": None, "calculatedOutputCost": None, "calculatedTotalCost": None,
    }
    if span.documents is not None:
        if span.output is not None:
            envelope["output"] = _jsonable(span.output)
        obs["output"] = documents_to_langchain(span.documents)
    if span.kind in ("llm", "embedding"):
        obs["model"] = span.model
        obs["modelParameters"] = _jsonable(span.model_parameters)
        if span.usage is not None:
            usage = {"input": span.usage.input_tokens, "output": span.usage.output_tokens,
                     "total": span.usage.total_tokens}
            obs["usageDetails"] = usage
            obs["usage"] = {**usage, "unit": "TOKENS"}
        if span.cost_usd is not None:
            obs["costDetails"] = {"total": span.cost_usd}
            obs["calculatedTotalCost"] = span.cost_usd
        if span.prompt is not None:
            version = exported_version(contract, span.prompt.name, span.prompt.version, want_int=True)
            if isinstance(version, int):
                obs["promptName"], obs["promptVersion"] = span.prompt.name, version
            else:  # Langfuse prompt versions are integers; keep a non-integer one beside the observation
                envelope["prompt"] = {"name": span.prompt.name, "version": span.prompt.version}
            if span.prompt.variables:
                envelope["prompt_variables"] = _jsonable(span.prompt.variables)
        if span.messages is not None:
            messages = [_jsonable(m.model_dump(exclude_none=True)) for m in span.messages]
            if span.input is None:
                obs["input"] = messages
            else:
                envelope["messages"] = messages
    metadata = _jsonable(span.attributes)
    if envelope:
        metadata[ENVELOPE] = envelope
    obs["metadata"] = metadata
    return obs


def _export_score(score: Score, index: int, trace: Trace, timestamp: str) -> dict[str, Any]:
    value = score.value
    out: dict[str, Any] = {
        "id": f"{trace.trace_id}-score-{index}", "traceId": trace.trace_id, "observationId": score.span_id,
        "name": score.name, "source": (score.source or "API").upper() if (score.source or "API").upper()
        in SCORE_SOURCES else "API", "comment": score.comment, "timestamp": timestamp,
        "createdAt": timestamp, "updatedAt": timestamp,
        "environment": trace.environment or "default",
        "metadata": {"llmops_source": score.source} if score.source else {},
    }
    if isinstance(value, bool):
        out.update(dataType="BOOLEAN", value=1.0 if value else 0.0, stringValue=str(value))
    elif isinstance(value, (int, float)):
        out.update(dataType="NUMERIC", value=float(value))
    else:
        out.update(dataType="CATEGORICAL", value=None, stringValue=None if value is None else str(value))
    return out


def _trace_envelope(trace: Trace) -> dict[str, Any]:
    envelope: dict[str, Any] = {}
    extra = _jsonable(trace.model_extra or {})
    if trace.schema_version != "1.0":
        extra["schema_version"] = trace.schema_version
    if extra:
        envelope["extra"] = extra
    if trace.latency_ms is not None:
        envelope["latency_ms"] = trace.latency_ms
    return envelope


def to_langfuse(trace: Trace, *, contract: Contract | None = None, redact: bool = False) -> dict[str, Any]:
    """The trace as Langfuse's legacy ``GET /api/public/traces/{id}`` JSON (``TraceWithFullDetails``);
    ``redact=True`` replaces personal data with placeholders first (``llmops_kit.redact.redact_trace``)."""
    contract = contract_or_default(contract)
    if redact:
        from ..redact import redact_trace

        trace = redact_trace(trace, contract)
    root = trace.root_span
    start = trace.timestamp or (root.start_time if root else None)
    if start is None:
        raise ImportFormatError(f"trace {trace.trace_id!r} has no timestamp and no spans; Langfuse needs a timestamp.")
    metadata = _jsonable(trace.metadata)
    envelope = _trace_envelope(trace)
    if envelope:
        metadata[ENVELOPE] = envelope
    duration = trace.duration_ms
    return {
        "id": trace.trace_id, "timestamp": iso(start), "name": trace.name,
        "input": _jsonable(trace.input), "output": _jsonable(trace.output),
        "sessionId": trace.session_id, "userId": trace.user_id, "release": trace.release, "version": None,
        "tags": list(trace.tags), "public": False, "environment": trace.environment or "default",
        "metadata": metadata, "htmlPath": f"/project/local/traces/{trace.trace_id}",
        "latency": round(duration / 1000.0, 6) if duration is not None else 0.0,
        "totalCost": trace.cost_usd or 0.0,
        "observations": [_observation(s, trace, contract) for s in sorted(trace.spans, key=lambda s: s.start_time)],
        "scores": [_export_score(s, i, trace, iso(start)) for i, s in enumerate(trace.scores)],
    }


def to_langfuse_v2(trace: Trace, *, contract: Contract | None = None) -> dict[str, Any]:
    """The trace as a v2 observations listing page (I/O as JSON strings, trace I/O on the root).

    Langfuse serves scores from a separate endpoint; they are added under a top-level ``scores``
    key (the v3 scores shape) so one file carries the whole trace.
    """
    legacy = to_langfuse(trace, contract=contract)
    root = trace.root_span
    data = []
    for obs in legacy["observations"]:
        is_root = root is not None and obs["id"] == root.span_id
        item = {k: v for k, v in obs.items() if k not in ("usage", "calculatedTotalCost", "calculatedInputCost",
                                                          "calculatedOutputCost")}
        item.update(projectId="local", isRootObservation=is_root, userId=trace.user_id, sessionId=trace.session_id,
                    traceName=trace.name, tags=list(trace.tags), release=trace.release,
                    totalCost=obs["calculatedTotalCost"] or 0.0)
        if is_root:
            env = dict(item["metadata"].get(ENVELOPE, {}))
            env["trace"] = {"trace_id": trace.trace_id, **_trace_envelope(trace),
                            "metadata": {k: v for k, v in legacy["metadata"].items() if k != ENVELOPE}}
            env["span_input"], env["span_output"] = item["input"], item["output"]
            item["metadata"] = {**item["metadata"], ENVELOPE: env}
            if trace.input is not None:
                item["input"] = legacy["input"]
            if trace.output is not None:
                item["output"] = legacy["output"]
        for key in ("input", "output"):
            item[key] = None if item[key] is None else (
                item[key] if isinstance(item[key], str) else json.dumps(item[key]))
        data.append(item)
    return {"data": data, "meta": {"cursor": None}, "scores": legacy["scores"]}

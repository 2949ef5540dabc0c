"""LangSmith: export a trace in LangSmith's shape (the inverse of :mod:`llmops_kit.importers.langsmith`).

Kept apart from the import side so each module holds one direction of the mapping; the constants
(kind names, the id namespace) are shared from the import module.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any

from ..contract import Contract
from ..errors import ImportFormatError
from ..traces import Span, Trace
from .common import (
    ENVELOPE,
    documents_to_langchain,
)
from .langsmith import ID_NAMESPACE, KIND_TO_RUN_TYPE


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def _run_uuid(trace: Trace, span_id: str) -> str:
    try:
        return str(uuid.UUID(span_id))
    except ValueError:
        return str(uuid.uuid5(ID_NAMESPACE, f"{trace.trace_id}/{span_id}"))


def _naive(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return aware.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")


def _wrap(value: Any, key: str) -> dict[str, Any]:
    value = _jsonable(value)
    if value is None:
        return {}
    return value if isinstance(value, dict) and set(value) != {key} else {key: value}


def to_langsmith(trace: Trace, *, contract: Contract | None = None, redact: bool = False) -> list[dict[str, Any]]:
    """The trace as a flat list of LangSmith runs (``langsmith.schemas.Run`` JSON), root first;
    ``redact=True`` replaces personal data with placeholders first (``llmops_kit.redact.redact_trace``)."""
    if redact:
        from ..redact import redact_trace

        trace = redact_trace(trace, contract)
    if not trace.spans:
        raise ImportFormatError(f"trace {trace.trace_id!r} has no spans; LangSmith needs at least one run.")
    spans = sorted(trace.spans, key=lambda s: s.start_time)
    root = trace.root_span
    ids = {s.span_id: _run_uuid(trace, s.span_id) for s in spans}
    trace_uuid = ids[root.span_id] if root else ids[spans[0].span_id]
    by_span = {s.span_id: s for s in spans}
    runs = []
    for span in spans:
        ancestors: list[Span] = []
        current = span
        while current.parent_id and current.parent_id in by_span and len(ancestors) < len(spans):
            current = by_span[current.parent_id]
            ancestors.insert(0, current)
        chain = [*ancestors, span]
        runs.append(_run(span, trace, ids, trace_uuid, chain, is_root=span is root))
    return runs


def to_langsmith_tree(trace: Trace, *, contract: Contract | None = None) -> dict[str, Any]:
    """The trace as a nested run tree (``Client.read_run(load_child_runs=True)``)."""
    runs = to_langsmith(trace, contract=contract)
    by_id = {r["id"]: {**r, "child_runs": []} for r in runs}
    top = []
    for run in by_id.values():
        parent = by_id.get(run["parent_run_id"]) if run["parent_run_id"] else None
        (parent["child_runs"] if parent is not None else top).append(run)
    if len(top) != 1:
        raise ImportFormatError(f"trace {trace.trace_id!r} has {len(top)} root spans; a run tree needs exactly one.")
    return top[0]


def _run(span: Span, trace: Trace, ids: dict[str, str], trace_uuid: str, chain: list[Span],
         *, is_root: bool) -> dict[str, Any]:
    run_id = ids[span.span_id]
    envelope: dict[str, Any] = {}
    if run_id != span.span_id:
        envelope["span_id"] = span.span_id
    extra_fields = _jsonable(span.model_extra or {})
    if extra_fields:
        envelope["extra"] = extra_fields
    if span.kind not in KIND_TO_RUN_TYPE:
        envelope["kind"] = span.kind
    if span.status == "unset" or (span.status == "error" and span.error is None):
        envelope["status"] = span.status
    metadata = _jsonable(span.attributes)
    inputs = _wrap(span.input, "input")
    outputs: dict[str, Any] | None = _wrap(span.output, "output") or None
    extra: dict[str, Any] = {}
    run: dict[str, Any] = {}
    if span.documents is not None:
        if span.output is not None:
            envelope["output"] = _jsonable(span.output)
        outputs = {"documents": documents_to_langchain(span.documents)}
    if span.kind in ("llm", "embedding"):
        params = _jsonable(span.model_parameters)
        extra["invocation_params"] = {"model": span.model, **params}
        if span.model:
            metadata["ls_model_name"] = span.model
        if "temperature" in params:
            metadata["ls_temperature"] = params["temperature"]
        if span.prompt is not None:
            metadata["prompt_name"], metadata["prompt_version"] = span.prompt.name, span.prompt.version
            if span.prompt.variables:
                envelope["prompt_variables"] = _jsonable(span.prompt.variables)
        if span.messages is not None:
            if span.input is not None:
                envelope["input"] = _jsonable(span.input)
            inputs = {"messages": [_jsonable(m.model_dump(exclude_none=True)) for m in span.messages]}
        if isinstance(span.output, str):
            outputs = {"generations": [[{"text": span.output, "type": "ChatGeneration",
                                         "message": {"lc": 1, "type": "constructor",
                                                     "id": ["langchain", "schema", "messages", "AIMessage"],
                                                     "kwargs": {"content": span.output, "type": "ai"}}}]],
                       "llm_output": {"model_name": span.model}}
        if span.usage is not None:
            run.update(prompt_tokens=span.usage.input_tokens, completion_tokens=span.usage.output_tokens,
                       total_tokens=span.usage.total_tokens)
        if span.cost_usd is not None:
            run["total_cost"] = span.cost_usd
    if is_root:
        trace_env: dict[str, Any] = {"trace_id": trace.trace_id, "name": trace.name,
                                     "metadata": _jsonable(trace.metadata)}
        for key in ("session_id", "user_id", "environment", "release", "latency_ms"):
            if getattr(trace, key) is not None:
                trace_env[key] = getattr(trace, key)
        if trace.model_extra or trace.schema_version != "1.0":
            trace_env["extra"] = _jsonable({**(trace.model_extra or {}), "schema_version": trace.schema_version})
        if trace.input is not None:
            envelope.setdefault("input", _jsonable(span.input))
            inputs = _wrap(trace.input, "input")
        if trace.output is not None:
            envelope.setdefault("output", _jsonable(span.output))
            outputs = _wrap(trace.output, "output") or None
        trace_env["input"], trace_env["output"] = _jsonable(trace.input), _jsonable(trace.output)
        envelope["trace"] = trace_env
        if trace.session_id:
            metadata.setdefault("session_id", trace.session_id)
    if envelope:
        metadata[ENVELOPE] = envelope
    extra["metadata"] = metadata
    dotted = ".".join(f"{s.start_time.astimezone(timezone.utc):%Y%m%dT%H%M%S%fZ}{ids[s.span_id]}" for s in chain)
    run.update({
        "id": run_id, "name": span.name, "run_type": KIND_TO_RUN_TYPE.get(span.kind, "chain"),
        "start_time": _naive(span.start_time), "end_time": _naive(span.end_time), "extra": extra,
        "error": f"{span.error.type}({span.error.message!r})" if span.error else None,
        "serialized": None, "events": [], "inputs": inputs, "outputs": outputs,
        "parent_run_id": ids.get(span.parent_id) if span.parent_id else None,
        "tags": list(trace.tags) if is_root else [], "status": "error" if span.failed else "success",
        "trace_id": trace_uuid, "dotted_order": dotted, "parent_run_ids": [ids[s.span_id] for s in chain[:-1]],
        "child_run_ids": None, "feedback_stats": _export_feedback(trace, span, is_root),
    })
    return run


def _export_feedback(trace: Trace, span: Span, is_root: bool) -> dict[str, Any] | None:
    """Scores as LangSmith ``feedback_stats`` on the run they target (trace-level ones on the root)."""
    own = [s for s in trace.scores if s.span_id == span.span_id or (is_root and s.span_id is None)]
    if not own:
        return None
    stats: dict[str, Any] = {}
    for score in own:
        entry = stats.setdefault(score.name, {"n": 0, "avg": None, "values": {}, "comments": [], "sources": []})
        entry["n"] += 1
        if isinstance(score.value, bool):
            entry["avg"] = float(score.value)
            entry["values"][str(score.value).lower()] = entry["values"].get(str(score.value).lower(), 0) + 1
        elif isinstance(score.value, (int, float)):
            entry["avg"] = float(score.value)
        elif score.value is not None:
            entry["values"][str(score.value)] = entry["values"].get(str(score.value), 0) + 1
        if score.comment:
            entry["comments"].append(score.comment)
        if score.source:
            entry["sources"].append(score.source)
    return stats

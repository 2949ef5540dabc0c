"""Lay out a replay's spans: recorded steps keep their timing, replaced steps sit where the old ones were.

Later spans shift by the change in a replaced step's duration and enclosing spans (the root) stretch, so
the timings of a replay add up the way the recording's did.
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..traces import Message, PromptRef, Span, Trace, Usage
from .overrides import Overrides

if TYPE_CHECKING:
    from .engine import ReplayRequest


def replay_id(parent_id: str, backend: str, overrides: Overrides, llm: str = "auto") -> str:
    """Deterministic id of a replay: the same parent, backend, overrides and llm mode give the same id."""
    key = {"parent": parent_id, "backend": backend, "overrides": overrides.as_dict()}
    if llm != "auto":
        key["llm"] = llm
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode("utf-8")).hexdigest()[:10]
    return f"{parent_id}.replay-{digest}"


def retime(spans: list[Span], old: Span, new: Span) -> list[Span]:
    """Put ``new`` in place of ``old``: spans after it shift by the change in duration, enclosing ones stretch."""
    delta = (new.end_time - new.start_time) - (old.end_time - old.start_time)
    out = []
    for span in spans:
        if span.span_id == old.span_id:
            out.append(new)
            continue
        if delta and span.start_time >= old.end_time:
            span = span.model_copy(update={"start_time": span.start_time + delta, "end_time": span.end_time + delta})
        elif delta and span.end_time >= old.end_time and span.start_time <= old.start_time:
            span = span.model_copy(update={"end_time": span.end_time + delta})
        out.append(span)
    return out


def assemble(
    request: ReplayRequest, answer: str, usage: Usage, cost: float | None, latency_ms: float,
    meta: dict[str, Any], finish_reason: str | None,
) -> Trace:
    """Spans of the replay: recorded steps keep their timing, replaced steps sit where the old ones were."""
    trace = request.trace
    spans = [s.model_copy(deep=True) for s in sorted(trace.spans, key=lambda s: s.start_time)]
    if request.retrieval != "recording":
        first = True
        for span in [s for s in spans if s.kind == "retriever"]:
            docs = request.documents if first else []
            attrs = {**span.attributes, "retrieval.index": request.search_index,
                     "retrieval.filter": request.search_filter, "replay.retrieval": "re-run"}
            # retrieval really ran again: the recorded span's error (e.g. an outage) does not carry over
            new = span.model_copy(update={"documents": docs, "attributes": attrs, "status": "ok", "error": None,
                                          "output": {"documents": [d.id for d in docs]}})
            spans, first = retime(spans, span, new), False
    by_id = {s.span_id: s for s in request.tool_spans}
    for span in [s for s in spans if s.kind == "tool" and s.span_id in by_id]:
        current = next(s for s in spans if s.span_id == span.span_id)
        new = by_id[span.span_id]
        shift = current.start_time - new.start_time
        spans = retime(spans, current, new.model_copy(update={"start_time": new.start_time + shift,
                                                              "end_time": new.end_time + shift}))
    old_llm = next(s for s in spans if s.span_id == (trace.llm_span.span_id if trace.llm_span else ""))
    spans = retime(spans, old_llm, _new_llm_span(request, old_llm, answer, usage, cost, latency_ms, meta,
                                                 finish_reason))
    root_id = trace.root_span.span_id if trace.root_span is not None else None
    spans = [s.model_copy(update={"output": {"answer": answer}}) if s.span_id == root_id else s for s in spans]
    root = next((s for s in spans if s.span_id == root_id), None)
    total = root.duration_ms if root is not None else latency_ms
    return Trace(
        trace_id=replay_id(trace.trace_id, meta["backend"], request.overrides, request.mode),
        name=trace.name,
        timestamp=trace.timestamp,
        session_id=trace.session_id,
        environment="replay",
        release=trace.release,
        tags=[*trace.tags, "replay"] if "replay" not in trace.tags else list(trace.tags),
        metadata={**trace.metadata, "replay": meta},
        input=trace.input if trace.input is not None else {"query": request.query},
        output={"answer": answer},
        latency_ms=round(total, 1),
        spans=spans,
    )


def _new_llm_span(
    request: ReplayRequest, old: Span, answer: str, usage: Usage, cost: float | None, latency_ms: float,
    meta: dict[str, Any], finish_reason: str | None,
) -> Span:
    recorded_vars = {k: v for k, v in request.prompt.variables.items()
                     if k not in ("question", "context", "tool_results")}
    params = {**old.model_parameters}
    if request.temperature is not None:
        params["temperature"] = request.temperature
    ref = PromptRef(name=request.prompt.name, version=request.prompt.version, variables=recorded_vars) \
        if old.prompt is not None or request.messages_source.startswith("registry") else None
    return Span(
        span_id=old.span_id,
        parent_id=old.parent_id,
        name=old.name,
        kind="llm",
        start_time=old.start_time,
        end_time=old.start_time + timedelta(milliseconds=latency_ms),
        input={"messages": request.messages},
        output=answer,
        attributes={
            **({k: v for k, v in old.attributes.items() if not k.startswith("llm.")}),
            "llm.backend": meta["backend"],
            "llm.system_fingerprint": meta["system_fingerprint"],
            "llm.response_id": meta["response_id"],
            "llm.finish_reason": finish_reason,
            "llm.latency_source": meta["latency_source"],
        },
        model=request.model,
        model_parameters=params,
        prompt=ref,
        messages=[Message(role=m["role"], content=m["content"]) for m in request.messages],
        usage=usage,
        cost_usd=cost,
    )


__all__ = ["assemble", "replay_id", "retime"]

"""Replay a recorded request with overrides, through the official ``openai`` SDK.

The whole request is rebuilt from the trace: the query, the prompt variables recorded on the LLM
span, the retrieved documents (served from the recording, or re-retrieved from a named local index),
the tool results (served from the recording), and the model and temperature unless overridden. The
requested prompt version is rendered from the prompt registry and sent with
``client.chat.completions.create``; only the client's transport decides who answers (see
:func:`~llmops_kit.replay.client.make_client`).

The result is a new :class:`~llmops_kit.traces.Trace`: its id is derived from the parent id, the
backend and the overrides (so the same replay always gets the same id); its spans keep the recorded
timings of everything served from the recording and put the new LLM call where the old one was, so
the timings add up; it carries usage, cost from the contract's price table, the answer, a quality
score from :mod:`llmops_kit.quality`, and ``metadata["replay"]`` linking it to its parent.

Latency of the new LLM call is the simulated latency the endpoint reports in the
``x-llmops-simulated-latency-ms`` header (the simulator and the local server do), else measured wall
time around the call (a real API).
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import openai

from ..contract import Contract, load_contract
from ..errors import OverrideError, ReplayError
from ..prompts import PromptRegistry, RenderedPrompt, default_registry, format_context, format_tool_results
from ..quality import score_trace
from ..traces import Document, Message, PromptRef, Score, Span, Trace, Usage
from .client import backend_name, endpoint_name, make_client, translate_error
from .simulator import approx_message_tokens, approx_tokens
from .transport import LATENCY_HEADER

VALID_OVERRIDES = ("prompt_version", "model", "temperature", "index")
TEMPERATURE_RANGE = (0.0, 2.0)


@dataclass(frozen=True)
class Overrides:
    """Validated replay overrides; ``None`` keeps what the trace recorded."""

    prompt_version: str | None = None
    model: str | None = None
    temperature: float | None = None
    index: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in VALID_OVERRIDES if getattr(self, k) is not None}


def validate_overrides(overrides: Mapping[str, Any] | Overrides | None) -> Overrides:
    """Check keys and values; any problem is an :class:`OverrideError` that says what is accepted."""
    if overrides is None:
        return Overrides()
    if isinstance(overrides, Overrides):
        return overrides
    if not isinstance(overrides, Mapping):
        raise OverrideError(
            f"overrides must be a dict such as {{'model': 'gpt-4o-mini'}}, got {type(overrides).__name__}."
        )
    unknown = sorted(str(k) for k in overrides if k not in VALID_OVERRIDES)
    if unknown:
        raise OverrideError(
            f"unknown override key(s) {unknown}; valid keys are: {', '.join(VALID_OVERRIDES)}."
        )
    values: dict[str, Any] = {}
    for key in ("prompt_version", "model", "index"):
        if key in overrides:
            value = overrides[key]
            if not isinstance(value, str) or not value.strip():
                raise OverrideError(f"override {key!r} must be a non-empty string, got {value!r}.")
            values[key] = value.strip()
    if "temperature" in overrides:
        value = overrides["temperature"]
        low, high = TEMPERATURE_RANGE
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or not low <= value <= high:
            raise OverrideError(f"override 'temperature' must be a number from {low} to {high}, got {value!r}.")
        values["temperature"] = float(value)
    if "index" in values:
        from ..knowledge_base import available_indexes  # the data layer; imported only when asked for

        if values["index"] not in available_indexes():
            raise OverrideError(
                f"override 'index' names no known retrieval index: {values['index']!r}; "
                f"known indexes: {', '.join(available_indexes())}."
            )
    return Overrides(**values)


@dataclass(frozen=True)
class ReplayRequest:
    """Everything replay will send, built from the trace before any call is made (a dry run)."""

    trace: Trace
    overrides: Overrides
    prompt: RenderedPrompt
    model: str
    temperature: float | None
    documents: list[Document]
    retrieval: str
    query: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def messages(self) -> list[dict[str, str]]:
        return self.prompt.messages


def build_request(
    trace: Trace,
    overrides: Mapping[str, Any] | Overrides | None = None,
    *,
    registry: PromptRegistry | None = None,
    contract: Contract | None = None,
) -> ReplayRequest:
    """Rebuild the request a trace recorded, with overrides applied; raises before anything is sent."""
    where = f"replay of trace {trace.trace_id!r}"
    checked = validate_overrides(overrides)
    contract = contract or load_contract()
    llm = trace.llm_span
    if llm is None:
        raise ReplayError(f"{where}: the trace has no LLM span, so there is no model call to replay.")
    ref = llm.prompt
    if ref is None:
        raise ReplayError(
            f"{where}: the LLM span recorded no prompt (prompt.name / prompt.version), so the request cannot "
            "be rebuilt; record the prompt reference on the llm span."
        )
    query = trace.query
    if not query:
        raise ReplayError(f"{where}: the trace recorded no user query (trace input or root span input).")
    model = checked.model or llm.model
    if not model:
        raise ReplayError(f"{where}: the LLM span recorded no model; pass overrides={{'model': ...}}.")
    temperature = checked.temperature if checked.temperature is not None else trace.temperature

    if checked.index is not None:
        from ..knowledge_base import get_index

        retriever = trace.spans_of("retriever")
        top_k = retriever[0].attributes.get("retrieval.top_k") if retriever else None
        k = top_k if isinstance(top_k, int) and top_k > 0 else contract.retrieval.expected_top_k
        documents = get_index(checked.index).search(query, k=k)
        retrieval = f"index:{checked.index}"
    else:
        documents = list(trace.documents or [])
        retrieval = "recording"

    template = (registry or default_registry()).get(ref.name, checked.prompt_version or ref.version)
    variables = {
        **ref.variables,
        "question": query,
        "context": format_context(documents),
        "tool_results": format_tool_results(trace.tool_spans),
    }
    try:
        prompt = template.render(variables)
    except ReplayError as exc:
        raise ReplayError(f"{where}: {exc}") from exc
    return ReplayRequest(
        trace=trace, overrides=checked, prompt=prompt, model=model, temperature=temperature,
        documents=documents, retrieval=retrieval, query=query,
    )


def replay_trace(
    trace: Trace,
    overrides: Mapping[str, Any] | Overrides | None = None,
    *,
    client: openai.OpenAI | None = None,
    registry: PromptRegistry | None = None,
    contract: Contract | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> Trace:
    """Re-run a recorded request with overrides and return the replay as a new, linked trace.

    ``client`` defaults to :func:`make_client` ("auto": the offline simulator unless ``OPENAI_API_KEY``
    is set). ``clock`` only measures wall time for endpoints that do not report a simulated latency.
    """
    contract = contract or load_contract()
    request = build_request(trace, overrides, registry=registry, contract=contract)
    client = client or make_client("auto")
    backend = backend_name(client)
    where = f"replay of trace {trace.trace_id!r}"
    kwargs: dict[str, Any] = {"model": request.model, "messages": request.messages}
    if request.temperature is not None:
        kwargs["temperature"] = request.temperature
    started = clock()
    try:
        raw = client.chat.completions.with_raw_response.create(**kwargs)
        completion = raw.parse()
    except (openai.OpenAIError, ValueError) as exc:
        error = translate_error(exc, client, model=request.model, where=where)
        error.trace_id = trace.trace_id  # type: ignore[attr-defined]
        raise error from exc
    wall_ms = (clock() - started) * 1000.0
    reported = raw.headers.get(LATENCY_HEADER)
    latency_ms, latency_source = (float(reported), "simulated") if reported else (round(wall_ms, 1), "measured")

    if not completion.choices:
        raise ReplayError(f"{where}: {endpoint_name(client)} returned no choices.")
    answer = completion.choices[0].message.content or ""
    if completion.usage is not None:
        usage = Usage(input_tokens=completion.usage.prompt_tokens, output_tokens=completion.usage.completion_tokens)
        token_source = "endpoint"
    else:
        usage = Usage(input_tokens=approx_message_tokens(request.messages), output_tokens=approx_tokens(answer))
        token_source = "approximation: 4 characters per token"
    price = contract.price(request.model)
    cost = round(price.cost(usage.input_tokens, usage.output_tokens), 8) if price else None

    meta = {
        "parent_trace_id": trace.trace_id,
        "overrides": request.overrides.as_dict(),
        "backend": backend,
        "endpoint": endpoint_name(client),
        "model": request.model,
        "response_model": completion.model,
        "prompt_version": request.prompt.version,
        "response_id": completion.id,
        "system_fingerprint": completion.system_fingerprint,
        "latency_source": latency_source,
        "token_source": token_source,
        "retrieval": request.retrieval,
        "tools": "recording",
        "defaulted_variables": request.prompt.defaulted,
        "price_known": price is not None,
    }
    replayed = _assemble(request, answer, usage, cost, latency_ms, meta, completion.choices[0].finish_reason)
    report = score_trace(replayed, contract)
    replayed.scores = [
        Score(name="quality", value=report.score, source=f"llmops_kit.quality:{report.scorer}", comment=report.reason)
    ]
    replayed.metadata["replay"]["quality_evaluable"] = report.evaluable
    return replayed


def replay_id(parent_id: str, backend: str, overrides: Overrides) -> str:
    """Deterministic id of a replay: the same parent, backend and overrides give the same id."""
    key = json.dumps({"parent": parent_id, "backend": backend, "overrides": overrides.as_dict()}, sort_keys=True)
    return f"{parent_id}.replay-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:10]}"


def _assemble(
    request: ReplayRequest, answer: str, usage: Usage, cost: float | None, latency_ms: float,
    meta: dict[str, Any], finish_reason: str | None,
) -> Trace:
    """Spans of the replay: recorded steps keep their timing, the new LLM call replaces the old one."""
    trace = request.trace
    old_llm = trace.llm_span
    assert old_llm is not None  # build_request checked
    root = trace.root_span
    llm_delta = timedelta(milliseconds=latency_ms) - (old_llm.end_time - old_llm.start_time)
    spans: list[Span] = []
    retriever_done = False
    for span in sorted(trace.spans, key=lambda s: s.start_time):
        if span.span_id == old_llm.span_id:
            spans.append(_new_llm_span(request, span, answer, usage, cost, latency_ms, meta, finish_reason))
            continue
        update: dict[str, Any] = {}
        if span.start_time >= old_llm.end_time:  # after the answer (e.g. an output guardrail): shift
            update = {"start_time": span.start_time + llm_delta, "end_time": span.end_time + llm_delta}
        elif span.end_time >= old_llm.end_time:  # encloses the LLM call (the root chain): stretch
            update = {"end_time": span.end_time + llm_delta}
        if root is not None and span.span_id == root.span_id:
            update["output"] = {"answer": answer}
        if span.kind == "retriever" and request.retrieval != "recording":
            docs = [] if retriever_done else request.documents
            attrs = {**span.attributes, "retrieval.index": request.overrides.index, "replay.retrieval": "re-run"}
            # retrieval really ran again: the recorded span's error (e.g. an outage) does not carry over
            update |= {"documents": docs, "attributes": attrs, "output": {"documents": [d.id for d in docs]},
                       "status": "ok", "error": None}
            retriever_done = True
        spans.append(span.model_copy(update=update, deep=True))
    total = (root.duration_ms + llm_delta.total_seconds() * 1000) if root is not None else latency_ms
    metadata = {**trace.metadata, "replay": meta}
    return Trace(
        trace_id=replay_id(trace.trace_id, meta["backend"], request.overrides),
        name=trace.name,
        timestamp=trace.timestamp,
        session_id=trace.session_id,
        environment="replay",
        release=trace.release,
        tags=[*trace.tags, "replay"] if "replay" not in trace.tags else list(trace.tags),
        metadata=metadata,
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
            "llm.backend": meta["backend"],
            "llm.system_fingerprint": meta["system_fingerprint"],
            "llm.response_id": meta["response_id"],
            "llm.finish_reason": finish_reason,
            "llm.latency_source": meta["latency_source"],
        },
        model=request.model,
        model_parameters=params,
        prompt=PromptRef(name=request.prompt.name, version=request.prompt.version, variables=recorded_vars),
        messages=[Message(role=m["role"], content=m["content"]) for m in request.messages],
        usage=usage,
        cost_usd=cost,
    )


def is_replay(trace: Trace) -> bool:
    return isinstance(trace.metadata.get("replay"), dict)


__all__ = [
    "TEMPERATURE_RANGE",
    "VALID_OVERRIDES",
    "Overrides",
    "ReplayRequest",
    "build_request",
    "is_replay",
    "replay_id",
    "replay_trace",
    "validate_overrides",
]

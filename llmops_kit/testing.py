"""Test helpers that ship with the library, so you can test your own code without hand-writing JSON.

- :func:`trace_payload`: a minimal valid native trace as plain JSON data (root chain, retriever, llm),
  with any top-level field overridden; for loaders, the CLI and anything that reads files.
- :func:`build_trace`: a recorded RAG request the way production would leave it: root chain ->
  retriever -> (tool) -> llm spans with the contract's span names, the recorded prompt version rendered
  from the registry into the LLM span's messages, and the answer you give (or the simulator's).
- :func:`offline_client`: an ``openai.OpenAI`` client that never leaves the process: the replay
  simulator, or any ``httpx2`` transport you pass (a ``MockTransport`` that fails on purpose, say).
- :class:`StaticToolRunner`: a fake tool service for live tool replays that records its calls.

Every helper is deterministic: fixed timestamps (:data:`T0`, :data:`PAYLOAD_T0`), no randomness.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import httpx2
import openai

from .contract import load_contract
from .prompts import default_registry, format_context, format_tool_results
from .replay.simulator import Simulator
from .replay.tools import ToolResult
from .traces import Document, ErrorInfo, Message, PromptRef, Span, Trace, Usage

__all__ = ["PAYLOAD_T0", "T0", "StaticToolRunner", "build_trace", "offline_client", "trace_payload"]

#: Start of every :func:`build_trace` request unless ``start`` is given.
T0 = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)
#: Start of every :func:`trace_payload` trace unless ``timestamp`` and the spans are overridden.
PAYLOAD_T0 = datetime(2025, 3, 12, 8, 30, tzinfo=timezone.utc)


def trace_payload(trace_id: str = "t-1", **overrides: Any) -> dict[str, Any]:
    """A minimal valid native trace as plain JSON data (root chain + retriever + llm), fields overridable.

    Healthy by every detector: a relevant document, the expected prompt version, a cited grounded answer,
    1.5 s end to end. Change one field (``spans``, ``output``, ...) to make the one failure you test.
    """
    def at(ms: int) -> str:
        return (PAYLOAD_T0 + timedelta(milliseconds=ms)).isoformat()

    payload: dict[str, Any] = {
        "trace_id": trace_id,
        "name": "support-chat",
        "timestamp": at(0),
        "input": {"query": "How long do refunds take?"},
        "output": {"answer": "Refunds reach your card within 5 business days [kb-002]."},
        "spans": [
            {"span_id": "s0", "name": "support-chat", "kind": "chain", "start_time": at(0), "end_time": at(1500)},
            {
                "span_id": "s1", "parent_id": "s0", "name": "kb.search", "kind": "retriever",
                "start_time": at(10), "end_time": at(210),
                "documents": [{"id": "kb-002", "content": "Refunds reach your card within 5 business days.",
                               "score": 0.84}],
            },
            {
                "span_id": "s2", "parent_id": "s0", "name": "llm.chat", "kind": "llm",
                "start_time": at(220), "end_time": at(1490), "model": "gpt-4o",
                "model_parameters": {"temperature": 0.2},
                "prompt": {"name": "support-answer", "version": "v2.0", "variables": {"store_name": "Shop"}},
                "usage": {"input_tokens": 600, "output_tokens": 40}, "cost_usd": 0.0019,
                "output": "Refunds reach your card within 5 business days [kb-002].",
            },
        ],
    }
    payload.update(overrides)
    return payload


def offline_client(transport: httpx2.BaseTransport | None = None, *, max_retries: int = 0) -> openai.OpenAI:
    """An ``openai.OpenAI`` client that stays in the process: the simulator, or ``transport`` when given.

    With a transport (e.g. ``httpx2.MockTransport(handler)``) the SDK builds, sends and parses requests as
    it would against the API, so a test sees the SDK's own errors and retries; ``max_retries`` defaults to
    0 so a failure shows at once.
    """
    if transport is None:
        from .replay import make_client

        return make_client("simulator")
    return openai.OpenAI(api_key="sk-test", base_url="http://simulator.llmops.invalid/v1",
                         http_client=httpx2.Client(transport=transport), max_retries=max_retries)


class StaticToolRunner:
    """A fake tool service for ``tools="live"`` / ``tool_timeout_ms`` replays: one fixed answer and latency.

    It records every call (``calls``), so a test can see which tool spans the replay really re-ran.
    """

    def __init__(self, output: Any, latency_ms: float = 200.0, error: str | None = None) -> None:
        self.output, self.latency_ms, self.error = output, latency_ms, error
        self.calls: list[tuple[str, float]] = []

    def __call__(self, span: Span, timeout_ms: float) -> ToolResult:
        self.calls.append((span.span_id, timeout_ms))
        return ToolResult(output=self.output, latency_ms=self.latency_ms, error=self.error)


def build_trace(
    trace_id: str,
    query: str,
    documents: list[Document],
    answer: str | None = None,
    *,
    prompt_version: str = "v2.0",
    model: str = "gpt-4o",
    temperature: float = 0.2,
    variables: dict[str, Any] | None = None,
    tool_output: Any = None,
    tool_error: str | None = None,
    retrieval_ms: float = 180.0,
    tool_ms: float = 250.0,
    llm_ms: float = 1400.0,
    start: datetime = T0,
) -> Trace:
    """A native trace of one support request; add a tool span with ``tool_output`` or ``tool_error``.

    Without ``answer`` the recorded answer is what the simulator says to the rendered request, i.e. what
    that prompt version and model would have produced in production under the behaviour model.
    """
    def at(ms: float) -> datetime:
        return start + timedelta(milliseconds=ms)

    variables = {"store_name": "Northwind Outfitters", "customer_tier": "standard"} if variables is None else variables
    spans = [
        Span(span_id="retrieve", parent_id="root", name="kb.search", kind="retriever", start_time=at(5),
             end_time=at(5 + retrieval_ms), input={"query": query}, documents=documents,
             attributes={"retrieval.index": "kb-primary", "retrieval.top_k": 4}),
    ]
    cursor = 5 + retrieval_ms
    if tool_output is not None or tool_error is not None:
        spans.append(Span(
            span_id="tool", parent_id="root", name="tool.order_lookup", kind="tool", start_time=at(cursor + 5),
            end_time=at(cursor + 5 + tool_ms), input={"query": query}, output=tool_output,
            status="error" if tool_error else "ok",
            error=ErrorInfo(type="TimeoutError", message=tool_error) if tool_error else None,
            attributes={"tool.name": "order_lookup", "tool.timeout_ms": load_contract().tools.default_timeout_ms},
        ))
        cursor += 5 + tool_ms
    ref = PromptRef(name="support-answer", version=prompt_version, variables=variables)
    rendered = default_registry().get(ref.name, ref.version).render({
        **variables, "question": query, "context": format_context(documents),
        "tool_results": format_tool_results([s for s in spans if s.kind == "tool"]),
    })
    if answer is None:
        answer = Simulator().complete(
            {"model": model, "temperature": temperature, "messages": rendered.messages}
        ).content
    input_tokens = sum(len(m["content"]) for m in rendered.messages) // 4
    output_tokens = len(answer) // 4
    price = load_contract().price(model)
    llm_start = cursor + 10
    spans.append(Span(
        span_id="llm", parent_id="root", name="llm.chat", kind="llm", start_time=at(llm_start),
        end_time=at(llm_start + llm_ms), model=model, model_parameters={"temperature": temperature}, prompt=ref,
        messages=[Message(role=m["role"], content=m["content"]) for m in rendered.messages], output=answer,
        usage=Usage(input_tokens=input_tokens, output_tokens=output_tokens),
        cost_usd=round(price.cost(input_tokens, output_tokens), 8) if price else None,
    ))
    end = llm_start + llm_ms + 15
    root = Span(span_id="root", name="support-chat", kind="chain", start_time=at(0), end_time=at(end),
                input={"query": query}, output={"answer": answer})
    return Trace(trace_id=trace_id, name="support-chat", timestamp=start, input={"query": query},
                 output={"answer": answer}, spans=[root, *spans])

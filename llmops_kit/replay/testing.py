"""Test helpers that ship with the library: build a recorded RAG trace the way production would.

``build_trace`` lays out root chain -> retriever -> (tool) -> llm spans with the contract's span names,
renders the recorded prompt version from the registry into the LLM span's messages, and takes the
recorded answer from the caller. Use it to test replay, diagnosis or metrics on your own data without
hand-writing JSON.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from ..contract import load_contract
from ..prompts import default_registry, format_context, format_tool_results
from ..traces import Document, ErrorInfo, Message, PromptRef, Span, Trace, Usage
from .simulator import Simulator
from .tools import ToolResult

T0 = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)


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

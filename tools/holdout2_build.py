"""Second held-out set: turn one request description (a ``Case``) into a native trace dict.

Written anew for ``tests/data/holdout2`` (standard library only). A case says what the customer asked, what each
retriever returned, which tools ran and how, what the model answered and how the request was shaped (query
rewrite, reranker, retry or planning loop, resent history, passages in the system or the user message); the
builder lays the spans out on a timeline that ends at the case's chosen duration and splits the case's token
total over its LLM calls. Nothing here knows a label: the label of a case travels next to the trace, never in it.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

#: USD per 1M tokens (input, output), as in the observability contract's price table
PRICES = {"gpt-4o-mini": (0.15, 0.6), "gpt-4o": (2.5, 10.0)}
START = datetime(2026, 5, 4, 7, 0, tzinfo=timezone.utc)


@dataclass
class Tool:
    """One tool call: what went in, what came out, how long it took, and how it ended."""

    name: str
    input: dict[str, Any]
    output: Any = None
    ms: int = 250
    timeout_ms: int | None = 3000  # None: the span records no timeout (the contract default applies)
    error: tuple[str, str] | None = None  # (type, message) when the span failed
    after_retrieval: bool = True


@dataclass
class Retriever:
    """One retriever span: its index and the (article id, score) pairs it returned."""

    index: str
    docs: list[tuple[str, float]]
    ms: int = 120


@dataclass
class Case:
    """Everything one request did; the builder derives the trace from it."""

    domain: str
    service: str
    question: str
    answer: str
    articles: dict[str, tuple[str, str]]  # id -> (title, text) of the domain's help centre
    system: str
    retrievers: list[Retriever]
    tools: list[Tool] = field(default_factory=list)
    history: list[tuple[str, str]] = field(default_factory=list)
    prompt_version: str = "v2.0"
    model: str = "gpt-4o-mini"
    temperature: float = 0.2
    duration_ms: int = 2400
    tokens: int = 1800
    context_in: str = "system"  # the passages go in the system or the user message
    rewrite: str | None = None  # a query-rewrite LLM call that produced this search query
    rerank: bool = False
    retries: int = 0  # extra near-identical answer calls before the final one (a retry loop)
    plan_steps: list[str] = field(default_factory=list)  # planning calls of an agent loop, before the answer
    pasted: str | None = None  # a tool record dump pasted into the prompt
    guardrail: bool = False
    request_id: str | None = None  # the app's request id, recorded in the trace metadata
    feedback: float | None = None
    shuffle_spans: bool = False


class _Ids:
    """Seeded hex ids: 32 hex digits per trace, 16 per span, as W3C trace context writes them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def hex(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))


def _iso(ms: float, base: datetime) -> str:
    return (base + timedelta(milliseconds=ms)).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _passages(case: Case, ids: list[str]) -> str:
    return "\n\n".join(f"[{i}] {case.articles[i][0]}\n{case.articles[i][1]}" for i in ids)


def _tool_text(tools: list[Tool]) -> str:
    lines = []
    for t in tools:
        result = f"ERROR {t.error[0]}: {t.error[1]}" if t.error else json.dumps(t.output, ensure_ascii=False)
        lines.append(f"Tool {t.name}({json.dumps(t.input, ensure_ascii=False)}) -> {result}")
    return "\n".join(lines)


def _messages(case: Case, query: str) -> list[dict[str, str]]:
    """The chat the answer call received: system prompt, passages, tool results, history, question."""
    seen = [i for r in case.retrievers for i, _ in r.docs]
    context = _passages(case, list(dict.fromkeys(seen))) or "(no articles found)"
    tools = _tool_text(case.tools)
    system = case.system
    user = case.question
    if case.context_in == "system":
        system = f"{system}\n\nHelp-centre articles:\n{context}"
        if tools:
            system += f"\n\nTool results:\n{tools}"
    else:
        extra = f"\n\nTool results:\n{tools}" if tools else ""
        user = f"Articles:\n{context}{extra}\n\nCustomer question: {case.question}"
    if case.pasted:
        user = f"{user}\n\nFull account records:\n{case.pasted}"
    msgs = [{"role": "system", "content": system}]
    for role, text in case.history:
        msgs.append({"role": role, "content": text})
    msgs.append({"role": "user", "content": user})
    return msgs


def _usage(total: int, answer: str, rng: random.Random) -> dict[str, int]:
    out = max(12, len(answer) // 4 + rng.randrange(0, 9))
    return {"input_tokens": total - out, "output_tokens": out, "total_tokens": total}


def _cost(model: str, usage: dict[str, int]) -> float:
    pin, pout = PRICES[model]
    return round(usage["input_tokens"] * pin / 1e6 + usage["output_tokens"] * pout / 1e6, 8)


def build(case: Case, n: int, rng: random.Random) -> dict[str, Any]:
    """The native trace dict of one case (the n-th of the set: its start time and its ids)."""
    ids = _Ids(rng)
    base = START + timedelta(minutes=17 * n, seconds=rng.randrange(60))
    trace_id, root_id = ids.hex(32), ids.hex(16)
    llm_calls = 1 + case.retries + len(case.plan_steps) + bool(case.rewrite) + bool(case.rerank)
    fixed = sum(r.ms for r in case.retrievers) + sum(t.ms for t in case.tools) + (len(case.tools) + 3) * 6
    aux = (420 if case.rewrite else 0) + (510 if case.rerank else 0) + 900 * (case.retries + len(case.plan_steps))
    answer_ms = case.duration_ms - fixed - aux - 14 * llm_calls - 20
    if case.guardrail:
        answer_ms -= 48
    if answer_ms < 250:
        raise ValueError(f"{case.domain}: duration {case.duration_ms} ms leaves {answer_ms} ms for the answer call; "
                         "give the case a longer duration or shorter tools.")
    # token split: small calls first, the answer call takes what is left of the case's total
    small = {"rewrite": 240 + rng.randrange(40), "rerank": 560 + rng.randrange(80)}
    spans: list[dict[str, Any]] = []
    clock = 4.0 + rng.randrange(6)
    msgs_q = case.question

    def add(span: dict[str, Any], ms: float) -> None:
        nonlocal clock
        span.update(start_time=_iso(clock, base), end_time=_iso(clock + ms, base), parent_id=root_id)
        spans.append(span)
        clock += ms + 6

    def llm(name: str, prompt: str, version: str, msgs: list[dict[str, str]], out: str, total: int,
            ms: float) -> None:
        usage = _usage(total, out, rng)
        add({"span_id": ids.hex(16), "name": name, "kind": "llm", "status": "ok", "model": case.model,
             "model_parameters": {"temperature": case.temperature, "max_tokens": 600},
             "prompt": {"name": prompt, "version": version, "variables": {"service": case.service}},
             "messages": [*msgs, {"role": "assistant", "content": out}], "output": {"content": out},
             "usage": usage, "cost_usd": _cost(case.model, usage), "attributes": {}}, ms)

    spent = 0
    if case.rewrite:
        llm("llm.rewrite", "query-rewrite", "v3", [{"role": "system", "content": "Rewrite the customer's message "
            "as a short search query for the help centre."}, {"role": "user", "content": case.question}],
            case.rewrite, small["rewrite"], 420)
        spent += small["rewrite"]
        msgs_q = case.rewrite

    def run_tools(after: bool) -> None:
        for t in case.tools:
            if t.after_retrieval != after:
                continue
            attrs: dict[str, Any] = {"tool.name": t.name}
            if t.timeout_ms is not None:
                attrs["tool.timeout_ms"] = t.timeout_ms
            span = {"span_id": ids.hex(16), "name": f"tool.{t.name}", "kind": "tool", "input": t.input,
                    "output": None if t.error else t.output, "status": "error" if t.error else "ok",
                    "attributes": attrs}
            if t.error:
                span["error"] = {"type": t.error[0], "message": t.error[1]}
            add(span, t.ms)

    run_tools(after=False)
    for r in case.retrievers:
        docs = [{"id": i, "title": case.articles[i][0], "content": case.articles[i][1], "score": s,
                 "metadata": {"source": r.index}} for i, s in r.docs]
        add({"span_id": ids.hex(16), "name": "kb.search", "kind": "retriever", "status": "ok",
             "input": {"query": msgs_q}, "documents": docs,
             "attributes": {"retrieval.index": r.index, "retrieval.top_k": 4}}, r.ms)
    run_tools(after=True)
    msgs = _messages(case, msgs_q)
    if case.rerank:
        order = ", ".join(i for r in case.retrievers for i, _ in sorted(r.docs, key=lambda d: -d[1]))
        llm("llm.rerank", "passage-rerank", "v1", [{"role": "system", "content": "Order the passages by how "
            "well they answer the question; reply with their ids."}, {"role": "user", "content":
            f"Question: {msgs_q}\n\n{_passages(case, [i for r in case.retrievers for i, _ in r.docs])}"}],
            order or "(none)", small["rerank"], 510)
        spent += small["rerank"]
    loops = len(case.plan_steps) + case.retries + 1
    share = (case.tokens - spent) // loops
    for step in case.plan_steps:
        llm("llm.chat", "support-answer", case.prompt_version, msgs, step, share + rng.randrange(-30, 30), 900)
        spent += share
    for _ in range(case.retries):
        draft = case.answer[: max(40, len(case.answer) * 2 // 3)].rstrip() + " ..."
        llm("llm.chat", "support-answer", case.prompt_version, msgs, draft, share + rng.randrange(-20, 20), 900)
        spent += share
    llm("llm.chat", "support-answer", case.prompt_version, msgs, case.answer, case.tokens - spent
        + rng.randrange(-15, 15), answer_ms)
    if case.guardrail:
        add({"span_id": ids.hex(16), "name": "guardrail.output", "kind": "guardrail", "status": "ok",
             "input": {"text": case.answer[:80]}, "output": {"allowed": True}, "attributes": {}}, 42)
    end = case.duration_ms
    root = {"span_id": root_id, "parent_id": None, "name": "support-chat", "kind": "chain", "status": "ok",
            "start_time": _iso(0, base), "end_time": _iso(end, base), "input": {"query": case.question},
            "output": {"answer": case.answer}, "attributes": {"service": case.service}}
    if clock > end:
        raise ValueError(f"{case.domain}: spans run to {clock:.0f} ms, past the root's {end} ms; fix the layout.")
    body = spans
    if case.shuffle_spans:
        body = spans[:]
        rng.shuffle(body)
    trace: dict[str, Any] = {
        "schema_version": "1.0", "trace_id": trace_id, "name": "support-chat", "timestamp": _iso(0, base),
        "session_id": f"sess-{ids.hex(10)}", "user_id": f"cust-{rng.randrange(10000, 99999)}",
        "environment": "production", "release": f"{case.service}@2026.{rng.randrange(3, 6)}.{rng.randrange(10)}",
        "tags": [case.domain, "support"], "metadata": {"channel": rng.choice(["web", "app", "email", "chat"])},
        "input": {"query": case.question}, "output": {"answer": case.answer},
        "spans": [root, *body], "scores": [],
    }
    if case.request_id is not None:
        trace["metadata"]["request_id"] = case.request_id
    if case.feedback is not None:
        trace["scores"].append({"name": "user_feedback", "value": case.feedback, "source": "thumbs"})
    return trace


def total_tokens(trace: dict[str, Any]) -> int:
    """Input plus output tokens over LLM spans only (what the cost rule counts)."""
    return sum(s["usage"]["total_tokens"] for s in trace["spans"] if s["kind"] == "llm")


def root_ms(trace: dict[str, Any]) -> float:
    """Root span duration in milliseconds."""
    root = next(s for s in trace["spans"] if s.get("parent_id") is None)
    parse = lambda v: datetime.fromisoformat(v.replace("Z", "+00:00"))  # noqa: E731
    return (parse(root["end_time"]) - parse(root["start_time"])).total_seconds() * 1000

"""Held-out evaluation set: the data model of a hand-written request and the native-trace builder.

A :class:`Domain` is one assistant (system prompt, knowledge base, tools); a :class:`Request` is one
customer question with the articles the retriever finds and the tool result; a :class:`Spec` is one trace:
a request, the answer the model gave and what else differs from a healthy run (retrieval, tool outcome,
prompt version, extra LLM calls, duration, personal data), plus the label a careful on-call engineer gives
after reading it against ``runbooks/observability_contract.json``. The label never enters the trace.

Written independently of the dev set (``tests/data/evalset``): only the native trace format is shared.
Token counts are estimated as one token per four characters of every message sent plus the tool schemas,
the same rule for every trace, so the cost labels rest on a consistent scale.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

PRICES = {"gpt-4o": (2.5, 10.0), "gpt-4o-mini": (0.15, 0.6)}  # USD per 1M tokens, as in the contract
KEEP: Any = "keep"  # sentinel: use the request's own value


@dataclass
class Tool:
    """One back-office call the assistant makes: name, arguments, result and typical duration."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    ms: int = 600


@dataclass
class Request:
    """One customer question, the articles found for it (id, score) and the optional tool call."""

    query: str
    docs: list[tuple[str, float]]
    tool: Tool | None = None


@dataclass
class Domain:
    """One assistant: organisation, prompt, knowledge base (id -> (title, text)) and how context is labelled."""

    key: str
    org: str
    trace_name: str
    index: str
    model: str
    system: str
    docs: dict[str, tuple[str, str]]
    citation: str  # how articles are labelled in the prompt: kb | doc | num | plain
    region: str
    tool_names: list[str] = field(default_factory=list)
    layout: str = "user"  # where passages and tool results go: the user message, or appended to the system one


@dataclass
class Spec:
    """One trace to write: a request, the answer, the variation and its label (kept outside the trace)."""

    request: str
    answer: str
    codes: tuple[str, ...] = ()
    strength: str = ""
    variation: str = ""
    docs: Any = KEEP  # list of (id, score), [] for an empty retrieval, None for no retriever span
    fallback_docs: list[tuple[str, float]] | None = None  # a second retriever after an empty first one
    tool: str = "ok"  # ok | timeout | timeout_twice | error | soft_error | skip
    tool_ms: int | None = None
    tool_timeout_ms: int | None = 3000  # None: the attribute is not recorded (the contract default applies)
    tool_error: tuple[str, str] | None = None
    tool_output: dict[str, Any] | None = None
    tool_input_extra: dict[str, Any] = field(default_factory=dict)
    prompt_version: str = "v2.0"
    retries: int = 0  # extra near-identical LLM calls before the final one (an output-check retry loop)
    agent_steps: int = 0  # extra planning LLM calls, each resending the growing context
    rewrite: bool = False  # a small query-rewrite call under another prompt before retrieval
    history_turns: int = 0
    tool_rows: int = 0
    target_ms: int | None = None
    slow_part: str = "llm"  # llm | retriever | tool
    query: str | None = None
    id_trap: bool = False
    model: str | None = None
    extra_tool: Tool | None = None  # a second tool called after the request's own
    extra_tool_error: tuple[str, str] | None = None  # (type, message) when that second tool fails
    guardrail: bool = False  # an output guardrail span after the answer (passes)
    feedback: float | None = None  # a user_feedback score logged on the trace


# ---- ids -------------------------------------------------------------------------------------------
def _hex(rng: random.Random, nbytes: int) -> str:
    return "".join(f"{rng.randrange(256):02x}" for _ in range(nbytes))


def luhn_complete(body: str) -> str:
    """``body`` plus the check digit that makes it pass the Luhn test (what a card scanner checks)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def luhn_run(rng: random.Random, length: int) -> str:
    return luhn_complete(rng.choice("3456") + "".join(str(rng.randrange(10)) for _ in range(length - 2)))


def trap_hex(rng: random.Random, nchars: int) -> str:
    """A hex id holding a Luhn-valid run of 13-19 digits fenced by letters, as random ids sometimes do."""
    length = rng.randrange(13, min(19, nchars - 2) + 1)
    at = rng.randrange(1, nchars - length)
    letters = "abcdef"
    ident = [rng.choice("0123456789abcdef") for _ in range(nchars)]
    ident[at - 1] = rng.choice(letters)
    if at + length < nchars:
        ident[at + length] = rng.choice(letters)
    ident[at:at + length] = list(luhn_run(rng, length))
    return "".join(ident)


def trap_uuid(rng: random.Random) -> str:
    run = luhn_run(rng, 16)
    return f"{run[:8]}-{run[8:12]}-{run[12:16]}-{_hex(rng, 2)}-{_hex(rng, 6)}"


def tokens_of(text: str) -> int:
    return math.ceil(len(text) / 4)


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


# ---- prompt material ---------------------------------------------------------------------------------
def schemas(domain: Domain) -> list[dict[str, Any]]:
    """Function definitions sent with every answering call (they cost input tokens on every call)."""
    out = []
    for name in [*domain.tool_names, "search_knowledge", "escalate_to_agent"]:
        if name == "search_knowledge":
            desc = (f"Full-text and vector search over the {domain.org} knowledge base. Returns passages with "
                    "their ids, titles and relevance between 0 and 1. Call it for every question about rules, "
                    "prices, deadlines or procedures; do not answer such questions from general knowledge.")
        elif name == "escalate_to_agent":
            desc = ("Hand the conversation to a staff member with a two-line summary. Use it when the articles "
                    "and tools do not answer the question, when the customer is upset, or when a decision "
                    "needs a human (exceptions, refunds outside policy, complaints).")
        else:
            desc = (f"Read-only lookup of one record in the {domain.org} back office by its reference. Returns "
                    "the record's current state as JSON, or an error object when the record does not exist.")
        out.append({"type": "function", "function": {"name": name, "description": desc, "parameters": {
            "type": "object", "additionalProperties": False, "required": ["reference"],
            "properties": {
                "reference": {"type": "string", "description": "Booking, case, account or application "
                              "reference exactly as the customer or an earlier tool result gave it."},
                "question": {"type": "string", "description": "For searches: the question rewritten to stand "
                             "alone, same language as the customer, with any personal details removed."},
                "note": {"type": "string", "description": "Short neutral summary for the colleague; never "
                         "include card numbers, bank details, e-mail addresses or phone numbers."},
                "urgency": {"type": "string", "enum": ["routine", "soon", "today"],
                            "description": "today only when a deadline or a journey is within 24 hours."},
                "max_results": {"type": "integer", "minimum": 1, "maximum": 10,
                                "description": "Number of passages; 4 unless the question spans topics."},
            }}}})
    return out


def _context(domain: Domain, docs: list[tuple[str, float]]) -> str:
    parts = []
    for n, (doc_id, _score) in enumerate(docs, start=1):
        title, text = domain.docs[doc_id]
        head = {"kb": f"[{doc_id}] {title}", "doc": f"[doc-{n}] {title}", "num": f"({n}) {title} - {doc_id}",
                "plain": f"### {title}"}[domain.citation]
        parts.append(f"{head}\n{text}")
    return "\n\n".join(parts)


def _history(domain: Domain, requests: dict[str, Request], turns: int) -> list[dict[str, str]]:
    """Earlier turns of the chat resent with every call (what makes a long-session cost spike)."""
    pool = [(r.query, _context(domain, r.docs[:2])) for r in requests.values()]
    out: list[dict[str, str]] = []
    for i in range(turns):
        q, ctx = pool[i % len(pool)]
        out += [{"role": "user", "content": f"{q}\n\n(earlier context)\n{ctx}"},
                {"role": "assistant", "content": f"Here is what the articles say about that: {ctx[:600]}"}]
    return out


def _rows(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """A verbose tool payload: many past records, none of them personal data."""
    day = datetime(2025, 1, 6, tzinfo=timezone.utc)
    return [{"ref": f"H{rng.randrange(10**6, 10**7)}", "date": (day + timedelta(days=3 * i)).date().isoformat(),
             "value": round(rng.uniform(2, 600), 2), "state": rng.choice(["closed", "closed", "open", "void"])}
            for i in range(n)]


# ---- the builder -------------------------------------------------------------------------------------
def build(domain: Domain, requests: dict[str, Request], spec: Spec, seed: str, start: datetime) -> dict[str, Any]:
    """The native trace of one spec; ``seed`` makes ids and timings reproducible."""
    rng = random.Random(seed)
    req = requests[spec.request]
    query = spec.query or req.query
    docs = req.docs if spec.docs is KEEP else spec.docs
    model = spec.model or domain.model
    sch = schemas(domain)
    sch_tokens = tokens_of(json.dumps(sch))

    def sid() -> str:
        if spec.id_trap and rng.random() < 0.35:
            return luhn_run(rng, 16)  # all digits is still valid hex
        return trap_hex(rng, 16) if spec.id_trap and rng.random() < 0.3 else _hex(rng, 8)

    root_id = sid()
    steps: list[dict[str, Any]] = []  # spans in order, each with a planned "ms"

    def llm_step(messages: list[dict[str, str]], out_text: str, prompt: dict[str, Any], tools: bool) -> dict:
        tin = sum(tokens_of(m["content"]) + 4 for m in messages) + (sch_tokens if tools else 0)
        tout = tokens_of(out_text) + rng.randrange(1, 6)
        pin, pout = PRICES[model]
        ttft = rng.randrange(220, 600)
        ms = ttft + int(tout * rng.uniform(11.0, 21.0))
        return {"kind": "llm", "name": "llm.chat", "ms": ms, "model": model, "status": "ok",
                "model_parameters": {"temperature": 0.1 if tools else 0.0, "max_tokens": 900},
                "prompt": prompt, "messages": [*messages, {"role": "assistant", "content": out_text}],
                "output": {"content": out_text, "finish_reason": "stop"},
                "usage": {"input_tokens": tin, "output_tokens": tout, "total_tokens": tin + tout},
                "cost_usd": round(tin * pin / 1e6 + tout * pout / 1e6, 8),
                "attributes": {"llm.provider": "openai", "llm.time_to_first_token_ms": ttft,
                               "llm.request.tool_count": len(sch) if tools else 0}}

    if spec.rewrite:
        rw = f"Standalone search query: {query.split('?')[0][:90]}"
        steps.append(llm_step([{"role": "system", "content": "Rewrite the customer's message as one standalone "
                                "search query. Output the query only."}, {"role": "user", "content": query}],
                              rw, {"name": "query-rewrite", "version": "v0.4", "variables": {}}, tools=False))

    def retriever(found: list[tuple[str, float]], index: str) -> dict[str, Any]:
        return {"kind": "retriever", "name": "kb.search", "ms": rng.randrange(60, 280), "status": "ok",
                "input": {"query": query},
                "attributes": {"retrieval.index": index, "retrieval.top_k": 4},
                "documents": [{"id": d, "title": domain.docs[d][0], "content": domain.docs[d][1], "score": s,
                               "metadata": {"source": f"{domain.index}/{d}"}} for d, s in found]}

    if docs is not None:
        steps.append(retriever(docs, domain.index))
        if spec.fallback_docs is not None:
            steps.append(retriever(spec.fallback_docs, domain.index + "-keyword"))
    found = spec.fallback_docs if spec.fallback_docs else (docs or [])

    tool_text = ""
    if req.tool is not None and spec.tool != "skip":
        attempts = 2 if spec.tool == "timeout_twice" else 1
        for attempt in range(attempts):
            timeout = spec.tool_timeout_ms
            ms = spec.tool_ms if spec.tool_ms is not None else req.tool.ms + rng.randrange(-120, 160)
            attrs: dict[str, Any] = {"tool.name": req.tool.name, "tool.attempt": attempt + 1}
            if timeout is not None:
                attrs["tool.timeout_ms"] = timeout
            step: dict[str, Any] = {"kind": "tool", "name": f"tool.{req.tool.name}", "ms": ms, "status": "ok",
                                    "input": {**req.tool.input, **spec.tool_input_extra}, "attributes": attrs}
            if spec.tool in ("timeout", "timeout_twice", "error"):
                kind, message = spec.tool_error or ("TimeoutError", f"no reply from {req.tool.name} "
                                                    f"after {timeout or 3000} ms")
                step.update(status="error", error={"type": kind, "message": message})
                tool_text = f"Tool {req.tool.name} failed ({kind}); no data returned."
            else:
                out = dict(spec.tool_output if spec.tool_output is not None else req.tool.output)
                if spec.tool_rows:
                    out["previous_records"] = _rows(rng, spec.tool_rows)
                step["output"] = out
                tool_text = f"Tool {req.tool.name} returned: {json.dumps(out, ensure_ascii=False)}"
            steps.append(step)

    if spec.extra_tool is not None:
        extra = spec.extra_tool
        step = {"kind": "tool", "name": f"tool.{extra.name}", "ms": extra.ms + rng.randrange(-60, 90),
                "status": "ok", "input": dict(extra.input),
                "attributes": {"tool.name": extra.name, "tool.timeout_ms": 3000, "tool.attempt": 1}}
        if spec.extra_tool_error:
            step.update(status="error", error={"type": spec.extra_tool_error[0], "message": spec.extra_tool_error[1]})
            tool_text += f"\nTool {extra.name} failed ({spec.extra_tool_error[0]}); no data returned."
        else:
            step["output"] = dict(extra.output)
            tool_text += f"\nTool {extra.name} returned: {json.dumps(extra.output, ensure_ascii=False)}"
        tool_text = tool_text.strip()
        steps.append(step)

    context = _context(domain, found)
    evidence = (f"Knowledge base passages:\n{context or '(the search returned nothing)'}"
                + (f"\n\n{tool_text}" if tool_text else ""))
    if domain.layout == "system":
        system, user = f"{domain.system}\n\n---\n{evidence}", query
    else:
        system, user = domain.system, f"{evidence}\n\nCustomer: {query}"
    base = [{"role": "system", "content": system}, *_history(domain, requests, spec.history_turns),
            {"role": "user", "content": user}]
    prompt = {"name": "support-answer", "version": spec.prompt_version, "variables": {"organisation": domain.org}}
    for step_no in range(spec.agent_steps):
        plan = (f"Thought {step_no + 1}: the passages may not be enough; searching again with other words "
                f"and re-reading the record before answering.")
        steps.append(llm_step(base + [{"role": "assistant", "content": plan}] * step_no, plan, prompt, tools=True))
    drafts = ['{"answer": "' + spec.answer[:70].replace('"', "'"), "ANSWER:\n" + spec.answer[:50]]
    for n in range(spec.retries):
        msgs = base if n == 0 else [*base, {"role": "system", "content": "The previous reply was rejected by "
                                            "the format check. Return the JSON object only."}]
        steps.append(llm_step(msgs, drafts[n % 2], prompt, tools=True))
    final = base if not spec.retries else [*base, {"role": "system", "content": "The previous reply was rejected "
                                                   "by the format check. Return the JSON object only."}]
    steps.append(llm_step(final, spec.answer, prompt, tools=True))
    if spec.guardrail:
        steps.append({"kind": "guardrail", "name": "guardrail.output", "ms": rng.randrange(25, 90), "status": "ok",
                      "input": {"text": spec.answer}, "output": {"passed": True, "checks": ["toxicity", "tone"]},
                      "attributes": {"guardrail.name": "output-policy", "guardrail.version": "3"}})
    return _lay_out(domain, spec, steps, rng, root_id, sid, query, start)


def _lay_out(domain: Domain, spec: Spec, steps: list[dict[str, Any]], rng: random.Random, root_id: str,
             sid: Any, query: str, start: datetime) -> dict[str, Any]:
    """Give every step its times (fitting the target duration) and wrap them in the root span and trace."""
    gap = [rng.randrange(2, 9) for _ in steps]
    natural = sum(s["ms"] for s in steps) + sum(gap) + 15
    if spec.target_ms is not None:
        kinds = {"llm": "llm", "retriever": "retriever", "tool": "tool"}[spec.slow_part]
        slow = [s for s in steps if s["kind"] == kinds][-1]
        slow["ms"] += spec.target_ms - natural
        if slow["ms"] <= 0:
            raise ValueError(f"{domain.key}/{spec.request}: target {spec.target_ms} ms is below the natural "
                             f"{natural} ms; raise the target.")
    elif natural > 4300:  # keep untargeted requests well inside the SLA: a real assistant streams faster
        llms = [s for s in steps if s["kind"] == "llm"]
        floor = natural - sum(s["ms"] for s in llms) + 450 * len(llms)
        goal = max(rng.randrange(3500, 4400), floor)
        if goal > 4850:
            raise ValueError(f"{domain.key}/{spec.request}: {natural} ms without a target cannot fit the SLA; "
                             "give the spec a target_ms and a LATENCY_SLA_BREACH label, or shorten it.")
        excess = natural - goal
        for s in llms:
            s["ms"] -= math.ceil(excess * s["ms"] / sum(x["ms"] for x in llms))
    t = start + timedelta(milliseconds=rng.randrange(2, 7))
    spans = []
    for s, g in zip(steps, gap, strict=True):
        t += timedelta(milliseconds=g)
        ms = s.pop("ms")
        span = {"span_id": sid(), "parent_id": root_id, "name": s.pop("name"), "kind": s.pop("kind"),
                "start_time": _iso(t), "end_time": _iso(t + timedelta(milliseconds=ms)), **s}
        spans.append(span)
        t += timedelta(milliseconds=ms)
    end = start + timedelta(milliseconds=spec.target_ms) if spec.target_ms else t + timedelta(milliseconds=9)
    answer = spec.answer
    root = {"span_id": root_id, "name": domain.trace_name, "kind": "chain", "start_time": _iso(start),
            "end_time": _iso(end), "status": "ok", "input": {"query": query}, "output": {"answer": answer},
            "attributes": {"service.name": domain.trace_name, "cloud.region": domain.region}}
    metadata: dict[str, Any] = {"tenant": domain.org, "channel": rng.choice(["web", "app", "web", "sms", "web"])}
    if spec.id_trap:
        metadata["request_id"] = trap_uuid(rng)
        metadata["edge_trace"] = trap_hex(rng, 24)
    trace_id = trap_hex(rng, 32) if spec.id_trap else _hex(rng, 16)
    return {"schema_version": "1.0", "trace_id": trace_id, "name": domain.trace_name, "timestamp": _iso(start),
            "session_id": f"s-{_hex(rng, 5)}", "user_id": f"anon-{rng.randrange(10**4, 10**5)}",
            "environment": "production", "release": f"{domain.key}-bot@{rng.randrange(3, 9)}.{rng.randrange(10)}",
            "tags": [domain.key, "support"], "metadata": metadata, "input": {"query": query},
            "output": {"answer": answer}, "spans": [root, *spans],
            "scores": [] if spec.feedback is None else [{"name": "user_feedback", "value": spec.feedback,
                                                         "source": "user"}]}


def total_tokens(trace: dict[str, Any]) -> int:
    return sum(s["usage"]["total_tokens"] for s in trace["spans"] if s["kind"] == "llm")


def duration_ms(trace: dict[str, Any]) -> float:
    root = trace["spans"][0]
    parse = lambda v: datetime.fromisoformat(v.replace("Z", "+00:00"))  # noqa: E731
    return (parse(root["end_time"]) - parse(root["start_time"])).total_seconds() * 1000


def ok(request: str, answer: str, variation: str, control: bool = False, **kw: Any) -> Spec:
    """A healthy trace: an answer style (strength empty) or a near-threshold control / trap."""
    return Spec(request, answer, (), "control" if control else "", variation, **kw)


def bad(request: str, answer: str, codes: str, strength: str, variation: str, **kw: Any) -> Spec:
    """A trace with findings: ``codes`` separated by ``;`` in the contract's vocabulary."""
    return Spec(request, answer, tuple(codes.split(";")), strength, variation, **kw)

"""Turn one request of ``evalset_cases`` plus a variation into a native trace (a plain dict).

A :class:`Variant` says what differs from the healthy request: the answer text, the retrieved articles and
their scores, the tool outcome, the prompt version, extra LLM calls (a retry loop), a long history or a
large tool payload (cost), a target request duration (latency), and personal data put into the query, a tool
input or the answer. The trace records what a production tracer would: a root chain span, a retriever span
with documents, tool spans, LLM spans with messages, usage and cost, and nothing that states a verdict.
Token counts are estimated as one token per 4 characters of the recorded messages plus the tool schemas
sent with each call (recorded on the LLM span), the same approximation for every trace.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

from evalset_cases import Case, Domain

PRICES = {"gpt-4o": (2.5, 10.0), "gpt-4o-mini": (0.15, 0.6)}  # USD per 1M tokens, as in the contract


@dataclass
class Variant:
    """What one trace changes relative to its healthy request."""

    answer: str
    docs: list[tuple[str, float]] | None  # None: no retriever span; []: the retriever returned nothing
    tool: str = "ok"  # ok | timeout | timeout_retry | slow_ok | error | soft_error
    tool_ms: int | None = None
    tool_timeout_ms: int = 3000
    tool_error: tuple[str, str] | None = None
    prompt_version: str = "v2.0"
    model: str | None = None
    llm_calls: int = 1
    history_turns: int = 0
    tool_rows: int = 0
    target_ms: int | None = None
    slow_part: str = "llm"  # which span absorbs a target duration: llm | retriever
    query_suffix: str = ""
    answer_suffix: str = ""
    tool_input_extra: dict[str, Any] = field(default_factory=dict)
    fallback_retriever: bool = False
    id_trap: bool = False


def _hex(rng: random.Random, nbytes: int) -> str:
    return "".join(f"{rng.randrange(256):02x}" for _ in range(nbytes))


def luhn_digits(rng: random.Random, length: int, first: str = "4") -> str:
    """A random digit string of ``length`` that passes the Luhn check (what a card scanner looks for)."""
    body = first + "".join(str(rng.randrange(10)) for _ in range(length - 1 - len(first)))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def trap_trace_id(rng: random.Random) -> str:
    """A 32-hex trace id with a Luhn-valid run of 13-19 digits inside it, as random ids sometimes have."""
    length = rng.randrange(13, 20)
    run = luhn_digits(rng, length, rng.choice("3456"))
    head = rng.randrange(0, 32 - length + 1)
    letters = "abcdef"
    pad = "".join(rng.choice(letters + "0123456789") for _ in range(32 - length))
    ident = pad[:head] + run + pad[head:]
    # keep the run exactly ``length`` digits long: letters on both sides
    if head > 0:
        ident = ident[: head - 1] + rng.choice(letters) + ident[head:]
    if head + length < 32:
        ident = ident[: head + length] + rng.choice(letters) + ident[head + length + 1:]
    return ident


def trap_uuid(rng: random.Random) -> str:
    """A UUID whose first three groups are all digits and Luhn-valid together (8-4-4 like a card's 4-4-4-4)."""
    run = luhn_digits(rng, 16, "4")
    return f"{run[:8]}-{run[8:12]}-{run[12:16]}-{_hex(rng, 2)}-{_hex(rng, 6)}"


def tokens_of(text: str) -> int:
    return math.ceil(len(text) / 4)


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def tool_schemas(domain: Domain, case_tool: str | None) -> list[dict[str, Any]]:
    """The function definitions sent with every LLM call of this assistant (they cost input tokens)."""
    names = ["search_help_articles", "handoff_to_human", "create_ticket"]
    if case_tool:
        names.insert(0, case_tool)
    described = {
        "search_help_articles": "Search the organisation's help articles and return the most relevant passages "
                                "with their ids, titles and relevance scores. Use it before answering any "
                                "policy, price or procedure question; never answer those from memory.",
        "handoff_to_human": "Transfer the conversation to a human colleague with a short summary of the request, "
                            "the steps already taken and the reason for the handoff. Use it when the material "
                            "does not answer the question or the customer asks for a person.",
        "create_ticket": "Open a follow-up ticket for the back office when something needs a manual action, "
                         "with category, priority and a neutral description that contains no card numbers, "
                         "bank account numbers or contact details.",
    }
    schemas = []
    for name in names:
        schemas.append({
            "type": "function",
            "function": {
                "name": name,
                "description": described.get(name, f"Look up the customer's record in the {domain.org} back "
                                                   "office by its reference and return its current state as "
                                                   "JSON. Read-only; it never changes the record."),
                "parameters": {"type": "object", "properties": {
                    "reference": {"type": "string", "description": "The id the customer gave (claim, booking, "
                                  "order, transfer or line reference) or the record id from an earlier tool result."},
                    "query": {"type": "string", "description": "For searches: the customer's question rewritten "
                              "as a standalone search query, in the customer's language, without personal data."},
                    "summary": {"type": "string", "description": "Free text for the colleague or back office, at "
                                "most 500 characters, neutral wording, no personal data."},
                    "priority": {"type": "string", "enum": ["low", "normal", "high"],
                                 "description": "high only for safety, money already lost or a deadline today."},
                    "category": {"type": "string", "enum": ["billing", "status", "account", "complaint", "other"],
                                 "description": "What the request is about, for routing."},
                    "locale": {"type": "string", "description": "BCP 47 language tag of the conversation, "
                               "for example en-GB, de-DE, fr-FR or en-IN."},
                    "top_k": {"type": "integer", "minimum": 1, "maximum": 8, "description": "How many passages "
                              "to return; the default of 4 is right for almost every question."},
                }, "required": ["reference"], "additionalProperties": False},
            },
        })
    return schemas


def _context(domain: Domain, docs: list[tuple[str, float]]) -> str:
    parts = []
    for n, (doc_id, _score) in enumerate(docs, start=1):
        title, content = domain.docs[doc_id]
        label = {"kb": f"[{doc_id}] {title}", "doc": f"[doc-{n}] {title} ({doc_id})",
                 "num": f"[{n}] {title}", "none": f"Article: {title}"}[domain.citation]
        parts.append(f"{label}\n{content}")
    return "\n\n".join(parts)


def _history(domain: Domain, turns: int) -> list[dict[str, str]]:
    """Earlier turns of the same chat session, resent with the request (what makes S4-style spikes)."""
    messages: list[dict[str, str]] = []
    pool = [(c.query, next(iter(c.answers.values()))) for c in domain.cases]
    for i in range(turns):
        q, a = pool[i % len(pool)]
        messages += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
    return messages


def _tool_rows(rng: random.Random, rows: int) -> list[dict[str, Any]]:
    """A verbose tool payload: many past records with ids and amounts, none of them personal data."""
    out = []
    day = datetime(2024, 11, 1, tzinfo=timezone.utc)
    for i in range(rows):
        out.append({"ref": f"R-{rng.randrange(10**7, 10**8)}", "date": (day + timedelta(days=i)).date().isoformat(),
                    "amount": round(rng.uniform(3, 400), 2), "state": rng.choice(["settled", "settled", "open"]),
                    "note": rng.choice(["monthly", "adjustment", "fee", "refund", "standard"])})
    return out


def build(domain: Domain, case: Case, v: Variant, seed: str, start: datetime) -> dict[str, Any]:
    """The native trace for one case and variant; ``seed`` makes ids and timings reproducible."""
    rng = random.Random(seed)
    trace_id = trap_trace_id(rng) if v.id_trap else _hex(rng, 16)
    query = case.query + v.query_suffix
    answer = v.answer + v.answer_suffix
    model = v.model or domain.model
    docs = v.docs
    tool = case.tool
    schemas = tool_schemas(domain, tool.name if tool else None)
    schema_tokens = tokens_of(json.dumps(schemas))

    def sid() -> str:
        if v.id_trap and rng.random() < 0.3:
            return luhn_digits(rng, 16, rng.choice("45"))
        return _hex(rng, 8)

    root_id = sid()
    t = start + timedelta(milliseconds=rng.randrange(3, 12))
    spans: list[dict[str, Any]] = []
    # retrieval
    if docs is not None:
        if v.fallback_retriever:
            r_end = t + timedelta(milliseconds=rng.randrange(40, 90))
            spans.append({"span_id": sid(), "parent_id": root_id, "name": "kb.search", "kind": "retriever",
                          "start_time": _iso(t), "end_time": _iso(r_end), "status": "ok", "input": {"query": query},
                          "attributes": {"retrieval.index": domain.index + "-vector", "retrieval.top_k": 4},
                          "documents": []})
            t = r_end
        r_ms = rng.randrange(70, 320)
        if v.target_ms and v.slow_part == "retriever":
            r_ms = 0  # set below
        r_start, r_end = t, t + timedelta(milliseconds=r_ms)
        retriever = {"span_id": sid(), "parent_id": root_id, "name": "kb.search", "kind": "retriever",
                     "start_time": _iso(r_start), "end_time": _iso(r_end), "status": "ok", "input": {"query": query},
                     "attributes": {"retrieval.index": domain.index + ("-bm25" if v.fallback_retriever else ""),
                                    "retrieval.top_k": max(4, len(docs))},
                     "documents": [{"id": d, "title": domain.docs[d][0], "content": domain.docs[d][1],
                                    "score": s, "metadata": {"source": f"{domain.index}/{d}"}} for d, s in docs]}
        spans.append(retriever)
        t = r_end
    # tool
    tool_text = ""
    if tool is not None:
        attempts = 2 if v.tool == "timeout_retry" else 1
        for attempt in range(attempts):
            ms = v.tool_ms if v.tool_ms is not None else tool.ms + rng.randrange(-80, 120)
            t_end = t + timedelta(milliseconds=ms)
            payload: dict[str, Any] = {**tool.input, **v.tool_input_extra}
            span: dict[str, Any] = {"span_id": sid(), "parent_id": root_id, "name": f"tool.{tool.name}",
                                    "kind": "tool", "start_time": _iso(t), "end_time": _iso(t_end), "status": "ok",
                                    "input": payload,
                                    "attributes": {"tool.name": tool.name, "tool.timeout_ms": v.tool_timeout_ms,
                                                   "tool.attempt": attempt + 1}}
            if v.tool in ("timeout", "timeout_retry"):
                span["status"] = "error"
                span["error"] = {"type": v.tool_error[0] if v.tool_error else "TimeoutError",
                                 "message": (v.tool_error[1] if v.tool_error else
                                             f"{tool.name} gave no response within {v.tool_timeout_ms} ms")}
                tool_text = f"Tool {tool.name} failed: {span['error']['type']}; no result."
            elif v.tool == "error":
                span["status"] = "error"
                span["error"] = {"type": v.tool_error[0], "message": v.tool_error[1]}
                tool_text = f"Tool {tool.name} failed: {v.tool_error[0]}; no result."
            elif v.tool == "soft_error":
                span["output"] = {"ok": False, "error": v.tool_error[1] if v.tool_error else "upstream 503"}
                tool_text = f"Tool {tool.name} result: {json.dumps(span['output'])}"
            else:
                out = dict(tool.output)
                if v.tool_rows:
                    out["history"] = _tool_rows(rng, v.tool_rows)
                span["output"] = out
                tool_text = f"Tool {tool.name} result: {json.dumps(out, ensure_ascii=False)}"
            spans.append(span)
            t = t_end
    # llm calls
    context = _context(domain, docs or [])
    user = (f"Reference material:\n{context or '(no articles found)'}\n\n" + (f"{tool_text}\n\n" if tool_text else "")
            + f"Customer question: {query}")
    base_messages = [{"role": "system", "content": domain.system}, *_history(domain, v.history_turns),
                     {"role": "user", "content": user}]
    llm_spans = []
    failed_drafts = [answer[: max(40, len(answer) // 3)].rstrip() + " {\"citations\": [", "Sorry - " + answer[:60]]
    for call in range(v.llm_calls):
        last = call == v.llm_calls - 1
        messages = list(base_messages)
        if call:
            messages.append({"role": "system", "content": "Your previous reply failed the output check "
                                                         "(invalid JSON). Reply again in the required format."})
        out_text = answer if last else failed_drafts[call % 2]
        tin = sum(tokens_of(m["content"]) + 4 for m in messages) + schema_tokens
        tout = tokens_of(out_text) + rng.randrange(2, 9)
        ttft = rng.randrange(250, 650)
        per_token = rng.uniform(11, 19) if model.endswith("mini") else rng.uniform(18, 30)
        ms = ttft + int(tout * per_token)
        t_end = t + timedelta(milliseconds=ms)
        pin, pout = PRICES[model]
        span = {"span_id": sid(), "parent_id": root_id, "name": "llm.chat", "kind": "llm",
                "start_time": _iso(t), "end_time": _iso(t_end), "status": "ok",
                "output": {"content": out_text, "finish_reason": "stop"},
                "attributes": {"llm.provider": "openai", "llm.time_to_first_token_ms": ttft,
                               "llm.request.tools": [s["function"]["name"] for s in schemas],
                               "llm.request.tool_schema_tokens": schema_tokens},
                "model": model, "model_parameters": {"temperature": 0.2, "max_tokens": 800},
                "prompt": {"name": "support-answer", "version": v.prompt_version,
                           "variables": {"organisation": domain.org}},
                "messages": [*messages, {"role": "assistant", "content": out_text}],
                "usage": {"input_tokens": tin, "output_tokens": tout, "total_tokens": tin + tout},
                "cost_usd": round(tin * pin / 1e6 + tout * pout / 1e6, 8)}
        spans.append(span)
        llm_spans.append(span)
        t = t_end
    end = t + timedelta(milliseconds=rng.randrange(8, 30))
    if v.target_ms:
        extra = start + timedelta(milliseconds=v.target_ms) - end
        _stretch(spans, llm_spans, v.slow_part, extra)
        end = start + timedelta(milliseconds=v.target_ms)
    root = {"span_id": root_id, "name": domain.trace_name, "kind": "chain", "start_time": _iso(start),
            "end_time": _iso(end), "status": "ok", "input": {"query": query}, "output": {"answer": answer},
            "attributes": {"service.name": domain.trace_name, "deployment.region": domain.region.lower()}}
    metadata: dict[str, Any] = {"organisation": domain.org, "channel": rng.choice(["web", "app", "web", "whatsapp"])}
    if v.id_trap:
        metadata["request_id"] = trap_uuid(rng)
    trace = {"schema_version": "1.0", "trace_id": trace_id, "name": domain.trace_name, "timestamp": _iso(start),
             "session_id": f"sess-{_hex(rng, 6)}", "user_id": f"u-{rng.randrange(10**5, 10**6)}",
             "environment": "production", "release": f"{domain.trace_name}@2025.{rng.randrange(1, 7):02d}",
             "tags": [domain.key], "metadata": metadata, "input": {"query": query}, "output": {"answer": answer},
             "spans": [root, *spans]}
    return trace


def _stretch(spans: list[dict[str, Any]], llm_spans: list[dict[str, Any]], part: str, extra: timedelta) -> None:
    """Lengthen one span by ``extra`` and shift every later span, so the request lasts its target time."""
    target = next((s for s in spans if s["kind"] == "retriever"), None) if part == "retriever" else None
    target = target or llm_spans[-1]
    cut = datetime.fromisoformat(target["end_time"].replace("Z", "+00:00"))
    if extra < timedelta(0):
        raise ValueError(f"target duration is {-extra} shorter than the request's own spans; raise it")
    for span in spans:
        for key in ("start_time", "end_time"):
            when = datetime.fromisoformat(span[key].replace("Z", "+00:00"))
            if span is target:
                if key == "end_time":
                    span[key] = _iso(when + extra)
            elif when >= cut:
                span[key] = _iso(when + extra)


def with_answer(v: Variant, answer: str) -> Variant:
    return replace(v, answer=answer)

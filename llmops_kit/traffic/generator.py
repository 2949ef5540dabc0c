"""The generator: exact mode counts, seeded order and timing, and the spans of each request.

:mod:`.requests` decides what a request asks and answers; this module lays it out on the clock as a
native trace (root chain, retriever, optional tool, one or more LLM calls) with usage and cost.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path
from statistics import NormalDist

from ..contract import Contract, load_contract
from ..errors import TrafficError
from ..io import save_trace_record
from ..prompts import format_context, format_tool_results, get_prompt
from ..traces import ErrorInfo, Message, PromptRef, Span, Trace, Usage
from .requests import QUERIES, STORE, PlannedRequest, answer_for, documents_for, tool_output_for

FAILURE_MODES: tuple[str, ...] = (
    "healthy",
    "retrieval_mismatch",
    "empty_retrieval",
    "wrong_prompt_version",
    "tool_timeout",
    "hallucination",
    "slow_response",
    "cost_spike",
    "pii_leak",
)

DEFAULT_START = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)
DEFAULT_MODEL = "gpt-4o-2024-08-06"
RELEASE = "support-bot@2025.03.11"
#: A retry loop re-sends the request this many times, each attempt carrying all earlier ones.
RETRY_LOOP_CALLS = 6
PROMPT_NAME = "support-answer"

#: Latency model of a healthy LLM call: a lognormal time to first token plus a per-token decode time.
LLM_MEDIAN_MS = 625.0
LLM_SIGMA = 0.35
MS_PER_OUTPUT_TOKEN = 3.0
#: A slow provider / larger model: the whole call takes this long (uniform), whatever the answer length.
SLOW_LLM_MS = (6400.0, 12400.0)

# ---- small deterministic helpers -----------------------------------------------------------------


def _hex_id(*parts: object, length: int = 16) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:length]


def _lognormal(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0.0, sigma))


def _tokens(text: str) -> int:
    """Rough token count (about four characters per token), enough for usage and cost."""
    return max(1, math.ceil(len(text) / 4))


def allocate(n: int, mix: Mapping[str, float]) -> dict[str, int]:
    """Exact counts per mode for ``n`` requests (largest remainder), so proportions are reproducible."""
    if n < 0:
        raise TrafficError(f"n must be zero or more, got {n}.")
    unknown = sorted(set(mix) - set(FAILURE_MODES))
    if unknown:
        raise TrafficError(f"unknown failure mode(s) {unknown}; use some of: {', '.join(FAILURE_MODES)}.")
    if any(w < 0 for w in mix.values()) or sum(mix.values()) <= 0:
        raise TrafficError(f"mix weights must be non-negative and not all zero, got {dict(mix)}.")
    total = sum(mix.values())
    quotas = {m: n * w / total for m, w in mix.items()}
    counts = {m: math.floor(q) for m, q in quotas.items()}
    left = n - sum(counts.values())
    order = sorted(mix, key=lambda m: (-(quotas[m] - counts[m]), FAILURE_MODES.index(m)))
    for mode in order[:left]:
        counts[mode] += 1
    return {m: counts[m] for m in FAILURE_MODES if m in counts}


def _strata(modes: list[str], rng: random.Random) -> list[float]:
    """Latin-hypercube strata per mode: request j of a mode with c requests gets [k/c, (k+1)/c) for a
    shuffled k, so each mode's latencies cover its distribution evenly and window percentiles are stable."""
    slots = {mode: rng.sample(range(count), count) for mode, count in Counter(modes).items()}
    taken: dict[str, int] = {}
    out = []
    for mode in modes:
        j = taken.get(mode, 0)
        taken[mode] = j + 1
        out.append(slots[mode][j] / len(slots[mode]))
    return out


def _llm_ms(req: PlannedRequest, out_tokens: int) -> float:
    if req.mode == "slow_response":
        low, high = SLOW_LLM_MS
        return low + (high - low) * req.u
    base = LLM_MEDIAN_MS * math.exp(LLM_SIGMA * NormalDist().inv_cdf(req.u))
    return base + MS_PER_OUTPUT_TOKEN * out_tokens


def _build_trace(
    req: PlannedRequest, trace_id: str, at: datetime, *, index: str, top_k: int, model: str, temperature: float
) -> Trace:
    rng, contract = req.rng, req.contract

    def sid(name: str) -> str:
        return _hex_id(trace_id, name, length=12)

    t = at
    spans: list[Span] = []
    root_id = sid("root")

    # retrieval
    docs = documents_for(req, index, top_k)
    r_ms = _lognormal(rng, 120.0, 0.3)
    spans.append(Span(
        span_id=sid("retriever"), parent_id=root_id, name=contract.naming.span_names["retriever"], kind="retriever",
        start_time=t + timedelta(milliseconds=8), end_time=t + timedelta(milliseconds=8 + r_ms),
        input={"query": req.query}, documents=docs,
        attributes={"retrieval.index": index, "retrieval.top_k": top_k},
    ))
    t = t + timedelta(milliseconds=8 + r_ms)

    # tool
    tool_spans: list[Span] = []
    tool_out = None
    if req.uses_tool:
        timeout = contract.tools.default_timeout_ms
        failed = req.mode == "tool_timeout"
        tool_out = None if failed else tool_output_for(req)
        t_ms = timeout + rng.uniform(2, 40) if failed else _lognormal(rng, 240.0, 0.35)
        tool_spans.append(Span(
            span_id=sid("tool"), parent_id=root_id, name="tool.order_status", kind="tool",
            start_time=t, end_time=t + timedelta(milliseconds=t_ms), input={"order_id": f"NW-{req.order_id}"},
            output=tool_out, status="error" if failed else "ok",
            error=ErrorInfo(
                type="ToolTimeoutError",
                message=f"order_status did not respond within {timeout:g} ms (timeout_ms={timeout:g}); "
                "the request to order-service was cancelled",
            )
            if failed else None,
            attributes={"tool.name": "order_status", "tool.timeout_ms": timeout},
        ))
        t = t + timedelta(milliseconds=t_ms)
        spans.extend(tool_spans)

    # llm
    version = "v1.3" if req.mode == "wrong_prompt_version" else contract.prompts.expected_for(PROMPT_NAME) or "v2.0"
    variables = {"store_name": STORE, "customer_tier": req.tier}
    rendered = get_prompt(PROMPT_NAME, version).render(
        {**variables, "question": req.query, "context": format_context(docs),
         "tool_results": format_tool_results(tool_spans) if tool_spans else "(no lookup performed)"}
    )
    answer = answer_for(req, docs, tool_out)
    messages = [Message(role=m["role"], content=m["content"]) for m in rendered.messages]
    in_tok = sum(_tokens(m["content"]) for m in rendered.messages)
    out_tok = _tokens(answer)
    price = contract.price(model)
    calls = RETRY_LOOP_CALLS if req.mode == "cost_spike" else 1
    for attempt in range(1, calls + 1):
        l_ms = _llm_ms(req, out_tok)
        ttft = l_ms * rng.uniform(0.45, 0.6) if req.mode == "slow_response" else rng.uniform(300, 380)
        cost = round(price.cost(in_tok * attempt, out_tok), 8) if price else None
        spans.append(Span(
            span_id=sid(f"llm{attempt}"), parent_id=root_id, name=contract.naming.span_names["llm"], kind="llm",
            start_time=t, end_time=t + timedelta(milliseconds=l_ms), model=model,
            model_parameters={"temperature": temperature, "max_tokens": 1024},
            prompt=PromptRef(name=PROMPT_NAME, version=version, variables=variables),
            # a retry loop that forgets to reset the conversation re-sends every earlier attempt too
            messages=messages * attempt, output={"role": "assistant", "content": answer},
            usage=Usage(input_tokens=in_tok * attempt, output_tokens=out_tok), cost_usd=cost,
            attributes={"llm.provider": "openai", "llm.time_to_first_token_ms": round(ttft)},
        ))
        t = t + timedelta(milliseconds=l_ms)

    end = t + timedelta(milliseconds=rng.uniform(5, 25))
    spans.insert(0, Span(
        span_id=root_id, name=contract.naming.span_names["chain"], kind="chain", start_time=at, end_time=end,
        input={"query": req.query}, output={"answer": answer},
        attributes={"service.name": "support-bot", "chat.channel": req.channel},
    ))
    return Trace(
        trace_id=trace_id, name=contract.naming.trace_name, timestamp=at,
        session_id=f"sess-{_hex_id(trace_id, 'session', length=10)}",
        user_id=req.customer, environment="production", release=RELEASE,
        tags=["support", req.channel], metadata={"store": STORE, "customer_tier": req.tier},
        input={"query": req.query}, output={"answer": answer}, spans=spans,
    )


# ---- public API ------------------------------------------------------------------------------------


def generate_traffic(
    n: int,
    *,
    mix: Mapping[str, float] | None = None,
    start: datetime = DEFAULT_START,
    spacing: timedelta = timedelta(seconds=15),
    seed: int = 0,
    index: str = "kb-primary",
    top_k: int | None = None,
    model: str = DEFAULT_MODEL,
    temperature: float = 0.2,
    id_prefix: str = "tr",
    contract: Contract | None = None,
) -> list[Trace]:
    """``n`` traces with exact mode counts from ``mix`` (default all healthy), in a seeded order.

    Request ``i`` starts at ``start + i * spacing`` plus a seeded jitter under half a spacing.
    The same arguments always give the same traces (ids, timings, texts).
    """
    contract = contract or load_contract()
    if start.tzinfo is None:
        raise TrafficError("start must be timezone-aware (e.g. datetime(..., tzinfo=timezone.utc)).")
    counts = allocate(n, mix or {"healthy": 1.0})
    rng = random.Random(f"traffic|{seed}")
    modes = [m for m, c in counts.items() for _ in range(c)]
    rng.shuffle(modes)
    order_queries = [q for q in QUERIES if q[1]]
    cycle = list(QUERIES)
    rng.shuffle(cycle)
    k = top_k or contract.retrieval.expected_top_k
    strata = _strata(modes, rng)
    forced = free = 0
    traces = []
    for i, mode in enumerate(modes):
        item_rng = random.Random(f"traffic|{seed}|{i}")
        u = strata[i] + item_rng.random() / counts[mode]
        # questions cycle through the bank, so every window has the bank's share of order lookups
        if mode in ("tool_timeout", "pii_leak"):
            query, needs_tool = order_queries[forced % len(order_queries)]
            forced += 1
        else:
            query, needs_tool = cycle[free % len(cycle)]
            free += 1
        req = PlannedRequest(item_rng, mode, query, needs_tool, contract, u)
        jitter = item_rng.uniform(0, spacing.total_seconds() / 2)
        at = start + spacing * i + timedelta(seconds=jitter)
        trace_id = f"{id_prefix}-{_hex_id(seed, i, id_prefix)}"
        traces.append(_build_trace(req, trace_id, at, index=index, top_k=k, model=model, temperature=temperature))
    return traces


def write_traffic(path: str | os.PathLike[str], traces: Iterable[Trace]) -> Path:
    """Write traces as one JSON file each into a directory, or as JSONL when ``path`` ends in ``.jsonl``."""
    target = Path(path)
    if target.suffix == ".jsonl":
        from ..atomic import atomic_open

        with atomic_open(target) as handle:
            for trace in traces:
                handle.write(json.dumps(trace.model_dump(mode="json", exclude_none=True), sort_keys=False))
                handle.write("\n")
        return target
    if target.exists() and not target.is_dir():
        raise TrafficError(f"{path}: exists and is not a directory; pass a directory or a .jsonl path.")
    target.mkdir(parents=True, exist_ok=True)
    for trace in traces:
        save_trace_record(trace, target / f"{trace.trace_id}.json")
    return target

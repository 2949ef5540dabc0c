"""Drill failures and fixes: functions that break a healthy trace (Task 6, stage 2), and the replay
override that would remove each finding if its component caused it (stage 4).

The injected traces carry no label; the bot's new answer is recomputed through the ``openai`` SDK from
the request it would now receive, so every later stage has to find the failure from signals.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from datetime import timedelta

import openai

from ..contract import Contract, load_contract
from ..errors import DrillError
from ..knowledge_base import available_indexes
from ..replay import make_client, replay_trace
from ..traces import ErrorInfo, Span, Trace

# ---- failure injection: functions that transform a trace -----------------------------------------


def _retimed(spans: list[Span], llm: Span, duration: timedelta) -> list[Span]:
    """Spans with the model call lasting ``duration``: later spans shift, enclosing spans (the root) stretch."""
    delta = duration - (llm.end_time - llm.start_time)
    out = []
    for span in spans:
        if span.span_id == llm.span_id:
            span = span.model_copy(update={"end_time": span.start_time + duration})
        elif span.start_time >= llm.end_time:
            span = span.model_copy(update={"start_time": span.start_time + delta, "end_time": span.end_time + delta})
        elif span.end_time >= llm.end_time:
            span = span.model_copy(update={"end_time": span.end_time + delta})
        out.append(span)
    return out


def rerun_llm(
    trace: Trace, *, contract: Contract, client: openai.OpenAI | None, documents: list | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Trace:
    """The trace as if its model call had been made on the changed request: new messages, answer, usage, cost.

    ``documents`` replaces what retrieval returned; ``overrides`` changes the prompt version or model. The
    answer comes from :func:`replay_trace` through the ``openai`` SDK (the client's backend: the offline
    simulator unless a key is set), called live on the rebuilt messages; the call keeps its recorded timing.
    """
    work = trace.model_copy(deep=True)
    if documents is not None:
        for i, span in enumerate(work.spans_of("retriever")):
            span.documents = list(documents) if i == 0 else []
    old = work.llm_span
    assert old is not None  # generated traffic always has an LLM call
    old.messages = None  # the recorded messages held the old context: render the changed request instead
    replayed = replay_trace(work, dict(overrides or {}), client=client, contract=contract, llm="live")
    new = replayed.llm_span
    assert new is not None
    old.model, old.prompt, old.messages = new.model, new.prompt, new.messages
    old.output = {"role": "assistant", "content": new.output}
    old.usage, old.cost_usd = new.usage, new.cost_usd
    if work.root_span is not None:
        work.root_span.output = {"answer": new.output}
    work.output = {"answer": new.output}
    return work


def inject_retrieval_outage(
    trace: Trace, *, contract: Contract | None = None, client: openai.OpenAI | None = None
) -> Trace:
    """The search index stops answering: the retriever span fails with no documents, the bot answers without context."""
    contract = contract or load_contract()
    out = rerun_llm(trace, contract=contract, client=client, documents=[])
    for span in out.spans_of("retriever"):
        index = span.attributes.get("retrieval.index", "the search index")
        span.status = "error"
        span.error = ErrorInfo(type="ConnectionError", message=f"{index} did not accept the connection")
        span.output = {"documents": []}
    return out


def inject_latency_spike(
    trace: Trace, *, latency_ms: float = 12_000.0, contract: Contract | None = None,
    client: openai.OpenAI | None = None,
) -> Trace:
    """The model provider slows down: the same call on the same model now makes the request take ``latency_ms``."""
    root, llm = trace.root_span, trace.llm_span
    if root is None or llm is None:
        raise DrillError(f"trace {trace.trace_id!r} has no root span or no LLM span, so its latency cannot be set.")
    llm_ms = llm.duration_ms + latency_ms - root.duration_ms
    if llm_ms <= 0:
        raise DrillError(f"latency_ms={latency_ms:g} is shorter than the rest of trace {trace.trace_id!r}.")
    return trace.model_copy(update={"spans": _retimed(trace.spans, llm, timedelta(milliseconds=llm_ms))}, deep=True)


def inject_quality_degradation(
    trace: Trace, *, prompt_version: str = "v1.3", contract: Contract | None = None,
    client: openai.OpenAI | None = None,
) -> Trace:
    """A config push serves an old prompt version; the model answers under its rules."""
    contract = contract or load_contract()
    return rerun_llm(trace, contract=contract, client=client, overrides={"prompt_version": prompt_version})


FAILURES: dict[str, Callable[..., Trace]] = {
    "retrieval_outage": inject_retrieval_outage,
    "latency_spike": inject_latency_spike,
    "quality_degradation": inject_quality_degradation,
}


def inject_failure(
    traces: Sequence[Trace], failure: str, *, count: int = 6, seed: int = 7, contract: Contract | None = None,
    client: openai.OpenAI | None = None,
) -> tuple[list[Trace], list[str]]:
    """A copy of ``traces`` with ``count`` of them (a seeded choice) transformed by ``failure``; and their ids.

    The bot's new answers come through ``client`` (default: the offline simulator unless a key is set).
    """
    if failure not in FAILURES:
        raise DrillError(f"unknown failure {failure!r}; choose one of: {', '.join(FAILURES)}.")
    if not 0 < count <= len(traces):
        raise DrillError(f"count must be from 1 to the {len(traces)} traces given, got {count}.")
    chosen = set(random.Random(f"drill|{seed}|{failure}").sample(range(len(traces)), count))
    client = client or make_client("auto")
    out = [FAILURES[failure](t, contract=contract, client=client) if i in chosen else t.model_copy(deep=True)
           for i, t in enumerate(traces)]
    return out, [traces[i].trace_id for i in sorted(chosen)]


# ---- replay hypotheses: which override would remove a finding -------------------------------------


def _other_index(trace: Trace, contract: Contract, baseline: Sequence[Trace]) -> dict[str, str] | None:
    used = {s.attributes.get("retrieval.index") for s in trace.spans_of("retriever")}
    spare = [name for name in available_indexes() if name not in used]
    return {"index": spare[0]} if spare else None


def _baseline_model(trace: Trace, contract: Contract, baseline: Sequence[Trace]) -> dict[str, str] | None:
    models = [t.model for t in baseline if t.model]
    best = max(sorted(set(models)), key=models.count) if models else None
    return {"model": best} if best and best != trace.model else None


def _cheaper_model(trace: Trace, contract: Contract, baseline: Sequence[Trace]) -> dict[str, str] | None:
    """The cheapest priced base model (no fine-tune) other than the recorded one: is the model call the bottleneck?"""
    model = trace.model or ""
    options = [(p.input_per_1m + p.output_per_1m, name) for name, p in contract.model_prices.items()
               if not name.startswith("ft:") and model != name and not model.startswith(name + "-")]
    return {"model": min(options)[1]} if options else None


def _expected_prompt(trace: Trace, contract: Contract, baseline: Sequence[Trace]) -> dict[str, str] | None:
    expected = contract.prompts.expected_for(trace.prompt.name) if trace.prompt else None
    return {"prompt_version": expected} if expected and expected != trace.prompt_version else None


#: Finding code -> the replay override that tests "this component caused it" (None when it cannot be tested).
HYPOTHESES: dict[str, Callable[[Trace, Contract, Sequence[Trace]], dict[str, str] | None]] = {
    "EMPTY_RETRIEVAL": _other_index,
    "RETRIEVAL_MISMATCH": _other_index,
    "WRONG_PROMPT_VERSION": _expected_prompt,
    "HALLUCINATION": _baseline_model,
    "LATENCY_SLA_BREACH": _cheaper_model,
    "COST_SPIKE": _baseline_model,
}
COMPONENT = {"index": "retrieval index", "model": "model call", "prompt_version": "prompt version"}


def recorded_value(trace: Trace, key: str) -> str:
    if key == "index":
        return next((str(s.attributes["retrieval.index"]) for s in trace.spans_of("retriever")
                     if "retrieval.index" in s.attributes), "unknown")
    return str(trace.model if key == "model" else trace.prompt_version)


__all__ = ["COMPONENT", "FAILURES", "HYPOTHESES", "DrillError", "inject_failure", "inject_latency_spike",
           "inject_quality_degradation", "inject_retrieval_outage", "recorded_value", "rerun_llm"]

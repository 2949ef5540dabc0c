"""The course's breaker batches (Task 4), with their ground truth beside the traces.

- :func:`standard_batch`: ``n`` requests from the shared traffic generator
  (:func:`llmops_kit.traffic.generate_traffic`), ``n_failing`` of them showing one class's failure,
  in a seeded order. This is the brief's "20 traces of which 8 exhibit the failure"; it separates by
  construction.
- :func:`borderline_batch`: values just below, on and just above each threshold, plus cases where the
  signal a breaker reads and the harm a user suffers disagree (a miscalibrated retriever, an obfuscated
  e-mail address, a retry loop of near-identical LLM calls), and requests with two
  failures at once. It exists to show what the breakers miss, not to score well.

Both return :class:`llmops_kit.breakers.simulation.Case` lists for
:func:`~llmops_kit.breakers.simulation.simulate_breaker`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from datetime import timedelta

from ..breakers.signals import BreakerError
from ..breakers.simulation import Case
from ..contract import Contract, load_contract
from ..traces import Trace

#: The shared generator's failure mode that shows each class in the standard batch.
FAILURE_MODES: dict[str, str] = {
    "RETRIEVAL_OUTAGE": "empty_retrieval",
    "QUALITY_DEGRADATION": "hallucination",
    "PERFORMANCE_DEGRADATION": "slow_response",
    "COST_SPIKE": "cost_spike",
    "DATA_INCIDENT": "pii_leak",
}

# ---- trace edits (what the request did, changed one signal at a time) ---------------------------
def _copy(trace: Trace, trace_id: str) -> Trace:
    return trace.model_copy(deep=True, update={"trace_id": trace_id})


def set_latency(trace: Trace, ms: float) -> Trace:
    """The request took ``ms``: the root span (and the LLM span, which ends with it) end later or earlier."""
    root = trace.root_span
    if root is None:
        return trace
    end = root.start_time + timedelta(milliseconds=ms)
    llm = trace.llm_span
    if llm is not None:
        llm.end_time = max(llm.start_time, end - (root.end_time - llm.end_time))
    root.end_time = end
    return trace


def set_best_relevance(trace: Trace, best: float) -> Trace:
    """Rescale the retriever's scores so the best one is ``best`` (documents and their order unchanged)."""
    for span in trace.spans_of("retriever"):
        docs = span.documents or []
        top = max((d.score or 0.0 for d in docs), default=0.0)
        for doc in docs:
            doc.score = round(best * (doc.score or 0.0) / top, 6) if top else best
    return trace


def set_tokens(trace: Trace, total: int, contract: Contract) -> Trace:
    """The LLM call used ``total`` tokens (same input/output split); cost follows the contract's prices."""
    llm = trace.llm_span
    if llm is None or llm.usage is None:
        return trace
    share = llm.usage.input_tokens / max(1, llm.usage.input_tokens + llm.usage.output_tokens)
    inp = round(total * share)
    llm.usage = llm.usage.model_copy(update={"input_tokens": inp, "output_tokens": total - inp,
                                             "total_tokens": total})
    price = contract.price(llm.model or "")
    if price is not None:
        llm.cost_usd = round(price.cost(inp, total - inp), 8)
    return trace


def set_answer(trace: Trace, answer: str) -> Trace:
    """The user received ``answer``: trace output, root span output and the LLM output all say it."""
    trace.output = {"answer": answer}
    root = trace.root_span
    if root is not None:
        root.output = {"answer": answer}
    llm = trace.llm_span
    if llm is not None:
        llm.output = {"role": "assistant", "content": answer}
    return trace


def repeat_llm_call(trace: Trace, times: int, contract: Contract) -> Trace:
    """A retry loop: the LLM call's tokens and cost are multiplied by ``times``."""
    llm = trace.llm_span
    if llm is None or llm.usage is None:
        return trace
    return set_tokens(trace, (llm.usage.input_tokens + llm.usage.output_tokens) * times, contract)


# ---- batches ------------------------------------------------------------------------------------
def _generate(n: int, mode: str, seed: int, prefix: str, contract: Contract) -> list[Trace]:
    from ..traffic import generate_traffic  # local import: the generator loads the knowledge base

    return generate_traffic(n, mix={mode: 1.0}, seed=seed, id_prefix=prefix, contract=contract)


def standard_batch(
    incident_class: str, *, n: int = 20, n_failing: int = 8, seed: int = 7, contract: Contract | None = None,
    runaway_retries: tuple[int, int] = (20, 30),
) -> list[Case]:
    """``n`` requests, ``n_failing`` of them showing ``incident_class``'s failure, in a seeded order.

    Healthy and failing requests come from the shared traffic generator. Healthy ones are article-only
    questions, so a request differs from its neighbours in the one signal under test: an order lookup
    brings a tool call and its own latency and failure signals (:func:`borderline_batch` keeps one, with
    the e-mail unmasked, to show a data incident). For COST_SPIKE the failing requests are healthy
    ones caught in a runaway retry loop (``runaway_retries`` calls, seeded): the generator's own
    ``cost_spike`` mode triples a ~800-token request, which stays inside the contract's per-request
    budget, so it too is a borderline case.
    """
    c = contract or load_contract()
    if incident_class not in FAILURE_MODES:
        raise BreakerError(f"No standard batch for {incident_class!r}; use one of {', '.join(FAILURE_MODES)}.")
    if not 0 <= n_failing <= n:
        raise BreakerError(f"n_failing must be between 0 and n ({n}); got {n_failing}.")
    rng = random.Random(f"breaker-batch|{incident_class}|{seed}")
    healthy = _faq(_generate(3 * n, "healthy", seed, "ok", c))[: n - n_failing]
    if incident_class == "COST_SPIKE":
        failing = [repeat_llm_call(t, rng.randint(*runaway_retries), c)
                   for t in _faq(_generate(3 * n, "healthy", seed + 1, "bad", c))[:n_failing]]
    else:
        failing = _generate(n_failing, FAILURE_MODES[incident_class], seed, "bad", c)
    cases = [Case(t, frozenset(), "healthy") for t in healthy]
    cases += [Case(t, frozenset({incident_class}), FAILURE_MODES[incident_class]) for t in failing]
    rng.shuffle(cases)
    short = incident_class.split("_")[0].lower()
    return [Case(_copy(case.trace, f"{short}-{i + 1:02d}"), case.expected, case.note, case.lesson)
            for i, case in enumerate(cases)]


_NUMBER = re.compile(r"\b\d+\b")


def _faq(traces: Sequence[Trace]) -> list[Trace]:
    """Requests answered from articles alone (no tool call), so each borderline case varies one signal."""
    return [t for t in traces if not t.tool_spans]


def borderline_batch(*, seed: int = 7, contract: Contract | None = None) -> list[Case]:
    """Requests just around every threshold, signal/harm mismatches and mixed failures (see module doc)."""
    c = contract or load_contract()
    generated = _generate(40, "healthy", seed, "base", c)
    base = iter(_faq(generated))
    order_status = next(t for t in generated if t.tool_spans)
    floor, sla = c.retrieval.relevance_floor, c.latency.request_sla_ms
    token_limit = int(c.budget.normal_tokens * c.budget.spike_factor)
    one = {"RETRIEVAL_OUTAGE"}, {"QUALITY_DEGRADATION"}, {"PERFORMANCE_DEGRADATION"}, {"COST_SPIKE"}, {"DATA_INCIDENT"}
    retrieval, quality, perf, cost, data = (frozenset(s) for s in one)
    none: frozenset[str] = frozenset()

    def nxt() -> Trace:
        return next(base).model_copy(deep=True)

    def gen(mode: str) -> Trace:
        return _generate(1, mode, seed, f"bl-{mode}", c)[0]

    mismatch = gen("retrieval_mismatch")
    hallucinated = nxt()
    answer = hallucinated.answer or ""
    shifted = _NUMBER.sub(lambda m: str(int(m.group(0)) + 2), answer, count=1)
    public_trace = nxt()
    for span in public_trace.spans_of("retriever"):
        if span.documents:
            span.documents[0].content = (span.documents[0].content or "") + " Questions? Write to help@shop.example."
    cited = public_trace.documents[0].id if public_trace.documents else "kb-000"
    pii_answer = (public_trace.answer or "") + f" Questions? Write to help@shop.example [{cited}]."
    slow_pii = gen("slow_response")
    empty_slow = gen("empty_retrieval")
    retry_loop = gen("cost_spike")
    # the loop's extra calls may push the request past the SLA; if they do, that is a breach in its own right
    retry_expected = cost | (perf if retry_loop.duration_ms is not None and retry_loop.duration_ms > sla else none)
    cases = [
        Case(set_best_relevance(nxt(), floor - 0.01), retrieval, "best relevance just below the floor"),
        Case(set_best_relevance(nxt(), floor), none, "best relevance exactly on the floor (meets it)"),
        Case(set_best_relevance(nxt(), floor + 0.01), none, "best relevance just above the floor"),
        Case(set_best_relevance(mismatch, 0.9), retrieval | quality,
             "off-topic articles with inflated scores (miscalibrated retriever)",
             "The retrieval breaker trusts the retriever's scores; only an answer-level check sees that the "
             "articles do not fit the question, so a second breaker downstream is worth having"),
        Case(gen("hallucination"), quality, "answer adds claims no article supports"),
        Case(set_answer(hallucinated, shifted), quality if shifted != answer else none,
             "one number in a grounded answer changed",
             "A single wrong number is the hardest hallucination: the scorer must compare numbers, not words"),
        Case(gen("wrong_prompt_version"), quality, "old prompt version: greeting, no citations"),
        Case(set_latency(nxt(), sla - 1), none, "latency 1 ms under the SLA"),
        Case(set_latency(nxt(), sla), none, "latency exactly on the SLA (a breach is longer than the SLA)"),
        Case(set_latency(nxt(), sla + 1), perf, "latency 1 ms over the SLA"),
        Case(set_tokens(nxt(), token_limit - 1, c), none, "tokens 1 under spike factor x the normal request"),
        Case(set_tokens(nxt(), token_limit, c), cost, "tokens exactly spike factor x the normal request"),
        Case(retry_loop, retry_expected, "retry loop: several LLM calls with the same input",
             "The retry-loop rule (near-identical LLM calls in one request) names the cause directly, whatever "
             "the token count; when the extra calls push the request past the SLA, the latency breaker is right "
             "to fire too"),
        Case(gen("pii_leak"), data, "answer repeats the customer's e-mail",
             "The leaked sentence is not backed by an article, so the quality breaker fires too; harmless, the "
             "privacy fallback has precedence"),
        Case(set_answer(nxt(), (public_trace.answer or "") + " Your receipt went to jane dot doe at example dot com."),
             data, "obfuscated customer e-mail in the answer",
             "Pattern matching is a floor, not a guarantee: an address written out in words passes it; the "
             "quality breaker may still replace the answer because the sentence is unsupported"),
        Case(set_answer(public_trace, pii_answer), none, "shop address quoted from a help article"),
        Case(set_answer(slow_pii, (slow_pii.answer or "") + " Receipt sent to sam.khan7@example.com."),
             perf | data, "slow answer that also leaks an e-mail",
             "With two failures at once both breakers fire and the privacy fallback wins; the unsupported "
             "sentence can wake the quality breaker as well"),
        Case(set_latency(empty_slow, sla + 500), retrieval | perf, "empty retrieval and a slow request"),
        Case(_with_tool_field(order_status, "customer_email", "sam.rivera@example.com"), data,
             "healthy-looking order lookup that stores the customer's e-mail in the trace",
             "Personal data returned by a tool and recorded in the trace is a data incident (scenario S5) even "
             "when the answer is fine; redact tool outputs before they are traced"),
        Case(order_status, none, "order lookup that records a masked e-mail (s***@…, not personal data)",
             "A masked address identifies nobody; a breaker that fired here would page the privacy owner for "
             "the redaction working as intended"),
    ]
    return [Case(_copy(case.trace, f"edge-{i + 1:02d}"), case.expected, case.note, case.lesson)
            for i, case in enumerate(cases)]


def _with_tool_field(trace: Trace, field: str, value: str) -> Trace:
    """A copy whose tool outputs carry ``value`` under ``field`` wherever they have that field."""
    copy = trace.model_copy(deep=True)
    for span in copy.tool_spans:
        if isinstance(span.output, dict) and field in span.output:
            span.output[field] = value
    return copy


__all__ = [
    "FAILURE_MODES",
    "borderline_batch",
    "repeat_llm_call",
    "set_answer",
    "set_best_relevance",
    "set_latency",
    "set_tokens",
    "standard_batch",
]

"""Spend against a baseline: the one cost rule the COST_SPIKE detector, breaker and triage tree share.

A spike is spend at or above ``budget.spike_factor`` times a baseline (:func:`is_spike`, the single
comparison everything calls). The baseline is the contract's normal request
(``budget.normal_tokens_per_request`` / ``budget.normal_cost_per_request_usd``), or, when a batch or
window is diagnosed, that batch's own median request (:func:`batch_baseline`); every finding says
which one it used. A retry loop, several LLM calls with near-identical input in one request
(``budget.retry_loop_calls`` or more at ``budget.retry_similarity``), is a spike signal on its own,
however cheap each call is: it is the failure that makes spend grow.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from statistics import median
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict

from .contract import Contract
from .text import words_in
from .text.wording import counted
from .traces import Span, Trace

__all__ = [
    "CostBaseline",
    "Spend",
    "batch_baseline",
    "contract_baseline",
    "is_spike",
    "retry_loop_calls",
    "spend",
    "spike_reasons",
    "window_spike_reasons",
]


class CostBaseline(BaseModel):
    """The normal request spend is measured against, and where it came from."""

    model_config = ConfigDict(frozen=True)

    tokens: float | None
    cost_usd: float | None
    source: str

    def describe(self) -> str:
        parts = [f"{self.tokens:,.0f} tokens" if self.tokens is not None else "",
                 f"${self.cost_usd:.4f}" if self.cost_usd is not None else ""]
        return f"{' / '.join(p for p in parts if p)} ({self.source})"


class Spend(NamedTuple):
    """Tokens (input + output) and cost summed over a trace's LLM calls, and the number of calls."""

    tokens: int | None
    cost_usd: float | None
    calls: int


def is_spike(value: float | None, baseline: float | None, factor: float) -> bool:
    """The cost rule: ``value`` at or above ``factor`` times ``baseline`` (on the bound is a spike)."""
    return value is not None and baseline is not None and baseline > 0 and value >= baseline * factor


def contract_baseline(contract: Contract) -> CostBaseline:
    """The contract's normal request."""
    b = contract.budget
    return _baseline(b.normal_tokens, b.normal_cost_usd)


@lru_cache(maxsize=64)
def _baseline(tokens: float | None, cost_usd: float | None) -> CostBaseline:
    """Built once per contract (a frozen model): every trace's cost check asks for it."""
    return CostBaseline(tokens=tokens, cost_usd=cost_usd, source="contract normal request, budget.normal_*")


def spend(trace: Trace, contract: Contract) -> Spend:
    """Tokens, cost and LLM calls of one request, listing the LLM spans once.

    Tokens are summed as ``Trace.usage`` sums them without building its model; the cost is
    ``Trace.cost_usd``, else priced from the contract when every call has usage and a price.
    """
    calls = [s for s in trace.spans if s.kind == "llm"]
    tokens: int | None = None
    cost: float | None = None
    for span in calls:
        if span.usage is not None:
            tokens = (tokens or 0) + span.usage.input_tokens + span.usage.output_tokens
        if span.cost_usd is not None:
            cost = (cost or 0.0) + span.cost_usd
    if cost is not None or not calls:
        return Spend(tokens, None if cost is None else round(cost, 8), len(calls))
    total = 0.0
    for span in calls:
        price = contract.price(span.model or "")
        if span.usage is None or price is None:
            return Spend(tokens, None, len(calls))
        total += price.cost(span.usage.input_tokens, span.usage.output_tokens)
    return Spend(tokens, total, len(calls))


def batch_baseline(traces: Iterable[Trace], contract: Contract) -> CostBaseline:
    """The batch's own median request as the baseline, or the contract's when the batch cannot serve.

    It cannot serve when fewer than ``min_window_size`` requests recorded spend, or when its median
    is itself a spike against the contract's normal request (then most of the batch is the incident).
    """
    spends = [spend(t, contract) for t in traces]
    tokens = [s.tokens for s in spends if s.tokens is not None]
    costs = [s.cost_usd for s in spends if s.cost_usd is not None]
    fallback = contract_baseline(contract)
    if max(len(tokens), len(costs)) < contract.min_window_size:
        return fallback.model_copy(update={"source": f"{fallback.source}; the batch has fewer than "
                                                     f"{contract.min_window_size} requests with spend"})
    mid_tokens = float(median(tokens)) if len(tokens) >= contract.min_window_size else None
    mid_cost = float(median(costs)) if len(costs) >= contract.min_window_size else None
    factor = contract.budget.spike_factor
    if is_spike(mid_tokens, fallback.tokens, factor) or is_spike(mid_cost, fallback.cost_usd, factor):
        return fallback.model_copy(update={"source": f"{fallback.source}; the batch median is itself a spike"})
    return CostBaseline(tokens=mid_tokens if mid_tokens is not None else fallback.tokens,
                        cost_usd=mid_cost if mid_cost is not None else fallback.cost_usd,
                        source=f"median of this batch of {max(len(tokens), len(costs))} requests")


# ---- retry loops -----------------------------------------------------------------------------------

def _input_words(span: Span) -> frozenset[str]:
    """The words an LLM call was sent (its messages, else its input), for comparing calls."""
    if span.messages:
        text = "\n".join(m.content or "" for m in span.messages)
    elif span.input is None:
        return frozenset()  # nothing recorded: no evidence that two calls were the same request
    else:
        text = span.input if isinstance(span.input, str) else repr(span.input)
    return words_in(text)  # the text layer's words, cached: a retry loop resends the same text


def retry_loop_calls(trace: Trace, contract: Contract) -> int:
    """Calls in the largest group of LLM calls whose input is near-identical to the group's first
    (word-set Jaccard >= ``budget.retry_similarity``); 0 when no group reaches ``budget.retry_loop_calls``."""
    calls = [s for s in trace.spans if s.kind == "llm"]
    need = contract.budget.retry_loop_calls
    if len(calls) < need:
        return 0
    words = [_input_words(s) for s in calls]
    threshold = contract.budget.retry_similarity
    best = 0
    for i, first in enumerate(words):
        if not first or len(words) - i <= best:
            continue
        group = 1 + sum(
            1 for other in words[i + 1:] if len(first & other) >= threshold * len(first | other)
        )
        best = max(best, group)
    return best if best >= need else 0


# ---- the rule --------------------------------------------------------------------------------------


class SpikeReason(NamedTuple):
    """One way a request or window spiked: the signal, its value, the limit, and a sentence."""

    signal: str
    observed: float
    threshold: float
    text: str


def spike_reasons(
    trace_spend: Spend, retry_calls: int, baseline: CostBaseline, contract: Contract
) -> list[SpikeReason]:
    """Why one request is a cost spike (empty: it is not): a retry loop (first: it is the cause), or
    tokens or cost at ``spike_factor`` x the baseline."""
    factor = contract.budget.spike_factor
    reasons = []
    tokens, cost = trace_spend.tokens, trace_spend.cost_usd
    if not (retry_calls or is_spike(tokens, baseline.tokens, factor) or is_spike(cost, baseline.cost_usd, factor)):
        return []  # the common case, decided before any sentence is written
    base = f"the baseline, {baseline.describe()}"
    if retry_calls:
        ratio = f", {tokens / baseline.tokens:.1f}x {base}" if tokens and baseline.tokens else ""
        reasons.append(SpikeReason(
            "retry loop", retry_calls, contract.budget.retry_loop_calls,
            f"a retry loop: {retry_calls} LLM calls with near-identical input in one request "
            f"({tokens or 0:,} tokens{ratio})"))
    if is_spike(tokens, baseline.tokens, factor):
        assert tokens is not None and baseline.tokens is not None
        reasons.append(SpikeReason(
            "tokens per request", tokens, baseline.tokens * factor,
            f"{tokens:,} tokens over {counted(trace_spend.calls, 'LLM call')}, {tokens / baseline.tokens:.1f}x {base} "
            f"(spike at {factor:g}x)"))
    if is_spike(cost, baseline.cost_usd, factor):
        assert cost is not None and baseline.cost_usd is not None
        reasons.append(SpikeReason(
            "cost per request", round(cost, 6), baseline.cost_usd * factor,
            f"${cost:.4f} over {counted(trace_spend.calls, 'LLM call')}, {cost / baseline.cost_usd:.1f}x {base} "
            f"(spike at {factor:g}x)"))
    return reasons


def window_spike_reasons(
    values: Mapping[str, Any], contract: Contract, baseline: Mapping[str, Any] | None = None
) -> list[SpikeReason]:
    """Why a window's tokens / cost per request are a spike: at ``spike_factor`` x the stated baseline
    (else the contract's normal request), or at the metric's critical bound."""
    normal = contract_baseline(contract)
    factor = contract.budget.spike_factor
    reasons = []
    for metric, fallback in (("tokens_per_request", normal.tokens), ("cost_per_request_usd", normal.cost_usd)):
        now = values.get(metric)
        if now is None or now != now:
            continue
        stated = (baseline or {}).get(metric)
        before, source = (stated, "the baseline") if stated else (fallback, "the contract's normal request")
        if is_spike(now, before, factor):
            reasons.append(SpikeReason(metric, float(now), float(before) * factor,
                                       f"{metric} at {now / before:.1f}x {source} (spike_factor {factor:g})"))
        elif now >= contract.metrics[metric].critical:
            reasons.append(SpikeReason(metric, float(now), contract.metrics[metric].critical,
                                       f"{metric} at its critical bound"))
    return reasons

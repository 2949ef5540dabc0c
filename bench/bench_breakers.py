"""Benchmark: how long a breaker decision takes per request (goal: under 10 microseconds).

Measures, on 200 generated traces (mixed failure modes), the median over 7 repeats of:

- the decision alone, on precomputed signals (what the middleware pays when signals are already known);
- the decision on a raw Trace, which includes extracting that breaker's signals from the spans;
- signal extraction for all cheap signals, and the quality score (the one expensive signal);
- a window decision on a metrics mapping, and the stateful wrapper around a no-op call.

Run: ``.venv/bin/python bench/bench_breakers.py``. Prints a table; nothing is asserted (timings are
machine-dependent, so targets are checked by reading the output, never by a timed test).
"""

from __future__ import annotations

import statistics
import time
import timeit
from collections.abc import Callable, Sequence

from llmops_kit.breakers import FakeClock, StatefulBreaker, default_breakers, extract_signals
from llmops_kit.breakers.signals import default_quality_scorer
from llmops_kit.traffic import generate_traffic

GOAL_US = 10.0
REPEATS = 7


def per_item_us(fn: Callable[[object], object], items: Sequence[object], loops: int = 1) -> float:
    """Median over REPEATS of the mean time per item, in microseconds."""
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter_ns()
        for _ in range(loops):
            for item in items:
                fn(item)
        runs.append((time.perf_counter_ns() - start) / (len(items) * loops) / 1000)
    return statistics.median(runs)


def main() -> int:
    mix = {"healthy": 0.5, "empty_retrieval": 0.1, "hallucination": 0.1, "slow_response": 0.1,
           "cost_spike": 0.1, "pii_leak": 0.1}
    traces = generate_traffic(200, mix=mix, seed=11)
    breakers = default_breakers()
    cheap = ["documents", "max_relevance", "latency_ms", "tokens", "cost_usd", "pii_matches"]
    scores = {t.trace_id: default_quality_scorer(t) for t in traces}
    signals = [extract_signals(t, [*cheap, "quality_score"], quality_score=scores[t.trace_id]) for t in traces]

    rows: list[tuple[str, float]] = []
    for cls, b in breakers.items():
        rows.append((f"decide on precomputed signals: {cls}", per_item_us(b.decide, signals, loops=20)))
    all_five = list(breakers.values())
    rows.append(("all five decisions on precomputed signals",
                 per_item_us(lambda s: [b.decide(s) for b in all_five], signals, loops=5)))
    rows.append(("evaluate() -> dict on signals: PERFORMANCE", per_item_us(breakers["PERFORMANCE_DEGRADATION"].evaluate,
                                                                         signals, loops=20)))
    for cls in ("RETRIEVAL_OUTAGE", "PERFORMANCE_DEGRADATION", "COST_SPIKE", "DATA_INCIDENT"):
        rows.append((f"decide on raw Trace (extract + decide): {cls}", per_item_us(breakers[cls].decide, traces)))
    cached = default_breakers(scorer=lambda t: scores[t.trace_id])["QUALITY_DEGRADATION"]
    rows.append(("decide on raw Trace, quality score precomputed", per_item_us(cached.decide, traces)))
    rows.append(("extract all cheap signals from a Trace", per_item_us(lambda t: extract_signals(t, cheap), traces)))
    rows.append(("quality score of one trace (score_trace)", per_item_us(default_quality_scorer, traces[:50])))
    window = {"latency_p95_ms": 9200.0, "quality_proxy_rate": 0.68, "tokens_per_request": 900.0,
              "cost_per_request_usd": 0.001}
    rows.append(("window decision (mapping): PERFORMANCE",
                 per_item_us(breakers["PERFORMANCE_DEGRADATION"].decide, [window] * 200, loops=20)))
    closed = StatefulBreaker(breakers["PERFORMANCE_DEGRADATION"], clock=FakeClock())
    rows.append(("stateful call, closed (no-op call + decision)",
                 per_item_us(lambda s: closed.call(lambda: s), signals, loops=5)))
    opened = StatefulBreaker(breakers["PERFORMANCE_DEGRADATION"], clock=FakeClock(), cool_down_s=1e9)
    opened.observe(window)
    rows.append(("stateful call, open (short-circuit to fallback)",
                 per_item_us(lambda s: opened.call(lambda: s), signals, loops=5)))

    reference = timeit.timeit("sum(range(100))", number=100_000) / 100_000 * 1e6
    rows.append(("reference: sum(range(100)) (machine speed; ~0.7 us on an idle modern core)", reference))
    width = max(len(name) for name, _ in rows)
    print(f"{len(traces)} traces, median of {REPEATS} repeats; goal: a decision under {GOAL_US:g} us")
    for name, us in rows:
        flag = "ok " if us < GOAL_US else "   "
        print(f"{flag}{name:<{width}}  {us:10.2f} us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

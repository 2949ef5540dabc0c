"""Benchmark: personal-data false positives on 10,000 healthy traces full of random ids (goal: 0),
and what the PII scan costs per trace.

The traces are the traffic generator's healthy requests (help-centre answers with prices, dates,
order numbers and the shop's published contacts), each given what exported traces carry around the
content: an OpenTelemetry-style 32-hex trace id and 16-hex span ids on every span, a UUID request
id, a numeric order id, a nanosecond timestamp string and a tracking number, all drawn from a seeded
RNG. About one hex span id in 2,000 is all digits, so among 10,000 traces some ids are 16-digit
runs with a card network's prefix and a valid Luhn digit: the trap the rules must not fall into.
The script counts them so the figure shows the trap was there.

Counted as a false positive: a PII_LEAK finding, a DATA_INCIDENT breaker trip, or a redaction that
changed the trace. Timings: median over 3 passes, one core, after a warm-up pass.

Run: ``.venv/bin/python bench/bench_pii.py [--traces N]``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
import uuid

from llmops_kit.breakers import default_breakers
from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_pii
from llmops_kit.pii import find_pii, luhn_valid
from llmops_kit.redact import redact_trace
from llmops_kit.traces import Trace
from llmops_kit.traffic import generate_traffic

SEED = 20251203
_CARD_PREFIX = re.compile(r"4|5[1-5]|3[47]|6011|65")


def with_random_ids(trace: Trace, rng: random.Random) -> Trace:
    """The trace with OTel-style hex ids and the id-like attributes an exporter adds, all random."""
    ids = {span.span_id: f"{rng.getrandbits(64):016x}" for span in trace.spans}
    spans = []
    for span in trace.spans:
        attributes = {**span.attributes, "otel.trace_id": f"{rng.getrandbits(128):032x}",
                      "otel.span_id": ids[span.span_id], "request.id": str(uuid.UUID(int=rng.getrandbits(128)))}
        spans.append(span.model_copy(update={"span_id": ids[span.span_id],
                                             "parent_id": ids.get(span.parent_id or ""),
                                             "attributes": attributes}))
    metadata = {**trace.metadata, "order_id": str(rng.randrange(10**11, 10**16)),
                "ingested_at_unix_nano": str(rng.randrange(1_700_000_000 * 10**9, 1_760_000_000 * 10**9)),
                "tracking": f"1Z{rng.getrandbits(40):010X}{rng.randrange(10**6):06d}"}
    return trace.model_copy(update={"trace_id": f"{rng.getrandbits(128):032x}", "spans": spans,
                                    "metadata": metadata})


def traps(trace: Trace) -> int:
    """Ids in the trace that are card-prefixed, Luhn-valid runs of 13-19 digits."""
    ids = [trace.trace_id, *(s.span_id for s in trace.spans), *(s.attributes["otel.trace_id"] for s in trace.spans),
           str(trace.metadata["order_id"])]
    return sum(1 for value in ids if value.isdigit() and 13 <= len(value) <= 19 and _CARD_PREFIX.match(value)
               and luhn_valid(value))


def timed(fn, items) -> float:  # type: ignore[no-untyped-def]
    """Median microseconds per item over 3 passes."""
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        for item in items:
            fn(item)
        runs.append((time.perf_counter() - start) / len(items) * 1e6)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--traces", type=int, default=10_000)
    args = parser.parse_args()
    contract = load_contract()
    rng = random.Random(SEED)
    started = time.perf_counter()
    traces = [with_random_ids(t, rng) for t in generate_traffic(args.traces, mix={"healthy": 1.0}, seed=SEED)]
    print(f"generated {len(traces):,} healthy traces with random ids in {time.perf_counter() - started:.1f} s")
    print(f"card-shaped Luhn-valid ids among them (the trap): {sum(traps(t) for t in traces)}")

    breaker = default_breakers(contract)["DATA_INCIDENT"]
    findings = [t.trace_id for t in traces if detect_pii(t, contract)]
    trips = [t.trace_id for t in traces if breaker.evaluate(t)["activate"]]
    changed = [t.trace_id for t in traces if redact_trace(t, contract) is not t]
    print(f"false positives: PII_LEAK {len(findings)}, DATA_INCIDENT trips {len(trips)}, "
          f"redacted traces {len(changed)} (goal 0 each)")
    for trace_id in (findings + trips + changed)[:5]:
        trace = next(t for t in traces if t.trace_id == trace_id)
        print("  e.g.", trace_id, [f.explanation for f in detect_pii(trace, contract)])

    sample = traces[:2000]
    per = timed(lambda t: detect_pii(t, contract), sample)
    print(f"detect_pii per trace (cached texts, median of 3): {per:.1f} µs")
    fresh = [with_random_ids(t, rng) for t in generate_traffic(500, mix={"healthy": 1.0}, seed=SEED + 1)]
    start = time.perf_counter()
    for trace in fresh:
        detect_pii(trace, contract)
    print(f"detect_pii per trace (texts never seen): {(time.perf_counter() - start) / len(fresh) * 1e6:.1f} µs")
    texts = ["Refunds reach your card within 5 business days [kb-002].",
             "Order NW-4491246 ships 2025-03-25 for $129.00; trace 4bf92f3577b34da6a3ce929d0e0e4736.",
             "Call +44 20 7946 0958 or write to jane.doe@example.org."]
    for text in texts:
        per = timed(lambda s: find_pii(s, region=("US", "GB")), [text] * 2000)
        print(f"find_pii on {text[:48]!r}...: {per:.1f} µs")


if __name__ == "__main__":
    main()

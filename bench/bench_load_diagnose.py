"""Load + validate + diagnose throughput on one core, next to the floors measured in the same run.

Prints traces per second for: plain ``json.loads``; pydantic validation alone
(``Trace.model_validate_json``); the package loader (``parse_payload``); loader + ``diagnose``.
Goal from the scale issue: at least 5,000 traces/s for load + validate + diagnose, within 2x of
pydantic validation alone. Run: ``.venv/bin/python bench/bench_load_diagnose.py [N]``.
"""

from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import base_payloads

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.io import parse_payload
from llmops_kit.traces import Trace


def rate(label: str, count: int, seconds: float) -> float:
    per_second = count / seconds
    print(f"{label:<38} {per_second:>10,.0f} traces/s   ({seconds * 1e6 / count:,.1f} us/trace)")
    return per_second


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    contract = load_contract()
    # every trace distinct (no repeated answers), so no per-answer memo can flatter the figure
    documents = [json.dumps(payload) for payload in base_payloads(total)]
    size = sum(len(d) for d in documents) / len(documents)
    print(f"{total:,} traces, mean {size / 1024:.1f} KiB each; Python {platform.python_version()}, "
          f"{platform.machine()}, one core")

    start = time.perf_counter()
    for text in documents:
        json.loads(text)
    floor = rate("json.loads (floor)", total, time.perf_counter() - start)

    start = time.perf_counter()
    for text in documents:
        Trace.model_validate_json(text)
    validate = rate("pydantic validation alone", total, time.perf_counter() - start)

    start = time.perf_counter()
    for text in documents:
        parse_payload(json.loads(text), "bench")
    rate("loader (json.loads + validate)", total, time.perf_counter() - start)

    start = time.perf_counter()
    for text in documents:
        for trace in parse_payload(json.loads(text), "bench"):
            diagnose(trace, contract)
    full = rate("load + validate + diagnose", total, time.perf_counter() - start)

    print(f"full pipeline = {full / validate:.2f}x pydantic validation alone, {full / floor:.2f}x json.loads")
    print("goal: >= 5,000 traces/s and within 2x of validation alone:",
          "met" if full >= 5000 and validate / full <= 2 else "not met")


if __name__ == "__main__":
    main()

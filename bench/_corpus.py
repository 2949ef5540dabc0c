"""Shared by the benchmarks: a seeded corpus of course-sized traces as JSON text.

A few hundred traces come from the traffic generator (a realistic mix of failure modes); larger
corpora repeat them under fresh trace ids, which keeps generation cheap and sizes realistic.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from llmops_kit.traffic import generate_traffic

MIX = {
    "healthy": 0.70, "retrieval_mismatch": 0.06, "wrong_prompt_version": 0.05, "tool_timeout": 0.06,
    "hallucination": 0.06, "slow_response": 0.05, "cost_spike": 0.01, "pii_leak": 0.01,
}


def base_payloads(n: int = 400, seed: int = 11) -> list[dict]:
    """``n`` generated traces as plain JSON data."""
    return [t.model_dump(mode="json", exclude_none=True) for t in generate_traffic(n, mix=MIX, seed=seed)]


def json_lines(total: int, base: list[dict]) -> Iterator[str]:
    """``total`` JSON documents cycling through ``base`` with unique trace ids."""
    for i in range(total):
        payload = dict(base[i % len(base)])
        payload["trace_id"] = f"bench-{i:08d}"
        yield json.dumps(payload)


def write_jsonl(path: Path, total: int, base: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for line in json_lines(total, base):
            handle.write(line)
            handle.write("\n")
    return path

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


def _letters(number: int) -> str:
    out = ""
    while True:
        number, digit = divmod(number, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[digit]
        if number == 0:
            return out


def with_unique_answers(payloads: list[dict], salt: int = 0) -> list[dict]:
    """The same traces with every answer sentence made unique by one made-up lowercase word.

    Generated answers repeat (a support bot answers the same question the same way), so caches keyed
    on answer text would hit; this variant measures the cost when no answer was ever seen before.
    """
    unique = []
    for i, payload in enumerate(payloads):
        answer = (payload.get("output") or {}).get("answer")
        text = json.dumps(payload)
        if answer:
            sentences = answer.split(". ")
            fresh = ". ".join(f"zq{_letters(salt)}q{_letters(i)}x{_letters(j)} {s}" for j, s in enumerate(sentences))
            text = text.replace(json.dumps(answer)[1:-1], json.dumps(fresh)[1:-1])
        unique.append(json.loads(text))
    return unique


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

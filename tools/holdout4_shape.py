"""Fourth held-out set: vary what the shared builder lays out, so the set does not inherit one trace shape.

``tools/holdout2_build.py`` puts every span directly under the root and records tool results as objects. Real
instrumentations differ: LangChain-style traces nest the retrievers (and tools) under an intermediate chain span,
and many SDKs record a tool's result as a JSON string. ``vary`` applies these to a seeded share of the traces.
It never changes a fact a label rests on: durations, documents, scores, prompt versions, token counts and tool
statuses stay as built, and a payload that reports its own failure keeps its object form.
"""

from __future__ import annotations

import json
import random
from typing import Any


def _failed_payload(output: Any) -> bool:
    return isinstance(output, dict) and ("error" in output or output.get("ok") is False
                                         or output.get("success") is False)


def _nest(trace: dict[str, Any], kind: str, name: str, rng: random.Random) -> None:
    """Put every span of ``kind`` under one new chain span named ``name`` (a child of the root)."""
    root = next(s for s in trace["spans"] if s.get("parent_id") is None)
    group = [s for s in trace["spans"] if s["kind"] == kind]
    if not group:
        return
    span_id = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    for s in group:
        s["parent_id"] = span_id
    trace["spans"].append({"span_id": span_id, "parent_id": root["span_id"], "name": name, "kind": "chain",
                           "status": "ok", "start_time": min(s["start_time"] for s in group),
                           "end_time": max(s["end_time"] for s in group), "input": None, "output": None,
                           "attributes": {"step": name}})


def vary(trace: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same request recorded by another instrumentation (in place; returns the trace)."""
    if rng.random() < 0.3:
        _nest(trace, "retriever", "retrieve-context", rng)
    if rng.random() < 0.2:
        _nest(trace, "tool", "call-tools", rng)
    if rng.random() < 0.3:
        for s in trace["spans"]:
            if s["kind"] == "tool" and s["output"] is not None and not _failed_payload(s["output"]):
                s["output"] = json.dumps(s["output"], ensure_ascii=False)
    return trace

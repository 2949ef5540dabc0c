"""Shared fixtures: small trace builders that tests use instead of hand-written JSON."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

T0 = datetime(2025, 3, 12, 8, 30, tzinfo=timezone.utc)


def trace_payload(trace_id: str = "t-1", **overrides: Any) -> dict[str, Any]:
    """A minimal valid native trace as plain JSON data (root chain + retriever + llm)."""
    def at(ms: int) -> str:
        return (T0 + timedelta(milliseconds=ms)).isoformat()

    payload: dict[str, Any] = {
        "trace_id": trace_id,
        "name": "support-chat",
        "timestamp": at(0),
        "input": {"query": "How long do refunds take?"},
        "output": {"answer": "Refunds reach your card within 5 business days [kb-002]."},
        "spans": [
            {"span_id": "s0", "name": "support-chat", "kind": "chain", "start_time": at(0), "end_time": at(1500)},
            {
                "span_id": "s1", "parent_id": "s0", "name": "kb.search", "kind": "retriever",
                "start_time": at(10), "end_time": at(210),
                "documents": [{"id": "kb-002", "content": "Refunds reach your card within 5 business days.",
                               "score": 0.84}],
            },
            {
                "span_id": "s2", "parent_id": "s0", "name": "llm.chat", "kind": "llm",
                "start_time": at(220), "end_time": at(1490), "model": "gpt-4o",
                "model_parameters": {"temperature": 0.2},
                "prompt": {"name": "support-answer", "version": "v2.0", "variables": {"store_name": "Shop"}},
                "usage": {"input_tokens": 600, "output_tokens": 40}, "cost_usd": 0.0019,
                "output": "Refunds reach your card within 5 business days [kb-002].",
            },
        ],
    }
    payload.update(overrides)
    return payload


@pytest.fixture
def payload() -> dict[str, Any]:
    return trace_payload()

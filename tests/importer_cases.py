"""Shared expectations for the format fixtures in tests/data/formats (see its README)."""

from __future__ import annotations

from pathlib import Path

FORMATS = Path(__file__).parent / "data" / "formats"

#: What each fixture's request went through, and the findings diagnosis must give after import.
EXPECTED_CODES: dict[str, list[str]] = {
    "healthy": [],
    "retrieval_mismatch": ["RETRIEVAL_MISMATCH"],
    "wrong_prompt_version": ["WRONG_PROMPT_VERSION"],
    "tool_timeout": ["TOOL_TIMEOUT"],
    "hallucination": ["HALLUCINATION"],
    "slow_response": ["LATENCY_SLA_BREACH"],
}

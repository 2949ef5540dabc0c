"""Replay overrides: which parts of a recorded request a replay changes, validated before anything is sent."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import OverrideError

VALID_OVERRIDES = ("prompt_version", "model", "temperature", "index", "tools", "tool_timeout_ms")
TEMPERATURE_RANGE = (0.0, 2.0)
TOOL_MODES = ("recording", "live")


@dataclass(frozen=True)
class Overrides:
    """Validated replay overrides; ``None`` keeps what the trace recorded."""

    prompt_version: str | None = None
    model: str | None = None
    temperature: float | None = None
    index: str | None = None
    tools: str | None = None
    tool_timeout_ms: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in VALID_OVERRIDES if getattr(self, k) is not None}


def validate_overrides(overrides: Mapping[str, Any] | Overrides | None) -> Overrides:
    """Check keys and values; any problem is an :class:`OverrideError` that says what is accepted."""
    if overrides is None:
        return Overrides()
    if isinstance(overrides, Overrides):
        return overrides
    if not isinstance(overrides, Mapping):
        raise OverrideError(
            f"overrides must be a dict such as {{'model': 'gpt-4o-mini'}}, got {type(overrides).__name__}."
        )
    unknown = sorted(str(k) for k in overrides if k not in VALID_OVERRIDES)
    if unknown:
        raise OverrideError(
            f"unknown override key(s) {unknown}; valid keys are: {', '.join(VALID_OVERRIDES)}."
        )
    values: dict[str, Any] = {}
    for key in ("prompt_version", "model", "index", "tools"):
        if key in overrides:
            value = overrides[key]
            if not isinstance(value, str) or not value.strip():
                raise OverrideError(f"override {key!r} must be a non-empty string, got {value!r}.")
            values[key] = value.strip()
    if values.get("tools") not in (None, *TOOL_MODES):
        raise OverrideError(f"override 'tools' must be one of {', '.join(TOOL_MODES)}, got {values['tools']!r}.")
    for key, (low, high) in (("temperature", TEMPERATURE_RANGE), ("tool_timeout_ms", (1.0, 600_000.0))):
        if key in overrides:
            value = overrides[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                    or not low <= value <= high:
                raise OverrideError(f"override {key!r} must be a number from {low} to {high}, got {value!r}.")
            values[key] = float(value)
    if "index" in values:
        from ..knowledge_base import available_indexes  # the data layer; imported only when asked for

        if values["index"] not in available_indexes():
            raise OverrideError(
                f"override 'index' names no known retrieval index: {values['index']!r}; "
                f"known indexes: {', '.join(available_indexes())}."
            )
    return Overrides(**values)


__all__ = ["TEMPERATURE_RANGE", "TOOL_MODES", "VALID_OVERRIDES", "Overrides", "validate_overrides"]

"""Replay overrides: which parts of a recorded request a replay changes, validated before anything is sent."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import OverrideError

VALID_OVERRIDES = ("prompt_version", "model", "temperature", "index", "retrieval_filter", "tools", "tool_timeout_ms")
#: Metadata fields the local indexes can filter on (the knowledge base's article metadata).
FILTER_FIELDS = ("category",)

#: A retrieval filter in a hashable, ordered form: ``(("category", ("orders",)),)``; ``()`` is no filter.
RetrievalFilter = tuple[tuple[str, tuple[str, ...]], ...]
TEMPERATURE_RANGE = (0.0, 2.0)
TOOL_MODES = ("recording", "live")


@dataclass(frozen=True)
class Overrides:
    """Validated replay overrides; ``None`` keeps what the trace recorded."""

    prompt_version: str | None = None
    model: str | None = None
    temperature: float | None = None
    index: str | None = None
    retrieval_filter: RetrievalFilter | None = None
    tools: str | None = None
    tool_timeout_ms: float | None = None

    def as_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in VALID_OVERRIDES if getattr(self, k) is not None}
        if self.retrieval_filter is not None:
            out["retrieval_filter"] = filter_dict(self.retrieval_filter)
        return out


def normalize_filter(value: Any, where: str) -> RetrievalFilter:
    """A retrieval filter as recorded (``{"category": ["orders"]}``) in canonical form; ``{}`` is no filter.

    Raises :class:`OverrideError` naming ``where`` when the value is not a mapping of a known field to
    one or more non-empty strings.
    """
    if not isinstance(value, Mapping):
        raise OverrideError(f"{where} must be a dict such as {{'category': ['orders']}} ({{}} for no filter), "
                            f"got {value!r}.")
    out = []
    for key, allowed in value.items():
        if key not in FILTER_FIELDS:
            raise OverrideError(f"{where}: the local indexes filter only on {', '.join(FILTER_FIELDS)}, "
                                f"not on {key!r}.")
        values = [allowed] if isinstance(allowed, str) else allowed
        if not isinstance(values, (list, tuple)) or not values \
                or not all(isinstance(v, str) and v.strip() for v in values):
            raise OverrideError(f"{where}: {key!r} must name one or more values as strings, got {allowed!r}.")
        out.append((str(key), tuple(sorted({v.strip() for v in values}))))
    return tuple(sorted(out))


def filter_dict(value: RetrievalFilter) -> dict[str, list[str]]:
    """The canonical filter back in the recorded shape (``{"category": ["orders"]}``)."""
    return {key: list(values) for key, values in value}


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
    if "retrieval_filter" in overrides:
        values["retrieval_filter"] = normalize_filter(overrides["retrieval_filter"], "override 'retrieval_filter'")
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


__all__ = [
    "FILTER_FIELDS",
    "TEMPERATURE_RANGE",
    "TOOL_MODES",
    "VALID_OVERRIDES",
    "Overrides",
    "RetrievalFilter",
    "filter_dict",
    "normalize_filter",
    "validate_overrides",
]

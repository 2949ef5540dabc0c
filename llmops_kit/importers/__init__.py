"""Import traces from Langfuse, LangSmith and OpenTelemetry (OTLP/JSON); export to Langfuse and LangSmith.

Importing this package registers one detector per format with :func:`llmops_kit.io.register_format`,
so ``load_trace_record`` / ``load_traces`` recognise these exports by their shape (``fmt="auto"``) or
by name (``fmt="langfuse" | "langsmith" | "otlp"``). Every importer maps onto the native trace model,
computes latency from start and end, keeps what it cannot map (span attributes, trace metadata) and
reports a malformed export as a one-line :class:`~llmops_kit.errors.TraceLoadError` naming the file.

Exporters return plain JSON-ready data in the target system's field names; ``docs/trace_formats.md``
is the mapping reference.
"""

from __future__ import annotations

from ..io import register_format
from . import langfuse, langsmith, otel
from .compare import platform_comparison, visibility_by_failure_mode
from .langfuse import from_langfuse
from .langfuse_export import to_langfuse, to_langfuse_v2
from .langsmith import from_langsmith
from .langsmith_export import to_langsmith, to_langsmith_tree
from .otel import from_otlp

__all__ = [
    "from_langfuse",
    "from_langsmith",
    "from_otlp",
    "platform_comparison",
    "register_all",
    "to_langfuse",
    "to_langfuse_v2",
    "to_langsmith",
    "to_langsmith_tree",
    "visibility_by_failure_mode",
]


def register_all() -> None:
    """Register the Langfuse, LangSmith and OTLP/JSON detectors with the loader (idempotent)."""
    register_format(langfuse.FORMAT, langfuse.detect, lambda payload, source: from_langfuse(payload, source))
    register_format(langsmith.FORMAT, langsmith.detect, lambda payload, source: from_langsmith(payload, source))
    register_format(otel.FORMAT, otel.detect, lambda payload, source: from_otlp(payload, source))


register_all()

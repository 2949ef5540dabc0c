"""Trace sources other than files: an observability backend read as a stream of traces.

``spec`` spells a source (``phoenix://HOST:PORT/PROJECT?since=1h``) and works without any extra;
``phoenix`` pulls and maps Phoenix spans (needs the ``phoenix`` extra); ``annotate`` writes findings
and triage results back onto the backend's spans.
"""

from __future__ import annotations

from .spec import PhoenixSource, SourceError, is_source_uri, parse_duration, parse_source, phoenix_source

__all__ = ["PhoenixSource", "SourceError", "is_source_uri", "parse_duration", "parse_source", "phoenix_source"]

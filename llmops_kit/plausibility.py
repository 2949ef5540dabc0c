"""Is a loaded trace physically possible? Bounds from the contract, checked once per trace at load time.

Pydantic checks types and signs; this checks magnitudes against ``contract.plausibility`` (durations,
token counts, costs, dates). A value beyond a bound is a broken exporter or clock, not traffic: letting
it through would let one record decide a window's verdict (a 10-year span makes p95 latency critical;
1e300 dollars makes cost critical; 10**400 tokens overflows every float downstream).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone

from .contract import Plausibility
from .traces import Trace

__all__ = ["implausible_values", "off_scale_scores"]


def _day(moment: datetime) -> date:
    # the date in UTC when that is representable; near datetime.min/max the local date is close enough
    try:
        return moment.astimezone(timezone.utc).date()
    except OverflowError:
        return moment.date()


def implausible_values(trace: Trace, bounds: Plausibility) -> Iterator[tuple[str, str]]:
    """``(field path, what is wrong with the bound named)`` for every value beyond ``bounds``."""
    yield from _dates("timestamp", trace.timestamp, bounds)
    if trace.latency_ms is not None and trace.latency_ms > bounds.max_duration_ms:
        yield "latency_ms", (f"latency {trace.latency_ms:g} ms is over the plausibility bound "
                             f"max_duration_ms = {bounds.max_duration_ms:g}")
    for index, span in enumerate(trace.spans):
        where = f"spans.{index}"
        yield from _dates(f"{where}.start_time", span.start_time, bounds)
        yield from _dates(f"{where}.end_time", span.end_time, bounds)
        duration = span.duration_ms
        if duration > bounds.max_duration_ms:
            yield f"{where}.end_time", (f"span {span.span_id!r} lasts {duration:,.0f} ms, over the plausibility "
                                        f"bound max_duration_ms = {bounds.max_duration_ms:,.0f}")
        if span.usage is not None:
            for name in ("input_tokens", "output_tokens", "total_tokens"):
                value = getattr(span.usage, name)
                if value is not None and value > bounds.max_tokens_per_call:
                    shown = f"{value:,}" if value < 10**30 else f"a {len(str(value))}-digit number"
                    yield f"{where}.usage.{name}", (f"{shown} tokens is over the plausibility bound "
                                                    f"max_tokens_per_call = {bounds.max_tokens_per_call:,}")
        if span.cost_usd is not None and span.cost_usd > bounds.max_cost_usd_per_call:
            yield f"{where}.cost_usd", (f"cost {span.cost_usd:g} USD is over the plausibility bound "
                                        f"max_cost_usd_per_call = {bounds.max_cost_usd_per_call:g}")


def _dates(field: str, moment: datetime | None, bounds: Plausibility) -> Iterator[tuple[str, str]]:
    if moment is None:
        return
    day = _day(moment)
    if day < bounds.earliest:
        yield field, f"{moment.isoformat()} is before the plausibility bound earliest = {bounds.earliest}"
    elif day >= bounds.latest:
        yield field, f"{moment.isoformat()} is not before the plausibility bound latest = {bounds.latest}"


def off_scale_scores(trace: Trace) -> Iterator[tuple[str, object, int]]:
    """Per retriever span whose scores an importer kept off the [0, 1] scale: the field of the first score
    outside [0, 1], its value, and how many scores of that span were kept raw.

    Importers keep the scores of a retrieval that used another scale (BM25, dot product, distance) as
    ``metadata.raw_score`` with ``score=None`` instead of squeezing them into [0, 1]; the loader reports
    each such span as a warning and the retrieval check on that trace reports "not evaluable".
    """
    for index, span in enumerate(trace.spans):
        raw = [(position, doc.metadata["raw_score"]) for position, doc in enumerate(span.documents or [])
               if doc.score is None and "raw_score" in doc.metadata]
        if not raw:
            continue
        outside = [(p, v) for p, v in raw if not (isinstance(v, (int, float)) and 0.0 <= v <= 1.0)]
        position, value = (outside or raw)[0]
        yield f"spans.{index}.documents.{position}.score", value, len(raw)

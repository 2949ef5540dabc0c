"""Is a loaded trace physically possible? Bounds from the contract, checked once per trace at load time.

Pydantic checks types and signs; this checks magnitudes against ``contract.plausibility`` (durations,
token counts, costs, dates). A value beyond a bound is a broken exporter or clock, not traffic: letting
it through would let one record decide a window's verdict (a 10-year span makes p95 latency critical;
1e300 dollars makes cost critical; 10**400 tokens overflows every float downstream).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

from .contract import Plausibility
from .traces import Model, Trace

__all__ = ["implausible_values", "nonfinite_values", "off_scale_scores"]


def _aware(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


@functools.cache
def _limits(bounds: Plausibility) -> tuple[datetime, datetime, timedelta]:
    return _aware(bounds.earliest), _aware(bounds.latest), timedelta(milliseconds=bounds.max_duration_ms)


def implausible_values(trace: Trace, bounds: Plausibility) -> list[tuple[str, str]]:
    """``(field path, what is wrong with the bound named)`` for every value beyond ``bounds``.

    Runs on every loaded trace, so the common case (everything plausible) is one pass of comparisons;
    the messages are only built for a trace that has a problem.
    """
    lo, hi, longest = _limits(bounds)
    max_cost, max_tokens = bounds.max_cost_usd_per_call, bounds.max_tokens_per_call
    stamp = trace.timestamp
    fine = (stamp is None or lo <= stamp < hi) and (trace.latency_ms is None
                                                    or trace.latency_ms <= bounds.max_duration_ms)
    for span in trace.spans:
        if not fine:
            break
        start, end, usage, cost = span.start_time, span.end_time, span.usage, span.cost_usd
        fine = lo <= start < hi and lo <= end < hi and end - start <= longest \
            and (cost is None or cost <= max_cost) \
            and (usage is None or (usage.input_tokens <= max_tokens and usage.output_tokens <= max_tokens
                                   and (usage.total_tokens or 0) <= max_tokens))
    return [] if fine else list(_problems(trace, bounds))


def _problems(trace: Trace, bounds: Plausibility) -> Iterator[tuple[str, str]]:
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


def nonfinite_values(trace: Trace) -> Iterator[tuple[str, str]]:
    """``(field path, what is wrong)`` for every NaN or infinite number in the trace's free-form fields.

    Typed number fields refuse them already (``allow_inf_nan=False``); free-form ones (``input``,
    ``attributes``, ``metadata``, unknown fields) take what JSON parsers give, and both Python's ``json``
    and pydantic's parser turn ``NaN``, ``Infinity`` and ``1e400`` into non-finite floats. One check over
    the validated trace covers every format and both parsing paths; the paths are only worked out for a
    trace that has such a number.
    """
    if _all_finite(_free_form_values(trace)):
        return
    stack = list(reversed(list(_free_form(trace, ""))))
    while stack:
        path, value = stack.pop()
        if isinstance(value, float):
            if not math.isfinite(value):
                yield path, f"{value!r} is not a finite number (NaN, Infinity or a literal too large for a " \
                            "double); JSON numbers must be finite, fix the exporter"
        elif isinstance(value, dict):
            stack.extend((f"{path}.{key}", inner) for key, inner in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((f"{path}.{index}", inner) for index, inner in reversed(list(enumerate(value))))


def _all_finite(values: list[Any]) -> bool:
    """No NaN or infinite float anywhere inside ``values`` (strings are never looked into: the fast path).

    Empty values are dropped up front (NaN and infinity are truthy) and the items of a dict or list that
    are strings, ints or None are passed over where they are met, so only containers and floats are stacked.
    """
    stack = [value for value in values if value]
    isfinite = math.isfinite
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is dict or kind is list or kind is tuple:
            for item in (value.values() if kind is dict else value):
                inner = type(item)
                if inner is str or inner is int or item is None:
                    continue
                if inner is float:
                    if not isfinite(item):
                        return False
                else:
                    stack.append(item)
        elif kind is float:
            if not isfinite(value):
                return False
        elif kind is not str and isinstance(value, float) and not isfinite(value):
            return False
    return True


def _free_form_values(trace: Trace) -> list[Any]:
    """The free-form values of a trace without their paths: the hot path of :func:`nonfinite_values`.

    Spelled out for speed; ``tests/test_plausibility.py`` checks it against :func:`_field_kinds`, so a
    free-form field added to the models cannot be missed here.
    """
    # __pydantic_extra__ is the dict behind model_extra, read directly: the property costs more than the walk
    values: list[Any] = [trace.metadata, trace.input, trace.output, trace.__pydantic_extra__]
    for span in trace.spans:
        values += (span.input, span.output, span.attributes, span.model_parameters, span.__pydantic_extra__)
        if span.documents:
            for doc in span.documents:
                values += (doc.metadata, doc.__pydantic_extra__)
        if span.prompt is not None:
            values += (span.prompt.variables, span.prompt.__pydantic_extra__)
        if span.messages:
            values.extend(message.__pydantic_extra__ for message in span.messages)
        if span.usage is not None:
            values.append(span.usage.__pydantic_extra__)
        if span.error is not None:
            values.append(span.error.__pydantic_extra__)
    values.extend(score.__pydantic_extra__ for score in trace.scores)
    return values


def _free_form(model: Model, path: str) -> Iterator[tuple[str, Any]]:
    """Every free-form value of a model and of the models inside it, with its field path."""
    free, nested = _field_kinds(type(model))
    prefix = f"{path}." if path else ""
    for name in free:
        value = getattr(model, name)
        if value is not None:
            yield prefix + name, value
    for name, value in (model.model_extra or {}).items():
        yield prefix + name, value
    for name in nested:
        value = getattr(model, name)
        if isinstance(value, Model):
            yield from _free_form(value, prefix + name)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, Model):
                    yield from _free_form(item, f"{prefix}{name}.{index}")


@functools.cache
def _field_kinds(cls: type[Model]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The fields of a model class that hold free-form JSON, and those that hold other models."""
    free, nested = [], []
    for name, info in cls.model_fields.items():
        text = str(info.annotation)
        if "Any" in text:
            free.append(name)
        elif "llmops_kit.traces" in text:
            nested.append(name)
    return tuple(free), tuple(nested)


def _dates(field: str, moment: datetime | None, bounds: Plausibility) -> Iterator[tuple[str, str]]:
    if moment is None:
        return
    if moment < _aware(bounds.earliest):
        yield field, f"{moment.isoformat()} is before the plausibility bound earliest = {bounds.earliest}"
    elif moment >= _aware(bounds.latest):
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

"""Side-by-side comparison of a recorded trace and its replay.

Both sides are scored by the same function (:func:`llmops_kit.quality.score_trace`), so a quality
change is a change in the answer, never in how it was judged.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..contract import Contract, load_contract
from ..quality import score_trace
from ..traces import Trace

RESPONSE_CHARS = 200
COLUMNS = ["field", "original", "replayed", "delta", "change"]


def trace_quality(trace: Trace, contract: Contract | None = None) -> float | None:
    """The quality score of a trace's answer against its own recorded context."""
    return score_trace(trace, contract or load_contract()).score


def _backend(trace: Trace) -> str:
    replay = trace.metadata.get("replay")
    return str(replay.get("backend")) if isinstance(replay, dict) else "recorded"


def _number_change(before: float | None, after: float | None, unit: str, digits: int) -> tuple[float | None, str]:
    if before is None or after is None:
        return None, "not comparable (missing on one side)"
    delta = round(after - before, digits)
    if delta == 0:
        return 0.0, "unchanged"
    pct = f" ({delta / before:+.0%})" if before else ""
    shown = f"{delta:+,.{digits}f}"
    return delta, f"{shown}{unit}{pct}"


def _text_change(before: Any, after: Any) -> str:
    return "unchanged" if before == after else f"{before} -> {after}"


def compare_traces(original: Trace, replayed: Trace, *, contract: Contract | None = None) -> pd.DataFrame:
    """One row per field (prompt version, model, latency, tokens, cost, quality, response), with the change."""
    contract = contract or load_contract()
    q_before, q_after = trace_quality(original, contract), trace_quality(replayed, contract)
    lat_before, lat_after = original.duration_ms, replayed.duration_ms
    tok_before = original.usage.total_tokens if original.usage else None
    tok_after = replayed.usage.total_tokens if replayed.usage else None
    cost_before, cost_after = original.cost_usd, replayed.cost_usd
    text_before = (original.answer or "")[:RESPONSE_CHARS]
    text_after = (replayed.answer or "")[:RESPONSE_CHARS]
    rows: list[dict[str, Any]] = [
        {"field": "backend", "original": _backend(original), "replayed": _backend(replayed), "delta": None,
         "change": _text_change(_backend(original), _backend(replayed))},
        {"field": "prompt_version", "original": original.prompt_version, "replayed": replayed.prompt_version,
         "delta": None, "change": _text_change(original.prompt_version, replayed.prompt_version)},
        {"field": "model", "original": original.model, "replayed": replayed.model, "delta": None,
         "change": _text_change(original.model, replayed.model)},
    ]
    for name, before, after, unit, digits in (
        ("latency_ms", lat_before, lat_after, " ms", 0),
        ("total_tokens", tok_before, tok_after, " tokens", 0),
        ("cost_usd", cost_before, cost_after, " USD", 6),
        ("quality_score", q_before, q_after, "", 3),
    ):
        delta, change = _number_change(before, after, unit, digits)
        rows.append({
            "field": name,
            "original": None if before is None else round(before, digits),
            "replayed": None if after is None else round(after, digits),
            "delta": delta,
            "change": change,
        })
    rows.append({"field": f"response (first {RESPONSE_CHARS} chars)", "original": text_before,
                 "replayed": text_after, "delta": None,
                 "change": "unchanged" if text_before == text_after else "changed"})
    frame = pd.DataFrame(rows, columns=COLUMNS)
    # keep "no numeric delta" as None in an object column: pandas versions print a float NaN differently
    frame["delta"] = pd.Series([row["delta"] for row in rows], dtype=object)
    return frame


def comparison_value(frame: pd.DataFrame, field: str, side: str = "delta") -> Any:
    """One cell of a :func:`compare_traces` table, e.g. ``comparison_value(df, "latency_ms", "replayed")``."""
    match = frame.loc[frame["field"] == field, side]
    if match.empty:
        raise KeyError(f"no row {field!r} in the comparison; rows are: {', '.join(frame['field'])}.")
    return match.iloc[0]

"""Side-by-side comparison of a recorded trace, its control replay and its override replay.

Every comparison carries a control: the recorded configuration replayed the same way as the override
(served from the recording, or live on the same backend when the override's model call ran live). The
``delta`` and ``change`` columns compare the replay with the control, so a difference is the override's
effect, not the difference between production and this backend; the ``findings`` and ``verdict`` rows
say whether the control reproduces the original findings and what became of each (:mod:`.verdict`).
All three are scored by the same function (:func:`llmops_kit.quality.score_trace`).
"""

from __future__ import annotations

from typing import Any

import openai
import pandas as pd

from ..contract import Contract, load_contract
from ..quality import score_trace
from ..traces import Trace
from .client import make_client
from .verdict import control_of, judge

RESPONSE_CHARS = 200
COLUMNS = ["field", "original", "control", "replayed", "delta", "change"]


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


def control_for(original: Trace, replayed: Trace, *, client: openai.OpenAI | None = None,
                contract: Contract | None = None) -> Trace:
    """The control of a replay: the recorded configuration, replayed the way ``replayed`` was (live or not).

    Without ``client`` the control uses the replay's own backend kind (the offline simulator for a
    simulated replay), so a comparison never mixes backends.
    """
    meta = replayed.metadata.get("replay") if isinstance(replayed.metadata.get("replay"), dict) else {}
    live = meta.get("llm") == "live"
    if client is None and live:
        client = make_client("simulator" if meta.get("backend") == "simulator" else "openai")
    return control_of(original, replayed, client=client, contract=contract)


def compare_traces(
    original: Trace, replayed: Trace, *, control: Trace | None = None, contract: Contract | None = None,
    client: openai.OpenAI | None = None,
) -> pd.DataFrame:
    """One row per field (backend, prompt, model, latency, tokens, cost, quality, response, findings, verdict).

    ``control`` is replayed with :func:`control_for` when not given; deltas are replayed minus control.
    """
    contract = contract or load_contract()
    if control is None:
        control = control_for(original, replayed, client=client, contract=contract)
    judged = judge(original, control, replayed, contract)
    sides = (original, control, replayed)
    rows: list[dict[str, Any]] = []
    for name, get in (("backend", _backend), ("prompt_version", lambda t: t.prompt_version),
                      ("model", lambda t: t.model)):
        o, c, r = (get(t) for t in sides)
        rows.append({"field": name, "original": o, "control": c, "replayed": r, "delta": None,
                     "change": _text_change(c, r)})
    numbers = (
        ("latency_ms", lambda t: t.duration_ms, " ms", 0),
        ("total_tokens", lambda t: t.usage.total_tokens if t.usage else None, " tokens", 0),
        ("cost_usd", lambda t: t.cost_usd, " USD", 6),
        ("quality_score", lambda t: trace_quality(t, contract), "", 3),
    )
    for name, get, unit, digits in numbers:
        o, c, r = (get(t) for t in sides)
        delta, change = _number_change(c, r, unit, digits)
        rows.append({"field": name, "original": _round(o, digits), "control": _round(c, digits),
                     "replayed": _round(r, digits), "delta": delta, "change": change})
    o, c, r = ((t.answer or "")[:RESPONSE_CHARS] for t in sides)
    rows.append({"field": f"response (first {RESPONSE_CHARS} chars)", "original": o, "control": c, "replayed": r,
                 "delta": None, "change": ("unchanged" if c == r else "changed")
                 + ("; the replayed answer is a refusal" if judged.refusal else "")})
    codes = [", ".join(sorted(f.code for f in judged.findings if getattr(f, side))) or "none"
             for side in ("in_original", "in_control", "in_replay")]
    rows.append({"field": "findings", "original": codes[0], "control": codes[1], "replayed": codes[2],
                 "delta": None, "change": ", ".join(f"{f.code} {f.outcome}" for f in judged.findings) or "none"})
    rows.append({"field": "verdict", "original": None, "control": f"reproduces: {'yes' if judged.reproduces else 'no'}",
                 "replayed": judged.verdict, "delta": None, "change": judged.summary()})
    frame = pd.DataFrame(rows, columns=COLUMNS)
    # keep "no numeric delta" as None in an object column: pandas versions print a float NaN differently
    frame["delta"] = pd.Series([row["delta"] for row in rows], dtype=object)
    return frame


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def comparison_value(frame: pd.DataFrame, field: str, side: str = "delta") -> Any:
    """One cell of a :func:`compare_traces` table, e.g. ``comparison_value(df, "latency_ms", "replayed")``."""
    match = frame.loc[frame["field"] == field, side]
    if match.empty:
        raise KeyError(f"no row {field!r} in the comparison; rows are: {', '.join(frame['field'])}.")
    return match.iloc[0]

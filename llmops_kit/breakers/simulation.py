"""Breaker simulations: run breakers over labelled requests and count what they catch.

The ground truth lives in :class:`Case` objects *beside* the traces, never inside them: a trace never
carries its own verdict, so every breaker decision comes from signals only.

- :func:`simulate_breaker` runs one breaker or several over a batch (one row per request and breaker),
- :func:`simulation_summary` counts interceptions, false positives and false negatives,
- :func:`case_view` shows, per request, which classes were expected, which fired and what the user got,
- :func:`window_decisions` shows each breaker's decision on the whole batch as one metric window.

The course's batches (the brief's 20 requests with 8 failing, and the borderline batch) are built in
:mod:`llmops_kit.course.breaker_batches`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..contract import Contract, load_contract
from ..traces import Trace
from .core import Breaker
from .definitions import default_breakers
from .signals import QualityScorer, extract_signals

#: When several breakers fire on one request, the user sees the fallback of the first in this order.
FALLBACK_PRECEDENCE: tuple[str, ...] = (
    "DATA_INCIDENT", "PROMPT_INJECTION", "RETRIEVAL_OUTAGE", "QUALITY_DEGRADATION", "COST_SPIKE",
    "PERFORMANCE_DEGRADATION",
)


@dataclass(frozen=True)
class Case:
    """One request of a simulation batch and the incident classes it truly shows (ground truth)."""

    trace: Trace
    expected: frozenset[str]
    note: str
    lesson: str = ""  # what a miss (or an extra alarm) on this case would teach


# ---- running and counting -----------------------------------------------------------------------
def _short(text: str | None, limit: int = 200) -> str:
    """What the user got, on one line and at most ``limit`` characters (the brief shows the first 200)."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def simulate_breaker(
    breakers: Breaker | Mapping[str, Breaker] | Sequence[Breaker],
    cases: Sequence[Case],
    *,
    scorer: QualityScorer | None = None,
) -> pd.DataFrame:
    """Run breakers over a batch: one row per request and breaker, with the outcome and what the user got.

    Signals are extracted once per request (quality scored once) and shared by every breaker.
    ``outcome`` is TP / TN / FP / FN against the batch's ground truth for that breaker's class.
    """
    if isinstance(breakers, Breaker):
        items = [breakers]
    elif isinstance(breakers, Mapping):
        items = list(breakers.values())
    else:
        items = list(breakers)
    names = list(dict.fromkeys(name for b in items for name in b.trace_signals))
    rows: list[dict[str, Any]] = []
    for case in cases:
        signals = extract_signals(case.trace, names, scorer=scorer)
        for b in items:
            decision = b.decide(signals)
            expected = b.incident_class in case.expected
            outcome = ("TP" if expected else "FP") if decision.activate else ("FN" if expected else "TN")
            rows.append({
                "trace_id": case.trace.trace_id,
                "case": case.note,
                "lesson": case.lesson,
                "incident_class": b.incident_class,
                "expected": expected,
                "activated": decision.activate,
                "outcome": outcome,
                "trigger": "; ".join(decision.reasons),
                "user_received": ("FALLBACK: " + _short(decision.fallback_response))
                if decision.activate and decision.fallback_response else "answer: " + _short(case.trace.answer),
                **{f"signal.{name}": signals.get(name) for name in b.trace_signals},
            })
    return pd.DataFrame(rows)


def simulation_summary(frame: pd.DataFrame) -> pd.DataFrame:
    """Per incident class: requests, truly failing, intercepted, TP, FP, FN, precision and recall."""
    rows = []
    for cls, group in frame.groupby("incident_class", sort=False):
        counts = group["outcome"].value_counts()
        tp, fp, fn = (int(counts.get(k, 0)) for k in ("TP", "FP", "FN"))
        rows.append({
            "incident_class": cls,
            "requests": len(group),
            "failing": int(group["expected"].sum()),
            "intercepted": int(group["activated"].sum()),
            "TP": tp, "FP": fp, "FN": fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        })
    return pd.DataFrame(rows)


def case_view(frame: pd.DataFrame) -> pd.DataFrame:
    """Per request: expected classes, classes that fired, what was caught, missed, fired unexpectedly, served.

    "unexpected" is a breaker the batch did not list for that request: a false alarm, or a real side effect
    (a retry loop that also made the request slow); the case's lesson says which.
    """
    rank = {cls: i for i, cls in enumerate(FALLBACK_PRECEDENCE)}
    rows = []
    for trace_id, group in frame.groupby("trace_id", sort=False):
        expected = sorted(group.loc[group["expected"], "incident_class"], key=lambda c: rank.get(c, 99))
        fired = group[group["activated"]].sort_values("incident_class", key=lambda s: s.map(rank))
        fired_classes = list(fired["incident_class"])
        rows.append({
            "trace_id": trace_id,
            "case": group["case"].iloc[0],
            "expected": ", ".join(expected) or "-",
            "fired": ", ".join(fired_classes) or "-",
            "caught": ", ".join(c for c in expected if c in fired_classes) or "-",
            "missed": ", ".join(c for c in expected if c not in fired_classes) or "-",
            "unexpected": ", ".join(c for c in fired_classes if c not in expected) or "-",
            "user received": fired["user_received"].iloc[0] if len(fired) else group["user_received"].iloc[0],
            "lesson": group["lesson"].iloc[0],
        })
    return pd.DataFrame(rows)


def window_decisions(
    cases: Sequence[Case], breakers: Mapping[str, Breaker] | None = None, *, contract: Contract | None = None,
    metrics: Callable[..., Any] | None = None,
) -> pd.DataFrame:
    """Each breaker's decision on the whole batch as one metric window (the monitoring view)."""
    from ..metrics import compute_metrics  # local import: the metrics engine scores every answer

    c = contract or load_contract()
    window = (metrics or compute_metrics)([case.trace for case in cases], c)
    rows = []
    for b in (breakers or default_breakers(c)).values():
        decision = b.decide(window)
        rows.append({
            "incident_class": b.incident_class,
            "window_size": getattr(window, "size", len(cases)),
            "activated": decision.activate,
            "trigger": "; ".join(decision.reasons) or "-",
            "not evaluable": "; ".join(decision.not_evaluable) or "-",
        })
    return pd.DataFrame(rows)


__all__ = ["FALLBACK_PRECEDENCE", "Case", "case_view", "simulate_breaker", "simulation_summary", "window_decisions"]

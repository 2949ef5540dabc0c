"""Window metrics: what a dashboard shows for a window of traces, graded by the contract.

Two steps, kept apart on purpose:

1. :func:`trace_facts` turns traces into one row per request (latency, error, quality score, tool
   calls, tokens, cost, retrieval facts). This is the slow part: it walks spans and scores answers.
2. :func:`compute_metrics` aggregates such a frame with vectorised pandas/numpy only, so a prebuilt
   frame of a million rows aggregates in about a second and a dashboard can recompute cheaply.

Definitions (the contract's ``metrics`` section names and grades them):

- ``latency_p50_ms`` / ``latency_p95_ms``: percentiles of request latency with numpy's default
  ``"linear"`` method (Hyndman & Fan type 7: linear interpolation between the two nearest ranks).
- ``failure_rate``: share of requests with at least one span in error.
- ``quality_proxy_rate``: share of *scored* answers whose quality score is at or above
  ``quality.answer_floor``. A request that returned no answer at all counts as a failing answer
  (the user got nothing useful); a request the scorer could not evaluate for another reason is left
  out of the denominator.
- ``tool_success_rate``: ok tool calls / all tool calls; ``None`` when the window has no tool call.
- ``tokens_per_request`` / ``cost_per_request_usd``: means over requests that made an LLM call.

A window smaller than ``contract.min_window_size`` is reported as ``"too_small"``: values are
computed for information but not graded; an empty window has ``"empty"`` status and no values.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from .contract import Contract, Grade, load_contract
from .errors import LlmopsError
from .quality import Scorer, score_trace
from .traces import Trace

#: The contract metric names, in display order.
METRIC_NAMES: tuple[str, ...] = (
    "latency_p50_ms",
    "latency_p95_ms",
    "failure_rate",
    "quality_proxy_rate",
    "tool_success_rate",
    "tokens_per_request",
    "cost_per_request_usd",
)

#: Columns :func:`trace_facts` produces (and :func:`compute_metrics` needs at least the first ones).
FACT_COLUMNS: tuple[str, ...] = (
    "trace_id",
    "timestamp",
    "latency_ms",
    "has_error",
    "quality_score",
    "quality_pass",
    "tool_calls",
    "tool_failures",
    "tokens",
    "cost_usd",
    "n_documents",
    "top_relevance",
    "model",
    "prompt_version",
)

#: The percentile method used for latency percentiles (numpy's name for it).
PERCENTILE_METHOD = "linear"

WindowStatus = Literal["ok", "empty", "too_small"]


class WindowMetrics(BaseModel):
    """The metrics of one window of requests, with grades and an explicit status."""

    model_config = ConfigDict(frozen=True)

    size: int = Field(ge=0)
    status: WindowStatus
    values: dict[str, float | None]
    grades: dict[str, Grade] = Field(default_factory=dict)
    #: Per-request shares used by triage: sla_breach_share, error_share, empty_retrieval_share and
    #: low_relevance_share (of requests with a retriever span; None without retrieval facts), and
    #: affected_share: requests hurt in any of those ways or with a failing answer. Empty when the window is.
    extras: dict[str, float | None] = Field(default_factory=dict)
    start: datetime | None = None
    end: datetime | None = None
    note: str = ""

    @property
    def graded(self) -> bool:
        return self.status == "ok"

    @property
    def healthy(self) -> bool:
        """Graded, and every graded metric is green."""
        return self.graded and all(g == "green" for g in self.grades.values())

    def breaches(self) -> dict[str, Grade]:
        """Metrics graded warning or critical, in contract order (empty when not graded)."""
        return {m: g for m, g in self.grades.items() if g != "green"}

    def to_frame(self, contract: Contract | None = None) -> pd.DataFrame:
        """One row per metric: value, unit, warning and critical bounds, grade."""
        contract = contract or load_contract()
        rows = []
        for name in self.values:
            rule = contract.metrics.get(name)
            rows.append(
                {
                    "metric": name,
                    "value": self.values[name],
                    "unit": rule.unit if rule else "",
                    "warning": rule.warning if rule else None,
                    "critical": rule.critical if rule else None,
                    "grade": self.grades.get(name, "not graded"),
                }
            )
        return pd.DataFrame(rows)


# ---- step 1: one row per trace -------------------------------------------------------------------


def trace_facts(traces: Iterable[Trace], contract: Contract | None = None, *, scorer: Scorer | None = None
) -> pd.DataFrame:
    """One row per trace with the facts the metrics aggregate (see ``FACT_COLUMNS``).

    Each answer is scored by :func:`llmops_kit.quality.score_trace` (``scorer`` swaps the default
    offline heuristic for another :class:`llmops_kit.quality.Scorer`).
    """
    contract = contract or load_contract()
    return facts_frame([fact_row(trace, contract, scorer=scorer) for trace in traces])


def fact_row(trace: Trace, contract: Contract, *, scorer: Scorer | None = None) -> dict[str, Any]:
    """The facts of one trace as a plain dict: what a worker process sends back (``llmops_kit.parallel``)."""
    report = score_trace(trace, contract, scorer=scorer)
    quality_score = report.score
    if quality_score is not None:
        quality_pass: bool | None = quality_score >= contract.quality.answer_floor
    elif not trace.answer:
        quality_pass = False  # nothing reached the user: a failing answer, not an unknown one
    else:
        quality_pass = None
    usage = trace.usage
    docs = trace.documents
    tools = trace.tool_spans
    return {
        "trace_id": trace.trace_id,
        "timestamp": trace.timestamp,
        "latency_ms": trace.duration_ms,
        "has_error": trace.has_error,
        "quality_score": quality_score,
        "quality_pass": quality_pass,
        "tool_calls": len(tools),
        "tool_failures": sum(s.failed for s in tools),
        "tokens": usage.total_tokens if usage is not None else None,
        "cost_usd": trace.cost_usd,
        "n_documents": len(docs) if docs is not None else None,
        "top_relevance": max(trace.relevance_scores, default=None) if docs else None,
        "model": trace.model,
        "prompt_version": trace.prompt_version,
    }


def facts_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """The facts frame (``FACT_COLUMNS``, stable dtypes) from rows of :func:`fact_row`."""
    return _typed(pd.DataFrame(list(rows), columns=list(FACT_COLUMNS)))


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Stable dtypes (nullable where a fact can be missing) so empty and full frames agree."""
    frame["timestamp"] = pd.to_datetime(frame["timestamp"], utc=True)
    for col in ("latency_ms", "quality_score", "tokens", "cost_usd", "top_relevance", "n_documents"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
    frame["has_error"] = frame["has_error"].astype(bool)
    frame["quality_pass"] = frame["quality_pass"].astype("boolean")
    for col in ("tool_calls", "tool_failures"):
        frame[col] = frame[col].astype("int64")
    return frame


# ---- step 2: aggregate ---------------------------------------------------------------------------


def _mean(values: np.ndarray) -> float | None:
    values = values[~np.isnan(values)]
    return float(values.mean()) if values.size else None


def _share(mask: pd.Series) -> float | None:
    """Share of True among known values of a (nullable) boolean column."""
    known = mask.dropna()
    return float(known.astype(bool).mean()) if len(known) else None


def _aggregate(facts: pd.DataFrame, contract: Contract) -> tuple[dict[str, float | None], dict[str, float | None]]:
    latency = facts["latency_ms"].to_numpy(dtype="float64", na_value=np.nan)
    latency = latency[~np.isnan(latency)]
    if latency.size:
        p50, p95 = np.percentile(latency, [50, 95], method=PERCENTILE_METHOD)
        p50, p95 = float(p50), float(p95)
    else:
        p50 = p95 = None
    calls = int(facts["tool_calls"].sum())
    failures = int(facts["tool_failures"].sum())
    values: dict[str, float | None] = {
        "latency_p50_ms": p50,
        "latency_p95_ms": p95,
        "failure_rate": float(facts["has_error"].astype(bool).mean()),
        "quality_proxy_rate": _share(facts["quality_pass"]),
        "tool_success_rate": (calls - failures) / calls if calls else None,
        "tokens_per_request": _mean(facts["tokens"].to_numpy(dtype="float64", na_value=np.nan)),
        "cost_per_request_usd": _mean(facts["cost_usd"].to_numpy(dtype="float64", na_value=np.nan)),
    }
    extras = _extras(facts, contract)
    return values, extras


def _extras(facts: pd.DataFrame, contract: Contract) -> dict[str, float | None]:
    """Per-request shares that triage reads as evidence of how many users a problem touches."""
    sla_breach = (facts["latency_ms"] > contract.latency.request_sla_ms).fillna(False)  # longer than the SLA
    bad_answer = (facts["quality_pass"] == False).fillna(False)  # noqa: E712 (nullable boolean column)
    errors = facts["has_error"].astype(bool)
    affected = sla_breach | bad_answer | errors
    extras: dict[str, float | None] = {
        "sla_breach_share": float(sla_breach.mean()),
        "error_share": float(errors.mean()),
        "empty_retrieval_share": None,
        "low_relevance_share": None,
    }
    if "n_documents" in facts and "top_relevance" in facts:
        with_retrieval = facts["n_documents"].notna()
        empty = (facts["n_documents"] < contract.retrieval.min_documents) & with_retrieval
        low = (facts["top_relevance"] < contract.retrieval.relevance_floor).fillna(False) & ~empty
        if with_retrieval.any():
            extras["empty_retrieval_share"] = float(empty[with_retrieval].mean())
            extras["low_relevance_share"] = float(low[with_retrieval].mean())
        affected = affected | empty | low  # a refusal or an answer from the wrong articles still fails the user
    extras["affected_share"] = float(affected.mean())
    return extras


def compute_metrics(
    traces_or_facts: pd.DataFrame | Iterable[Trace], contract: Contract | None = None
) -> WindowMetrics:
    """Aggregate a window (traces, or a frame from :func:`trace_facts`) into graded metrics.

    Never raises on an empty or tiny window: the status says why values or grades are missing.
    """
    contract = contract or load_contract()
    if isinstance(traces_or_facts, pd.DataFrame):
        facts = traces_or_facts
        missing = {"latency_ms", "has_error", "quality_pass", "tool_calls", "tool_failures", "tokens",
                   "cost_usd"} - set(facts.columns)
        if missing:
            raise LlmopsError(
                f"compute_metrics: the facts frame lacks column(s) {sorted(missing)}; "
                "build it with trace_facts() or add those columns."
            )
    else:
        facts = trace_facts(traces_or_facts, contract)
    size = len(facts)
    if size == 0:
        return WindowMetrics(
            size=0,
            status="empty",
            values=dict.fromkeys(METRIC_NAMES),
            extras={},
            note="The window holds no requests: nothing to measure or grade.",
        )
    values, extras = _aggregate(facts, contract)
    start = end = None
    if "timestamp" in facts and facts["timestamp"].notna().any():
        start, end = facts["timestamp"].min().to_pydatetime(), facts["timestamp"].max().to_pydatetime()
    return window_from(size, values, extras, start, end, contract)


def window_from(size: int, values: dict[str, float | None], extras: dict[str, float | None],
                start: datetime | None, end: datetime | None, contract: Contract) -> WindowMetrics:
    """Status and grades for aggregated values: shared by :func:`compute_metrics` and the facts-based
    path (``llmops_kit.facts``), so both grade a window the same way."""
    if size < contract.min_window_size:
        return WindowMetrics(
            size=size,
            status="too_small",
            values=values,
            extras=extras,
            start=start,
            end=end,
            note=(
                f"{size} request(s) is below the contract's minimum window of {contract.min_window_size}: "
                "values are shown for information and not graded."
            ),
        )
    grades = {name: contract.grade(name, value) for name, value in values.items() if value is not None}
    return WindowMetrics(size=size, status="ok", values=values, grades=grades, extras=extras, start=start, end=end)


def compare_windows(windows: dict[str, WindowMetrics], contract: Contract | None = None) -> pd.DataFrame:
    """Metrics of several windows side by side (value and grade per window), one row per metric."""
    contract = contract or load_contract()
    rows = []
    for name in METRIC_NAMES:
        rule = contract.metrics[name]
        row: dict[str, Any] = {"metric": name, "unit": rule.unit, "warning": rule.warning, "critical": rule.critical}
        for label, window in windows.items():
            row[label] = window.values.get(name)
            row[f"{label} grade"] = window.grades.get(name, "not graded")
        rows.append(row)
    return pd.DataFrame(rows)


def format_value(metric: str, value: float | None) -> str:
    """Human form of a metric value: percentages for ratios, ms, tokens, dollars."""
    if value is None:
        return "n/a"
    if metric.endswith("_ms"):
        return f"{value:,.0f} ms"
    if metric.endswith("_usd"):
        return f"${value:.4f}"
    if metric == "tokens_per_request":
        return f"{value:,.0f}"
    return f"{value:.1%}"

"""Bulk replay for regression testing: every trace in a set, replayed with the same overrides.

One row per input (a file that failed to load, or a replay that failed, is an ``error`` row: nothing
is dropped). Each replayed trace is judged two ways:

- **pass / fail** against stated gates (defaults from the contract): quality score at or above
  ``quality.answer_floor``, request latency within ``latency.request_sla_ms``, cost within
  ``budget.cost_per_request_usd``, and no diagnosis finding that the original did not already have;
- **improved / same / degraded** against the original: *degraded* when quality falls by more than
  ``tolerance`` or a new finding appears; *improved* when quality rises by more than ``tolerance``;
  *same* otherwise. Findings that disappear are listed (``resolved_findings``) but do not count as an
  improvement on their own: a replay serves tools from the recording and re-times only the model
  call, so a vanished latency or tool finding can be an artefact of replay, not a fix.

Replays run concurrently (the SDK client is thread-safe) under an overall deadline each, and every
finished row can be streamed to a JSONL file as it completes (:mod:`~llmops_kit.replay.runner`,
:mod:`~llmops_kit.replay.rowlog`); the returned table keeps input order.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import openai
import pandas as pd

from ..contract import Contract, load_contract
from ..diagnose import diagnose
from ..errors import OverrideError
from ..io import load_traces
from ..prompts import PromptRegistry
from ..quality import score_trace
from ..traces import Trace
from .client import DEFAULT_TIMEOUT_S, check_deadline, deadline_error, make_client, with_deadline
from .engine import Overrides, replay_trace, validate_overrides
from .rowlog import RowLog
from .runner import ReplayInterrupted, run_each

Verdict = str  # "improved" | "same" | "degraded" | "error"

COLUMNS = [
    "trace_id", "status", "passed", "failed_gates", "verdict",
    "quality_before", "quality_after", "quality_delta",
    "latency_before_ms", "latency_after_ms", "latency_delta_ms",
    "cost_before_usd", "cost_after_usd", "cost_delta_usd",
    "findings_before", "findings_after", "new_findings", "resolved_findings",
    "prompt_version_before", "prompt_version_after", "model_after", "replay_trace_id", "error_kind", "error",
]


@dataclass(frozen=True)
class Gates:
    """What a replay must meet to pass; :meth:`from_contract` reads every bound from the contract."""

    min_quality: float
    latency_budget_ms: float
    cost_budget_usd: float
    allow_new_findings: bool = False

    @classmethod
    def from_contract(cls, contract: Contract | None = None) -> Gates:
        c = contract or load_contract()
        return cls(c.quality.answer_floor, c.latency.request_sla_ms, c.budget.cost_per_request_usd)


@dataclass
class BulkResult:
    """The summary table and the replayed traces by parent id (for drill-down)."""

    frame: pd.DataFrame
    replays: dict[str, Trace] = field(default_factory=dict)
    interrupted: bool = False  # a Ctrl-C stopped the run: ``pending`` traces have no row
    pending: int = 0
    resumed: int = 0  # rows taken over from an earlier run's output (resume)


def _codes(trace: Trace, contract: Contract) -> list[str]:
    """Diagnosis codes that fired."""
    return sorted(set(diagnose(trace, contract).codes))


def _row(original: Trace, replayed: Trace, gates: Gates, contract: Contract, tolerance: float) -> dict[str, Any]:
    q_before = score_trace(original, contract).score
    recorded = replayed.score("quality")  # replay_trace scored it with the same function: do not redo it
    q_after = float(recorded) if isinstance(recorded, (int, float)) else score_trace(replayed, contract).score
    lat_before, lat_after = original.duration_ms, replayed.duration_ms
    cost_before, cost_after = original.cost_usd, replayed.cost_usd
    before, after = _codes(original, contract), _codes(replayed, contract)
    new = sorted(set(after) - set(before))
    resolved = sorted(set(before) - set(after))

    failed = []
    if q_after is None or q_after < gates.min_quality:
        failed.append(f"quality {'n/a' if q_after is None else f'{q_after:.2f}'} < {gates.min_quality}")
    if lat_after is not None and lat_after > gates.latency_budget_ms:
        failed.append(f"latency {lat_after:,.0f} ms > {gates.latency_budget_ms:,.0f} ms")
    if cost_after is not None and cost_after > gates.cost_budget_usd:
        failed.append(f"cost ${cost_after:.4f} > ${gates.cost_budget_usd}")
    if new and not gates.allow_new_findings:
        failed.append(f"new findings {', '.join(new)}")

    q_delta = None if q_before is None or q_after is None else round(q_after - q_before, 4)
    if new or (q_delta is not None and q_delta < -tolerance):
        verdict = "degraded"
    elif q_delta is not None and q_delta > tolerance:
        verdict = "improved"
    else:
        verdict = "same"
    return {
        "trace_id": original.trace_id, "status": "ok", "passed": not failed, "failed_gates": "; ".join(failed),
        "verdict": verdict,
        "quality_before": q_before, "quality_after": q_after, "quality_delta": q_delta,
        "latency_before_ms": _r(lat_before, 1), "latency_after_ms": _r(lat_after, 1),
        "latency_delta_ms": _r(None if lat_before is None or lat_after is None else lat_after - lat_before, 1),
        "cost_before_usd": cost_before, "cost_after_usd": cost_after,
        "cost_delta_usd": _r(None if cost_before is None or cost_after is None else cost_after - cost_before, 8),
        "findings_before": _join(before), "findings_after": _join(after),
        "new_findings": ", ".join(new), "resolved_findings": ", ".join(resolved),
        "prompt_version_before": original.prompt_version, "prompt_version_after": replayed.prompt_version,
        "model_after": replayed.model, "replay_trace_id": replayed.trace_id, "error_kind": "", "error": "",
    }


def _error_row(trace_id: str | None, exc: BaseException, original: Trace | None = None) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update({
        "trace_id": trace_id, "status": "error", "passed": False, "verdict": "error",
        "failed_gates": "replay did not complete", "error_kind": getattr(exc, "kind", None) or type(exc).__name__,
        "error": str(exc), "new_findings": "", "resolved_findings": "",
    })
    if original is not None:
        row.update({"latency_before_ms": _r(original.duration_ms, 1), "cost_before_usd": original.cost_usd,
                    "prompt_version_before": original.prompt_version})
    return row


def _r(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _join(codes: list[str]) -> str:
    return ", ".join(codes)


def run_bulk(
    traces: str | os.PathLike[str] | Iterable[Trace],
    overrides: Mapping[str, Any] | Overrides | None = None,
    *,
    concurrency: int = 8,
    progress: bool = True,
    client: openai.OpenAI | None = None,
    gates: Gates | None = None,
    contract: Contract | None = None,
    registry: PromptRegistry | None = None,
    tolerance: float = 0.02,
    timeout: float | None = None,
    max_retries: int | None = None,
    output: str | os.PathLike[str] | None = None,
    resume: bool = False,
    on_row: Callable[[dict[str, Any]], None] | None = None,
) -> BulkResult:
    """Replay every trace (a directory / file path, or trace objects) and judge each replay.

    ``timeout``: overall deadline of one replay in seconds, retries included (default
    ``DEFAULT_TIMEOUT_S``); ``max_retries``: SDK retries per replay (default: the client's).
    ``output``: a JSONL file that gets each row the moment it is finished, plus a summary beside it
    (:mod:`~llmops_kit.replay.rowlog`); ``resume=True`` keeps the rows already in it and replays only
    the rest (rows that errored are replayed again). ``on_row`` is called with each finished row on the
    calling thread, after the row is stored (a live display, say). A Ctrl-C stops new replays, lets
    those in flight finish within their deadline and raises
    :class:`~llmops_kit.replay.runner.ReplayInterrupted`, which carries the rows finished so far (see
    :mod:`~llmops_kit.replay.runner`).
    """
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise OverrideError(f"concurrency must be a positive integer, got {concurrency!r}.")
    check_deadline(timeout, max_retries)
    if resume and output is None:
        raise OverrideError("resume needs the output file of the earlier run (--output / output=).")
    checked = validate_overrides(overrides)  # a bad override is the caller's error, not 6 error rows
    contract = contract or load_contract()
    gates = gates or Gates.from_contract(contract)
    deadline = float(timeout) if timeout is not None else DEFAULT_TIMEOUT_S
    client = with_deadline(client or make_client("auto"), deadline, max_retries)
    log = RowLog(output, overrides=checked.as_dict(), resume=resume) if output is not None else None
    finished = log.finished() if log is not None else Counter()
    rows: list[dict[str, Any] | None] = []
    jobs: list[tuple[int, Trace]] = []
    kept: list[dict[str, Any]] = []  # rows an earlier run finished (resume)
    try:
        if isinstance(traces, (str, os.PathLike)):
            loaded = load_traces(traces)
            rows.extend(_error_row(None, err) | {"trace_id": err.source} for err in loaded.errors)
            items: list[Trace] = loaded.traces
        else:
            items = list(traces)
        if log is not None:
            for row in rows:
                log.append(row)  # type: ignore[arg-type]
        previous = {} if log is None else _by_trace(log.previous)
        for item in items:
            if finished[item.trace_id] > 0:
                finished[item.trace_id] -= 1
                rows.append(previous[item.trace_id].pop(0))
                kept.append(rows[-1])  # type: ignore[arg-type]
                continue
            jobs.append((len(rows), item))
            rows.append(None)

        replays: dict[str, Trace] = {}

        def start(original: Trace) -> Trace:
            return replay_trace(original, checked, client=client, registry=registry, contract=contract)

        def finish(original: Trace, replayed: Trace | BaseException) -> tuple[dict[str, Any], Trace | None]:
            if isinstance(replayed, BaseException):  # one failing replay must never stop the run: it is a row
                return _error_row(original.trace_id, replayed, original), None
            return _row(original, replayed, gates, contract, tolerance), replayed

        def expired(original: Trace) -> tuple[dict[str, Any], Trace | None]:
            error = deadline_error(client, timeout=deadline, where=f"replay of trace {original.trace_id!r}")
            return _error_row(original.trace_id, error, original), None

        def emit(slot: int, done: tuple[dict[str, Any], Trace | None]) -> None:
            row, replayed = done
            rows[slot] = row
            if replayed is not None:
                replays[row["trace_id"]] = replayed
            if log is not None:
                log.append(row)
            if on_row is not None:
                on_row(row)

        outcome = run_each(jobs, start, finish, expired, emit, concurrency=concurrency, timeout=deadline,
                           progress=progress)
    finally:
        if log is not None:
            log.close()
    frame = pd.DataFrame([r for r in rows if r is not None], columns=COLUMNS)
    result = BulkResult(frame=frame, replays=replays, interrupted=outcome.interrupted,
                        pending=outcome.not_started + outcome.abandoned, resumed=len(kept))
    if log is not None:
        log.write_summary(_summary(result, checked, log, deadline, client.max_retries))
    if outcome.interrupted:
        raise ReplayInterrupted(result)
    return result


def _by_trace(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Finished rows of an earlier run, by trace id, in file order."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row.get("status") == "ok":
            grouped.setdefault(str(row["trace_id"]), []).append({key: row.get(key) for key in COLUMNS})
    return grouped


def _summary(result: BulkResult, overrides: Overrides, log: RowLog, timeout: float, retries: int) -> dict[str, Any]:
    frame = result.frame
    return {
        "rows_file": log.path.name,
        "rows": len(frame),
        "resumed_rows": result.resumed,
        "pending": result.pending,
        "interrupted": result.interrupted,
        "complete": not result.interrupted and result.pending == 0,
        "passed": int(frame["passed"].fillna(False).astype(bool).sum()),
        "verdicts": verdict_counts(frame),
        "overrides": overrides.as_dict(),
        "timeout_s": timeout,
        "max_retries": retries,
    }


def bulk_replay(
    trace_dir: str | os.PathLike[str] | Iterable[Trace],
    overrides: Mapping[str, Any] | Overrides | None = None,
    *,
    concurrency: int = 8,
    progress: bool = True,
    timeout: float | None = None,
    max_retries: int | None = None,
    **kwargs: Any,
) -> pd.DataFrame:
    """The brief's ``bulk_replay``: one summary row per input trace (see :func:`run_bulk`)."""
    return run_bulk(trace_dir, overrides, concurrency=concurrency, progress=progress, timeout=timeout,
                    max_retries=max_retries, **kwargs).frame


def verdict_counts(frame: pd.DataFrame) -> dict[str, int]:
    """How many rows improved, stayed the same, degraded or errored (all four keys always present)."""
    counts = frame["verdict"].value_counts().to_dict()
    return {k: int(counts.get(k, 0)) for k in ("improved", "same", "degraded", "error")}


def explain_row(row: Mapping[str, Any]) -> str:
    """One sentence from a bulk row's own numbers: why it is improved / same / degraded / error."""
    tid = row["trace_id"]
    if row["status"] == "error":
        return f"{tid}: replay failed ({row['error_kind']}): {row['error']}"
    parts = []
    if row["quality_before"] is not None and row["quality_after"] is not None:
        parts.append(f"quality {row['quality_before']:.2f} -> {row['quality_after']:.2f} ({row['quality_delta']:+.2f})")
    if row["latency_delta_ms"] is not None:
        parts.append(f"latency {row['latency_before_ms']:,.0f} -> {row['latency_after_ms']:,.0f} ms")
    if row["resolved_findings"]:
        parts.append(f"resolved: {row['resolved_findings']}")
    if row["new_findings"]:
        parts.append(f"new: {row['new_findings']}")
    if row["findings_after"]:
        parts.append(f"findings after replay: {row['findings_after']}")
    gate = "passes all gates" if row["passed"] else f"fails: {row['failed_gates']}"
    return f"{tid}: {row['verdict']}; " + "; ".join(parts) + f"; {gate}."

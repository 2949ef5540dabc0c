"""Bulk replay for regression testing: every trace in a set, replayed with the same overrides.

One row per input (a file that failed to load, or a replay that failed, is an ``error`` row: nothing
is dropped). Each trace is replayed twice: the recorded configuration (the control) and the override
(the fork), the same way (see :mod:`.verdict`). Each row then says:

- **reproduces**: whether the control shows every finding the original had;
- **verdict**: ``fixed`` (every finding resolved: a resolved latency or cost finding counts),
  ``not fixed`` (a finding persists), ``inconclusive`` (the control did not reproduce a finding, so this
  backend cannot tell), ``regressed`` (a new finding), ``healthy`` (no finding before or after), ``error``;
- **pass / fail** against stated gates (defaults from the contract): quality at or above
  ``quality.answer_floor``, latency within ``latency.request_sla_ms``, cost within
  ``budget.cost_per_request_usd``, no new finding, no persisting finding, and a control that reproduces;
- **quality_change** of the fork against the control (the same backend on both sides): improved / same /
  degraded beyond ``tolerance``, or ``refusal`` when the replayed answer declines to answer (an honest
  refusal on unanswerable context is not a quality gain).

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
from ..errors import OverrideError
from ..io import load_traces
from ..prompts import PromptRegistry
from ..quality import is_refusal, score_trace
from ..traces import Trace
from .client import DEFAULT_TIMEOUT_S, check_deadline, deadline_error, make_client, with_deadline
from .engine import Overrides, replay_trace, validate_overrides
from .rowlog import RowLog
from .runner import ReplayInterrupted, run_each
from .verdict import INCONCLUSIVE, VERDICTS, control_of, judge, quality_of

Verdict = str  # "fixed" | "not fixed" | "inconclusive" | "regressed" | "healthy" | "error"

COLUMNS = [
    "trace_id", "status", "passed", "failed_gates", "reproduces", "verdict", "quality_change", "answer_after",
    "quality_before", "quality_control", "quality_after", "quality_delta",
    "latency_before_ms", "latency_control_ms", "latency_after_ms", "latency_delta_ms",
    "cost_before_usd", "cost_control_usd", "cost_after_usd", "cost_delta_usd",
    "findings_before", "findings_control", "findings_after",
    "resolved_findings", "persisting_findings", "not_reproduced_findings", "new_findings",
    "prompt_version_before", "prompt_version_after", "model_after", "llm_after", "replay_trace_id",
    "control_trace_id", "error_kind", "error",
]


@dataclass(frozen=True)
class Gates:
    """What a replay must meet to pass; :meth:`from_contract` reads every bound from the contract.

    A finding that persists fails; so does a control that does not reproduce the original's findings
    (``allow_inconclusive=False``): a regression gate must not pass on evidence that could not fail.
    """

    min_quality: float
    latency_budget_ms: float
    cost_budget_usd: float
    allow_new_findings: bool = False
    allow_persisting: bool = False
    allow_inconclusive: bool = False

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


def _row(
    original: Trace, replayed: Trace, control: Trace | BaseException, gates: Gates, contract: Contract,
    tolerance: float,
) -> dict[str, Any]:
    """Judge the fork against its control (replayed the way the fork ran: live or from the recording)."""
    if isinstance(control, BaseException):  # the control failing is a failed row, never a stopped run
        return _error_row(original.trace_id, control, original) | {"failed_gates": "control replay did not complete"}
    judged = judge(original, control, replayed, contract)
    codes = judged.codes_by_side
    q_before = score_trace(original, contract).score
    q_control, q_after = quality_of(control, contract), quality_of(replayed, contract)
    lat_before, lat_control, lat_after = original.duration_ms, control.duration_ms, replayed.duration_ms
    cost_before, cost_control, cost_after = original.cost_usd, control.cost_usd, replayed.cost_usd
    persisting, new = judged.codes("persists"), judged.codes("new")
    unreproduced = judged.codes("not reproduced")

    failed = []
    if q_after is None or q_after < gates.min_quality:
        failed.append(f"quality {'n/a' if q_after is None else f'{q_after:.2f}'} < {gates.min_quality}")
    if lat_after is not None and lat_after > gates.latency_budget_ms:
        failed.append(f"latency {lat_after:,.0f} ms > {gates.latency_budget_ms:,.0f} ms")
    if cost_after is not None and cost_after > gates.cost_budget_usd:
        failed.append(f"cost ${cost_after:.4f} > ${gates.cost_budget_usd}")
    if new and not gates.allow_new_findings:
        failed.append(f"new findings {', '.join(new)}")
    if persisting and not gates.allow_persisting:
        failed.append(f"still failing: {', '.join(persisting)}")
    if unreproduced and not gates.allow_inconclusive:
        failed.append(f"control did not reproduce {', '.join(unreproduced)}")

    q_delta = None if q_control is None or q_after is None else round(q_after - q_control, 4)
    if judged.refusal:
        change = "refusal"
    elif q_delta is None:
        change = "not comparable"
    else:
        change = "improved" if q_delta > tolerance else "degraded" if q_delta < -tolerance else "same"
    return {
        "trace_id": original.trace_id, "status": "ok", "passed": not failed, "failed_gates": "; ".join(failed),
        "reproduces": "yes" if judged.reproduces else "no", "verdict": judged.verdict, "quality_change": change,
        "answer_after": "refusal" if is_refusal(replayed.answer, contract) else "answer",
        "quality_before": q_before, "quality_control": q_control, "quality_after": q_after, "quality_delta": q_delta,
        "latency_before_ms": _r(lat_before, 1), "latency_control_ms": _r(lat_control, 1),
        "latency_after_ms": _r(lat_after, 1),
        "latency_delta_ms": _r(None if lat_control is None or lat_after is None else lat_after - lat_control, 1),
        "cost_before_usd": cost_before, "cost_control_usd": cost_control, "cost_after_usd": cost_after,
        "cost_delta_usd": _r(None if cost_control is None or cost_after is None else cost_after - cost_control, 8),
        "findings_before": _join(list(codes[0])), "findings_control": _join(list(codes[1])),
        "findings_after": _join(list(codes[2])),
        "resolved_findings": _join(judged.codes("resolved")), "persisting_findings": _join(persisting),
        "not_reproduced_findings": _join(unreproduced), "new_findings": _join(new),
        "prompt_version_before": original.prompt_version, "prompt_version_after": replayed.prompt_version,
        "model_after": replayed.model, "llm_after": replayed.metadata.get("replay", {}).get("llm"),
        "replay_trace_id": replayed.trace_id, "control_trace_id": control.trace_id, "error_kind": "", "error": "",
    }


def _error_row(trace_id: str | None, exc: BaseException, original: Trace | None = None) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update({
        "trace_id": trace_id, "status": "error", "passed": False, "verdict": "error",
        "failed_gates": "replay did not complete", "error_kind": getattr(exc, "kind", None) or type(exc).__name__,
        "error": str(exc), "reproduces": "", "new_findings": "", "resolved_findings": "", "persisting_findings": "",
        "not_reproduced_findings": "",
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
    redact: bool = False,
) -> BulkResult:
    """Replay every trace (a directory / file path, or trace objects) and judge each replay.

    ``redact=True`` replaces personal data in every trace (:func:`llmops_kit.redact.redact_trace`) before
    anything is sent: the requests, the rows and the returned traces carry placeholders, never the data.

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
            loaded = load_traces(traces, contract=contract)
            rows.extend(_error_row(None, err) | {"trace_id": err.source} for err in loaded.errors)
            items: list[Trace] = loaded.traces
        else:
            items = list(traces)
        if redact:
            from ..redact import redact_trace

            items = [redact_trace(item, contract) for item in items]
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

        def start(original: Trace) -> tuple[Trace, Trace | BaseException]:
            """Fork and control both run here, so the overall deadline covers the two calls."""
            replayed = replay_trace(original, checked, client=client, registry=registry, contract=contract)
            try:
                control: Trace | BaseException = control_of(original, replayed, client=client, registry=registry,
                                                             contract=contract)
            except Exception as exc:
                control = exc
            return replayed, control

        def finish(
            original: Trace, pair: tuple[Trace, Trace | BaseException] | BaseException
        ) -> tuple[dict[str, Any], Trace | None]:
            if isinstance(pair, BaseException):  # one failing replay must never stop the run: it is a row
                return _error_row(original.trace_id, pair, original), None
            replayed, control = pair
            return _row(original, replayed, control, gates, contract, tolerance), replayed

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
    """How many rows were fixed, not fixed, inconclusive, regressed, healthy or errored (all keys present)."""
    counts = frame["verdict"].value_counts().to_dict()
    return {k: int(counts.get(k, 0)) for k in VERDICTS}


def explain_row(row: Mapping[str, Any]) -> str:
    """One sentence from a bulk row's own numbers: the control, each finding's outcome, the verdict."""
    tid = row["trace_id"]
    if row["status"] == "error":
        return f"{tid}: replay failed ({row['error_kind']}): {row['error']}"
    parts = [f"control reproduces: {row['reproduces']}"]
    for key, label in (("resolved_findings", "resolved"), ("persisting_findings", "persists"),
                       ("not_reproduced_findings", "not reproduced"), ("new_findings", "new")):
        if row[key]:
            parts.append(f"{label}: {row[key]}")
    if row["quality_control"] is not None and row["quality_after"] is not None:
        parts.append(f"quality control {row['quality_control']:.2f} -> replay {row['quality_after']:.2f}"
                     + (" (a refusal)" if row["quality_change"] == "refusal" else ""))
    if row["latency_delta_ms"] is not None:
        parts.append(f"latency {row['latency_before_ms']:,.0f} recorded, {row['latency_control_ms']:,.0f} control, "
                     f"{row['latency_after_ms']:,.0f} ms replay")
    verdict = INCONCLUSIVE if row["verdict"] == "inconclusive" else row["verdict"]
    gate = "passes all gates" if row["passed"] else f"fails: {row['failed_gates']}"
    return f"{tid}: {verdict}; " + "; ".join(parts) + f"; {gate}."

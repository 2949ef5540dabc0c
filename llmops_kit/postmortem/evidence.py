"""Evidence check: every trace a postmortem cites exists, and each value quoted for it is what the
package computes for that trace today (:func:`evidence_signals`, the same table the notebook shows).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import timezone

import pandas as pd

from ..contract import Contract, load_contract
from ..diagnose import diagnose
from ..quality import score_trace
from ..traces import Trace
from .issues import LintIssue, LintRules
from .markdown import Section, find_column, first_table, plain_cell


def evidence_signals(traces: Iterable[Trace], contract: Contract | None = None) -> pd.DataFrame:
    """The signals a postmortem quotes for each trace, computed by the package (quality scorer, detectors)."""
    contract = contract or load_contract()
    rows = []
    for trace in traces:
        report = score_trace(trace, contract)
        diagnosis = diagnose(trace, contract)
        stamp = trace.timestamp.astimezone(timezone.utc) if trace.timestamp else None
        rows.append({
            "trace_id": trace.trace_id,
            "timestamp": stamp.strftime("%Y-%m-%d %H:%M:%S") if stamp else None,
            "model": trace.model,
            "prompt_version": trace.prompt_version,
            "quality_score": None if report.score is None else round(report.score, 2),
            "groundedness": None if report.groundedness is None else round(report.groundedness, 2),
            "unsupported_sentences": len(report.unsupported_sentences),
            "findings": ", ".join(sorted(diagnosis.codes)) or "none",
            "latency_ms": None if trace.duration_ms is None else round(trace.duration_ms),
        })
    frame = pd.DataFrame(rows, columns=["trace_id", "timestamp", "model", "prompt_version", "quality_score",
                                        "groundedness", "unsupported_sentences", "findings", "latency_ms"])
    return frame.sort_values("timestamp", kind="stable").reset_index(drop=True)


_EVIDENCE_COLUMNS = {  # signal -> header words that name it
    "trace_id": ("trace",), "timestamp": ("timestamp", "time"), "model": ("model",),
    "prompt_version": ("prompt",), "quality_score": ("quality",), "groundedness": ("grounded",),
    "unsupported_sentences": ("unsupported",), "findings": ("finding", "detector", "diagnos"),
    "latency_ms": ("latency",),
}


def _matches(signal: str, quoted: str, actual: object) -> bool:
    """Whether a quoted value agrees with the computed one at the precision it was quoted."""
    if actual is None or (isinstance(actual, float) and math.isnan(actual)):
        return quoted.casefold() in ("", "n/a", "none", "—", "-")
    if signal in ("quality_score", "groundedness", "latency_ms"):
        number = re.search(r"-?\d+(?:\.(\d+))?", quoted.replace(",", ""))
        if not number:
            return False
        value = float(number[0]) / (100 if quoted.strip().endswith("%") else 1)
        decimals = len(number[1] or "") + (2 if quoted.strip().endswith("%") else 0)
        return abs(value - float(actual)) <= 0.5 * 10 ** -decimals + 1e-9  # type: ignore[arg-type]
    if signal == "unsupported_sentences":
        return quoted.strip().isdigit() and int(quoted) == actual
    if signal == "findings":
        codes = set(re.findall(r"\b[A-Z][A-Z_]{2,}\b", quoted))
        return codes == ({c.strip() for c in str(actual).split(",")} - {"none"})
    if signal == "timestamp":
        stamp = re.sub(r"\s*UTC$|Z$", "", quoted.strip()).replace("T", " ")
        return bool(stamp) and (str(actual).startswith(stamp) or str(actual)[11:].startswith(stamp))
    return quoted == str(actual)


def check_evidence(section: Section, evidence: dict[str, Trace] | None, rules: LintRules,
                    contract: Contract) -> tuple[list[LintIssue], int]:
    """Every cited trace exists and each quoted value matches what the package computes; issues and count."""
    header, rows = first_table(section.body)
    cols = {k: find_column(header, v) for k, v in _EVIDENCE_COLUMNS.items()}
    if cols["trace_id"] is None:
        return [LintIssue(code="evidence-table", section=section.title, line=section.line,
                          message="no evidence table with a trace id column; cite traces in a table "
                                  "(trace id, timestamp, model, quality score, unsupported sentences).")], 0
    issues = []
    by_id: dict[str, dict[str, object]] = {}  # signals, computed only for the traces actually cited
    cited = []
    for number, cells in rows:
        trace_id = plain_cell(cells[cols["trace_id"]]) if cols["trace_id"] < len(cells) else ""
        if evidence is None:
            cited.append(trace_id)
            continue
        if trace_id not in evidence:
            issues.append(LintIssue(code="unknown-trace", section=section.title, line=number,
                                    message=f"trace {trace_id!r} is not in the evidence set; cite a trace id "
                                            "from the evidence directory."))
            continue
        cited.append(trace_id)
        if trace_id not in by_id:
            by_id[trace_id] = evidence_signals([evidence[trace_id]], contract).iloc[0].to_dict()
        for signal, index in cols.items():
            if signal == "trace_id" or index is None or index >= len(cells):
                continue
            quoted, actual = plain_cell(cells[index]), by_id[trace_id][signal]
            if not _matches(signal, quoted, actual):
                issues.append(LintIssue(code="evidence-value", section=section.title, line=number,
                                        message=f"{trace_id}: {header[index]} is quoted as {quoted!r} but the "
                                                f"package computes {actual!r}; quote the computed value."))
    if len(set(cited)) < rules.min_evidence_traces:
        issues.append(LintIssue(code="evidence-count", section=section.title, line=section.line,
                                message=f"{len(set(cited))} trace(s) cited; cite at least "
                                        f"{rules.min_evidence_traces} (one healthy, one from the incident)."))
    if evidence is None:
        issues.append(LintIssue(code="evidence-unchecked", section=section.title, line=section.line, level="warning",
                                message="no evidence set given, so cited ids and values were not checked; "
                                        "pass evidence_dir."))
    elif cited and len({by_id[t]["findings"] == "none" for t in cited}) < 2:
        issues.append(LintIssue(code="evidence-contrast", section=section.title, line=section.line,
                                message="cite both a healthy trace (no findings) and one from the incident."))
    return issues, len(set(cited))

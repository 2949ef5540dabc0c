"""Write findings and triage verdicts back to Phoenix, so they show next to the trace in its UI.

Every annotation goes on the trace's root span with ``annotator_kind="CODE"``:

- ``llmops.<CODE>`` per finding code that fired (label ``fired``, score the observed value when it is a
  number, explanation the evidence: signal, observed vs threshold, and the detector's sentence);
- ``llmops.diagnosis`` per trace (label ``healthy`` or ``findings``, score the number of codes);
- ``llmops.triage`` on every trace of a triaged window (label the verdict, e.g. ``SEV-2 RETRIEVAL``,
  explanation the justification and the decision path).

Phoenix keys an annotation by (name, span, identifier) and updates it in place when written again, so
annotating the same window twice leaves one annotation per name, not two (idempotent). Annotations
are sent in batches, synchronously (``POST /v1/span_annotations?sync=true``), so a read right after sees them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..diagnose import Diagnosis, Finding
from ..traces import Trace
from ..triage import TriageResult
from .phoenix import phoenix_client, translate
from .spec import PhoenixSource, SourceError

PREFIX = "llmops."
BATCH = 200


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _evidence(findings: Sequence[Finding]) -> str:
    parts = []
    for f in findings:
        observed = "" if f.observed is None else f" observed {f.observed}"
        threshold = "" if f.threshold is None else f" (threshold {f.threshold})"
        parts.append(f"{f.signal}:{observed}{threshold}: {f.explanation}")
    return "; ".join(parts)


def finding_annotations(trace: Trace, diagnosis: Diagnosis) -> list[dict[str, Any]]:
    """The annotations for one diagnosed trace (none when the trace has no root span to carry them)."""
    root = trace.root_span
    if root is None:
        return []
    by_code: dict[str, list[Finding]] = {}
    for finding in diagnosis.findings:
        by_code.setdefault(finding.code, []).append(finding)
    out = [{
        "name": f"{PREFIX}diagnosis", "annotator_kind": "CODE", "span_id": root.span_id,
        "result": {"label": "healthy" if diagnosis.healthy else "findings", "score": float(len(by_code)),
                   "explanation": diagnosis.one_line()},
    }]
    for code, findings in by_code.items():
        result: dict[str, Any] = {"label": "fired", "explanation": _evidence(findings)}
        score = _number(findings[0].observed)
        if score is not None:
            result["score"] = score
        out.append({"name": f"{PREFIX}{code}", "annotator_kind": "CODE", "span_id": root.span_id,
                    "result": result, "metadata": {"signal": findings[0].signal,
                                                   "threshold": findings[0].threshold}})
    return out


def triage_annotations(traces: Iterable[Trace], result: TriageResult) -> list[dict[str, Any]]:
    """``llmops.triage`` on the root span of every trace in the triaged window."""
    explanation = f"{result.justification} Path: {result.path_text()}"
    payload: dict[str, Any] = {"label": result.label, "explanation": explanation}
    if result.response_minutes:
        payload["score"] = float(result.response_minutes)
    return [{"name": f"{PREFIX}triage", "annotator_kind": "CODE", "span_id": t.root_span.span_id,
             "result": dict(payload), "metadata": {"incident_class": result.incident_class,
                                                   "severity": result.severity}}
            for t in traces if t.root_span is not None]


def _batches(items: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for i in range(0, len(items), BATCH):
        yield items[i:i + BATCH]


def write_annotations(source: PhoenixSource, annotations: Sequence[dict[str, Any]], *, client: Any = None) -> int:
    """Send annotations to Phoenix in batches (upserted); returns how many were written."""
    if not annotations:
        return 0
    http = client if client is not None else phoenix_client(source.url)
    try:
        for batch in _batches(annotations):
            response = http.post("v1/span_annotations", params={"sync": "true"}, json={"data": list(batch)})
            response.raise_for_status()
    except Exception as exc:
        raise translate(exc, source) from exc
    finally:
        if client is None:
            http.close()
    return len(annotations)


def annotate_diagnoses(
    source: PhoenixSource, diagnosed: Iterable[tuple[Trace, Diagnosis]], *, client: Any = None,
) -> int:
    """Write every diagnosis as annotations on its trace's root span; returns how many were written."""
    items = [a for trace, diagnosis in diagnosed for a in finding_annotations(trace, diagnosis)]
    return write_annotations(source, items, client=client)


def annotate_triage(source: PhoenixSource, traces: Iterable[Trace], result: TriageResult, *, client: Any = None
                    ) -> int:
    """Write a window's triage verdict on each of its traces; returns how many were written."""
    items = triage_annotations(traces, result)
    if not items:
        raise SourceError(f"{source.uri}: the window holds no trace with a root span to annotate.")
    return write_annotations(source, items, client=client)


def read_annotations(source: PhoenixSource, span_ids: Iterable[str], *, client: Any = None) -> list[dict[str, Any]]:
    """The ``llmops.*`` annotations Phoenix holds on these spans (to check a write, or to show them)."""
    http = client if client is not None else phoenix_client(source.url)
    ids = list(dict.fromkeys(span_ids))
    found: list[dict[str, Any]] = []
    try:
        for i in range(0, len(ids), 100):
            cursor: str | None = None
            while True:
                params: dict[str, Any] = {"span_ids": ids[i:i + 100], "limit": 1000}
                if cursor:
                    params["cursor"] = cursor
                response = http.get(f"v1/projects/{source.project}/span_annotations", params=params)
                response.raise_for_status()
                payload = response.json()
                found.extend(payload.get("data") or [])
                cursor = payload.get("next_cursor")
                if not cursor:
                    break
    except Exception as exc:
        raise translate(exc, source) from exc
    finally:
        if client is None:
            http.close()
    return [a for a in found if str(a.get("name", "")).startswith(PREFIX)]

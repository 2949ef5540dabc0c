"""Task 1 views of diagnosed traces: the summary table and the evidence table a written diagnosis quotes.

Neither writes prose. The summary table carries the brief's columns with the detectors' one-line
diagnosis; the evidence table lays out, per trace, every signal an engineer reads before writing a
diagnosis (what the user saw, where the time went, what retrieval and tools returned, what the quality
check found), so the analysis written beside it can quote its numbers and a test can check them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from .contract import Contract, load_contract
from .diagnose import diagnose
from .quality import score_trace
from .traces import Trace

__all__ = ["evidence_table", "summary_table"]

SUMMARY_COLUMNS = [
    "trace_id", "user_query", "n_docs", "relevance_scores", "prompt_version", "model", "latency_ms", "error",
    "diagnosis",
]


def summary_table(traces: Iterable[Trace], contract: Contract | None = None) -> pd.DataFrame:
    """One row per trace with the brief's Task 1 columns; ``diagnosis`` is "Healthy" when nothing fired."""
    contract = contract or load_contract()
    rows = []
    for trace in traces:
        docs = trace.documents
        latency = trace.duration_ms
        rows.append({
            "trace_id": trace.trace_id,
            "user_query": trace.query or "",
            "n_docs": len(docs) if docs is not None else None,
            "relevance_scores": ", ".join(f"{s:.2f}" for s in trace.relevance_scores) or "-",
            "prompt_version": trace.prompt_version or "-",
            "model": trace.model or "-",
            "latency_ms": round(latency) if latency is not None else None,
            "error": "yes" if trace.has_error else "no",
            "diagnosis": diagnose(trace, contract).headline(),
        })
    frame = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    frame["n_docs"] = frame["n_docs"].astype("Int64")
    frame["latency_ms"] = frame["latency_ms"].astype("Int64")
    return frame


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def _evidence(trace: Trace, contract: Contract) -> dict[str, str]:
    """The signals of one trace, formatted as the notebook shows them."""
    report = score_trace(trace, contract)
    diagnosis = diagnose(trace, contract)
    llm = trace.llm_span
    usage = trace.usage
    out_tokens = usage.output_tokens if usage else None
    llm_ms = sum(s.duration_ms for s in trace.spans_of("llm"))
    ttft = llm.attributes.get("llm.time_to_first_token_ms") if llm is not None else None
    expected = contract.prompts.expected_for(trace.prompt.name) if trace.prompt else None
    docs = trace.documents or []
    total = trace.duration_ms
    tools = [
        f"{s.name}: {s.status}, {_ms(s.duration_ms)} ms of a {_ms(s.attributes.get('tool.timeout_ms'))} ms timeout"
        + (f" ({s.duration_ms / total:.0%} of the request)" if total else "")
        for s in trace.tool_spans
    ]
    retriever = next(iter(trace.spans_of("retriever")), None)
    index = retriever.attributes.get("retrieval.index") if retriever is not None else None
    search_filter = retriever.attributes.get("retrieval.filter") if retriever is not None else None
    params = (llm.model_parameters or {}) if llm is not None else {}
    system = next((m.content for m in (llm.messages or []) if m.role == "system"), None) if llm is not None else None
    return {
        "user query": trace.query or "-",
        "answer": " ".join((trace.answer or "-").split()),
        "request latency ms (SLA)": f"{_ms(trace.duration_ms)} ({contract.latency.request_sla_ms:,.0f})",
        "retriever ms": _ms(sum(s.duration_ms for s in trace.spans_of("retriever"))),
        "tool spans": "; ".join(tools) or "-",
        "LLM ms (time to first token)": f"{_ms(llm_ms)} ({_ms(ttft)})",
        "LLM share of request": f"{llm_ms / trace.duration_ms:.0%}" if trace.duration_ms else "-",
        "ms per output token": f"{llm_ms / out_tokens:.1f}" if out_tokens else "-",
        "index / documents (relevance)": f"{index or '-'} / " + (
            ", ".join(f"{d.id} ({d.score:.2f})" if d.score is not None else d.id for d in docs) or "none"),
        "retrieval filter": "-" if not search_filter else str(search_filter),
        "relevance floor": f"{contract.retrieval.relevance_floor:.2f}",
        "system prompt": system or "-",
        "prompt version (expected)": f"{trace.prompt_version or '-'} ({expected or '-'})",
        "model, temperature": f"{trace.model or '-'}, {trace.temperature if trace.temperature is not None else '-'}",
        "max_tokens": str(params.get("max_tokens", "-")),
        "answer words": str(len((trace.answer or "").split())),
        "tokens in / out / total": "-" if usage is None else
            f"{usage.input_tokens:,} / {usage.output_tokens:,} / {usage.total_tokens:,}",
        "cost USD": "-" if trace.cost_usd is None else f"{trace.cost_usd:.4f}",
        "quality score (answer floor)": "-" if report.score is None else
            f"{report.score:.2f} ({contract.quality.answer_floor:.2f})",
        "groundedness (floor), claims": "-" if report.groundedness is None else
            f"{report.groundedness:.2f} ({contract.quality.groundedness_floor:.2f}), {report.claims} claims",
        "unsupported claims": " | ".join(" ".join(s.split()) for s in report.unsupported_sentences) or "-",
        "rule violations": "; ".join(report.violations) or "-",
        "error flag": "yes" if trace.has_error else "no",
        "findings": ", ".join(f.code for f in diagnosis.findings) or "none",
        "visible to HTTP monitoring": "yes" if any(f.http_visible for f in diagnosis.findings) else "no",
    }


def evidence_table(
    traces: Sequence[Trace], contract: Contract | None = None, labels: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Signals per trace, one column per trace: what a written diagnosis quotes, computed, not typed."""
    contract = contract or load_contract()
    labels = labels or {}
    columns = {labels.get(t.trace_id, t.trace_id): _evidence(t, contract) for t in traces}
    return pd.DataFrame(columns)

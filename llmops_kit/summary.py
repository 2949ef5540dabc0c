"""Task 1 views of diagnosed traces: the summary table, deep-dive write-ups and the severity ranking.

Every number in the rendered prose is read from the trace, its findings or the contract at render
time, so the text and the data cannot disagree. Nothing here branches on a trace id or file name:
the write-up is chosen by the primary finding's code.

Severity rule (``rank_failures``), stated once and applied to every failing trace:

``severity = user impact x breadth x detectability``

- *user impact* (1-3) is read from the trace: 3 when the user received content that misleads (the
  answer's quality score is below the contract's answer floor and it is neither a refusal nor the
  fallback after a failed tool), 2 when the user was blocked (an error, a refusal, no documents, or a
  tool result the answer needed was missing), 1 when the answer was fine and only slow or costly;
- *breadth* (1-3) is the blast radius of the failure's cause, from :data:`BREADTH` (a deployment
  setting touches every request; a model or index weakness a share of them; one record a few);
- *detectability* is 2 when no finding on the trace was visible to HTTP monitoring (the failure runs
  silently until someone reads traces) and 1 when a status-code or latency alert would fire.

Ties go to the lower quality score (the worse answer), then upstream first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd
from pydantic import BaseModel, ConfigDict

from .contract import Contract, load_contract
from .diagnose import CODES, Diagnosis, Finding, diagnose
from .quality import QualityReport, instructions_require_citations, is_refusal, score_trace, trace_instructions
from .traces import Trace

__all__ = [
    "BREADTH",
    "DeepDive",
    "rank_failures",
    "render_deep_dive",
    "render_ranking_paragraph",
    "summary_table",
]

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
            "diagnosis": diagnose(trace, contract).one_line(),
        })
    frame = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    frame["n_docs"] = frame["n_docs"].astype("Int64")
    frame["latency_ms"] = frame["latency_ms"].astype("Int64")
    return frame


# ---- deep dives ------------------------------------------------------------------------------------


class DeepDive(BaseModel):
    """A written diagnosis of one failing trace, in the four parts the brief asks for."""

    model_config = ConfigDict(frozen=True)

    trace_id: str
    code: str
    symptom: str
    root_cause: str
    signal: str
    http: str

    @property
    def text(self) -> str:
        return " ".join(
            [f"Symptom: {self.symptom}", f"Root cause: {self.root_cause}", f"Revealing signal: {self.signal}",
             f"Would HTTP monitoring have caught it? {self.http}"]
        )

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def markdown(self, title: str | None = None) -> str:
        heading = f"### {title or self.trace_id}: {self.code}\n\n"
        return heading + "\n\n".join(
            [f"**Symptom.** {self.symptom}", f"**Root cause.** {self.root_cause}",
             f"**Revealing signal.** {self.signal}", f"**Would HTTP monitoring have caught it?** {self.http}"]
        ) + "\n"


def _excerpt(text: str | None, limit: int = 150) -> str:
    if not text:
        return "(no answer recorded)"
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: flat.rfind(" ", 0, limit)] + " ..."


def _ms(value: float | None) -> str:
    return "an unrecorded time" if value is None else f"{value:,.0f} ms"


class _Facts:
    """The trace facts a write-up quotes, computed once."""

    def __init__(self, trace: Trace, diagnosis: Diagnosis, contract: Contract) -> None:
        self.trace, self.diagnosis, self.contract = trace, diagnosis, contract
        self.report: QualityReport = score_trace(trace, contract)
        self.docs = trace.documents or []
        self.scores = ", ".join(f"{s:.2f}" for s in trace.relevance_scores) or "none recorded"
        self.best = max(trace.relevance_scores, default=None)
        self.latency = trace.duration_ms
        self.usage = trace.usage
        self.tokens = self.usage.total_tokens if self.usage else None
        self.llm_ms = sum(s.duration_ms for s in trace.spans_of("llm"))
        self.retriever_ms = sum(s.duration_ms for s in trace.spans_of("retriever"))
        self.query = trace.query or "(no query recorded)"
        self.answer = _excerpt(trace.answer)
        self.version = trace.prompt_version or "unrecorded"
        self.model = trace.model or "an unrecorded model"
        self.expected = contract.prompts.expected_for(trace.prompt.name) if trace.prompt else None

    def quality_clause(self) -> str:
        r, floor = self.report, self.contract.quality.answer_floor
        if r.score is None:
            return f"the quality scorer could not judge it ({r.reason})"
        verdict = "below" if r.score < floor else "at or above"
        return f"the quality scorer gives it {r.score:.2f}, {verdict} the contract's answer floor of {floor:.2f}"

    def tokens_clause(self) -> str:
        return "no token usage recorded" if self.tokens is None else f"{self.tokens:,} tokens"

    def others(self, primary: Finding) -> str:
        rest = [f for f in self.diagnosis.findings if f.code != primary.code]
        if not rest:
            return "No other detector fired, which isolates the fault to this one step."
        return "Other detectors also fired: " + "; ".join(f"{f.code} ({f.explanation})" for f in rest) + "."


def _http(primary: Finding, why: str) -> str:
    answer = "Yes" if primary.http_visible else "No"
    return f"{answer}. {primary.http_note[:1].upper()}{primary.http_note[1:]}. {why}"


def _retrieval(f: _Facts, p: Finding) -> tuple[str, str, str, str]:
    index = next((s.attributes.get("retrieval.index") for s in f.trace.spans_of("retriever")), None)
    listed = ", ".join(f"{d.id} ({d.score:.2f})" if d.score is not None else d.id for d in f.docs[:4]) or "nothing"
    refused = is_refusal(f.trace.answer, f.contract)
    effect = ("The bot declined to answer, so the customer left without help." if refused else
              "The reply answers a neighbouring question instead of the one asked; " + f.quality_clause() + ".")
    symptom = f'A customer asked "{f.query}" and received: "{f.answer}" {effect}'
    floor = f.contract.retrieval.relevance_floor
    empty = p.code == "EMPTY_RETRIEVAL"
    if empty:
        gap = f"The contract requires at least {f.contract.retrieval.min_documents}."
        measured = f"The document count on the retriever span ({len(f.docs)}, minimum {p.threshold})"
        causes = "an index outage, an empty or rebuilt index, or a filter that excludes everything"
    else:
        gap = (f"Even the best of them scores {f.best:.2f}, under the contract's relevance floor of {floor:.2f}."
               if f.best is not None else f"{p.explanation[0].upper()}{p.explanation[1:]}.")
        measured = f"The retriever span's relevance scores ({f.scores}) against the contract's floor of {floor:.2f}"
        causes = "an index gap, a stale index or a query/embedding mismatch"
    cause = (f"The retriever{f' (index {index!r})' if index else ''} returned {len(f.docs)} document(s): {listed}. "
             f"{gap} Generation then behaved as designed on {'empty' if empty else 'the wrong'} "
             f"input: prompt {f.version} and {f.model} answered in {_ms(f.llm_ms)} from the context they were "
             f"handed, so the fault sits upstream in retrieval ({causes}). {f.others(p)}")
    signal = (f"{measured}. Latency ({_ms(f.latency)}), error status and "
              f"{f.tokens_clause()} all look normal, so operational dashboards stay green.")
    http = _http(p, "A missing or mismatched context still produces a fluent, successful response; only the retrieval "
                 "span shows it.")
    return symptom, cause, signal, http


def _prompt(f: _Facts, p: Finding) -> tuple[str, str, str, str]:
    instructions = trace_instructions(f.trace)
    rules = f.contract.quality
    banned = [v for v in f.report.violations if v.startswith("banned phrase")]
    effect = f"It breaks the tone guide ({banned[0]}); " if banned else "It reads differently from approved answers; "
    symptom = f'A customer asked "{f.query}" and received: "{f.answer}" {effect}{f.quality_clause()}.'
    if instructions is None:
        received = "The trace did not record the system prompt, so the template's wording cannot be checked."
    else:
        cites = "asks" if instructions_require_citations(instructions, rules) else "does not ask"
        refuses = "tells" if is_refusal(instructions, f.contract) else "does not tell"
        received = (f"The system prompt the model received {cites} for citations and {refuses} it to refuse "
                    f"when the articles lack the answer.")
    unsupported = len(f.report.unsupported_sentences)
    cause = (f"{p.explanation[0].upper()}{p.explanation[1:]}. {received} With that template the model produced "
             f"{unsupported} unsupported claim(s) out of {f.report.claims}, although retrieval was sound (best "
             f"relevance {f.best:.2f}). A rollback or a pinned alias pointing at the old version is the usual "
             f"cause. {f.others(p)}" if f.best is not None else f"{p.explanation}. {received} {f.others(p)}")
    signal = (f"The prompt version on the LLM span ({f.version}, expected {f.expected}), confirmed by the "
              f"quality violations. Latency ({_ms(f.latency)}) and {f.tokens_clause()} are ordinary.")
    http = _http(p, "The old template returns well-formed, successful responses at normal speed.")
    return symptom, cause, signal, http


def _tool(f: _Facts, p: Finding) -> tuple[str, str, str, str]:
    span = next((s for s in f.trace.spans if s.span_id == p.span_id), None)
    tool_ms = span.duration_ms if span else 0.0
    share = tool_ms / f.latency if f.latency else 0.0
    symptom = (f'A customer asked "{f.query}", waited {_ms(f.latency)} and received: "{f.answer}" The live data '
               f"the question needed never arrived, so the reply falls back to general guidance.")
    cause = (f"{p.explanation[0].upper()}{p.explanation[1:]}. That wait was {share:.0%} of the request. "
             f"The model ({f.model}, prompt {f.version}) then answered in {_ms(f.llm_ms)} without the tool "
             f"result; retrieval was healthy (best relevance "
             f"{f.best:.2f}). {f.others(p)}" if f.best is not None else f"{p.explanation}. {f.others(p)}")
    signal = (f"The tool span's status (error) and duration ({_ms(tool_ms)}) against its timeout "
              f"({_ms(p.threshold if isinstance(p.threshold, (int, float)) else None)}); the trace's error flag is "
              f"{'set' if f.trace.has_error else 'not set'}. Across many requests this shows as a falling tool "
              "success rate.")
    http = _http(p, "The bot swallowed the tool failure and still answered, so the status code stayed healthy.")
    return symptom, cause, signal, http


def _hallucination(f: _Facts, p: Finding) -> tuple[str, str, str, str]:
    bad = f.report.unsupported_sentences
    quoted = " ".join(f'"{_excerpt(s, 120)}"' for s in bad[:2])
    symptom = (f'A customer asked "{f.query}" and got a confident, well-cited answer. Part of it is invented: '
               f"{quoted} None of this appears in the articles the bot retrieved, and the customer cannot tell.")
    cause = (f"Retrieval worked ({len(f.docs)} documents, best relevance {f.best or 0:.2f}) and the prompt was "
             f"{f.version}, yet {len(bad)} of {f.report.claims} claims are unsupported by that context "
             f"(groundedness {f.report.groundedness or 0:.2f}, floor {f.contract.quality.groundedness_floor:.2f}). "
             f"{f.model} filled gaps from its own training instead of the context. {f.others(p)}")
    signal = (f"Only a content check reveals it: groundedness from comparing the answer's claims, numbers and "
              f"names with the retrieved documents. Latency ({_ms(f.latency)}), status and {f.tokens_clause()} "
              "are all normal.")
    http = _http(p, "A fabricated fact travels in a successful response as fast as a true one.")
    return symptom, cause, signal, http


def _latency(f: _Facts, p: Finding) -> tuple[str, str, str, str]:
    sla = f.contract.latency.request_sla_ms
    ratio = (f.latency or 0) / sla
    out = f.usage.output_tokens if f.usage else None
    speed = f" to write {out:,} output tokens ({out / (f.llm_ms / 1000):.0f} tokens/s)" if out and f.llm_ms else ""
    symptom = (f'A customer asked "{f.query}" and waited {_ms(f.latency)}, {ratio:.1f} times the {sla:,.0f} ms SLA, '
               f"before anything useful appeared. The content itself is fine: {f.quality_clause()}.")
    cause = (f"{p.explanation[0].upper()}{p.explanation[1:]}. The model {f.model} took {_ms(f.llm_ms)}{speed}; "
             f"retrieval took only {_ms(f.retriever_ms)}. The time went into generating a long answer, not into "
             f"a failing dependency. {f.others(p)}")
    signal = (f"Span durations: the root span's {_ms(f.latency)} against the LLM span's {_ms(f.llm_ms)}, compared "
              f"with the contract's {f.contract.latency.llm_share_warning:.0%} LLM-share warning, plus the output "
              "token count. Across a window this is the p95 latency alert.")
    http = _http(p, "Latency is exactly what HTTP monitoring measures, but it cannot say which step was slow.")
    return symptom, cause, signal, http


def _generic(f: _Facts, p: Finding) -> tuple[str, str, str, str]:
    symptom = (f'A customer asked "{f.query}" and, after {_ms(f.latency)}, received: "{f.answer}" '
               f"Judged against its context, {f.quality_clause()}.")
    cause = (f"{p.explanation[0].upper()}{p.explanation[1:]}. The request used prompt {f.version} on {f.model} "
             f"with {len(f.docs)} retrieved document(s) (relevance {f.scores}) and {f.tokens_clause()}. "
             f"{f.others(p)}")
    signal = (f"The {p.signal} recorded in the trace ({p.observed}) against the contract's threshold "
              f"({p.threshold}). The detector that reads it is {p.code}, and its finding names the span involved "
              f"({p.span_id or 'trace level'}), so an on-call engineer can jump straight to the evidence.")
    http = _http(p, "Only the trace's own fields carry this signal.")
    return symptom, cause, signal, http


_WRITERS = {
    "RETRIEVAL_MISMATCH": _retrieval, "EMPTY_RETRIEVAL": _retrieval, "WRONG_PROMPT_VERSION": _prompt,
    "TOOL_TIMEOUT": _tool, "TOOL_ERROR": _tool, "HALLUCINATION": _hallucination, "LATENCY_SLA_BREACH": _latency,
}


def render_deep_dive(trace: Trace, diagnosis: Diagnosis | None = None, contract: Contract | None = None) -> DeepDive:
    """The four-part write-up for a failing trace, built from its primary finding and its own numbers."""
    contract = contract or load_contract()
    diagnosis = diagnosis or diagnose(trace, contract)
    primary = diagnosis.primary
    if primary is None:
        raise ValueError(f"trace {trace.trace_id!r} is healthy (no finding fired); a deep dive needs a failure.")
    facts = _Facts(trace, diagnosis, contract)
    symptom, cause, signal, http = _WRITERS.get(primary.code, _generic)(facts, primary)
    return DeepDive(trace_id=trace.trace_id, code=primary.code, symptom=symptom, root_cause=cause, signal=signal,
                    http=http)


# ---- severity ranking --------------------------------------------------------------------------------

#: Blast radius of each failure's cause: (score 1-3, why).
BREADTH: dict[str, tuple[int, str]] = {
    "WRONG_PROMPT_VERSION": (3, "a prompt version is a deployment setting, so every request gets the bad template"),
    "EMPTY_RETRIEVAL": (3, "an index returning nothing fails every question"),
    "RETRIEVAL_MISMATCH": (2, "it hits the questions the index covers badly, not all of them"),
    "HALLUCINATION": (2, "the same model invents facts on a share of answers"),
    "TOOL_TIMEOUT": (2, "it hits only the requests that need that tool"),
    "TOOL_ERROR": (2, "it hits only the requests that need that tool"),
    "LATENCY_SLA_BREACH": (2, "slow generation affects the long answers, a share of traffic"),
    "COST_SPIKE": (2, "a retry loop repeats on the requests that trigger it"),
    "PII_LEAK": (1, "each leak is one customer's record, though the duty to report is severe"),
}


def _impact(facts: _Facts, primary: Finding) -> tuple[int, str]:
    report, floor = facts.report, facts.contract.quality.answer_floor
    refused = is_refusal(facts.trace.answer, facts.contract)
    if report.score is not None and report.score < floor and not refused and primary.code not in (
        "TOOL_TIMEOUT", "TOOL_ERROR"
    ):
        return 3, f"the user was misled (quality {report.score:.2f} < {floor:.2f}, not a refusal)"
    if facts.trace.has_error or refused or primary.code in ("TOOL_TIMEOUT", "TOOL_ERROR", "EMPTY_RETRIEVAL"):
        return 2, "the user was blocked from what they asked for"
    return 1, "the answer was usable, only slow or costly"


def rank_failures(
    traces: Sequence[Trace], contract: Contract | None = None, diagnoses: Sequence[Diagnosis] | None = None
) -> pd.DataFrame:
    """Rank failing traces by the module's severity rule; healthy traces are left out."""
    contract = contract or load_contract()
    diagnoses = diagnoses or [diagnose(t, contract) for t in traces]
    rows = []
    for trace, diagnosis in zip(traces, diagnoses, strict=True):
        primary = diagnosis.primary
        if primary is None:
            continue
        facts = _Facts(trace, diagnosis, contract)
        impact, impact_why = _impact(facts, primary)
        breadth, breadth_why = BREADTH.get(primary.code, (2, "its reach is unknown, so it is scored as partial"))
        silent = not any(f.http_visible for f in diagnosis.findings)
        detect = 2 if silent else 1
        rows.append({
            "trace_id": trace.trace_id, "code": primary.code, "impact": impact, "breadth": breadth,
            "detectability": detect, "severity_score": impact * breadth * detect,
            "quality_score": facts.report.score,
            "impact_reason": impact_why, "breadth_reason": breadth_why,
            "detectability_reason": "invisible to HTTP monitoring" if silent else "an HTTP alert would fire",
            "_upstream": CODES.index(primary.code) if primary.code in CODES else len(CODES),
        })
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    frame["_q"] = frame["quality_score"].fillna(1.0)
    frame = frame.sort_values(["severity_score", "impact", "_q", "_upstream"], ascending=[False, False, True, True])
    frame = frame.drop(columns=["_q", "_upstream"]).reset_index(drop=True)
    frame.insert(0, "rank", range(1, len(frame) + 1))
    return frame


def render_ranking_paragraph(ranking: pd.DataFrame, labels: dict[str, str] | None = None) -> str:
    """One paragraph justifying the ranking, every figure read from the ranking table."""
    if ranking.empty:
        return "No trace failed, so there is nothing to rank."
    labels = labels or {}
    parts = [
        "Severity is scored as user impact (1-3) x breadth (1-3) x detectability (2 when HTTP monitoring "
        "is blind to the failure, 1 when a status or latency alert would fire), with ties going to the worse "
        "answer."
    ]
    for row in ranking.itertuples():
        name = labels.get(row.trace_id, row.trace_id)
        parts.append(
            f"{'First' if row.rank == 1 else f'Number {row.rank}'} is {name} ({row.code}, "
            f"{row.impact} x {row.breadth} x {row.detectability} = {row.severity_score}): {row.impact_reason}; "
            f"{row.breadth_reason}; {row.detectability_reason}."
        )
    return " ".join(parts)

"""Diagnosis with evidence: one detector per signal, each returning findings against contract thresholds.

A detector is any ``Callable[[Trace, Contract], list[Finding]]``. It looks at one signal, compares it
with a threshold read from the observability contract, and returns a :class:`Finding` that says what it
saw, the threshold, why it matters, and whether plain HTTP monitoring (status codes and latency) would
have noticed the request. A detector that lacks the data it needs returns a finding with
``status="not_evaluable"`` instead of silently passing. Healthy means no finding fired.

Where each detector draws the line (a value *on* the threshold):

=====================  ===========================================  ==================
code                   signal                                       fires when
=====================  ===========================================  ==================
EMPTY_RETRIEVAL        documents retrieved                          count < retrieval.min_documents
RETRIEVAL_MISMATCH     best relevance score                         best < retrieval.relevance_floor
WRONG_PROMPT_VERSION   prompt version (aliases resolved)            != prompts.expected[name]
TOOL_TIMEOUT           tool span duration / timeout error           duration >= tool.timeout_ms attribute
                                                                    (else tools.default_timeout_ms)
TOOL_ERROR             tool span status                             error that is not a timeout
HALLUCINATION          groundedness of the answer (quality.py)      < quality.groundedness_floor
LATENCY_SLA_BREACH     request duration                             > latency.request_sla_ms
COST_SPIKE             tokens, cost per request                     >= budget x budget.spike_factor
PII_LEAK               emails, phone numbers, Luhn-valid cards      any, outside retrieved documents
=====================  ===========================================  ==================

Hallucination is judged by comparing the answer with the recorded context, never from a flag or a
logged score. Findings are ordered upstream-first (retrieval, prompt, tools, generation, latency, cost,
data), so the first one is the most likely root cause and later ones are often its consequences.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any, Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from .contract import Contract, load_contract
from .pii import find_emails, find_numbers, luhn_valid, mask, may_hold_number, screen_text, strings_in
from .quality import score_trace
from .traces import Span, Trace

__all__ = [
    "CODES",
    "DEFAULT_DETECTORS",
    "Detector",
    "Diagnosis",
    "Finding",
    "detect_cost",
    "detect_hallucination",
    "detect_latency",
    "detect_pii",
    "detect_prompt_version",
    "detect_retrieval",
    "detect_tool_failures",
    "diagnose",
    "http_view",
    "luhn_valid",
    "thresholds_table",
]

RETRIEVAL_MISMATCH = "RETRIEVAL_MISMATCH"
EMPTY_RETRIEVAL = "EMPTY_RETRIEVAL"
WRONG_PROMPT_VERSION = "WRONG_PROMPT_VERSION"
TOOL_TIMEOUT = "TOOL_TIMEOUT"
TOOL_ERROR = "TOOL_ERROR"
HALLUCINATION = "HALLUCINATION"
LATENCY_SLA_BREACH = "LATENCY_SLA_BREACH"
COST_SPIKE = "COST_SPIKE"
PII_LEAK = "PII_LEAK"

#: The public vocabulary, upstream first: the order findings are reported in.
CODES: tuple[str, ...] = (
    EMPTY_RETRIEVAL, RETRIEVAL_MISMATCH, WRONG_PROMPT_VERSION, TOOL_TIMEOUT, TOOL_ERROR, HALLUCINATION,
    LATENCY_SLA_BREACH, COST_SPIKE, PII_LEAK,
)

Observed = float | int | str | None


class Finding(BaseModel):
    """One signal outside its contract threshold (or one signal that could not be checked)."""

    model_config = ConfigDict(frozen=True)

    code: str
    signal: str
    observed: Observed = None
    threshold: Observed = None
    explanation: str
    http_visible: bool = False
    http_note: str = ""
    status: Literal["fired", "not_evaluable"] = "fired"
    span_id: str | None = None


class Diagnosis(BaseModel):
    """All findings for one trace: fired ones (upstream first) and the checks that could not run."""

    model_config = ConfigDict(frozen=True)

    trace_id: str
    findings: list[Finding] = Field(default_factory=list)
    not_evaluable: list[Finding] = Field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.findings

    @property
    def codes(self) -> list[str]:
        """Distinct codes that fired, upstream first."""
        return list(dict.fromkeys(f.code for f in self.findings))

    @property
    def primary(self) -> Finding | None:
        """The most upstream finding: the likeliest root cause."""
        return self.findings[0] if self.findings else None

    def one_line(self) -> str:
        """'Healthy', or the primary finding's explanation plus the other codes that fired."""
        if self.primary is None:
            return "Healthy"
        others = [c for c in self.codes if c != self.primary.code]
        tail = f" (also {', '.join(others)})" if others else ""
        return f"{self.primary.code}: {self.primary.explanation}{tail}"


Detector = Callable[[Trace, Contract], list[Finding]]


# ---- what plain HTTP monitoring sees ---------------------------------------------------------------

_STATUS_KEYS = ("http.status_code", "http.response.status_code", "status_code")


def http_view(trace: Trace, contract: Contract) -> tuple[bool, str]:
    """Would a status-code / latency monitor have flagged this request, and what would it have seen?"""
    root = trace.root_span
    status = None
    if root is not None:
        for key in _STATUS_KEYS:
            if isinstance(root.attributes.get(key), (int, float)):
                status = int(root.attributes[key])
                break
    failed = (status is not None and status >= 500) or (root is not None and root.failed)
    latency = trace.duration_ms
    sla = contract.latency.request_sla_ms
    shown = f"HTTP {status}" if status is not None else ("an error response" if failed else "a successful response")
    if failed:
        return True, f"the request ended in {shown}, which an HTTP error-rate alert counts"
    if latency is not None and latency > sla:
        return True, f"the request took {latency:,.0f} ms, over the {sla:,.0f} ms SLA an HTTP latency alert watches"
    took = f" in {latency:,.0f} ms" if latency is not None else ""
    return False, f"the request returned {shown}{took}, within the {sla:,.0f} ms SLA, so HTTP monitoring saw nothing"


def _semantic(trace: Trace, contract: Contract, what: str) -> tuple[bool, str]:
    """Content failures are invisible to HTTP monitoring whatever the status: say what it saw instead."""
    seen, note = http_view(trace, contract)
    if seen:
        return False, f"{note}, but nothing in a status code or a timing reveals {what}"
    return False, f"{note}; {what} is only visible in the trace's content"


# ---- detectors ---------------------------------------------------------------------------------------


def detect_retrieval(trace: Trace, contract: Contract) -> list[Finding]:
    """EMPTY_RETRIEVAL when too few documents came back; RETRIEVAL_MISMATCH when even the best scored low."""
    rules = contract.retrieval
    retrievers = trace.spans_of("retriever")
    span_id = retrievers[0].span_id if retrievers else None
    docs = trace.documents
    if docs is None:
        return [Finding(code=RETRIEVAL_MISMATCH, signal="retrieval", status="not_evaluable",
                        explanation="the trace has no retriever span, so retrieval cannot be checked")]
    index = next((s.attributes.get("retrieval.index") for s in retrievers if s.attributes.get("retrieval.index")),
                 None)
    where = f" from index {index!r}" if index else ""
    if len(docs) < rules.min_documents:
        seen, note = _semantic(trace, contract, "that the bot had nothing to ground its answer on")
        return [Finding(code=EMPTY_RETRIEVAL, signal="documents retrieved", observed=len(docs),
                        threshold=rules.min_documents, span_id=span_id, http_visible=seen, http_note=note,
                        explanation=f"retrieval returned {len(docs)} document(s){where}, fewer than the "
                                    f"{rules.min_documents} the contract requires")]
    scores = [d.score for d in docs if d.score is not None]
    if not scores:
        return [Finding(code=RETRIEVAL_MISMATCH, signal="relevance scores", status="not_evaluable",
                        span_id=span_id, explanation=f"{len(docs)} documents were recorded without relevance scores")]
    best = max(scores)
    if best >= rules.relevance_floor:
        return []
    seen, note = _semantic(trace, contract, "that the retrieved documents do not match the question")
    return [Finding(code=RETRIEVAL_MISMATCH, signal="best relevance score", observed=round(best, 4),
                    threshold=rules.relevance_floor, span_id=span_id, http_visible=seen, http_note=note,
                    explanation=f"the best of {len(docs)} retrieved document(s){where} scored {best:.2f}, below "
                                f"the relevance floor {rules.relevance_floor:.2f}: the context does not match the "
                                "question")]


def detect_prompt_version(trace: Trace, contract: Contract) -> list[Finding]:
    """WRONG_PROMPT_VERSION when an LLM call used another version than the contract expects."""
    rules = contract.prompts
    calls = [s for s in trace.spans_of("llm") if s.prompt is not None]
    if not calls:
        return [Finding(code=WRONG_PROMPT_VERSION, signal="prompt version", status="not_evaluable",
                        explanation="no LLM span recorded a prompt name and version")]
    findings: list[Finding] = []
    seen_pairs: set[tuple[str, str]] = set()
    for span in calls:
        assert span.prompt is not None
        name, raw = span.prompt.name, str(span.prompt.version)
        if (name, raw) in seen_pairs:
            continue
        seen_pairs.add((name, raw))
        expected = rules.expected_for(name)
        if expected is None:
            findings.append(Finding(code=WRONG_PROMPT_VERSION, signal="prompt version", observed=raw,
                                    status="not_evaluable", span_id=span.span_id,
                                    explanation=f"the contract names no expected version for prompt {name!r}"))
            continue
        actual = rules.canonical(name, raw)
        if actual == rules.canonical(name, expected):
            continue
        shown = raw if actual == raw else f"{raw} (= {actual})"
        seen, note = _semantic(trace, contract, "which prompt template rendered the request")
        findings.append(Finding(code=WRONG_PROMPT_VERSION, signal="prompt version", observed=actual,
                                threshold=expected, span_id=span.span_id, http_visible=seen, http_note=note,
                                explanation=f"prompt {name!r} ran at version {shown}, but the contract expects "
                                            f"{expected}"))
    return findings


_TIMEOUT_RE = re.compile(r"time[ d_-]?out|timed out|deadline", re.IGNORECASE)


def _timeout_ms(span: Span, contract: Contract) -> float:
    value = span.attributes.get("tool.timeout_ms")
    return float(value) if isinstance(value, (int, float)) and value > 0 else contract.tools.default_timeout_ms


def detect_tool_failures(trace: Trace, contract: Contract) -> list[Finding]:
    """TOOL_TIMEOUT when a tool ran to its timeout (or says it timed out); TOOL_ERROR for other failures."""
    findings: list[Finding] = []
    for span in trace.tool_spans:
        tool = span.attributes.get("tool.name") or span.name
        limit = _timeout_ms(span, contract)
        error_text = f"{span.error.type}: {span.error.message}" if span.error else ""
        timed_out = span.duration_ms >= limit or bool(span.failed and _TIMEOUT_RE.search(error_text))
        if not (timed_out or span.failed):
            continue
        seen, note = http_view(trace, contract)
        if timed_out:
            outcome = f" and failed with {error_text}" if error_text else ""
            findings.append(Finding(code=TOOL_TIMEOUT, signal="tool duration", observed=round(span.duration_ms, 1),
                                    threshold=limit, span_id=span.span_id, http_visible=seen, http_note=note,
                                    explanation=f"tool {tool!r} ran {span.duration_ms:,.0f} ms against a "
                                                f"{limit:,.0f} ms timeout{outcome}"))
        elif span.failed:
            findings.append(Finding(code=TOOL_ERROR, signal="tool status", observed=error_text or span.status,
                                    threshold="ok", span_id=span.span_id, http_visible=seen, http_note=note,
                                    explanation=f"tool {tool!r} failed after {span.duration_ms:,.0f} ms with "
                                                f"{error_text or 'an error status'}"))
    return findings


def detect_hallucination(trace: Trace, contract: Contract) -> list[Finding]:
    """HALLUCINATION when the answer's groundedness in the recorded context is below the contract floor."""
    floor = contract.quality.groundedness_floor
    llm = trace.llm_span
    span_id = llm.span_id if llm else None
    report = score_trace(trace, contract)
    if not report.evaluable or report.groundedness is None:
        return [Finding(code=HALLUCINATION, signal="groundedness", status="not_evaluable", span_id=span_id,
                        explanation=report.reason)]
    if report.groundedness >= floor:
        return []
    bad = [v for v in report.support if not v.supported]
    count = len(bad) if report.support else len(report.unsupported_sentences)
    if bad:
        example = bad[0].describe()
    else:
        example = repr(report.unsupported_sentences[0]) if report.unsupported_sentences else "no claim named"
    example = example if len(example) <= 240 else example[:237] + "..."
    seen, note = _semantic(trace, contract, "that the answer states facts its context does not contain")
    return [Finding(code=HALLUCINATION, signal="groundedness", observed=report.groundedness, threshold=floor,
                    span_id=span_id, http_visible=seen, http_note=note,
                    explanation=f"{count} of {report.claims} claims in the answer are not supported by the evidence "
                                f"the model was given (groundedness {report.groundedness:.2f} < {floor:.2f}); "
                                f"e.g. {example}")]


def detect_latency(trace: Trace, contract: Contract) -> list[Finding]:
    """LATENCY_SLA_BREACH when the request took longer than the SLA; says which span the time went to."""
    sla = contract.latency.request_sla_ms
    latency = trace.duration_ms
    if latency is None:
        return [Finding(code=LATENCY_SLA_BREACH, signal="request latency", status="not_evaluable",
                        explanation="the trace has no root span and no recorded latency")]
    if latency <= sla:
        return []
    llm_ms = sum(s.duration_ms for s in trace.spans_of("llm"))
    share = llm_ms / latency if latency else 0.0
    if share >= contract.latency.llm_share_warning:
        where = f"LLM generation took {llm_ms:,.0f} ms ({share:.0%} of it)"
    else:
        root = trace.root_span
        others = [s for s in trace.spans if root is None or s.span_id != root.span_id]
        slowest = max(others, key=lambda s: s.duration_ms, default=None)
        where = f"the slowest step was {slowest.name!r} at {slowest.duration_ms:,.0f} ms" if slowest else ""
    _, note = http_view(trace, contract)
    return [Finding(code=LATENCY_SLA_BREACH, signal="request latency", observed=round(latency, 1), threshold=sla,
                    span_id=trace.root_span.span_id if trace.root_span else None, http_visible=True, http_note=note,
                    explanation=f"the request took {latency:,.0f} ms, over the {sla:,.0f} ms SLA; {where}")]


def _spend(trace: Trace, contract: Contract) -> tuple[int | None, float | None, int]:
    """Tokens, cost and the number of LLM calls, listing the LLM spans once.

    Tokens are summed as ``Trace.usage`` sums them (input + output) without building its model; the
    cost is ``Trace.cost_usd``, else priced from the contract when every call has usage and a price.
    """
    calls = trace.spans_of("llm")
    tokens: int | None = None
    for span in calls:
        if span.usage is not None:
            tokens = (tokens or 0) + span.usage.input_tokens + span.usage.output_tokens
    cost = trace.cost_usd
    if cost is not None or not calls:
        return tokens, cost, len(calls)
    total = 0.0
    for span in calls:
        price = contract.price(span.model or "")
        if span.usage is None or price is None:
            return tokens, None, len(calls)
        total += price.cost(span.usage.input_tokens, span.usage.output_tokens)
    return tokens, total, len(calls)


def detect_cost(trace: Trace, contract: Contract) -> list[Finding]:
    """COST_SPIKE when tokens or cost per request reach the budget times the contract's spike factor."""
    budget = contract.budget
    tokens, cost, calls = _spend(trace, contract)
    if tokens is None and cost is None:
        return [Finding(code=COST_SPIKE, signal="tokens and cost", status="not_evaluable",
                        explanation="no LLM span recorded token usage or cost")]
    token_limit = budget.tokens_per_request * budget.spike_factor
    cost_limit = budget.cost_per_request_usd * budget.spike_factor
    over_tokens = tokens is not None and tokens >= token_limit
    if not over_tokens and (cost is None or cost < cost_limit):
        return []
    seen, note = http_view(trace, contract)
    note = f"{note}; token counts and cost never appear in HTTP metrics"
    findings = []
    if over_tokens:
        findings.append(Finding(code=COST_SPIKE, signal="tokens per request", observed=tokens,
                                threshold=token_limit, span_id=None, http_visible=seen, http_note=note,
                                explanation=f"{tokens:,} tokens over {calls} LLM call(s), at least "
                                            f"{budget.spike_factor:g}x the {budget.tokens_per_request:,}-token budget"))
    elif cost is not None and cost >= cost_limit:
        findings.append(Finding(code=COST_SPIKE, signal="cost per request", observed=round(cost, 6),
                                threshold=cost_limit, http_visible=seen, http_note=note,
                                explanation=f"${cost:.4f} over {calls} LLM call(s), at least {budget.spike_factor:g}x "
                                            f"the ${budget.cost_per_request_usd:.4f} budget"))
    return findings


# ---- PII ---------------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PHONE_RE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w])")
_CARD_RE = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")


#: Fewest digits a match of each number pattern holds (phone: 3 + 3 + 4; card: 13), so the scanner can
#: skip texts and clusters with fewer.
_PHONE_DIGITS = 10
_CARD_DIGITS = 13


def _pii_in(text: str) -> list[tuple[str, str]]:
    """(kind, value) pairs in a text; the patterns run only next to an ``@`` or a cluster of digits."""
    hits = [("email", m.group()) for m in find_emails(_EMAIL_RE, text)]
    if not may_hold_number(text, min(_CARD_DIGITS, _PHONE_DIGITS)):  # one test for both number patterns
        return hits
    cards = (m.group() for m in find_numbers(_CARD_RE, text, _CARD_DIGITS))
    hits.extend(("card number", card) for card in cards if luhn_valid(re.sub(r"\D", "", card)))
    hits.extend(("phone number", m.group()) for m in find_numbers(_PHONE_RE, text, _PHONE_DIGITS))
    return hits


#: Left out of the screen: retrieved documents (public) and timestamps (never strings in the walk).
_SCREEN_EXCLUDE = {"timestamp": True, "spans": {"__all__": {"documents", "start_time", "end_time"}}}


def _places(trace: Trace) -> list[tuple[str | None, str, Any, frozenset[str]]]:
    """Where PII is looked for: the trace's own fields, then each span (its documents are public)."""
    places: list[tuple[str | None, str, Any, frozenset[str]]] = [(None, "trace", trace, frozenset({"spans"}))]
    places.extend((span.span_id, span.name, span, frozenset({"documents"})) for span in trace.spans)
    return places


def detect_pii(trace: Trace, contract: Contract) -> list[Finding]:
    """PII_LEAK for emails, phone numbers and Luhn-valid card numbers in the trace's inputs and outputs.

    Text that also appears in a retrieved document (a published help article's support address) is
    public and not counted. Values are masked in the finding so the report does not repeat the leak.
    """
    # one scan of the trace as JSON decides; most requests hold no PII and stop here
    screen = screen_text(trace, _SCREEN_EXCLUDE)
    candidates = _pii_in(screen) if screen is not None else None
    if candidates == []:
        return []
    public = " ".join(d.content or "" for d in trace.documents or [])
    if candidates is not None and all(value in public for _, value in candidates):
        return []
    hits: dict[str, list[tuple[str | None, str, str]]] = {}
    for span_id, where, payload, skip in _places(trace):  # something leaked: say where, string by string
        for text in strings_in(payload, skip):
            for kind, value in _pii_in(text):
                if value in public:
                    continue
                hits.setdefault(kind, []).append((span_id, where, mask(kind, value)))
    findings = []
    for kind, found in hits.items():
        unique = list(dict.fromkeys(m for _, _, m in found))
        spots = list(dict.fromkeys(w for _, w, _ in found))
        seen, note = _semantic(trace, contract, f"that a customer's {kind} was recorded")
        findings.append(Finding(code=PII_LEAK, signal=kind, observed=len(unique), threshold=0,
                                span_id=found[0][0], http_visible=seen, http_note=note,
                                explanation=f"{len(unique)} {kind}(s) ({', '.join(unique[:3])}) recorded in "
                                            f"{', '.join(spots[:3])}; traces must not keep customer PII"))
    return findings


DEFAULT_DETECTORS: tuple[Detector, ...] = (
    detect_retrieval,
    detect_prompt_version,
    detect_tool_failures,
    detect_hallucination,
    detect_latency,
    detect_cost,
    detect_pii,
)


def _rank(finding: Finding) -> int:
    return CODES.index(finding.code) if finding.code in CODES else len(CODES)


def diagnose(trace: Trace, contract: Contract | None = None, detectors: Sequence[Detector] | None = None) -> Diagnosis:
    """Run every detector on one trace; fired findings come back upstream first."""
    contract = contract or load_contract()
    fired: list[Finding] = []
    unknown: list[Finding] = []
    for detector in DEFAULT_DETECTORS if detectors is None else detectors:
        for finding in detector(trace, contract):
            (fired if finding.status == "fired" else unknown).append(finding)
    fired.sort(key=_rank)
    return Diagnosis(trace_id=trace.trace_id, findings=fired, not_evaluable=unknown)


def thresholds_table(contract: Contract | None = None) -> pd.DataFrame:
    """What each default detector compares, against which contract value: the diagnosis rules at a glance."""
    c = contract or load_contract()
    prompts = ", ".join(f"{name} = {version}" for name, version in c.prompts.expected.items())
    rows = [
        (EMPTY_RETRIEVAL, "documents retrieved", f"< {c.retrieval.min_documents}", "retrieval.min_documents"),
        (RETRIEVAL_MISMATCH, "best relevance score", f"< {c.retrieval.relevance_floor}", "retrieval.relevance_floor"),
        (WRONG_PROMPT_VERSION, "prompt version on the LLM span", f"!= {prompts}", "prompts.expected (+ aliases)"),
        (TOOL_TIMEOUT, "tool span duration", f">= tool.timeout_ms, else {c.tools.default_timeout_ms:g} ms",
         "tools.default_timeout_ms"),
        (TOOL_ERROR, "tool span status", "error (not a timeout)", "-"),
        (HALLUCINATION, "groundedness of the answer in its context", f"< {c.quality.groundedness_floor}",
         "quality.groundedness_floor"),
        (LATENCY_SLA_BREACH, "request duration", f"> {c.latency.request_sla_ms:g} ms", "latency.request_sla_ms"),
        (COST_SPIKE, "tokens / cost per request",
         f">= {c.budget.tokens_per_request * c.budget.spike_factor:g} tokens or "
         f"${c.budget.cost_per_request_usd * c.budget.spike_factor:g}", "budget x budget.spike_factor"),
        (PII_LEAK, "emails, phone numbers, Luhn-valid cards", "any outside retrieved documents", "-"),
    ]
    return pd.DataFrame(rows, columns=["code", "signal", "fires when", "contract field"])


def findings_json(diagnosis: Diagnosis) -> str:
    """The diagnosis as indented JSON, for saving beside a trace."""
    return json.dumps(diagnosis.model_dump(mode="json"), indent=2, sort_keys=True)

"""The per-request signals a breaker reads, extracted from a trace in one cheap pass.

Breakers decide on numbers, not on traces: ``documents``, ``max_relevance``, ``quality_score``,
``latency_ms``, ``tokens``, ``cost_usd``, ``retry_calls``, ``pii_matches``; spend, retry loops and
personal data are read by the same functions as the COST_SPIKE and PII_LEAK detectors. Extraction
is separate from the decision so that a caller running several breakers on one request (the
simulation, the middleware) extracts once,
and so that the expensive signal, the quality score, can be supplied precomputed (for example from
``metrics.trace_facts``) instead of being recomputed in the hot path.

A signal that the trace cannot provide is ``None`` ("not evaluable"); a breaker never trips on a
missing signal, because an instrumentation gap is not an incident.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..contract import Contract, load_contract
from ..cost import retry_loop_calls, spend
from ..errors import BreakerError as BreakerError  # defined in errors.py; re-exported for the breakers package
from ..pii import find_pii as find_pii  # the one personal-data rule set, re-exported for the breakers package
from ..traces import Trace

if TYPE_CHECKING:
    from ..quality import QualityReport

#: Computes a quality score in [0, 1] for a trace, or None when the answer cannot be judged.
QualityScorer = Callable[[Trace], "float | None"]

TRACE_SIGNALS: tuple[str, ...] = (
    "documents", "max_relevance", "quality_score", "latency_ms", "tokens", "cost_usd", "retry_calls", "pii_matches",
    "answer_pii_matches",
)

# ---- personal data -------------------------------------------------------------------------------


def redact_pii(text: str) -> str:
    """``text`` with its personal data replaced by stable placeholders (:func:`llmops_kit.redact.redact_text`)."""
    from ..redact import redact_text  # local: keeps the breakers' import light

    return redact_text(text)


# ---- extraction ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TraceSignals:
    """The signals of one request, keyed by the names in :data:`TRACE_SIGNALS`."""

    trace_id: str
    values: Mapping[str, float | None] = field(default_factory=dict)

    def get(self, name: str) -> float | None:
        return self.values.get(name)


def _retrieval(trace: Trace, contract: Contract) -> dict[str, float | None]:
    """Documents retrieved (None without a retriever span) and the best relevance score among them."""
    docs: int | None = None
    best: float | None = None
    for span in trace.spans:
        if span.kind != "retriever":
            continue
        found = span.documents or ()
        docs = (docs or 0) + len(found)
        for doc in found:
            score = doc.score
            if score is not None and (best is None or score > best):
                best = score
    return {"documents": None if docs is None else float(docs), "max_relevance": best}


def _latency(trace: Trace, contract: Contract) -> dict[str, float | None]:
    """Request latency, as ``Trace.duration_ms`` defines it (root span, else the recorded field)."""
    return {"latency_ms": trace.duration_ms}


def _llm_usage(trace: Trace, contract: Contract) -> dict[str, float | None]:
    """Tokens and cost summed over LLM spans only, as the COST_SPIKE detector sums them (``cost.spend``)."""
    tokens, cost, _ = spend(trace, contract)
    return {"tokens": None if tokens is None else float(tokens), "cost_usd": cost}


def _retry(trace: Trace, contract: Contract) -> dict[str, float | None]:
    """LLM calls in the request's retry loop (0: none), as the COST_SPIKE detector counts them."""
    return {"retry_calls": float(retry_loop_calls(trace, contract))}


def _tools(trace: Trace, contract: Contract) -> dict[str, float | None]:
    """Failed tool calls (timeouts included), counted as the window's tool success rate counts them."""
    return {"tool_failures": float(sum(span.failed for span in trace.tool_spans))}


def _pii(trace: Trace, contract: Contract) -> dict[str, float | None]:
    """Distinct items of personal data the request recorded, by the PII_LEAK detector's rules
    (:func:`llmops_kit.redact.trace_pii`: every recorded string but the public articles), and of those the
    ones the user would read, written out in the answer. Data only in a tool result or a prompt is a leak
    into the stored trace, which redaction handles; the answer stays fine. One walk gives both."""
    from ..redact import trace_pii  # local: keeps the breakers' import light

    items = trace_pii(trace, contract)
    answer = trace.answer or ""
    return {"pii_matches": float(len({(i.match.kind, i.match.canonical) for i in items})),
            "answer_pii_matches": float(len({(i.match.kind, i.match.canonical) for i in items
                                             if i.match.value in answer}))}


#: The numeric signals, by the one pass over the trace that yields them. A breaker reads only its
#: own signals, so a decision pays for the passes it needs (the hot path: no sorting, no model building).
_PASSES: dict[str, Callable[[Trace, Contract], dict[str, float | None]]] = {
    "documents": _retrieval, "max_relevance": _retrieval, "latency_ms": _latency,
    "tokens": _llm_usage, "cost_usd": _llm_usage, "retry_calls": _retry, "tool_failures": _tools,
    "pii_matches": _pii, "answer_pii_matches": _pii,
}


#: Rule violations that come from word overlap between the question and the articles (quality.py's
#: ``context_covers_query``): a naturally worded question fails them at groundedness 1.0, so the
#: breaker does not act on them.
WORD_OVERLAP_RULES: tuple[str, ...] = ("does not cover the question", "covers the question")


def breaker_quality(report: QualityReport, contract: Contract | None = None) -> float | None:
    """The quality the breaker acts on: groundedness, lowered by each stated rule the answer broke
    (banned phrases, citations), as the score lowers it; the word-overlap rules are left out."""
    if report.groundedness is None:
        return None
    kept = [v for v in report.violations if not any(rule in v for rule in WORD_OVERLAP_RULES)]
    if len(kept) == len(report.violations) and report.score is not None:
        return report.score
    penalty = _violation_penalty(contract or load_contract())
    return round(report.groundedness * (1 - penalty) ** len(kept), 4)


def _violation_penalty(contract: Contract) -> float:
    from ..quality import HeuristicScorer

    return HeuristicScorer(contract).violation_penalty


def default_quality_scorer(trace: Trace, contract: Contract | None = None) -> float | None:
    """The team's quality score (``llmops_kit.quality.score_trace``) as :func:`breaker_quality` reads it:
    groundedness and the stated rules. Imported lazily, it is the slow signal."""
    from ..quality import score_trace  # local import: only quality breakers pay for it

    return breaker_quality(score_trace(trace, contract), contract)


def _injection(trace: Trace, contract: Contract) -> float | None:
    from ..injection import detect_prompt_injection  # local import: opt-in class

    return float(len(detect_prompt_injection(trace)))


_EXTRACTORS: dict[str, Callable[[Trace, Contract], float | None]] = {
    "injection_findings": _injection,
}


def extract_signals(
    trace: Trace,
    names: Iterable[str] = TRACE_SIGNALS,
    *,
    quality_score: float | None = None,
    scorer: QualityScorer | None = None,
    contract: Contract | None = None,
) -> TraceSignals:
    """Extract the named signals from ``trace``.

    ``quality_score`` short-cuts the scorer; otherwise ``scorer`` (default: the team's quality score)
    runs only when ``quality_score`` is among ``names``. ``contract`` (default: the packaged one) sets
    how spend, retry loops and personal data are read.
    """
    rules = contract or load_contract()
    values: dict[str, Any] = {}
    for name in names:
        one_pass = _PASSES.get(name)
        if one_pass is not None:
            if name not in values:
                values.update(one_pass(trace, rules))  # also fills the other signals of the same pass
            continue
        if name == "quality_score":
            if quality_score is not None:
                values[name] = float(quality_score)
            else:
                values[name] = scorer(trace) if scorer is not None else default_quality_scorer(trace, rules)
            continue
        extractor = _EXTRACTORS.get(name)
        if extractor is None:
            known = ", ".join(sorted([*_PASSES, *_EXTRACTORS, "quality_score"]))
            raise BreakerError(f"Unknown trace signal {name!r}; use one of: {known}.")
        values[name] = extractor(trace, rules)
    return TraceSignals(trace.trace_id, values)


#: ``metrics.trace_facts`` column -> breaker signal, for reusing facts.
FACT_COLUMNS: dict[str, str] = {
    "n_documents": "documents", "top_relevance": "max_relevance",
    "latency_ms": "latency_ms", "tokens": "tokens", "cost_usd": "cost_usd",
}


def signals_from_facts(facts: Any) -> list[TraceSignals]:
    """Signals from a ``metrics.trace_facts`` frame, for the breakers whose signals the facts hold.

    Facts carry no personal-data count and no retry-loop count, and their quality score counts the
    word-overlap rule the quality breaker leaves out, so ``pii_matches``, ``retry_calls`` and
    ``quality_score`` stay missing (those rules do not trip); extract them from the trace, or pass
    ``extract_signals(trace, quality_score=breaker_quality(report))`` with a report already computed.
    """
    signals = []
    for row in facts.to_dict("records"):
        values = {}
        for column, name in FACT_COLUMNS.items():
            value = row.get(column)
            values[name] = None if value is None or value != value else float(value)  # NaN -> missing
        signals.append(TraceSignals(str(row["trace_id"]), values))
    return signals


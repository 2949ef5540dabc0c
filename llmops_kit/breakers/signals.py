"""The per-request signals a breaker reads, extracted from a trace in one cheap pass.

Breakers decide on numbers, not on traces: ``documents``, ``max_relevance``, ``quality_score``,
``latency_ms``, ``tokens``, ``cost_usd``, ``pii_matches``. Extraction is separate from the decision so
that a caller running several breakers on one request (the simulation, the middleware) extracts once,
and so that the expensive signal, the quality score, can be supplied precomputed (for example from
``metrics.trace_facts``) instead of being recomputed in the hot path.

A signal that the trace cannot provide is ``None`` ("not evaluable"); a breaker never trips on a
missing signal, because an instrumentation gap is not an incident.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import BreakerError as BreakerError  # defined in errors.py; re-exported for the breakers package
from ..pii import find_emails, find_numbers, luhn_valid, strings_in
from ..traces import Trace

#: Computes a quality score in [0, 1] for a trace, or None when the answer cannot be judged.
QualityScorer = Callable[[Trace], "float | None"]

TRACE_SIGNALS: tuple[str, ...] = (
    "documents", "max_relevance", "quality_score", "latency_ms", "tokens", "cost_usd", "pii_matches",
)
#: Opt-in signals (the bonus incident class); not extracted unless a breaker asks for them.
EXTRA_SIGNALS: tuple[str, ...] = ("injection_findings",)

# ---- personal data -------------------------------------------------------------------------------
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_PHONE = re.compile(
    r"(?<![\w-])(?<!\d[\s.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}"
    r"(?![\w-])(?![\s.]\d)"  # not part of a longer run of digit groups (tracking or card-like numbers)
)
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
#: Fewest digits a phone match (2 + 3 + 3) and a card match hold; the scanners skip shorter clusters.
_PHONE_DIGITS = 8
_CARD_DIGITS = 13


def find_pii(text: str | None, public: str = "") -> list[str]:
    """Personal data in ``text``: e-mail addresses, phone numbers and card numbers, minus anything in ``public``.

    Card numbers must pass the Luhn check, so order numbers and dates are not mistaken for cards.
    ``public`` is text the shop published (the retrieved help articles): a support address quoted
    from an article is not a customer's data. The Luhn check and the e-mail rule match
    ``diagnose.detect_pii``; the phone rule here is broader (international formats such as
    +44 20 7946 0958), so this breaker can trip on a number the PII_LEAK detector does not report.
    """
    if not text:
        return []
    found = [m.group(0) for m in find_emails(_EMAIL, text)]
    for match in list(find_numbers(_CARD, text, _CARD_DIGITS)):
        digits = match.group(0).replace(" ", "").replace("-", "")
        if luhn_valid(digits):
            found.append(match.group(0))
            text = text.replace(match.group(0), " ")  # a card's digit groups are not also a phone number
    found += [m.group(0) for m in find_numbers(_PHONE, text, _PHONE_DIGITS)]
    return [item for item in found if item not in public] if public else found


def redact_pii(text: str) -> str:
    """``text`` with every item :func:`find_pii` reports replaced by ``[REDACTED]``."""
    for item in sorted(set(find_pii(text)), key=len, reverse=True):
        text = text.replace(item, "[REDACTED]")
    return text


# ---- extraction ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TraceSignals:
    """The signals of one request, keyed by the names in :data:`TRACE_SIGNALS`."""

    trace_id: str
    values: Mapping[str, float | None] = field(default_factory=dict)

    def get(self, name: str) -> float | None:
        return self.values.get(name)


def _retrieval(trace: Trace) -> dict[str, float | None]:
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


def _latency(trace: Trace) -> dict[str, float | None]:
    """Request latency, as ``Trace.duration_ms`` defines it (root span, else the recorded field)."""
    return {"latency_ms": trace.duration_ms}


def _llm_usage(trace: Trace) -> dict[str, float | None]:
    """Tokens and cost summed over LLM spans only (chains may carry aggregates; never double count)."""
    tokens: int | None = None
    cost: float | None = None
    for span in trace.spans:
        if span.kind != "llm":
            continue
        usage = span.usage
        if usage is not None:
            tokens = (tokens or 0) + usage.input_tokens + usage.output_tokens
        if span.cost_usd is not None:
            cost = (cost or 0.0) + span.cost_usd
    return {"tokens": None if tokens is None else float(tokens), "cost_usd": None if cost is None else round(cost, 8)}


#: The cheap numeric signals, by the one pass over the spans that yields them. A breaker reads only its
#: own signals, so a decision pays for the passes it needs (the hot path: no sorting, no model building).
_PASSES: dict[str, Callable[[Trace], dict[str, float | None]]] = {
    "documents": _retrieval, "max_relevance": _retrieval, "latency_ms": _latency,
    "tokens": _llm_usage, "cost_usd": _llm_usage,
}


def _pii(trace: Trace) -> float | None:
    """Personal data items recorded in the request, the answer, and what tools returned or were sent.

    The LLM span's input is skipped: it is the rendered prompt, built from the query (scanned), the
    tool results (scanned) and the articles (public), and scanning it would triple the text to search.
    """
    payloads: list[Any] = [trace.input, trace.output]
    for span in trace.spans:
        if span.kind == "tool":
            payloads += [span.input, span.output]
        elif span.kind in ("llm", "chain"):
            payloads.append(span.output)
    # one scan over the distinct strings, joined by a character no pattern matches across
    text = "\x00".join(dict.fromkeys(strings_in(payloads)))  # one walk: the list holds them in order
    found = set(find_pii(text))
    if found:  # only then is it worth gathering the published articles to leave out
        public = " ".join(d.content or "" for d in trace.documents or [])
        found = {item for item in found if item not in public}
    return float(len(found))


def default_quality_scorer(trace: Trace) -> float | None:
    """The team's quality score (``llmops_kit.quality.score_trace``); imported lazily, it is the slow signal."""
    from ..quality import score_trace  # local import: only quality breakers pay for it

    return score_trace(trace).score


def _injection(trace: Trace) -> float | None:
    from ..injection import detect_prompt_injection  # local import: opt-in class

    return float(len(detect_prompt_injection(trace)))


_EXTRACTORS: dict[str, Callable[[Trace], float | None]] = {
    "pii_matches": _pii,
    "injection_findings": _injection,
}


def extract_signals(
    trace: Trace,
    names: Iterable[str] = TRACE_SIGNALS,
    *,
    quality_score: float | None = None,
    scorer: QualityScorer | None = None,
) -> TraceSignals:
    """Extract the named signals from ``trace``.

    ``quality_score`` short-cuts the scorer; otherwise ``scorer`` (default: the team's quality score)
    runs only when ``quality_score`` is among ``names``.
    """
    values: dict[str, Any] = {}
    for name in names:
        one_pass = _PASSES.get(name)
        if one_pass is not None:
            if name not in values:
                values.update(one_pass(trace))  # also fills the other signals of the same pass
            continue
        if name == "quality_score":
            if quality_score is not None:
                values[name] = float(quality_score)
            else:
                values[name] = (scorer or default_quality_scorer)(trace)
            continue
        extractor = _EXTRACTORS.get(name)
        if extractor is None:
            known = ", ".join(sorted([*_PASSES, *_EXTRACTORS, "quality_score"]))
            raise BreakerError(f"Unknown trace signal {name!r}; use one of: {known}.")
        values[name] = extractor(trace)
    return TraceSignals(trace.trace_id, values)


#: ``metrics.trace_facts`` column -> breaker signal, for reusing facts (and their quality scores).
FACT_COLUMNS: dict[str, str] = {
    "n_documents": "documents", "top_relevance": "max_relevance", "quality_score": "quality_score",
    "latency_ms": "latency_ms", "tokens": "tokens", "cost_usd": "cost_usd",
}


def signals_from_facts(facts: Any) -> list[TraceSignals]:
    """Signals from a ``metrics.trace_facts`` frame, so the quality score is computed once for both.

    Facts carry no personal-data count, so ``pii_matches`` stays missing (DATA_INCIDENT does not trip);
    extract it from the trace when that breaker matters.
    """
    signals = []
    for row in facts.to_dict("records"):
        values = {}
        for column, name in FACT_COLUMNS.items():
            value = row.get(column)
            values[name] = None if value is None or value != value else float(value)  # NaN -> missing
        signals.append(TraceSignals(str(row["trace_id"]), values))
    return signals


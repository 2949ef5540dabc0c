"""Pydantic models for a recorded RAG request: a trace and its tree of spans.

A trace is what one production request left behind. The request-level facts an on-call engineer
asks first (query, retrieved documents, prompt version, model, latency, error, answer, usage) are
*derived from the spans*, so a trace imported from another system, which only has spans, answers
the same questions as a native one. Unknown fields are kept (``extra="allow"``) so that
load -> save -> load is lossless.

A trace never carries its own verdict: diagnosis reads signals, never a label.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, NonNegativeFloat, NonNegativeInt, model_validator

SpanKind = Literal[
    "chain", "retriever", "llm", "tool", "guardrail", "embedding", "agent", "evaluator", "event", "other"
]
SpanStatus = Literal["ok", "error", "unset"]



class Model(BaseModel):
    """Base: keep unknown fields, validate on assignment, refuse NaN and infinity in number fields."""

    # protected_namespaces=(): fields such as model_parameters are ours, not pydantic's (older 2.x warns)
    model_config = ConfigDict(
        extra="allow", validate_assignment=True, populate_by_name=True, protected_namespaces=(),
        allow_inf_nan=False,
    )


class Document(Model):
    """One retrieved document with the retriever's relevance score in [0, 1]."""

    id: str
    content: str | None = None
    title: str | None = None
    score: float | None = Field(default=None, ge=0.0, le=1.0)
    metadata: dict[str, Any] = Field(default_factory=dict)


class PromptRef(Model):
    """Which prompt template rendered the LLM request, and the variables it was filled with.

    ``variables`` holds the template inputs that are not derivable from other spans (for example the
    store name or customer tier), so a replay can rebuild the request with another version.
    """

    name: str
    version: str
    variables: dict[str, Any] = Field(default_factory=dict)


class Usage(Model):
    """Token usage of one LLM call."""

    input_tokens: NonNegativeInt = 0
    output_tokens: NonNegativeInt = 0
    total_tokens: NonNegativeInt | None = None

    @model_validator(mode="after")
    def _fill_total(self) -> Usage:
        if self.total_tokens is None:
            object.__setattr__(self, "total_tokens", self.input_tokens + self.output_tokens)
        return self


class ErrorInfo(Model):
    """An error recorded on a span: exception type and message."""

    type: str
    message: str = ""


class Score(Model):
    """A score logged against the trace (user feedback, an online evaluator, ...)."""

    name: str
    value: float | str | bool | None = None
    source: str | None = None
    comment: str | None = None
    span_id: str | None = None


class Message(Model):
    """One chat message sent to or returned by a model."""

    role: str
    content: str | None = None


class Span(Model):
    """One timed step of the request: chain, retriever, llm, tool, ...

    Kind-specific fields are optional so one class serves every kind and every importer.
    """

    span_id: str
    parent_id: str | None = None
    name: str
    kind: SpanKind = "other"
    start_time: datetime
    end_time: datetime
    status: SpanStatus = "ok"
    error: ErrorInfo | None = None
    input: Any = None
    output: Any = None
    attributes: dict[str, Any] = Field(default_factory=dict)
    # retriever
    documents: list[Document] | None = None
    # llm
    model: str | None = None
    model_parameters: dict[str, Any] = Field(default_factory=dict)
    prompt: PromptRef | None = None
    messages: list[Message] | None = None
    usage: Usage | None = None
    cost_usd: NonNegativeFloat | None = None

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Span:
        # a time without a zone means UTC (as in every importer), so naive and aware times always compare;
        # done here, in the validator every span runs anyway, rather than in a per-field callback
        if self.start_time.tzinfo is None:
            object.__setattr__(self, "start_time", self.start_time.replace(tzinfo=timezone.utc))
        if self.end_time.tzinfo is None:
            object.__setattr__(self, "end_time", self.end_time.replace(tzinfo=timezone.utc))
        if self.end_time < self.start_time:
            raise ValueError(
                f"span {self.span_id!r} ends before it starts "
                f"(start {self.start_time.isoformat()}, end {self.end_time.isoformat()}): "
                "fix the timestamps, latency cannot be negative"
            )
        return self

    @property
    def duration_ms(self) -> float:
        """Duration computed from start and end, never from a recorded latency field."""
        return (self.end_time - self.start_time).total_seconds() * 1000.0

    @property
    def failed(self) -> bool:
        return self.status == "error" or self.error is not None


class Trace(Model):
    """One recorded request: identity, timing, the span tree and logged scores.

    ``input``/``output`` are the request's own payload when the tracer recorded them; every
    derived property falls back to the spans when they are absent.
    """

    schema_version: str = "1.0"
    trace_id: str = Field(min_length=1)
    name: str | None = None
    timestamp: datetime | None = None
    session_id: str | None = None
    user_id: str | None = None
    environment: str | None = None
    release: str | None = None
    tags: list[str] = Field(default_factory=list)
    metadata: dict[str, Any] = Field(default_factory=dict)
    input: Any = None
    output: Any = None
    latency_ms: NonNegativeFloat | None = None
    spans: list[Span] = Field(default_factory=list)
    scores: list[Score] = Field(default_factory=list)

    @model_validator(mode="after")
    def _span_ids_unique(self) -> Trace:
        if self.timestamp is not None and self.timestamp.tzinfo is None:  # naive means UTC, as for spans
            object.__setattr__(self, "timestamp", self.timestamp.replace(tzinfo=timezone.utc))
        seen: set[str] = set()
        for span in self.spans:
            if span.span_id in seen:
                raise ValueError(f"span id {span.span_id!r} appears twice in trace {self.trace_id!r}")
            seen.add(span.span_id)
        return self

    # ---- span access -------------------------------------------------------------------------
    def spans_of(self, kind: str) -> list[Span]:
        """Spans of one kind, in start order."""
        found = [s for s in self.spans if s.kind == kind]
        if len(found) > 1:
            found.sort(key=_start_time)  # stable: spans starting together keep their recorded order
        return found

    @property
    def root_span(self) -> Span | None:
        """The span without a parent (the earliest one if several).

        Runs on every diagnosis and breaker decision, so the common case (parents recorded as None)
        needs no set of ids; a parent that points outside the trace also makes a root.
        """
        root: Span | None = None
        ids: set[str] | None = None
        for span in self.spans:
            parent = span.parent_id
            if parent is not None:
                if ids is None:
                    ids = {s.span_id for s in self.spans}
                if parent in ids:
                    continue
            if root is None or span.start_time < root.start_time:
                root = span
        return root

    def children(self, span_id: str) -> list[Span]:
        return sorted((s for s in self.spans if s.parent_id == span_id), key=lambda s: s.start_time)

    @property
    def llm_span(self) -> Span | None:
        """The last LLM call: the one whose output the user saw."""
        llms = self.spans_of("llm")
        return llms[-1] if llms else None

    # ---- request-level facts -----------------------------------------------------------------
    @property
    def query(self) -> str | None:
        """The user's question: trace input, else root span input, else the retriever's query."""
        root = self.root_span
        for candidate in (self.input, root.input if root is not None else None):
            text = _pick_text(candidate, ("query", "question", "input", "user_query", "message"))
            if text:
                return text
        for span in self.spans_of("retriever"):
            text = _pick_text(span.input, ("query", "question", "input"))
            if text:
                return text
        return None

    @property
    def answer(self) -> str | None:
        """The answer the user received: trace output, root output, else the last LLM output."""
        root = self.root_span
        candidates = [self.output, root.output if root is not None else None]
        llm = self.llm_span
        if llm is not None:
            candidates.append(llm.output)
        for candidate in candidates:
            text = _pick_text(candidate, ("answer", "output", "content", "text", "response"))
            if text:
                return text
        return None

    @property
    def documents(self) -> list[Document] | None:
        """Documents from every retriever span; None when no retriever span recorded its documents."""
        retrievers = self.spans_of("retriever")
        if not retrievers or all(span.documents is None for span in retrievers):
            return None  # no retrieval recorded (content capture off): unknown, not empty
        docs: list[Document] = []
        for span in retrievers:
            docs.extend(span.documents or [])
        return docs

    @property
    def relevance_scores(self) -> list[float]:
        return [d.score for d in self.documents or [] if d.score is not None]

    @property
    def prompt(self) -> PromptRef | None:
        span = self.llm_span
        return span.prompt if span is not None else None

    @property
    def prompt_version(self) -> str | None:
        return self.prompt.version if self.prompt is not None else None

    @property
    def model(self) -> str | None:
        span = self.llm_span
        return span.model if span is not None else None

    @property
    def temperature(self) -> float | None:
        span = self.llm_span
        if span is None:
            return None
        value = span.model_parameters.get("temperature")
        return float(value) if isinstance(value, (int, float)) else None

    @property
    def duration_ms(self) -> float | None:
        """Request latency: the root span's duration, else the whole span extent, else the recorded field."""
        root = self.root_span
        if root is not None:
            return root.duration_ms
        return self.latency_ms

    @property
    def usage(self) -> Usage | None:
        """Token usage summed over LLM spans only (chains may carry aggregates; never double count)."""
        llms = [s for s in self.spans_of("llm") if s.usage is not None]
        if not llms:
            return None
        return Usage(
            input_tokens=sum(s.usage.input_tokens for s in llms if s.usage),
            output_tokens=sum(s.usage.output_tokens for s in llms if s.usage),
        )

    @property
    def cost_usd(self) -> float | None:
        costs = [s.cost_usd for s in self.spans_of("llm") if s.cost_usd is not None]
        return round(sum(costs), 8) if costs else None

    @property
    def tool_spans(self) -> list[Span]:
        return self.spans_of("tool")

    @property
    def failed_spans(self) -> list[Span]:
        return [s for s in sorted(self.spans, key=lambda s: s.start_time) if s.failed]

    @property
    def has_error(self) -> bool:
        return bool(self.failed_spans)

    def score(self, name: str) -> float | str | bool | None:
        """The value of the first logged score with this name, or None."""
        for s in self.scores:
            if s.name == name:
                return s.value
        return None


def _start_time(span: Span) -> datetime:
    return span.start_time


def _pick_text(value: Any, keys: tuple[str, ...]) -> str | None:
    """A string payload, or the first string under one of ``keys`` in a dict payload."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        for key in keys:
            inner = value.get(key)
            if isinstance(inner, str) and inner:
                return inner
    return None

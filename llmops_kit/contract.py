"""The observability contract: every threshold, budget, price and severity the toolkit uses.

Nothing in the package hard-codes a threshold; it reads it from a :class:`Contract`. Passing another
contract file changes behaviour without code changes. The default is the packaged copy of
``runbooks/observability_contract.json`` (a test keeps the two identical).
"""

from __future__ import annotations

import json
import os
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeFloat,
    ValidationError,
    field_validator,
    model_validator,
)

from .errors import ContractError

Grade = Literal["green", "warning", "critical"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, protected_namespaces=())


class MetricThreshold(_Strict):
    """A metric's definition and its warning / critical bounds."""

    description: str
    unit: str
    direction: Literal["higher_is_worse", "lower_is_worse"]
    warning: float
    critical: float

    @model_validator(mode="after")
    def _ordered(self) -> MetricThreshold:
        worse = self.critical >= self.warning if self.direction == "higher_is_worse" else self.critical <= self.warning
        if not worse:
            raise ValueError(
                f"critical ({self.critical}) must be worse than warning ({self.warning}) for {self.direction}"
            )
        return self

    def worse(self, value: float, than: float) -> bool:
        """``value`` is strictly worse than ``than`` in this metric's direction."""
        return value > than if self.direction == "higher_is_worse" else value < than

    def grade(self, value: float) -> Grade:
        """Green, warning or critical; a value exactly on a bound takes the worse grade."""
        if self.direction == "higher_is_worse":
            if value >= self.critical:
                return "critical"
            return "warning" if value >= self.warning else "green"
        if value <= self.critical:
            return "critical"
        return "warning" if value <= self.warning else "green"


class Naming(_Strict):
    trace_name: str
    span_kinds: list[str]
    span_names: dict[str, str]
    required_attributes: dict[str, list[str]]
    score_names: list[str]


class RetrievalRules(_Strict):
    relevance_floor: float = Field(ge=0, le=1)
    min_documents: int = Field(ge=0)
    expected_top_k: int = Field(ge=1)
    #: Best scores in [relevance_floor, this) do not prove relevance on their own: the detector reads the
    #: articles against the question (``retrieval_fit``). Equal to the floor turns the check off.
    semantic_check_below: float = Field(default=0.7, ge=0, le=1)
    #: The question is "not covered" when no article sentence reaches this WordLlama cosine similarity...
    question_similarity: float = Field(default=0.25, ge=-1, le=1)
    #: ...and the articles hold less than this share of the question's content words.
    question_coverage: float = Field(default=0.34, ge=0, le=1)
    #: An answer restating the articles meets the question in other words when a question word has a word this
    #: close (WordLlama cosine) among the claims and their article sentences ("picked up" / "collected"); the same
    #: bar as question_similarity, kept apart so the two can be moved alone.
    answer_word_similarity: float = Field(default=0.25, ge=-1, le=1)
    #: An answer restating only the article the retriever scored at least this far above every other article is
    #: a paraphrase of the one it matched, not a restatement of off-topic ones (``retrieval_fit.restates_standout``).
    standout_gap: float = Field(default=0.2, ge=0, le=1)


class QualityRules(_Strict):
    answer_floor: float = Field(ge=0, le=1)
    groundedness_floor: float = Field(ge=0, le=1)
    banned_phrases: list[str]
    citation_pattern: str
    refusal_phrases: list[str]
    #: share of a claim's content words one evidence source must hold to support it without embeddings
    lexical_support: float = Field(default=0.9, gt=0, le=1)
    #: cosine similarity (offline sentence embeddings) a claim needs with one evidence sentence otherwise
    semantic_support: float = Field(default=0.6, ge=-1, le=1)


class LatencyRules(_Strict):
    request_sla_ms: float = Field(gt=0)
    llm_share_warning: float = Field(gt=0, le=1)


class ToolRules(_Strict):
    default_timeout_ms: float = Field(gt=0)
    #: An HTTP status at or above this in a tool's payload or attributes is a failure, whatever the span status.
    error_http_status: int = Field(default=400, ge=100, le=599)


class Budget(_Strict):
    """Spend per request: the cap (``tokens_per_request``, ``cost_per_request_usd``), the normal request
    a spike is measured against, the spike factor, and what makes several LLM calls a retry loop.

    The normal figures default to the cap, so a contract written before they existed keeps working.
    """

    tokens_per_request: int = Field(gt=0)
    cost_per_request_usd: float = Field(gt=0)
    spike_factor: float = Field(gt=1)
    normal_tokens_per_request: float | None = Field(default=None, gt=0)
    normal_cost_per_request_usd: float | None = Field(default=None, gt=0)
    retry_loop_calls: int = Field(default=3, ge=2)
    retry_similarity: float = Field(default=0.9, gt=0, le=1)

    @property
    def normal_tokens(self) -> float:
        return self.normal_tokens_per_request or float(self.tokens_per_request)

    @property
    def normal_cost_usd(self) -> float:
        return self.normal_cost_per_request_usd or self.cost_per_request_usd


class PiiRules(_Strict):
    """How personal data is read: the regions national phone numbers are read in (first one primary)
    and contact details the service publishes, which are never a leak."""

    phone_regions: list[str] = Field(default_factory=lambda: ["US"], min_length=1)
    public_contacts: list[str] = Field(default_factory=list)

    @field_validator("phone_regions")
    @classmethod
    def _known_regions(cls, regions: list[str]) -> list[str]:
        import phonenumbers  # local: only contracts that list regions pay for the metadata import

        unknown = [r for r in regions if r not in phonenumbers.SUPPORTED_REGIONS]
        if unknown:
            raise ValueError(f"unknown phone region(s) {unknown}; use upper-case ISO 3166 codes such as US or GB")
        return regions


class PromptRules(_Strict):
    expected: dict[str, str]
    aliases: dict[str, dict[str, str]] = Field(default_factory=dict)

    def canonical(self, prompt_name: str, version: str | int) -> str:
        """The version string under the contract's naming scheme (e.g. Langfuse's ``7`` -> ``v2.0``)."""
        text = str(version)
        return self.aliases.get(prompt_name, {}).get(text, text)

    def expected_for(self, prompt_name: str) -> str | None:
        return self.expected.get(prompt_name)


class ModelPrice(_Strict):
    input_per_1m: NonNegativeFloat
    output_per_1m: NonNegativeFloat
    effective: date

    def cost(self, input_tokens: int, output_tokens: int) -> float:
        return (input_tokens * self.input_per_1m + output_tokens * self.output_per_1m) / 1_000_000


class Severity(_Strict):
    description: str
    response_minutes: int = Field(gt=0)
    update_minutes: int = Field(gt=0)
    postmortem_required: bool
    min_users_affected_share: float = Field(ge=0, le=1)


class Plausibility(_Strict):
    """Bounds past which a recorded value cannot be real: a trace beyond one is rejected when it is loaded.

    They catch broken exporters and clock bugs (a 10-year span, year 9999, 1e300 dollars, 10**400 tokens)
    before one such record turns a window's verdict into a page. The defaults are far outside any real
    request; a contract may tighten them.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    max_duration_ms: float = Field(default=86_400_000.0, gt=0)
    max_tokens_per_call: int = Field(default=10_000_000, gt=0)
    max_cost_usd_per_call: float = Field(default=1_000.0, gt=0)
    earliest: date = date(2000, 1, 1)
    latest: date = date(2100, 1, 1)

    @model_validator(mode="after")
    def _dates_ordered(self) -> Plausibility:
        if self.earliest >= self.latest:
            raise ValueError(f"earliest ({self.earliest}) must be before latest ({self.latest})")
        return self


class Contract(_Strict):
    """The whole contract, validated when loaded."""

    contract_version: str
    service: str
    description: str = ""
    naming: Naming
    metrics: dict[str, MetricThreshold]
    min_window_size: int = Field(ge=1)
    retrieval: RetrievalRules
    quality: QualityRules
    latency: LatencyRules
    tools: ToolRules
    budget: Budget
    pii: PiiRules = Field(default_factory=PiiRules)
    prompts: PromptRules
    model_prices: dict[str, ModelPrice]
    severities: dict[Literal["SEV-1", "SEV-2", "SEV-3"], Severity]
    plausibility: Plausibility = Field(default_factory=Plausibility)

    @model_validator(mode="after")
    def _complete(self) -> Contract:
        needed = {"latency_p50_ms", "latency_p95_ms", "failure_rate", "quality_proxy_rate", "tool_success_rate",
                  "tokens_per_request", "cost_per_request_usd"}
        missing = needed - set(self.metrics)
        if missing:
            raise ValueError(f"metrics is missing {sorted(missing)}")
        if set(self.severities) != {"SEV-1", "SEV-2", "SEV-3"}:
            raise ValueError("severities must define SEV-1, SEV-2 and SEV-3")
        return self

    def price(self, model: str) -> ModelPrice | None:
        """Price for a model id; a dated snapshot (``gpt-4o-2024-08-06``) falls back to its family."""
        if model in self.model_prices:
            return self.model_prices[model]
        family = max((m for m in self.model_prices if model.startswith(m + "-")), key=len, default=None)
        return self.model_prices[family] if family else None

    def grade(self, metric: str, value: float) -> Grade:
        return self.metrics[metric].grade(value)


def _packaged_contract_text() -> str:
    return resources.files("llmops_kit").joinpath("data/observability_contract.json").read_text("utf-8")


def parse_contract(text: str, source: str = "contract") -> Contract:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ContractError(f"{source}: invalid JSON at line {exc.lineno}: {exc.msg}.") from exc
    try:
        return Contract.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        path = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise ContractError(f"{source}: {path}: {first['msg']}. Fix the contract file.") from exc


@lru_cache(maxsize=8)
def _load_cached(path: str | None) -> Contract:
    if path is None:
        return parse_contract(_packaged_contract_text(), "packaged observability_contract.json")
    file = Path(path)
    if not file.is_file():
        raise ContractError(f"{path}: no such contract file; pass the path of an observability_contract.json.")
    return parse_contract(file.read_text("utf-8"), path)


def load_contract(path: str | os.PathLike[str] | None = None) -> Contract:
    """Load and validate a contract file; ``None`` gives the packaged default."""
    return _load_cached(None if path is None else str(path))

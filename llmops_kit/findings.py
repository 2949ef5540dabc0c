"""What a diagnosis reports: the finding codes, one :class:`Finding` per signal, one :class:`Diagnosis` per trace.

Split from :mod:`llmops_kit.diagnose` (the detectors) because everything downstream (metrics, triage,
breakers, replay verdicts, the exporters) reads these models without needing the detectors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from .contract import Contract, load_contract

__all__ = [
    "CODES", "COST_SPIKE", "EMPTY_RETRIEVAL", "HALLUCINATION", "LATENCY_SLA_BREACH", "PII_LEAK", "RETRIEVAL_MISMATCH",
    "TOOL_ERROR", "TOOL_TIMEOUT", "WRONG_PROMPT_VERSION", "Diagnosis", "Finding", "Observed", "thresholds_table",
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


#: Where a finding's explanation turns from what was measured to its details.
_HEADLINE_END = re.compile(r"[;:] ")


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

    @property
    def headline(self) -> str:
        """The explanation up to its first ``; `` or ``: ``: detectors state what they measured first and
        the details (quotes, causes, examples) after it, so this is the part a one-line summary needs."""
        return _HEADLINE_END.split(self.explanation, maxsplit=1)[0]


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

    def headline(self) -> str:
        """'Healthy', or the primary finding's code and headline plus the other codes that fired: the one-line
        diagnosis a summary table shows (the whole explanation is in :meth:`one_line`)."""
        return self._summary(lambda finding: finding.headline)

    def one_line(self) -> str:
        """'Healthy', or the primary finding's explanation plus the other codes that fired."""
        return self._summary(lambda finding: finding.explanation)

    def _summary(self, text: Callable[[Finding], str]) -> str:
        if self.primary is None:
            return "Healthy"
        others = [c for c in self.codes if c != self.primary.code]
        tail = f" (also {', '.join(others)})" if others else ""
        return f"{self.primary.code}: {text(self.primary)}{tail}"


def thresholds_table(contract: Contract | None = None) -> pd.DataFrame:
    """What each default detector compares, against which contract value: the diagnosis rules at a glance."""
    c = contract or load_contract()
    prompts = ", ".join(f"{name} = {version}" for name, version in c.prompts.expected.items())
    rows = [
        (EMPTY_RETRIEVAL, "documents retrieved", f"< {c.retrieval.min_documents}", "retrieval.min_documents"),
        (RETRIEVAL_MISMATCH, "best relevance score; below semantic_check_below, the question read against the articles",
         f"< {c.retrieval.relevance_floor}; or < {c.retrieval.semantic_check_below} with question similarity "
         f"< {c.retrieval.question_similarity} and coverage < {c.retrieval.question_coverage} and no claim",
         "retrieval.relevance_floor, semantic_check_below, question_similarity, question_coverage"),
        (WRONG_PROMPT_VERSION, "prompt version on the LLM span", f"!= {prompts}", "prompts.expected (+ aliases)"),
        (TOOL_TIMEOUT, "tool span duration", f">= tool.timeout_ms, else {c.tools.default_timeout_ms:g} ms",
         "tools.default_timeout_ms"),
        (TOOL_ERROR, "tool span status, else its payload",
         f"error (not a timeout); payload error or HTTP status >= {c.tools.error_http_status}",
         "tools.error_http_status"),
        (HALLUCINATION, "claims of the answer against everything the model saw (articles, tool results, the "
         "user's message, the system prompt)", f"groundedness < {c.quality.groundedness_floor}, or any claim "
         "contradicted, absent or invented, or a result stated for a lookup that failed",
         "quality.groundedness_floor"),
        (LATENCY_SLA_BREACH, "request duration", f"> {c.latency.request_sla_ms:g} ms", "latency.request_sla_ms"),
        (COST_SPIKE, "tokens / cost per request; LLM calls with near-identical input",
         f">= {c.budget.spike_factor:g}x the baseline ({c.budget.normal_tokens:g} tokens or "
         f"${c.budget.normal_cost_usd:g} unless a batch median is used), or >= {c.budget.retry_loop_calls} "
         "near-identical calls", "budget.normal_* x budget.spike_factor, budget.retry_loop_calls"),
        (PII_LEAK, "e-mails, phone numbers, cards (network prefix + Luhn), IBANs",
         "any outside what the operator wrote (retrieved documents, system prompts) and pii.public_contacts",
         "pii.phone_regions, pii.public_contacts"),
    ]
    return pd.DataFrame(rows, columns=["code", "signal", "fires when", "contract field"])

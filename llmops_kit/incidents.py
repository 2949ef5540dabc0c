"""The incident classification framework: five LLM-specific incident classes and three severities.

The classes are data (pydantic models), so the Task 3 table, the triage tree and the breakers all read
the same definitions. Every class names how it is detected in terms of the observability contract:
the window metrics that alert on it, the per-trace rules it trips and the detector codes from
:mod:`llmops_kit.diagnose`. A test checks every named metric and rule exists in the contract.

Severities are not defined here: their meaning, response and update times and the share of users
that lifts an incident to that level come from ``contract.severities``.

Alerts and scenarios are described as :class:`Signals`: structured facts (symptoms, metric values and
baselines, scope, share of users affected, data exposure, by-design), never prose for code to parse.
The brief's eight scenarios S1-S8 are encoded that way in :mod:`llmops_kit.course.scenarios`;
:mod:`llmops_kit.triage` classifies any of them.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from .contract import Contract, load_contract
from .errors import LlmopsError

IncidentClassName = Literal[
    "RETRIEVAL_OUTAGE", "QUALITY_DEGRADATION", "PERFORMANCE_DEGRADATION", "COST_SPIKE", "DATA_INCIDENT"
]
SeverityName = Literal["SEV-1", "SEV-2", "SEV-3"]

#: Most severe first; "higher severity wins" means the one earlier in this tuple.
SEVERITY_ORDER: tuple[SeverityName, ...] = ("SEV-1", "SEV-2", "SEV-3")


class Detection(BaseModel):
    """How the class shows up: contract metrics that alert, contract rules, diagnosis codes."""

    model_config = ConfigDict(frozen=True)

    metrics: list[str] = Field(default_factory=list, description="contract metric names that alert on it")
    rules: list[str] = Field(default_factory=list, description="dotted contract keys a single trace is held to")
    detectors: list[str] = Field(default_factory=list, description="llmops_kit.diagnose finding codes")
    alert: str = Field(description="the alert an on-call engineer sees, in words")


class IncidentClass(BaseModel):
    """One incident class: what it is, how it looks, why it happens, how it is caught."""

    model_config = ConfigDict(frozen=True)

    name: IncidentClassName
    description: str
    symptoms: list[str] = Field(min_length=3)
    root_causes: list[str] = Field(min_length=2)
    detection: Detection
    first_response: str = Field(description="the stop-the-bleeding move while the root cause is found")


INCIDENT_CLASSES: dict[IncidentClassName, IncidentClass] = {
    c.name: c
    for c in (
        IncidentClass(
            name="RETRIEVAL_OUTAGE",
            description=(
                "The retrieval layer stops supplying usable context: the vector store or search index is "
                "down, empty, stale or pointed at the wrong collection, so every answer is built on nothing."
            ),
            symptoms=[
                "retriever spans return zero documents, or fail with connection / timeout errors",
                "top relevance scores collapse below the contract's relevance floor across many queries",
                "answers turn into refusals ('I don't have that information') or generic filler",
                "the quality proxy may not move: a refusal claims nothing, so it scores as faithful; it falls "
                "only when the model answers anyway from irrelevant context",
            ],
            root_causes=[
                "vector database or search service outage, expired credentials or network policy change",
                "re-index job wiped or half-built the collection; alias switched to an empty index",
                "embedding model changed without re-embedding the corpus (query and index vectors disagree)",
            ],
            detection=Detection(
                metrics=["failure_rate"],
                rules=["retrieval.min_documents", "retrieval.relevance_floor"],
                detectors=["EMPTY_RETRIEVAL", "RETRIEVAL_MISMATCH"],
                alert="failure rate up when retrievers raise errors; the empty- and low-relevance shares jump "
                      "(they feed triage and the retrieval breaker; an alert bound on them is proposed, not yet "
                      "in the contract)",
            ),
            first_response="switch retrieval to the backup index or serve a cached / 'talk to an agent' fallback",
        ),
        IncidentClass(
            name="QUALITY_DEGRADATION",
            description=(
                "Requests succeed and look healthy to HTTP monitoring, but the answers got worse: ungrounded "
                "claims, off-brand tone, ignored instructions, irrelevant content."
            ),
            symptoms=[
                "quality proxy rate drops; groundedness falls and unsupported sentences appear",
                "answers state facts, numbers or policies that are not in the retrieved articles",
                "banned phrases or missing citations: the answer breaks the prompt's rules",
                "user thumbs-down feedback and 'the bot is making things up' tickets rise",
            ],
            root_causes=[
                "a new or fine-tuned model variant that follows the context less faithfully",
                "a prompt rollback or unpinned prompt version (e.g. v1.3 served instead of v2.0)",
                "temperature or other generation parameters changed in a config push",
                "retrieval returns plausible but wrong articles, and the model answers anyway",
            ],
            detection=Detection(
                metrics=["quality_proxy_rate"],
                rules=["quality.answer_floor", "quality.groundedness_floor", "quality.banned_phrases",
                       "prompts.expected"],
                detectors=["HALLUCINATION", "WRONG_PROMPT_VERSION", "RETRIEVAL_MISMATCH"],
                alert="quality proxy rate below its warning / critical bound",
            ),
            first_response="roll back the model or prompt version; route to the last known-good configuration",
        ),
        IncidentClass(
            name="PERFORMANCE_DEGRADATION",
            description=(
                "The bot still answers, but slowly or unreliably: latency climbs past the SLA, or a tool or "
                "dependency times out and requests fail."
            ),
            symptoms=[
                "p95 (and often p50) request latency rises towards or past the SLA",
                "tool spans end in timeouts or errors; the tool success rate drops",
                "the failure rate rises; users see apologies, partial answers or spinners",
                "one span (LLM, tool, retriever) dominates the request's duration",
            ],
            root_causes=[
                "a slower model, a provider-side slowdown or rate limiting with retries",
                "a downstream tool or database (order lookup, SQL) saturated or locked",
                "longer prompts or outputs (more tokens to generate) after a change",
                "a missing timeout or retry budget that lets a slow call block the request",
            ],
            detection=Detection(
                metrics=["latency_p95_ms", "latency_p50_ms", "tool_success_rate", "failure_rate"],
                rules=["latency.request_sla_ms", "tools.default_timeout_ms"],
                detectors=["LATENCY_SLA_BREACH", "TOOL_TIMEOUT", "TOOL_ERROR"],
                alert="p95 latency or tool success rate crosses its warning / critical bound",
            ),
            first_response="fail the slow tool fast, downgrade to a faster model, or shed load",
        ),
        IncidentClass(
            name="COST_SPIKE",
            description=(
                "Spend per request jumps without a matching change in traffic: more tokens, more calls or a "
                "pricier model per answer. Users may notice nothing while the budget burns."
            ),
            symptoms=[
                "tokens per request or cost per request several times the baseline",
                "several LLM (or tool) calls inside one request where one is expected",
                "a more expensive model id appears in LLM spans",
                "daily spend alerts from the provider dashboard",
            ],
            root_causes=[
                "a retry loop in tool-calling middleware re-sending the full context",
                "context stuffing: top_k or chunk size raised, conversation history not truncated",
                "traffic routed to a larger model by a config or fallback change",
            ],
            detection=Detection(
                metrics=["tokens_per_request", "cost_per_request_usd"],
                rules=["budget.tokens_per_request", "budget.cost_per_request_usd", "budget.spike_factor"],
                detectors=["COST_SPIKE"],
                alert="tokens or cost per request over budget, or at spike_factor x the baseline",
            ),
            first_response="cap tokens / calls per request, break the retry loop, pin the cheaper model",
        ),
        IncidentClass(
            name="DATA_INCIDENT",
            description=(
                "Customer data leaves the boundary it is allowed in: personal data in an answer to the wrong "
                "person, in logs or traces shipped to a third-party tool, or in a prompt sent where it should not go."
            ),
            symptoms=[
                "e-mail addresses, phone numbers or card fragments in answers or trace payloads",
                "one customer's order details shown to another customer",
                "unredacted personal data in a trace store or log sink outside the data boundary",
            ],
            root_causes=[
                "redaction missing or bypassed before traces are exported to an observability vendor",
                "tool results (customer records) passed to the model and echoed back verbatim",
                "session or cache keys shared between users",
            ],
            detection=Detection(
                metrics=[],
                rules=["naming.required_attributes"],
                detectors=["PII_LEAK"],
                alert="PII detector fires on an answer or a trace payload; a customer or auditor report",
            ),
            first_response="stop the export / feature, purge the copies, start the privacy response",
        ),
    )
}


# ---- signals: what is known about an alert ----------------------------------------------------


Symptom = Literal[
    "empty_retrieval",
    "retrieval_errors",
    "low_relevance",
    "hallucination",
    "off_brand_tone",
    "wrong_prompt_version",
    "quality_drop",
    "latency_regression",
    "tool_timeouts",
    "tool_errors",
    "request_errors",
    "token_growth",
    "cost_growth",
]
Component = Literal[
    "vector_store", "retriever", "llm", "model", "prompt", "tool", "middleware", "telemetry", "guardrail", "unknown"
]
Scope = Literal["all_customers", "segment", "single_customer"]
Impact = Literal["unusable", "degraded", "minor"]

#: How bad each symptom is for the user who meets it. "minor": the answer is still right and in SLA.
SYMPTOM_IMPACT: dict[str, Impact] = {
    "empty_retrieval": "unusable",
    "retrieval_errors": "unusable",
    "low_relevance": "degraded",
    "hallucination": "degraded",
    "quality_drop": "degraded",
    "tool_timeouts": "degraded",
    "tool_errors": "degraded",
    "request_errors": "degraded",
    "latency_regression": "degraded",  # lowered to "minor" when the request stays within SLA
    "off_brand_tone": "minor",
    "wrong_prompt_version": "minor",
    "token_growth": "minor",
    "cost_growth": "minor",
}
IMPACT_ORDER: tuple[Impact, ...] = ("unusable", "degraded", "minor")


class Signals(BaseModel):
    """What is known about an alert, as structured facts (never parsed from prose).

    ``metrics``/``baseline`` use the contract's metric names where one exists (those are graded);
    other keys (e.g. ``hallucination_rate``) are evidence only.
    """

    model_config = ConfigDict(frozen=True)

    title: str = Field(default="", description="a label for people; triage never reads it")
    symptoms: frozenset[Symptom] = frozenset()
    metrics: dict[str, float] = Field(default_factory=dict)
    baseline: dict[str, float] = Field(default_factory=dict)
    component: Component = "unknown"
    users_affected_share: float | None = Field(default=None, ge=0, le=1)
    users_affected_basis: str = Field(default="reported", description="where the share comes from, for the text")
    scope: Scope = "all_customers"
    impact: Impact | None = Field(default=None, description="override; derived from the symptoms when None")
    data_exposure: bool = Field(default=False, description="customer data left the boundary it is allowed in")
    by_design: bool = False
    within_sla: bool | None = Field(default=None, description="derived from latency and grades when None")
    notes: str = ""



def incident_class(name: str) -> IncidentClass:
    """One class by name; an unknown name raises with the list of known names."""
    try:
        return INCIDENT_CLASSES[name]  # type: ignore[index]
    except KeyError:
        raise LlmopsError(
            f"unknown incident class {name!r}; use one of: {', '.join(INCIDENT_CLASSES)}."
        ) from None


def framework_table() -> pd.DataFrame:
    """The five classes as a table (one row per class) for the notebook and report."""
    rows = []
    for c in INCIDENT_CLASSES.values():
        rows.append(
            {
                "class": c.name,
                "description": c.description,
                "symptoms": "; ".join(c.symptoms),
                "typical root causes": "; ".join(c.root_causes),
                "detection": (
                    f"{c.detection.alert} (metrics: {', '.join(c.detection.metrics) or 'none'}; "
                    f"detectors: {', '.join(c.detection.detectors)})"
                ),
            }
        )
    return pd.DataFrame(rows)


def severity_table(contract: Contract | None = None) -> pd.DataFrame:
    """SEV-1..3 from the contract: meaning, response and update times, postmortem, share of users."""
    contract = contract or load_contract()
    return pd.DataFrame(
        [
            {
                "severity": name,
                "description": sev.description,
                "respond within (min)": sev.response_minutes,
                "update every (min)": sev.update_minutes,
                "postmortem": "required" if sev.postmortem_required else "optional",
                "users affected from": f"{sev.min_users_affected_share:.0%}",
            }
            for name in SEVERITY_ORDER
            for sev in [contract.severities[name]]
        ]
    )


def higher_severity(*levels: SeverityName | None) -> SeverityName | None:
    """The most severe of the given levels (None ignored)."""
    present = [lvl for lvl in levels if lvl is not None]
    return min(present, key=SEVERITY_ORDER.index) if present else None

"""Circuit breakers for the five incident classes (and the opt-in prompt-injection class).

A :class:`~llmops_kit.breakers.core.Breaker` is data: the incident class it protects, trigger rules, the
action it takes, what users see while it is active and how to roll it back. Every threshold is resolved
from the observability contract when the breaker is built (:func:`default_breakers`), so another contract
file changes the triggers without code changes, and the Task 4 design table (:func:`design_table`) is
rendered from the very objects that make the decisions. Per-request rules use the contract's request-level
limits (relevance floor, answer floor, SLA, budget); window rules use the contract's *critical* bound of a
metric.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Literal

import pandas as pd

from ..contract import Contract, load_contract
from .core import Breaker, Rule
from .signals import BreakerError, QualityScorer

INCIDENT_CLASSES: tuple[str, ...] = (
    "RETRIEVAL_OUTAGE", "QUALITY_DEGRADATION", "PERFORMANCE_DEGRADATION", "COST_SPIKE", "DATA_INCIDENT",
)


# ---- the breakers -------------------------------------------------------------------------------
def _metric_rule(contract: Contract, metric: str, label: str) -> Rule:
    spec = contract.metrics[metric]
    op: Literal[">=", "<="] = ">=" if spec.direction == "higher_is_worse" else "<="
    unit = "" if spec.unit == "ratio" else spec.unit
    return Rule(metric, op, spec.critical, f"metrics.{metric}.critical", label, unit)


def _tighter(spike: Rule, critical: Rule) -> Rule:
    """Of two upper-bound rules on one metric, the one that trips first (the other could never add a trip)."""
    if spike.op != critical.op or spike.op not in (">", ">="):
        raise BreakerError(f"cannot compare the rules {spike.source} and {critical.source}: both must be upper "
                           f"bounds with one operator, got {spike.op!r} and {critical.op!r}.")
    return spike if spike.threshold <= critical.threshold else critical


def retrieval_outage_breaker(contract: Contract | None = None) -> Breaker:
    """No usable context: fewer documents than required, or none above the relevance floor.

    Per window it trips when such requests reach the share of users that makes an incident SEV-2.
    """
    c = contract or load_contract()
    share = c.severities["SEV-2"].min_users_affected_share
    return Breaker(
        name="retrieval-no-context",
        incident_class="RETRIEVAL_OUTAGE",
        trace_rules=(
            Rule("documents", "<", c.retrieval.min_documents, "retrieval.min_documents", "documents retrieved"),
            Rule("max_relevance", "<", c.retrieval.relevance_floor, "retrieval.relevance_floor", "best relevance"),
        ),
        window_rules=(
            Rule("empty_retrieval_share", ">=", share, "severities.SEV-2.min_users_affected_share",
                 "share of requests with no documents"),
            Rule("low_relevance_share", ">=", share, "severities.SEV-2.min_users_affected_share",
                 "share of requests with only irrelevant documents"),
        ),
        action="Do not generate from empty or irrelevant context: retry the search on the backup index, and if it "
               "also finds nothing usable, answer with the help-centre hand-off.",
        user_impact="Users whose question finds no usable article get a hand-off message instead of a guessed "
                    "answer; answers served from the backup index may be slightly out of date.",
        rollback="When the primary index returns documents above the relevance floor for a canary set of "
                 "known queries, route search back to it, close the breaker and watch quality_proxy_rate "
                 "for one full window.",
        fallback_response="I couldn't find this in our help articles right now. You can browse the Help Centre, "
                          "or I can connect you with a support agent.",
        contract=c,
    )


def quality_degradation_breaker(contract: Contract | None = None, *, scorer: QualityScorer | None = None) -> Breaker:
    """Answers below the quality floor; per window, the quality proxy rate at its critical bound.

    The per-request signal is groundedness lowered by the stated rules the answer broke
    (:func:`~llmops_kit.breakers.signals.breaker_quality`); word overlap between the question and the
    articles is not a reason to trip, since naturally worded questions fail it at groundedness 1.0.
    """
    c = contract or load_contract()
    pinned = ", ".join(f"{name} {version}" for name, version in sorted(c.prompts.expected.items()))
    return Breaker(
        name="quality-guard",
        incident_class="QUALITY_DEGRADATION",
        trace_rules=(Rule("quality_score", "<", c.quality.answer_floor, "quality.answer_floor",
                          "answer quality (groundedness x stated rules)"),),
        window_rules=(_metric_rule(c, "quality_proxy_rate", "quality proxy rate"),),
        action=f"Pin the last known-good model and the contract's prompt version ({pinned}), and replace "
               "answers that score below the quality floor with links to the matching help articles.",
        user_impact="Some users get article links or a hand-off instead of a generated answer; everyone gets "
                    "answers from the previous model/prompt until the breaker closes.",
        rollback="Re-release the new model or prompt to a small canary share only after bulk replay passes; "
                 "close the breaker when the canary's quality proxy rate stays above the warning bound "
                 "for a full window.",
        fallback_response="I'm not confident I can answer this accurately. Here are the help articles that match "
                          "your question, or I can pass you to a support agent.",
        scorer=scorer,
        contract=c,
    )


def performance_degradation_breaker(contract: Contract | None = None) -> Breaker:
    """Requests slower than the SLA or with a failed tool call; per window, p95 latency or the tool success
    rate at its critical bound (a tool outage is this class in the triage tree, scenario S6)."""
    c = contract or load_contract()
    sla = c.latency.request_sla_ms
    return Breaker(
        name="latency-deadline",
        incident_class="PERFORMANCE_DEGRADATION",
        trace_rules=(Rule("latency_ms", ">", sla, "latency.request_sla_ms", "request latency", "ms"),
                     Rule("tool_failures", ">", 0, "zero tolerance, tools.default_timeout_ms",
                          "failed or timed-out tool calls")),
        window_rules=(_metric_rule(c, "latency_p95_ms", "p95 latency"),
                      _metric_rule(c, "tool_success_rate", "tool success rate")),
        action=f"Enforce a {sla:g} ms request deadline, send generation to the faster, smaller model with a "
               "lower max_tokens cap, and serve the short fallback when the deadline passes. While tool calls "
               "fail, stop calling the failing tool and answer from the articles, saying the lookup is down.",
        user_impact="Shorter answers from the smaller model; requests that still miss the deadline get an "
                    "apology and a pointer to the Help Centre instead of a long wait; no live order data "
                    "while the tool is bypassed.",
        rollback="After the slow dependency or model is fixed, restore the original model on a canary and "
                 "re-enable the tool for a sample of requests; close the breaker once p95 latency and tool "
                 "success stay inside their warning bounds for a full window.",
        fallback_response="Sorry, part of our service is slow or unavailable right now, so this answer comes from "
                          "our help articles only. For live order details please try again in a minute, or see the "
                          "Help Centre for our most common answers.",
        contract=c,
    )


def cost_spike_breaker(contract: Contract | None = None) -> Breaker:
    """Spend at ``spike_factor`` x the contract's normal request, or a retry loop; per window, tokens or
    cost per request at the same spike limit or at their critical bounds.

    The limits come from :mod:`llmops_kit.cost`, the rule the COST_SPIKE detector and the triage tree
    use: the brief's S4 (1,800 -> 5,400 tokens per request) trips it.
    """
    c = contract or load_contract()
    b = c.budget
    factor = b.spike_factor
    spike_source = "budget.normal_{} x budget.spike_factor"
    return Breaker(
        name="cost-cap",
        incident_class="COST_SPIKE",
        trace_rules=(
            Rule("tokens", ">=", b.normal_tokens * factor, spike_source.format("tokens_per_request"), "tokens"),
            Rule("cost_usd", ">=", b.normal_cost_usd * factor, spike_source.format("cost_per_request_usd"),
                 "cost", "USD"),
            Rule("retry_calls", ">=", b.retry_loop_calls, "budget.retry_loop_calls",
                 "LLM calls with near-identical input"),
        ),
        window_rules=(
            _tighter(Rule("tokens_per_request", ">=", b.normal_tokens * factor,
                          spike_source.format("tokens_per_request"), "tokens per request", "tokens"),
                     _metric_rule(c, "tokens_per_request", "tokens per request")),
            _tighter(Rule("cost_per_request_usd", ">=", b.normal_cost_usd * factor,
                          spike_source.format("cost_per_request_usd"), "cost per request", "USD"),
                     _metric_rule(c, "cost_per_request_usd", "cost per request")),
        ),
        action=f"Cap each request at the {b.tokens_per_request} token budget, stop tool-call retries after the "
               "first failure and route to the cheaper model until spend is back in budget.",
        user_impact="Answers are shorter; a failed tool lookup is not retried, so a few users are asked to "
                    "try again.",
        rollback="Once the cause (for example a retry loop) is fixed and deployed, lift the caps in steps while "
                 "tokens and cost per request stay under their warning bounds.",
        fallback_response="I can only give a short answer right now. Here is the key information; a support "
                          "agent can help with anything more.",
        contract=c,
    )


def data_incident_breaker(contract: Contract | None = None) -> Breaker:
    """Personal data in a request or answer: zero tolerance (SEV-1: customer data left its boundary).
    Data in the answer withholds it; data only in the stored trace (a tool result, a prompt) leaves the
    answer to the user and acts on the trace."""
    c = contract or load_contract()
    return Breaker(
        name="pii-shield",
        incident_class="DATA_INCIDENT",
        trace_rules=(
            Rule("answer_pii_matches", ">", 0, "zero tolerance, " + _sev1_source(c),
                 "personal data items in the answer"),
            Rule("pii_matches", ">", 0, "zero tolerance, " + _sev1_source(c), "personal data items in the trace",
                 withholds=False),
        ),
        action="Withhold an answer that shows personal data, redact the trace before it is stored or exported "
               "(llmops_kit.redact_trace, or `llmops redact` / --redact on export), pause trace export to the "
               "hosted trace store and page the privacy owner.",
        user_impact="An answer showing personal data becomes a neutral message and an agent follow-up; an answer "
                    "without it is served even if its trace held data; export paused, debugging on local, redacted "
                    "traces.",
        rollback="After the leak path is fixed and the exposed records are purged from the trace store, verify "
                 "redaction on a canary set, re-enable export and close with the privacy owner's sign-off.",
        fallback_response="For your privacy, part of this answer was withheld. A support agent will follow up "
                          "through your verified account.",
        contract=c,
    )


def _sev1_source(contract: Contract) -> str:
    return "severities.SEV-1" if "SEV-1" in contract.severities else "policy"


def prompt_injection_breaker(contract: Contract | None = None) -> Breaker:
    """Opt-in bonus class: any prompt-injection finding in the request, its context or its answer."""
    c = contract or load_contract()
    return Breaker(
        name="injection-guard",
        incident_class="PROMPT_INJECTION",
        trace_rules=(Rule("injection_findings", ">", 0, "zero tolerance, " + _sev1_source(c), "injection findings"),),
        action="Refuse the turn without calling tools, quarantine any retrieved document that carries "
               "instructions, and log the attempt for security review.",
        user_impact="The attacker (or a user whose question matched a poisoned article) gets a scoped refusal; "
                    "quarantined articles are missing from search until reviewed.",
        rollback="Release quarantined documents after review, and close the breaker when no injection "
                 "finding has fired for a full window.",
        fallback_response="I can only help with questions about our products, orders and store policies.",
        contract=c,
    )


BUILDERS: dict[str, Callable[..., Breaker]] = {
    "RETRIEVAL_OUTAGE": retrieval_outage_breaker,
    "QUALITY_DEGRADATION": quality_degradation_breaker,
    "PERFORMANCE_DEGRADATION": performance_degradation_breaker,
    "COST_SPIKE": cost_spike_breaker,
    "DATA_INCIDENT": data_incident_breaker,
}


def default_breakers(
    contract: Contract | None = None, *, scorer: QualityScorer | None = None, include_bonus: bool = False
) -> dict[str, Breaker]:
    """One breaker per incident class, keyed by class; ``include_bonus`` adds PROMPT_INJECTION."""
    c = contract or load_contract()
    breakers = {name: build(c) for name, build in BUILDERS.items()}
    if scorer is not None:
        breakers["QUALITY_DEGRADATION"] = quality_degradation_breaker(c, scorer=scorer)
    if include_bonus:
        breakers["PROMPT_INJECTION"] = prompt_injection_breaker(c)
    return breakers


def design_table(breakers: Mapping[str, Breaker] | Sequence[Breaker] | None = None) -> pd.DataFrame:
    """The Task 4 design table (class, breaker, trigger, action, user impact, rollback), from the objects."""
    items = list((breakers or default_breakers()).values() if isinstance(breakers, Mapping) or breakers is None
                 else breakers)
    return pd.DataFrame(
        [
            {
                "Incident Class": b.incident_class,
                "Breaker": b.name,
                "Trigger": b.trigger_text(),
                "Action": b.action,
                "User Impact": b.user_impact,
                "Rollback": b.rollback,
                "Fallback response": b.fallback_response,
            }
            for b in items
        ]
    )

"""The triage tree: structured signals in, incident class + severity + the path taken out.

One function, :func:`triage`, serves the Task 3 scenarios, the drill's alert and any new alert. It
walks a fixed sequence of yes/no questions (see :data:`CLASS_NODES` and :data:`SEVERITY_NODES`),
records each answer with the evidence that decided it, and writes the justification from that path,
so the explanation can never disagree with the decision.

Question order: data exposure first (it overrides everything), then "is this by design?", then the
classes from the most specific cause to the most generic symptom: retrieval, answer quality, cost,
and finally slowness/failures, because a broken retriever or a retry loop also makes requests slow,
while slowness alone points nowhere in particular. Classes that also match are reported as secondary.

Severity policy (the field's practice, as in PagerDuty's and Atlassian's scales): the share of users
affected and whether customer data left its boundary drive the level; exposure of customer data is
always the top level. The share bounds and response times come from ``contract.severities``. When
signals sit exactly on a bound, or two rules disagree, the higher severity wins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from ..contract import Contract, load_contract
from ..cost import window_spike_reasons
from ..incidents import Impact, IncidentClassName, SeverityName, Signals
from .signals import (
    effective_symptoms,
    graded_metrics,
    metric_change,
    resolve_impact,
    resolve_share,
    resolve_within_sla,
)


class Decision(BaseModel):
    """One step through the tree: the question, the answer, and the evidence that decided it."""

    model_config = ConfigDict(frozen=True)

    node: str
    question: str
    answer: bool
    evidence: str


class TriageResult(BaseModel):
    """The tree's verdict: class (or not an incident), severity, response time, path, justification."""

    model_config = ConfigDict(frozen=True)

    incident_class: IncidentClassName | None
    severity: SeverityName | None
    response_minutes: int | None
    update_minutes: int | None
    postmortem_required: bool
    impact: Impact | None
    users_affected_share: float | None
    secondary_classes: list[IncidentClassName] = Field(default_factory=list)
    path: list[Decision]
    justification: str

    @property
    def is_incident(self) -> bool:
        return self.incident_class is not None

    @property
    def label(self) -> str:
        return f"{self.incident_class} / {self.severity}" if self.is_incident else "NOT AN INCIDENT"

    def path_text(self) -> str:
        return " -> ".join(f"{d.node}:{'yes' if d.answer else 'no'}" for d in self.path)


@dataclass(frozen=True)
class ClassNode:
    """A yes/no question; 'yes' leads to ``outcome`` (a class, or None for not an incident)."""

    node: str
    question: str
    outcome: IncidentClassName | None
    test: Callable[[Signals, frozenset[str], Contract], tuple[bool, str]]


def _q_data(s: Signals, sym: frozenset[str], c: Contract) -> tuple[bool, str]:
    if s.data_exposure:
        return True, f"customer data left the boundary it is allowed in (via the {s.component.replace('_', ' ')})"
    return False, "no customer data outside its boundary"


def _q_by_design(s: Signals, sym: frozenset[str], c: Contract) -> tuple[bool, str]:
    within = resolve_within_sla(s, c)
    if s.by_design and within:
        return True, "the behaviour is by design and within SLA"
    if s.by_design:
        return False, "by design, but not shown to be within SLA"
    return False, "not a designed behaviour"


def _hits(sym: frozenset[str], wanted: tuple[str, ...]) -> list[str]:
    return [w for w in wanted if w in sym]


def _worse(s: Signals, metric: str, contract: Contract) -> bool:
    """Worth quoting: graded warning/critical, or worse than the baseline (a share: higher than it)."""
    rule = contract.metrics.get(metric)
    value, before = s.metrics[metric], s.baseline.get(metric)
    if rule is None:  # the shares triage adds: higher is worse
        return before is None or value > before
    if rule.grade(value) != "green":
        return True
    if before is None:
        return False
    return rule.worse(value, than=before)


def _symptom_evidence(s: Signals, hits: list[str], metrics: tuple[str, ...], contract: Contract) -> str:
    text = "the signals show " + ", ".join(h.replace("_", " ") for h in hits)
    changes = [metric_change(s, m, contract) for m in metrics if m in s.metrics and _worse(s, m, contract)]
    if changes:
        text += f" ({'; '.join(changes)})"
    if s.component != "unknown":
        text += f" in the {s.component.replace('_', ' ')}"
    return text


def _class_question(symptoms: tuple[str, ...], metrics: tuple[str, ...]):
    def test(s: Signals, sym: frozenset[str], c: Contract) -> tuple[bool, str]:
        hits = _hits(sym, symptoms)
        if hits:
            return True, _symptom_evidence(s, hits, metrics, c)
        return False, "none of: " + ", ".join(x.replace("_", " ") for x in symptoms)

    return test


RETRIEVAL_SYMPTOMS = ("empty_retrieval", "retrieval_errors", "low_relevance")
#: Retrieval is judged on retrieval's own shares; the quality proxy is a consequence, not evidence of it.
RETRIEVAL_EVIDENCE = ("empty_retrieval_share", "low_relevance_share")
QUALITY_SYMPTOMS = ("hallucination", "quality_drop", "off_brand_tone", "wrong_prompt_version")
PERFORMANCE_SYMPTOMS = ("latency_regression", "tool_timeouts", "tool_errors", "request_errors")
COST_SYMPTOMS = ("token_growth", "cost_growth")

CLASS_NODES: tuple[ClassNode, ...] = (
    ClassNode("Q1", "Has customer data left the boundary it is allowed in?", "DATA_INCIDENT", _q_data),
    ClassNode("Q2", "Is the behaviour by design and within SLA?", None, _q_by_design),
    ClassNode(
        "Q3",
        "Does retrieval return nothing usable (empty results, retriever errors, relevance below the floor)?",
        "RETRIEVAL_OUTAGE",
        _class_question(RETRIEVAL_SYMPTOMS, RETRIEVAL_EVIDENCE),
    ),
    ClassNode(
        "Q4",
        "Are the answers worse (hallucination, quality proxy down, off-brand tone, wrong prompt version)?",
        "QUALITY_DEGRADATION",
        _class_question(QUALITY_SYMPTOMS, ("quality_proxy_rate", "hallucination_rate")),
    ),
    ClassNode(
        "Q5",
        "Are tokens or cost per request over budget or at spike_factor x the baseline?",
        "COST_SPIKE",
        _class_question(COST_SYMPTOMS, ("tokens_per_request", "cost_per_request_usd")),
    ),
    ClassNode(
        "Q6",
        "Are requests slower or failing (latency up, tool timeouts or errors, error rate up)?",
        "PERFORMANCE_DEGRADATION",
        _class_question(PERFORMANCE_SYMPTOMS, ("latency_p95_ms", "tool_success_rate", "failure_rate")),
    ),
)

SEVERITY_NODES: tuple[tuple[str, str], ...] = (
    ("V1", "Customer data exposed outside its boundary?"),
    ("V2", "Share of users affected >= SEV-1 share, with answers unusable or wrong?"),
    ("V3", "Share >= SEV-2 share with answers unusable or wrong, a contract metric at critical, "
           "or spend >= spike_factor x baseline?"),
)


def _severity(
    signals: Signals, symptoms: frozenset[str], impact: Impact | None, contract: Contract
) -> tuple[SeverityName, list[Decision]]:
    sev1 = contract.severities["SEV-1"].min_users_affected_share
    sev2 = contract.severities["SEV-2"].min_users_affected_share
    share, share_source = resolve_share(signals, contract)
    harmful = impact in ("unusable", "degraded")
    share_text = f"{share:.0%} of users affected ({share_source})"
    path: list[Decision] = []

    exposed = signals.data_exposure
    path.append(Decision(node="V1", question=SEVERITY_NODES[0][1], answer=exposed,
                         evidence="customer data exposure always takes the top level" if exposed
                         else "no data exposure"))
    if exposed:
        return "SEV-1", path

    v2 = harmful and share >= sev1
    why = f"{share_text} with {impact or 'unknown'} impact, against the SEV-1 share of {sev1:.0%}"
    path.append(Decision(node="V2", question=SEVERITY_NODES[1][1], answer=v2, evidence=why))
    if v2:
        return "SEV-1", path

    reasons = []
    if harmful and share >= sev2:
        reasons.append(f"{share_text}, at or above the SEV-2 share of {sev2:.0%}")
    critical = [m for m, g in graded_metrics(signals, contract).items() if g == "critical"]
    if critical:
        reasons.append("critical: " + ", ".join(metric_change(signals, m, contract) for m in critical))
    reasons += [r.text for r in window_spike_reasons(signals.metrics, contract, signals.baseline)
                if r.signal not in critical]
    v3 = bool(reasons)
    if not v3:
        why = f"{share_text} with {impact or 'unknown'} impact and no metric at critical"
    path.append(Decision(node="V3", question=SEVERITY_NODES[2][1], answer=v3, evidence="; ".join(reasons) or why))
    return ("SEV-2" if v3 else "SEV-3"), path


def triage(signals: Signals, contract: Contract | None = None) -> TriageResult:
    """Walk the tree: class (or not an incident), severity, response time, path and justification."""
    contract = contract or load_contract()
    symptoms = effective_symptoms(signals, contract)
    path: list[Decision] = []
    chosen: ClassNode | None = None
    for node in CLASS_NODES:
        answer, evidence = node.test(signals, symptoms, contract)
        path.append(Decision(node=node.node, question=node.question, answer=answer, evidence=evidence))
        if answer:
            chosen = node
            break
    share, _ = resolve_share(signals, contract)
    impact = resolve_impact(signals, symptoms, contract)
    if chosen is None or chosen.outcome is None:
        reason = path[-1].evidence if chosen is not None else "no symptom beyond normal variation"
        if chosen is None:
            path.append(Decision(node="Q7", question="Anything else abnormal?", answer=False, evidence=reason))
        return TriageResult(
            incident_class=None, severity=None, response_minutes=None, update_minutes=None,
            postmortem_required=False, impact=impact, users_affected_share=share, path=path,
            justification=_justify_none(reason, signals),
        )
    later = CLASS_NODES[CLASS_NODES.index(chosen) + 1:]
    rest = symptoms - _explained_by(chosen, signals)
    secondary = [n.outcome for n in later if n.outcome and n.test(signals, rest, contract)[0]]
    severity, sev_path = _severity(signals, symptoms, impact, contract)
    sev = contract.severities[severity]
    path.extend(sev_path)
    return TriageResult(
        incident_class=chosen.outcome, severity=severity, response_minutes=sev.response_minutes,
        update_minutes=sev.update_minutes, postmortem_required=sev.postmortem_required, impact=impact,
        users_affected_share=share, secondary_classes=secondary, path=path,
        justification=_justify(chosen, path, severity, secondary, sev.response_minutes, sev.postmortem_required),
    )


def _explained_by(chosen: ClassNode, signals: Signals) -> frozenset[str]:
    """Symptoms the chosen class already accounts for, so they do not make a second class.

    Failed requests no more numerous than the requests with empty retrieval are the retrieval failures
    themselves (a retriever error fails its request), not a performance problem of their own.
    """
    if chosen.outcome != "RETRIEVAL_OUTAGE":
        return frozenset()
    failures, empty = signals.metrics.get("failure_rate"), signals.metrics.get("empty_retrieval_share")
    if failures is not None and empty is not None and failures <= empty:
        return frozenset({"request_errors"})
    return frozenset()


def _justify_none(reason: str, signals: Signals) -> str:
    follow = "log it for the owning team's backlog" if signals.by_design else "keep watching the dashboard"
    return f"Not an incident: {reason}. No page and no severity; {follow}."


def _justify(
    node: ClassNode, path: list[Decision], severity: str, secondary: list[str], minutes: int, postmortem: bool
) -> str:
    class_step = next(d for d in path if d.node == node.node)
    sev_step = next((d for d in path if d.node.startswith("V") and d.answer), path[-1])
    text = f"{node.outcome} because {class_step.evidence}."
    if secondary:
        text = text[:-1] + f", and it also shows {' and '.join(secondary)}."
    if sev_step.answer:
        text += f" {severity} because {sev_step.evidence}."
    else:
        text += f" {severity} because no SEV-1 or SEV-2 rule fired: {sev_step.evidence}."
    text += f" Respond within {minutes} minutes; postmortem {'required' if postmortem else 'optional'}."
    return text

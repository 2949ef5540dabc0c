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

import os
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from .contract import Contract, load_contract
from .cost import window_spike_reasons
from .incidents import (
    IMPACT_ORDER,
    SCENARIOS,
    SYMPTOM_IMPACT,
    Component,
    Impact,
    IncidentClassName,
    Scenario,
    Scope,
    SeverityName,
    Signals,
    Symptom,
)
from .metrics import WindowMetrics, format_value

if TYPE_CHECKING:
    from matplotlib.figure import Figure

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


# ---- evidence helpers ----------------------------------------------------------------------------


def _noticeable_share(contract: Contract) -> float:
    """A per-request failure counts as a window symptom once it reaches the failure-rate warning bound."""
    return contract.metrics["failure_rate"].warning


def _graded(signals: Signals, contract: Contract) -> dict[str, str]:
    return {m: contract.grade(m, v) for m, v in signals.metrics.items() if m in contract.metrics}


def _fmt(metric: str, value: float) -> str:
    if metric.endswith("_rate") or metric.endswith("_share"):
        return f"{value:.0%}"
    return format_value(metric, value)


def _metric_change(signals: Signals, metric: str, contract: Contract) -> str:
    """``metric before -> now`` when it got worse than the baseline; otherwise the value, with the
    baseline beside it, so a window that is bad by the contract but better than a worse baseline does
    not read as a drop."""
    now = signals.metrics[metric]
    before = signals.baseline.get(metric)
    if before is None:
        return f"{metric} {_fmt(metric, now)}"
    rule = contract.metrics.get(metric)
    if rule is None or rule.worse(now, than=before):
        return f"{metric} {_fmt(metric, before)} -> {_fmt(metric, now)}"
    return f"{metric} {_fmt(metric, now)} against a baseline of {_fmt(metric, before)}"


def effective_symptoms(signals: Signals, contract: Contract | None = None) -> frozenset[str]:
    """The stated symptoms plus those implied by graded metrics and baseline ratios."""
    contract = contract or load_contract()
    found = set(signals.symptoms)
    grades = _graded(signals, contract)
    bad = {m for m, g in grades.items() if g != "green"}
    if "quality_proxy_rate" in bad:
        found.add("quality_drop")
    if bad & {"latency_p95_ms", "latency_p50_ms"}:
        found.add("latency_regression")
    if "tool_success_rate" in bad:
        found.add("tool_errors")
    if "failure_rate" in bad:
        found.add("request_errors")
    # the cost rule the COST_SPIKE detector and breaker use: spike_factor x the baseline, or critical
    for reason in window_spike_reasons(signals.metrics, contract, signals.baseline):
        found.add("token_growth" if reason.signal == "tokens_per_request" else "cost_growth")
    return frozenset(found)


def resolve_within_sla(signals: Signals, contract: Contract | None = None) -> bool | None:
    """Stated, else: p95 below the request SLA and no metric at critical (None when nothing is known)."""
    if signals.within_sla is not None:
        return signals.within_sla
    contract = contract or load_contract()
    if not signals.metrics:
        return None
    p95 = signals.metrics.get("latency_p95_ms")
    if p95 is not None and p95 >= contract.latency.request_sla_ms:
        return False
    return "critical" not in _graded(signals, contract).values()


def resolve_impact(signals: Signals, symptoms: frozenset[str], contract: Contract | None = None) -> Impact | None:
    """Stated impact, else the worst impact among the symptoms (slowdowns within SLA count as minor)."""
    if signals.impact is not None:
        return signals.impact
    within = resolve_within_sla(signals, contract)
    levels: list[Impact] = []
    for s in symptoms:
        level = SYMPTOM_IMPACT[s]
        if s == "latency_regression" and within:
            level = "minor"
        levels.append(level)
    return min(levels, key=IMPACT_ORDER.index) if levels else None


def resolve_share(signals: Signals, contract: Contract) -> tuple[float, str]:
    """Share of users affected; when unknown, assume the whole scope (uncertainty rounds up)."""
    if signals.users_affected_share is not None:
        return signals.users_affected_share, signals.users_affected_basis
    assumed = {
        "all_customers": 1.0,
        "segment": contract.severities["SEV-2"].min_users_affected_share,
        "single_customer": 0.0,
    }[signals.scope]
    return assumed, f"not measured; assumed from scope '{signals.scope}'"


# ---- the tree ------------------------------------------------------------------------------------


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
    changes = [_metric_change(s, m, contract) for m in metrics if m in s.metrics and _worse(s, m, contract)]
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


def _q_nothing(s: Signals, sym: frozenset[str], c: Contract) -> tuple[bool, str]:
    return True, "no symptom beyond normal variation"


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
    critical = [m for m, g in _graded(signals, contract).items() if g == "critical"]
    if critical:
        reasons.append("critical: " + ", ".join(_metric_change(signals, m, contract) for m in critical))
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


# ---- signals from a metric window ------------------------------------------------------------------


def signals_from_metrics(
    window: WindowMetrics,
    baseline: WindowMetrics | None = None,
    *,
    users_affected_share: float | None = None,
    scope: Scope = "all_customers",
    component: Component = "unknown",
    data_exposure: bool = False,
    by_design: bool = False,
    title: str = "",
    contract: Contract | None = None,
) -> Signals:
    """Signals for a metric window (e.g. the drill's alert), optionally against a baseline window.

    Retrieval symptoms come from the window's per-request shares: a share counts once it reaches the
    contract's failure-rate warning bound and, against a baseline, has grown by at least the contract's
    spike factor (a steady background of odd requests is not a new problem). The share of users
    affected defaults to the window's ``affected_share`` (requests with an error, a failing or
    missing answer, an empty or irrelevant retrieval, or a latency over the SLA).
    """
    contract = contract or load_contract()
    noticeable = _noticeable_share(contract)
    spike = contract.budget.spike_factor
    symptoms: set[Symptom] = set()
    extras = window.extras
    for key, symptom in (("empty_retrieval_share", "empty_retrieval"), ("low_relevance_share", "low_relevance")):
        share = extras.get(key) or 0.0
        before = (baseline.extras.get(key) or 0.0) if baseline is not None else 0.0
        if share >= noticeable and share >= spike * before:
            symptoms.add(symptom)  # type: ignore[arg-type]
    metrics = {k: v for k, v in window.values.items() if v is not None}
    for key in ("empty_retrieval_share", "low_relevance_share"):
        if extras.get(key) is not None:
            metrics[key] = extras[key]  # type: ignore[assignment]
    base = {k: v for k, v in (baseline.values if baseline else {}).items() if v is not None}
    if baseline is not None:
        for key in ("empty_retrieval_share", "low_relevance_share"):
            if baseline.extras.get(key) is not None:
                base[key] = baseline.extras[key]  # type: ignore[assignment]
    share, basis = users_affected_share, "reported"
    if share is None and extras.get("affected_share") is not None:
        share = extras["affected_share"]
        basis = f"measured: requests hurt in a window of {window.size}"
    return Signals(
        title=title, symptoms=frozenset(symptoms), metrics=metrics, baseline=base, component=component,
        users_affected_share=share, users_affected_basis=basis, scope=scope, data_exposure=data_exposure,
        by_design=by_design, notes=window.note,
    )


def classify_scenarios(
    scenarios: dict[str, Scenario] | None = None, contract: Contract | None = None
) -> pd.DataFrame:
    """Triage every scenario: id, scenario text, class, severity, response time, path, justification."""
    contract = contract or load_contract()
    rows = []
    for scenario in (scenarios or SCENARIOS).values():
        result = triage(scenario.signals, contract)
        rows.append(
            {
                "scenario": scenario.id,
                "description": scenario.text,
                "incident class": result.incident_class or "NOT AN INCIDENT",
                "severity": result.severity or "-",
                "respond within (min)": result.response_minutes,
                "path": result.path_text(),
                "justification": result.justification,
            }
        )
    table = pd.DataFrame(rows)
    table["respond within (min)"] = table["respond within (min)"].astype("Int64")
    return table


# ---- the tree as text and as a diagram -------------------------------------------------------------


def _question_text(node: ClassNode, contract: Contract) -> str:
    if node.node == "Q2":
        return (f"{node.question} (p95 under {contract.latency.request_sla_ms:,.0f} ms and no metric at critical)")
    if node.node == "Q5":
        return node.question.replace("spike_factor", f"{contract.budget.spike_factor:g}")
    return node.question


def _severity_lines(contract: Contract) -> list[tuple[str, str, str]]:
    sev = contract.severities
    s1, s2 = sev["SEV-1"].min_users_affected_share, sev["SEV-2"].min_users_affected_share
    return [
        ("V1", "Customer data exposed outside its boundary?", "SEV-1"),
        ("V2", f">= {s1:.0%} of users affected, with answers unusable or wrong?", "SEV-1"),
        ("V3", f">= {s2:.0%} of users affected with answers unusable or wrong, any contract metric at critical, "
               f"or tokens/cost >= {contract.budget.spike_factor:g}x baseline?", "SEV-2"),
    ]


def render_tree(contract: Contract | None = None) -> str:
    """The tree as indented text, thresholds filled in from the contract."""
    contract = contract or load_contract()
    lines = ["TRIAGE: classify (first 'yes' names the class)"]
    indent = ""
    for node in CLASS_NODES:
        lines.append(f"{indent}{node.node}  {_question_text(node, contract)}")
        if node.outcome is None:
            leaf = "NOT AN INCIDENT: no page; log it for the owning team"
        elif node.outcome == "DATA_INCIDENT":
            leaf = "DATA_INCIDENT -> SEV-1 (data exposure is always the top level)"
        else:
            leaf = f"{node.outcome} -> go to SEVERITY"
        lines.append(f"{indent}├─ yes → {leaf}")
        lines.append(f"{indent}└─ no ↓")
        indent += "   "
    lines.append(f"{indent}NOT AN INCIDENT: nothing beyond normal variation; keep watching")
    lines.append("")
    lines.append("SEVERITY (first 'yes' wins; a value exactly on a bound takes the higher level)")
    indent = ""
    for node, question, level in _severity_lines(contract):
        s = contract.severities[level]  # type: ignore[index]
        lines.append(f"{indent}{node}  {question}")
        lines.append(f"{indent}├─ yes → {level}: respond within {s.response_minutes} min, "
                     f"update every {s.update_minutes} min")
        lines.append(f"{indent}└─ no ↓")
        indent += "   "
    s3 = contract.severities["SEV-3"]
    lines.append(f"{indent}SEV-3: respond within {s3.response_minutes} min, update every {s3.update_minutes} min")
    return "\n".join(lines)


_COLOURS = {
    "question": "#eef3fb", "DATA_INCIDENT": "#f4c7c3", "RETRIEVAL_OUTAGE": "#fce8b2", "QUALITY_DEGRADATION": "#f9d9b5",
    "COST_SPIKE": "#d9ead3", "PERFORMANCE_DEGRADATION": "#cfe2f3", "none": "#e6e6e6",
    "SEV-1": "#e06666", "SEV-2": "#f6b26b", "SEV-3": "#ffe599",
}


def draw_tree(contract: Contract | None = None, path: str | os.PathLike[str] | None = None) -> Figure:
    """The tree as a flowchart (matplotlib); saved as PNG when ``path`` is given."""
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyBboxPatch

    contract = contract or load_contract()
    fig = Figure(figsize=(15, 10.5))  # no pyplot: no global figure state, works under any backend
    ax = fig.subplots()
    ax.set_xlim(0, 15)
    ax.set_ylim(0, 10.5)
    ax.axis("off")
    ax.set_title("Triage tree: classify first, then set the severity (5-minute on-call path)", fontsize=19,
                 fontweight="bold", loc="left")

    # font sizes are for a 15-inch canvas printed at A4 text width (about 0.46x): 15 pt prints near 7 pt
    def box(x: float, y: float, w: float, h: float, text: str, colour: str, size: float = 15, bold=False) -> None:
        ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.04,rounding_size=0.12",
                                    fc=colour, ec="#444444", lw=1.1))
        ax.text(x, y, text, ha="center", va="center", fontsize=size, wrap=True,
                fontweight="bold" if bold else "normal")

    def arrow(x1: float, y1: float, x2: float, y2: float, label: str = "") -> None:
        ax.annotate("", xy=(x2, y2), xytext=(x1, y1), arrowprops={"arrowstyle": "-|>", "lw": 1.2, "color": "#444"})
        if label:
            ax.text((x1 + x2) / 2 + 0.08, (y1 + y2) / 2 + 0.08, label, fontsize=13, color="#222", fontstyle="italic")

    qx, ox, step, top = 3.1, 8.15, 1.45, 9.3
    for i, node in enumerate(CLASS_NODES):
        y = top - i * step
        text = f"{node.node}. " + textwrap.fill(_question_text(node, contract), 44)
        box(qx, y, 5.9, 1.2, text, _COLOURS["question"])
        outcome = node.outcome or "none"
        label = "NOT AN INCIDENT\nno page, backlog" if node.outcome is None else node.outcome
        if node.outcome == "DATA_INCIDENT":
            label += "\n→ SEV-1 always"
        elif node.outcome is not None:
            label += "\n→ severity ladder"
        box(ox, y, 3.6, 0.95, label, _COLOURS[outcome], size=13, bold=True)
        arrow(qx + 2.95, y, ox - 1.84, y, "yes")
        if i < len(CLASS_NODES) - 1:
            arrow(qx, y - 0.62, qx, y - step + 0.62, "no")
    y_end = top - len(CLASS_NODES) * step
    arrow(qx, y_end + step - 0.62, qx, y_end + 0.3, "no")
    box(qx, y_end, 4.6, 0.55, "NOT AN INCIDENT: keep watching", _COLOURS["none"], size=14, bold=True)

    # severity ladder on the right
    sx = 12.75
    ax.text(sx, top + 0.75, "SEVERITY  (classes → here; first yes wins;\non a boundary the higher level wins)",
            ha="center", va="center", fontsize=14, fontweight="bold")
    for j, (node, question, level) in enumerate(_severity_lines(contract)):
        y = top - 0.35 - j * 2.0
        box(sx - 0.55, y, 4.1, 1.35, f"{node}. " + textwrap.fill(question, 36), _COLOURS["question"], size=12.5)
        s = contract.severities[level]  # type: ignore[index]
        box(sx - 0.55, y - 1.0, 2.9, 0.42, f"{level}: respond ≤ {s.response_minutes} min", _COLOURS[level],
            size=12.5, bold=True)
        arrow(sx - 0.55, y - 0.66, sx - 0.55, y - 0.8, "")
        ax.text(sx - 0.45, y - 0.75, "yes", fontsize=12, fontstyle="italic")
        if j < 2:
            arrow(sx + 1.45, y - 0.4, sx + 1.45, y - 2.0 + 0.66, "no")
    y3 = top - 0.35 - 3 * 2.0 + 0.4
    arrow(sx + 1.45, y3 + 2.0 - 0.4 - 0.4, sx + 1.45, y3 + 0.25, "no")
    s3 = contract.severities["SEV-3"]
    box(sx + 0.3, y3, 3.0, 0.45, f"SEV-3: respond ≤ {s3.response_minutes} min", _COLOURS["SEV-3"], size=12.5,
        bold=True)
    note = (
        "Users affected = share of requests with an error, a failing\n"
        "or missing answer, an empty or irrelevant retrieval,\n"
        "or latency over the SLA. Not measured? Assume the\n"
        "whole scope (all customers = 100%, a segment =\n"
        "the SEV-2 share). Bounds: contract.severities."
    )
    ax.text(sx - 2.45, 1.0, note, ha="left", va="center", fontsize=12, color="#333",
            bbox={"boxstyle": "round,pad=0.4", "fc": "white", "ec": "#999"})
    fig.tight_layout()
    if path is not None:
        from .atomic import atomic_open

        with atomic_open(path, "wb") as handle:  # a file object has no suffix: say the format it implied
            fig.savefig(handle, format=Path(path).suffix.lstrip(".") or None, dpi=130, bbox_inches="tight")
    return fig

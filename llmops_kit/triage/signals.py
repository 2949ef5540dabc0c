"""Triage inputs: the symptoms, impact, share of users and SLA status a set of signals implies.

:func:`signals_from_metrics` turns a metric window (the drill's alert, a watch window) into
:class:`~llmops_kit.incidents.Signals`; the ``resolve_*`` functions fill in what the signals leave out
(impact from the symptoms, share of users from the scope), always rounding uncertainty up.
"""

from __future__ import annotations

from ..contract import Contract, load_contract
from ..cost import window_spike_reasons
from ..incidents import IMPACT_ORDER, SYMPTOM_IMPACT, Component, Impact, Scope, Signals, Symptom
from ..metrics import WindowMetrics, format_value


def _noticeable_share(contract: Contract) -> float:
    """A per-request failure counts as a window symptom once it reaches the failure-rate warning bound."""
    return contract.metrics["failure_rate"].warning


def graded_metrics(signals: Signals, contract: Contract) -> dict[str, str]:
    """The grade of each signal metric the contract knows (others are evidence only)."""
    return {m: contract.grade(m, v) for m, v in signals.metrics.items() if m in contract.metrics}


def _fmt(metric: str, value: float) -> str:
    if metric.endswith("_rate") or metric.endswith("_share"):
        return f"{value:.0%}"
    return format_value(metric, value)


def metric_change(signals: Signals, metric: str, contract: Contract) -> str:
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
    grades = graded_metrics(signals, contract)
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
    return "critical" not in graded_metrics(signals, contract).values()


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
        basis = f"the share of requests hurt in a window of {window.size}, taken as the share of users"
    return Signals(
        title=title, symptoms=frozenset(symptoms), metrics=metrics, baseline=base, component=component,
        users_affected_share=share, users_affected_basis=basis, scope=scope, data_exposure=data_exposure,
        by_design=by_design, notes=window.note,
    )

# %% [markdown]
# ## Task 3 — Incident Classification & Severity Assignment
#
# The classification framework is data (`llmops_kit.incidents`), and the triage tree is code
# (`llmops_kit.triage`): one function, `triage(signals)`, classifies the brief's eight scenarios here,
# the drill's alert in Task 6 and any new alert. Its inputs are **structured signals** (symptoms, metric
# values and baselines, share of users affected, scope, data exposure, by-design), never the scenario
# prose. Severity levels, their response times and the share of users that lifts an incident to each
# level are read from the observability contract.
#
# The policy, also written up in `runbooks/incident_runbook.md`: the share of users affected and
# whether customer data is exposed drive the level (as in PagerDuty's and Atlassian's severity scales,
# which both put customer-data exposure at the top), and when the signals sit on a boundary the higher
# severity wins.

# %%
# Task 3 setup: imports and the contract.
from pathlib import Path
from typing import Literal

import pandas as pd
from IPython.display import Image, display
from pydantic import BaseModel, Field, ValidationError

from llmops_kit.contract import load_contract
from llmops_kit.course.scenarios import SCENARIOS, classify_scenarios
from llmops_kit.course.traffic import INCIDENT_HOUR_MIX, alert_windows
from llmops_kit.incidents import INCIDENT_CLASSES, framework_table, severity_table
from llmops_kit.metrics import compare_windows, compute_metrics, format_value, trace_facts
from llmops_kit.outputs import save_table, save_text
from llmops_kit.triage import draw_tree, render_tree, resolve_share, signals_from_metrics, triage

contract = load_contract()
print(f"contract {contract.contract_version}: {len(INCIDENT_CLASSES)} incident classes, "
      f"severities {', '.join(contract.severities)}")

# %% [markdown]
# ### 1. The classification framework
#
# Each class has a description, symptoms, typical root causes, a detection method (the contract metrics
# that alert on it, the contract rules a single trace is held to, and the diagnosis codes from Task 1)
# and the first stop-the-bleeding move that Task 4's breakers implement.

# %%
framework = framework_table()
save_table(framework, "task3_framework")
display(framework)

# %% [markdown]
# The structure, written here: two pydantic models. A class is its name, description, symptoms, root causes,
# how it is detected and the first stop-the-bleeding move; detection names the contract metrics that alert on
# it, the contract rules a single trace is held to and the Task 1 finding codes. The five instances are the
# framework's content, kept once as data in the package (`llmops_kit.incidents.INCIDENT_CLASSES`, which the
# triage tree and the breakers read); each is validated into these models, and the cell checks that the
# models accept all five and lose nothing.

# %%
ClassName = Literal["RETRIEVAL_OUTAGE", "QUALITY_DEGRADATION", "PERFORMANCE_DEGRADATION", "COST_SPIKE",
                    "DATA_INCIDENT"]


class HowDetected(BaseModel):
    """How the class shows up: the contract metrics that alert, the contract rules, the finding codes."""

    metrics: list[str] = []  # contract metric names, e.g. "quality_proxy_rate"
    rules: list[str] = []  # dotted contract keys a single trace is held to, e.g. "retrieval.min_documents"
    detectors: list[str] = []  # Task 1 finding codes, e.g. "EMPTY_RETRIEVAL"
    alert: str  # the alert the on-call engineer sees, in words


class LlmIncidentClass(BaseModel):
    """One incident class: what it is, how it looks, why it happens, how it is caught, what to do first."""

    name: ClassName
    description: str
    symptoms: list[str] = Field(min_length=3)
    root_causes: list[str] = Field(min_length=2)
    detection: HowDetected
    first_response: str


framework_classes = {name: LlmIncidentClass.model_validate(c.model_dump()) for name, c in INCIDENT_CLASSES.items()}
assert all(framework_classes[n].model_dump() == INCIDENT_CLASSES[n].model_dump() for n in INCIDENT_CLASSES)
try:  # a malformed entry is refused, naming the field
    LlmIncidentClass.model_validate({**INCIDENT_CLASSES["DATA_INCIDENT"].model_dump(), "symptoms": ["only one"]})
except ValidationError as exc:
    print(f"DATA_INCIDENT with one symptom refused: {exc.errors()[0]['loc'][0]} ({exc.errors()[0]['type']})")
print("framework:", ", ".join(framework_classes))

# %%
# One class in full, as the model serialises it:
print(framework_classes["QUALITY_DEGRADATION"].model_dump_json(indent=2))

# %% [markdown]
# Severity levels, straight from `contract.severities`:

# %%
severities = severity_table(contract)
save_table(severities, "task3_severities")
display(severities)

# %% [markdown]
# ### 2. The eight scenarios
#
# Each scenario is encoded once as structured signals (`llmops_kit.course.scenarios.SCENARIOS`), for example
# S3 carries its p95 before and after, S5 carries "customer data left its boundary", S8 carries
# "by design" and "within SLA". Where the brief gives no number (the share of users for S3 and S6, the
# absolute token counts of S4) the signals leave it out or mark it as assumed, and the basis column says
# where each share comes from, as the tree resolves it: "reported" where the brief's wording fixes it
# (every query for S1, every response for S2); a single user for S5's one customer record; the brief's 28% of
# answers for S7; and an assumption where the brief gives none. For S4 the assumption is written into the
# scenario (every request, since the middleware sits on every tool call); for S3 and S6 it comes from the
# scope (all customers count as 100%, a segment as the contract's SEV-2 share). S8 is by design, so the tree
# never reads its share. The tree then decides; the path column shows the questions it answered.

# %%
def shown_share(share):
    """A share as a percentage; under half a percent (S5's single customer) reads "<1%", not a misleading 0%."""
    return "<1%" if share < 0.005 else f"{share:.0%}"


signals_view = pd.DataFrame(
    [
        {
            "scenario": s.id,
            "symptoms": ", ".join(sorted(s.signals.symptoms)) or "-",
            "metrics": ", ".join(f"{k}={v:g}" for k, v in s.signals.metrics.items()) or "-",
            "baseline": ", ".join(f"{k}={v:g}" for k, v in s.signals.baseline.items()) or "-",
            "component": s.signals.component,
            "users affected": "-" if s.signals.by_design else shown_share(resolve_share(s.signals, contract)[0]),
            "users affected: basis": "not used: by design" if s.signals.by_design
            else resolve_share(s.signals, contract)[1],
            "scope": s.signals.scope,
            "data exposed": s.signals.data_exposure,
            "by design": s.signals.by_design,
        }
        for s in SCENARIOS.values()
    ]
)
display(signals_view)

# %%
classification = classify_scenarios(contract=contract)
# saved without the triage function's one-line justification: the reasons are the written ones below
save_table(classification.drop(columns=["justification"]), "task3_classification")
display(classification[["scenario", "incident class", "severity", "respond within (min)", "path"]])

# %% [markdown]
# **Why each decision is right.** The tree gives the class and level; these are my reasons, and where the
# brief leaves an input open I say what I assumed.
#
# - **S1, RETRIEVAL_OUTAGE, SEV-1.** An empty result for every query leaves every answer without context, for
#   every customer at once: the core function is down for all users. That is what SEV-1 is for: respond within
#   15 minutes and trip the retrieval breaker (backup index or an honest fallback) before hunting the cause.
# - **S2, QUALITY_DEGRADATION, SEV-3.** The banned opener reaches every reply, but the answers are still right,
#   so the harm is to the brand, not to the customer's problem: a 240-minute ticket and a one-line alias fix.
#   Task 1's trace-c ranks higher on the same old template only because it also lost the grounding rules.
# - **S3, PERFORMANCE_DEGRADATION, SEV-3.** p95 nearly tripled after a deployment, a real regression, but at
#   4.2 s it is still under the 5 s warning bound and the SLA. Every customer is slower (the share is the
#   whole scope), yet a slowdown within the SLA is minor whatever its reach, so it is fixed in working hours.
# - **S4, COST_SPIKE, SEV-2.** Tokens per request tripled, which is exactly the contract's spike factor, so
#   it is a cost incident on money rather than on users, who barely notice. The 1,800 to 5,400 figures are
#   assumed (the brief gives only the ratio) and the tree gives SEV-2 at any share: cap retries within 30 minutes.
# - **S5, DATA_INCIDENT, SEV-1.** Customer data left its boundary for a third-party store, and exposure is top
#   level whatever the count, because notification clocks may start and the same leak is likely elsewhere.
#   Redact the record, mask at the SDK and search for more within 15 minutes.
# - **S6, PERFORMANCE_DEGRADATION, SEV-2.** A tool timing out is a failing dependency: three in ten financials
#   queries fail or come back without the data. The contract's SEV-2 definition fits on its own terms: one
#   important capability, financial answers, is degraded. The share is weaker ground (the 30% is of those
#   queries, not of users, so I assume that segment at the contract's SEV-2 share of 10%, where the higher
#   level counts on the line), and even all users asking about finance would stay under the 50% SEV-1 share.
# - **S7, QUALITY_DEGRADATION, SEV-2.** After the model switch more than one answer in four may invent facts,
#   the pattern of INC-2025-007. I take the 28% of answers as the share of users, under the 50% SEV-1 share
#   with the product still usable, so SEV-2 and an immediate rollback. That share is a floor: a user who reads
#   several answers is more likely to meet a bad one, and at two or more answers each it nears the SEV-1 line,
#   so the call should be revisited once the tracer counts users.
# - **S8, not an incident** (nearest class PERFORMANCE_DEGRADATION, no severity). The extra 200 ms for
#   enterprise customers buys them an extra retrieval step, a
#   product decision the team made on purpose, and it stays within the SLA, so no customer is harmed. Paging
#   someone for it would teach the team that pages can be ignored; it belongs in the product backlog.

# %% [markdown]
# ### 3. The triage tree
#
# The tree as text (thresholds filled in from the contract):

# %%
tree_text = render_tree(contract)
save_text(tree_text, "task3_triage_tree")
print(tree_text)

# %% [markdown]
# And as a flowchart an on-call engineer can follow in five minutes (saved to
# `screenshots/triage_tree.png` for the report):

# %%
tree_png = Path("screenshots") / "triage_tree.png"
draw_tree(contract, path=tree_png)
display(Image(filename=str(tree_png)))

# %% [markdown]
# ### 4. This morning's alerts, reconstructed
#
# We have no production traffic, so the three alerts are a **reconstruction**: `alert_windows` generates
# an hour of requests before the alerts and the incident hour with the seeded traffic generator, with a
# mix of request behaviours (healthy, slow generation, tool timeouts, weak retrieval, ...) that was
# **chosen so the metrics land near the brief's numbers**. The metrics are computed, not typed in:
# `compute_metrics` reads the generated traces like a dashboard would. But the mix fixes the quality proxy
# and the tool success rate (they are the same on every seed below); only p95 latency depends on the draw.
# Matching the brief shows the pipeline can see these alerts, not that it explains the real incident.

# %%
task3_seed = 7  # the notebook's seed (as in the setup cell); same seed, same traffic
windows = alert_windows(task3_seed)
facts = {name: trace_facts(traces, contract) for name, traces in windows.as_dict().items()}
metrics = {name: compute_metrics(frame, contract) for name, frame in facts.items()}
side_by_side = compare_windows(metrics, contract)
save_table(side_by_side, "task3_alert_windows")
display(side_by_side.assign(
    **{name: side_by_side.apply(lambda r, n=name: format_value(r["metric"], r[n]), axis=1) for name in metrics}
))
print("incident-hour mix (requests per hour):", {k: int(v) for k, v in INCIDENT_HOUR_MIX.items()})

# %%
brief = {  # the three alerts as the brief states them
    "quality_proxy_rate": (0.92, 0.68),
    "latency_p95_ms": (1800, 9200),
    "tool_success_rate": (0.97, 0.72),
}
check = pd.DataFrame(
    [
        {
            "alert": metric,
            "brief: before -> incident": f"{format_value(metric, b)} -> {format_value(metric, a)}",
            "reconstructed: before -> incident": (
                f"{format_value(metric, metrics['hour before'].values[metric])} -> "
                f"{format_value(metric, metrics['incident hour'].values[metric])}"
            ),
            "grade during the incident": metrics["incident hour"].grades[metric],
        }
        for metric, (b, a) in brief.items()
    ]
)
display(check)

# %% [markdown]
# One seed is one draw. The same mix with other seeds shows how much of the match is luck; the spread,
# not the single value, is the honest result of the reconstruction.

# %%
task3_seeds = [task3_seed, 11, 23, 42, 99]
task3_spread = pd.DataFrame(
    [
        {"seed": seed, "window": name, **{m: compute_metrics(trace_facts(traces, contract), contract).values[m]
                                          for m in brief}}
        for seed in task3_seeds
        for name, traces in alert_windows(seed).as_dict().items()
    ]
)
save_table(task3_spread, "task3_alert_window_seeds")
display(task3_spread.groupby("window")[list(brief)].agg(["min", "max"]).round(3))

# %% [markdown]
# Across five seeds the quality proxy of the incident hour is 0.679 every time and its p95 lies
# between 9,069 and 9,354 ms. That is within-mix noise, not a test of the match: the mix fixes how many
# requests fail each way, so the quality proxy is set by the reconstruction, and the tool success rate
# does not move either (0.724 on every seed) because the mix fixes how many requests time out. Only the
# p95 depends on the draw.

# %% [markdown]
# The same tree triages the reconstructed incident hour against the hour before:

# %%
alert_result = triage(signals_from_metrics(metrics["incident hour"], metrics["hour before"], contract=contract),
                      contract)
display(pd.DataFrame([{
    "class": alert_result.incident_class, "also shows": ", ".join(alert_result.secondary_classes) or "-",
    "severity": alert_result.severity, "respond within (min)": alert_result.response_minutes,
    "requests hurt in the window (taken as users affected)": f"{alert_result.users_affected_share:.0%}",
    "SEV-1 from": f"{contract.severities['SEV-1'].min_users_affected_share:.0%}",
    "path": alert_result.path_text(),
}]))

# %%
# What "hurt" counts in the incident hour: a late answer counts, as the runbook's severity policy says.
hour = facts["incident hour"]
late = hour["latency_ms"] > contract.latency.request_sla_ms
failed = ((hour["quality_pass"] == False) | hour["has_error"]  # noqa: E712 (nullable boolean column)
          | (hour["n_documents"] < contract.retrieval.min_documents)
          | (hour["top_relevance"] < contract.retrieval.relevance_floor))
display(pd.DataFrame([{"requests": len(hour), "hurt (any way)": f"{(late | failed).mean():.1%}",
                       "wrong, failed or without context": f"{failed.mean():.1%}",
                       "only late (right answer, over the SLA)": f"{(late & ~failed).mean():.1%}"}]))

# %% [markdown]
# **Reading the verdict.** Three metrics are critical at once, but the tree asks about answer quality
# before speed, so the incident is QUALITY_DEGRADATION with PERFORMANCE_DEGRADATION alongside. That order
# is a judgement: a wrong answer misleads the customer, while a slow or failed one is visible and can be
# retried, and in this hour the quality drop (hallucinations, wrong prompt, weak retrieval) touches more
# requests than the timeouts. Severity is SEV-1 because 55.0% of the window's requests were hurt, just over
# the contract's 50% line, and that rests on a policy choice: 10.4% were only late (the right answer, over
# the SLA), which the runbook counts as harm. Without them the share is 44.6% and the same tree says SEV-2.
# I keep the policy (a customer who waited past the SLA has often given up), but it is the judgement behind
# this SEV-1. The share is also a property of the reconstructed mix; on a real alert it comes from the
# traces, and this split is the number to check first.

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

import pandas as pd
from IPython.display import Image, Markdown, display

from llmops_kit.contract import load_contract
from llmops_kit.incidents import INCIDENT_CLASSES, SCENARIOS, framework_table, severity_table
from llmops_kit.metrics import compare_windows, compute_metrics, format_value, trace_facts
from llmops_kit.outputs import save_table, save_text
from llmops_kit.traffic import INCIDENT_HOUR_MIX, alert_windows
from llmops_kit.triage import classify_scenarios, draw_tree, render_tree, signals_from_metrics, triage

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

# %%
# The same structure as a pydantic model, e.g. one class in full:
print(INCIDENT_CLASSES["QUALITY_DEGRADATION"].model_dump_json(indent=2))

# %% [markdown]
# Severity levels, straight from `contract.severities`:

# %%
severities = severity_table(contract)
save_table(severities, "task3_severities")
display(severities)

# %% [markdown]
# ### 2. The eight scenarios
#
# Each scenario is encoded once as structured signals (`llmops_kit.incidents.SCENARIOS`), for example
# S3 carries its p95 before and after, S5 carries "customer data left its boundary", S8 carries
# "by design" and "within SLA". The tree then decides; the justification is written from the path it
# took, so it cannot disagree with the decision.

# %%
signals_view = pd.DataFrame(
    [
        {
            "scenario": s.id,
            "symptoms": ", ".join(sorted(s.signals.symptoms)) or "-",
            "metrics": ", ".join(f"{k}={v:g}" for k, v in s.signals.metrics.items()) or "-",
            "baseline": ", ".join(f"{k}={v:g}" for k, v in s.signals.baseline.items()) or "-",
            "component": s.signals.component,
            "users affected": "-" if (share := s.signals.users_affected_share) is None else f"{share:.0%}",
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
save_table(classification, "task3_classification")
display(classification[["scenario", "incident class", "severity", "respond within (min)", "path"]])

# %%
display(Markdown("\n".join(
    f"- **{row['scenario']}** — *{row['description']}*<br>"
    f"**{row['incident class']}, {row['severity']}.** {row['justification']}"
    for row in classification.to_dict("records")
)))

# %% [markdown]
# Two scenarios deserve a note. **S8** stops at the second question: the extra latency is by design and
# within SLA, so the tree returns "not an incident" (no page, a backlog item for the owning team) rather
# than a low-severity performance incident. **S3** is a real regression, but the new p95 is still under
# the contract's warning bound and within SLA, so nobody is harmed yet and it stays SEV-3. The
# boundary tests in `tests/test_triage.py` show what would move each scenario: S3 becomes SEV-2 the
# moment p95 reaches the critical bound, S7 becomes SEV-1 at the contract's SEV-1 share of users, S4
# drops to SEV-3 just under the spike factor, S8 becomes an incident once it leaves the SLA.

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
# ### 4. This morning's alerts, measured
#
# The three alerts in the brief are reproduced from traffic, not typed in: `alert_windows` generates an
# hour of requests before the alerts and the incident hour with the seeded traffic generator (realistic
# traces built from the knowledge base; each failure mode is visible only through its signals), and
# `compute_metrics` measures both windows like a dashboard would. The incident hour's mix of request
# behaviours is shown below; the metrics come out of the traces.

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
            "measured: before -> incident": (
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
# The same tree triages the measured incident hour against the hour before:

# %%
alert_result = triage(signals_from_metrics(metrics["incident hour"], metrics["hour before"], contract=contract),
                      contract)
display(Markdown(
    f"**{alert_result.label}** (also: {', '.join(alert_result.secondary_classes) or 'none'}); "
    f"respond within {alert_result.response_minutes} minutes.<br>"
    f"Path: `{alert_result.path_text()}`<br>{alert_result.justification}"
))

# %% [markdown]
# ## Task 6 — End-to-End Incident Drill
#
# A tabletop drill of the whole lifecycle, run by one package function, `llmops_kit.drill.run_drill`:
#
# 1. **Baseline**: ten healthy requests from the seeded traffic generator, graded against the contract.
# 2. **Failure injection**: a *retrieval outage* is applied to six of the ten requests by a function that
#    transforms the traces (the search index refuses connections, the retriever span fails with no
#    documents, and the bot's answer is recomputed from the context it now receives). The traces carry no
#    label, so every later stage has to find the failure from signals. One `ALERT:` line per breached metric.
# 3. **Triage**: the Task 3 decision tree on the window's metrics against the baseline.
# 4. **Diagnosis via replay**: the first failing request's most upstream finding chooses the replay
#    override (here: retrieve from the backup index). The Task 2 engine replays the recorded configuration
#    first (the control: the index that failed, whose recorded empty result is served back) and then the
#    override, both through the `openai` SDK on the offline simulator; the root cause is stated only if the
#    control reproduces the finding and the override clears it.
# 5. **Mitigation**: the Task 4 breaker of the class triage chose runs on every request of the window.
# 6. **Recovery**: the healthy requests are restored and graded again; the breaker must close.
# 7. **Postmortem**: a short postmortem rendered from the drill's own data.
#
# The dashboard above the log (bonus) redraws after every stage: p95 latency, failure rate, quality proxy
# and tool success against their green / warning / critical bands from the observability contract.

# %%
from pathlib import Path

import pandas as pd
from IPython.display import Markdown, display

from llmops_kit.contract import load_contract
from llmops_kit.dashboard import DrillDashboard, render_dashboard, render_dashboard_gif
from llmops_kit.drill import DrillStage, run_drill
from llmops_kit.outputs import save_table, save_text
from llmops_kit.replay import make_client

DRILL_SEED = 7
FAILURE = "retrieval_outage"  # the brief's other choices also run: "latency_spike", "quality_degradation"
contract = load_contract()

dashboard = DrillDashboard(contract, failure=FAILURE, live=True)
dashboard.show()  # one image, replaced in place after every stage


def on_stage(stage: DrillStage) -> None:
    """Print the stage's lines as soon as it finishes and redraw the dashboard."""
    print(stage.text(), end="\n\n")
    dashboard.update(stage)


# the simulator is pinned so the drill stays offline and identical even with OPENAI_API_KEY set
drill_log = run_drill(seed=DRILL_SEED, failure=FAILURE, contract=contract, on_stage=on_stage,
                      client=make_client("simulator"))

# %% [markdown]
# ### 6.1 Metrics per stage, replay comparison, saved outputs
# The per-stage metrics are the values the dashboard drew; the comparison is the Task 2 table for the
# replayed request (recording, control on the recorded index, replay from the backup index).

# %%
stage_metrics = drill_log.metrics_table()
display(stage_metrics)
# dtype=object: the comparison mixes numbers, text and blanks, shown as recorded (no float NaN)
display(pd.DataFrame(drill_log.stage("diagnosis").data["comparison"], dtype=object))

_ = save_text(drill_log.text(), "task6_drill_log")
_ = save_table(stage_metrics, "task6_drill_metrics")
screens = Path("screenshots")
png = render_dashboard(drill_log, screens / "drill_dashboard.png", contract)
gif = render_dashboard_gif(drill_log, screens / "drill_dashboard.gif", contract)
print("wrote outputs/task6_drill_log.txt, outputs/task6_drill_metrics.csv/.md,",
      f"{png.as_posix()} and {gif.as_posix()} ({len(drill_log.stages)} frames)")

# %% [markdown]
# ### 6.2 Reflection: what the drill says about our observability maturity
# Written for this submission; every figure in it is read from `drill_log` by the cell below, which also
# saves the text as `outputs/task6_reflection.md` for the report.

# %%
inj, tri, dia, mit = (drill_log.stage(n).data for n in ("injection", "triage", "diagnosis", "mitigation"))
injected_grades = drill_log.stage("injection").grades
breached = [m for m, g in injected_grades.items() if g != "green"]
quality_grade = injected_grades.get("quality_proxy_rate", "not graded")
shares = inj["shares"]
reflection = f"""
The drill ran from baseline to recovery without a person making a call on the way: the alert, the incident
class, the replay hypothesis and the breaker were each chosen by code from signals. That is the strongest
sign of maturity it showed; it also showed where that maturity ends.

Detection worked, partly by luck. The outage hit {inj['failed']} of {inj['requests']} requests and breached
{len(breached)} contract metric(s): {', '.join(breached)}. The failure rate caught it only because the
retriever span recorded an error; the quality proxy reached just "{quality_grade}", since an honest refusal
scores as a grounded answer. A vector store that returned nothing without raising would have kept the failure
rate green. The sharpest signal, the share of requests with empty retrieval
({shares.get('empty_retrieval_share') or 0:.0%}), is computed and used by triage but has no alert bound of its
own in the contract. Adding one is the first follow-up.

Plain HTTP monitoring (status codes and latency) would have flagged {inj['http_visible']} of the
{inj['failed']} failed requests. The evidence that mattered, documents and relevance scores on the retriever
span, existed only because the trace schema asks for them.

Diagnosis was quick because replay turned a guess into an experiment that could fail: the control, the
failed request replayed on the index it recorded ({dia.get('recorded', 'the recorded configuration')}),
{'reproduced' if dia.get('reproduces') else 'did not reproduce'} {dia.get('finding', 'its finding')}, and
{dia.get('override_value', 'another configuration')} {'cleared it' if dia.get('confirmed') else 'did not clear it'},
pointing at the {dia.get('component', 'faulty component')}. That replay ran on the offline simulator; the
retrieval evidence does not depend on the model's words, but the answers in it are simulated.

Two gaps remain. The drill has no clock, so time to detect and time to mitigate, the first numbers a real
review asks for, are not measured. And the {mit.get('breaker', 'breaker')} breaker works per request: it
shielded the {mit.get('intercepted', 0)} affected users but paged nobody.
""".strip()

words = len(reflection.split())
display(Markdown(reflection))
print(f"reflection: {words} words")
_ = save_text(reflection, "task6_reflection", suffix=".md")

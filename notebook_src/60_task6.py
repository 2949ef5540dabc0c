# %% [markdown]
# ## Task 6 — End-to-End Incident Drill
#
# A tabletop drill of the whole lifecycle, one cell per stage. Each cell calls the functions the earlier
# tasks use (traffic generator, `compute_metrics`, the Task 3 `triage`, the Task 2 `replay_with_control`,
# the Task 4 breaker); the `stage_*` functions of `llmops_kit.course.drill` only turn a stage's results into the
# printed lines and record it for the log and the dashboard. The CLI's `llmops drill` runs the same
# functions in the same order through `run_drill`, and the last cell checks that both give the same log.
#
# The failure is a **retrieval outage**: the search index refuses connections for six of the ten requests.
# The traces carry no label, so every stage after the injection has to find the failure from signals.
#
# The dashboard (bonus) below is redrawn in place after every stage: p95 latency, failure rate, quality
# proxy and tool success against their green / warning / critical bands from the observability contract.

# %%
from pathlib import Path

import pandas as pd
from IPython.display import display

from llmops_kit.contract import load_contract
from llmops_kit.course.dashboard import DrillDashboard, render_dashboard, render_dashboard_gif
from llmops_kit.course.drill import (
    DrillLog,
    DrillStage,
    apply_mitigation,
    breaker_for,
    failing_requests,
    inject_failure,
    replay_hypothesis,
    run_drill,
    stage_baseline,
    stage_diagnosis,
    stage_injection,
    stage_mitigation,
    stage_postmortem,
    stage_recovery,
    stage_triage,
)
from llmops_kit.metrics import compute_metrics
from llmops_kit.outputs import save_table, save_text
from llmops_kit.replay import make_client, replay_with_control
from llmops_kit.traffic import generate_traffic
from llmops_kit.triage import signals_from_metrics, triage

DRILL_SEED = 7
FAILURE = "retrieval_outage"  # the brief's other choices also run: "latency_spike", "quality_degradation"
contract = load_contract()
# the simulator is pinned so the drill stays offline and identical even with OPENAI_API_KEY set
client = make_client("simulator")

dashboard = DrillDashboard(contract, failure=FAILURE, live=True)
dashboard.show()  # one image, replaced in place after every stage


def show(stage: DrillStage) -> None:
    """Print the stage's lines and redraw the dashboard; the dashboard keeps the stages for the log."""
    print(stage.text())
    dashboard.update(stage)


# %% [markdown]
# ### Stage 1 — Baseline
# Ten requests from the seeded traffic generator, graded against the contract's bands.

# %%
baseline = generate_traffic(10, seed=DRILL_SEED, contract=contract)
baseline_metrics = compute_metrics(baseline, contract)
show(stage_baseline(baseline, baseline_metrics, seed=DRILL_SEED))

# %% [markdown]
# ### Stage 2 — Failure injection
# `inject_failure` picks six requests (seeded) and transforms them: the retriever span fails with a
# connection error and no documents, and the bot's answer is recomputed through the `openai` SDK from
# the context it now receives. The window is graded again; one `ALERT:` line per breached metric.

# %%
window, injected_ids = inject_failure(baseline, FAILURE, count=6, seed=DRILL_SEED, contract=contract,
                                      client=client)
window_metrics = compute_metrics(window, contract)
show(stage_injection(window, injected_ids, window_metrics, failure=FAILURE, contract=contract))
# the share of requests whose retrieval came back empty: triage reads it, but is it alerted on?
display(pd.DataFrame([{"metric": "empty_retrieval_share",
                       "baseline": f"{baseline_metrics.extras['empty_retrieval_share']:.0%}",
                       "after injection": f"{window_metrics.extras['empty_retrieval_share']:.0%}",
                       "alert bound": "yes" if "empty_retrieval_share" in contract.metrics else "none"}]))

# %% [markdown]
# ### Stage 3 — Triage
# The Task 3 tree on the window's signals against the baseline window.

# %%
signals = signals_from_metrics(window_metrics, baseline_metrics, contract=contract)
triage_result = triage(signals, contract)
show(stage_triage(triage_result, window_metrics))

# %% [markdown]
# ### Stage 4 — Diagnosis via replay
# The earliest failing request is replayed twice through the Task 2 engine: once on its recorded
# configuration (the control) and once with the override its finding suggests. The root cause is stated
# only if the control reproduces the finding and the override clears it.

# %%
failing = failing_requests(window, contract)
suspect, suspect_diagnosis = failing[0]
overrides = replay_hypothesis(suspect, suspect_diagnosis.primary.code, contract, baseline)
print("override to test:", overrides)
judged = replay_with_control(suspect, overrides, client=client, contract=contract)
diagnosis = stage_diagnosis(window, failing, overrides, judged, contract=contract, incident=window_metrics)
show(diagnosis)
# dtype=object: the comparison mixes numbers, text and blanks, shown as recorded (no float NaN)
display(pd.DataFrame(diagnosis.data["comparison"], dtype=object))

# %% [markdown]
# ### Stage 5 — Mitigation
# The Task 4 breaker of the class triage chose, run on every request of the window and on the window.

# %%
breaker = breaker_for(triage_result.incident_class, contract)
mitigation = stage_mitigation(breaker, window, injected_ids, window_metrics)
show(mitigation)

# %% [markdown]
# ### Stage 6 — Recovery
# Recovery applies the mitigation instead of restoring the baseline: the requests the breaker intercepted
# are served again, through the replay engine, with the fix the replay found (search on the backup index),
# and the window is graded again. The status says RECOVERED only if every metric is green and the breaker
# closes; otherwise it lists what is still red.

# %%
intercepted_ids = mitigation.data["intercepted_ids"]
recovered = apply_mitigation(window, intercepted_ids, overrides, client=client, contract=contract)
recovered_metrics = compute_metrics(recovered, contract)
show(stage_recovery(recovered, recovered_metrics, breaker, reserved=intercepted_ids, overrides=overrides,
                    confirmed=diagnosis.data["confirmed"]))

# %% [markdown]
# ### Stage 7 — Postmortem reference
# A mini postmortem from the stages above; the full one in the course template is Task 5's
# [`postmortem_INC-2025-007.md`](postmortem_INC-2025-007.md).

# %%
show(stage_postmortem(dashboard.stages, FAILURE))

# %% [markdown]
# ### Metrics per stage and saved outputs
# The per-stage metrics are the values the dashboard drew. `run_drill`, the function behind `llmops drill`,
# is run once more to show that the CLI and these cells are one code path.

# %%
drill_log = DrillLog(seed=DRILL_SEED, failure=FAILURE, stages=dashboard.stages)
same = run_drill(seed=DRILL_SEED, failure=FAILURE, contract=contract, client=make_client("simulator"))
print("run_drill gives the same log as the cells above:", same == drill_log)

stage_metrics = drill_log.metrics_table()
display(stage_metrics)
_ = save_text(drill_log.text(), "task6_drill_log")
_ = save_table(stage_metrics, "task6_drill_metrics")
screens = Path("screenshots")
png = render_dashboard(drill_log, screens / "drill_dashboard.png", contract)
gif = render_dashboard_gif(drill_log, screens / "drill_dashboard.gif", contract)
print("wrote outputs/task6_drill_log.txt, outputs/task6_drill_metrics.csv/.md,",
      f"{png.as_posix()} and {gif.as_posix()} ({len(drill_log.stages)} frames)")

# %% [markdown]
# ### Reflection: what the drill says about our observability maturity
#
# The drill went from green to a confirmed root cause and back to green, and every decision on the way
# came from signals in the traces. It also showed where our observability is thinner than it looks.
#
# **Detection leaned on the wrong signal.** The outage broke six of the ten requests, and the failure rate
# went critical at 60% only because the retriever span happened to raise a connection error. The quality
# proxy fell just to 80%: a polite "I don't have that information" counts as grounded, and the refusal we
# replayed still scored 0.65. A vector store that silently returned nothing would have left the failure
# rate green. The signal that named the problem, the share of requests with empty retrieval going from 0%
# to 60%, is what triage used, but the contract has no alert bound for it; adding one is the first
# follow-up. Latency stayed green throughout, so a status-code and latency dashboard would have missed
# all six failures.
#
# **Replay made the diagnosis an experiment that could fail.** On the index it recorded, the failed request
# came back empty again; on the backup index it found four documents with a best relevance of 0.79. Without
# that control we would only know that another setup works.
#
# **Recovery has a caveat.** Serving the six intercepted requests again from the backup index brought
# every metric back to green, but p95 latency rose from 1,547 ms to 1,908 ms. The retriever spans keep their
# recorded times; the extra time is in the model calls the offline simulator timed, so it says little about
# the backup index.
#
# **What we cannot measure yet.** The drill has no clock, so time to detect and time to mitigate are not
# recorded, and the breaker shields users without paging anyone.

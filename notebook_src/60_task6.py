# %% [markdown]
# ## Task 6 — End-to-End Incident Drill
#
# A tabletop drill of the whole lifecycle, one cell per stage. Each cell calls the functions the earlier
# tasks use (traffic generator, `compute_metrics`, the Task 3 `triage`, the replay engine's
# `replay_with_control` (the package form of Task 2's, because the drill's fix is an `index` override,
# which Task 2's short `replay_trace` does not take), the Task 4 breaker); the `stage_*` functions of
# `llmops_kit.course.drill` only turn a stage's results into the printed lines and record it for the log and
# the dashboard. The CLI's `llmops drill` runs the same
# functions in the same order through `run_drill`, and the last cell checks that both give the same log.
#
# The failure is a **retrieval outage**: the search index refuses connections for six of the ten requests.
# The traces carry no label, so every stage after the injection has to find the failure from signals.
#
# The dashboard (bonus) below is redrawn in place after every stage: p95 latency, failure rate, quality
# proxy and tool success against their green / warning / critical bands from the observability contract.

# %%
import random
from pathlib import Path

import pandas as pd
from IPython.display import display

from llmops_kit.contract import load_contract
from llmops_kit.course.dashboard import DrillDashboard, render_dashboard, render_dashboard_gif
from llmops_kit.course.drill import (
    NEW_TRAFFIC_PREFIX,
    DrillLog,
    DrillStage,
    breaker_for,
    failing_requests,
    inject_failure,
    probe_primary,
    replay_hypothesis,
    rerun_llm,
    run_drill,
    serve_fallback,
    stage_baseline,
    stage_diagnosis,
    stage_injection,
    stage_mitigation,
    stage_postmortem,
    stage_recovery,
    stage_triage,
)
from llmops_kit.metrics import compute_metrics, format_value, trace_facts
from llmops_kit.outputs import save_table, save_text
from llmops_kit.quality import score_trace
from llmops_kit.replay import make_client, replay_with_control
from llmops_kit.traces import ErrorInfo, Trace
from llmops_kit.traffic import generate_traffic
from llmops_kit.triage import signals_from_metrics, triage

DRILL_SEED = 7
FAILURE = "retrieval_outage"  # the brief's other choices also run: "latency_spike", "quality_degradation"
contract = load_contract()
# the simulator is pinned so the drill stays offline and identical even with OPENAI_API_KEY set
client = make_client("simulator")

dashboard = DrillDashboard(contract, failure=FAILURE, live=True)
dashboard.show()  # one image, replaced in place after every stage


def show(stage: DrillStage, already_printed: str = "") -> None:
    """Print the stage's lines (but not those the cell printed itself) and redraw the dashboard.

    The dashboard keeps the stages for the log, which holds every line.
    """
    printed = set(already_printed.splitlines())
    print("\n".join(line for line in stage.text().splitlines() if line not in printed))
    dashboard.update(stage)


def per_request(traces, injected_ids) -> pd.DataFrame:
    """One row per request: what the quality proxy counts (score against the floor) and why."""
    facts = trace_facts(traces, contract)
    parent = [t.metadata.get("replay", {}).get("parent_trace_id", t.trace_id) for t in traces]
    return pd.DataFrame({
        "trace_id": parent,
        "failure injected": ["yes" if tid in injected_ids else "no" for tid in parent],
        "served": ["replayed with the fix" if "replay" in t.metadata else "as recorded" for t in traces],
        "documents": facts["n_documents"].astype("Int64"), "retriever error": facts["has_error"],
        "quality score": facts["quality_score"].round(2),
        f"passes the floor ({contract.quality.answer_floor})": facts["quality_pass"],
        "rule broken": ["; ".join(score_trace(t, contract).violations) or "-" for t in traces],
        "answer (first 200 chars)": [(t.answer or "")[:200] for t in traces],
    })


# %% [markdown]
# ### Stage 1 — Baseline
# Ten requests from the seeded traffic generator, graded against the contract's bands.

# %%
def grade(metric, value):
    """green, warning or critical against the contract's bounds; a value exactly on a bound takes the worse."""
    rule = contract.metrics[metric]
    worse = (lambda bound: value >= bound) if rule.direction == "higher_is_worse" else (lambda bound: value <= bound)
    return "critical" if worse(rule.critical) else "warning" if worse(rule.warning) else "green"


def alert_lines(metrics):
    """The brief's line for every metric outside green; no line means the window is HEALTHY."""
    return [f"ALERT: {m} breached {grade(m, v)} — current value: {format_value(m, v)}"
            for m, v in metrics.values.items() if m in contract.metrics and grade(m, v) != "green"]


baseline = generate_traffic(10, seed=DRILL_SEED, contract=contract)
baseline_metrics = compute_metrics(baseline, contract)
status_line = "System status: " + ("HEALTHY ✓" if not alert_lines(baseline_metrics) else "DEGRADED ✗")
print(status_line)
stage1 = stage_baseline(baseline, baseline_metrics, seed=DRILL_SEED)  # the package's stage, for the log
assert stage1.system_status == ("HEALTHY" if not alert_lines(baseline_metrics) else "DEGRADED")
show(stage1, already_printed=status_line)

# %% [markdown]
# ### Stage 2 — Failure injection
# Six of the ten requests (a seeded choice) meet a retrieval outage: the retriever span fails with a
# connection error and no documents, and the bot answers the same question again from the context it now
# receives, through the replay engine and the `openai` SDK (`rerun_llm`). The window is graded again; one
# `ALERT:` line per breached metric. The package's `inject_failure`, which `llmops drill` uses, must give
# the same window.

# %%
def inject_outage(trace: Trace) -> Trace:
    """One request during a retrieval outage: no documents, a refused connection, a new answer without context."""
    broken = trace.model_copy(deep=True)
    for span in (s for s in broken.spans if s.kind == "retriever"):
        span.documents = []
    broken = rerun_llm(broken, contract=contract, client=client)  # the model call, made again on no context
    for span in (s for s in broken.spans if s.kind == "retriever"):
        index = span.attributes.get("retrieval.index", "the search index")
        span.status, span.output = "error", {"documents": []}
        span.error = ErrorInfo(type="ConnectionError", message=f"{index} did not accept the connection")
    return broken


chosen = sorted(random.Random(f"drill|{DRILL_SEED}|{FAILURE}").sample(range(len(baseline)), 6))
window = [inject_outage(t) if i in chosen else t.model_copy(deep=True) for i, t in enumerate(baseline)]
injected_ids = [baseline[i].trace_id for i in chosen]
assert (window, injected_ids) == inject_failure(baseline, FAILURE, count=6, seed=DRILL_SEED, contract=contract,
                                                client=client)
window_metrics = compute_metrics(window, contract)
alerts_printed = "\n".join(alert_lines(window_metrics)) or "No metric breached its warning bound."
print(alerts_printed)
stage2 = stage_injection(window, injected_ids, window_metrics, failure=FAILURE, contract=contract)
assert stage2.data["alerts"] == alert_lines(window_metrics)  # the package prints the same alerts
show(stage2, already_printed=alerts_printed)
# the share of requests whose retrieval came back empty: triage reads it, but is it alerted on?
display(pd.DataFrame([{"metric": "empty_retrieval_share",
                       "baseline": f"{baseline_metrics.extras['empty_retrieval_share']:.0%}",
                       "after injection": f"{window_metrics.extras['empty_retrieval_share']:.0%}",
                       "alert bound": "yes" if "empty_retrieval_share" in contract.metrics else "none"}]))

# %% [markdown]
# **Why the quality proxy reads 100% when six of ten requests lost their documents.** The proxy counts the
# requests whose answer scores at or above the contract's floor. Per request:

# %%
stage2_requests = per_request(window, injected_ids)
display(stage2_requests)
passing = int(stage2_requests[f"passes the floor ({contract.quality.answer_floor})"].astype(bool).sum())
print(f"quality proxy = {passing} passing / {len(window)} requests = {passing / len(window):.0%}")

# %% [markdown]
# All six requests that lost their documents answered with the same polite refusal ("I don't have that
# information in our help articles"), and all six score 1.00. A refusal claims nothing, so the groundedness
# score has nothing to fault, and no article came back that the refusal could be faulted against. Three of
# the six still had an order lookup result (status, carrier, delivery date), but none answers what was asked:
# what to do about a damaged parcel, where a parcel marked delivered went, why a confirmation e-mail never
# came. Word overlap with a lookup's field names cannot tell whether it would, so the scorer only faults a
# refusal against retrieved articles. The proxy
# therefore counts no failures where the users saw six: it measures *faithfulness*, not *helpfulness*, and a
# refusal is faithful but useless. The failure rate caught the outage instead, because the retriever span
# recorded its connection error.

# %% [markdown]
# ### Stage 3 — Triage
# The Task 3 tree on the window's signals against the baseline window.

# %%
signals = signals_from_metrics(window_metrics, baseline_metrics, contract=contract)
triage_result = triage(signals, contract)
show(stage_triage(triage_result, window_metrics))

# %% [markdown]
# **Why RETRIEVAL_OUTAGE, SEV-1.** The printed justification is the tree's own record; the reasoning is
# this. The one signal that moved from nothing to most of the window is the share of requests with no
# documents (0% to 60%), and the retriever spans carry connection errors, so the failure sits upstream of
# the model: the tree's retrieval question comes before the quality one for exactly that reason. The quality
# proxy did not move (the refusals are faithful), so nothing points at the model or the prompt; tool success
# did not move either (latency neither, but only because the injection keeps each request's recorded
# timing). Six of ten requests
# left the customer without an answer, over the contract's 50% SEV-1 share, so SEV-1 with a 15-minute
# response. The window is small, so the share is uncertain; one failure fewer would put it exactly on the
# 50% line, which still counts as SEV-1.

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
# **Root cause, in words.** The selected request reached the bot with no documents: the retriever span
# recorded a refused connection to `kb-primary` and an empty result. The control replays that recording
# (replay does not re-query an index the trace recorded as down), so "reproduces" says that an empty context
# leads to the same failing answer on this backend, not that `kb-primary` is still down. The override runs
# the same question against `kb-backup`: 4 articles come back, the best at 0.79 relevance, and the refusal
# becomes an answer from them (report the damage within 7 days, with photos). The quality score is 1.00 on
# both sides, so the evidence is the cleared finding and the answer, not the score. The articles the
# customer needed exist and a working index finds them, so the fault is in the primary index's availability,
# not in the prompt, the model or the knowledge base. What the replay cannot say is *why* `kb-primary`
# refused connections; that is in the index service's own logs, which no trace holds.

# %% [markdown]
# ### Stage 5 — Mitigation
# The Task 4 breaker of the class triage chose, run on every request of the window and on the window. The
# requests it intercepts take its fallback path in its two steps: first the fix the replay tested (the
# search retried on the backup index), then, for any request still without usable articles, its fallback
# message. The window is graded again as users received it, so "MITIGATED" can fail.

# %%
breaker = breaker_for(triage_result.incident_class, contract)
intercepted_ids = [t.trace_id for t in window if breaker.decide(t).activate]  # the breaker, per request
served, handed_off = serve_fallback(window, intercepted_ids, breaker, overrides, client=client, contract=contract)
mitigation = stage_mitigation(breaker, window, injected_ids, window_metrics, served=served,
                              handed_off=handed_off, overrides=overrides, contract=contract)
show(mitigation)

# %% [markdown]
# ### Stage 6 — Recovery
# Three checks. The one that can fail in this set-up is (b)'s probe while the outage lasts: (a)'s backup index
# is never hit by the injected outage, and (c) re-grades the same traces. The package's tests show NOT
# RECOVERED when the mitigation is missing and when a breaker closes while the failure persists.
#
# **(a) The mitigation, on new traffic.** Ten new requests from another seed meet the same outage (the root
# cause is not fixed yet). The Task 4 breaker decides which to intercept, and those are served with the fix
# the replay found (search on the backup index; the fallback message if that finds nothing), through the
# replay engine and the `openai` SDK. The breaker stays open: this traffic took the fallback path, so it
# says nothing about whether `kb-primary` is back.
#
# **(b) Closing the breaker.** The breaker from stage 5 goes through the Task 4 state machine
# (`StatefulBreaker`): after its cool-down it lets canary requests down the *primary* path, and three healthy
# probes in a row close it. The same three canaries are sent while the outage persists (the probe must fail:
# the control) and after the drill removes it.
#
# **(c) The restored baseline**, as the brief words it: the original healthy requests, graded again. The
# same traces through the same code give the same grades, so this only shows that the grading itself did not
# change during the drill; it is not evidence of recovery, which rests on (a) and (b).

# %%
NEW_SEED = DRILL_SEED + 1
new_traffic = generate_traffic(10, seed=NEW_SEED, contract=contract, id_prefix=NEW_TRAFFIC_PREFIX)
new_window, new_injected = inject_failure(new_traffic, FAILURE, count=6, seed=NEW_SEED, contract=contract,
                                          client=client)
new_intercepted = [t.trace_id for t in new_window if breaker.decide(t).activate]  # the breaker, per request
mitigated, _ = serve_fallback(new_window, new_intercepted, breaker, overrides, client=client, contract=contract)
mitigated_metrics = compute_metrics(mitigated, contract)
tripped_by = next(t for t in window if t.trace_id in injected_ids)  # the request that opened it in stage 5
probes = probe_primary(breaker, tripped_by, FAILURE, seed=DRILL_SEED + 2, contract=contract, client=client)
restored_metrics = compute_metrics(baseline, contract)  # (c): the original healthy traces, recomputed
# RECOVERED only when (a) the mitigated new traffic raises no alert and (b) the probes closed the breaker,
# having failed while the outage lasted; (c) is shown but cannot fail.
recovered = not alert_lines(mitigated_metrics) and probes.passed and not alert_lines(restored_metrics)
status_line = "System status: " + ("RECOVERED ✓" if recovered else "NOT RECOVERED ✗")
print(status_line)
stage6 = stage_recovery(mitigated, mitigated_metrics, breaker, reserved=new_intercepted, overrides=overrides,
                        confirmed=diagnosis.data["confirmed"], restored=restored_metrics, seed=NEW_SEED,
                        injected=new_injected, probes=probes)
assert (stage6.system_status == "RECOVERED") == recovered
show(stage6, already_printed=status_line)
display(per_request(mitigated, new_injected))

# %% [markdown]
# ### Stage 7 — Postmortem reference
# The facts of this run, gathered from the stages above; the mini postmortem below is written from them,
# and the full one in the course template is Task 5's [`postmortem_INC-2025-007.md`](postmortem_INC-2025-007.md).

# %%
show(stage_postmortem(dashboard.stages, FAILURE))

# %% [markdown]
# #### Mini postmortem — drill: retrieval outage
#
# **Summary.** The primary search index refused connections, and 6 of the 10 requests in the window went out
# without any help-centre article. Triage classed it RETRIEVAL_OUTAGE, SEV-1 (60% of requests hurt), with a
# 15-minute response expectation.
#
# **Detection.** The failure rate went critical at 60% only because the retriever span logged its connection
# error. The quality proxy stayed green at 100%: a polite refusal gives the groundedness score nothing to
# fault. None of the 6 failures returned an HTTP error.
#
# **Root cause and mitigation.** Replay with the backup index cleared the empty-retrieval finding on the
# picked request: the fault is in the primary index, not the prompt or the model. The retrieval
# breaker intercepted all 6 failed requests and none of the 4 healthy ones; its fallback path retried each
# search on the backup index, which answered all 6, so the window as users received it was green.
#
# **Recovery.** Ten new requests that met the same outage stayed green while the breaker was open; it closed
# after three healthy probes once the outage was removed, and the restored baseline was green.
#
# **Follow-ups.** An alert on the share of empty retrievals (0% to 60%, and nothing paged); a page when a
# breaker opens; a drill clock to time detection and mitigation.

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
# Alert, class and breaker came from signals in the traces; the replay hypothesis came from a fixed rule
# mapping a finding to the override that tests it (EMPTY_RETRIEVAL -> the backup index). The thin spots:
#
# **Detection leaned on the wrong signal.** The outage broke six of the ten requests, and the failure rate
# went critical at 60% only because the retriever span raised a connection error. The quality
# proxy stayed at 100%: a polite "I don't have that information" counts as grounded, so a quality alert
# could never have fired; a vector store that silently returned nothing would have left the failure rate
# green too. The signal that named the problem, the share of requests with empty retrieval going from 0%
# to 60%, is what triage used, but the contract has no alert bound for it; adding one is the first
# follow-up. No request returned an HTTP error, so a status-code dashboard would have missed all six.
#
# **Replay made the diagnosis a test, on one side.** The control replays the recorded empty context, so its
# reproduction was close to certain; the override could have failed, and the backup index found four
# documents, the best at 0.79.
#
# **Recovery was tested on traffic the fix had not seen.** Ten new requests met the same outage; the breaker
# caught the six that lost retrieval, the backup index served them, and every metric stayed green. The
# answers were simulated with recorded retriever times, so this shows users stay served, not how fast the
# backup is.
#
# **What we cannot measure yet.** The drill has no clock, so time to detect and time to mitigate are not
# recorded, and the breaker shields users without paging anyone.

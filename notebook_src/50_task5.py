# %% [markdown]
# ## Task 5 — Postmortem INC-2025-007
#
# The postmortem is a Markdown document next to this notebook, `postmortem_INC-2025-007.md`. It follows
# the course template's ten sections and cites evidence traces from `traces/inc_2025_007/`: requests of
# Monday 2025-03-10 before the 09:15 UTC deploy of the tone fine-tune, during the incident, and after the
# 11:20 UTC rollback. They are **synthetic** (`tools/make_inc_traces.py`: hand-written answers, real BM25
# retrieval, seeded timings), and which answers fall in each hour was **reconstructed to the brief's
# figures** (91% before, 64% in the hour to 10:30, 89% after). So those three rates agree with the brief by
# construction; the whole incident phase (09:15-11:20) was not fitted to any figure and reads lower. What the
# traces do show independently is *which* answers fail and why (the detectors find the unsupported sentences
# from the text alone).
#
# This section does three things, all through `llmops_kit`:
#
# 1. lints the postmortem with `lint_postmortem`: template sections in order, 1,500-2,500 words, at
#    least 8 minute-level timeline entries, complete action items, at least 3 lessons, blameless wording,
#    and every value quoted for a cited trace recomputed from the trace itself;
# 2. shows the key signals of the evidence traces (quality score, unsupported sentences, findings), as
#    computed by the package's quality scorer and detectors;
# 3. displays the postmortem's header and summary, read from the file.

# %%
from pathlib import Path

import pandas as pd
from IPython.display import Markdown, display

from llmops_kit.contract import load_contract
from llmops_kit.io import load_traces
from llmops_kit.metrics import trace_facts
from llmops_kit.outputs import save_table, save_text
from llmops_kit.postmortem import evidence_signals, lint_postmortem, read_sections
from llmops_kit.replay import make_client, replay_with_control

POSTMORTEM = Path("postmortem_INC-2025-007.md")
EVIDENCE_DIR = Path("traces/inc_2025_007")
TEMPLATE = Path("runbooks/postmortem_template.md")

contract = load_contract()
loaded = load_traces(EVIDENCE_DIR)
print("evidence traces loaded:", len(loaded.traces), "| load errors:", len(loaded.errors))

# %% [markdown]
# ### 5.1 Lint the postmortem
# The linter returns every problem with its section and line; an empty issue list means the document
# meets the brief and every number it quotes for a trace is what the package computes.

# %%
report = lint_postmortem(
    POSTMORTEM,
    template=TEMPLATE if TEMPLATE.exists() else None,
    evidence=loaded.traces,
    contract=contract,
)
print(report.summary())
display(pd.DataFrame([report.stats]))
_ = save_text(report.summary(), "task5_postmortem_lint")

# %% [markdown]
# ### 5.2 Evidence traces: key signals
# One row per trace, in time order. `findings` lists the detectors that fired; the fine-tuned model's
# failing answers are flagged HALLUCINATION because sentences in them are not supported by the
# retrieved articles, while retrieval relevance and prompt version stay normal.

# %%
signals = evidence_signals(loaded.traces, contract)
_ = save_table(signals, "task5_evidence")
display(signals)

# %%
# The quality proxy per phase of the day, computed from the same traces (share of answers at or above the
# contract's answer floor), next to how many answers the detectors flagged.
facts = trace_facts(loaded.traces, contract).merge(signals[["trace_id", "findings"]], on="trace_id")
deploy, rollback = pd.Timestamp("2025-03-10 09:15", tz="UTC"), pd.Timestamp("2025-03-10 11:20", tz="UTC")
facts["phase"] = pd.cut(
    facts["timestamp"],
    bins=[pd.Timestamp("2025-03-10 00:00", tz="UTC"), deploy, rollback, pd.Timestamp("2025-03-11", tz="UTC")],
    labels=["before deploy (gpt-4o-mini)", "incident (tone-v3 fine-tune)", "after rollback (gpt-4o-mini)"],
    right=False,
)
phases = (
    facts.groupby("phase", observed=True)
    .agg(
        traces=("trace_id", "size"),
        model=("model", "first"),
        quality_proxy_rate=("quality_pass", "mean"),
        hallucination_findings=("findings", lambda s: int(s.str.contains("HALLUCINATION").sum())),
    )
    .reset_index()
)
phases["quality_proxy_rate"] = phases["quality_proxy_rate"].astype(float).round(2)
_ = save_table(phases, "task5_phases")
display(phases)

# The alert window the brief quotes ("91% -> 64% by 10:30"): the hour before the deploy vs the hour to 10:30.
task5_hhmm = facts["timestamp"].dt.strftime("%H:%M")
task5_brief_windows = []
for label, start, end in [("hour before the deploy", "08:15", "09:15"), ("hour to 10:30", "09:30", "10:30")]:
    window = facts[(task5_hhmm >= start) & (task5_hhmm < end)]
    passed = int(window["quality_pass"].astype(bool).sum())
    task5_brief_windows.append({"window": f"{label} ({start}-{end} UTC)", "answers": len(window), "passed": passed,
                                "quality proxy": round(passed / len(window), 2)})
display(pd.DataFrame(task5_brief_windows))

# %% [markdown]
# The postmortem's Detection section asks why the warning came so long after the deploy. Two checks:
# what a 60-minute window of all traffic would show after a step from the before-deploy pass rate to the
# incident-phase pass rate (arithmetic on the phase table), and what our sample's own 60-minute window
# shows at the times the timeline names. The sample holds only about a dozen answers per hour, so one
# answer moves it by about 8 points: it can contradict a story, not time an alert.

# %%
task5_before, task5_during = phases["quality_proxy_rate"].iloc[0], phases["quality_proxy_rate"].iloc[1]
task5_rows = []
for task5_label, task5_bound in [("warning", contract.metrics["quality_proxy_rate"].warning),
                                 ("critical", contract.metrics["quality_proxy_rate"].critical)]:
    task5_minutes = 60 * (task5_before - task5_bound) / (task5_before - task5_during)
    task5_rows.append({"check": f"step model: 60-minute window crosses the {task5_label} bound",
                       "window ends (UTC)": (deploy + pd.Timedelta(minutes=round(task5_minutes))).strftime("%H:%M"),
                       "minutes after deploy": round(task5_minutes), "answers": None, "passed": None,
                       "quality proxy": task5_bound})
for task5_time in ["09:45", "10:05", "10:24", "10:30"]:
    task5_end = pd.Timestamp(f"2025-03-10 {task5_time}", tz="UTC")
    task5_window = facts[(facts["timestamp"] > task5_end - pd.Timedelta("60min")) & (facts["timestamp"] <= task5_end)]
    task5_passed = int(task5_window["quality_pass"].astype(bool).sum())
    task5_rows.append({"check": "evidence sample: rolling 60-minute window", "window ends (UTC)": task5_time,
                       "minutes after deploy": int((task5_end - deploy).total_seconds() // 60),
                       "answers": len(task5_window), "passed": task5_passed,
                       "quality proxy": round(task5_passed / len(task5_window), 2)})
task5_detection = pd.DataFrame(task5_rows)
_ = save_table(task5_detection, "task5_detection")
display(task5_detection)

# %% [markdown]
# **What the two checks say.** If the pass rate stepped from 91% to 59% at 09:15, a 60-minute window over
# all traffic would fall under the 85% warning bound 11 minutes later (09:26) and under the 75% critical
# bound after 30 minutes (09:45). Our sample agrees on the first part: its own window is already at 82%
# (9 of 11 answers) at 09:45 and at 77% (10 of 13) at 10:05. So the window's smoothing explains minutes of
# delay, not the 50 minutes before a warning at 10:05; if the alert fired then, the postmortem names the
# quality scorer's lag as the first suspect and does not claim more. The sample cannot time the critical
# page: at 10:24 its window reads 82% again (9 of 11) and only the hour to 10:30 shows 64% (9 of 14). With
# about a dozen answers an hour, one answer moves it by 8 points. The brief gives no alert times, so the
# postmortem's are assumed (marked there as reconstructed), and the sample is only a cross-check.

# %% [markdown]
# ### 5.3 Replay evidence, control first
# The postmortem's replay evidence, recomputed: every flagged trace is replayed with the previous model
# (`model="gpt-4o-mini"`) *and* with the recorded fine-tune (the control), both live on the offline
# simulator through the `openai` SDK. A replay can confirm the model only if the control reproduces the
# fabrication; the table says whether it did.

# %%
replay_client = make_client("simulator")  # pinned: offline and identical even with OPENAI_API_KEY set
flagged = [t for t in loaded.traces if "HALLUCINATION" in facts.set_index("trace_id").loc[t.trace_id, "findings"]]
replay_rows = []
for trace in flagged:
    judged = replay_with_control(trace, {"model": "gpt-4o-mini"}, client=replay_client, contract=contract)
    replay_rows.append({"trace_id": trace.trace_id, "reproduces": "yes" if judged.reproduces else "no",
                        "HALLUCINATION": judged.outcome("HALLUCINATION"), "verdict": judged.verdict})
replay_evidence = pd.DataFrame(replay_rows)
_ = save_table(replay_evidence, "task5_replay_evidence")
display(replay_evidence)
display(pd.DataFrame([{"replays": len(replay_evidence),
                       "control reproduces": int((replay_evidence["reproduces"] == "yes").sum()),
                       **replay_evidence["verdict"].value_counts().to_dict()}]))
by_model = facts.assign(flagged=facts["findings"].str.contains("HALLUCINATION")).groupby("model")["flagged"]
display(by_model.agg(["sum", "size"]).rename(columns={"sum": "answers flagged HALLUCINATION", "size": "answers"}))

# %% [markdown]
# The control reproduces a fabrication on 4 of the 9 flagged answers; on those 4 the gpt-4o-mini fork is
# clean, so they read *fixed*, and the other 5 are *inconclusive*. The 4 are not evidence against the model:
# the simulator's fine-tune profile adds unsupported claims because its profile *assumes* the fine-tune strays
# from the articles (its `source` says so), so the replay can only show that it recovers what was put in. An
# offline replay neither confirms nor clears the model. The evidence for the model is in the recording:
# same prompt, same retrieval quality, and only the fine-tune's answers are flagged. A replay that could
# confirm it needs a backend that reproduces the failure, i.e. the fine-tuned model itself behind
# `make_client("openai")`.

# %% [markdown]
# ### 5.4 The postmortem's header and summary
# Read from `postmortem_INC-2025-007.md`; the full document is part of the submission.

# %%
sections = read_sections(POSTMORTEM)
display(Markdown("#### Header\n\n" + sections["Header"]))
display(Markdown("#### Summary\n\n" + sections["Summary"]))

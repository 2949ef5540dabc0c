# %% [markdown]
# ## Task 2 — Trace Replay Engine
#
# **These replays are simulated.** Every replay below goes through the official `openai` SDK
# (`client.chat.completions.create`), but the SDK's HTTP transport is an offline *simulator*: a documented
# behaviour model (`llmops_kit/replay/simulator.py`, `docs/replay.md`) that reads the system prompt's
# instructions, extracts its answer from the context it is sent, and has per-model profiles for latency,
# answer length and faithfulness. No key, no network, the same numbers on every run, and every replayed
# trace records `backend="simulator"`.
#
# To run the very same cells against a real model, replace `make_client("simulator")` with
# `make_client("openai")` after `export OPENAI_API_KEY=...` (and `OPENAI_BASE_URL=...` for any
# OpenAI-compatible server). Latency is then measured wall time and the numbers will differ from run to run.
#
# `replay_trace(trace, overrides)` rebuilds the whole request from the trace: the query, the prompt variables
# recorded on the LLM span, the retrieved documents and tool results (served from the recording), and the
# recorded model and temperature unless overridden; it renders the requested prompt version from the prompt
# registry. `save_trace_record` / `load_trace_record` are the loaders from `llmops_kit.io`.

# %%
from pathlib import Path

import pandas as pd
from IPython.display import display

from llmops_kit.io import load_trace_record, save_trace_record
from llmops_kit.outputs import save_table
from llmops_kit.replay import (
    VALID_OVERRIDES,
    bulk_replay,
    compare_traces,
    comparison_value,
    explain_row,
    make_client,
    replay_trace,
    trace_quality,
    verdict_counts,
)

TRACE_DIR = Path("traces/ch07_debug")
client = make_client("simulator")
print("valid overrides:", ", ".join(VALID_OVERRIDES))

# %% [markdown]
# ### Experiment 1 — fix the wrong prompt version (trace-c)

# %%
trace_c = load_trace_record(TRACE_DIR / "trace-c-wrong-prompt-ver.json")
replay_c = replay_trace(trace_c, {"prompt_version": "v2.0"}, client=client)
exp1 = compare_traces(trace_c, replay_c)
save_table(exp1, "task2_experiment1")
replay_path = save_trace_record(replay_c, Path("outputs") / "task2_replay_trace_c.json")
print("replayed trace saved as", replay_path.as_posix(), "| backend:", replay_c.metadata["replay"]["backend"])
display(exp1)

# %%
q_before = comparison_value(exp1, "quality_score", "original")
q_after = comparison_value(exp1, "quality_score", "replayed")
verdict = "improves" if q_after > q_before else "does not improve"
print(
    f"Quality {verdict}: {q_before:.2f} with {trace_c.prompt_version} -> "
    f"{q_after:.2f} with {replay_c.prompt_version}.\n"
    f"Original answer opens with: {trace_c.answer[:45]!r}\n"
    f"Replayed answer opens with: {replay_c.answer[:45]!r}"
)

# %% [markdown]
# The legacy v1.3 template tells the model to open with a fixed greeting and to use "anything else you know";
# v2.0 restricts it to the help-center articles, asks for a citation on every fact and drops the greeting.
# With only the prompt version changed (same query, same documents, same model), the brand-tone violation
# and the unsupported sentences disappear, which confirms the Task 1 diagnosis: the prompt version, not
# retrieval or the model, caused trace-c's low quality.

# %% [markdown]
# ### Experiment 2 — fix the slow response (trace-f)
#
# Three rows of evidence: the original, a *control* replay with no override (same model, so it isolates
# what replay itself changes), and the replay with `model="gpt-4o-mini"`.

# %%
trace_f = load_trace_record(TRACE_DIR / "trace-f-slow-response.json")
control_f = replay_trace(trace_f, None, client=client)
mini_f = replay_trace(trace_f, {"model": "gpt-4o-mini"}, client=client)
exp2 = compare_traces(trace_f, mini_f)
save_table(exp2, "task2_experiment2")
display(exp2)

# %%
def facts(label: str, trace) -> dict:
    return {
        "run": label, "model": trace.model, "latency_ms": round(trace.duration_ms),
        "llm_ms": round(trace.llm_span.duration_ms), "output_tokens": trace.usage.output_tokens,
        "cost_usd": trace.cost_usd, "quality": trace_quality(trace),
    }


exp2_runs = pd.DataFrame([facts("original", trace_f), facts("replay, no override", control_f),
                          facts("replay, gpt-4o-mini", mini_f)])
save_table(exp2_runs, "task2_experiment2_runs")
display(exp2_runs)

# %%
orig, ctrl, mini = exp2_runs.to_dict("records")
print(
    f"Latency {orig['latency_ms']:,} ms -> {mini['latency_ms']:,} ms with gpt-4o-mini "
    f"({(mini['latency_ms'] - orig['latency_ms']) / orig['latency_ms']:+.0%}); "
    f"cost ${orig['cost_usd']:.5f} -> ${mini['cost_usd']:.5f} "
    f"({(mini['cost_usd'] - orig['cost_usd']) / orig['cost_usd']:+.0%}).\n"
    f"The control replay (same model) already takes {ctrl['latency_ms']:,} ms: the original spent "
    f"{orig['llm_ms']:,} ms in the model writing {orig['output_tokens']} tokens, the replayed answers are "
    f"{ctrl['output_tokens']} and {mini['output_tokens']} tokens.\n"
    f"Quality: original {orig['quality']:.2f}, control {ctrl['quality']:.2f}, gpt-4o-mini {mini['quality']:.2f}."
)

# %% [markdown]
# **Discussion.** The numbers above answer the brief's question in two parts. First, most of trace-f's
# latency came from the *length* of the answer (hundreds of output tokens decoded at about 9 ms each), and the
# control replay shows that a v2.0-compliant answer of normal length is fast on gpt-4o too; so the cheaper
# model is not the only fix, and capping output (`max_tokens`, enforcing the 120-word rule) is the cheaper
# change. Second, gpt-4o-mini cuts latency and cost further at equal quality *for this request* in the
# simulator: its answer is shorter (two extracted sentences instead of three), and its profile has lower
# faithfulness (0.60 vs 0.75 without grounding instructions; 5% vs 2% of grounding instructions ignored),
# which shows up as occasional unsupported claims over many requests rather than in one trace. A model
# downgrade should therefore be gated by a bulk replay of a representative set, not decided on one trace.

# %% [markdown]
# ### Bulk replay — all six traces with prompt_version = "v2.0"
#
# Each replay is judged two ways: **pass/fail** against gates read from the observability contract (quality
# at or above the answer floor, latency within the SLA, cost within budget, no new diagnosis finding), and
# **improved / same / degraded** against its original (quality change beyond ±0.02, or a new finding).

# %%
bulk = bulk_replay(TRACE_DIR, {"prompt_version": "v2.0"}, client=client, concurrency=4, progress=False)
bulk_view = bulk[["trace_id", "passed", "verdict", "quality_before", "quality_after", "quality_delta",
                  "latency_before_ms", "latency_after_ms", "cost_delta_usd", "findings_before", "findings_after",
                  "resolved_findings", "new_findings", "error"]]
file_of = {load_trace_record(p).trace_id: p.name for p in TRACE_DIR.glob("*.json")}
bulk_view.insert(0, "file", bulk_view["trace_id"].map(file_of))
save_table(bulk_view, "task2_bulk_replay")
display(bulk_view)

# %%
counts = verdict_counts(bulk)
print(f"improved: {counts['improved']}, same: {counts['same']}, degraded: {counts['degraded']}, "
      f"errors: {counts['error']}; passed all gates: {int(bulk['passed'].sum())} of {len(bulk)}")
for (_, row), name in zip(bulk.iterrows(), bulk_view["file"], strict=True):
    print(f"- {name}: {explain_row(row)}")

# %% [markdown]
# **Analysis.** Reading the rows above:
#
# - **Improved by the prompt itself**: trace-c is the only trace recorded with v1.3; replaying it with v2.0
#   resolves the wrong-prompt-version finding and lifts quality, exactly as in Experiment 1.
# - **Improved, but not fixed**: trace-b was already v2.0. The replay keeps the recorded (irrelevant)
#   documents, so the retrieval-mismatch finding is still there; quality rises only because the simulated
#   model obeys v2.0's refusal rule where the production model answered from an unrelated article. The
#   customer still gets no answer: the fix belongs in retrieval (see the index override below).
# - **Not reproduced**: trace-e's hallucination does not recur with the same prompt, context and model
#   family. Fabrication that does not reproduce under identical inputs points at the model's sampling or a
#   model change, not at the prompt or retrieval (the INC-2025-007 lesson: replay with the model that served
#   the incident, not a healthy one).
# - **Same**: trace-a (healthy) stays healthy; trace-d keeps its tool timeout because tool results are served
#   from the recording (a prompt cannot fix an order service that did not answer); trace-f's latency falls
#   only because the replayed answer is of normal length, which quality does not register.
# - **Degraded**: the cell below states, from the table, whether any trace degraded and what that means for
#   rolling v2.0 out everywhere.

# %%
degraded = bulk[bulk["verdict"] == "degraded"]
if degraded.empty:
    print(f"No trace degraded: v2.0 lowered no quality score and added no finding on these {len(bulk)} traces, "
          "so keeping v2.0 everywhere is supported by this evidence.")
else:
    print(f"{len(degraded)} trace(s) degraded and need review before v2.0 ships:")
    for _, row in degraded.iterrows():
        print(" -", explain_row(row))

# %% [markdown]
# ### Extra: force retrieval from the index (trace-b)
#
# The `index` override re-runs retrieval against a named local BM25 index instead of serving the recorded
# documents, which tests the retrieval hypothesis for trace-b directly.

# %%
trace_b = load_trace_record(TRACE_DIR / "trace-b-retrieval-mismatch.json")
reindexed_b = replay_trace(trace_b, {"index": "kb-primary"}, client=client)
pd.DataFrame({
    "run": ["original", "replay, index=kb-primary"],
    "documents": [", ".join(f"{d.id} ({d.score:.2f})" for d in t.documents) for t in (trace_b, reindexed_b)],
    "answer (first 160 chars)": [t.answer[:160] for t in (trace_b, reindexed_b)],
    "quality": [comparison_value(compare_traces(trace_b, reindexed_b), "quality_score", side)
                for side in ("original", "replayed")],
})

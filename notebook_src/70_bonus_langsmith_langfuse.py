# %% [markdown]
# ## Bonus — LangSmith vs Langfuse
#
# The same course trace is exported into both platforms' data models with `llmops_kit.importers`
# (`to_langfuse` gives Langfuse's trace-with-observations JSON, `to_langsmith` gives LangSmith runs as
# its SDK's `Run` schema serialises them). The test suite validates both exports against JSON schemas
# generated from the SDKs' model classes and committed with the tests, and importing them back gives the
# same diagnosis as the original.
#
# The comparison table below is computed from the two exports, not written by hand: for each debugging
# fact it shows where each data model keeps it, the value found there, and how directly it is exposed
# (`first-class` = a typed field the platform's UI understands, `convention` = present only in metadata
# or inputs/outputs under a key the application chose, `absent`).

# %%
import json
from pathlib import Path

import pandas as pd
from IPython.display import display

from llmops_kit.diagnose import diagnose
from llmops_kit.importers import (
    from_langfuse,
    from_langsmith,
    platform_comparison,
    to_langfuse,
    to_langsmith,
    visibility_by_failure_mode,
)
from llmops_kit.io import load_trace_record, load_traces
from llmops_kit.outputs import save_table

trace = load_trace_record(Path("traces/ch07_debug/trace-d-tool-timeout.json"))
langfuse_json = to_langfuse(trace)
langsmith_runs = to_langsmith(trace)

generation = next(o for o in langfuse_json["observations"] if o["type"] == "GENERATION")
llm_run = next(r for r in langsmith_runs if r["run_type"] == "llm")
print("Langfuse GENERATION observation (excerpt):")
print(json.dumps({k: generation[k] for k in ("type", "name", "model", "promptName", "promptVersion", "usageDetails",
                                             "costDetails", "startTime", "endTime")}, indent=1))
print("LangSmith llm run (excerpt):")
print(json.dumps({"run_type": llm_run["run_type"], "name": llm_run["name"],
                  "invocation_params": llm_run["extra"]["invocation_params"],
                  "metadata.prompt_version": llm_run["extra"]["metadata"].get("prompt_version"),
                  "prompt_tokens": llm_run["prompt_tokens"], "completion_tokens": llm_run["completion_tokens"],
                  "total_cost": llm_run["total_cost"], "start_time": llm_run["start_time"]}, indent=1))

# %%
# Both exports import back to a trace that diagnoses exactly like the original.
original = diagnose(trace)
round_trips = {"Langfuse": diagnose(from_langfuse(langfuse_json)[0]),
               "LangSmith": diagnose(from_langsmith(langsmith_runs)[0])}
display(pd.DataFrame([{"copy": "original", "findings": ", ".join(original.codes) or "healthy"}]
             + [{"copy": f"via {name}", "findings": ", ".join(d.codes) or "healthy",
                 "identical to original": [f.model_dump() for f in d.findings]
                 == [f.model_dump() for f in original.findings]}
                for name, d in round_trips.items()]))

# %%
comparison = platform_comparison(trace)
save_table(comparison, "bonus_langsmith_vs_langfuse")
display(comparison)

# %% [markdown]
# ### Which data model shows each failure mode better?
#
# Each of the five failure traces is exported both ways; the facts that reveal its diagnosis are looked
# up in its comparison table and the access levels are counted (first-class 2, convention 1, absent 0).

# %%
course = load_traces(Path("traces/ch07_debug")).traces
comparisons = {t.trace_id: platform_comparison(t) for t in course}
cases = [(code, t.trace_id, comparisons[t.trace_id]) for t in course for code in diagnose(t).codes]
verdicts = visibility_by_failure_mode(cases)
save_table(verdicts, "bonus_visibility_by_failure_mode")
display(verdicts)

# %%
# The values behind each verdict: what each data model shows for the facts that reveal the failure.
names = {t.trace_id: p.name.removesuffix(".json") for p, t in
         ((p, load_trace_record(p)) for p in sorted(Path("traces/ch07_debug").glob("*.json")))}
evidence = pd.concat([
    comparisons[row.trace_id][comparisons[row.trace_id]["fact"].isin(row.facts.split(", "))]
    .assign(failure_mode=row.failure_mode, trace=names[row.trace_id])
    for row in verdicts.itertuples()
])
display(evidence[["failure_mode", "trace", "fact", "langfuse_value", "langfuse_access", "langsmith_value",
                  "langsmith_access"]].reset_index(drop=True))

# %% [markdown]
# **Reading the verdicts.** The table has six rows for five failure modes, because HALLUCINATION was found on two
# traces (trace-c and trace-e) and has a row for each, but counts as one mode in the verdicts. Three modes come out
# equal, for two different reasons. For two of them the data models are equally *good*: both record every step with
# its start and end, its status and its token counts as typed fields, so the tool timeout (trace-d) shows the failed
# `tool.order_status` step at 3,002 ms on either timeline, and the slow response (trace-f) shows 850 input and 819
# output tokens next to the 9,230 ms. For the retrieval mismatch they are equally *weak* (see below). Where they
# differ, it is in what the platform *links* rather than what it stores:
#
# - **Wrong prompt version: Langfuse.** A Langfuse generation points at a prompt in its registry, so the
#   version that ran is a field the UI can filter on and compare with the one in production. LangSmith
#   has no prompt field on an llm run; trace-c's `v1.3` is visible only because our application logged it
#   under a metadata key. One caveat we found exporting it: Langfuse numbers prompt versions with
#   integers, so our `v1.3` becomes a registry number and the team needs the mapping to read it.
# - **Hallucination: Langfuse on points, but neither in practice.** Langfuse keeps each score inline with
#   its comment, where a LangSmith run carries only aggregated feedback statistics, so the count favours
#   Langfuse. On trace-e, though, the stored scores are good: the user gave a thumbs-up (1.0) and the
#   online evaluator rated answer relevance 0.91. Neither platform's stored signals reveal this
#   hallucination; only comparing the answer with the retrieved documents does, which is a check the
#   team has to run itself (here, `llmops_kit.quality`) and log as its own score.
# - **Retrieval mismatch: equal, and equally weak.** Both keep the retrieved documents, but neither has a field for a
#   document's relevance score, so trace-b's scores are in document metadata on both sides. Teams that
#   debug retrieval often should log the score under a fixed metadata key (as `llmops_kit` does) and
#   build a filter on it.
#
# LangSmith's one advantage in this comparison is the full exception and traceback on a failed run, which
# Langfuse reduces to a one-line status message; for these traces the one line was enough, so the scores
# above do not count it. So for
# debugging a RAG bot the choice turns on prompt management: a team that versions prompts in the platform
# gets the faster path to the most common LLM-specific regression with Langfuse. Whichever one a team uses,
# `llmops_kit` loads its exports (Langfuse legacy and v2, LangSmith run lists and trees, OpenTelemetry
# OTLP/JSON) and runs the same diagnosis on them.

# %% [markdown]
# ## Bonus — LangSmith vs Langfuse
#
# The same course trace is exported into both platforms' data models with `llmops_kit.importers`
# (`to_langfuse` gives Langfuse's trace-with-observations JSON, `to_langsmith` gives LangSmith runs as
# its SDK's `Run` schema serialises them). Both exports are validated against the SDKs' own model
# classes in the test suite, and importing them back gives the same diagnosis as the original.
#
# The comparison table below is computed from the two exports, not written by hand: for each debugging
# fact it shows where each data model keeps it, the value found there, and how directly it is exposed
# (`first-class` = a typed field the platform's UI understands, `convention` = present only in metadata
# or inputs/outputs under a key the application chose, `absent`).

# %%
import json
from pathlib import Path

import pandas as pd
from IPython.display import Markdown, display

from llmops_kit.diagnose import diagnose
from llmops_kit.importers import (
    from_langfuse,
    from_langsmith,
    platform_comparison,
    render_discussion,
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
display(Markdown(render_discussion(verdicts, comparisons)))

# %% [markdown]
# **Reading the verdicts.** The two data models record almost the same facts about a RAG request; the
# differences are in how directly the UI can show them. Langfuse's edge is prompt management (the
# generation points at a registered prompt version) and inline scores; LangSmith's edge is the full
# exception text on a failed run. Retrieval quality is equally indirect in both, because neither
# platform has a field for a document's relevance score: teams that debug retrieval often should log
# the score under a fixed metadata key (as `llmops_kit` does) and build a filter or dashboard on it.
# Whichever platform a team uses, `llmops_kit` can load its exports (Langfuse legacy and v2, LangSmith
# run lists and trees, OpenTelemetry OTLP/JSON) and run the same diagnosis on them.

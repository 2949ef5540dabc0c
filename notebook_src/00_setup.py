# %% [markdown]
# # Debugging, Incident Response and Postmortem for LLM Systems
#
# **Author:** Student (`make run STUDENT=Your_Name` puts your name here, on the report and on the zip)
#
# **Course:** LLM Observability — From Traces to Incident Response (chapters 7-10)
#
# Three alerts fired this morning on our RAG customer-support bot: the quality proxy rate fell from
# 92% to 68% within an hour, p95 latency rose from 1,800 ms to 9,200 ms, and the tool success rate fell
# from 97% to 72%. This notebook follows those alerts from trace to postmortem, one section per task.
#
# The code the brief asks students to write is written here: the trace record functions, `replay_trace`,
# `compare_traces` and `bulk_replay` in Task 2, the two circuit breakers in Task 4, the drill stage by stage
# in Task 6. The supporting parts (trace models and loaders, detectors, the simulator, metrics, the triage
# tree) come from the `llmops_kit` package that ships beside this notebook, and where both exist the
# notebook checks that its version and the package's agree. Replays run against an **offline simulator** by default
# (no API key, no network, deterministic) through the official `openai` SDK; to send the very same calls
# to a real model, set `OPENAI_API_KEY` and change `make_client("simulator")` to `make_client("openai")`
# (see Task 2).
#
# Each task section starts with its own imports and loads its own data, so any section can be run
# on its own after this setup cell.

# %%
# Setup: pandas display options and the repository paths every section uses.
from pathlib import Path

import pandas as pd

REPO = Path.cwd()
TRACE_DIR = REPO / "traces" / "ch07_debug"
OUTPUTS = REPO / "outputs"
SCREENSHOTS = REPO / "screenshots"
SEED = 7

pd.set_option("display.max_colwidth", None)  # show answers and diagnoses whole; HTML wraps them
pd.set_option("display.width", 160)
print("trace files:", sorted(p.name for p in TRACE_DIR.glob("*.json")))

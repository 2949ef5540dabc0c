# %% [markdown]
# ## Task 1 — Trace Inspection & Failure Diagnosis
#
# The course's own trace files were not available to us, so the six traces in `traces/ch07_debug/` were built
# to the brief's descriptions by `tools/make_course_traces.py` (one per failure mode, with realistic spans,
# timings and text). That makes this task a check that the detectors find what each trace was built to show,
# not a discovery. On traces written independently in other domains and never tuned on (the project's held-out
# evaluation sets; the README gives the figures) only about half of the hallucination detector's alarms are
# right, so its verdicts below are leads to read against the evidence quoted with them, not proof. They are
# loaded with `load_trace_record` and diagnosed by `llmops_kit.diagnose`. Each detector reads **one signal**
# from the trace (relevance scores, the prompt version on the LLM span, tool span timings and status, the
# answer compared with its retrieved context, request latency, token usage and cost, PII patterns) and
# compares it with a threshold from the observability contract. No trace file carries a label: the file names
# below are only used as display names, and the verdicts come from the signals alone.
#
# Hallucination in particular is not read from a flag or a logged score: `llmops_kit.quality` splits the
# answer into claims and checks each claim's words, numbers and names against the retrieved documents.

# %%
# Task 1 setup: imports and the trace files, loaded one by one with the brief's load_trace_record.
from pathlib import Path

import pandas as pd
from IPython.display import display

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose, thresholds_table
from llmops_kit.io import load_trace_record
from llmops_kit.outputs import save_table
from llmops_kit.summary import evidence_table, summary_table

TASK1_DIR = Path("traces/ch07_debug")
TASK1_FILES = [
    "trace-a-normal-success.json",
    "trace-b-retrieval-mismatch.json",
    "trace-c-wrong-prompt-ver.json",
    "trace-d-tool-timeout.json",
    "trace-e-hallucination.json",
    "trace-f-slow-response.json",
]
contract = load_contract()
task1_traces = [load_trace_record(TASK1_DIR / name) for name in TASK1_FILES]
# Display names only ("trace-b" ...): never passed to a detector.
task1_labels = {
    t.trace_id: "-".join(name.split("-")[:2]) for t, name in zip(task1_traces, TASK1_FILES, strict=True)
}
for trace, name in zip(task1_traces, TASK1_FILES, strict=True):
    print(f"loaded {name:<34} trace_id={trace.trace_id}  spans={len(trace.spans)}")

# %% [markdown]
# ### The diagnosis rules
#
# Every threshold below is read from the observability contract at run time; changing the contract
# changes the verdicts without touching code.

# %%
display(thresholds_table(contract))

# %% [markdown]
# ### Summary table
#
# One row per trace with the columns the brief asks for. `relevance_scores` lists each retrieved
# document's score in rank order; `error` is "yes" when any span recorded an error; `diagnosis` is the
# primary finding (the most upstream one), or "Healthy" when no detector fired.

# %%
def summarize(trace) -> dict:
    """One row of the summary table, read span by span from the loaded trace."""
    root = next(s for s in trace.spans if s.parent_id is None)  # the request as the user saw it
    retrievers = [s for s in trace.spans if s.kind == "retriever"]
    llm = [s for s in trace.spans if s.kind == "llm"][-1]  # the last LLM call wrote the answer
    documents = [d for s in retrievers for d in (s.documents or [])]
    return {
        "trace_id": trace.trace_id,
        "user_query": trace.query or "",  # the trace input, else the root's, else the retriever's query
        "n_docs": len(documents) if any(s.documents is not None for s in retrievers) else None,
        "relevance_scores": ", ".join(f"{d.score:.2f}" for d in documents if d.score is not None) or "-",
        "prompt_version": llm.prompt.version if llm.prompt else "-",
        "model": llm.model or "-",
        "latency_ms": round(root.duration_ms),
        "error": "yes" if any(s.failed for s in trace.spans) else "no",
        "diagnosis": diagnose(trace, contract).headline(),  # the detectors, from llmops_kit.diagnose
    }


task1_table = pd.DataFrame([summarize(t) for t in task1_traces]).astype({"n_docs": "Int64", "latency_ms": "Int64"})
task1_table.insert(0, "trace", [task1_labels[t] for t in task1_table["trace_id"]])
save_table(task1_table, "task1_trace_summary")
display(task1_table)
# the package's summary_table (what `llmops inspect` prints) must give the same rows
same_rows = task1_table.drop(columns="trace").equals(summary_table(task1_traces, contract))
print("same as llmops_kit.summary.summary_table:", same_rows)
assert same_rows

# %% [markdown]
# The `diagnosis` column is the detector's finding, a symptom with its threshold. What went wrong, as the deep
# dives below read it from the spans, is my own line per trace:

# %%
written_causes = {
    "trace-a": "nothing: a grounded, cited answer within every bound",
    "trace-b": "the router's category filter {'category': ['orders']} kept the password articles out of the search",
    "trace-c": "prompt v1.3 is still served: it asks for the banned opener and invites outside knowledge",
    "trace-d": "the order-status tool hit its 3,000 ms timeout, so the answer had no live order data",
    "trace-e": "the model filled gaps with invented fees and deadlines and cited real articles for them",
    "trace-f": "an 819-token answer ignored the 120-word rule; generation took 92% of the request",
}
task1_table["cause (read from the spans)"] = task1_table["trace"].map(written_causes)
save_table(task1_table, "task1_trace_summary")
display(task1_table[["trace", "diagnosis", "cause (read from the spans)"]])

# %% [markdown]
# ### The evidence behind each diagnosis
#
# Before writing anything, the signals of the five failing traces side by side: what the user asked and
# saw, where the time went, what retrieval and the tool returned, which prompt and parameters ran, and
# what the quality check found. `evidence_table` computes every cell from the trace; the write-ups below
# quote it (a test checks that each number they quote is in this section's output).

# %%
task1_diagnoses = {t.trace_id: diagnose(t, contract) for t in task1_traces}
task1_failing = [t for t in task1_traces if not task1_diagnoses[t.trace_id].healthy]
task1_evidence = evidence_table(task1_failing, contract, task1_labels)
save_table(task1_evidence.reset_index(names="signal"), "task1_evidence")
display(task1_evidence)

# %% [markdown]
# ### trace-b: retrieval mismatch
#
# **Symptom.** The customer asked how to reset a password because the reset e-mail never came. The bot
# answered a different question: where an *order confirmation* e-mail might have gone and that support
# chat can resend it. Nothing in the reply helps with a password; the customer is still locked out.
#
# **Root cause.** Retrieval handed the model the wrong articles. The four documents score 0.31, 0.19,
# 0.19 and 0.08, all under the 0.50 relevance floor, and they are about order e-mails, missing parcels,
# gift wrapping and tracking. The retriever span shows why: the search ran with the filter
# `{'category': ['orders']}`, so account articles such as password help could not be found at all.
# The primary cause sits before the model: a query routed to the wrong category. Generation adds a
# second, smaller failure: prompt v2.0 says to admit missing information when the articles do not cover
# the question, and the model answered from kb-040 instead (the evidence table's rule-violation row).
#
# **Signal that reveals it.** The relevance scores on the retriever span, with the filter attribute
# next to them. Latency (1,140 ms), token count (815) and the error flag look like any good request.
#
# **Would HTTP monitoring catch it?** No. The request returned a normal, fast, successful response.
# Only the content of the retrieval span shows that the answer was built on unrelated articles.

# %% [markdown]
# ### trace-c: wrong prompt version
#
# **Symptom.** The reply opens with "As an AI assistant, I'd be happy to help!", the phrase our tone
# guide bans, and after a correct explanation of exchanges and the $5.95 label fee it adds advice that
# "most retailers" give 90 extra days when you pay with a store credit card. None of our articles says
# that. The customer gets an off-brand answer with one piece of retail folklore mixed in.
#
# **Root cause.** The LLM span ran `support-answer` v1.3 while the contract expects v2.0. The recorded
# system prompt explains both symptoms: v1.3 *instructs* the model to begin with that phrase and to use
# "anything else you know about online retail", and it has no citation rule, no refusal rule and no
# word limit. Retrieval was excellent (0.91 and 0.91 on the two return articles), so the model had the
# right facts and was told it could go beyond them. The deploy log should show a rollback or a stale
# alias pointing at v1.3.
#
# **Signal that reveals it.** The prompt version on the LLM span (v1.3 against v2.0), confirmed by the
# banned-phrase violation. The groundedness check also flags the store-credit-card sentence
# (HALLUCINATION), but that is a consequence: v1.3 invited the outside knowledge, so the prompt version
# stays the primary finding. Latency (1,985 ms) and tokens (888) are ordinary.
#
# **Would HTTP monitoring catch it?** No. An old template produces well-formed responses at the usual
# speed; only the prompt reference in the trace gives it away.

# %% [markdown]
# ### trace-d: tool timeout
#
# **Symptom.** The customer asked where order NW-4480215 is, because tracking stopped updating. After
# 4,466 ms the bot apologised that it "couldn't look up the status" and pointed to the self-service
# tracking page and the 5-business-day investigation rule. The advice is accurate but it is not what was
# asked: the customer still does not know where the parcel is and will probably contact a human.
#
# **Root cause.** The `order_status` tool span failed with a timeout after 3,002 ms against its
# 3,000 ms limit; the call to the order service was cancelled. That one wait took 67% of the request.
# The model then answered without the live data, gracefully but without the one fact the question
# needed. Retrieval was fine (best score 0.77) and the prompt was the expected v2.0, so the fault is the
# dependency: the order service was slow or down, or the 3,000 ms budget is too tight for it.
#
# **Signal that reveals it.** The tool span: status `error`, duration against its timeout, and the
# trace's error flag. Over many requests the same signal is the falling tool success rate (the third
# alert of this morning).
#
# **Would HTTP monitoring catch it?** No. The bot swallowed the tool error and returned a successful
# response inside the 5,000 ms SLA. An HTTP check would only notice if a retry pushed the request past the SLA.

# %% [markdown]
# The two articles trace-e's answer cites, as retrieved (its diagnosis quotes them):

# %%
task1_trace_e = next(t for t in task1_failing if task1_labels[t.trace_id] == "trace-e")
display(pd.DataFrame([{"document": d.id, "relevance": d.score, "text": d.content}
                      for d in task1_trace_e.documents[:2]]))

# %% [markdown]
# ### trace-e: hallucination
#
# **Symptom.** The customer asked whether a broken zipper is covered and how to claim. The answer is
# confident and cited, and partly invented: it promises zippers "for life" and six years of cover for
# everything else, charges a $15 inspection fee, and suggests a "GearFix Repair partner store". A
# customer who trusts it may wait years too long to claim or expect a repair shop that does not exist.
#
# **Root cause.** The retrieved articles were the right ones (kb-027 at 0.70, kb-028 at 0.61), the
# prompt was v2.0 with its "answer only from the articles" rule, and the model still added facts that the
# articles do not contain, some of which contradict them: kb-027 gives 2 years of cover from delivery.
# Worse, the invented sentences carry real citations ([kb-027], [kb-028]), so the citations make them
# look checked. At temperature 0.2 the likely cause is the model filling gaps from its training data
# rather than random sampling, but one trace cannot separate the two: replaying it on the real model at
# temperature 0 would (Task 2's simulator cannot). Either way it is a model-behaviour failure that
# retrieval and prompt checks cannot see.
#
# **Signal that reveals it.** Only the content: the groundedness check compares each claim's numbers,
# amounts and names with the retrieved text and finds the unsupported claims listed above. Latency
# (1,976 ms), tokens (927) and status are normal.
#
# **Would HTTP monitoring catch it?** No. A made-up fact travels in a successful response as fast as a true one.

# %% [markdown]
# ### trace-f: slow response
#
# **Symptom.** The customer waited 9,230 ms for an answer, far over the 5,000 ms SLA. The content is
# correct and well grounded, but it is a small manual (exchanges, refunds, fees, sizing, a checklist)
# where two or three sentences would have done.
#
# **Root cause.** The time is in generation. The LLM span took 8,532 ms, 92% of the request; retrieval
# took 176 ms and the order tool 522 ms, both healthy. The first token came after 342 ms, so the model
# was not queued; it wrote 819 output tokens, 10.4 ms of model time per token (first token included).
# The v2.0 system prompt asks for "under 120 words" and the model ignored it, while `max_tokens` = 1024
# left room. Nothing enforces the limit, so the fix is a tighter `max_tokens`, not faster infrastructure.
# (The evidence table shows no rule violation because answer length is not one of the scorer's rules, by
# design: the 819 tokens are the evidence.)
#
# **Signal that reveals it.** Span durations (LLM share of the request) together with the output
# token count; the cost, $0.0103 against about $0.003 for the other traces, rises with it. Over a
# window this is the p95 latency alert.
#
# **Would HTTP monitoring catch it?** Yes: request latency is what HTTP monitoring measures, and 9,230 ms
# breaches the SLA. It cannot tell which step was slow; the spans can.

# %% [markdown]
# ### Severity ranking
#
# The order is my judgement; the table puts it next to the facts it rests on (HTTP visibility and the
# quality score come from the diagnosis, the rest is the reading of each case above).

# %%
task1_ranking = pd.DataFrame(
    [
        ("trace-e", "false facts about money and deadlines, with real citations attached",
         "every answer where the model fills gaps from its training"),
        ("trace-c", "mostly right, off-brand opener, one claim from outside the articles",
         "every request served by prompt v1.3"),
        ("trace-b", "a confident answer to a neighbouring question",
         "queries the category filter routes to the wrong articles"),
        ("trace-d", "told honestly that the lookup failed, with a way forward",
         "requests that need the order service while it is slow"),
        ("trace-f", "the right answer, late", "long answers"),
    ],
    columns=["trace", "what the customer is left with", "reach of the cause"],
)
task1_by_label = {task1_labels[t.trace_id]: t for t in task1_failing}
task1_ranking.insert(0, "rank", range(1, len(task1_ranking) + 1))
task1_ranking["finding"] = [task1_diagnoses[task1_by_label[x].trace_id].primary.code for x in task1_ranking["trace"]]
for task1_row, task1_column in [("visible to HTTP monitoring", "visible to HTTP monitoring"),
                                ("quality score (answer floor)", "quality score")]:
    task1_ranking[task1_column] = task1_evidence.loc[task1_row, task1_ranking["trace"]].values
save_table(task1_ranking, "task1_severity_ranking")
display(task1_ranking)

# %% [markdown]
# I ranked by what the customer is left with, then by how many requests share the cause, then by how
# long it would go unnoticed. trace-e is first because it is the only case where the customer is told
# something false that they may act on (a 2-year warranty presented as lifetime, a fee that does not
# exist), and the real citations attached to invented sentences make it harder to spot. trace-c comes
# second: its answer was mostly right, but a prompt version is a deployment setting, so every request on
# v1.3 carries the banned phrase and the instruction to use outside knowledge, which is how the
# store-credit-card claim appeared. That is also why it ranks higher than S2 in Task 3, rated SEV-3: S2
# is a tone problem only, while this trace shows the old template dropping the grounding and citation
# rules as well. trace-b misleads too, but it answers a neighbouring question rather than inventing
# policy, and only for queries that the category filter sends to the wrong shelf. trace-d fails
# honestly: the bot admits the lookup failed and points to the tracking page. trace-f is last because the
# answer is correct and the problem is already visible on the latency dashboard.

"""Task 1 views: the summary table and the evidence table the written diagnoses quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.io import load_trace_record
from llmops_kit.quality import score_trace
from llmops_kit.summary import SUMMARY_COLUMNS, evidence_table, summary_table

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "traces" / "ch07_debug"
DATA = Path(__file__).parent / "data" / "diagnosis"
TELCO = load_contract(DATA / "contract-telco.json")
DEFAULT = load_contract()


def load(name: str):
    return load_trace_record(DATA / "traces" / f"{name}.json")


def contract_for(trace):
    """The telco traces were written against the telco contract (the test knows; the trace does not say)."""
    return TELCO if trace.name == "billing-chat" else DEFAULT


# ---- summary table --------------------------------------------------------------------------------


def test_summary_table_has_the_task_1_columns():
    """The table carries exactly the brief's columns, in order, one row per trace."""
    traces = [load("healthy-bike-returns"), load("tool-error-crm-502")]
    frame = summary_table(traces)
    assert list(frame.columns) == SUMMARY_COLUMNS and len(frame) == 2


def test_summary_table_row_values_come_from_the_trace():
    """Docs, scores, version, model, latency and the error flag are read from the spans."""
    row = summary_table([load("tool-error-crm-502")]).iloc[0]
    assert row["trace_id"] == "diag-017" and row["user_query"] == "What tier is my account on?"
    assert row["n_docs"] == 1 and row["relevance_scores"] == "0.74"
    assert (row["prompt_version"], row["model"], row["latency_ms"], row["error"]) == ("v2.0", "gpt-4o-mini", 1600,
                                                                                      "yes")
    assert row["diagnosis"].startswith("TOOL_ERROR: ")


def test_summary_table_says_healthy_when_nothing_fired():
    """A healthy trace's diagnosis cell is exactly 'Healthy' and its error cell 'no'."""
    row = summary_table([load("healthy-bike-returns")]).iloc[0]
    assert row["diagnosis"] == "Healthy" and row["error"] == "no"


def test_summary_table_uses_the_contract_passed_in():
    """The telco latency trace is healthy under the default SLA and a breach under the telco one."""
    trace = load("latency-telco-slow-vector-store")
    assert summary_table([trace]).iloc[0]["diagnosis"] != summary_table([trace], TELCO).iloc[0]["diagnosis"]


def test_summary_table_of_nothing_is_an_empty_frame_with_the_columns():
    """No traces gives an empty table that still has the columns."""
    frame = summary_table([])
    assert frame.empty and list(frame.columns) == SUMMARY_COLUMNS


# ---- course traces: diagnosed by signals --------------------------------------------------------------

COURSE_PRIMARY = {
    "trace-a-normal-success.json": None,
    "trace-b-retrieval-mismatch.json": "RETRIEVAL_MISMATCH",
    "trace-c-wrong-prompt-ver.json": "WRONG_PROMPT_VERSION",
    "trace-d-tool-timeout.json": "TOOL_TIMEOUT",
    "trace-e-hallucination.json": "HALLUCINATION",
    "trace-f-slow-response.json": "LATENCY_SLA_BREACH",
}


@pytest.mark.parametrize("file", sorted(COURSE_PRIMARY))
def test_course_traces_diagnose_by_signals(file):
    """Each course trace's primary finding matches its failure mode; trace-a is healthy."""
    diagnosis = diagnose(load_trace_record(COURSE / file))
    primary = diagnosis.primary.code if diagnosis.primary else None
    assert primary == COURSE_PRIMARY[file]


# ---- evidence table ------------------------------------------------------------------------------------


def test_evidence_table_has_one_column_per_trace_named_by_label():
    """Columns follow the traces in order, named by the labels given (ids otherwise)."""
    traces = [load("healthy-bike-returns"), load("tool-error-crm-502")]
    frame = evidence_table(traces, labels={"diag-017": "crm"})
    assert list(frame.columns) == [traces[0].trace_id, "crm"]


def test_evidence_table_reads_timings_and_tools_from_the_spans():
    """Latency, the LLM share and the tool span's status and timeout come from the trace's spans."""
    trace = load_trace_record(COURSE / "trace-d-tool-timeout.json")
    column = evidence_table([trace])[trace.trace_id]
    assert column["request latency ms (SLA)"] == "4,466 (5,000)"
    assert column["tool spans"] == "tool.order_status: error, 3,002 ms of a 3,000 ms timeout (67% of the request)"
    assert column["findings"] == "TOOL_TIMEOUT" and column["visible to HTTP monitoring"] == "no"


def test_evidence_table_shows_generation_speed():
    """ms per output token is the LLM spans' time over the recorded output tokens."""
    trace = load_trace_record(COURSE / "trace-f-slow-response.json")
    column = evidence_table([trace])[trace.trace_id]
    llm_ms = sum(s.duration_ms for s in trace.spans_of("llm"))
    assert column["ms per output token"] == f"{llm_ms / trace.usage.output_tokens:.1f}"


def test_evidence_table_quotes_the_unsupported_claims():
    """A hallucinating trace lists the claims the quality check found unsupported."""
    trace = load_trace_record(COURSE / "trace-e-hallucination.json")
    column = evidence_table([trace])[trace.trace_id]
    assert column["unsupported claims"] != "-"
    assert all(s[:60] in column["unsupported claims"] for s in score_trace(trace).unsupported_sentences)

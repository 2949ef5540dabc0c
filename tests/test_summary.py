"""Task 1 views: summary table, deep-dive write-ups rendered from the data, severity ranking."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.io import load_trace_record
from llmops_kit.quality import score_trace
from llmops_kit.summary import (
    SUMMARY_COLUMNS,
    DeepDive,
    rank_failures,
    render_deep_dive,
    render_ranking_paragraph,
    summary_table,
)

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


def failing_test_traces():
    traces = [load_trace_record(p) for p in sorted((DATA / "traces").glob("*.json"))]
    return [t for t in traces if not diagnose(t, contract_for(t)).healthy]


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


# ---- deep dives ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("file", [f for f, code in sorted(COURSE_PRIMARY.items()) if code])
def test_course_deep_dives_are_150_to_250_words(file):
    """Each of the five course deep dives is within the brief's 150-250 words."""
    dive = render_deep_dive(load_trace_record(COURSE / file))
    assert 150 <= dive.word_count <= 250, dive.word_count


def test_test_trace_deep_dives_are_150_to_250_words():
    """Every failing test trace, whatever its code or product, renders within 150-250 words."""
    counts = {t.trace_id: render_deep_dive(t, contract=contract_for(t)).word_count for t in failing_test_traces()}
    assert len(counts) == 16 and all(150 <= n <= 250 for n in counts.values()), counts


def test_deep_dive_answers_the_four_questions():
    """The Markdown has the symptom, root cause, signal and HTTP parts, and the HTTP part opens yes/no."""
    dive = render_deep_dive(load("hallucination-airline-baggage"))
    text = dive.markdown("trace-x")
    for label in ("**Symptom.**", "**Root cause.**", "**Revealing signal.**", "**Would HTTP monitoring"):
        assert label in text
    assert dive.http.startswith("No.") and text.startswith("### trace-x: HALLUCINATION")


def test_deep_dive_numbers_follow_the_trace():
    """Changing the recorded latency changes the number in the write-up (nothing is typed by hand)."""
    trace = load("latency-llm-long-generation")
    root = trace.root_span
    slower = trace.model_copy(deep=True)
    slower.spans[0].end_time = root.end_time + (root.end_time - root.start_time)
    assert "8,700 ms" in render_deep_dive(trace).symptom
    assert "17,400 ms" in render_deep_dive(slower).symptom


def _floats(text: str) -> set[float]:
    return {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


@pytest.mark.parametrize("file", [f for f, code in sorted(COURSE_PRIMARY.items()) if code])
def test_deep_dive_numbers_all_come_from_the_data(file):
    """Every number in a deep dive is in the trace, the contract, the quality report or the findings.

    Span durations are computed from the recorded timestamps; small counts (up to 10) and percentages or
    ratios derived from those durations are the only other numbers allowed.
    """
    trace = load_trace_record(COURSE / file)
    dive = render_deep_dive(trace)
    diagnosis = diagnose(trace)
    source = " ".join([(COURSE / file).read_text(), DEFAULT.model_dump_json(),
                       score_trace(trace).model_dump_json(), diagnosis.model_dump_json()])
    known = _floats(source) | {float(round(s.duration_ms)) for s in trace.spans}
    text = re.sub(r"\d+% |\d+\.\d times|\(\d+ tokens/s\)", " ", dive.text)
    unexplained = {n for n in _floats(text) if n > 10 and n not in known and round(n, 2) not in known}
    assert unexplained == set(), unexplained


def test_deep_dive_of_a_healthy_trace_is_refused():
    """There is nothing to write up for a healthy trace, and the error says so."""
    with pytest.raises(ValueError, match="healthy"):
        render_deep_dive(load("healthy-bike-returns"))


def test_deep_dive_http_answer_follows_the_finding():
    """A latency breach is HTTP-visible (Yes); a retrieval mismatch is not (No)."""
    assert render_deep_dive(load("latency-llm-long-generation")).http.startswith("Yes.")
    assert render_deep_dive(load("retrieval-mismatch-saas-sso")).http.startswith("No.")


def test_deep_dive_is_a_plain_model():
    """A deep dive round-trips through JSON for saving."""
    dive = render_deep_dive(load("tool-timeout-inventory-graceful"))
    assert DeepDive.model_validate_json(dive.model_dump_json()) == dive


# ---- severity ranking ----------------------------------------------------------------------------------


def test_ranking_leaves_out_healthy_traces_and_multiplies_the_factors():
    """Healthy traces are not ranked; each score is impact x breadth x detectability."""
    traces = [load("healthy-bike-returns"), load("hallucination-airline-baggage"), load("latency-llm-long-generation")]
    ranking = rank_failures(traces)
    assert list(ranking["trace_id"]) == ["diag-009", "diag-011"]
    assert (ranking["severity_score"] == ranking["impact"] * ranking["breadth"] * ranking["detectability"]).all()


def test_ranking_puts_silent_misleading_failures_above_visible_slow_ones():
    """A silent hallucination outranks a slow but correct answer that HTTP monitoring sees."""
    ranking = rank_failures([load("latency-llm-long-generation"), load("hallucination-pharmacy-delivery")])
    assert list(ranking["code"]) == ["HALLUCINATION", "LATENCY_SLA_BREACH"]
    assert list(ranking["detectability"]) == [2, 1] and list(ranking["impact"]) == [3, 1]


def test_ranking_breaks_ties_on_the_worse_answer():
    """Two hallucinations with equal scores are ordered by their quality score, worst first."""
    ranking = rank_failures([load("hallucination-pharmacy-delivery"), load("hallucination-airline-baggage")])
    assert ranking["severity_score"].nunique() == 1
    assert ranking["quality_score"].is_monotonic_increasing


def test_ranking_paragraph_quotes_the_table():
    """The justification names every ranked trace with its computed score, using the labels given."""
    ranking = rank_failures([load("hallucination-airline-baggage"), load("tool-error-crm-502")])
    text = render_ranking_paragraph(ranking, {"diag-009": "the airline trace"})
    assert "the airline trace (HALLUCINATION, 3 x 2 x 2 = 12)" in text and "diag-017" in text


def test_ranking_of_healthy_traces_is_empty():
    """Only healthy traces give an empty ranking and a paragraph saying so."""
    ranking = rank_failures([load("healthy-bike-returns")])
    assert isinstance(ranking, pd.DataFrame) and ranking.empty
    assert render_ranking_paragraph(ranking) == "No trace failed, so there is nothing to rank."

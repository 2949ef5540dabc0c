"""compare_traces: the brief's fields side by side, with the change in each."""

from __future__ import annotations

import pytest

from llmops_kit.knowledge_base import get_index
from llmops_kit.quality import score_trace
from llmops_kit.replay import compare_traces, comparison_value, make_client, replay_trace
from llmops_kit.testing import build_trace

QUERY = "Do you ship to Canada and how much does it cost?"


@pytest.fixture(scope="module")
def pair():
    original = build_trace("t-ca", QUERY, get_index("kb-primary").search(QUERY, k=4), prompt_version="v1.3",
                           llm_ms=6000)
    replayed = replay_trace(original, {"prompt_version": "v2.0", "model": "gpt-4o-mini"},
                            client=make_client("simulator"))
    return original, replayed


def test_has_every_field_the_brief_names(pair) -> None:
    """Prompt version, model, latency, tokens, cost, quality and response are all compared."""
    table = compare_traces(*pair)
    assert list(table.columns) == ["field", "original", "control", "replayed", "delta", "change"]
    assert {"prompt_version", "model", "latency_ms", "total_tokens", "cost_usd", "quality_score",
            "response (first 200 chars)", "findings", "verdict"} <= set(table["field"])


def test_changes_are_computed_against_the_control(pair) -> None:
    """Deltas are replayed minus control (the recorded configuration replayed the same way)."""
    original, replayed = pair
    control = replay_trace(original, client=make_client("simulator"), llm="live")
    table = compare_traces(original, replayed)
    assert comparison_value(table, "latency_ms", "control") == round(control.duration_ms)
    assert comparison_value(table, "latency_ms") == round(replayed.duration_ms - control.duration_ms)
    assert comparison_value(table, "prompt_version", "change") == "v1.3 -> v2.0"
    assert comparison_value(table, "backend", "replayed") == "simulator"


def test_quality_uses_one_scorer_for_both_sides(pair) -> None:
    """Both quality cells come from score_trace, so the change is in the answer, not the judge."""
    original, replayed = pair
    table = compare_traces(original, replayed)
    assert comparison_value(table, "quality_score", "original") == round(score_trace(original).score, 3)
    assert comparison_value(table, "quality_score", "replayed") == round(score_trace(replayed).score, 3)


def test_response_is_cut_at_200_characters(pair) -> None:
    """The response cells hold at most the first 200 characters."""
    table = compare_traces(*pair)
    row = table[table["field"].str.startswith("response")].iloc[0]
    assert len(row["original"]) <= 200 and len(row["replayed"]) <= 200


def test_unknown_field_lookup_names_the_rows(pair) -> None:
    """Asking the table for a field it lacks lists the fields it has."""
    with pytest.raises(KeyError, match="latency_ms"):
        comparison_value(compare_traces(*pair), "speed")


def test_slow_recording_the_backend_cannot_reproduce_is_inconclusive(pair) -> None:
    """A 6 s model call the simulator's live control does not reproduce: the verdict says inconclusive."""
    table = compare_traces(*pair)
    assert comparison_value(table, "verdict", "control") == "reproduces: no"
    assert comparison_value(table, "verdict", "replayed") == "inconclusive"
    assert "LATENCY_SLA_BREACH not reproduced" in comparison_value(table, "findings", "change")


def test_given_control_is_used_as_is(pair) -> None:
    """A control passed in is not replayed again: its own numbers fill the control column."""
    original, replayed = pair
    table = compare_traces(original, replayed, control=original)
    assert comparison_value(table, "latency_ms", "control") == round(original.duration_ms)
    assert comparison_value(table, "verdict", "control") == "reproduces: yes"

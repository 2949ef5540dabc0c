"""bulk_replay: one row per input, gates, verdicts, and error isolation against injected faults."""

from __future__ import annotations

import pytest

from llmops_kit.errors import OverrideError
from llmops_kit.io import save_trace_record
from llmops_kit.knowledge_base import get_index
from llmops_kit.replay import Gates, bulk_replay, explain_row, make_client, run_bulk, verdict_counts
from llmops_kit.replay.server import FaultRule, SimulatorServer
from llmops_kit.replay.testing import build_trace

QUESTIONS = {
    "refund": "How long does it take to get my refund after I send a return back?",
    "exchange": "Can I exchange my jacket for a different size?",
    "password": "How do I reset my password?",
    "klarna": "Can I pay with Klarna?",
    "warranty": "What is the warranty on a tent?",
    "promo": "How do I use a promo code?",
}


def make_traces(version: str = "v1.3"):
    index = get_index("kb-primary")
    return [build_trace(f"t-{key}", q, index.search(q, k=4), prompt_version=version) for key, q in QUESTIONS.items()]


def test_injected_faults_become_error_rows_and_nothing_is_lost() -> None:
    """429, 500, malformed JSON and a too-slow answer each give an error row; the rest replay fine."""
    faults = [FaultRule(QUESTIONS["refund"], "429"), FaultRule(QUESTIONS["exchange"], "500"),
              FaultRule(QUESTIONS["password"], "malformed"), FaultRule(QUESTIONS["klarna"], "slow:1500")]
    traces = make_traces()
    with SimulatorServer(0, faults=faults, retry_after_ms=5) as server:
        client = make_client("openai", api_key="sk-test", base_url=server.base_url, timeout=0.4, max_retries=1)
        frame = bulk_replay(traces, {"prompt_version": "v2.0"}, client=client, concurrency=4, progress=False)
        served = server.requests_served
    assert list(frame["trace_id"]) == [t.trace_id for t in traces]
    kinds = dict(zip(frame["trace_id"], frame["error_kind"], strict=True))
    assert kinds == {"t-refund": "rate_limited", "t-exchange": "http_500", "t-password": "malformed_response",
                     "t-klarna": "timeout", "t-warranty": "", "t-promo": ""}
    assert list(frame["status"]) == ["error"] * 4 + ["ok"] * 2
    # 429/500/slow retried once, malformed not retried, two successes, each followed by its live control
    assert served == 2 * 3 + 1 + 2 * 1 + 2


def test_unloadable_file_is_an_error_row(tmp_path) -> None:
    """A directory with a broken file still replays the good traces and reports the bad one."""
    for trace in make_traces()[:2]:
        save_trace_record(trace, tmp_path / f"{trace.trace_id}.json")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    frame = bulk_replay(tmp_path, {"prompt_version": "v2.0"}, client=make_client("simulator"), progress=False)
    assert len(frame) == 3
    broken = frame[frame["status"] == "error"].iloc[0]
    assert "broken.json" in broken["trace_id"] and "invalid JSON" in broken["error"]


def test_prompt_fix_is_fixed_against_a_reproducing_control() -> None:
    """v1.3 traces replayed with v2.0: the live control reproduces the finding, the fork resolves it."""
    frame = bulk_replay(make_traces("v1.3"), {"prompt_version": "v2.0"}, client=make_client("simulator"),
                        progress=False)
    assert verdict_counts(frame) == {"fixed": 6, "not fixed": 0, "inconclusive": 0, "regressed": 0, "healthy": 0,
                                     "error": 0}
    assert (frame["reproduces"] == "yes").all() and frame["passed"].all()
    assert frame["resolved_findings"].str.contains("WRONG_PROMPT_VERSION").all()
    assert (frame["quality_delta"] > 0).all()


def test_prompt_rollback_regresses_and_fails() -> None:
    """v2.0 traces replayed with the legacy v1.3 gain a finding, regress and fail the quality gate."""
    frame = bulk_replay(make_traces("v2.0"), {"prompt_version": "v1.3"}, client=make_client("simulator"),
                        progress=False)
    assert verdict_counts(frame)["regressed"] == 6
    assert frame["new_findings"].str.contains("WRONG_PROMPT_VERSION").all()
    assert not frame["passed"].any()
    assert frame["failed_gates"].str.contains("quality").all()


def test_override_equal_to_the_recording_changes_nothing() -> None:
    """prompt_version=<the recorded one> serves the recording: findings persist, 'not fixed', gate fails."""
    frame = bulk_replay(make_traces("v1.3")[:2], {"prompt_version": "v1.3"}, client=make_client("simulator"),
                        progress=False)
    assert (frame["verdict"] == "not fixed").all() and (frame["llm_after"] == "recording").all()
    assert frame["failed_gates"].str.contains("still failing: WRONG_PROMPT_VERSION").all()


def test_healthy_trace_replayed_unchanged_is_healthy() -> None:
    """A healthy trace replayed with no override is served from the recording and stays healthy."""
    result = run_bulk(make_traces("v2.0")[:1], None, client=make_client("simulator"), progress=False)
    assert result.frame.loc[0, "verdict"] == "healthy" and result.frame.loc[0, "passed"]
    assert result.replays["t-refund"].answer == make_traces("v2.0")[0].answer


def test_gates_come_from_the_contract() -> None:
    """The default gates are the contract's answer floor, SLA and cost budget."""
    from llmops_kit.contract import load_contract

    c = load_contract()
    assert Gates.from_contract(c) == Gates(c.quality.answer_floor, c.latency.request_sla_ms,
                                           c.budget.cost_per_request_usd)


def test_strict_gates_fail_with_reasons() -> None:
    """A latency budget nobody can meet fails every row and says why."""
    frame = bulk_replay(make_traces()[:2], {"prompt_version": "v2.0"}, client=make_client("simulator"),
                        progress=False, gates=Gates(min_quality=0.0, latency_budget_ms=1.0, cost_budget_usd=1.0))
    assert not frame["passed"].any()
    assert frame["failed_gates"].str.contains("latency").all()


def test_bad_override_fails_before_any_replay() -> None:
    """An invalid override is the caller's error, raised once, not one error row per trace."""
    with pytest.raises(OverrideError):
        bulk_replay(make_traces(), {"prompt": "v2.0"}, client=make_client("simulator"), progress=False)


def test_concurrency_must_be_positive() -> None:
    """concurrency=0 is refused with a clear message."""
    with pytest.raises(OverrideError, match="concurrency"):
        bulk_replay(make_traces(), {}, concurrency=0, progress=False)


def test_concurrent_and_sequential_runs_agree() -> None:
    """Thread-pool order never changes the table."""
    traces = make_traces()
    sequential = bulk_replay(traces, {"model": "gpt-4o-mini"}, concurrency=1, client=make_client("simulator"),
                             progress=False)
    parallel = bulk_replay(traces, {"model": "gpt-4o-mini"}, concurrency=6, client=make_client("simulator"),
                           progress=False)
    assert sequential.equals(parallel)


def test_progress_false_prints_nothing(capsys) -> None:
    """With progress=False no progress bar reaches the output (the notebook relies on it)."""
    bulk_replay(make_traces()[:1], {}, client=make_client("simulator"), progress=False)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_explain_row_uses_the_rows_numbers() -> None:
    """The one-line explanation quotes the row's own quality and verdict."""
    frame = bulk_replay(make_traces()[:1], {"prompt_version": "v2.0"}, client=make_client("simulator"),
                        progress=False)
    row = frame.iloc[0]
    text = explain_row(row)
    assert text.startswith(f"t-refund: {row['verdict']}")
    assert f"{row['quality_after']:.2f}" in text and f"control reproduces: {row['reproduces']}" in text


@pytest.mark.parametrize(("name", "overrides", "relaxed", "reason"), [
    ("trace-d-tool-timeout", {"prompt_version": "v2.0"}, {"allow_persisting": True}, "still failing: TOOL_TIMEOUT"),
    ("trace-f-slow-response", {"model": "gpt-4o-mini"}, {"allow_inconclusive": True},
     "control did not reproduce LATENCY_SLA_BREACH"),
])
def test_persisting_and_unreproduced_findings_fail_the_gate(name, overrides, relaxed, reason) -> None:
    """A finding that persists, or a control that cannot reproduce it, fails; relaxing that gate passes it."""
    from llmops_kit.contract import load_contract
    from llmops_kit.io import load_trace_record

    trace = load_trace_record(f"traces/ch07_debug/{name}.json")
    strict = bulk_replay([trace], overrides, client=make_client("simulator"), progress=False)
    assert not strict.loc[0, "passed"] and strict.loc[0, "failed_gates"] == reason
    gates = Gates(**{**Gates.from_contract(load_contract()).__dict__, **relaxed})
    loose = bulk_replay([trace], overrides, client=make_client("simulator"), progress=False, gates=gates)
    assert loose.loc[0, "passed"]

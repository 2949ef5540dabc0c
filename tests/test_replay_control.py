"""Control replays: the recorded state reproduces the recorded failure, and no fix is claimed without it.

Course traces and traces from other applications (a library bot and a bank bot with their own system
prompts, not in the prompt registry) are replayed with a control next to the override.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from llmops_kit.diagnose import diagnose
from llmops_kit.errors import ReplayError
from llmops_kit.io import load_trace_record
from llmops_kit.replay import make_client, replay_trace, replay_with_control
from llmops_kit.testing import StaticToolRunner
from llmops_kit.traces import Document, ErrorInfo, Message, PromptRef, Span, Trace, Usage

COURSE = "traces/ch07_debug"
T0 = datetime(2025, 6, 2, 14, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def sim():
    return make_client("simulator")


def course(name: str) -> Trace:
    return load_trace_record(f"{COURSE}/{name}.json")


def other_app(kind: str) -> Trace:
    """A trace from an application nobody here wrote: its own prompt, context layout, index and tool names."""
    def at(ms: float) -> datetime:
        return T0 + timedelta(milliseconds=ms)

    bank = kind == "tool_timeout"
    system = ("You are Penny, the assistant of Harbor Credit Union. Use the account lookup result and the policy "
              "notes below; never guess balances.") if bank else (
              "You are Shelfie, the help desk of Riverside Public Library. Answer from the catalog records below "
              "and say so when they do not cover the question.")
    query = "What is my checking balance?" if bank else "How many books can I borrow at once?"
    docs = [] if kind == "empty_retrieval" else [Document(
        id="pol-12" if bank else "rec-881", title="Loans" if not bank else "Balances",
        content=("Balances update nightly." if bank else "Adult cards may borrow up to 30 items at once."),
        score=0.82)]
    records = "\n".join(f"* {d.title}: {d.content}" for d in docs) or "* none"
    answer = {"empty_retrieval": "I could not find that in the catalog right now.",
              "hallucination": "You can borrow 50 books, and renewals are unlimited for 90 days at no charge.",
              "slow": "Adult cards may borrow up to 30 items at once.",
              "tool_timeout": "I could not reach your account right now; balances update nightly."}[kind]
    llm_ms = 9_200.0 if kind == "slow" else 1_100.0
    spans = [Span(span_id="r", name="handle", kind="chain", start_time=at(0), end_time=at(0)),
             Span(span_id="q", parent_id="r", name="catalog.query", kind="retriever", start_time=at(5),
                  end_time=at(140), documents=docs, attributes={"retrieval.index": "catalog-v7"},
                  status="error" if kind == "empty_retrieval" else "ok",
                  error=ErrorInfo(type="ConnectionError", message="catalog unavailable")
                  if kind == "empty_retrieval" else None)]
    cursor = 140.0
    if bank:
        spans.append(Span(span_id="t", parent_id="r", name="accounts.balance", kind="tool", start_time=at(150),
                          end_time=at(2150), status="error", attributes={"tool.timeout_ms": 2000},
                          error=ErrorInfo(type="TimeoutError", message="balance service timed out")))
        cursor = 2150.0
    user = f"Notes:\n{records}\n\nMember asks: {query}" if bank else f"Records:\n{records}\n\nPatron asks: {query}"
    spans.append(Span(
        span_id="g", parent_id="r", name="generate", kind="llm", start_time=at(cursor + 10),
        end_time=at(cursor + 10 + llm_ms), model="gpt-4o-mini", model_parameters={"temperature": 0.3},
        prompt=PromptRef(name="penny" if bank else "shelfie-answer", version="7", variables={"branch": "north"}),
        messages=[Message(role="system", content=system), Message(role="user", content=user)], output=answer,
        usage=Usage(input_tokens=180, output_tokens=30), cost_usd=0.0001))
    end = cursor + 20 + llm_ms
    spans[0] = spans[0].model_copy(update={"end_time": at(end), "input": {"query": query},
                                           "output": {"answer": answer}})
    return Trace(trace_id=f"{'bank' if bank else 'library'}-{kind}", name="assistant", timestamp=T0,
                 input={"query": query}, output={"answer": answer}, spans=spans)


RECORDED = [
    ("course trace-d", lambda: course("trace-d-tool-timeout"), "TOOL_TIMEOUT"),
    ("course trace-e", lambda: course("trace-e-hallucination"), "HALLUCINATION"),
    ("course trace-f", lambda: course("trace-f-slow-response"), "LATENCY_SLA_BREACH"),
    ("library empty retrieval", lambda: other_app("empty_retrieval"), "EMPTY_RETRIEVAL"),
    ("library hallucination", lambda: other_app("hallucination"), "HALLUCINATION"),
    ("library slow response", lambda: other_app("slow"), "LATENCY_SLA_BREACH"),
    ("bank tool timeout", lambda: other_app("tool_timeout"), "TOOL_TIMEOUT"),
]


@pytest.mark.parametrize(("label", "make", "code"), RECORDED, ids=[r[0] for r in RECORDED])
def test_the_control_reproduces_the_recorded_failure(label: str, make: Any, code: str, sim) -> None:
    """Replaying the recorded configuration keeps the recorded failure: the finding fires on the control."""
    original = make()
    assert code in diagnose(original).codes
    control = replay_trace(original, client=sim)
    assert code in diagnose(control).codes
    assert control.answer == original.answer and control.metadata["replay"]["llm"] == "recording"


@pytest.mark.parametrize(("label", "make", "code"), RECORDED[3:], ids=[r[0] for r in RECORDED[3:]])
def test_other_app_replays_with_a_model_override_outside_the_registry(label: str, make: Any, code: str,
                                                                      sim) -> None:
    """A trace whose prompt the registry does not know replays with its recorded messages under a model override."""
    original = make()
    replayed = replay_trace(original, {"model": "gpt-4o"}, client=sim)
    assert replayed.llm_span.messages == original.llm_span.messages
    assert replayed.metadata["replay"]["messages"] == "recording" and replayed.model == "gpt-4o"


def test_outage_replayed_on_the_recorded_index_stays_empty(sim) -> None:
    """index=<recorded index> is no override: the recorded empty retrieval and answer come back, 'not fixed'."""
    trace = course("trace-b-retrieval-mismatch")
    outage = trace.model_copy(deep=True)
    retriever = outage.spans_of("retriever")[0]
    retriever.documents, retriever.status = [], "error"
    retriever.error = ErrorInfo(type="ConnectionError", message="kb-primary did not answer")
    judged = replay_with_control(outage, {"index": "kb-primary"}, client=sim)
    assert "EMPTY_RETRIEVAL" in judged.codes("persists") and judged.verdict == "not fixed"
    assert judged.replayed.documents == [] and judged.replayed.metadata["replay"]["llm"] == "recording"
    other = replay_with_control(outage, {"index": "kb-backup"}, client=sim)
    assert other.outcome("EMPTY_RETRIEVAL") == "resolved" and other.replayed.documents


def test_model_override_does_not_fix_a_tool_timeout(sim) -> None:
    """A recorded tool timeout stays a timeout unless tools are overridden: the verdict is 'not fixed'."""
    judged = replay_with_control(course("trace-d-tool-timeout"), {"model": "gpt-4o-mini"}, client=sim)
    assert judged.reproduces and judged.codes("persists") == ["TOOL_TIMEOUT"] and judged.verdict == "not fixed"


def test_longer_tool_timeout_with_a_live_tool_fixes_the_timeout(sim) -> None:
    """tool_timeout_ms above the recorded timeout re-runs the tool; a prompt answer clears TOOL_TIMEOUT."""
    runner = StaticToolRunner({"order_id": "A-1", "status": "shipped"}, latency_ms=1200)
    judged = replay_with_control(course("trace-d-tool-timeout"), {"tool_timeout_ms": 8000}, client=sim,
                                 tool_runner=runner)
    assert runner.calls == [(judged.replayed.tool_spans[0].span_id, 8000)]
    assert judged.reproduces and "TOOL_TIMEOUT" in judged.codes("resolved")
    assert "shipped" in judged.replayed.llm_span.messages[1].content


def test_timed_out_tool_without_a_runner_is_a_clear_error(sim) -> None:
    """A recorded timeout holds no answer to serve, so a longer timeout without a tool_runner says so."""
    with pytest.raises(ReplayError, match="tool_runner"):
        replay_trace(course("trace-d-tool-timeout"), {"tool_timeout_ms": 8000}, client=sim)


def test_shorter_tool_timeout_turns_a_slow_success_into_a_regression(sim) -> None:
    """Cutting the timeout below a recorded call's duration times it out: a new TOOL_TIMEOUT, 'regressed'."""
    judged = replay_with_control(course("trace-a-normal-success"), {"tool_timeout_ms": 50}, client=sim)
    assert judged.codes("new") == ["TOOL_TIMEOUT"] and judged.verdict == "regressed"


def test_backend_that_cannot_reproduce_is_inconclusive(sim) -> None:
    """trace-f's slow answer is not reproduced by the simulator's live control: inconclusive, never 'fixed'."""
    judged = replay_with_control(course("trace-f-slow-response"), {"model": "gpt-4o-mini"}, client=sim)
    assert not judged.reproduces and judged.verdict == "inconclusive"
    assert "cannot reproduce the recorded failure" in judged.summary()


def test_hallucination_replayed_with_its_own_model_is_still_there(sim) -> None:
    """The unchanged call returns the recorded hallucinating answer: replay cannot 'fix' it by re-sampling."""
    judged = replay_with_control(course("trace-e-hallucination"), {"model": "gpt-4o-2024-08-06"}, client=sim)
    assert judged.verdict == "not fixed" and judged.codes("persists") == ["HALLUCINATION"]


def test_refusal_is_reported_as_a_refusal(sim) -> None:
    """trace-b under a live model override refuses on the irrelevant context: a refusal, and still not fixed."""
    judged = replay_with_control(course("trace-b-retrieval-mismatch"), {"model": "gpt-4o-mini"}, client=sim)
    assert judged.refusal and judged.verdict == "not fixed"
    assert "refusal" in judged.summary()


def test_index_override_on_an_unknown_context_layout_is_a_clear_error(sim) -> None:
    """The library bot's records are not laid out the way the new context would be: say so, do not guess."""
    with pytest.raises(ReplayError, match="cannot be placed in the recorded messages"):
        replay_trace(other_app("hallucination"), {"index": "kb-backup"}, client=sim)


def test_temperature_changes_the_sampled_answer(sim) -> None:
    """Temperature is observable: the same request at 0.0 and 1.5 picks different context sentences."""
    trace = course("trace-e-hallucination")
    answers = {t: replay_trace(trace, {"temperature": t}, client=sim).answer for t in (0.0, 0.7, 1.5)}
    assert len(set(answers.values())) > 1
    assert replay_trace(trace, {"temperature": 0.7}, client=sim).answer == answers[0.7]


@pytest.mark.parametrize(("options", "line"), [
    (["--index", "kb-primary"], "RETRIEVAL_MISMATCH persists -> not fixed"),
    (["--filter", "category=orders"], "RETRIEVAL_MISMATCH persists -> not fixed"),
    (["--filter", "none"], "RETRIEVAL_MISMATCH resolved -> fixed"),
    (["--index", "kb-backup"], "RETRIEVAL_MISMATCH persists; the replayed answer is a refusal -> not fixed"),
])
def test_cli_replay_prints_the_control_verdict(options: list[str], line: str) -> None:
    """`llmops replay` ends with 'reproduces: yes; <finding> <outcome> -> <verdict>'. trace-b's recorded
    category filter is the cause: dropping it fixes the retrieval, another index under the same filter does not."""
    from typer.testing import CliRunner

    from llmops_kit.cli import app

    result = CliRunner().invoke(app, ["replay", f"{COURSE}/trace-b-retrieval-mismatch.json", *options,
                                      "--backend", "simulator"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == f"reproduces: yes; {line}"

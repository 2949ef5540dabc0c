"""llmops_kit.testing: the public test helpers build valid, deterministic traces and offline clients."""

from __future__ import annotations

import httpx2
import openai
import pytest
from pydantic import ValidationError

import llmops_kit.testing as testing
from llmops_kit.diagnose import diagnose
from llmops_kit.traces import Document, Trace


def test_trace_payload_is_a_valid_healthy_trace() -> None:
    """The default payload validates as a Trace and no detector fires on it."""
    trace = Trace.model_validate(testing.trace_payload())
    assert trace.timestamp == testing.PAYLOAD_T0
    assert not diagnose(trace).codes


def test_trace_payload_overrides_a_field_and_a_bad_override_fails_validation() -> None:
    """An override replaces that field; an invalid value is rejected by the model, not hidden."""
    trace = Trace.model_validate(testing.trace_payload("t-9", output={"answer": "other"}))
    assert (trace.trace_id, trace.answer) == ("t-9", "other")
    with pytest.raises(ValidationError):
        Trace.model_validate(testing.trace_payload(spans="not a list"))


def test_build_trace_records_the_prompt_version_and_a_tool_span() -> None:
    """build_trace renders the requested prompt version and adds a tool span when given a tool output."""
    docs = [Document(id="kb-002", content="Refunds reach your card within 5 business days.", score=0.8)]
    trace = testing.build_trace("t-1", "How long do refunds take?", docs, "Within 5 business days [kb-002].",
                                prompt_version="v1.3", tool_output={"status": "shipped"})
    assert trace.prompt_version == "v1.3"
    assert [s.kind for s in trace.spans] == ["chain", "retriever", "tool", "llm"]
    assert trace.timestamp == testing.T0


def test_offline_client_without_a_transport_answers_from_the_simulator() -> None:
    """offline_client() replies through the SDK with no key and no network."""
    reply = testing.offline_client().chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "Hello"}])
    assert reply.choices[0].message.content


def test_offline_client_surfaces_a_transport_failure_as_the_sdks_error() -> None:
    """A MockTransport answering 429 reaches the caller as openai.RateLimitError, with no retry."""
    calls = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(request)
        return httpx2.Response(429, json={"error": {"message": "slow down"}})

    with pytest.raises(openai.RateLimitError):
        testing.offline_client(httpx2.MockTransport(handler)).chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "Hello"}])
    assert len(calls) == 1


def test_static_tool_runner_records_its_calls() -> None:
    """StaticToolRunner returns its fixed result and remembers which span asked, with which timeout."""
    runner = testing.StaticToolRunner({"status": "shipped"}, latency_ms=120.0)
    span = Trace.model_validate(testing.trace_payload()).spans[1]
    result = runner(span, 3000.0)
    assert (result.output, result.latency_ms, runner.calls) == ({"status": "shipped"}, 120.0, [("s1", 3000.0)])


@pytest.mark.parametrize("name", testing.__all__)
def test_every_testing_name_resolves(name: str) -> None:
    """Each name in llmops_kit.testing.__all__ exists."""
    assert getattr(testing, name) is not None

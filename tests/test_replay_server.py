"""The real-API code path over real sockets, against the local OpenAI-compatible simulator server."""

from __future__ import annotations

import json
import urllib.request

import openai
import pytest

from llmops_kit.io import save_trace_record
from llmops_kit.knowledge_base import get_index
from llmops_kit.replay import bulk_replay, compare_traces, make_client, replay_trace
from llmops_kit.replay.server import FaultRule, SimulatorServer, main
from llmops_kit.testing import build_trace

SECRET = "sk-test-DO-NOT-LEAK-1234567890abcdef"
QUERY = "How do I reset my password?"


@pytest.fixture(scope="module")
def server():
    with SimulatorServer(0) as srv:
        yield srv


@pytest.fixture
def trace():
    return build_trace("t-pw", QUERY, get_index("kb-primary").search(QUERY, k=4), "Recorded.", prompt_version="v1.3")


def test_env_vars_select_the_real_api_path(server, trace, monkeypatch) -> None:
    """With OPENAI_API_KEY and OPENAI_BASE_URL set, 'auto' talks HTTP to that endpoint."""
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    before = server.requests_served
    replayed = replay_trace(trace, {"prompt_version": "v2.0"})
    assert server.requests_served == before + 1
    assert replayed.metadata["replay"]["backend"] == "openai"
    assert replayed.metadata["replay"]["endpoint"].startswith("127.0.0.1:")


def test_socket_path_gives_the_in_process_answer(server, trace) -> None:
    """Over real sockets the simulator answers exactly as the in-process transport does."""
    remote = make_client("openai", api_key=SECRET, base_url=server.base_url)
    over_http = replay_trace(trace, {"prompt_version": "v2.0"}, client=remote)
    in_process = replay_trace(trace, {"prompt_version": "v2.0"}, client=make_client("simulator"))
    assert over_http.answer == in_process.answer
    assert over_http.usage == in_process.usage


def test_api_key_never_leaks(server, trace, tmp_path, monkeypatch) -> None:
    """The key appears in no replayed trace, saved file, comparison, bulk table or error message."""
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    client = make_client("auto", max_retries=0)
    replayed = replay_trace(trace, {"prompt_version": "v2.0"}, client=client)
    path = save_trace_record(replayed, tmp_path / "replayed.json")
    table = compare_traces(trace, replayed)
    bad = trace.model_copy(update={"trace_id": "t-bad"})
    with SimulatorServer(0, faults=[FaultRule(QUERY, "500")], retry_after_ms=1) as failing:
        failing_client = make_client("openai", api_key=SECRET, base_url=failing.base_url, max_retries=0)
        bulk = bulk_replay([bad], {"prompt_version": "v2.0"}, client=failing_client, progress=False)
    texts = [path.read_text("utf-8"), replayed.model_dump_json(), table.to_csv(), bulk.to_csv(), repr(bulk)]
    assert bulk.loc[0, "status"] == "error"
    assert all(SECRET not in text and SECRET[-8:] not in text for text in texts)


def test_fault_header_surfaces_as_sdk_error(server) -> None:
    """x-llmops-fault: 429 reaches the SDK as its own RateLimitError."""
    client = openai.OpenAI(api_key=SECRET, base_url=server.base_url, max_retries=0)
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}],
                                       extra_headers={"x-llmops-fault": "429"})


def test_health_endpoint(server) -> None:
    """GET /health says the endpoint is the simulator."""
    with urllib.request.urlopen(server.base_url.replace("/v1", "/health"), timeout=5) as response:
        assert json.loads(response.read())["backend"] == "simulator"


def test_bad_fault_rule_is_rejected() -> None:
    """A fault rule that is not SUBSTRING=FAULT (or names no known fault) is refused."""
    with pytest.raises(ValueError, match="unknown fault"):
        FaultRule.parse("password=teapot")
    with pytest.raises(SystemExit):
        main(["--fault", "nonsense"])

"""The same control verdicts over real HTTP: the project's server and an independent minimal one.

The independent server is written here with ``http.server`` and knows nothing of the simulator: it answers
every chat completion with one short sentence. The verdicts that do not depend on what the model says
(retrieval, tools, a failure the backend cannot reproduce, an override that changes nothing) must agree.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from llmops_kit.io import load_trace_record
from llmops_kit.replay import make_client, replay_with_control
from llmops_kit.replay.server import SimulatorServer

CASES = [
    ("trace-b-retrieval-mismatch", {"index": "kb-primary"}, "not fixed", "RETRIEVAL_MISMATCH", "persists"),
    ("trace-b-retrieval-mismatch", {"retrieval_filter": {}}, None, "RETRIEVAL_MISMATCH", "resolved"),
    ("trace-d-tool-timeout", {"model": "gpt-4o-mini"}, "not fixed", "TOOL_TIMEOUT", "persists"),
    ("trace-f-slow-response", {"model": "gpt-4o-mini"}, "inconclusive", "LATENCY_SLA_BREACH", "not reproduced"),
    ("trace-e-hallucination", {"temperature": 0.2}, "not fixed", "HALLUCINATION", "persists"),
]


class _Minimal(BaseHTTPRequestHandler):
    """POST /v1/chat/completions -> one fixed sentence; counts requests."""

    served = 0

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", "0"))) or b"{}")
        type(self).served += 1
        payload = {"id": "chatcmpl-minimal", "object": "chat.completion", "created": 0, "model": body.get("model"),
                   "choices": [{"index": 0, "finish_reason": "stop",
                                "message": {"role": "assistant", "content": "Please contact our support team."}}],
                   "usage": {"prompt_tokens": 100, "completion_tokens": 8, "total_tokens": 108}}
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass


@pytest.fixture(scope="module")
def minimal() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Minimal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def project() -> Iterator[str]:
    with SimulatorServer(0) as srv:
        yield srv.base_url


@pytest.mark.parametrize("endpoint", ["in-process", "project", "minimal"])
@pytest.mark.parametrize(("name", "overrides", "verdict", "code", "outcome"), CASES,
                         ids=[f"{c[0]}-{next(iter(c[1]))}={next(iter(c[1].values()))}" for c in CASES])
def test_same_verdicts_over_http(endpoint: str, name: str, overrides: dict, verdict: str | None, code: str,
                                 outcome: str, request: pytest.FixtureRequest) -> None:
    """Each backend gives the same outcome for findings that do not hinge on the model's words."""
    if endpoint == "in-process":
        client = make_client("simulator")
    else:
        client = make_client("openai", api_key="sk-test", base_url=request.getfixturevalue(endpoint), max_retries=0)
    judged = replay_with_control(load_trace_record(f"traces/ch07_debug/{name}.json"), overrides, client=client)
    assert judged.outcome(code) == outcome
    if verdict is not None:
        assert judged.verdict == verdict


def test_unchanged_call_never_reaches_the_endpoint(minimal: str) -> None:
    """An override that changes nothing is served from the recording: the HTTP server sees no request."""
    before = _Minimal.served
    client = make_client("openai", api_key="sk-test", base_url=minimal, max_retries=0)
    judged = replay_with_control(load_trace_record("traces/ch07_debug/trace-b-retrieval-mismatch.json"),
                                 {"index": "kb-primary"}, client=client)
    assert _Minimal.served == before and judged.replayed.metadata["replay"]["backend"] == "recording"


def test_live_override_sends_control_and_fork(minimal: str) -> None:
    """A live override costs two calls: the live control and the fork, both to the same endpoint."""
    before = _Minimal.served
    client = make_client("openai", api_key="sk-test", base_url=minimal, max_retries=0)
    judged = replay_with_control(load_trace_record("traces/ch07_debug/trace-d-tool-timeout.json"),
                                 {"model": "gpt-4o-mini"}, client=client)
    assert _Minimal.served == before + 2
    assert judged.control.metadata["replay"]["backend"] == "openai" == judged.replayed.metadata["replay"]["backend"]

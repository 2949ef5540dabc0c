"""The simulator as an HTTP transport for the ``openai`` SDK (which builds on ``httpx2``).

Plugging the simulator in at the transport layer means every replay runs the SDK's own request
building, response parsing, error mapping and retry logic; only the bytes on the wire are local.
The same request/response mapping serves the local HTTP server (:mod:`llmops_kit.replay.server`).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import httpx2

from ..errors import ReplayError, UnknownModel
from .simulator import SIMULATOR_VERSION, SYSTEM_FINGERPRINT, SimulatedAnswer, Simulator

#: Response headers the simulator adds; replay reads the simulated latency from the first one.
LATENCY_HEADER = "x-llmops-simulated-latency-ms"
BACKEND_HEADER = "x-llmops-backend"


def completion_payload(answer: SimulatedAnswer, request: dict[str, Any]) -> dict[str, Any]:
    """An OpenAI ``chat.completion`` object for a simulated answer; id and fingerprint say it is simulated."""
    key = json.dumps(request, sort_keys=True, default=str).encode("utf-8")
    return {
        "id": "chatcmpl-sim-" + hashlib.sha256(key).hexdigest()[:24],
        "object": "chat.completion",
        "created": 0,
        "model": answer.model,
        "system_fingerprint": SYSTEM_FINGERPRINT,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": answer.content, "refusal": None},
                "finish_reason": answer.finish_reason,
                "logprobs": None,
            }
        ],
        "usage": {
            "prompt_tokens": answer.input_tokens,
            "completion_tokens": answer.output_tokens,
            "total_tokens": answer.input_tokens + answer.output_tokens,
        },
    }


def simulator_headers(answer: SimulatedAnswer) -> dict[str, str]:
    return {
        BACKEND_HEADER: "simulator",
        LATENCY_HEADER: f"{answer.latency_ms:.1f}",
        "x-llmops-simulator-version": SIMULATOR_VERSION,
        "x-llmops-simulator-profile": answer.profile,
    }


def _error(message: str, kind: str, code: str | None = None, param: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def handle_chat_request(simulator: Simulator, path: str, body: bytes) -> tuple[int, dict[str, Any], dict[str, str]]:
    """Status, JSON body and headers for one HTTP request: the mapping transport and server share."""
    if not path.rstrip("/").endswith("/chat/completions"):
        return 404, _error(f"the simulator only serves POST /v1/chat/completions, not {path}.",
                           "invalid_request_error", "unknown_url"), {}
    try:
        request = json.loads(body or b"{}")
    except json.JSONDecodeError as exc:
        return 400, _error(f"request body is not JSON: {exc.msg}.", "invalid_request_error"), {}
    if not isinstance(request, dict):
        return 400, _error("request body must be a JSON object.", "invalid_request_error"), {}
    try:
        answer = simulator.complete(request)
    except UnknownModel as exc:
        return 404, _error(str(exc), "invalid_request_error", "model_not_found", "model"), {}
    except ReplayError as exc:
        return 400, _error(str(exc), "invalid_request_error"), {}
    return 200, completion_payload(answer, request), simulator_headers(answer)


class SimulatorTransport(httpx2.BaseTransport):
    """An in-process ``httpx2`` transport that answers chat completions with the simulator."""

    def __init__(self, simulator: Simulator | None = None) -> None:
        self.simulator = simulator or Simulator()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        body = request.read()
        if request.method != "POST":
            status, payload, headers = 405, _error("use POST.", "invalid_request_error"), {}
        else:
            status, payload, headers = handle_chat_request(self.simulator, request.url.path, body)
        return httpx2.Response(status, json=payload, headers=headers, request=request)

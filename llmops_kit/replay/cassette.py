"""The recorded LLM response, served back through the ``openai`` SDK (a cassette, as VCR-style tools do).

When a replay leaves the model call unchanged (same messages, model and temperature as recorded), the
honest answer to "what did the model say?" is the recording, not a new sample from some other backend.
The call still goes through ``client.chat.completions.create`` so parsing, usage and ids follow the one
code path; only the transport differs: :class:`CassetteTransport` answers with the recorded completion.

The engine hands the recorded completion over in a per-call slot (:func:`recording_call`): the request
carries only an opaque token in the ``x-llmops-cassette`` header, never the recorded text, and the
transport answers once per token. The recorded latency comes back in the same latency header the
simulator uses, so the replay keeps the recorded timing of the call.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import httpx2
import openai

from ..traces import Span, Trace, Usage
from .simulator import approx_message_tokens, approx_tokens
from .transport import BACKEND_HEADER, LATENCY_HEADER

CASSETTE_HEADER = "x-llmops-cassette"
CASSETTE_HOST = "recording.llmops.invalid"
_KEY = "sk-recording-offline-no-key"

_slots: dict[str, dict[str, Any]] = {}
_lock = threading.Lock()
_counter = itertools.count()


def response_text(span: Span, trace: Trace) -> str | None:
    """What the model answered on this span: its output text, else the answer the trace delivered."""
    out = span.output
    if isinstance(out, str) and out:
        return out
    if isinstance(out, dict):
        for key in ("content", "answer", "text", "output", "response"):
            if isinstance(out.get(key), str) and out[key]:
                return out[key]
    return trace.answer


def recorded_completion(trace: Trace, span: Span, messages: list[dict[str, str]]) -> dict[str, Any] | None:
    """The chat.completion payload the recorded call returned, or None when no response was recorded."""
    text = response_text(span, trace)
    if text is None:
        return None
    usage = span.usage or Usage(input_tokens=approx_message_tokens(messages), output_tokens=approx_tokens(text))
    key = f"{trace.trace_id}\x1f{span.span_id}".encode()
    return {
        "id": "chatcmpl-rec-" + hashlib.sha256(key).hexdigest()[:24],
        "object": "chat.completion",
        "created": 0,
        "model": span.model or "recorded",
        "system_fingerprint": "llmops-recording",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text, "refusal": None},
                     "finish_reason": str(span.attributes.get("llm.finish_reason") or "stop"), "logprobs": None}],
        "usage": {"prompt_tokens": usage.input_tokens, "completion_tokens": usage.output_tokens,
                  "total_tokens": usage.input_tokens + usage.output_tokens},
        "_latency_ms": round(span.duration_ms, 1),
    }


@contextmanager
def recording_call(payload: dict[str, Any]) -> Iterator[dict[str, str]]:
    """Park a recorded completion for one call; yields the headers that make the transport serve it."""
    token = f"rec-{next(_counter)}"
    with _lock:
        _slots[token] = payload
    try:
        yield {CASSETTE_HEADER: token}
    finally:
        with _lock:
            _slots.pop(token, None)


class CassetteTransport(httpx2.BaseTransport):
    """Answers a chat completion with the recorded one parked under the request's cassette token."""

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        token = request.headers.get(CASSETTE_HEADER, "")
        with _lock:
            payload = _slots.get(token)
        if payload is None:
            body = {"error": {"message": f"no recorded response is parked under cassette token {token!r}; "
                              "replay the call through replay_trace.", "type": "invalid_request_error",
                              "param": None, "code": "no_recording"}}
            return httpx2.Response(404, json=body, request=request)
        body = {k: v for k, v in payload.items() if not k.startswith("_")}
        headers = {BACKEND_HEADER: "recording", LATENCY_HEADER: f"{payload['_latency_ms']:.1f}"}
        return httpx2.Response(200, json=body, headers=headers, request=request)


@lru_cache(maxsize=1)
def recording_client() -> openai.OpenAI:
    """The SDK client that plays recorded responses back (offline; shared, thread-safe)."""
    return openai.OpenAI(api_key=_KEY, base_url=f"http://{CASSETTE_HOST}/v1",
                         http_client=httpx2.Client(transport=CassetteTransport()), max_retries=0)


__all__ = ["CASSETTE_HEADER", "CassetteTransport", "recorded_completion", "recording_call", "recording_client"]

"""Which endpoint answers a replay: the offline simulator or a real OpenAI-compatible API.

Both are a plain ``openai.OpenAI`` client; only the transport differs. This module is also the one
place where ``openai`` exceptions become :class:`~llmops_kit.errors.ReplayError` (with the API key
redacted from every message).
"""

from __future__ import annotations

import json
import math
import os
from typing import Any, Literal

import httpx2
import openai

from ..errors import ReplayError, UnknownModel
from .simulator import Simulator
from .transport import SimulatorTransport

Backend = Literal["auto", "simulator", "openai"]

#: Reserved host (RFC 2606 ``.invalid``) that marks a client whose transport is the in-process simulator.
SIMULATOR_HOST = "simulator.llmops.invalid"
#: Placeholder credential for the simulator; it is not a secret and is never recorded.
SIMULATOR_KEY = "sk-simulator-offline-no-key"
#: Seconds the SDK waits for each read (``make_client``); bulk replay also uses it as the overall deadline.
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_RETRIES = 2


def make_client(
    backend: Backend = "auto",
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
    max_retries: int = DEFAULT_MAX_RETRIES,
    simulator: Simulator | None = None,
) -> openai.OpenAI:
    """An ``openai.OpenAI`` client for replay.

    ``"simulator"``: offline, deterministic, no key. ``"openai"``: the real API, with the key from
    ``api_key`` or ``OPENAI_API_KEY`` and the endpoint from ``base_url`` or ``OPENAI_BASE_URL`` (any
    OpenAI-compatible server). ``"auto"``: ``"openai"`` when ``OPENAI_API_KEY`` is set, else the simulator.
    """
    if backend not in ("auto", "simulator", "openai"):
        raise ReplayError(f"unknown replay backend {backend!r}; use 'auto', 'simulator' or 'openai'.")
    if backend == "auto":
        backend = "openai" if (api_key or os.environ.get("OPENAI_API_KEY")) else "simulator"
    if backend == "simulator":
        return openai.OpenAI(
            api_key=SIMULATOR_KEY,
            base_url=f"http://{SIMULATOR_HOST}/v1",
            http_client=httpx2.Client(transport=SimulatorTransport(simulator)),
            timeout=timeout,
            max_retries=max_retries,
        )
    key = api_key or os.environ.get("OPENAI_API_KEY")
    if not key:
        raise ReplayError(
            "backend 'openai' needs an API key: set OPENAI_API_KEY (and OPENAI_BASE_URL for another "
            "OpenAI-compatible server), or use backend='simulator' to replay offline."
        )
    return openai.OpenAI(
        api_key=key, base_url=base_url or os.environ.get("OPENAI_BASE_URL") or None,
        timeout=timeout, max_retries=max_retries,
    )


def with_deadline(client: openai.OpenAI, timeout: float | None, max_retries: int | None) -> openai.OpenAI:
    """The same client (sharing its connection pool) with per-read timeout capped at ``timeout``.

    The SDK's timeout applies to each read, not to the whole call, so this alone does not bound a call
    (:mod:`llmops_kit.replay.runner` enforces the overall deadline); it keeps a single silent read from
    outliving the deadline, and sets the retries the caller asked for (``None`` keeps the client's).
    """
    check_deadline(timeout, max_retries)
    options: dict[str, Any] = {}
    if timeout is not None:
        current = client.timeout
        per_read = current if isinstance(current, (int, float)) and 0 < current < timeout else timeout
        options["timeout"] = per_read
    if max_retries is not None:
        options["max_retries"] = max_retries
    return client.with_options(**options) if options else client


def check_deadline(timeout: float | None, max_retries: int | None) -> None:
    """Refuse a deadline or retry count that cannot work, naming the option."""
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float))
                                or not math.isfinite(timeout) or timeout <= 0):
        raise ReplayError(f"timeout must be a positive number of seconds (--timeout), got {timeout!r}.")
    if max_retries is not None and (isinstance(max_retries, bool) or not isinstance(max_retries, int)
                                    or max_retries < 0):
        raise ReplayError(f"max_retries must be an integer of 0 or more (--max-retries), got {max_retries!r}.")


def deadline_error(client: openai.OpenAI, *, timeout: float, where: str) -> ReplayError:
    """The error of a replay that missed its overall deadline (kind ``timeout``)."""
    return ReplayError(
        f"{where}: {endpoint_name(client)} gave no complete answer within the overall deadline of {timeout:g} s "
        f"({client.max_retries} retries included); raise --timeout (timeout= in the API) or check the endpoint.",
        kind="timeout",
    )


def backend_name(client: openai.OpenAI) -> str:
    """``"simulator"`` for the in-process simulator, else ``"openai"`` (any OpenAI-compatible endpoint)."""
    return "simulator" if client.base_url.host == SIMULATOR_HOST else "openai"


def endpoint_name(client: openai.OpenAI) -> str:
    """Host (and port) the client talks to, safe to record: never a key or a path with secrets."""
    url = client.base_url
    return f"{url.host}:{url.port}" if url.port else str(url.host)


def redact(text: str, secret: str | None) -> str:
    """Remove a secret (and its last-8 suffix, which some APIs echo) from a message."""
    if secret and secret != SIMULATOR_KEY:
        text = text.replace(secret, "[redacted]")
        if len(secret) > 12:
            text = text.replace(secret[-8:], "[redacted]")
    return text


def translate_error(exc: Exception, client: openai.OpenAI, *, model: str, where: str) -> ReplayError:
    """One :class:`ReplayError` per SDK failure, with a ``kind`` attribute bulk replay reports."""
    endpoint = endpoint_name(client)
    retries = client.max_retries
    kind = "error"
    if isinstance(exc, openai.NotFoundError) and _error_code(exc) == "model_not_found":
        error: ReplayError = UnknownModel(f"{where}: {endpoint} has no model {model!r}: {_message(exc)}")
        kind = "unknown_model"
    elif isinstance(exc, openai.RateLimitError):
        kind = "rate_limited"
        error = ReplayError(f"{where}: {endpoint} rate-limited the request (HTTP 429) after {retries} retries; "
                            "lower the concurrency or try again later.")
    elif isinstance(exc, openai.APITimeoutError):
        kind = "timeout"
        error = ReplayError(f"{where}: {endpoint} did not answer within {client.timeout}s after {retries} "
                            "retries; raise --timeout (timeout= in the API) or check the endpoint.")
    elif isinstance(exc, openai.APIConnectionError):
        kind = "connection"
        error = ReplayError(f"{where}: could not reach {endpoint} ({exc.__class__.__name__}); check "
                            "OPENAI_BASE_URL and the network.")
    elif isinstance(exc, openai.APIStatusError):
        kind = f"http_{exc.status_code}"
        error = ReplayError(f"{where}: {endpoint} answered HTTP {exc.status_code}: {_message(exc)}")
    elif isinstance(exc, (json.JSONDecodeError, openai.APIResponseValidationError, ValueError)):
        kind = "malformed_response"
        error = ReplayError(f"{where}: {endpoint} sent a response that is not a valid chat completion "
                            f"({exc.__class__.__name__}); the endpoint may not be OpenAI-compatible.")
    else:
        error = ReplayError(f"{where}: the call to {endpoint} failed: {exc.__class__.__name__}: {exc}")
    return type(error)(redact(str(error), client.api_key), kind=kind)


def _error_code(exc: openai.APIStatusError) -> str | None:
    body = exc.body if isinstance(exc.body, dict) else {}
    inner = body.get("error", body) if isinstance(body, dict) else {}
    return inner.get("code") if isinstance(inner, dict) else None


def _message(exc: openai.APIStatusError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    inner = body.get("error", body) if isinstance(body, dict) else {}
    message = inner.get("message") if isinstance(inner, dict) else None
    return str(message or exc.message)

"""Errors a tool reports in its payload while its span says ``ok``.

Many tool wrappers catch an upstream failure and return it as data (``{"ok": false, "error": "upstream
503"}``), so the span's status stays ``ok`` and only the payload tells. :func:`payload_error` reads the
recorded output with general rules, the conventions of JSON APIs and HTTP, never one tool's wording:

- an ``error`` / ``errors`` / ``exception`` / ``fault`` / ``error_code`` key with a non-empty value, unless
  the payload is a record with data of its own (two or more other filled fields): then the code is the
  record's subject's ("error_code": "F28" of an inverter), and the tool answered;
- ``ok`` or ``success`` set to ``false``;
- ``status`` / ``state`` / ``outcome`` / ``result`` set to ``error``, ``failed``, ``failure`` or ``exception``;
- an HTTP status >= the contract's ``tools.error_http_status`` (400) in a status-code field of the
  payload or the span's attributes (``status_code``, ``http.status_code``, ``statusCode``, ...);
- a text payload, or a ``message`` / ``detail`` / ``reason`` / ``description`` field, that opens with an
  HTTP error status or reason phrase (``503 Service Unavailable``, ``Internal Server Error``), a
  Python / Java style ``...Error:`` / ``...Exception:`` line or ``error:``, or names an HTTP error
  status (``HTTP 502``, ``status 500``, ``error 404``).

Only the top level of a payload (and one level inside a ``response`` / ``result`` / ``data`` wrapper)
is read: an ``error`` field deep inside a record ("last_error" of an old order) is data, not a failure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from .traces import Span

__all__ = ["payload_error", "says_it_timed_out", "timeout_ms"]

_ERROR_KEYS = ("error", "errors", "exception", "fault", "error_message", "errorMessage", "error_code", "errorCode")
#: Message fields read as error text (the text rules below), e.g. ``{"detail": "Service Unavailable"}``.
_MESSAGE_KEYS = ("message", "detail", "reason", "description")
_FLAG_KEYS = ("ok", "success", "succeeded")
_STATE_KEYS = ("status", "state", "outcome", "result")
_FAILED_STATES = frozenset({"error", "failed", "failure", "fail", "exception", "errored"})
_CODE_KEYS = ("status_code", "statusCode", "http_status", "httpStatus", "http.status_code",
              "http.response.status_code", "status")
_WRAPPERS = ("response", "result", "data", "body")
#: HTTP reason phrases from the standard library (not a list of our own): any 4xx / 5xx phrase after its
#: code ("404 Not Found"), a 5xx phrase alone ("Internal Server Error"); a bare "404 Elm Street" is not one.
_PHRASES = "|".join(re.escape(s.phrase) for s in sorted(HTTPStatus, key=lambda s: -len(s.phrase)) if s >= 400)
_SERVER_PHRASES = "|".join(re.escape(s.phrase) for s in sorted(HTTPStatus, key=lambda s: -len(s.phrase)) if s >= 500)
_TEXT_ERROR = re.compile(
    rf"^\s*(?:HTTP(?:/\d(?:\.\d)?)?\s*)?(?:[45]\d\d\s*(?:[:-]|(?:{_PHRASES})\b)|(?:{_SERVER_PHRASES})\b)"
    r"|^\s*(?:[A-Z]\w*(?:Error|Exception)|error|fatal)\s*[:!]"
    r"|\b(?:HTTP(?:/\d(?:\.\d)?)?|status(?: code)?|error)\s*[:=]?\s*[45]\d\d\b",
    re.IGNORECASE,
)


def _http_status(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 100 <= value <= 599 else None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) == 3:
        return int(value)
    return None


_SIGNAL_KEYS = frozenset((*_ERROR_KEYS, *_MESSAGE_KEYS, *_FLAG_KEYS, *_STATE_KEYS, *_CODE_KEYS, *_WRAPPERS))


def _carries_data(payload: Mapping[str, Any]) -> bool:
    """Does the payload hold a record of its own (two or more filled fields besides error, flag, state, code,
    message and wrapper keys)? An error response carries no data (``"data": null``, ``"payments": []``); a
    record that does is the tool's answer, and its ``error_code`` is the subject's ("inverter error F28")."""
    return sum(1 for key, value in payload.items()
               if key not in _SIGNAL_KEYS and value not in (None, "", [], {})) >= 2


def _from_mapping(payload: Mapping[str, Any], min_status: int) -> str | None:
    for key in _ERROR_KEYS if not _carries_data(payload) else ():
        value = payload.get(key)
        if value not in (None, "", [], {}, False, 0):
            shown = value if isinstance(value, str) else json.dumps(value, default=str)[:120]
            return f"{key}: {shown}"
    for key in _FLAG_KEYS:
        if payload.get(key) is False:
            return f"{key}: false"
    for key in _STATE_KEYS:
        value = payload.get(key)
        if isinstance(value, str) and value.strip().lower() in _FAILED_STATES:
            return f"{key}: {value}"
    for key in _CODE_KEYS:
        status = _http_status(payload.get(key))
        if status is not None and status >= min_status:
            return f"{key}: {status}"
    for key in _MESSAGE_KEYS:
        value = payload.get(key)
        if isinstance(value, str) and _TEXT_ERROR.search(value):
            return f"{key}: {value[:120]}"
    return None


def _read(output: Any, min_status: int, depth: int = 0) -> str | None:
    if isinstance(output, str):
        text = output.strip()
        if text[:1] in "{[":
            try:
                return _read(json.loads(text), min_status, depth)
            except ValueError:
                pass
        match = _TEXT_ERROR.search(text)
        return text.splitlines()[0][:160] if match and text else None
    if isinstance(output, Mapping):
        found = _from_mapping(output, min_status)
        if found is None and depth == 0:
            for key in _WRAPPERS:
                if key in output:
                    found = _read(output[key], min_status, depth + 1)
                    if found:
                        return f"{key}.{found}"
        return found
    return None


def payload_error(span: Span, min_status: int = 400) -> str | None:
    """What the span's payload or attributes say went wrong (``"error: upstream 503"``), or None.

    Used by the TOOL_ERROR / TOOL_TIMEOUT detector for spans whose status is ``ok``; ``min_status``
    is the contract's ``tools.error_http_status``.
    """
    for key in _CODE_KEYS[4:6]:
        status = _http_status(span.attributes.get(key))
        if status is not None and status >= min_status:
            return f"{key}: {status}"
    return _read(span.output, min_status)


_TIMEOUT_RE = re.compile(r"time[ d_-]?out|timed out|deadline", re.IGNORECASE)


def timeout_ms(span: Span, default_ms: float) -> float:
    """The span's own ``tool.timeout_ms`` when it recorded a positive one, else the contract's default."""
    value = span.attributes.get("tool.timeout_ms")
    return float(value) if isinstance(value, (int, float)) and value > 0 else default_ms


def says_it_timed_out(span: Span, error_text: str) -> bool:
    """Did a failed tool call that ended before its timeout still time out? Only when the span's own error
    says so (a client that gave up early records the timeout as its error). A span that completed (status
    ok) and returned a payload reporting an upstream's timeout ("UPSTREAM_TIMEOUT", "ledger read timed out")
    ran well within its own limit: the tool answered, with an error, which is a TOOL_ERROR."""
    return span.failed and bool(_TIMEOUT_RE.search(error_text))

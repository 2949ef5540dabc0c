"""TOOL_ERROR for a tool span marked ok whose payload reports a failure (llmops_kit.tool_payload)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_tool_failures, diagnose
from llmops_kit.io import load_trace_records
from llmops_kit.tool_payload import payload_error
from llmops_kit.traces import ErrorInfo, Span, Trace

EVALSET = Path(__file__).resolve().parent / "data" / "evalset"
CONTRACT = load_contract()
T0 = datetime(2025, 3, 3, 10, 0, tzinfo=timezone.utc)


def _tool(output: object, attributes: dict[str, object] | None = None, ms: float = 300.0) -> Span:
    return Span(span_id="tool", parent_id="root", name="tool.order_lookup", kind="tool", start_time=T0,
                end_time=T0 + timedelta(milliseconds=ms), output=output,
                attributes={"tool.name": "order_lookup", "tool.timeout_ms": 3000, **(attributes or {})})


def _trace(span: Span) -> Trace:
    root = Span(span_id="root", name="chat", kind="chain", start_time=T0, end_time=T0 + timedelta(seconds=1))
    return Trace(trace_id="t", spans=[root, span])


def _eval(name: str) -> Trace:
    [trace] = load_trace_records(EVALSET / name)
    return trace


@pytest.mark.parametrize("output", [
    {"ok": False, "error": "upstream 503: records backend unavailable"},
    {"error": {"code": "E_DB", "message": "connection refused"}},
    {"errors": ["rate limited"]},
    {"success": False},
    {"status": "error", "detail": "no backend"},
    {"status": "FAILED"},
    {"status_code": 502, "body": ""},
    {"response": {"statusCode": 500}},
    "Internal Server Error",
    "503 Service Unavailable",
    "HTTP 429 Too Many Requests",
    "ValueError: order id is malformed",
    '{"error": "timeout talking to CRM"}',
    {"error_code": "E_UPSTREAM", "order": None},
    {"detail": "Service Unavailable"},
    {"message": "HTTP 502 from the records backend"},
])
def test_payload_errors_are_read(output: object) -> None:
    """Error objects, failure flags and states, HTTP statuses >= 400 and error text are payload errors."""
    assert payload_error(_tool(output)) is not None


@pytest.mark.parametrize("output", [
    {"ok": True, "status": "shipped", "tracking": "1Z999"},
    {"error": None, "errors": [], "result": "delivered"},
    {"status": "in_transit", "status_code": 200},
    {"order": {"last_error": "address corrected", "status": "delivered"}},
    "404 Elm Street, Springfield",
    "Your order shipped on 3 March; no errors.",
    {"error_code": 0, "message": "Order shipped", "detail": "Left the depot at 09:12"},
    None,
    [1, 2, 3],
])
def test_healthy_payloads_are_not_errors(output: object) -> None:
    """Success payloads, empty error fields, nested record fields and text that merely mentions numbers pass."""
    assert payload_error(_tool(output)) is None


@pytest.mark.parametrize(("threshold", "fires"), [(502, True), (503, True), (504, False)])
def test_http_status_at_below_and_above_the_contract_threshold(threshold: int, fires: bool) -> None:
    """An HTTP 503 in the span's attributes fires at tools.error_http_status <= 503 and not above."""
    span = _tool({"order": "A-1"}, {"http.status_code": 503})
    contract = CONTRACT.model_copy(update={"tools": CONTRACT.tools.model_copy(update={"error_http_status": threshold})})
    codes = [f.code for f in detect_tool_failures(_trace(span), contract)]
    assert codes == (["TOOL_ERROR"] if fires else [])


def test_a_payload_reporting_an_upstream_timeout_is_a_tool_error() -> None:
    """A tool that answered in 300 ms (status ok, 3,000 ms timeout) with a payload saying its upstream timed
    out did not time out itself: TOOL_ERROR, as the contract defines TOOL_TIMEOUT by the span's own limit."""
    [finding] = detect_tool_failures(_trace(_tool({"error": "upstream timed out after 2s"})), CONTRACT)
    assert finding.code == "TOOL_ERROR"


def test_a_payload_error_at_the_tools_own_timeout_is_a_tool_timeout() -> None:
    """Control: the same payload from a call that ran to its 3,000 ms limit is TOOL_TIMEOUT."""
    [finding] = detect_tool_failures(_trace(_tool({"error": "upstream timed out after 2s"}, ms=3000)), CONTRACT)
    assert finding.code == "TOOL_TIMEOUT"


def test_an_error_status_saying_it_timed_out_is_a_tool_timeout() -> None:
    """Control: a failed span whose own error says it timed out (a client that gave up early) stays TOOL_TIMEOUT."""
    span = _tool(None)
    span.status = "error"
    span.error = ErrorInfo(type="TimeoutError", message="read timed out")
    [finding] = detect_tool_failures(_trace(span), CONTRACT)
    assert finding.code == "TOOL_TIMEOUT"


@pytest.mark.parametrize("name", ["native/games-021.json", "native/library-029.json"])
def test_hidden_payload_errors_in_the_eval_set_fire(name: str) -> None:
    """The eval set's ok-status tool spans with an error payload are TOOL_ERROR, and the finding says why."""
    [finding] = [f for f in diagnose(_eval(name), CONTRACT).findings if f.code == "TOOL_ERROR"]
    assert finding.signal == "tool payload" and "under span status ok" in finding.explanation


@pytest.mark.parametrize("name", ["native/games-015.json", "native/hospital-044.json"])
def test_successful_tool_payloads_in_the_eval_set_stay_quiet(name: str) -> None:
    """Healthy tool calls from the eval set (a successful lookup, a slow but successful tool) raise no tool code."""
    codes = diagnose(_eval(name), CONTRACT).codes
    assert "TOOL_ERROR" not in codes and "TOOL_TIMEOUT" not in codes


def test_an_error_code_inside_a_record_with_data_is_the_records_own() -> None:
    """A boiler record that reports its fault code beside its own readings is the tool's answer, not a failure."""
    record = {"unit_id": "BLR-3302", "unit_state": "lockout", "error_code": "E119", "pressure_bar": 0.4,
              "serviced_on": "2026-01-12"}
    assert payload_error(_tool(record)) is None
    assert not detect_tool_failures(_trace(_tool(record)), CONTRACT)


@pytest.mark.parametrize("output", [
    {"unit_id": "BLR-3302", "error": "telemetry store timed out"},
    {"error": "telemetry store timed out", "readings": [], "data": None},
])
def test_an_error_beside_an_echoed_id_or_empty_data_is_still_a_failure(output: dict[str, object]) -> None:
    """Control: one echoed id, or empty data fields, is no record of its own: the error is the call's."""
    assert payload_error(_tool(output)) is not None

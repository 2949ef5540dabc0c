"""Tool calls in a replay: served from the recording unless the ``tools`` or ``tool_timeout_ms`` override asks.

A recording says what a tool answered (or that it timed out) under the timeout in force then. It cannot say
what a timed-out call *would* have answered given more time, so:

- no tool override: every tool span is the recording (a recorded timeout stays a timeout);
- ``tool_timeout_ms=X``: a recorded call that finished within ``X`` keeps its result; one that took longer
  now times out at ``X``; a recorded *timeout* that ``X`` would outlast needs a live call (``tool_runner``),
  because the recording holds no answer to serve;
- ``tools="live"``: every tool call runs again through ``tool_runner`` with the timeout in force.

A :class:`ToolRunner` is any callable ``(span, timeout_ms) -> ToolResult``: a client for the real service,
or a fake (:class:`llmops_kit.testing.StaticToolRunner`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol

from ..contract import Contract
from ..errors import ReplayError
from ..traces import ErrorInfo, Span


@dataclass(frozen=True)
class ToolResult:
    """What a live tool call returned: its output (or error) and how long it took."""

    output: Any = None
    latency_ms: float = 0.0
    error: str | None = None


class ToolRunner(Protocol):
    """Runs one recorded tool call again; ``timeout_ms`` is the limit the replay enforces."""

    def __call__(self, span: Span, timeout_ms: float) -> ToolResult: ...


def timeout_of(span: Span, contract: Contract) -> float:
    """The timeout recorded on a tool span (``tool.timeout_ms``), else the contract's default."""
    value = span.attributes.get("tool.timeout_ms")
    return float(value) if isinstance(value, (int, float)) and value > 0 else contract.tools.default_timeout_ms


def _timed_out(span: Span, contract: Contract) -> bool:
    text = f"{span.error.type} {span.error.message}".lower() if span.error else ""
    return span.duration_ms >= timeout_of(span, contract) or (span.failed and "timeout" in text.replace(" ", ""))


def _with(span: Span, *, duration_ms: float, timeout_ms: float, output: Any, error: str | None, how: str) -> Span:
    attrs = {**span.attributes, "tool.timeout_ms": timeout_ms, "replay.tool": how}
    return span.model_copy(update={
        "end_time": span.start_time + timedelta(milliseconds=duration_ms), "attributes": attrs,
        "output": None if error else output, "status": "error" if error else "ok",
        "error": ErrorInfo(type="TimeoutError" if "timed out" in (error or "") else "ToolError",
                           message=error) if error else None,
    }, deep=True)


def replay_tool(
    span: Span, contract: Contract, *, mode: str | None, timeout_ms: float | None, runner: ToolRunner | None,
    where: str,
) -> Span:
    """The tool span as the replay sees it (see the module docstring for the rule per override)."""
    if mode in (None, "recording") and timeout_ms is None:
        return span
    limit = timeout_ms if timeout_ms is not None else timeout_of(span, contract)
    recorded_timeout = _timed_out(span, contract)
    needs_live = mode == "live" or (recorded_timeout and limit > span.duration_ms)
    if not needs_live:
        if span.duration_ms > limit or recorded_timeout:
            return _with(span, duration_ms=limit, timeout_ms=limit, output=None,
                         error=f"timed out after {limit:,.0f} ms", how="recording, new timeout")
        return _with(span, duration_ms=span.duration_ms, timeout_ms=limit, output=span.output, error=None,
                     how="recording")
    if runner is None:
        tool = span.attributes.get("tool.name") or span.name
        raise ReplayError(
            f"{where}: tool {tool!r} must run live (tools='live', or a timeout of {limit:,.0f} ms outlasts the "
            "recorded timeout, so the recording holds no answer); pass tool_runner=... to replay_trace."
        )
    result = runner(span, limit)
    if result.latency_ms >= limit:
        return _with(span, duration_ms=limit, timeout_ms=limit, output=None,
                     error=f"timed out after {limit:,.0f} ms", how="live")
    return _with(span, duration_ms=result.latency_ms, timeout_ms=limit, output=result.output, error=result.error,
                 how="live")


__all__ = ["ToolResult", "ToolRunner", "replay_tool", "timeout_of"]

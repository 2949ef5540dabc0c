"""Replay recorded requests with overrides over the official ``openai`` SDK, compare, bulk-replay.

Default backend: the offline simulator (:mod:`.simulator`) plugged into the SDK as an HTTP
transport (:mod:`.transport`); with ``OPENAI_API_KEY`` the same call reaches a real endpoint
(:mod:`.client`). :mod:`.server` serves the simulator over HTTP on 127.0.0.1. What is not overridden
comes from the recording (:mod:`.cassette`, :mod:`.tools`); every comparison runs a control (:mod:`.verdict`).

The building blocks of :func:`replay_trace` are public too (the recording's cassette, ``assemble``,
``endpoint_name``), so a reader can write their own replay loop, as the course notebook does, on this API.
"""

from __future__ import annotations

from ..io import load_trace_record, save_trace_record
from .assemble import assemble
from .bulk import BulkResult, Gates, bulk_replay, explain_row, run_bulk, verdict_counts
from .cassette import recorded_completion, recording_call, recording_client
from .client import SIMULATOR_HOST, backend_name, endpoint_name, make_client
from .compare import compare_traces, comparison_value, control_for, trace_quality
from .engine import (
    VALID_OVERRIDES,
    Overrides,
    ReplayRequest,
    build_request,
    is_replay,
    recorded_filter,
    recorded_index,
    replay_id,
    replay_trace,
    request_messages,
    validate_overrides,
)
from .fit import fit_profiles, fitted_profiles
from .runner import ReplayInterrupted
from .simulator import DEFAULT_PROFILES, ModelProfile, Simulator, approx_tokens
from .tools import ToolResult, ToolRunner
from .transport import LATENCY_HEADER, SimulatorTransport
from .verdict import INCONCLUSIVE, VERDICTS, ControlledReplay, FindingOutcome, judge, replay_with_control

__all__ = [
    "DEFAULT_PROFILES",
    "INCONCLUSIVE",
    "LATENCY_HEADER",
    "SIMULATOR_HOST",
    "VALID_OVERRIDES",
    "VERDICTS",
    "BulkResult",
    "ControlledReplay",
    "FindingOutcome",
    "Gates",
    "ModelProfile",
    "Overrides",
    "ReplayInterrupted",
    "ReplayRequest",
    "Simulator",
    "SimulatorTransport",
    "ToolResult",
    "ToolRunner",
    "approx_tokens",
    "assemble",
    "backend_name",
    "build_request",
    "bulk_replay",
    "compare_traces",
    "comparison_value",
    "control_for",
    "endpoint_name",
    "explain_row",
    "fit_profiles",
    "fitted_profiles",
    "is_replay",
    "judge",
    "load_trace_record",
    "make_client",
    "recorded_completion",
    "recorded_filter",
    "recorded_index",
    "recording_call",
    "recording_client",
    "replay_id",
    "replay_trace",
    "replay_with_control",
    "request_messages",
    "run_bulk",
    "save_trace_record",
    "trace_quality",
    "validate_overrides",
    "verdict_counts",
]

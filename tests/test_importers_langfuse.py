"""Langfuse import: legacy trace-with-observations and the v2 observations listing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import llmops_kit.importers  # noqa: F401  (registers the detectors)
from llmops_kit.diagnose import diagnose
from llmops_kit.errors import TraceLoadError
from llmops_kit.importers import from_langfuse
from llmops_kit.io import load_trace_record, load_traces

from .importer_cases import EXPECTED_CODES, FORMATS


@pytest.mark.parametrize("shape", ["langfuse_legacy", "langfuse_v2"])
@pytest.mark.parametrize("case", sorted(EXPECTED_CODES))
def test_each_failure_mode_is_diagnosed_after_import(shape: str, case: str) -> None:
    """A Langfuse export of each failure mode, auto-detected, gives the expected findings."""
    trace = load_trace_record(FORMATS / shape / f"{case}.json")
    assert diagnose(trace).codes == EXPECTED_CODES[case]


def _legacy(case: str = "healthy") -> dict:
    return json.loads((FORMATS / "langfuse_legacy" / f"{case}.json").read_text())


def test_integer_prompt_version_maps_through_contract_aliases() -> None:
    """Langfuse prompt version 7 becomes the contract's v2.0 and the original 7 is kept."""
    trace = from_langfuse(_legacy())[0]
    assert trace.prompt_version == "v2.0"
    assert trace.llm_span.attributes["langfuse"]["promptVersion"] == 7


def test_integer_prompt_version_maps_through_the_contract_alias() -> None:
    """Langfuse's integer version 6 reads as the contract's v1.3."""
    assert from_langfuse(_legacy("wrong_prompt_version"))[0].prompt_version == "v1.3"


def test_unaliased_prompt_version_is_kept_as_is() -> None:
    """A version the contract has no alias for stays as Langfuse wrote it (and is flagged)."""
    payload = _legacy("wrong_prompt_version")
    for obs in payload["observations"]:
        if obs.get("promptVersion") is not None:
            obs["promptVersion"] = 5
    assert from_langfuse(payload)[0].prompt_version == "5"


def test_latency_comes_from_start_and_end_not_the_latency_field() -> None:
    """A wrong recorded latency (ms on old servers) does not change the computed duration."""
    payload = _legacy()
    payload["latency"] = 1420.0
    for obs in payload["observations"]:
        obs["latency"] = 99999
    assert from_langfuse(payload)[0].duration_ms == pytest.approx(1420.0)


def test_string_model_parameters_become_numbers() -> None:
    """modelParameters.temperature sent as the string "0.2" reads as 0.2."""
    assert from_langfuse(_legacy())[0].temperature == 0.2


def test_v2_string_io_is_decoded() -> None:
    """v2 input/output are JSON strings; the trace's query and answer still come out."""
    trace = load_trace_record(FORMATS / "langfuse_v2" / "healthy.json")
    assert trace.query == "How long does standard shipping take?"
    assert trace.answer.startswith("Standard shipping")


def test_tool_error_level_becomes_span_error() -> None:
    """level ERROR with a status message becomes a failed span with type and message."""
    trace = from_langfuse(_legacy("tool_timeout"))[0]
    (tool,) = trace.tool_spans
    assert (tool.status, tool.error.type) == ("error", "TimeoutError")
    assert "3000 ms" in tool.error.message


def test_scores_are_imported() -> None:
    """Trace scores arrive as Score objects."""
    trace = from_langfuse(_legacy("retrieval_mismatch"))[0]
    assert trace.score("user_feedback") == 0.0


def test_unmapped_fields_are_kept() -> None:
    """Fields without a native home (promptId, completionStartTime, htmlPath) are kept, not dropped."""
    trace = from_langfuse(_legacy())[0]
    assert trace.llm_span.attributes["langfuse"]["promptId"] == "pr_7"
    assert "completionStartTime" in trace.llm_span.attributes["langfuse"]
    assert trace.metadata["langfuse"]["htmlPath"].startswith("/project/")


def test_missing_end_time_is_an_instant_and_noted() -> None:
    """An observation without endTime (an EVENT, or one still running) gets end = start and a note."""
    payload = _legacy()
    payload["observations"][0]["endTime"] = None
    span = next(s for s in from_langfuse(payload)[0].spans if s.span_id == payload["observations"][0]["id"])
    assert span.duration_ms == 0 and span.attributes["langfuse"]["endTimeMissing"] is True


def test_ids_only_page_gets_a_clear_error() -> None:
    """A trace *list* page (observation ids only) is refused with what to export instead."""
    payload = _legacy()
    payload["observations"] = [o["id"] for o in payload["observations"]]
    with pytest.raises(TraceLoadError, match="GET /api/public/traces"):
        from_langfuse(payload, "page.json")


def test_malformed_export_is_a_per_file_error_in_a_directory(tmp_path: Path) -> None:
    """A broken Langfuse file is reported with its name; the good file next to it still loads."""
    good, bad = _legacy(), _legacy("hallucination")
    bad["observations"][1]["startTime"] = "not a time"
    (tmp_path / "good.json").write_text(json.dumps(good))
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    result = load_traces(tmp_path)
    assert len(result.traces) == 1
    assert len(result.errors) == 1 and "bad.json" in str(result.errors[0])
    assert "Langfuse" in str(result.errors[0]) and "not a time" in str(result.errors[0])


def _generation(payload: dict) -> dict:
    return next(o for o in payload["observations"] if o["type"] == "GENERATION")


def test_usage_details_that_are_not_an_object_are_refused(tmp_path: Path) -> None:
    """usageDetails: "lots" used to drop usage silently; it is an error naming the observation and field."""
    payload = _legacy()
    _generation(payload)["usageDetails"] = "lots"
    path = tmp_path / "t.json"
    path.write_text(json.dumps(payload))
    with pytest.raises(TraceLoadError, match=r"t\.json: .*usageDetails is 'lots' \(str\); expected an object"):
        load_trace_record(path)


@pytest.mark.parametrize(("value", "expected"), [("fast", "finite number"), (-2, "expected 0 or more")],
                         ids=["text", "negative"])
def test_latency_that_is_not_seconds_is_refused(value: object, expected: str) -> None:
    """A trace latency of "fast" (or -2 s) is refused naming the field, not kept as recorded."""
    payload = _legacy()
    payload["latency"] = value
    with pytest.raises(TraceLoadError, match=rf"trace latency \(seconds\).*{expected}") as info:
        from_langfuse(payload, "t.json")
    assert info.value.field == "trace latency (seconds)"


@pytest.mark.parametrize(("field", "value"), [("input", "many"), ("input", -5), ("total", 1.5)],
                         ids=["text", "negative", "fraction"])
def test_token_counts_must_be_whole_non_negative_numbers(field: str, value: object) -> None:
    """Token counts that are text, negative or fractional are refused, never read as 0."""
    payload = _legacy()
    _generation(payload)["usageDetails"][field] = value
    with pytest.raises(TraceLoadError, match=rf"usageDetails\.{field} is"):
        from_langfuse(payload, "t.json")


def test_cost_that_is_not_a_number_is_refused() -> None:
    """costDetails.total of "cheap" is refused naming the field."""
    payload = _legacy()
    _generation(payload)["costDetails"] = {"total": "cheap"}
    with pytest.raises(TraceLoadError, match=r"costDetails\.total is 'cheap'"):
        from_langfuse(payload, "t.json")


def test_numeric_model_parameter_as_text_is_refused() -> None:
    """modelParameters.temperature "hot" is refused; "0.2" (Langfuse's string encoding) still reads as 0.2."""
    payload = _legacy()
    _generation(payload)["modelParameters"] = {"temperature": "0.2"}
    assert from_langfuse(payload, "t.json")[0].temperature == 0.2
    _generation(payload)["modelParameters"] = {"temperature": "hot"}
    with pytest.raises(TraceLoadError, match="model parameter temperature is 'hot'"):
        from_langfuse(payload, "t.json")

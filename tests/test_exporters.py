"""Export to Langfuse and LangSmith: valid against the SDKs' schemas, and lossless for diagnosis."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from llmops_kit.diagnose import diagnose
from llmops_kit.errors import ImportFormatError
from llmops_kit.importers import to_langfuse, to_langfuse_v2, to_langsmith, to_langsmith_tree
from llmops_kit.io import load_traces, parse_payload
from llmops_kit.traces import Trace

from .importer_cases import FORMATS

COURSE = Path(__file__).parents[1] / "traces" / "ch07_debug"
EXPORTERS: dict[str, Callable[[Trace], Any]] = {
    "langfuse": to_langfuse, "langfuse_v2": to_langfuse_v2,
    "langsmith": to_langsmith, "langsmith_tree": to_langsmith_tree,
}
SCHEMAS = FORMATS / "schemas"


def _course() -> list[Trace]:
    result = load_traces(COURSE)
    if len(result.traces) != 6:
        pytest.skip(f"the six course traces are not all in {COURSE.name} yet")
    return result.traces


def _round_trip(trace: Trace, exporter: str) -> Trace:
    (back,) = parse_payload(json.loads(json.dumps(EXPORTERS[exporter](trace))), f"{exporter} export")
    return back


def _facts(trace: Trace) -> dict[str, Any]:
    return {
        "trace_id": trace.trace_id, "query": trace.query, "answer": trace.answer,
        "documents": [(d.id, d.score, d.content) for d in trace.documents or []],
        "prompt": trace.prompt.model_dump() if trace.prompt else None, "model": trace.model,
        "temperature": trace.temperature, "duration_ms": trace.duration_ms,
        "usage": trace.usage.model_dump() if trace.usage else None, "cost_usd": trace.cost_usd,
        "errors": [(s.span_id, s.error.model_dump() if s.error else None) for s in trace.failed_spans],
        "tools": [(s.span_id, s.attributes.get("tool.name"), s.attributes.get("tool.timeout_ms"))
                  for s in trace.tool_spans],
        "scores": [(s.name, s.value, s.span_id) for s in trace.scores],
        "tree": sorted((s.span_id, s.parent_id, s.kind) for s in trace.spans),
    }


@pytest.mark.parametrize("exporter", sorted(EXPORTERS))
def test_round_trip_gives_the_same_findings(exporter: str) -> None:
    """native -> format -> native: every course trace diagnoses to identical findings."""
    for trace in _course():
        before, after = diagnose(trace), diagnose(_round_trip(trace, exporter))
        assert [f.model_dump() for f in after.findings] == [f.model_dump() for f in before.findings], trace.trace_id
        assert [f.code for f in after.not_evaluable] == [f.code for f in before.not_evaluable]


@pytest.mark.parametrize("exporter", sorted(EXPORTERS))
def test_round_trip_keeps_every_fact_diagnosis_reads(exporter: str) -> None:
    """Query, documents and scores, prompt, model, timings, usage, cost, errors and scores survive."""
    for trace in _course():
        assert _facts(_round_trip(trace, exporter)) == _facts(trace), trace.trace_id


def _validate(instance: Any, schema_file: str) -> None:
    jsonschema.validate(instance, json.loads((SCHEMAS / schema_file).read_text()))


def test_langfuse_export_matches_the_sdk_schema() -> None:
    """The legacy export validates against the JSON schema of langfuse's TraceWithFullDetails."""
    for trace in _course():
        _validate(to_langfuse(trace), "langfuse_TraceWithFullDetails.schema.json")


def test_langfuse_v2_export_matches_the_sdk_schema() -> None:
    """The v2 listing validates against the JSON schema of langfuse's ObservationsV2Response."""
    for trace in _course():
        listing = to_langfuse_v2(trace)
        _validate({"data": listing["data"], "meta": listing["meta"]}, "langfuse_ObservationsV2Response.schema.json")


def test_langsmith_export_matches_the_sdk_schema() -> None:
    """Every exported run, flat or nested, validates against langsmith.schemas.Run's JSON schema."""
    for trace in _course():
        for run in to_langsmith(trace):
            _validate(run, "langsmith_Run.schema.json")
        _validate(to_langsmith_tree(trace), "langsmith_Run.schema.json")


def test_langfuse_prompt_version_is_the_integer_alias() -> None:
    """v2.0 is exported as Langfuse prompt version 7, the contract's alias."""
    trace = next(t for t in _course() if t.prompt_version == "v2.0")
    generation = next(o for o in to_langfuse(trace)["observations"] if o["type"] == "GENERATION")
    assert (generation["promptName"], generation["promptVersion"]) == ("support-answer", 7)


def test_langfuse_version_without_integer_alias_is_kept_beside_the_observation() -> None:
    """A version with no integer alias leaves promptVersion empty and still round-trips."""
    trace = _course()[0].model_copy(deep=True)
    assert trace.llm_span is not None and trace.llm_span.prompt is not None
    trace.llm_span.prompt.version = "v9.9-draft"
    generation = next(o for o in to_langfuse(trace)["observations"] if o["type"] == "GENERATION")
    assert generation["promptVersion"] is None
    assert _round_trip(trace, "langfuse").prompt_version == trace.prompt_version


def test_langsmith_ids_are_uuids_and_root_id_is_trace_id() -> None:
    """Run ids are UUIDs (derived from native ids) and the root run's id equals trace_id."""
    runs = to_langsmith(_course()[0])
    for run in runs:
        uuid.UUID(run["id"])
    assert runs[0]["id"] == runs[0]["trace_id"] and runs[0]["parent_run_id"] is None


def test_export_is_deterministic() -> None:
    """Exporting twice gives byte-identical JSON (stable ids, no wall clock)."""
    trace = _course()[0]
    assert json.dumps(to_langsmith(trace)) == json.dumps(to_langsmith(trace))
    assert json.dumps(to_langfuse(trace)) == json.dumps(to_langfuse(trace))


def test_trace_without_spans_cannot_become_runs() -> None:
    """LangSmith needs at least one run; the error says so."""
    with pytest.raises(ImportFormatError, match="no spans"):
        to_langsmith(Trace(trace_id="empty"))

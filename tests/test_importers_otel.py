"""OTLP/JSON import with GenAI semantic-convention and OpenInference attributes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import llmops_kit.importers  # noqa: F401  (registers the detectors)
from llmops_kit.diagnose import diagnose
from llmops_kit.errors import TraceLoadError
from llmops_kit.importers import from_otlp
from llmops_kit.io import load_trace_record, load_traces

from .importer_cases import EXPECTED_CODES, FORMATS


@pytest.mark.parametrize("shape", ["otlp_genai", "otlp_openinference"])
@pytest.mark.parametrize("case", sorted(EXPECTED_CODES))
def test_each_failure_mode_is_diagnosed_after_import(shape: str, case: str) -> None:
    """An OTLP export of each failure mode, auto-detected, gives the expected findings."""
    trace = load_trace_record(FORMATS / shape / f"{case}.json")
    assert diagnose(trace).codes == EXPECTED_CODES[case]


def test_protobuf_json_ids_and_enum_names_are_understood() -> None:
    """protobuf's own JSON (base64 ids, enum names) imports to the same trace as spec OTLP/JSON."""
    spec = load_trace_record(FORMATS / "otlp_genai" / "healthy.json")
    proto = load_trace_record(FORMATS / "otlp_variants" / "healthy_protobuf_json.json")
    assert proto.trace_id == spec.trace_id
    assert sorted(s.span_id for s in proto.spans) == sorted(s.span_id for s in spec.spans)
    assert proto.root_span.attributes["otel.original_span_id"].endswith("=")
    assert proto.duration_ms == spec.duration_ms


def test_absent_content_leaves_fields_empty_so_detectors_say_not_evaluable() -> None:
    """Without opt-in content no documents, query or answer are invented; hallucination is not evaluable."""
    trace = load_trace_record(FORMATS / "otlp_variants" / "healthy_no_content.json")
    assert trace.spans_of("retriever")[0].documents is None
    assert (trace.query, trace.answer) == (None, None)
    assert "HALLUCINATION" in [f.code for f in diagnose(trace).not_evaluable]


def test_kind_precedence_follows_vendor_keys_first() -> None:
    """openinference.span.kind beats gen_ai.operation.name; the retrieval operation maps to retriever."""
    trace = load_trace_record(FORMATS / "otlp_openinference" / "healthy.json")
    assert sorted(s.kind for s in trace.spans) == ["chain", "llm", "retriever"]


def test_openinference_flattened_documents_are_rebuilt() -> None:
    """retrieval.documents.N.document.* keys become Documents with JSON metadata decoded."""
    docs = load_trace_record(FORMATS / "otlp_openinference" / "healthy.json").documents
    assert [d.id for d in docs] == ["kb-008", "kb-009", "kb-012"]
    assert docs[0].title == "Standard shipping within the United States"


def test_evaluation_events_become_scores() -> None:
    """gen_ai.evaluation.result events are imported as scores on their span."""
    trace = load_trace_record(FORMATS / "otlp_genai" / "retrieval_mismatch.json")
    assert trace.score("user_feedback") == 0.0


def test_unknown_attributes_are_kept() -> None:
    """Attributes the mapping does not use stay on the span."""
    trace = load_trace_record(FORMATS / "otlp_genai" / "healthy.json")
    assert trace.llm_span.attributes["gen_ai.response.finish_reasons"] == ["stop"]
    assert trace.metadata["otel.resource"]["service.name"] == "support-bot"


def test_out_of_range_scores_are_kept_raw() -> None:
    """A retriever score outside [0, 1] (a distance) is not squeezed in; it is kept as raw_score."""
    payload = json.loads((FORMATS / "otlp_openinference" / "healthy.json").read_text())
    for span in payload["resourceSpans"][0]["scopeSpans"][0]["spans"]:
        for attr in span["attributes"]:
            if attr["key"] == "retrieval.documents.0.document.score":
                attr["value"] = {"doubleValue": 12.5}
    doc = from_otlp(payload)[0].documents[0]
    assert doc.score is None and doc.metadata["raw_score"] == 12.5


def test_span_without_ids_is_a_per_file_error(tmp_path: Path) -> None:
    """A span missing its spanId is reported for that file; other files still load."""
    payload = json.loads((FORMATS / "otlp_genai" / "healthy.json").read_text())
    del payload["resourceSpans"][0]["scopeSpans"][0]["spans"][0]["spanId"]
    (tmp_path / "broken.json").write_text(json.dumps(payload))
    (tmp_path / "fine.json").write_text((FORMATS / "otlp_genai" / "slow_response.json").read_text())
    result = load_traces(tmp_path)
    assert len(result.traces) == 1
    assert "broken.json" in str(result.errors[0]) and "spanId" in str(result.errors[0])


def _genai() -> dict:
    return json.loads((FORMATS / "otlp_genai" / "healthy.json").read_text())


def _spans(payload: dict) -> list[dict]:
    return payload["resourceSpans"][0]["scopeSpans"][0]["spans"]


def _llm_span(payload: dict) -> dict:
    return next(s for s in _spans(payload) if any(a["key"] == "gen_ai.request.model" for a in s["attributes"]))


def test_attributes_given_as_a_string_are_refused_not_read_as_empty(tmp_path: Path) -> None:
    """attributes as a string would turn the LLM span into a chain span; it is an error naming the field."""
    payload = _genai()
    _llm_span(payload)["attributes"] = "gen_ai.request.model=gpt-4o"
    path = tmp_path / "t.json"
    path.write_text(json.dumps(payload))
    with pytest.raises(TraceLoadError, match=r"t\.json: .*attributes is 'gen_ai.request.model=gpt-4o' \(str\)") as info:
        load_trace_record(path)
    assert info.value.field is not None and info.value.field.endswith("attributes")


@pytest.mark.parametrize(
    ("value", "expected"),
    [({"doubleValue": "NaN"}, "finite number"), ({"intValue": "many"}, "expected an integer"),
     ({"boolValue": "yes"}, "true or false")],
    ids=["nan-double", "text-int", "text-bool"],
)
def test_bad_any_value_is_refused_naming_the_attribute(value: dict, expected: str) -> None:
    """An AnyValue of the wrong type (or a NaN double) is an error naming the attribute key."""
    payload = _genai()
    _llm_span(payload)["attributes"].append({"key": "custom.flag", "value": value})
    with pytest.raises(TraceLoadError, match=rf"custom\.flag.*{expected}"):
        from_otlp(payload, "t.json")


@pytest.mark.parametrize("stamp", ["9" * 30, str(10**25)])
def test_timestamp_beyond_any_calendar_is_an_error_not_an_overflow(stamp: str) -> None:
    """An endTimeUnixNano of 30 nines is a TraceLoadError naming the field, not an OverflowError."""
    payload = _genai()
    _spans(payload)[0]["endTimeUnixNano"] = stamp
    with pytest.raises(TraceLoadError, match="endTimeUnixNano"):
        from_otlp(payload, "t.json")


def test_token_count_as_text_is_refused() -> None:
    """gen_ai.usage.input_tokens of "lots" is refused, not read as 0."""
    payload = _genai()
    for attr in _llm_span(payload)["attributes"]:
        if attr["key"] == "gen_ai.usage.input_tokens":
            attr["value"] = {"stringValue": "lots"}
    with pytest.raises(TraceLoadError, match="input tokens is 'lots'"):
        from_otlp(payload, "t.json")


def test_relevance_on_another_scale_is_kept_with_a_warning_and_not_evaluable(tmp_path: Path) -> None:
    """A relevance of 7.5 marks the span's scores as another scale: kept raw, warned about, check not evaluable."""
    payload = json.loads((FORMATS / "otlp_openinference" / "healthy.json").read_text())
    for span in _spans(payload):
        for attr in span["attributes"]:
            if attr["key"] == "retrieval.documents.0.document.score":
                attr["value"] = {"doubleValue": 7.5}
    path = tmp_path / "t.json"
    path.write_text(json.dumps(payload))
    result = load_traces(path)
    (trace,) = result.traces
    assert [d.score for d in trace.documents] == [None] * len(trace.documents)
    assert trace.documents[0].metadata["raw_score"] == 7.5 and trace.documents[1].metadata["raw_score"] <= 1
    (warning,) = result.warnings
    assert warning.field == "spans.1.documents.0.score" and "7.5" in str(warning) and "t.json" in str(warning)
    findings = diagnose(trace).not_evaluable
    assert any(f.code == "RETRIEVAL_MISMATCH" and f.signal == "relevance scores" for f in findings)


def test_relevance_that_is_not_a_number_is_refused() -> None:
    """A relevance score of "high" is an error naming the document, not a dropped score."""
    payload = json.loads((FORMATS / "otlp_openinference" / "healthy.json").read_text())
    for span in _spans(payload):
        for attr in span["attributes"]:
            if attr["key"] == "retrieval.documents.0.document.score":
                attr["value"] = {"stringValue": "high"}
    with pytest.raises(TraceLoadError, match=r"retrieval\.documents\.0\.score is 'high'"):
        from_otlp(payload, "t.json")

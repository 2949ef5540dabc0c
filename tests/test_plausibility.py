"""Plausibility bounds from the contract: values no real request can have are refused at load time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from llmops_kit.contract import Plausibility, load_contract, parse_contract
from llmops_kit.errors import ContractError, TraceLoadError
from llmops_kit.io import load_trace_record, load_traces
from llmops_kit.plausibility import implausible_values
from llmops_kit.testing import trace_payload
from llmops_kit.traces import Trace


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def with_root_end(value: str) -> dict[str, Any]:
    data = trace_payload()
    data["spans"][0]["end_time"] = value
    return data


def with_llm(**fields: Any) -> dict[str, Any]:
    data = trace_payload()
    data["spans"][2].update(fields)
    return data


def at_year_9999() -> dict[str, Any]:
    data = trace_payload(timestamp="9999-12-31T23:59:59-05:00")
    for span in data["spans"]:
        span["start_time"] = span["end_time"] = "9999-12-31T23:59:59-05:00"
    return data


@pytest.mark.parametrize(
    ("data", "field", "bound"),
    [
        (with_root_end("2035-03-12T08:30:00+00:00"), "spans.0.end_time", "max_duration_ms"),
        (with_llm(cost_usd=1e300), "spans.2.cost_usd", "max_cost_usd_per_call"),
        (with_llm(usage={"input_tokens": 10**400, "output_tokens": 1}), "spans.2.usage.input_tokens",
         "max_tokens_per_call"),
        (at_year_9999(), "timestamp", "latest"),
        (trace_payload(timestamp="1970-01-01T00:00:00Z"), "timestamp", "earliest"),
        (trace_payload(latency_ms=1e12), "latency_ms", "max_duration_ms"),
    ],
    ids=["10-year-span", "cost-1e300", "tokens-10^400", "year-9999", "epoch-zero", "latency"],
)
def test_implausible_value_is_refused_naming_field_and_bound(
    tmp_path: Path, data: dict[str, Any], field: str, bound: str
) -> None:
    """Each implausible value is one TraceLoadError with the field path and the contract bound it broke."""
    with pytest.raises(TraceLoadError) as info:
        load_trace_record(write(tmp_path / "t.json", data))
    assert info.value.field == field and bound in str(info.value) and "\n" not in str(info.value)


def test_values_just_inside_the_bounds_load(tmp_path: Path) -> None:
    """A value exactly on a bound is still plausible (the bounds are maxima, not thresholds)."""
    bounds = load_contract().plausibility
    data = with_llm(cost_usd=bounds.max_cost_usd_per_call,
                    usage={"input_tokens": bounds.max_tokens_per_call, "output_tokens": 0})
    assert load_trace_record(write(tmp_path / "t.json", data)).cost_usd == bounds.max_cost_usd_per_call


def test_a_contract_can_tighten_the_bounds(tmp_path: Path) -> None:
    """Bounds come from the contract passed in: a 1 s max duration refuses the 1.5 s fixture trace."""
    tight = load_contract().model_copy(update={"plausibility": Plausibility(max_duration_ms=1000)})
    write(tmp_path / "t.json", trace_payload())
    result = load_traces(tmp_path, contract=tight)
    assert result.traces == [] and "max_duration_ms = 1,000" in str(result.errors[0])
    assert len(load_traces(tmp_path).traces) == 1


def test_every_implausible_value_is_listed() -> None:
    """The check reports each implausible value, so the error can say how many more there are."""
    data = with_llm(cost_usd=1e300)
    data["spans"][0]["end_time"] = "2035-03-12T08:30:00+00:00"
    fields = [field for field, _ in implausible_values(Trace.model_validate(data), Plausibility())]
    assert fields == ["spans.0.end_time", "spans.2.cost_usd"]


def test_contract_without_a_plausibility_section_gets_the_defaults() -> None:
    """Older contract files without the section still load, with the default bounds."""
    data = json.loads(load_contract().model_dump_json())
    del data["plausibility"]
    assert parse_contract(json.dumps(data)).plausibility == Plausibility()


@pytest.mark.parametrize(
    "section",
    [{"max_cost_usd_per_call": -1}, {"earliest": "2100-01-01", "latest": "2000-01-01"}, {"max_tokens": 5}],
    ids=["negative", "dates-reversed", "unknown-key"],
)
def test_invalid_plausibility_section_is_a_contract_error(section: dict[str, Any]) -> None:
    """A negative bound, reversed dates or an unknown key make the contract invalid, naming the section."""
    data = json.loads(load_contract().model_dump_json())
    data["plausibility"] = section
    with pytest.raises(ContractError, match="plausibility"):
        parse_contract(json.dumps(data))


def test_fast_free_form_list_covers_every_free_form_field() -> None:
    """The hand-written hot path lists every free-form field the models have (a new one cannot be missed)."""
    from llmops_kit.plausibility import _field_kinds
    from llmops_kit.traces import Document, ErrorInfo, Message, PromptRef, Score, Span, Usage

    expected = {Trace: ("metadata", "input", "output"), Span: ("input", "output", "attributes", "model_parameters"),
                Document: ("metadata",), PromptRef: ("variables",), Usage: (), Message: (), Score: (), ErrorInfo: ()}
    assert {cls: _field_kinds(cls)[0] for cls in expected} == expected


@pytest.mark.parametrize("where", ["input", "metadata", "span-attribute", "document-metadata", "extra-field"])
def test_non_finite_number_in_any_free_form_field_is_refused(where: str) -> None:
    """NaN reaches free-form fields through both JSON parsers; the check finds it wherever it is."""
    from llmops_kit.parsing import parse_records

    data = trace_payload()
    nan = float("nan")
    if where == "input":
        data["input"] = {"query": "q", "weights": [1.0, nan]}
    elif where == "metadata":
        data["metadata"] = {"deep": {"x": [{"y": nan}]}}
    elif where == "span-attribute":
        data["spans"][1]["attributes"] = {"retrieval.top_k": nan}
    elif where == "document-metadata":
        data["spans"][1]["documents"][0]["metadata"] = {"bm25": nan}
    else:
        data["spans"][2]["vendor_extra"] = {"z": nan}
    (error,) = parse_records(json.dumps(data), "t.json")
    assert isinstance(error, TraceLoadError) and "finite" in str(error) and error.field is not None

"""Loading and saving traces: round trips, directories, JSONL, and every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmops_kit.errors import LlmopsError, TraceLoadError
from llmops_kit.io import iter_traces, load_trace_record, load_traces, save_trace_record
from llmops_kit.testing import trace_payload
from llmops_kit.traces import Trace


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_round_trip_is_lossless_including_unknown_fields(tmp_path: Path) -> None:
    """load -> save -> load keeps every field, also ones the model does not know."""
    data = trace_payload(custom_team_field={"owner": "search"})
    data["spans"][1]["attributes"] = {"retrieval.index": "kb-primary", "vendor.x": [1, 2]}
    data["spans"][2]["vendor_extra"] = "kept"
    first = load_trace_record(write(tmp_path / "a.json", data))
    save_trace_record(first, tmp_path / "b.json")
    second = load_trace_record(tmp_path / "b.json")
    assert second == first
    assert second.model_extra == {"custom_team_field": {"owner": "search"}}
    assert second.spans[2].model_extra == {"vendor_extra": "kept"}


def test_derived_facts_come_from_spans(tmp_path: Path) -> None:
    """Request-level facts are derived from spans when the trace has no top-level payload."""
    data = trace_payload()
    del data["input"], data["output"]
    data["spans"][0]["input"] = {"query": "Where is my parcel?"}
    trace = load_trace_record(write(tmp_path / "t.json", data))
    assert trace.query == "Where is my parcel?"
    assert trace.answer == "Refunds reach your card within 5 business days [kb-002]."
    assert trace.duration_ms == pytest.approx(1500)
    assert trace.prompt_version == "v2.0" and trace.model == "gpt-4o"
    assert trace.relevance_scores == [0.84]
    assert trace.usage is not None and trace.usage.total_tokens == 640


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    """Saving writes the final file and no leftover temporary file."""
    trace = Trace.model_validate(trace_payload())
    save_trace_record(trace, tmp_path / "out" / "t.json")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["t.json"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"trace_id": "t-1", "spans": [', "invalid JSON at line 1"),
        (b"", "the file is empty"),
        (b"   \n", "the file is empty"),
        (b"[1, 2]", "found a JSON list"),
        (b'{"trace_id": "t-1", "latency_ms": "fast"}', "latency_ms: Input should be a valid number"),
        (b'{"trace_id": "t-1", "latency_ms": -5}', "latency_ms: Input should be greater than or equal to 0"),
        (b'{"name": "no id"}', "trace_id: Field required"),
        (b'{"trace_id": "caf\xe9"}', "not UTF-8 text (byte 0xe9 at offset 17)"),
    ],
    ids=["truncated", "empty", "blank", "array", "wrong-type", "negative", "missing-id", "non-utf8"],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, content: bytes, expected: str) -> None:
    """Each bad file raises TraceLoadError naming the file and the problem on one line."""
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(TraceLoadError) as info:
        load_trace_record(path)
    message = str(info.value)
    assert str(path) in message and expected in message
    assert "\n" not in message


def test_out_of_range_relevance_names_the_field_path(tmp_path: Path) -> None:
    """A relevance score of 7.5 is refused with the dotted path to the document."""
    data = trace_payload()
    data["spans"][1]["documents"][0]["score"] = 7.5
    with pytest.raises(TraceLoadError) as info:
        load_trace_record(write(tmp_path / "t.json", data))
    assert "spans.1.documents.0.score" in str(info.value)
    assert "7.5" in str(info.value)
    assert info.value.field == "spans.1.documents.0.score"


def test_span_ending_before_it_starts_is_refused(tmp_path: Path) -> None:
    """Negative span durations are refused (latency is computed from start and end)."""
    data = trace_payload()
    data["spans"][0]["end_time"] = "2025-03-12T08:29:00+00:00"
    with pytest.raises(TraceLoadError, match="ends before it starts"):
        load_trace_record(write(tmp_path / "t.json", data))


def test_deep_nesting_is_an_error_not_a_crash(tmp_path: Path) -> None:
    """JSON nested 10,000 deep becomes a clear error instead of a RecursionError."""
    path = tmp_path / "deep.json"
    path.write_text('{"trace_id": "t", "input": ' + "[" * 10_000 + "]" * 10_000 + "}")
    with pytest.raises(TraceLoadError, match="nested too deeply"):
        load_trace_record(path)


def test_fifty_megabyte_trace_loads(tmp_path: Path) -> None:
    """A 50 MB trace (a huge retrieved document) loads and keeps its content."""
    data = trace_payload()
    big = "x" * (50 * 1024 * 1024)
    data["spans"][1]["documents"][0]["content"] = big
    path = write(tmp_path / "big.json", data)
    assert path.stat().st_size > 50 * 1024 * 1024
    trace = load_trace_record(path)
    assert trace.documents is not None and len(trace.documents[0].content or "") == len(big)


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    """The size guard refuses files over max_bytes with a message saying how to proceed."""
    from llmops_kit.io import load_trace_records

    path = write(tmp_path / "t.json", trace_payload())
    with pytest.raises(TraceLoadError, match="over the 100-byte limit"):
        load_trace_records(path, max_bytes=100)


def test_directory_reports_bad_files_and_loads_the_rest(tmp_path: Path) -> None:
    """One bad file never stops a directory: good traces load, each bad file is one error."""
    write(tmp_path / "a.json", trace_payload("t-a"))
    write(tmp_path / "b.json", trace_payload("t-b"))
    (tmp_path / "c.json").write_text('{"trace_id": ', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    result = load_traces(tmp_path)
    assert [t.trace_id for t in result.traces] == ["t-a", "t-b"]
    assert len(result.errors) == 1 and "c.json" in str(result.errors[0])
    assert not result.ok


def test_duplicate_trace_ids_across_files_keep_the_first(tmp_path: Path) -> None:
    """A trace id seen twice is reported on the later file; the first copy is kept."""
    write(tmp_path / "a.json", trace_payload("same"))
    write(tmp_path / "b.json", trace_payload("same", name="second"))
    result = load_traces(tmp_path)
    assert len(result.traces) == 1 and result.traces[0].name == "support-chat"
    assert "duplicate trace id 'same'" in str(result.errors[0]) and "a.json" in str(result.errors[0])


def test_jsonl_streams_and_reports_bad_lines(tmp_path: Path) -> None:
    """A JSONL file yields good traces and one error per bad line, with the line number."""
    lines = [json.dumps(trace_payload("t-1")), "{oops", "", json.dumps(trace_payload("t-2"))]
    path = tmp_path / "traces.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = load_traces(path)
    assert [t.trace_id for t in result.traces] == ["t-1", "t-2"]
    assert len(result.errors) == 1 and "traces.jsonl:2" in str(result.errors[0])


def test_iter_traces_is_lazy(tmp_path: Path) -> None:
    """iter_traces is a generator: it reads records one at a time."""
    path = tmp_path / "traces.jsonl"
    path.write_text(json.dumps(trace_payload("t-1")) + "\n", encoding="utf-8")
    stream = iter_traces(path)
    assert next(stream).trace_id == "t-1"  # type: ignore[union-attr]


def test_missing_path_is_one_error(tmp_path: Path) -> None:
    """A missing path gives one clear error, from both single-file and directory loaders."""
    with pytest.raises(TraceLoadError, match="no such file"):
        load_trace_record(tmp_path / "nope.json")
    result = load_traces(tmp_path / "nope")
    assert result.traces == [] and "no such file or directory" in str(result.errors[0])


def test_all_errors_share_one_root() -> None:
    """Every error the loader raises is an LlmopsError."""
    assert issubclass(TraceLoadError, LlmopsError)


def test_saved_file_is_readable_by_others(tmp_path: Path) -> None:
    """Atomic saving does not leave mkstemp's owner-only permissions on the file."""
    path = save_trace_record(Trace.model_validate(trace_payload()), tmp_path / "t.json")
    assert path.stat().st_mode & 0o777 == 0o644


def test_unreadable_file_is_reported_and_the_rest_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An OSError on one file (e.g. permissions) becomes that file's error; the directory goes on."""
    write(tmp_path / "a.json", trace_payload("t-a"))
    bad = write(tmp_path / "b.json", trace_payload("t-b"))
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == bad:
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = load_traces(tmp_path)
    assert [t.trace_id for t in result.traces] == ["t-a"]
    assert "b.json: could not be read (Permission denied)" in str(result.errors[0])


def test_iter_traces_unique_reports_duplicates_while_streaming(tmp_path: Path) -> None:
    """With unique=True a repeated id in a JSONL stream comes out as an error, the first copy as a trace."""
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(json.dumps(trace_payload(i)) for i in ("t-1", "t-1", "t-2")) + "\n", encoding="utf-8")
    items = list(iter_traces(path, unique=True))
    assert [getattr(i, "trace_id", None) for i in items] == ["t-1", None, "t-2"]
    assert "duplicate trace id 't-1'" in str(items[1])


# ---- parse_json: native traces validated straight from the bytes ---------------------------------


def test_parse_json_gives_the_same_trace_as_decoding_first() -> None:
    from llmops_kit.io import parse_json, parse_payload

    data = trace_payload()
    raw = json.dumps(data).encode("utf-8")
    assert parse_json(raw, "t.json") == parse_payload(json.loads(raw), "t.json")
    assert parse_json(raw.decode("utf-8"), "t.json") == parse_payload(json.loads(raw), "t.json")


def test_parse_json_still_asks_the_importers_when_a_payload_has_foreign_fields() -> None:
    """A LangSmith run carries trace_id too; its run_type field must still route it to the importer."""
    from llmops_kit.io import parse_json

    run = {
        "id": "00000000-0000-0000-0000-000000000001", "trace_id": "00000000-0000-0000-0000-000000000001",
        "name": "support-bot", "run_type": "chain", "start_time": "2025-03-10T09:00:00Z",
        "end_time": "2025-03-10T09:00:01Z", "inputs": {"query": "Where is my parcel?"},
        "outputs": {"answer": "It ships today."}, "child_runs": [],
    }
    native = parse_json(json.dumps(run).encode(), "run.json", fmt="native")[0]
    assert native.model_extra and "run_type" in native.model_extra  # reads as native only when told to
    (imported,) = parse_json(json.dumps(run).encode(), "run.json")
    assert imported.query == "Where is my parcel?"  # the importer mapped inputs -> the request's query
    assert not (imported.model_extra or {}).get("run_type")


def test_parse_json_keeps_unknown_fields_and_reports_errors_as_before() -> None:
    from llmops_kit.io import parse_json

    data = trace_payload(custom_team_field={"owner": "search"})
    (trace,) = parse_json(json.dumps(data).encode(), "t.json")
    assert trace.model_extra == {"custom_team_field": {"owner": "search"}}
    data["spans"][1]["documents"][0]["score"] = 7.5
    with pytest.raises(TraceLoadError, match=r"t\.json: spans\.1\.documents\.0\.score"):
        parse_json(json.dumps(data).encode(), "t.json")
    with pytest.raises(TraceLoadError, match="invalid JSON at line 1"):
        parse_json(b'{"trace_id": "t', "t.json")
    with pytest.raises(TraceLoadError, match="not UTF-8"):
        parse_json(b'{"trace_id": "\xff"}', "t.json")


# ---- hostile input: nothing but TraceLoadError comes out, and nothing good is lost ------------------


def test_naive_and_zoned_times_in_one_span_load_as_utc(tmp_path: Path) -> None:
    """A span with a zoned start and a naive end (read as UTC) loads instead of raising TypeError."""
    data = trace_payload()
    data["spans"][0]["end_time"] = "2025-03-12T08:30:01.500000"
    trace = load_trace_record(write(tmp_path / "t.json", data))
    assert trace.spans[0].end_time.tzinfo is not None and trace.duration_ms == pytest.approx(1500)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('"cost_usd": 0.0019', "spans.2.cost_usd"),
        ('"temperature": 0.2', "spans.2.model_parameters.temperature"),
        ('"score": 0.84', "spans.1.documents.0.score"),
    ],
    ids=["cost", "parameter", "score"],
)
@pytest.mark.parametrize("number", ["Infinity", "-Infinity", "NaN", "1e400"])
def test_non_finite_numbers_are_refused_with_the_field(tmp_path: Path, text: str, field: str, number: str) -> None:
    """NaN, Infinity and literals too large for a double are refused naming the field, in any field."""
    raw = json.dumps(trace_payload())
    assert text in raw
    path = tmp_path / "t.json"
    path.write_text(raw.replace(text, text.split(":")[0] + ": " + number), encoding="utf-8")
    with pytest.raises(TraceLoadError) as info:
        load_trace_record(path)
    assert info.value.field == field and "finite" in str(info.value)


def test_a_string_mentioning_nan_still_loads(tmp_path: Path) -> None:
    """Text that merely contains 'NaN' or 'Infinity' is not a number and loads."""
    trace = load_trace_record(write(tmp_path / "t.json", trace_payload(input={"query": "NaN Infinity 1e400"})))
    assert trace.query == "NaN Infinity 1e400"


def test_an_exception_inside_an_importer_becomes_a_load_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever an importer raises (a bug included) is a TraceLoadError naming the file; the rest load."""
    from llmops_kit.io import register_format
    from llmops_kit.parsing import FORMATS

    def explode(payload: object, source: str) -> list[Trace]:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("llmops_kit.parsing.FORMATS", list(FORMATS))  # the registration is undone after
    register_format("boom", lambda p: isinstance(p, dict) and "boom" in p, explode)
    write(tmp_path / "a.json", trace_payload("t-a"))
    write(tmp_path / "b.json", trace_payload("t-b", boom=True))
    result = load_traces(tmp_path)
    assert [t.trace_id for t in result.traces] == ["t-a"]
    assert "b.json" in str(result.errors[0]) and "ZeroDivisionError" in str(result.errors[0])


def test_jsonl_line_over_the_cap_is_one_error_and_the_next_line_loads(tmp_path: Path) -> None:
    """A JSONL line gets the same size cap as a file: refused without being read whole; later lines load."""
    from llmops_kit.io import iter_jsonl

    big = json.dumps(trace_payload("big", input={"query": "x" * 5000}))
    path = tmp_path / "t.jsonl"
    path.write_text(big + "\n" + json.dumps(trace_payload("small")) + "\n", encoding="utf-8")
    items = list(iter_jsonl(path, max_bytes=len(big) // 2))
    assert isinstance(items[0], TraceLoadError) and items[0].line == 1 and "over the" in str(items[0])
    assert isinstance(items[1], Trace) and items[1].trace_id == "small"


def test_pretty_printed_json_named_jsonl_is_one_clear_error(tmp_path: Path) -> None:
    """A pretty-printed trace saved as .jsonl gives one error saying so, not one per line."""
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(trace_payload(), indent=2), encoding="utf-8")
    result = load_traces(path)
    assert result.traces == [] and len(result.errors) == 1
    assert "pretty-printed" in str(result.errors[0])


def test_jsonl_with_a_bad_first_line_still_loads_the_rest(tmp_path: Path) -> None:
    """A one-line-per-record file whose first line is broken is not mistaken for pretty-printed JSON."""
    path = tmp_path / "t.jsonl"
    path.write_text("{\n" + json.dumps(trace_payload()) + "\n", encoding="utf-8")
    result = load_traces(path)
    assert len(result.traces) == 1 and len(result.errors) == 1 and result.errors[0].line == 1


def test_unreadable_folder_is_reported_and_the_rest_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A subfolder that cannot be listed is one error naming it; traces elsewhere still load."""
    import os

    write(tmp_path / "a.json", trace_payload("t-a"))
    locked = tmp_path / "locked"
    locked.mkdir()
    write(locked / "b.json", trace_payload("t-b"))
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    result = load_traces(tmp_path)
    assert [t.trace_id for t in result.traces] == ["t-a"]
    assert "locked: folder could not be read (Permission denied)" in str(result.errors[0])


def test_dangling_link_and_pipe_are_reported_not_skipped(tmp_path: Path) -> None:
    """A .json link to nothing and a named pipe are errors (a pipe is never opened, so nothing blocks)."""
    import os

    write(tmp_path / "a.json", trace_payload("t-a"))
    (tmp_path / "gone.json").symlink_to(tmp_path / "missing.json")
    os.mkfifo(tmp_path / "pipe.json")
    result = load_traces(tmp_path)
    messages = " | ".join(str(e) for e in result.errors)
    assert [t.trace_id for t in result.traces] == ["t-a"]
    assert "gone.json: no such file" in messages and "pipe.json: is not a regular file" in messages


def test_multi_trace_file_loses_only_the_implausible_trace(tmp_path: Path) -> None:
    """In a file holding several traces, one implausible trace is an error and the others load."""
    from llmops_kit.io import LoadResult

    payloads = [trace_payload("t-good"), trace_payload("t-bad")]
    payloads[1]["spans"][2]["cost_usd"] = 1e300
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in payloads) + "\n", encoding="utf-8")
    result: LoadResult = load_traces(path)
    assert [t.trace_id for t in result.traces] == ["t-good"]
    assert result.errors[0].field == "spans.2.cost_usd" and "max_cost_usd_per_call" in str(result.errors[0])


def test_jsonl_whose_first_record_was_split_by_a_newline_keeps_the_rest(tmp_path: Path) -> None:
    """A stray newline inside the first record is not taken for pretty-printed JSON: later lines load."""
    first = json.dumps(trace_payload("t-1")).replace(', "name"', ',\n "name"', 1)
    path = tmp_path / "t.jsonl"
    path.write_text(first + "\n" + json.dumps(trace_payload("t-2")) + "\n", encoding="utf-8")
    result = load_traces(path)
    assert [t.trace_id for t in result.traces] == ["t-2"] and len(result.errors) == 2

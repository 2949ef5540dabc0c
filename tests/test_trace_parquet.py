"""Parquet exports of traces: written from any input, read by every path with the JSONL results."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from llmops_kit import iter_diagnosed, iter_parquet_traces, map_traces, write_trace_parquet
from llmops_kit.cli import app
from llmops_kit.errors import LlmopsError, TraceLoadError
from llmops_kit.io import iter_traces
from llmops_kit.parallel import diagnose_each, iter_units
from llmops_kit.trace_parquet import TRACE_PARQUET_COLUMNS, Rows, is_trace_parquet
from llmops_kit.traffic import generate_traffic

pa = pytest.importorskip("pyarrow", reason="the parquet extra is not installed (pip install '.[parquet]')")
pq = pytest.importorskip("pyarrow.parquet")

MIX = {"healthy": 0.6, "retrieval_mismatch": 0.1, "tool_timeout": 0.1, "hallucination": 0.1, "pii_leak": 0.1}


def _rendered(items: object) -> list[str]:
    return [f"error: {item}" if isinstance(item, TraceLoadError) else item.model_dump_json()  # type: ignore[union-attr]
            for item in items]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean JSONL export of 150 generated traces (a mix of failure modes)."""
    path = tmp_path_factory.mktemp("src") / "traces.jsonl"
    payloads = [t.model_dump(mode="json", exclude_none=True) for t in generate_traffic(150, mix=MIX, seed=31)]
    path.write_text("\n".join(json.dumps(p) for p in payloads) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def export(jsonl: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same traces written as Parquet, 40 traces per row group."""
    out = tmp_path_factory.mktemp("pq") / "traces.parquet"
    written = write_trace_parquet(jsonl, out, row_group_traces=40)
    assert written.rows == 150 and not written.errors
    return out


def test_the_layout_is_one_row_per_trace_with_indexed_columns(export: Path, jsonl: Path) -> None:
    """The file has the documented columns, row groups of the asked size, and each trace's own fields."""
    table = pq.read_table(export)
    assert tuple(table.column_names) == TRACE_PARQUET_COLUMNS
    assert pq.ParquetFile(export).metadata.num_row_groups == 4
    first = json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])
    assert table.column("trace_id")[0].as_py() == first["trace_id"]
    assert json.loads(table.column("trace")[0].as_py())["trace_id"] == first["trace_id"]
    assert table.column("timestamp").type == pa.timestamp("us", tz="UTC")


@pytest.mark.parametrize("workers", [1, 2])
def test_diagnoses_from_parquet_equal_those_from_jsonl(export: Path, jsonl: Path, workers: int) -> None:
    """Diagnosing the Parquet export gives byte for byte the diagnoses of the JSONL it came from."""
    reference = _rendered(iter_diagnosed(jsonl, workers=1))
    assert _rendered(iter_diagnosed(export, workers=workers, chunk_bytes=64 * 1024)) == reference


def test_row_group_units_cover_every_row_once(export: Path) -> None:
    """Small units slice row groups; together they cover each row of the file exactly once, in order."""
    units = list(iter_units(export, chunk_bytes=32 * 1024))
    assert all(isinstance(u, Rows) for u in units) and len(units) > 4
    covered = [(u.group, row) for u in units for row in range(u.start, u.stop)]
    sizes = [pq.ParquetFile(export).metadata.row_group(g).num_rows for g in range(4)]
    assert covered == [(g, row) for g in range(4) for row in range(sizes[g])]


def test_bad_records_are_reported_not_written(tmp_path: Path, jsonl: Path) -> None:
    """A bad line and a duplicate id in the source come back as errors and are left out of the export."""
    lines = jsonl.read_text(encoding="utf-8").splitlines()[:20]
    source = tmp_path / "bad.jsonl"
    source.write_text("\n".join([*lines[:5], "{oops", *lines[5:], lines[2]]) + "\n", encoding="utf-8")
    written = write_trace_parquet(source, tmp_path / "out" / "t.parquet", workers=2)
    assert written.rows == 20 and len(written.errors) == 2
    assert "invalid JSON" in str(written.errors[0]) and "duplicate trace id" in str(written.errors[1])
    assert [t.trace_id for t in iter_parquet_traces(written.path)] == [json.loads(x)["trace_id"] for x in lines]


def test_a_directory_mixing_jsonl_and_parquet_is_read_in_order(tmp_path: Path, export: Path, jsonl: Path) -> None:
    """A Parquet export in a folder is read where it sorts, duplicates across files are named by record."""
    (tmp_path / "a.parquet").write_bytes(export.read_bytes())
    (tmp_path / "b.jsonl").write_text(jsonl.read_text(encoding="utf-8").splitlines()[3] + "\n", encoding="utf-8")
    items = list(iter_traces(tmp_path, unique=True))
    assert len(items) == 151 and isinstance(items[-1], TraceLoadError)
    assert "a.parquet (record 4)" in str(items[-1])
    pooled = _rendered(map_traces(tmp_path, partial(diagnose_each), workers=2, chunk_bytes=32 * 1024))
    assert pooled == _rendered(map_traces(tmp_path, partial(diagnose_each), workers=1))


def test_parquet_that_is_not_a_trace_export_is_a_load_error(tmp_path: Path) -> None:
    """Facts, a corrupt file and an empty trace cell each give one load error that says what is wrong."""
    facts = tmp_path / "facts.parquet"
    pq.write_table(pa.table({"trace_id": ["a"], "latency_ms": [1.0]}), facts)
    corrupt = tmp_path / "corrupt.parquet"
    corrupt.write_bytes(b"PAR1 not really")
    empty = tmp_path / "empty.parquet"
    pq.write_table(pa.table({"trace": pa.array([None], pa.large_string())}), empty)
    for path, message in [(facts, "without a 'trace' column"), (corrupt, "could not be read as Parquet"),
                          (empty, "(row 1): the trace column is empty")]:
        items = list(iter_parquet_traces(path))
        assert len(items) == 1 and isinstance(items[0], TraceLoadError) and message in str(items[0])
        assert _rendered(map_traces(path, partial(diagnose_each), workers=2)) == _rendered(items)
    assert not is_trace_parquet(facts) and not is_trace_parquet(corrupt)


def test_a_failed_export_keeps_the_previous_file(jsonl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export that fails after two row groups leaves the earlier export in place and no partial file."""
    import llmops_kit.trace_parquet as trace_parquet

    out = tmp_path / "t.parquet"
    write_trace_parquet(jsonl, out, row_group_traces=40)
    before = out.read_bytes()
    real, seen = trace_parquet.trace_row, []

    def failing(trace: object) -> dict:
        seen.append(trace)
        if len(seen) > 100:
            raise RuntimeError("disk full")
        return real(trace)  # type: ignore[arg-type]

    monkeypatch.setattr(trace_parquet, "trace_row", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        write_trace_parquet(jsonl, out, row_group_traces=40, workers=1)
    assert out.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["t.parquet"]


def test_bad_row_group_size_is_refused(jsonl: Path, tmp_path: Path) -> None:
    """A row group size that is not a positive whole number is refused before anything is written."""
    with pytest.raises(LlmopsError, match="row_group_traces"):
        write_trace_parquet(jsonl, tmp_path / "x.parquet", row_group_traces=0)
    assert not (tmp_path / "x.parquet").exists()


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("command", [["diagnose", "--json"], ["metrics", "--json"], ["triage", "--json"],
                                     ["inspect", "--json"]])
def test_cli_reads_parquet_exports_like_jsonl(export: Path, jsonl: Path, command: list[str]) -> None:
    """Every command prints for the Parquet export what it prints for the JSONL source, on 1 or 2 workers."""
    reference = run(command[0], jsonl, *command[1:], "--workers", "1")
    for workers in ("1", "2"):
        result = run(command[0], export, *command[1:], "--workers", workers)
        assert reference.stdout and result.stdout == reference.stdout
        assert result.exit_code == reference.exit_code

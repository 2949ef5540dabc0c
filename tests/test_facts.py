"""Window metrics from per-trace facts in Parquet: equal to compute_metrics on the traces, in any batching."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from llmops_kit.cli import EXIT_BAD_INPUT, app
from llmops_kit.contract import load_contract
from llmops_kit.errors import LlmopsError
from llmops_kit.metrics import compute_metrics, trace_facts
from llmops_kit.traces import Trace
from llmops_kit.traffic import generate_traffic

ROOT = Path(__file__).resolve().parent.parent
MIX = {
    "healthy": 0.55, "retrieval_mismatch": 0.08, "wrong_prompt_version": 0.07, "tool_timeout": 0.08,
    "hallucination": 0.08, "slow_response": 0.08, "cost_spike": 0.03, "pii_leak": 0.03,
}


def test_missing_pyarrow_gives_the_install_hint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without pyarrow, reading facts says which extra to install instead of failing on an import."""
    from llmops_kit.facts import metrics_from_facts

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    (tmp_path / "f.parquet").write_bytes(b"PAR1")
    with pytest.raises(LlmopsError, match=r"llmops_kit\[parquet\]"):
        metrics_from_facts(tmp_path / "f.parquet")


pytest.importorskip("pyarrow", reason="the parquet extra is not installed (pip install '.[parquet]')")

from llmops_kit.facts import (  # noqa: E402 (after the skip: these need pyarrow at call time)
    FactsSummary,
    facts_table,
    iter_summaries,
    metrics_from_facts,
    window_from_summary,
    write_facts,
)


@pytest.fixture(scope="module")
def traces() -> list[Trace]:
    """A seeded window with every failure mode: errors, slow requests, empty retrieval, unscored answers."""
    return generate_traffic(300, mix=MIX, seed=17)


@pytest.fixture(scope="module")
def jsonl(traces: list[Trace], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("facts") / "window.jsonl"
    path.write_text("".join(json.dumps(t.model_dump(mode="json", exclude_none=True)) + "\n" for t in traces),
                    encoding="utf-8")
    return path


def test_facts_metrics_equal_compute_metrics(traces: list[Trace]) -> None:
    """Metrics from the Arrow facts equal compute_metrics on the traces, to the last bit."""
    contract = load_contract()
    expected = compute_metrics(traces, contract)
    got = metrics_from_facts(facts_table(trace_facts(traces, contract)), contract)
    assert got == expected
    assert got.model_dump_json() == expected.model_dump_json()
    assert expected.status == "ok" and expected.values["tool_success_rate"] is not None


def test_written_parquet_gives_the_same_window(traces: list[Trace], jsonl: Path, tmp_path: Path) -> None:
    """write_facts (two workers) then metrics_from_facts reads back the window of the traces."""
    contract = load_contract()
    written = write_facts(jsonl, tmp_path / "facts.parquet", contract, workers=2, row_group=64)
    assert written.rows == len(traces) and not written.errors
    assert metrics_from_facts(tmp_path / "facts.parquet", contract) == compute_metrics(traces, contract)


def test_any_batching_merges_to_the_same_summary(traces: list[Trace], jsonl: Path, tmp_path: Path) -> None:
    """Summaries of small batches merge into the window of the whole (counts add, float arrays keep order)."""
    contract = load_contract()
    write_facts(jsonl, tmp_path / "f.parquet", contract, workers=1)
    total = FactsSummary()
    parts = list(iter_summaries([tmp_path / "f.parquet"], contract, batch_size=7))
    assert len(parts) == -(-len(traces) // 7)
    for part in parts:
        total.merge(part)
    assert window_from_summary(total, contract) == compute_metrics(traces, contract)


@pytest.mark.parametrize("size", [0, 3])
def test_empty_and_small_windows_match(traces: list[Trace], size: int) -> None:
    """An empty window and one below the contract's minimum get the same status and values either way."""
    contract = load_contract()
    window = traces[:size]
    got = metrics_from_facts(facts_table(trace_facts(window, contract)), contract)
    assert got == compute_metrics(window, contract)
    assert got.status == ("empty" if size == 0 else "too_small")


def test_a_directory_of_shards_is_read_in_order(traces: list[Trace], tmp_path: Path) -> None:
    """Facts split over several Parquet files in a directory give the window of all of them."""
    contract = load_contract()
    frame = trace_facts(traces, contract)
    import pyarrow.parquet as pq

    for i, start in enumerate(range(0, len(frame), 100)):
        pq.write_table(facts_table(frame.iloc[start:start + 100]), tmp_path / f"part-{i}.parquet")
    assert metrics_from_facts(tmp_path, contract) == compute_metrics(traces, contract)


def test_bad_facts_sources_are_clear_errors(tmp_path: Path) -> None:
    """A missing file, an empty folder, a non-Parquet file and facts without a needed column each say what to do."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    with pytest.raises(LlmopsError, match="no such facts file"):
        metrics_from_facts(tmp_path / "none.parquet")
    (tmp_path / "empty").mkdir()
    with pytest.raises(LlmopsError, match=r"no \.parquet files"):
        metrics_from_facts(tmp_path / "empty")
    (tmp_path / "junk.parquet").write_text("not parquet", encoding="utf-8")
    with pytest.raises(LlmopsError, match="not a readable Parquet file"):
        metrics_from_facts(tmp_path / "junk.parquet")
    pq.write_table(pa.table({"latency_ms": [1.0]}), tmp_path / "thin.parquet")
    with pytest.raises(LlmopsError, match="lack column"):
        metrics_from_facts(tmp_path / "thin.parquet")


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def test_cli_metrics_and_triage_from_facts(jsonl: Path, tmp_path: Path) -> None:
    """`metrics --facts-out` keeps the facts; `metrics` and `triage` on them print what the traces give."""
    out = tmp_path / "facts.parquet"
    from_traces = run("metrics", jsonl, "--json", "--workers", "1")
    kept = run("metrics", jsonl, "--json", "--facts-out", out)
    from_facts = run("metrics", out, "--json")
    assert from_traces.stdout and kept.stdout == from_traces.stdout == from_facts.stdout
    assert from_facts.exit_code == from_traces.exit_code
    assert run("triage", out, "--json").stdout == run("triage", jsonl, "--json", "--workers", "1").stdout


def test_cli_bad_facts_file_is_one_line(tmp_path: Path) -> None:
    """A corrupt Parquet file given to metrics ends in one error line and exit 2."""
    (tmp_path / "bad.parquet").write_text("nope", encoding="utf-8")
    result = run("metrics", tmp_path / "bad.parquet")
    assert result.exit_code == EXIT_BAD_INPUT and result.stderr.startswith("llmops: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_facts_out_keeps_one_file_strict(tmp_path: Path) -> None:
    """`metrics FILE.json --facts-out` on a broken trace file prints its error once and exits 2, as without it."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"trace_id": 5, "spans": []}', encoding="utf-8")
    result = run("metrics", bad, "--facts-out", tmp_path / "f.parquet")
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    assert result.stderr.startswith("llmops: ") and "trace_id" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

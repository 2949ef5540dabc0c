"""The dask engine on a local cluster of two worker processes: byte for byte the single-process results."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from llmops_kit.cli import EXIT_BAD_INPUT, app
from llmops_kit.contract import load_contract
from llmops_kit.distributed import INSTALL_HINT, map_traces_on, require_dask
from llmops_kit.errors import LlmopsError, TraceLoadError
from llmops_kit.traffic import generate_traffic

MIX = {"healthy": 0.6, "retrieval_mismatch": 0.1, "tool_timeout": 0.1, "hallucination": 0.1, "slow_response": 0.1}


def test_missing_dask_gives_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the extra, asking for the dask engine says how to install it (no traceback, exit 2)."""
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    with pytest.raises(LlmopsError, match=r"llmops_kit\[dask\]"):
        require_dask()
    course = Path(__file__).resolve().parent.parent / "traces" / "ch07_debug"
    result = CliRunner().invoke(app, ["diagnose", str(course), "--engine", "dask"])
    assert result.exit_code == EXIT_BAD_INPUT and INSTALL_HINT.split(":")[0] in result.stderr


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A local Dask cluster of two worker processes on 127.0.0.1, no dashboard."""
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (pip install '.[dask]')")
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed (pip install '.[parquet]')")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None)
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sharded JSONL export: four shards, a bad line, a duplicate id across shards, a loose JSON file."""
    root = tmp_path_factory.mktemp("shards")
    payloads = [t.model_dump(mode="json", exclude_none=True) for t in generate_traffic(80, mix=MIX, seed=21)]
    for shard in range(4):
        lines = [json.dumps(p) for p in payloads[shard * 20:(shard + 1) * 20]]
        if shard == 1:
            lines[4] = '{"trace_id": "x", "spans": 3}'
        if shard == 3:
            lines.append(json.dumps(payloads[0]))
        (root / f"part-{shard:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "zz-single.json").write_text(json.dumps(payloads[5] | {"trace_id": "loose"}), encoding="utf-8")
    return root


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def test_dask_map_matches_one_process(client: object, shards: Path) -> None:
    """Diagnoses and load errors from the cluster equal the in-process ones, in the same order."""
    from llmops_kit.distributed import dask_map
    from llmops_kit.parallel import diagnose_each, map_traces

    def rendered(items: Iterator[object]) -> list[str]:
        return [str(i) if isinstance(i, TraceLoadError) else i.model_dump_json() for i in items]  # type: ignore

    local = rendered(map_traces(shards, diagnose_each, workers=1))
    remote = rendered(dask_map(shards, diagnose_each, client=client))
    assert remote == local
    assert sum(line.startswith("/") for line in local) == 2  # the bad line and the duplicate


@pytest.mark.parametrize("command", [["diagnose", "--json"], ["diagnose"], ["metrics", "--json"],
                                     ["triage", "--json"], ["inspect", "--json"]])
def test_cli_on_the_cluster_prints_the_same_bytes(client: object, shards: Path, command: list[str]) -> None:
    """`--engine dask --scheduler ADDRESS` prints what one process prints, skipped lines and exit code included."""
    address = client.scheduler.address  # type: ignore[attr-defined]
    local = run(command[0], shards, *command[1:], "--workers", "1")
    remote = run(command[0], shards, *command[1:], "--engine", "dask", "--scheduler", address)
    assert local.stdout and remote.stdout == local.stdout
    assert remote.stderr == local.stderr and remote.exit_code == local.exit_code


def test_parquet_facts_reduce_on_the_client(client: object, shards: Path, tmp_path: Path) -> None:
    """Facts shards summarised on the workers and merged on the client give the in-process window."""
    from llmops_kit.distributed import dask_facts_window
    from llmops_kit.facts import metrics_from_facts, write_facts
    from llmops_kit.io import iter_traces
    from llmops_kit.metrics import compute_metrics

    contract = load_contract()
    folder = tmp_path / "facts"
    for shard in sorted(shards.glob("part-*.jsonl")):
        write_facts(shard, folder / f"{shard.stem}.parquet", contract, workers=1)
    remote = dask_facts_window(folder, contract, client=client)
    assert remote == metrics_from_facts(folder, contract)
    traces = [t for s in sorted(shards.glob("part-*.jsonl")) for t in iter_traces(s) if not isinstance(t, Exception)]
    assert remote == compute_metrics(traces, contract)


def test_map_traces_on_refuses_unknown_engines(shards: Path) -> None:
    """An engine name that is not known is a clear error listing the known ones."""
    with pytest.raises(LlmopsError, match="process, dask"):
        map_traces_on("ray", shards, list)


@pytest.fixture(scope="module")
def parquet_shards(shards: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The JSONL shards exported as Parquet shards (one file per shard, 8 traces per row group)."""
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed (pip install '.[parquet]')")
    from llmops_kit.trace_parquet import write_trace_parquet

    root = tmp_path_factory.mktemp("parquet-shards")
    for shard in sorted(shards.glob("part-*.jsonl")):
        write_trace_parquet(shard, root / f"{shard.stem}.parquet", row_group_traces=8)
    return root


def test_dask_reads_parquet_shards_like_one_process(client: object, parquet_shards: Path) -> None:
    """Parquet shards read on the workers give the in-process diagnoses, in shard and row order."""
    from llmops_kit.distributed import dask_map
    from llmops_kit.parallel import diagnose_each, map_traces

    def rendered(items: Iterator[object]) -> list[str]:
        return [str(i) if isinstance(i, TraceLoadError) else i.model_dump_json() for i in items]  # type: ignore

    local = rendered(map_traces(parquet_shards, diagnose_each, workers=1))
    remote = rendered(dask_map(parquet_shards, diagnose_each, client=client))
    assert remote == local and len(local) == 80  # 79 traces (the bad line was not exported) + 1 duplicate
    assert "part-003.parquet (record 21)" in next(line for line in local if "duplicate trace id" in line)


@pytest.mark.parametrize("command", [["diagnose", "--json"], ["metrics", "--json"], ["triage", "--json"]])
def test_cli_on_the_cluster_reads_parquet_shards(client: object, parquet_shards: Path, shards: Path,
                                                 command: list[str]) -> None:
    """`--engine dask` over Parquet shards prints what one process prints for the JSONL shards they came from."""
    address = client.scheduler.address  # type: ignore[attr-defined]
    reference = run(command[0], sorted(shards.glob("part-*.jsonl"))[0].parent, *command[1:], "--workers", "1")
    remote = run(command[0], parquet_shards, *command[1:], "--engine", "dask", "--scheduler", address)
    local = run(command[0], parquet_shards, *command[1:], "--workers", "1")
    assert local.stdout and remote.stdout == local.stdout and remote.exit_code == local.exit_code
    if command[0] == "diagnose":  # the loose JSON file is not in the Parquet shards: compare its rows only
        theirs, ours = json.loads(reference.stdout), json.loads(remote.stdout)
        assert ours["findings"] == [row for row in theirs["findings"] if row["trace_id"] != "loose"]
        assert ours["healthy"] == [trace_id for trace_id in theirs["healthy"] if trace_id != "loose"]

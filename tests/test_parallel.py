"""Diagnosis on several processes: same results, order and errors as one process, streamed in bounded units."""

from __future__ import annotations

import json
from functools import partial
from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from llmops_kit import diagnose_many, iter_diagnosed, map_traces
from llmops_kit.cli import EXIT_BAD_INPUT, app
from llmops_kit.errors import LlmopsError, TraceLoadError
from llmops_kit.io import iter_traces
from llmops_kit.parallel import Block, check_workers, diagnose_each, iter_units
from llmops_kit.testing import trace_payload
from llmops_kit.traffic import generate_traffic

MIX = {"healthy": 0.6, "retrieval_mismatch": 0.1, "tool_timeout": 0.1, "hallucination": 0.1, "slow_response": 0.1}


def _payloads(n: int, seed: int = 5) -> list[dict]:
    return [t.model_dump(mode="json", exclude_none=True) for t in generate_traffic(n, mix=MIX, seed=seed)]


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory as exports leave it: JSONL with bad, blank and duplicate lines, loose JSON files, a subfolder."""
    root = tmp_path_factory.mktemp("messy")
    payloads = _payloads(60)
    lines = [json.dumps(p) for p in payloads[:40]]
    lines[7] = "{truncated"
    lines.insert(12, "")
    lines.insert(20, json.dumps(payloads[3]))  # a duplicate id inside the file
    lines.append(json.dumps({"trace_id": 42, "spans": "none"}))
    (root / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")  # no newline after the last line
    for i, payload in enumerate(payloads[40:]):
        (root / f"b-{i:02d}.json").write_text(json.dumps(payload), encoding="utf-8")
    (root / "b-99.json").write_text("not json", encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "c.jsonl").write_text(json.dumps(payloads[45]) + "\n" + json.dumps(trace_payload("t-x")) + "\n",
                                          encoding="utf-8")
    return root


def _rendered(items: object) -> list[str]:
    return [f"error: {item}" if isinstance(item, TraceLoadError) else item.model_dump_json()  # type: ignore[union-attr]
            for item in items]  # type: ignore[attr-defined]


def test_pool_matches_one_process_on_messy_input(messy: Path) -> None:
    """Two workers over small units give the single-process diagnoses and errors, in the same order."""
    one = _rendered(iter_diagnosed(messy, workers=1))
    two = _rendered(iter_diagnosed(messy, workers=2, chunk_bytes=16 * 1024))
    assert two == one
    errors = [line for line in one if line.startswith("error: ")]
    assert len(errors) == 5  # truncated line, wrong types, duplicate in a.jsonl, bad file, duplicate in sub/
    assert any("duplicate trace id" in line and "(record " in line for line in errors)


def test_single_process_path_is_iter_traces(messy: Path) -> None:
    """workers=1 yields one item per item of io.iter_traces(unique=True), errors worded identically."""
    reference = [str(i) if isinstance(i, TraceLoadError) else i.trace_id for i in iter_traces(messy, unique=True)]
    ours = [str(i) if isinstance(i, TraceLoadError) else i.trace_id for i in iter_diagnosed(messy, workers=1)]
    assert ours == reference


def test_units_cover_every_line_once(messy: Path) -> None:
    """Blocks cut a JSONL file at line ends only, and their line numbers add up to the whole file."""
    blocks = [u for u in iter_units(messy / "a.jsonl", chunk_bytes=4096) if isinstance(u, Block)]
    assert len(blocks) > 5
    assert b"".join(b.read() for b in blocks) == (messy / "a.jsonl").read_bytes()
    for before, after in pairwise(blocks):
        assert before.read().endswith(b"\n") and after.start == before.end
        assert after.first_line == before.first_line + before.read().count(b"\n")


def test_a_line_longer_than_a_chunk_stays_whole(tmp_path: Path) -> None:
    """A chunk with no line end grows the block until a line ends: no record is ever cut in two."""
    lines = [json.dumps(p) for p in _payloads(6, seed=3)]
    path = tmp_path / "long.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    blocks = [u for u in iter_units(path, chunk_bytes=64) if isinstance(u, Block)]
    assert [b.read().decode() for b in blocks] == [line + "\n" for line in lines]
    assert [b.first_line for b in blocks] == [1, 2, 3, 4, 5, 6]


def test_a_file_cut_short_after_cutting_is_a_load_error(tmp_path: Path) -> None:
    """A JSONL file truncated between cutting and reading gives a load error naming it, not a wrong answer."""
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in _payloads(40, seed=4)) + "\n", encoding="utf-8")
    units = list(iter_units(path, chunk_bytes=8 * 1024))
    path.write_text(path.read_text(encoding="utf-8")[:1000], encoding="utf-8")
    from llmops_kit.units import run_unit

    entries = run_unit(units[-1], partial(diagnose_each))
    assert entries[0][0] == "error" and "truncated or rewritten" in entries[0][1] and str(path) in entries[0][1]


def test_units_in_flight_are_bounded(messy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parent cuts only as many units as it may have in flight: reading one result pulls a handful, not all."""
    import llmops_kit.parallel as parallel

    cut = []
    real = parallel.iter_units

    def counting(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        for unit in real(*args, **kwargs):  # type: ignore[arg-type]
            cut.append(unit)
            yield unit

    monkeypatch.setattr(parallel, "iter_units", counting)
    total = sum(1 for _ in real(messy / "a.jsonl", chunk_bytes=2048))
    items = map_traces(messy / "a.jsonl", partial(diagnose_each, contract=None), workers=2, chunk_bytes=2048,
                       in_flight=3)
    next(items)
    assert total > 10 and len(cut) <= 3
    rest = sum(1 for _ in items)
    assert len(cut) == total and rest > 0


def test_map_traces_takes_any_batch_task(messy: Path) -> None:
    """A custom batch task (a partial of a module-level function) runs on the pool like the built-in ones."""
    task = partial(diagnose_each, contract=None)
    ids = [d.trace_id for d in map_traces(messy, task, workers=2, chunk_bytes=8192) if not isinstance(d, Exception)]
    assert ids == [t.trace_id for t in iter_traces(messy, unique=True) if not isinstance(t, Exception)]


def test_diagnose_many_collects_several_paths(messy: Path) -> None:
    """diagnose_many reads each path in turn and sorts items into diagnoses and errors."""
    run = diagnose_many([messy / "a.jsonl", messy / "sub"], workers=1)
    assert [d.trace_id for d in run.diagnoses][-1] == "t-x"
    assert len(run.errors) == 3
    assert set(run.healthy) <= {d.trace_id for d in run.diagnoses}


@pytest.mark.parametrize("bad", [0, -2, "2", 1.5, True])
def test_bad_worker_counts_are_refused(bad: object) -> None:
    """A worker count that is not a positive whole number is a clear error, not a hang."""
    with pytest.raises(LlmopsError, match="workers must be a whole number"):
        check_workers(bad)  # type: ignore[arg-type]


def test_a_task_with_the_wrong_number_of_results_is_refused(messy: Path) -> None:
    """A batch task must return one result per trace; otherwise the run stops with a clear error."""
    with pytest.raises(LlmopsError, match="one result per trace"):
        list(map_traces(messy / "sub", _drop_one, workers=1))


def _drop_one(traces: list) -> list:
    return traces[1:]


def test_missing_path_is_one_error() -> None:
    """A path that does not exist comes back as one load error, as io.iter_traces reports it."""
    items = list(iter_diagnosed(Path("no/such/dir"), workers=2))
    assert len(items) == 1 and isinstance(items[0], TraceLoadError) and "no such file" in str(items[0])


# ---- the command line --------------------------------------------------------------------------------------


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL file over one unit (1 MiB), so the CLI really uses the pool, with one bad line."""
    path = tmp_path_factory.mktemp("big") / "traces.jsonl"
    lines = [json.dumps(p) for p in _payloads(220, seed=9)]
    lines[150] = "[1, 2]"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 1024 * 1024
    return path


@pytest.mark.parametrize("command", [["diagnose", "--json"], ["inspect", "--json"], ["metrics", "--json"],
                                     ["triage", "--json"], ["diagnose"]])
def test_cli_output_is_the_same_with_two_workers(big_jsonl: Path, command: list[str]) -> None:
    """`--workers 2` prints byte for byte what `--workers 1` prints, skipped lines and exit code included."""
    one = run(command[0], big_jsonl, *command[1:], "--workers", "1")
    two = run(command[0], big_jsonl, *command[1:], "--workers", "2")
    assert one.stdout and two.stdout == one.stdout
    assert two.stderr == one.stderr and "skipped" in one.stderr
    assert two.exit_code == one.exit_code


@pytest.mark.parametrize(("args", "message"), [
    (["--engine", "spark"], "unknown engine"),
    (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
    (["--workers", "0"], "--workers"),
])
def test_cli_refuses_bad_engine_options(messy: Path, args: list[str], message: str) -> None:
    """Bad engine options end in one line on stderr and exit 2."""
    result = run("diagnose", messy, *args)
    assert result.exit_code == EXIT_BAD_INPUT, result.output
    assert message in result.stderr and "Traceback" not in result.output


def test_pool_applies_the_contracts_plausibility_bounds(tmp_path: Path) -> None:
    """An implausible record is rejected on the workers exactly as in one process (same error, same place)."""
    payloads = _payloads(30, seed=9)
    payloads[4]["spans"][-1]["cost_usd"] = 1e300  # beyond contract.plausibility
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in payloads) + "\n", encoding="utf-8")
    runs = {workers: _rendered(map_traces(path, partial(diagnose_each), workers=workers, chunk_bytes=8 * 1024))
            for workers in (1, 2)}
    assert runs[2] == runs[1]
    assert sum(line.startswith("error: ") and "cost" in line for line in runs[1]) == 1
    # a contract that tightens the bounds reaches the workers too
    from llmops_kit.contract import load_contract

    default = load_contract()
    strict = default.model_copy(update={"plausibility": default.plausibility.model_copy(
        update={"max_duration_ms": 2_000.0})})
    tight = {workers: _rendered(map_traces(path, partial(diagnose_each), workers=workers, chunk_bytes=8 * 1024,
                                           contract=strict)) for workers in (1, 2)}
    assert tight[2] == tight[1]
    assert sum(line.startswith("error: ") for line in tight[1]) > sum(line.startswith("error: ") for line in runs[1])


def _parent_pids(traces: list) -> list[int]:
    import os

    return [os.getppid()] * len(traces)


def test_workers_fork_despite_tqdm_monitor_and_a_later_thread(messy: Path) -> None:
    """Neither tqdm's leftover monitor nor a thread started after the call (a progress bar's) stops the pool forking."""
    import io
    import os
    import sys
    import threading

    import tqdm
    from tqdm._monitor import TMonitor

    tqdm.tqdm(total=1, file=io.StringIO()).close()  # as bm25s's bar does: leaves tqdm's monitor thread running
    assert any(isinstance(t, TMonitor) for t in threading.enumerate())
    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not isinstance(t, TMonitor)]
    if not sys.platform.startswith("linux") or others:
        pytest.skip(f"the pool forks on Linux only, and only when no other thread is running (found {others})")
    items = map_traces(messy / "a.jsonl", _parent_pids, workers=2, chunk_bytes=2048)
    stop = threading.Event()
    drawing = threading.Thread(target=stop.wait, daemon=True)
    drawing.start()
    try:
        parents = {item for item in items if isinstance(item, int)}
    finally:
        stop.set()
        drawing.join()
    assert parents == {os.getpid()}

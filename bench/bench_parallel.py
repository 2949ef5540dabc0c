"""Scaling: diagnosis on 1 and 2 worker processes, on a 2-worker Dask cluster, and metrics over 10,000,000 facts.

Three measurements, each printed with the machine and its load:

1. **Process pool.** ``llmops_kit.iter_diagnosed`` over one JSONL file with ``workers=1`` (in-process)
   and ``workers=2`` (the pool, its start-up included), alternated ``--repeat`` times so both see the
   same background load. Prints every run, the median and the spread of the ratio of throughputs.
2. **Dask.** ``llmops_kit.distributed.dask_map`` on a ``LocalCluster`` of two worker processes (started
   once, not timed: a cluster outlives one job) over traces in 8 JSONL shards, against one in-process
   core; alternated ``--repeat`` times.

Every run reads traces no process has seen (new answer texts each time), so no cache left by an earlier
run, in the parent, in a forked worker or in a long-lived Dask worker, can flatter a figure. The answers are
``_corpus.with_reworded_answers`` (every sentence new beyond its first word as well); ``--first-word`` runs the old
corpus (``with_unique_answers``: only the first word made up, so caches keyed on a clause or a sentence's tail hit).
3. **Facts.** 10,000,000 synthetic per-trace facts (seeded; realistic distributions) written to one
   Parquet file; a child process runs ``llmops_kit.facts.metrics_from_facts`` on it and prints its
   seconds; its peak resident memory comes from ``os.wait4``. The window is then checked against
   ``compute_metrics`` on the same facts loaded into pandas.

4. **Parquet exports of traces.** The same traces as JSONL and as a Parquet export: the export's size
   and write time, one-core diagnosis from each, and two workers over the Parquet file.

Goals from the scaling issue: 2 workers >= 1.8x one; the dask engine on 2 workers >= 1.6x one in-process
core; metrics of 10,000,000 facts under 5 s and 2 GB. Run:
``.venv/bin/python bench/bench_parallel.py [--traces N] [--repeat R] [--facts N] [--skip-dask] [--skip-facts]
[--skip-parquet] [--first-word]``.

Caveat: the machine has 2 cores and is shared with other jobs; a ratio is only as good as the quietest
run, so every run is printed, with the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import base_payloads, with_reworded_answers, with_unique_answers, write_jsonl
from bench_scale import machine, mib, synthetic_facts

from llmops_kit.contract import load_contract
from llmops_kit.facts import facts_table
from llmops_kit.metrics import compute_metrics
from llmops_kit.parallel import diagnose_each, map_traces
from llmops_kit.traces import Trace

ROOT = Path(__file__).resolve().parent.parent


def load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def cpu_diagnose(traces: list[Trace]) -> list[tuple[str, int, float]]:
    """A batch task for the benchmark: diagnose, and report (verdict, pid, CPU seconds so far) so the
    parent can add up the workers' CPU whatever the start method (a worker's last report is its total
    but for returning its last batch)."""
    out = diagnose_each(traces)
    cpu = time.process_time()
    return [(d.one_line(), os.getpid(), cpu) for d in out]


def timed(run: Callable[[], Iterator[Any]]) -> tuple[float, float, float, int]:
    """(wall seconds, this process's CPU seconds, CPU seconds of other processes that ran the task, items)."""
    start, cpu = time.perf_counter(), time.process_time()
    me, last, count = os.getpid(), {}, 0
    for _, pid, seconds in run():
        count += 1
        last[pid] = seconds  # a pool worker is a new process: its CPU time so far is all this run's
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return wall, cpu, sum(seconds for pid, seconds in last.items() if pid != me), count


def report(label: str, runs: list[tuple[tuple[float, float], tuple[float, float, float]]], n: int, goal: float) -> None:
    """Each run: (1-core wall, 1-core CPU), (wall, parent CPU, workers' CPU) of the parallel configuration."""
    ratios, cpu_ratios = [], []
    for i, ((one, one_cpu), (other, parent_cpu, worker_cpu)) in enumerate(runs, start=1):
        ratios.append(one / other)
        cpu_ratios.append(2 * one_cpu / (parent_cpu + worker_cpu))
        print(f"- run {i}: 1 core {n / one:,.0f} traces/s ({one:.2f} s wall, {one_cpu:.2f} s CPU); {label} "
              f"{n / other:,.0f} traces/s ({other:.2f} s wall; CPU: client/parent {parent_cpu:.2f} s, "
              f"workers {worker_cpu:.2f} s): wall ratio {one / other:.2f}x")
    best_one = min(r[0][0] for r in runs)
    print(f"- wall-clock ratio: median {statistics.median(ratios):.2f}x, spread {min(ratios):.2f}-{max(ratios):.2f}x "
          f"over {len(runs)} alternated runs; goal >= {goal}x:",
          "met" if statistics.median(ratios) >= goal else "not met (contended machine, see the CPU figure)")
    print(f"- CPU accounting: 2 x (1-core CPU) / (all CPU of the parallel run) = median "
          f"{statistics.median(cpu_ratios):.2f}x, spread {min(cpu_ratios):.2f}-{max(cpu_ratios):.2f}x: the ratio two "
          "uncontended cores would give if that CPU were spread evenly over them (derived, not measured)")
    print(f"- best 1-core rate: {n / best_one:,.0f} traces/s; best 1-core CPU cost "
          f"{min(r[0][1] for r in runs) / n * 1e6:,.0f} us/trace")


def pool_section(fresh: Callable[[bool], Path], n: int, repeat: int) -> None:
    print(f"\n## 1. Process pool: {n:,} traces from one JSONL file (about {n * 9.3 / 1024:,.0f} MiB), a new file "
          "for every run")
    print(f"- load average before: {load()}")
    from llmops_kit.parallel import _pool_context

    runs = []
    for _ in range(repeat):
        path = fresh(False)
        one, one_cpu, _, count1 = timed(partial(map_traces, path, cpu_diagnose, workers=1))
        path = fresh(False)
        method = _pool_context().get_start_method()
        two, parent, workers, count2 = timed(partial(map_traces, path, cpu_diagnose, workers=2))
        assert count1 == count2 == n, (count1, count2)
        runs.append(((one, one_cpu), (two, parent, workers)))
    print(f"- workers started by {method}")
    report("2 workers", runs, n, 1.8)
    print(f"- load average after: {load()}")
    tiny = path.parent / "tiny.jsonl"
    write_jsonl(tiny, 250, base_payloads(50))  # just over one unit: the pool starts, then has little to do
    startup = timed(lambda: map_traces(tiny, cpu_diagnose, workers=2))[0]
    print(f"- for scale: a 2-worker run over 250 traces (pool start-up included) takes {startup:.2f} s")


def dask_section(fresh: Callable[[bool], Path], n: int, repeat: int) -> None:
    import distributed

    from llmops_kit.distributed import dask_map

    print(f"\n## 2. Dask: {n:,} traces in 8 JSONL shards (new ones for every run), LocalCluster of 2 "
          "worker processes (1 thread each) on 127.0.0.1")
    import dask

    start = time.perf_counter()
    dask.config.set({"distributed.worker.profile.enabled": False})  # see llmops_kit.distributed.dask_client
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None, silence_logs=50)
    client = distributed.Client(cluster)
    print(f"- cluster start-up (not in the timings below): {time.perf_counter() - start:.1f} s; "
          f"load average before: {load()}")
    try:
        client.run(lambda: __import__("llmops_kit.parallel"))  # workers import the package once, as a warm cluster has

        before = sum(client.run(time.process_time).values())
        time.sleep(3)
        idle = (sum(client.run(time.process_time).values()) - before) / 3
        print(f"- the idle cluster's workers use {idle:.3f} CPU s per second (heartbeats, event loops, monitors)")
        runs = []
        for _ in range(repeat):
            shards = fresh(True)
            one, one_cpu, _, count1 = timed(partial(map_traces, shards, cpu_diagnose, workers=1))
            shards = fresh(True)
            before = sum(client.run(time.process_time).values())
            two, parent, _, count2 = timed(partial(dask_map, shards, cpu_diagnose, client=client))
            workers = sum(client.run(time.process_time).values()) - before  # all threads of the worker processes
            assert count1 == count2 == n, (count1, count2)
            runs.append(((one, one_cpu), (two, parent, workers)))
        report("dask, 2 workers", runs, n, 1.6)
        print(f"- load average after: {load()}")
    finally:
        client.close()
        cluster.close()


def parquet_section(fresh: Callable[[bool], Path], n: int, repeat: int) -> None:
    """Traces as Parquet exports: size, write time, and diagnosis from Parquet against the JSONL it came from."""
    from llmops_kit.trace_parquet import write_trace_parquet

    print(f"\n## 4. Parquet exports of traces: {n:,} traces, JSONL and Parquet of the same traces, alternated")
    runs = []
    for _ in range(repeat):  # every timing on traces no process has seen (the text caches would flatter it)
        exports = []
        for _ in range(2):
            source = fresh(False)
            out = source.with_suffix(".parquet")
            start, cpu = time.perf_counter(), time.process_time()
            written = write_trace_parquet(source, out, workers=1)
            write = (time.perf_counter() - start, time.process_time() - cpu)
            assert written.rows == n, written.rows
            exports.append(out)
        jsonl = timed(partial(map_traces, fresh(False), cpu_diagnose, workers=1))
        parquet = timed(partial(map_traces, exports[0], cpu_diagnose, workers=1))
        pooled = timed(partial(map_traces, exports[1], cpu_diagnose, workers=2))
        runs.append(1)
        print(f"- run {len(runs)}: write {write[0]:.2f} s ({write[1]:.2f} s CPU); {mib(source.stat().st_size)} of "
              f"JSONL -> {mib(out.stat().st_size)} of Parquet; 1 core from JSONL {n / jsonl[0]:,.0f} traces/s "
              f"({jsonl[1] / n * 1e6:,.0f} us CPU/trace), from Parquet {n / parquet[0]:,.0f} traces/s "
              f"({parquet[1] / n * 1e6:,.0f} us CPU/trace); 2 workers from Parquet {n / pooled[0]:,.0f} traces/s "
              f"(CPU-accounted {2 * parquet[1] / (pooled[1] + pooled[2]):.2f}x)")
        for out in exports:
            out.unlink()


CHILD = """
import sys, time
from llmops_kit.facts import metrics_from_facts
start, cpu = time.perf_counter(), time.process_time()
window = metrics_from_facts(sys.argv[1])
print(f"{time.perf_counter() - start:.3f} {time.process_time() - cpu:.3f} {window.size} {window.status}")
"""


def facts_section(work: Path, n: int) -> None:
    print(f"\n## 3. Window metrics from {n:,} Parquet facts")
    path = work / "facts.parquet"
    start = time.perf_counter()
    step = 1_000_000
    with pq.ParquetWriter(path, facts_table(synthetic_facts(1)).schema) as writer:
        for seed, first in enumerate(range(0, n, step)):
            frame = synthetic_facts(min(step, n - first), seed=seed)
            frame["trace_id"] = frame["trace_id"].radd(f"s{seed}-")
            writer.write_table(facts_table(frame))
    print(f"- writing the facts (seeded, not timed below): {time.perf_counter() - start:.1f} s, "
          f"{path.stat().st_size / 2**20:,.0f} MiB of Parquet")
    timings = []
    for _ in range(3):
        with tempfile.TemporaryFile() as out:
            proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=out, cwd=ROOT)
            _, status, usage = os.wait4(proc.pid, 0)
            out.seek(0)
            seconds, cpu, size, state = out.read().decode().split()
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit("the metrics child failed")
        timings.append((float(seconds), usage.ru_maxrss * 1024, float(cpu)))
    best = min(t for t, _, _ in timings)
    peak = max(m for _, m, _ in timings)
    print(f"- metrics_from_facts in a child process: {', '.join(f'{t:.2f} s' for t, _, _ in timings)} wall, "
          f"{', '.join(f'{c:.2f} s' for _, _, c in timings)} CPU (all threads) (3 runs); peak RSS {mib(peak)} "
          f"(interpreter and imports included); window of {int(size):,}, status {state}")
    print(f"- goal < 5 s and < 2 GB: {'met' if best < 5 and peak < 2 * 2**30 else 'not met'}")
    from llmops_kit.facts import metrics_from_facts

    contract = load_contract()
    columns = ["timestamp", "latency_ms", "has_error", "quality_pass", "tool_calls", "tool_failures", "tokens",
               "cost_usd", "n_documents", "top_relevance"]
    frame = pq.read_table(path, columns=columns).to_pandas(types_mapper={pa.bool_(): pd.BooleanDtype()}.get)
    frame["has_error"] = frame["has_error"].astype(bool)
    same = compute_metrics(frame, contract) == metrics_from_facts(path, contract)
    print(f"- check: equal to compute_metrics on the same {n:,} facts loaded into pandas: {same}")
    if not same:
        raise SystemExit("facts-based metrics disagree with compute_metrics")


def unique_lines(total: int, base: list[dict], salt: int = 0, first_word: bool = False) -> Iterator[str]:
    """``total`` traces cycling through ``base`` under fresh ids, answers unique in every cycle (reworded,
    or with only their first word made up when ``first_word``)."""
    unique = with_unique_answers if first_word else with_reworded_answers
    for cycle in range(-(-total // len(base))):
        for i, payload in enumerate(unique(base, salt=salt + cycle)):
            number = cycle * len(base) + i
            if number >= total:
                return
            yield json.dumps(payload | {"trace_id": f"bench-{number:08d}"})


def main() -> None:
    import tqdm

    # bm25s draws a tqdm bar while building its index, and tqdm then keeps a monitor thread alive; the pool
    # stops it before forking (llmops_kit.parallel._stop_tqdm_monitor), and none is started here either.
    tqdm.tqdm.monitor_interval = 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--traces", type=int, default=20_000, help="traces per scaling run")
    parser.add_argument("--repeat", type=int, default=3, help="alternated runs per configuration")
    parser.add_argument("--facts", type=int, default=10_000_000, help="facts rows for section 3")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-facts", action="store_true")
    parser.add_argument("--skip-parquet", action="store_true")
    parser.add_argument("--first-word", action="store_true",
                        help="the old unique corpus (only each answer sentence's first word made up)")
    args = parser.parse_args()

    print("## Machine")
    for key, value in machine().items():
        print(f"- {key}: {value}")
    print("- note: a shared machine (other engineers run tests on it at the same time): ratios are contended.")
    kind = "only its first word made up (old corpus)" if args.first_word else "reworded beyond its first word"
    print(f"- corpus: 400 generated traces repeated under fresh ids, every answer sentence new per copy, {kind}")
    print("  (bench/_corpus.py): no cache keyed on answer text helps either side, and a worker's cold caches")
    print("  cost it no more than the single process's.")

    base = base_payloads()
    with tempfile.TemporaryDirectory(prefix="llmops-par-") as tmp:
        work = Path(tmp)
        made = [0]

        def fresh(sharded: bool) -> Path:
            """New traces (answers never seen by any process or cache of this run) as a file or 8 shards."""
            made[0] += 1
            lines = list(unique_lines(args.traces, base, salt=made[0] * 10_000, first_word=args.first_word))
            if not sharded:
                path = work / f"traces-{made[0]}.jsonl"
                path.write_text("\n".join(lines) + "\n", encoding="utf-8")
                return path
            folder = work / f"shards-{made[0]}"
            folder.mkdir()
            size = -(-len(lines) // 8)
            for i in range(8):
                (folder / f"part-{i:03d}.jsonl").write_text("\n".join(lines[i * size:(i + 1) * size]) + "\n")
            return folder

        pool_section(fresh, args.traces, args.repeat)
        if not args.skip_dask:
            dask_section(fresh, args.traces, args.repeat)
        if not args.skip_facts:
            facts_section(work, args.facts)
        if not args.skip_parquet:
            parquet_section(fresh, args.traces, args.repeat)


if __name__ == "__main__":
    main()

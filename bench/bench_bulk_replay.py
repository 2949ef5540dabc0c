"""Bulk replay throughput: sequential vs concurrent, over real sockets, against the local simulator server.

Every answer is delayed by 200 ms on the server (a stand-in for model latency), so the run measures
how well bulk_replay overlaps waiting, not how fast the simulator computes. Goal: 1,000 replays in
at most 7.8 s at concurrency 32, with rows streamed to a JSONL file (``output=``) no slower than without.

    .venv/bin/python bench/bench_bulk_replay.py [--n 1000] [--delay-ms 200] [--concurrency 1 32]

The server runs in its own process (``python -m llmops_kit.replay.server``), as it would in use, so
the benchmark measures the replaying side. The sequential run is capped (``--sequential-n``,
default 50) and extrapolated, since 1,000 x 200 ms would take over 3 minutes by construction.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llmops_kit.replay import bulk_replay, make_client  # noqa: E402 - needs the repository on sys.path first
from llmops_kit.traffic import generate_traffic  # noqa: E402

#: A production-like mix; every trace distinct, so no memoised verdict can flatter the figure.
MIX = {"healthy": 0.7, "retrieval_mismatch": 0.06, "wrong_prompt_version": 0.06, "tool_timeout": 0.06,
       "hallucination": 0.06, "slow_response": 0.06}


def workload(n: int) -> list:
    """n distinct generated traces (seeded) with a mix of failure modes."""
    return generate_traffic(n, mix=MIX, seed=21)


def run(traces: list, base_url: str, concurrency: int, output: Path | None = None) -> tuple[float, int]:
    client = make_client("openai", api_key="sk-bench-not-a-secret", base_url=base_url, timeout=30, max_retries=0)
    started = time.perf_counter()
    frame = bulk_replay(traces, {"prompt_version": "v2.0"}, client=client, concurrency=concurrency, progress=False,
                        output=output)
    elapsed = time.perf_counter() - started
    return elapsed, int((frame["status"] == "ok").sum())


def run_replays_only(traces: list, base_url: str, concurrency: int) -> float:
    """The same replays on the same pool size, without bulk_replay's judging (scoring + diagnosis)."""
    from concurrent.futures import ThreadPoolExecutor

    from llmops_kit.replay import replay_trace

    client = make_client("openai", api_key="sk-bench-not-a-secret", base_url=base_url, timeout=30, max_retries=0)
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(lambda t: replay_trace(t, {"prompt_version": "v2.0"}, client=client), traces))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--delay-ms", type=float, default=200.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--sequential-n", type=int, default=50)
    args = parser.parse_args()
    print(f"bulk replay over 127.0.0.1, {args.delay_ms:.0f} ms per answer, target {args.n} replays")
    server = subprocess.Popen(
        [sys.executable, "-m", "llmops_kit.replay.server", "--port", "0", "--delay-ms", str(args.delay_ms)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        base_url = server.stdout.readline().split(" on ", 1)[1].split(" ", 1)[0]  # "simulator listening on URL ..."
        for concurrency in args.concurrency:
            n = min(args.n, args.sequential_n) if concurrency == 1 else args.n
            elapsed, ok = run(workload(n), base_url, concurrency)
            rate = n / elapsed
            note = f" (extrapolated to {args.n}: {args.n / rate:,.1f} s)" if n < args.n else ""
            print(f"concurrency {concurrency:>3}: {n:>5} replays in {elapsed:6.2f} s = {rate:7.1f}/s, "
                  f"{ok} ok{note}", flush=True)
            if concurrency > 1:
                with tempfile.TemporaryDirectory() as scratch:
                    streamed, ok = run(workload(n), base_url, concurrency, Path(scratch) / "rows.jsonl")
                print(f"                 rows streamed to JSONL (output=): {n} in {streamed:6.2f} s = "
                      f"{n / streamed:7.1f}/s, {ok} ok", flush=True)
                bare = run_replays_only(workload(n), base_url, concurrency)
                print(f"                 replay_trace only (no judging): {n} in {bare:6.2f} s = {n / bare:7.1f}/s",
                      flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

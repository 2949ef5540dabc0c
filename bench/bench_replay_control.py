"""What the control costs: bulk replay with a live override, with and without the control replay.

A live override (``model="gpt-4o-mini"``) makes every fork's model call run live, so its control runs live
too (the recorded configuration on the same endpoint): two model calls per trace instead of one. An
override that changes nothing (``prompt_version`` equal to the recorded one) is served from the recording
on both sides and never reaches the endpoint. Each answer is delayed 200 ms on a local server process.

    .venv/bin/python bench/bench_replay_control.py [--n 1000] [--delay-ms 200] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llmops_kit.replay import bulk_replay, make_client, replay_trace  # noqa: E402 - repository on sys.path first
from llmops_kit.traffic import generate_traffic  # noqa: E402

MIX = {"healthy": 0.7, "retrieval_mismatch": 0.06, "wrong_prompt_version": 0.06, "tool_timeout": 0.06,
       "hallucination": 0.06, "slow_response": 0.06}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--delay-ms", type=float, default=200.0)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    traces = generate_traffic(args.n, mix=MIX, seed=21)
    server = subprocess.Popen(
        [sys.executable, "-m", "llmops_kit.replay.server", "--port", "0", "--delay-ms", str(args.delay_ms)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        base_url = server.stdout.readline().split(" on ", 1)[1].split(" ", 1)[0]
        client = make_client("openai", api_key="sk-bench-not-a-secret", base_url=base_url, timeout=30,
                             max_retries=0)
        print(f"{args.n} traces, {args.delay_ms:.0f} ms per answer, concurrency {args.concurrency}")
        for label, overrides in (("live override model=gpt-4o-mini", {"model": "gpt-4o-mini"}),
                                 ("no-op override (recorded prompt version)", {"prompt_version": "v2.0"})):
            started = time.perf_counter()
            with ThreadPoolExecutor(args.concurrency) as pool:
                list(pool.map(lambda t, o=overrides: replay_trace(t, o, client=client), traces))
            forks = time.perf_counter() - started
            started = time.perf_counter()
            frame = bulk_replay(traces, overrides, client=client, concurrency=args.concurrency, progress=False)
            full = time.perf_counter() - started
            print(f"{label}: forks only {forks:6.2f} s; bulk_replay with control and judging {full:6.2f} s "
                  f"({full / forks:.2f}x); rows ok {int((frame['status'] == 'ok').sum())}; model calls served "
                  f"from the recording: {int((frame['llm_after'] == 'recording').sum())} of {len(frame)}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

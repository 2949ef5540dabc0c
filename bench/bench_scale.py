"""Scale: peak memory of ``llmops inspect`` over a streamed JSONL file, and vectorised window metrics.

Four measurements, each printed with the machine it ran on:

1. **inspect memory.** ``llmops inspect FILE.jsonl`` runs in a child process (stdout to a file, as when
   piped) at two sizes; the child's peak resident set size comes from ``os.wait4`` (``ru_maxrss``). The
   per-trace slope between the two sizes extrapolates to 100,000 traces; the extrapolation is labelled as
   such. ``inspect`` diagnoses every trace, so a 100,000-trace run takes minutes; pass
   ``--inspect-n 100000`` to measure it directly.
2. **streaming reader memory at full size.** A child process only iterates ``io.iter_traces`` over the
   100,000-trace file (the reading half of ``inspect``). With ``--contrast`` a second child calls
   ``io.load_traces`` on the same file (every trace in a list) to show what streaming saves; it needs
   about 3 GB of RAM at 100,000 traces, so it is opt-in.
3. **metrics over 1,000,000 traces.** The per-trace facts frame (``metrics.trace_facts``'s columns) is
   built synthetically with numpy (seeded) and ``metrics.compute_metrics`` is timed on it; the p95 and
   failure rate are checked against plain numpy. Extraction (``trace_facts`` on real traces) is timed
   separately on a small sample, since it is per-trace work, not aggregation.
4. **text caches when nothing repeats.** Memory still held (``tracemalloc``) after scoring requests that
   each bring a new 66 KB tool result: the quality scorer caches readings of texts, bounded by entries
   and by the total length of the long texts (``llmops_kit.textcache``).

Goals from the scale issue: inspect of 100,000 traces under 1 GB; metrics of 1,000,000 traces in about a
second. Run: ``.venv/bin/python bench/bench_scale.py [--inspect-n N] [--stream-n N] [--metrics-n N] [--contrast]``.

Caveat: the corpus (``_corpus``) repeats 400 generated traces under fresh ids, so texts repeat and the
quality scorer's bounded ``lru_cache``s hit more often than with all-distinct production answers; time
per trace is therefore optimistic. Memory is not flattered much: those caches are bounded by entries and
by the length of the texts they keep (section 4 measures the case where no text repeats).
The files are written to the temporary directory (about 9 MB per 1,000 traces).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import base_payloads, write_jsonl

from llmops_kit.contract import Contract, load_contract
from llmops_kit.metrics import compute_metrics, trace_facts
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document, Trace

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
GOAL_BYTES = 1024 * MIB
TARGET_TRACES = 100_000


# ---- the machine -------------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict[str, str]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return {
        "cpu": cpu_model(),
        "cores": f"{usable} usable ({os.cpu_count()} online)",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()} {platform.machine()}",
        "load average (1/5/15 min) at start": load,
        "numpy / pandas": f"{np.__version__} / {pd.__version__}",
    }


# ---- child processes -----------------------------------------------------------------------------------


def run_child(args: list[str], stdout_path: Path) -> tuple[int, float, int, str]:
    """Run a child to completion; return (peak RSS bytes, seconds, exit code, stderr tail)."""
    start = time.perf_counter()
    with open(stdout_path, "wb") as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return usage.ru_maxrss * 1024, seconds, proc.returncode, tail[0]  # ru_maxrss is KiB on Linux


def inspect_peak(path: Path, work: Path) -> tuple[int, float, int]:
    out = work / "inspect.txt"
    peak, seconds, code, tail = run_child([sys.executable, "-m", "llmops_kit.cli", "inspect", str(path)], out)
    if code != 0:
        raise SystemExit(f"llmops inspect exited {code}: {tail}")
    with open(out, "rb") as handle:
        rows = sum(1 for _ in handle) - 1  # minus the header line
    return peak, seconds, rows


READERS = {
    "stream": "from llmops_kit.io import iter_traces\nn = sum(1 for _ in iter_traces({path!r}))\nprint(n)",
    "load_all": "from llmops_kit.io import load_traces\nprint(len(load_traces({path!r}).traces))",
}


def reader_peak(kind: str, path: Path, work: Path) -> tuple[int, float, int]:
    out = work / f"{kind}.txt"
    peak, seconds, code, tail = run_child([sys.executable, "-c", READERS[kind].format(path=str(path))], out)
    if code != 0:
        raise SystemExit(f"{kind} reader exited {code}: {tail}")
    return peak, seconds, int(out.read_text().strip())


# ---- synthetic facts -------------------------------------------------------------------------------------


def synthetic_facts(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` rows with trace_facts' columns and realistic distributions (seeded)."""
    rng = np.random.default_rng(seed)
    contract = load_contract()
    latency = rng.lognormal(mean=np.log(1100), sigma=0.35, size=n)
    slow = rng.random(n) < 0.05
    latency[slow] *= rng.uniform(4, 9, size=int(slow.sum()))
    score = rng.beta(8, 1.5, size=n)
    unknown = rng.random(n) < 0.02
    quality_pass = pd.array(score >= contract.quality.answer_floor, dtype="boolean")
    quality_pass[unknown] = pd.NA
    score[unknown] = np.nan
    tool_calls = rng.integers(0, 3, size=n)
    tool_failures = rng.binomial(tool_calls, 0.04)
    tokens = rng.normal(800, 150, size=n).clip(100)
    n_docs = np.where(rng.random(n) < 0.01, 0, 4).astype("float64")
    top = np.where(n_docs > 0, rng.beta(6, 2, size=n), np.nan)
    return pd.DataFrame({
        "trace_id": pd.RangeIndex(n).astype(str),
        "timestamp": pd.date_range("2025-03-12", periods=n, freq="15s", tz="UTC"),
        "latency_ms": latency,
        "has_error": rng.random(n) < 0.03,
        "quality_score": score,
        "quality_pass": quality_pass,
        "tool_calls": tool_calls.astype("int64"),
        "tool_failures": tool_failures.astype("int64"),
        "tokens": tokens,
        "cost_usd": tokens * 3.5e-6,
        "n_documents": n_docs,
        "top_relevance": top,
        "model": pd.Categorical(rng.choice(["gpt-4o", "gpt-4o-mini"], size=n)),
        "prompt_version": pd.Categorical(rng.choice(["v2.0", "v1.3"], p=[0.97, 0.03], size=n)),
    })


# ---- main ----------------------------------------------------------------------------------------------


def mib(value: float) -> str:
    return f"{value / MIB:,.0f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inspect-n", type=int, default=20_000, help="traces for the larger inspect run")
    parser.add_argument("--stream-n", type=int, default=TARGET_TRACES, help="traces for the reader-only runs")
    parser.add_argument("--metrics-n", type=int, default=1_000_000, help="rows of the synthetic facts frame")
    parser.add_argument("--repeat", type=int, default=5, help="timed repeats of compute_metrics")
    parser.add_argument("--contrast", action="store_true", help="also measure io.load_traces (needs ~3 GB RAM)")
    parser.add_argument("--big-n", type=int, default=300, help="requests with a new 66 KB tool result (section 4)")
    args = parser.parse_args()
    small_n = max(args.inspect_n // 5, 1)

    print("## Machine")
    for key, value in machine().items():
        print(f"- {key}: {value}")
    print("- note: a shared machine (other engineers run tests on it); timings vary with load.")
    print("- corpus: 400 generated traces repeated under fresh ids (texts repeat; see the module docstring).\n")

    base = base_payloads()
    with tempfile.TemporaryDirectory(prefix="llmops-bench-") as tmp:
        work = Path(tmp)

        print("## 1. `llmops inspect FILE.jsonl` (stdout to a file), peak RSS of the child")
        runs = []
        for n in (1, small_n, args.inspect_n):
            path = write_jsonl(work / f"in-{n}.jsonl", n, base)
            peak, seconds, rows = inspect_peak(path, work)
            runs.append((n, peak))
            size = path.stat().st_size
            print(f"- {n:>7,} traces ({size / MIB:,.1f} MiB JSONL): peak {mib(peak)}, {seconds:,.1f} s "
                  f"({seconds / n * 1000:,.2f} ms/trace incl. start-up), {rows:,} rows printed")
        (n1, p1), (n2, p2) = runs[1], runs[2]
        slope = (p2 - p1) / (n2 - n1) if n2 > n1 else 0.0
        if args.inspect_n >= TARGET_TRACES:
            measured = runs[2][1]
            print(f"- measured at {args.inspect_n:,}: {mib(measured)}; goal < 1 GiB:",
                  "met" if measured < GOAL_BYTES else "not met")
        else:
            estimate = p2 + slope * (TARGET_TRACES - n2)
            print(f"- growth {slope / 1024:,.2f} KiB per trace (between {n1:,} and {n2:,});")
            print(f"- EXTRAPOLATED (not measured) to {TARGET_TRACES:,} traces: {mib(estimate)}; goal < 1 GiB:",
                  "met" if estimate < GOAL_BYTES else "not met")

        print(f"\n## 2. Reading {args.stream_n:,} traces from one JSONL file, peak RSS of the child")
        path = write_jsonl(work / "stream.jsonl", args.stream_n, base)
        print(f"- file: {path.stat().st_size / MIB:,.0f} MiB")
        readers = [("stream", "io.iter_traces (streamed, as the CLI reads)")]
        if args.contrast:
            readers.append(("load_all", "io.load_traces (every trace kept in a list)"))
        for kind, label in readers:
            peak, seconds, count = reader_peak(kind, path, work)
            print(f"- {label}: peak {mib(peak)}, {seconds:,.1f} s, {count:,} traces "
                  f"({count / seconds:,.0f} traces/s incl. start-up)")

    print(f"\n## 3. compute_metrics over {args.metrics_n:,} synthetic per-trace facts")
    contract = load_contract()
    start = time.perf_counter()
    facts = synthetic_facts(args.metrics_n)
    print(f"- building the frame with numpy (not timed below): {time.perf_counter() - start:,.2f} s, "
          f"{facts.memory_usage(deep=True).sum() / MIB:,.0f} MiB")
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        window = compute_metrics(facts, contract)
        times.append(time.perf_counter() - start)
    print(f"- compute_metrics: best {min(times):.3f} s, median {statistics.median(times):.3f} s "
          f"over {args.repeat} runs; status {window.status}; goal about 1 s:",
          "met" if statistics.median(times) <= 1.5 else "not met")
    p95 = float(np.percentile(facts["latency_ms"].to_numpy(), 95))
    assert abs(window.values["latency_p95_ms"] - p95) < 1e-6, "p95 disagrees with numpy"  # type: ignore[operator]
    assert abs(window.values["failure_rate"] - float(facts["has_error"].mean())) < 1e-12  # type: ignore[operator]
    print(f"- check: p95 {p95:,.1f} ms and failure rate {window.values['failure_rate']:.4f} match plain numpy; "
          f"grades: {', '.join(f'{k}={v}' for k, v in window.grades.items())}")

    sample = [Trace.model_validate(p) for p in base[:200]]
    start = time.perf_counter()
    trace_facts(sample, contract)
    per = (time.perf_counter() - start) / len(sample)
    print(f"- for scale: extraction with trace_facts (quality scoring included) costs {per * 1000:,.2f} ms "
          f"per trace on one core (200 real traces), i.e. ~{per * args.metrics_n / 60:,.0f} min for "
          f"{args.metrics_n:,}; aggregation is the cheap, vectorised part")

    print(f"\n## 4. Text caches under all-new long texts: {args.big_n:,} requests, each with a new 66 KB tool result")
    held = cache_memory(args.big_n, contract)
    print(f"- memory still held after scoring them (tracemalloc): {mib(held)}; the scorer's text caches are "
          "bounded by the length of the texts they keep (llmops_kit.textcache), so this levels off")


def cache_memory(requests: int, contract: Contract) -> int:
    """Bytes still allocated after scoring ``requests`` answers that each come with a never-seen 66 KB
    tool result: what the bounded text caches keep when nothing repeats (the worst case for memory)."""
    docs = [Document(id="kb-1", content="Orders ship within two days; tracking arrives by e-mail.")]
    tracemalloc.start()
    try:
        for i in range(requests):
            rows = [{"order": f"NW-{i}{j:05d}", "status": "shipped", "note": f"Parcel {j} of {i}"} for j in range(900)]
            tool = Document(id="tool:orders", content=json.dumps(rows))
            score_answer("Your order NW-1 shipped.", [*docs, tool], query="Where is my order?", contract=contract)
        return tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()


if __name__ == "__main__":
    main()

"""Traces pulled from a local Phoenix and diagnosed, per second.

Starts ``phoenix serve`` on free 127.0.0.1 ports with a temporary store, fills a project with
``--traces`` requests from the instrumented example app (examples/phoenix_rag/app.py: BM25 retrieval,
the openai SDK against the in-process simulator server, OpenInference spans; every tenth request with
the search index down), waits until Phoenix has stored every span, then measures:

- pull only: :func:`llmops_kit.sources.phoenix.iter_phoenix` over the whole project (paged);
- pull + diagnose: the same, each trace diagnosed as it arrives (what ``llmops diagnose phoenix://...`` does).

    python bench/bench_phoenix.py            # 10,000 traces (filling takes minutes)
    python bench/bench_phoenix.py --traces 2000

Needs the phoenix extra (pip install -e '.[phoenix]').
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import tempfile
import time
from pathlib import Path

import openai

from llmops_kit.diagnose import diagnose
from llmops_kit.errors import TraceLoadError
from llmops_kit.replay.server import SimulatorServer
from llmops_kit.sources import phoenix_source
from llmops_kit.sources.local import LocalPhoenix
from llmops_kit.sources.phoenix import iter_phoenix, phoenix_client

APP = Path(__file__).resolve().parents[1] / "examples" / "phoenix_rag" / "app.py"


def _app():
    spec = importlib.util.spec_from_file_location("phoenix_rag_app", APP)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fill(url: str, project: str, n: int) -> float:
    """Send n requests through the instrumented app (batched export); seconds taken."""
    app = _app()
    started = time.perf_counter()
    with SimulatorServer(0) as server:
        provider = app.tracing(url, project, batch=True)
        client = openai.OpenAI(base_url=server.base_url, api_key="simulator", max_retries=0)
        bot = app.SupportBot(client, provider)
        for i in range(n):
            bot.answer(app.QUESTIONS[i % len(app.QUESTIONS)], user=f"cust-{i % 997:03d}",
                       failure="retrieval_outage" if i % 10 == 9 else None)
        app.OpenAIInstrumentor().uninstrument()
        provider.shutdown()
    return time.perf_counter() - started


def stored_spans(url: str, project: str) -> int:
    with phoenix_client(url) as http:
        count, cursor = 0, None
        while True:
            params = {"limit": 1000} | ({"cursor": cursor} if cursor else {})
            payload = http.get(f"v1/projects/{project}/spans", params=params).json()
            count += len(payload.get("data") or [])
            cursor = payload.get("next_cursor")
            if not cursor:
                return count


def measure(url: str, project: str, *, with_diagnosis: bool) -> tuple[int, int, float]:
    source = phoenix_source(url, project)
    traces = errors = 0
    started = time.perf_counter()
    for item in iter_phoenix(source):
        if isinstance(item, TraceLoadError):
            errors += 1
            continue
        traces += 1
        if with_diagnosis:
            diagnose(item)
    return traces, errors, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--traces", type=int, default=10_000)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp, LocalPhoenix(Path(tmp)) as phoenix:
        print(f"phoenix serve on {phoenix.url}")
        seconds = fill(phoenix.url, "bench", args.traces)
        print(f"filled {args.traces:,} requests through the instrumented app in {seconds:.1f} s")
        deadline = time.monotonic() + 600
        while stored_spans(phoenix.url, "bench") < 3 * args.traces and time.monotonic() < deadline:
            time.sleep(2)
        print(f"phoenix holds {stored_spans(phoenix.url, 'bench'):,} spans")
        for label, flag in (("pull only", False), ("pull + diagnose", True)):
            traces, errors, seconds = measure(phoenix.url, "bench", with_diagnosis=flag)
            print(f"{label:>16}: {traces:,} traces ({errors} skipped) in {seconds:.1f} s = "
                  f"{traces / seconds:,.0f} traces/s")


if __name__ == "__main__":
    main()

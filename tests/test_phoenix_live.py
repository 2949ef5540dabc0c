"""Against a real Phoenix server: traffic from the instrumented example app, pulled, diagnosed, annotated, watched."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from datetime import timedelta
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from llmops_kit.diagnose import diagnose
from llmops_kit.io import load_traces
from llmops_kit.sources import parse_source
from llmops_kit.sources.annotate import read_annotations
from llmops_kit.sources.local import LocalPhoenix
from llmops_kit.sources.phoenix import phoenix_client, pull_phoenix
from llmops_kit.watch import Watcher, phoenix_fetch, run_watch

from .test_cli import run

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "examples" / "phoenix_rag" / "app.py"


def _missing_extra() -> str | None:
    for dist in ("arize-phoenix", "openinference-instrumentation-openai", "opentelemetry-exporter-otlp-proto-http"):
        try:
            version(dist)
        except PackageNotFoundError:
            return f"{dist} is not installed; these tests start a real Phoenix server: pip install -e '.[phoenix]'"
    return None


pytestmark = pytest.mark.skipif(_missing_extra() is not None, reason=str(_missing_extra()))


@pytest.fixture(scope="session")
def phoenix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalPhoenix]:
    server = LocalPhoenix(tmp_path_factory.mktemp("phoenix"))
    server.start()  # one start for the session (and one restart, in the watch test)
    yield server
    server.stop()


def send_traffic(phoenix: LocalPhoenix, project: str, *, requests: int, failure: str | None = None,
                 fail_after: int = 0, otlp_out: Path | None = None, seed: int = 7) -> None:
    """Run the example app (its own simulator server) and wait until Phoenix holds every span it sent."""
    before = _span_count(phoenix, project)
    args = [sys.executable, str(APP), "--phoenix-url", phoenix.url, "--project", project, "--requests",
            str(requests), "--interval", "0", "--fail-after", str(fail_after), "--seed", str(seed)]
    if failure:
        args += ["--failure", failure]
    if otlp_out:
        args += ["--otlp-out", str(otlp_out)]
    subprocess.run(args, check=True, capture_output=True, timeout=300, cwd=ROOT)
    deadline = time.monotonic() + 60
    while _span_count(phoenix, project) < before + 3 * requests:  # request, retrieval, model call
        assert time.monotonic() < deadline, "Phoenix did not store the app's spans within 60 s"
        time.sleep(0.5)


def _span_count(phoenix: LocalPhoenix, project: str) -> int:
    result = pull_phoenix(parse_source(f"phoenix://127.0.0.1:{phoenix.port}/{project}")) \
        if _project_exists(phoenix, project) else None
    return sum(len(t.spans) for t in result.traces) if result else 0


def _project_exists(phoenix: LocalPhoenix, project: str) -> bool:
    with phoenix_client(phoenix.url) as client:
        return client.get(f"v1/projects/{project}").status_code == 200


@pytest.fixture(scope="module")
def support(phoenix: LocalPhoenix, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """12 requests: 6 healthy, then 6 while the search index is down; the app also writes its spans to a file."""
    export = tmp_path_factory.mktemp("export") / "spans.otlp.json"
    send_traffic(phoenix, "support", requests=12, failure="retrieval_outage", fail_after=6, otlp_out=export)
    return {"uri": f"phoenix://127.0.0.1:{phoenix.port}/support", "export": export}


def _findings(traces: list) -> dict[str, list[tuple]]:
    return {t.trace_id: [(f.code, f.status, f.observed, f.threshold) for f in
                         [*diagnose(t).findings, *diagnose(t).not_evaluable]] for t in traces}


def test_every_request_pulled_and_mapped(support: dict) -> None:
    """All 12 requests come back from Phoenix as traces with query, documents, prompt, model and answer."""
    result = pull_phoenix(parse_source(support["uri"]), page_size=5)  # several pages
    exported = load_traces(support["export"]).traces
    assert not result.errors and len(result.traces) == 12
    assert {t.trace_id for t in result.traces} == {t.trace_id for t in exported}
    for trace in result.traces:
        assert trace.query and trace.answer and trace.model == "gpt-4o-mini" and trace.prompt_version == "v2.0"
        assert trace.documents is not None and trace.usage is not None


def test_findings_equal_diagnosis_of_the_exported_file(support: dict) -> None:
    """Diagnosing the pulled traces gives exactly the findings of the same requests' OTLP/JSON export."""
    pulled = _findings(pull_phoenix(parse_source(support["uri"])).traces)
    exported = _findings(load_traces(support["export"]).traces)
    assert pulled == exported
    assert sum(any(f[0] == "EMPTY_RETRIEVAL" for f in fs) for fs in pulled.values()) == 6


def test_pull_command_then_diagnose_matches_the_source(support: dict, phoenix: LocalPhoenix, tmp_path: Path) -> None:
    """llmops pull writes the traces; diagnose on those files and on the source URI agree."""
    pulled = run("pull", "phoenix", "--url", phoenix.url, "--project", "support", "--since", "1h",
                 "--out", tmp_path / "pulled.jsonl")
    assert pulled.exit_code == 0 and "pulled 12 trace(s)" in pulled.output
    from_file = json.loads(run("diagnose", tmp_path / "pulled.jsonl", "--json").stdout)
    from_source = json.loads(run("diagnose", support["uri"] + "?since=1h", "--json").stdout)
    key = lambda doc: sorted((r["trace_id"], r["code"], r["status"]) for r in doc["findings"])  # noqa: E731
    assert key(from_file) == key(from_source) and from_source["traces"] == 12


def test_annotations_written_once_and_readable_through_the_client(support: dict, phoenix: LocalPhoenix) -> None:
    """diagnose --annotate twice leaves one llmops.* annotation per name per root span, readable by phoenix.client."""
    for _ in range(2):
        result = run("diagnose", support["uri"], "--annotate")
        assert result.exit_code == 1  # findings fired
    source = parse_source(support["uri"])
    traces = pull_phoenix(source).traces
    roots = {t.root_span.span_id: t for t in traces}
    with warnings.catch_warnings():  # importing phoenix loads its server, whose dependencies warn on import
        warnings.simplefilter("ignore")
        from phoenix.client import Client
        found = Client(base_url=phoenix.url).spans.get_span_annotations(span_ids=list(roots),
                                                                        project_identifier="support")
    names = [(a["span_id"], a["name"]) for a in found if a["name"].startswith("llmops.")]
    assert len(names) == len(set(names))  # idempotent: no duplicates after two runs
    for span_id, trace in roots.items():
        expected = {"llmops.diagnosis", *(f"llmops.{c}" for c in diagnose(trace).codes)}
        assert {n for s, n in names if s == span_id} == expected
    outage = next(a for a in found if a["name"] == "llmops.EMPTY_RETRIEVAL")
    assert outage["result"]["label"] == "fired" and "documents retrieved" in outage["result"]["explanation"]
    assert outage["annotator_kind"] == "CODE"


def test_triage_annotate_marks_the_window(support: dict) -> None:
    """triage --annotate writes the verdict on every trace of the window."""
    result = run("triage", support["uri"], "--annotate")
    assert result.exit_code in (0, 1)
    source = parse_source(support["uri"])
    roots = [t.root_span.span_id for t in pull_phoenix(source).traces]
    notes = [a for a in read_annotations(source, roots) if a["name"] == "llmops.triage"]
    assert len(notes) == 12 and result.stdout.splitlines()[0].endswith(notes[0]["result"]["label"])


def test_watch_command_prints_json_lines(support: dict, phoenix: LocalPhoenix) -> None:
    """llmops watch --json prints one JSON object per poll with the window and its alerts; exit 1 on an alert."""
    result = run("watch", "phoenix", "--url", phoenix.url, "--project", "support", "--window", "1h", "--every", "1s",
                 "--polls", "2", "--json")
    polls = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["poll"] for p in polls] == [1, 2] and polls[0]["window_size"] == 12
    assert any(a.startswith("ALERT: failure_rate breached") for a in polls[0]["alerts"]) and result.exit_code == 1


def test_replay_and_bulk_replay_read_the_source(support: dict) -> None:
    """replay takes one trace by trace_id from the source; bulk-replay takes the whole window."""
    trace = pull_phoenix(parse_source(support["uri"])).traces[0]
    one = run("replay", f"{support['uri']}?trace_id={trace.trace_id}", "--backend", "simulator", "--json")
    assert one.exit_code == 0, one.output
    many = run("bulk-replay", support["uri"], "--backend", "simulator", "--json", "--no-progress")
    assert many.exit_code in (0, 1) and len(json.loads(many.stdout)) == 12
    ambiguous = run("replay", support["uri"], "--backend", "simulator")
    assert ambiguous.exit_code == 2 and "trace_id" in ambiguous.output


def test_watch_alerts_within_two_polls_and_survives_a_restart(phoenix: LocalPhoenix) -> None:
    """Watch: a healthy window; an outage alerts within two polls; Phoenix restarts and the watch carries on."""
    send_traffic(phoenix, "watch", requests=10, seed=1)
    source = parse_source(f"phoenix://127.0.0.1:{phoenix.port}/watch")
    watcher = Watcher(phoenix_fetch(source, timedelta(hours=1)))
    steps = iter([
        lambda: send_traffic(phoenix, "watch", requests=10, failure="retrieval_outage", seed=2),  # inject failure
        lambda: None,
        phoenix.stop,                                    # the backend goes away ...
        phoenix.start,                                   # ... and comes back with its data
    ])
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        next(steps, lambda: None)()

    try:
        events = run_watch(watcher, every=30, sleep=sleep, max_polls=5, backoff_base=0.5)
    finally:
        watcher.close()
    first, after = events[0], events[1:3]
    assert first.ok and first.status == "ok" and first.alerts == []
    fired = [line for e in after for line in e.changes if line.startswith("ALERT: failure_rate breached")]
    assert fired, [e.changes for e in after]
    assert not events[3].ok and "could not reach Phoenix" in (events[3].error or "")
    assert events[4].ok and "backend answering again" in events[4].changes
    assert events[4].window_size == events[2].window_size == 20
    assert slept == [30, 30, 30, 0.5]

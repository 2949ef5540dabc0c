"""Phoenix source without a server: URI spelling, span mapping on a recorded response, annotations, watch logic."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from llmops_kit.diagnose import diagnose
from llmops_kit.errors import TraceLoadError
from llmops_kit.metrics import compute_metrics
from llmops_kit.quality import score_trace
from llmops_kit.sources import SourceError, is_source_uri, parse_duration, parse_source, phoenix_source
from llmops_kit.sources.annotate import finding_annotations, triage_annotations
from llmops_kit.sources.phoenix import fold_attributes, spans_to_traces, write_traces
from llmops_kit.traffic import generate_traffic
from llmops_kit.triage import signals_from_metrics, triage
from llmops_kit.watch import Watcher, alert_lines, backoff_delays, run_watch

from .test_cli import run

# Recorded from a real Phoenix 20.26.1 (GET /v1/projects/{p}/spans) after examples/phoenix_rag/app.py
# sent 6 requests: 2 healthy, 2 with the search index down, 2 rendering the retired prompt version.
RESPONSE = Path(__file__).parent / "data" / "phoenix" / "spans_response.json"
NOW = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def spans() -> list[dict]:
    return json.loads(RESPONSE.read_text("utf-8"))["data"]


@pytest.fixture(scope="module")
def traces(spans: list[dict]) -> list:
    items = list(spans_to_traces(spans, "recorded"))
    assert not [i for i in items if isinstance(i, TraceLoadError)]
    return items


def test_uri_round_trip() -> None:
    """A phoenix:// URI parses into url, project and window, and prints back as a URI that parses the same."""
    source = parse_source("phoenix://127.0.0.1:6006/support-bot?since=1h")
    assert (source.url, source.project, source.since) == ("http://127.0.0.1:6006", "support-bot", timedelta(hours=1))
    assert parse_source(source.uri) == source


def test_uri_survives_pathlib() -> None:
    """The URI still parses after pathlib folded its '//' (commands take paths)."""
    source = parse_source(str(Path("phoenix://127.0.0.1:6006/bot?since=10m")))
    assert (source.url, source.project) == ("http://127.0.0.1:6006", "bot")
    assert is_source_uri(Path("phoenix://h:1/p")) and not is_source_uri(Path("traces/a.json"))


def test_https_scheme_and_trace_id() -> None:
    """phoenix+https:// selects TLS; trace_id narrows the source to one trace."""
    source = parse_source("phoenix+https://phx.example.com/bot?trace_id=abc")
    assert source.url == "https://phx.example.com" and source.trace_id == "abc"


@pytest.mark.parametrize("bad", ["phoenix://127.0.0.1:6006", "phoenix://h:1/p?since=soon", "phoenix://h:1/p?x=1",
                                 "phoenix://h:1/p?start=2026-01-02T00:00:00&end=2026-01-01T00:00:00"])
def test_bad_uris_say_what_to_write(bad: str) -> None:
    """A URI without a project, with a bad duration, unknown parameter or an inverted window is rejected clearly."""
    with pytest.raises(SourceError, match=r"phoenix://|duration|parameter|before"):
        parse_source(bad)


def test_since_and_start_are_exclusive() -> None:
    """since and start together are ambiguous and rejected."""
    with pytest.raises(SourceError, match="either since"):
        phoenix_source("http://h:1", "p", since="1h", start="2026-01-01T00:00:00")


def test_window_counts_back_from_now() -> None:
    """since counts back from the read time; start/end are used as given."""
    assert parse_source("phoenix://h:1/p?since=90s").window(NOW) == (NOW - timedelta(seconds=90), None)
    assert parse_duration("250ms") == timedelta(milliseconds=250)


def test_fold_attributes_rebuilds_json_values() -> None:
    """Phoenix's unfolded metadata / prompt variables / document metadata fold back into JSON strings."""
    folded = fold_attributes({"metadata.prompt_name": "support-answer", "llm.prompt_template.variables.tier": "plus",
                              "retrieval.documents.0.document.metadata.title": "Refunds", "input.value": "q"})
    assert json.loads(folded["metadata"]) == {"prompt_name": "support-answer"}
    assert json.loads(folded["llm.prompt_template.variables"]) == {"tier": "plus"}
    assert json.loads(folded["retrieval.documents.0.document.metadata"]) == {"title": "Refunds"}
    assert folded["input.value"] == "q"


def test_recorded_spans_map_to_six_traces(traces: list) -> None:
    """Every recorded request maps to one trace with its query, model, prompt and answer."""
    assert len(traces) == 6
    for trace in traces:
        assert trace.query and trace.answer and trace.model == "gpt-4o-mini"
        assert trace.llm_span.prompt.name == "support-answer"
        assert trace.llm_span.prompt.variables["store_name"] == "Northwind"


def test_recorded_failures_are_found_from_signals(traces: list) -> None:
    """The outage and the retired prompt are found by the detectors; the healthy requests have no finding.

    The retired prompt's answers also add a policy in words no article holds ("Refunds are processed instantly",
    written by simulator 1.0, before its added claims carried a figure). Since the ``novel44`` round such a
    fact-free claim is unsupported, not fabricated: it lowers groundedness, and one of five does not take the
    answer under the floor, so HALLUCINATION is not reported beside WRONG_PROMPT_VERSION."""
    codes = sorted(tuple(diagnose(t).codes) for t in traces)
    assert codes == [(), (), ("EMPTY_RETRIEVAL",), ("EMPTY_RETRIEVAL",), ("WRONG_PROMPT_VERSION",),
                     ("WRONG_PROMPT_VERSION",)]
    retired = [t for t in traces if "WRONG_PROMPT_VERSION" in diagnose(t).codes]
    for trace in retired:
        verdicts = {v.claim: v.verdict for v in score_trace(trace).support}
        instantly = [claim for claim in verdicts if "processed instantly" in claim]
        assert instantly and all(verdicts[claim] == "unsupported" for claim in instantly)


def test_document_titles_come_back(traces: list) -> None:
    """Retrieved documents keep id, score and the title Phoenix stored inside their metadata."""
    docs = [d for t in traces for d in t.documents or []]
    assert docs and all(d.id.startswith("kb-") and d.score is not None and d.title for d in docs)


def test_a_broken_span_is_reported_and_the_rest_load(spans: list[dict]) -> None:
    """A span with an unreadable time yields a TraceLoadError naming the trace; other traces still map."""
    broken = [dict(s) for s in spans]
    broken[0] = {**broken[0], "start_time": "yesterday"}
    items = list(spans_to_traces(broken, "phoenix://h:1/p"))
    errors = [i for i in items if isinstance(i, TraceLoadError)]
    assert len(errors) == 1 and broken[0]["context"]["trace_id"] in str(errors[0])
    assert len(items) - 1 == 5


def test_write_traces_dir_and_jsonl(traces: list, tmp_path: Path) -> None:
    """Pulled traces are written as one file per trace, or one JSONL line per trace, and load back the same."""
    from llmops_kit.io import load_traces

    directory, n = write_traces(traces, tmp_path / "dir")
    jsonl, m = write_traces(traces, tmp_path / "t.jsonl")
    assert n == m == 6
    assert {t.trace_id for t in load_traces(directory).traces} == {t.trace_id for t in load_traces(jsonl).traces}


def test_finding_annotations_carry_code_score_and_evidence(traces: list) -> None:
    """Each fired code becomes llmops.<CODE> on the root span, with the observed value and the evidence."""
    trace = next(t for t in traces if "EMPTY_RETRIEVAL" in diagnose(t).codes)
    notes = {a["name"]: a for a in finding_annotations(trace, diagnose(trace))}
    assert set(notes) == {"llmops.diagnosis", "llmops.EMPTY_RETRIEVAL"}
    note = notes["llmops.EMPTY_RETRIEVAL"]
    assert note["span_id"] == trace.root_span.span_id and note["annotator_kind"] == "CODE"
    assert note["result"]["score"] == 0.0 and "documents retrieved" in note["result"]["explanation"]
    assert notes["llmops.diagnosis"]["result"]["label"] == "findings"


def test_triage_annotations_on_every_trace(traces: list) -> None:
    """A triage verdict is written on every trace of the window, labelled with the verdict."""
    window = compute_metrics(generate_traffic(20, seed=3))
    result = triage(signals_from_metrics(window))
    notes = triage_annotations(traces, result)
    assert len(notes) == 6 and {n["result"]["label"] for n in notes} == {result.label}


# ---- watch mode on a fake backend ----------------------------------------------------------------------


class FakeBackend:
    """Serves generated traffic; can fail or go down, as a backend would."""

    def __init__(self) -> None:
        self.healthy = generate_traffic(12, seed=11)
        self.mode = "healthy"
        self.calls: list[datetime] = []

    def __call__(self, now: datetime):
        self.calls.append(now)
        if self.mode == "down":
            raise SourceError("could not reach Phoenix (test)")
        return list(self.healthy if self.mode == "healthy" else self.broken)

    @property
    def broken(self) -> list:
        from llmops_kit.course.drill import inject_failure

        traces, _ = inject_failure(self.healthy, "retrieval_outage", count=8, seed=11)
        return traces


def test_watch_alerts_after_failure_and_clears() -> None:
    """A healthy poll shows no alert; after a retrieval outage the brief-format alert fires, then clears."""
    backend = FakeBackend()
    watcher = Watcher(backend, clock=lambda: NOW)
    first = watcher.poll()
    assert first.ok and first.alerts == [] and first.status == "ok"
    backend.mode = "broken"
    second = watcher.poll()
    assert any(line.startswith("ALERT: ") and " — current value: " in line for line in second.changes)
    assert second.verdict and second.incident_class and any(second.breakers.values())
    backend.mode = "healthy"
    third = watcher.poll()
    assert any(line.startswith("CLEARED: ") for line in third.changes)


def test_run_watch_backs_off_and_recovers() -> None:
    """While the backend is down the sleep grows by backoff; when it returns, polling resumes at the interval."""
    backend = FakeBackend()
    slept: list[float] = []
    plan = iter(["down", "down", "healthy", "healthy"])

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        backend.mode = next(plan)

    events = run_watch(Watcher(backend, clock=lambda: NOW), every=30, sleep=sleep, max_polls=5, backoff_base=2)
    assert [e.ok for e in events] == [True, False, False, True, True]
    assert slept == [30, 2, 4, 30]
    assert "backend answering again" in events[3].changes


def test_run_watch_stops_on_ctrl_c() -> None:
    """Ctrl-C during the sleep ends the watch cleanly with the events so far."""
    def sleep(seconds: float) -> None:
        raise KeyboardInterrupt

    events = run_watch(Watcher(FakeBackend(), clock=lambda: NOW), every=1, sleep=sleep)
    assert len(events) == 1


def test_backoff_is_capped() -> None:
    """Backoff doubles from the base and never exceeds the cap."""
    delay = backoff_delays(1, 8)
    assert [delay(n) for n in range(1, 7)] == [1, 2, 4, 8, 8, 8]


def test_alert_lines_use_the_brief_format() -> None:
    """Alert lines read 'ALERT: <metric> breached <grade> — current value: <value>'."""
    from llmops_kit.course.drill import inject_failure

    traces, _ = inject_failure(generate_traffic(12, seed=5), "latency_spike", count=8, seed=5)
    lines = alert_lines(compute_metrics(traces))
    assert any(line.startswith("ALERT: latency_p95_ms breached critical — current value: ") for line in lines)


# ---- the command line without a server ------------------------------------------------------------------


def test_cli_unreachable_source_is_one_line() -> None:
    """A source nobody serves gives one line naming the URL and what to check, exit 2."""
    result = run("diagnose", "phoenix://127.0.0.1:9/bot?since=1h")
    assert result.exit_code == 2
    assert "could not reach Phoenix at http://127.0.0.1:9" in result.output and "Traceback" not in result.output


def test_cli_annotate_needs_a_source(tmp_path: Path) -> None:
    """--annotate on a file path says it writes to a backend, exit 2."""
    write_traces(generate_traffic(2, seed=1), tmp_path / "t")
    result = run("diagnose", tmp_path / "t", "--annotate")
    assert result.exit_code == 2 and "--annotate writes to a backend" in result.output


def test_cli_pull_rejects_bad_window() -> None:
    """pull with an unreadable --since fails with the spelling to use."""
    result = run("pull", "phoenix", "--url", "http://127.0.0.1:9", "--project", "p", "--since", "soon")
    assert result.exit_code == 2 and "10m" in result.output


def test_cli_pull_redact_writes_no_customer_data(traces: list, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """pull --redact writes placeholders where the pulled traces held a customer's e-mail; without it, the e-mail."""
    import llmops_kit.sources.phoenix as phoenix_module
    from llmops_kit.testing import build_trace

    leaky = build_trace("t-pii", "My email is jane.doe@example.org, where is my refund?", [])
    monkeypatch.setattr(phoenix_module, "iter_phoenix", lambda *args, **kwargs: iter([*traces, leaky]))
    plain, redacted = tmp_path / "plain.jsonl", tmp_path / "redacted.jsonl"
    assert run("pull", "phoenix", "--since", "1h", "--out", plain).exit_code == 0
    assert run("pull", "phoenix", "--since", "1h", "--out", redacted, "--redact").exit_code == 0
    assert "jane.doe@example.org" in plain.read_text("utf-8")
    assert "jane.doe@example.org" not in redacted.read_text("utf-8") and "<EMAIL_1>" in redacted.read_text("utf-8")

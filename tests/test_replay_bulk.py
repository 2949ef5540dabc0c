"""bulk_replay: one row per input, gates, verdicts, error isolation, deadlines, streamed rows, Ctrl-C, resume."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from llmops_kit.cli import app
from llmops_kit.errors import OverrideError, ReplayError
from llmops_kit.io import save_trace_record
from llmops_kit.knowledge_base import get_index
from llmops_kit.replay import Gates, SimulatorTransport, bulk_replay, explain_row, make_client, run_bulk, verdict_counts
from llmops_kit.replay.runner import ReplayInterrupted
from llmops_kit.replay.server import FaultRule, SimulatorServer
from llmops_kit.testing import build_trace, offline_client

QUESTIONS = {
    "refund": "How long does it take to get my refund after I send a return back?",
    "exchange": "Can I exchange my jacket for a different size?",
    "password": "How do I reset my password?",
    "klarna": "Can I pay with Klarna?",
    "warranty": "What is the warranty on a tent?",
    "promo": "How do I use a promo code?",
}


#: An override that makes the model call run live (the traces record v1.3): with no override a replay serves
#: the recorded response and calls nothing, and a live override costs two calls per trace (fork and control).
LIVE = {"prompt_version": "v2.0"}


def make_traces(version: str = "v1.3"):
    index = get_index("kb-primary")
    return [build_trace(f"t-{key}", q, index.search(q, k=4), prompt_version=version) for key, q in QUESTIONS.items()]


def test_injected_faults_become_error_rows_and_nothing_is_lost() -> None:
    """429, 500, malformed JSON and a too-slow answer each give an error row; the rest replay fine.

    The client waits 1.5 s and the slow fault sleeps 6 s: a loaded machine answering the other faults in
    more than the wait would turn them into timeouts (seen with 0.4 s), while 6 s stays well past it."""
    faults = [FaultRule(QUESTIONS["refund"], "429"), FaultRule(QUESTIONS["exchange"], "500"),
              FaultRule(QUESTIONS["password"], "malformed"), FaultRule(QUESTIONS["klarna"], "slow:6000")]
    traces = make_traces()
    with SimulatorServer(0, faults=faults, retry_after_ms=5) as server:
        client = make_client("openai", api_key="sk-test", base_url=server.base_url, timeout=1.5, max_retries=1)
        frame = bulk_replay(traces, {"prompt_version": "v2.0"}, client=client, concurrency=4, progress=False)
        served = server.requests_served
    assert list(frame["trace_id"]) == [t.trace_id for t in traces]
    kinds = dict(zip(frame["trace_id"], frame["error_kind"], strict=True))
    assert kinds == {"t-refund": "rate_limited", "t-exchange": "http_500", "t-password": "malformed_response",
                     "t-klarna": "timeout", "t-warranty": "", "t-promo": ""}
    assert list(frame["status"]) == ["error"] * 4 + ["ok"] * 2
    # 429/500/slow retried once, malformed not retried, two successes, each followed by its live control
    assert served == 2 * 3 + 1 + 2 * 1 + 2


def test_unloadable_file_is_an_error_row(tmp_path) -> None:
    """A directory with a broken file still replays the good traces and reports the bad one."""
    for trace in make_traces()[:2]:
        save_trace_record(trace, tmp_path / f"{trace.trace_id}.json")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    frame = bulk_replay(tmp_path, {"prompt_version": "v2.0"}, client=make_client("simulator"), progress=False)
    assert len(frame) == 3
    broken = frame[frame["status"] == "error"].iloc[0]
    assert "broken.json" in broken["trace_id"] and "invalid JSON" in broken["error"]


def test_prompt_fix_is_fixed_against_a_reproducing_control() -> None:
    """v1.3 traces replayed with v2.0: the live control reproduces the finding, the fork resolves it."""
    frame = bulk_replay(make_traces("v1.3"), {"prompt_version": "v2.0"}, client=make_client("simulator"),
                        progress=False)
    assert verdict_counts(frame) == {"fixed": 6, "not fixed": 0, "inconclusive": 0, "regressed": 0, "healthy": 0,
                                     "error": 0}
    assert (frame["reproduces"] == "yes").all() and frame["passed"].all()
    assert frame["resolved_findings"].str.contains("WRONG_PROMPT_VERSION").all()
    assert (frame["quality_delta"] > 0).all()


def test_prompt_rollback_regresses_and_fails() -> None:
    """v2.0 traces replayed with the legacy v1.3 gain a finding, regress and fail the quality gate."""
    frame = bulk_replay(make_traces("v2.0"), {"prompt_version": "v1.3"}, client=make_client("simulator"),
                        progress=False)
    assert verdict_counts(frame)["regressed"] == 6
    assert frame["new_findings"].str.contains("WRONG_PROMPT_VERSION").all()
    assert not frame["passed"].any()
    assert frame["failed_gates"].str.contains("quality").all()


def test_override_equal_to_the_recording_changes_nothing() -> None:
    """prompt_version=<the recorded one> serves the recording: findings persist, 'not fixed', gate fails."""
    frame = bulk_replay(make_traces("v1.3")[:2], {"prompt_version": "v1.3"}, client=make_client("simulator"),
                        progress=False)
    assert (frame["verdict"] == "not fixed").all() and (frame["llm_after"] == "recording").all()
    # the legacy answer's invented claim is HALLUCINATION too, listed first
    assert frame["failed_gates"].str.contains(r"still failing: (?:HALLUCINATION, )?WRONG_PROMPT_VERSION").all()


def test_healthy_trace_replayed_unchanged_is_healthy() -> None:
    """A healthy trace replayed with no override is served from the recording and stays healthy."""
    result = run_bulk(make_traces("v2.0")[:1], None, client=make_client("simulator"), progress=False)
    assert result.frame.loc[0, "verdict"] == "healthy" and result.frame.loc[0, "passed"]
    assert result.replays["t-refund"].answer == make_traces("v2.0")[0].answer


def test_gates_come_from_the_contract() -> None:
    """The default gates are the contract's answer floor, SLA and cost budget."""
    from llmops_kit.contract import load_contract

    c = load_contract()
    assert Gates.from_contract(c) == Gates(c.quality.answer_floor, c.latency.request_sla_ms,
                                           c.budget.cost_per_request_usd)


def test_strict_gates_fail_with_reasons() -> None:
    """A latency budget nobody can meet fails every row and says why."""
    frame = bulk_replay(make_traces()[:2], {"prompt_version": "v2.0"}, client=make_client("simulator"),
                        progress=False, gates=Gates(min_quality=0.0, latency_budget_ms=1.0, cost_budget_usd=1.0))
    assert not frame["passed"].any()
    assert frame["failed_gates"].str.contains("latency").all()


def test_bad_override_fails_before_any_replay() -> None:
    """An invalid override is the caller's error, raised once, not one error row per trace."""
    with pytest.raises(OverrideError):
        bulk_replay(make_traces(), {"prompt": "v2.0"}, client=make_client("simulator"), progress=False)


def test_concurrency_must_be_positive() -> None:
    """concurrency=0 is refused with a clear message."""
    with pytest.raises(OverrideError, match="concurrency"):
        bulk_replay(make_traces(), {}, concurrency=0, progress=False)


def test_concurrent_and_sequential_runs_agree() -> None:
    """Thread-pool order never changes the table."""
    traces = make_traces()
    sequential = bulk_replay(traces, {"model": "gpt-4o-mini"}, concurrency=1, client=make_client("simulator"),
                             progress=False)
    parallel = bulk_replay(traces, {"model": "gpt-4o-mini"}, concurrency=6, client=make_client("simulator"),
                           progress=False)
    assert sequential.equals(parallel)


def test_progress_false_prints_nothing(capsys) -> None:
    """With progress=False no progress bar reaches the output (the notebook relies on it)."""
    bulk_replay(make_traces()[:1], {}, client=make_client("simulator"), progress=False)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_explain_row_uses_the_rows_numbers() -> None:
    """The one-line explanation quotes the row's own quality and verdict."""
    frame = bulk_replay(make_traces()[:1], {"prompt_version": "v2.0"}, client=make_client("simulator"),
                        progress=False)
    row = frame.iloc[0]
    text = explain_row(row)
    assert text.startswith(f"t-refund: {row['verdict']}")
    assert f"{row['quality_after']:.2f}" in text and f"control reproduces: {row['reproduces']}" in text


@pytest.mark.parametrize(("name", "overrides", "relaxed", "reason"), [
    ("trace-d-tool-timeout", {"prompt_version": "v2.0"}, {"allow_persisting": True}, "still failing: TOOL_TIMEOUT"),
    ("trace-f-slow-response", {"model": "gpt-4o-mini"}, {"allow_inconclusive": True},
     "control did not reproduce LATENCY_SLA_BREACH"),
])
def test_persisting_and_unreproduced_findings_fail_the_gate(name, overrides, relaxed, reason) -> None:
    """A finding that persists, or a control that cannot reproduce it, fails; relaxing that gate passes it."""
    from llmops_kit.contract import load_contract
    from llmops_kit.io import load_trace_record

    trace = load_trace_record(f"traces/ch07_debug/{name}.json")
    strict = bulk_replay([trace], overrides, client=make_client("simulator"), progress=False)
    assert not strict.loc[0, "passed"] and strict.loc[0, "failed_gates"] == reason
    gates = Gates(**{**Gates.from_contract(load_contract()).__dict__, **relaxed})
    loose = bulk_replay([trace], overrides, client=make_client("simulator"), progress=False, gates=gates)
    assert loose.loc[0, "passed"]



# ---- execution: overall deadline, streamed rows, Ctrl-C, resume ------------------------------------


class _StuckServer(ThreadingHTTPServer):
    """A local endpoint that reads the request, then trickles (or, with ``gap_s=None``, never sends) an answer."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, gap_s: float | None, on_request=None) -> None:
        self.gap_s = gap_s
        self.release = threading.Event()
        self.on_request = on_request
        self.received = 0
        self.answered = 0  # answers sent whole: a deadline that works returns before any
        self._lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _StuckHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def stop(self) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()


class _StuckHandler(BaseHTTPRequestHandler):
    server: _StuckServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        with self.server._lock:
            self.server.received += 1
            received = self.server.received
        if self.server.on_request is not None:
            self.server.on_request(received)
        if self.server.gap_s is None:  # silent: hold the connection open without a byte
            self.server.release.wait(30)
            return
        body = b'{"id": "chatcmpl-slow", "object": "chat.completion", "created": 0, "model": "gpt-4o", "choices": []}'
        head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
        with contextlib.suppress(OSError):
            for byte in head.encode() + body:  # one byte per gap: every read succeeds, the whole never ends
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                if self.server.release.wait(self.server.gap_s):
                    return
            with self.server._lock:
                self.server.answered += 1


@pytest.mark.parametrize("gap_s", [0.1, None], ids=["trickling", "silent"])
def test_overall_deadline_bounds_a_stuck_endpoint(gap_s: float | None) -> None:
    """A server that trickles a byte at a time (or never answers) gets a timeout row at the overall deadline."""
    server = _StuckServer(gap_s)
    try:
        client = make_client("openai", api_key="sk-test", base_url=server.base_url, timeout=20, max_retries=0)
        frame = bulk_replay(make_traces()[:2], {"prompt_version": "v2.0"}, client=client, concurrency=2,
                            progress=False, timeout=0.5)
        answered_before_return = server.answered
    finally:
        server.stop()
    assert list(frame["error_kind"]) == ["timeout", "timeout"]
    assert frame["error"].str.contains("--timeout").all()
    assert frame["error"].str.contains(r"0\.5 ?s").all()  # the SDK read timeout or the deadline, both capped
    # the rows came back while the endpoint was still trickling (a whole answer takes over 10 s) or silent: the
    # deadline ended the calls, not the answer; a silent endpoint's 20 s read timeout would name 20 s above
    assert answered_before_return == 0


def test_sdk_timeout_message_names_the_option() -> None:
    """An SDK read timeout becomes a timeout row that names --timeout, not an option that does not exist."""
    with SimulatorServer(0, faults=[FaultRule(QUESTIONS["refund"], "slow:1500")]) as server:
        client = make_client("openai", api_key="sk-test", base_url=server.base_url, timeout=0.3, max_retries=0)
        frame = bulk_replay(make_traces()[:1], {"prompt_version": "v2.0"}, client=client, progress=False)
    assert frame.loc[0, "error_kind"] == "timeout"
    assert "raise --timeout" in frame.loc[0, "error"]


def test_max_retries_is_applied() -> None:
    """max_retries=0 sends a failing request once; max_retries=2 sends it three times."""
    sent = {}
    for retries in (0, 2):
        with SimulatorServer(0, faults=[FaultRule(QUESTIONS["refund"], "500")], retry_after_ms=1) as server:
            client = make_client("openai", api_key="sk-test", base_url=server.base_url)
            bulk_replay(make_traces()[:1], {"prompt_version": "v2.0"}, client=client, progress=False,
                        max_retries=retries)
            sent[retries] = server.requests_served
    assert sent == {0: 1, 2: 3}


@pytest.mark.parametrize("bad", [{"timeout": 0}, {"timeout": float("nan")}, {"timeout": -1},
                                 {"max_retries": -1}, {"max_retries": 1.5}, {"resume": True}])
def test_bad_execution_options_are_refused(bad: dict) -> None:
    """A deadline, retry count or resume without an output file that cannot work is refused up front."""
    with pytest.raises(ReplayError, match=r"timeout|max_retries|resume"):
        bulk_replay(make_traces()[:1], {}, client=make_client("simulator"), progress=False, **bad)


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_rows_are_streamed_and_summarised(tmp_path) -> None:
    """With output=, every row is one JSONL line and a summary is written beside it."""
    rows = tmp_path / "rows.jsonl"
    frame = bulk_replay(make_traces(), {"prompt_version": "v2.0"}, client=make_client("simulator"), progress=False,
                        output=rows)
    lines = _lines(rows)
    assert sorted(line["trace_id"] for line in lines) == sorted(frame["trace_id"])
    assert all(line["replay_overrides"] == {"prompt_version": "v2.0"} for line in lines)
    summary = json.loads((tmp_path / "rows.summary.json").read_text(encoding="utf-8"))
    assert summary["rows"] == 6 and summary["complete"] and not summary["interrupted"]
    assert summary["verdicts"] == verdict_counts(frame)


class _Counting(SimulatorTransport):
    """The simulator as a transport that counts requests and can call a hook on the n-th one."""

    def __init__(self, hook_at: int | None = None, hook=None) -> None:
        super().__init__()
        self.calls = 0
        self.hook_at, self.hook = hook_at, hook
        self._lock = threading.Lock()

    def handle_request(self, request):
        with self._lock:
            self.calls += 1
            n = self.calls
        if n == self.hook_at:
            self.hook()
        return super().handle_request(request)


def _many(n: int) -> list:
    index = get_index("kb-primary")
    questions = list(QUESTIONS.values())
    return [build_trace(f"t-{i:02d}", questions[i % 6], index.search(questions[i % 6], k=4), prompt_version="v1.3")
            for i in range(n)]


def test_ctrl_c_keeps_every_finished_row_and_resume_finishes_the_rest(tmp_path) -> None:
    """SIGINT mid-run stops new replays, keeps each finished row on disk; resume replays only the rest."""
    rows = tmp_path / "rows.jsonl"
    traces = _many(12)
    interrupting = _Counting(hook_at=5, hook=lambda: os.kill(os.getpid(), signal.SIGINT))
    with pytest.raises(ReplayInterrupted) as caught:
        run_bulk(traces, {"prompt_version": "v2.0"}, client=offline_client(interrupting), concurrency=2, progress=False,
                 output=rows)
    partial = caught.value.result
    written = _lines(rows)
    assert 2 <= len(partial.frame) < 12 and partial.interrupted
    assert sorted(line["trace_id"] for line in written) == sorted(partial.frame["trace_id"])
    # each replay is two calls (the override and its control); nothing in flight was dropped
    assert partial.pending == 12 - len(partial.frame) and interrupting.calls == 2 * len(partial.frame)
    assert json.loads((tmp_path / "rows.summary.json").read_text(encoding="utf-8"))["interrupted"] is True

    resuming = _Counting()
    result = run_bulk(traces, {"prompt_version": "v2.0"}, client=offline_client(resuming), concurrency=2,
                      progress=False, output=rows, resume=True)
    assert resuming.calls == 2 * (12 - len(partial.frame))
    assert list(result.frame["trace_id"]) == [t.trace_id for t in traces]
    assert result.resumed == len(partial.frame) and (result.frame["status"] == "ok").all()
    assert sorted(line["trace_id"] for line in _lines(rows)) == sorted(t.trace_id for t in traces)


def _ctrl_c(times: int):
    """A request hook: once the second request is in flight (the run's handler is in place), send SIGINT."""
    def hook(received: int) -> None:
        if received == 2:
            for n in range(times):
                if n:
                    time.sleep(0.3)  # let the first Ctrl-C be handled, or the two would arrive as one
                os.kill(os.getpid(), signal.SIGINT)
    return hook


def test_first_ctrl_c_waits_only_for_the_replays_in_flight() -> None:
    """After one Ctrl-C no replay starts; the two in flight against a silent server end at their deadline."""
    server = _StuckServer(None, on_request=_ctrl_c(1))
    try:
        client = make_client("openai", api_key="sk-test", base_url=server.base_url, timeout=20, max_retries=0)
        with pytest.raises(ReplayInterrupted) as caught:
            run_bulk(make_traces(), LIVE, client=client, concurrency=2, progress=False, timeout=1.0)
    finally:
        server.stop()
    result = caught.value.result
    assert list(result.frame["error_kind"]) == ["timeout", "timeout"] and result.pending == 4
    assert server.received == 2


def test_second_ctrl_c_abandons_the_replays_in_flight() -> None:
    """A second Ctrl-C does not wait for the deadline: the run stops with no row for what was in flight."""
    server = _StuckServer(None, on_request=_ctrl_c(2))
    try:
        client = make_client("openai", api_key="sk-test", base_url=server.base_url, timeout=20, max_retries=0)
        with pytest.raises(ReplayInterrupted) as caught:
            run_bulk(make_traces(), LIVE, client=client, concurrency=2, progress=False, timeout=10)
    finally:
        server.stop()
    assert caught.value.result.frame.empty and caught.value.result.pending == 6


def test_keyboard_interrupt_from_a_hook_stops_the_run(tmp_path) -> None:
    """A KeyboardInterrupt raised by on_row (no signal involved) stops new replays and keeps every row.

    The worker takes the next trace without waiting for the main thread, and the simulator answers at once, so
    the third trace's first request waits until on_row has seen two rows: otherwise the worker could finish all
    eight before the interrupt is raised (seen once on a busy machine)."""
    rows = tmp_path / "rows.jsonl"
    seen: list[str] = []
    two_seen = threading.Event()

    def on_row(row: dict) -> None:
        seen.append(row["trace_id"])
        if len(seen) == 2:
            two_seen.set()
            raise KeyboardInterrupt

    transport = _Counting(hook_at=5, hook=lambda: two_seen.wait(timeout=30))  # two requests a trace
    with pytest.raises(ReplayInterrupted) as caught:
        run_bulk(_many(8), LIVE, client=offline_client(transport), concurrency=1, progress=False, output=rows,
                 on_row=on_row)
    result = caught.value.result
    assert len(_lines(rows)) == len(result.frame) == len(seen) == transport.calls // 2 == 8 - result.pending
    assert 2 <= len(seen) < 8


def test_a_worker_raising_keyboard_interrupt_is_an_error_row() -> None:
    """Only the main thread's Ctrl-C stops a run; a KeyboardInterrupt inside one call is that call's error row."""
    def boom() -> None:
        raise KeyboardInterrupt

    result = run_bulk(_many(3), LIVE, client=offline_client(_Counting(hook_at=2, hook=boom)), concurrency=1,
                      progress=False)
    assert list(result.frame["error_kind"]).count("KeyboardInterrupt") == 1 and len(result.frame) == 3


def test_resume_replays_error_rows_again(tmp_path) -> None:
    """Rows that errored in the first run are replayed on resume; finished ones are not."""
    rows = tmp_path / "rows.jsonl"
    with SimulatorServer(0, faults=[FaultRule(QUESTIONS["refund"], "500")], retry_after_ms=1) as server:
        client = make_client("openai", api_key="sk-test", base_url=server.base_url, max_retries=0)
        first = bulk_replay(make_traces(), {"prompt_version": "v2.0"}, client=client, progress=False, output=rows)
    assert verdict_counts(first)["error"] == 1
    transport = _Counting()
    again = run_bulk(make_traces(), LIVE, client=offline_client(transport), progress=False, output=rows, resume=True)
    assert transport.calls == 2 and verdict_counts(again.frame)["error"] == 0


def test_resume_drops_a_torn_last_line(tmp_path) -> None:
    """A row cut off by a crash mid-write is discarded on resume and that trace is replayed."""
    rows = tmp_path / "rows.jsonl"
    traces = make_traces()[:3]
    bulk_replay(traces, {"prompt_version": "v2.0"}, client=make_client("simulator"), progress=False, output=rows)
    data = rows.read_bytes()
    rows.write_bytes(data[: len(data) - 40])  # the last row loses its end and its newline
    transport = _Counting()
    result = run_bulk(traces, LIVE, client=offline_client(transport), progress=False, output=rows, resume=True)
    assert transport.calls == 2 and len(_lines(rows)) == 3 and len(result.frame) == 3


def test_resume_with_other_overrides_is_refused(tmp_path) -> None:
    """Resuming into a row file written with other overrides would mix two experiments: refused."""
    rows = tmp_path / "rows.jsonl"
    bulk_replay(make_traces()[:1], {"prompt_version": "v2.0"}, client=make_client("simulator"), progress=False,
                output=rows)
    with pytest.raises(ReplayError, match="line 1: this row was replayed with overrides"):
        bulk_replay(make_traces()[:1], {"prompt_version": "v1.3"}, client=make_client("simulator"), progress=False,
                    output=rows, resume=True)


def test_resume_into_a_foreign_file_is_refused(tmp_path) -> None:
    """A file that is not a bulk-replay row file is named, with its line, instead of being appended to."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"trace_id": "x", "status": "ok", "replay_overrides": {}}\nnot json\n', encoding="utf-8")
    with pytest.raises(ReplayError, match="line 2: not a bulk-replay row"):
        bulk_replay(make_traces()[:1], {}, client=make_client("simulator"), progress=False, output=rows, resume=True)


def test_cli_ctrl_c_exits_130_and_resume_completes(tmp_path) -> None:
    """SIGINT to a running `llmops bulk-replay` exits 130 with every finished row on disk; --resume finishes."""
    traces_dir, rows = tmp_path / "traces", tmp_path / "rows.jsonl"
    for trace in _many(16):
        save_trace_record(trace, traces_dir / f"{trace.trace_id}.json")
    with SimulatorServer(0, delay_ms=300) as server:
        env = {**os.environ, "OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": server.base_url}
        command = [sys.executable, "-m", "llmops_kit.cli", "bulk-replay", str(traces_dir), "--backend", "openai",
                   "--prompt-version", "v2.0", "--concurrency", "2", "--timeout", "5", "--output", str(rows), "--json"]
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        give_up = time.monotonic() + 60
        while (not rows.exists() or rows.read_text(encoding="utf-8").count("\n") < 2) and time.monotonic() < give_up:
            time.sleep(0.05)  # polling for the subprocess's progress, not waiting for an effect
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 130, err
        printed = json.loads(out)
        assert 2 <= len(printed) < 16 and "interrupted" in err and "--resume" in err
        assert sorted(line["trace_id"] for line in _lines(rows)) == sorted(row["trace_id"] for row in printed)
        served = server.requests_served
        done = CliRunner().invoke(app, [*command[3:], "--resume"], env=env)  # the same command, in-process
        resumed = server.requests_served - served
    assert done.exit_code in (0, 1), done.stderr
    assert len(json.loads(done.stdout)) == 16 and resumed == 2 * (16 - len(printed))  # override + control


def test_a_fresh_run_replaces_an_earlier_row_file(tmp_path) -> None:
    """Without resume the output starts empty: no row of an earlier run is mixed into the new one."""
    rows = tmp_path / "rows.jsonl"
    bulk_replay(make_traces(), {}, client=make_client("simulator"), progress=False, output=rows)
    bulk_replay(make_traces()[:1], {}, client=make_client("simulator"), progress=False, output=rows)
    assert [line["trace_id"] for line in _lines(rows)] == ["t-refund"]
    assert json.loads((tmp_path / "rows.summary.json").read_text(encoding="utf-8"))["rows"] == 1


def test_a_judge_that_always_fails_cannot_hang_the_run() -> None:
    """If judging an item fails even for its error row, the item is counted as abandoned and the run ends."""
    from llmops_kit.replay.runner import run_each

    def judge(item: int, result: object) -> dict:
        raise RuntimeError("judge broken")

    outcome = run_each([(i, i) for i in range(5)], lambda item: item, judge, lambda item: {}, lambda *_: None,
                       concurrency=2, timeout=5)
    assert outcome.results == {} and outcome.abandoned == 5 and not outcome.interrupted

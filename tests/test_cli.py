"""The ``llmops`` command line, driven in-process with typer's CliRunner."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner, Result

from llmops_kit.cli import EXIT_BAD_INPUT, EXIT_FOUND, EXIT_OK, app
from llmops_kit.io import load_trace_record
from llmops_kit.testing import trace_payload
from llmops_kit.traffic import generate_traffic

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "traces" / "ch07_debug"
WRONG_PROMPT = COURSE / "trace-c-wrong-prompt-ver.json"
HEALTHY = COURSE / "trace-a-normal-success.json"
POSTMORTEM = ROOT / "postmortem_INC-2025-007.md"
EVIDENCE = ROOT / "traces" / "inc_2025_007"

COMMANDS = [
    ["inspect"], ["diagnose"], ["replay"], ["bulk-replay"], ["metrics"], ["triage"], ["drill"], ["report"],
    ["postmortem"], ["postmortem", "lint"], ["submission"], ["submission", "build"], ["submission", "verify"],
    ["pull"], ["pull", "phoenix"], ["watch"], ["watch", "phoenix"],
]
COMMANDS += [["redact"]]
BOX = "┃"  # rich's heavy vertical line, drawn in table headers


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args], env=env)


def json_out(result: Result) -> object:
    return json.loads(result.stdout)


def assert_one_line_error(result: Result, code: int = EXIT_BAD_INPUT) -> None:
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("llmops: "), result.stderr
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def write_jsonl(path: Path, payloads: list[object], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(p) for p in payloads] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def course_payloads() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(COURSE.glob("*.json"))]


@pytest.fixture(scope="module")
def healthy_window(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve healthy generated requests: a gradable, green window."""
    traces = generate_traffic(12, seed=3)
    path = tmp_path_factory.mktemp("healthy") / "window.jsonl"
    return write_jsonl(path, [t.model_dump(mode="json", exclude_none=True) for t in traces])


@pytest.fixture(scope="module")
def failing_window(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve requests, half with an empty retrieval: a window that breaches its bounds."""
    traces = generate_traffic(12, mix={"healthy": 0.5, "empty_retrieval": 0.5}, seed=3)
    path = tmp_path_factory.mktemp("failing") / "window.jsonl"
    return write_jsonl(path, [t.model_dump(mode="json", exclude_none=True) for t in traces])


# ---- help and discovery ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_on_every_command(command: list[str]) -> None:
    """Every command and subcommand answers --help with a usage line and exit 0."""
    result = run(*command, "--help")
    assert result.exit_code == EXIT_OK, result.output
    assert "Usage" in result.stdout


def test_help_list_covers_every_registered_command() -> None:
    """The --help test above names every command the app registers (a new command must be added there)."""
    group = get_command(app)
    registered = set()
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        registered.add((name,))
        registered.update((name, sub) for sub in getattr(command, "commands", {}))
    assert registered == {tuple(c) for c in COMMANDS}


def test_version_prints_the_package_version() -> None:
    """--version prints a version string and exits 0."""
    result = run("--version")
    assert result.exit_code == EXIT_OK
    assert result.stdout.strip()


# ---- inspect -----------------------------------------------------------------------------------------


def test_inspect_course_traces_plain_table() -> None:
    """inspect on the course directory prints one row per trace as plain text when piped."""
    result = run("inspect", COURSE)
    assert result.exit_code == EXIT_OK, result.output
    for payload in course_payloads():
        assert payload["trace_id"] in result.stdout
    assert result.stdout.count("Healthy") == 1
    assert BOX not in result.stdout


def test_inspect_json_has_the_task1_columns() -> None:
    """inspect --json has the Task 1 columns under "traces"; the v1.3 trace is diagnosed as such."""
    result = run("inspect", COURSE, "--json")
    assert result.exit_code == EXIT_OK
    out = json_out(result)
    assert isinstance(out, dict) and (out["loaded"], out["skipped"], out["errors"]) == (6, 0, [])
    rows = out["traces"]
    assert isinstance(rows, list) and len(rows) == 6
    assert {"trace_id", "user_query", "n_docs", "relevance_scores", "prompt_version", "model", "latency_ms",
            "error", "diagnosis"} <= set(rows[0])
    old = [r for r in rows if r["prompt_version"] == "v1.3"]
    assert len(old) == 1 and old[0]["diagnosis"].startswith("WRONG_PROMPT_VERSION")


def test_inspect_draws_a_rich_table_on_a_terminal() -> None:
    """On a terminal the table is drawn with rich (box characters), not as plain text."""
    result = run("inspect", HEALTHY, "--no-progress", env={"TTY_COMPATIBLE": "1", "COLUMNS": "200"})
    assert result.exit_code == EXIT_OK, result.output
    assert BOX in result.stdout


def test_progress_on_a_terminal_keeps_stdout_clean() -> None:
    """With a terminal the progress display goes to stderr; --json stdout still parses."""
    env = {"TTY_COMPATIBLE": "1"}
    assert run("inspect", COURSE, env=env).exit_code == EXIT_OK
    result = run("inspect", COURSE, "--json", env=env)
    assert len(json_out(result)["traces"]) == 6  # type: ignore[index]


def test_inspect_jsonl_skips_bad_lines_and_keeps_the_rest(tmp_path: Path) -> None:
    """A JSONL file with two bad lines: six rows, and one 'skipped' line on stderr per bad line."""
    path = write_jsonl(tmp_path / "t.jsonl", course_payloads(), ("{not json", "[1, 2]"))
    result = run("inspect", path, "--json")
    assert result.exit_code == EXIT_OK, result.output
    out = json_out(result)
    assert len(out["traces"]) == 6 and out["loaded"] == 6 and out["skipped"] == 2  # type: ignore[index]
    assert [e["line"] for e in out["errors"]] == [7, 8]  # type: ignore[index]
    skipped = result.stderr.strip().splitlines()
    assert len(skipped) == 2 and all(line.startswith("llmops: skipped ") for line in skipped)
    assert "t.jsonl:7" in skipped[0] and "t.jsonl:8" in skipped[1]


def test_inspect_directory_skips_a_bad_file(tmp_path: Path) -> None:
    """A directory with one broken file: the good traces load and the broken one is named on stderr."""
    shutil.copy(HEALTHY, tmp_path / "good.json")
    (tmp_path / "broken.json").write_text('{"trace_id": 5}', encoding="utf-8")
    result = run("inspect", tmp_path, "--json")
    assert result.exit_code == EXIT_OK
    out = json_out(result)
    assert len(out["traces"]) == 1 and out["errors"][0]["field"] == "trace_id"  # type: ignore[index]
    assert "broken.json" in result.stderr and "trace_id" in result.stderr


def test_inspect_skips_a_duplicate_trace_id(tmp_path: Path) -> None:
    """A trace id seen twice is reported and loaded once, as load_traces does."""
    payload = trace_payload("dup-1")
    result = run("inspect", write_jsonl(tmp_path / "d.jsonl", [payload, payload]), "--json")
    assert result.exit_code == EXIT_OK
    assert len(json_out(result)["traces"]) == 1  # type: ignore[index]
    assert "duplicate trace id" in result.stderr


def test_inspect_streams_without_load_traces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """inspect reads through the streaming iterator, never the load-everything loader."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("load_traces holds every trace in memory; the CLI must stream")

    monkeypatch.setattr("llmops_kit.io.load_traces", refuse)
    result = run("inspect", write_jsonl(tmp_path / "t.jsonl", course_payloads()), "--json")
    assert result.exit_code == EXIT_OK, result.output


# ---- bad input: one clear line, exit 2 ------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["inspect"], ["diagnose"], ["metrics"], ["triage"], ["replay"], ["bulk-replay"], ["postmortem", "lint"],
     ["submission", "verify"]],
    ids=" ".join,
)
def test_missing_path_is_one_line_and_exit_2(command: list[str], tmp_path: Path) -> None:
    """A path that does not exist gives one 'llmops:' line naming it, exit 2, no traceback."""
    missing = tmp_path / "nope.json"
    result = run(*command, missing)
    assert_one_line_error(result)
    assert "nope.json" in result.stderr


@pytest.mark.parametrize("command", [["inspect"], ["diagnose"], ["metrics"], ["replay"]], ids=" ".join)
def test_bad_single_file_is_one_line_and_exit_2(command: list[str], tmp_path: Path) -> None:
    """A single unreadable trace file: its load error is the one line, exit 2."""
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run(*command, bad)
    assert_one_line_error(result)
    assert "bad.json" in result.stderr and "invalid JSON" in result.stderr


def test_directory_without_traces_is_exit_2(tmp_path: Path) -> None:
    """A directory with no trace files is bad input, said in one line."""
    assert_one_line_error(run("inspect", tmp_path))


def test_nothing_loadable_is_exit_2(tmp_path: Path) -> None:
    """A JSONL file whose every line is bad: the skipped lines, then a final line, exit 2."""
    path = write_jsonl(tmp_path / "bad.jsonl", [], ("{", "[]"))
    result = run("metrics", path)
    assert result.exit_code == EXIT_BAD_INPUT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3 and "no trace could be loaded" in lines[-1]
    assert "Traceback" not in result.output


def test_bad_contract_path_is_exit_2(tmp_path: Path) -> None:
    """--contract pointing nowhere is a library error: one line, exit 2."""
    assert_one_line_error(run("inspect", HEALTHY, "--contract", tmp_path / "none.json"))


def test_option_out_of_range_is_exit_2() -> None:
    """A temperature outside 0..2 is rejected before any work, with exit 2."""
    result = run("replay", WRONG_PROMPT, "--temperature", "7")
    assert result.exit_code == EXIT_BAD_INPUT
    assert "Traceback" not in result.output


# ---- diagnose, metrics, triage ------------------------------------------------------------------------


def test_diagnose_course_traces_exit_1_with_five_failure_codes() -> None:
    """diagnose on the course traces: one healthy, five distinct failure codes, exit 1."""
    result = run("diagnose", COURSE, "--json")
    assert result.exit_code == EXIT_FOUND
    data = json_out(result)
    assert data["traces"] == 6 and len(data["healthy"]) == 1  # type: ignore[index]
    fired = {f["code"] for f in data["findings"] if f["status"] == "fired"}  # type: ignore[index]
    assert fired == {"RETRIEVAL_MISMATCH", "WRONG_PROMPT_VERSION", "TOOL_TIMEOUT", "HALLUCINATION",
                     "LATENCY_SLA_BREACH"}


def test_diagnose_healthy_trace_exit_0() -> None:
    """diagnose on the healthy baseline finds nothing and exits 0."""
    result = run("diagnose", HEALTHY)
    assert result.exit_code == EXIT_OK, result.output
    assert "1 of 1 trace(s) healthy" in result.stdout


def test_metrics_course_traces_are_too_small_to_grade() -> None:
    """Six traces are below the contract's minimum window: values shown, nothing graded, exit 0."""
    result = run("metrics", COURSE, "--json")
    assert result.exit_code == EXIT_OK
    data = json_out(result)
    assert data["size"] == 6 and data["status"] == "too_small" and data["grades"] == {}  # type: ignore[index]
    assert data["values"]["latency_p95_ms"] > 0  # type: ignore[index]


def test_metrics_healthy_window_exit_0(healthy_window: Path) -> None:
    """A gradable healthy window is all green and exits 0."""
    result = run("metrics", healthy_window, "--json")
    assert result.exit_code == EXIT_OK, result.output
    data = json_out(result)
    assert data["status"] == "ok" and data["breaches"] == {}  # type: ignore[index]


@pytest.fixture(scope="module")
def timeout_window(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve requests, half with a timed-out tool call: tool success and failure rate breach their bounds.
    (Silent empty retrievals alone breach none: the contract has no bound on their share yet, a gap the drill
    names.)"""
    traces = generate_traffic(12, mix={"healthy": 0.5, "tool_timeout": 0.5}, seed=3)
    path = tmp_path_factory.mktemp("timeouts") / "window.jsonl"
    return write_jsonl(path, [t.model_dump(mode="json", exclude_none=True) for t in traces])


def test_metrics_failing_window_exit_1(timeout_window: Path) -> None:
    """A window where half the tool calls time out breaches and exits 1."""
    result = run("metrics", timeout_window)
    assert result.exit_code == EXIT_FOUND, result.output
    assert "critical" in result.stdout or "warning" in result.stdout


def test_triage_course_traces_is_an_incident() -> None:
    """triage on the course traces names a class and a severity, exit 1."""
    result = run("triage", COURSE, "--json")
    assert result.exit_code == EXIT_FOUND
    data = json_out(result)
    assert data["incident_class"] and data["severity"] and data["path"]  # type: ignore[index]


def test_triage_failing_window_against_baseline(failing_window: Path, healthy_window: Path) -> None:
    """Empty retrievals in half a window triage as RETRIEVAL_OUTAGE."""
    result = run("triage", failing_window, "--baseline", healthy_window)
    assert result.exit_code == EXIT_FOUND, result.output
    assert "RETRIEVAL_OUTAGE" in result.stdout


def test_triage_healthy_window_is_not_an_incident(healthy_window: Path) -> None:
    """A healthy window is not an incident: exit 0."""
    result = run("triage", healthy_window, "--json")
    assert result.exit_code == EXIT_OK, result.output
    assert json_out(result)["incident_class"] is None  # type: ignore[index]


# ---- replay ---------------------------------------------------------------------------------------------


def test_replay_wrong_prompt_with_v2_improves_quality() -> None:
    """Replaying trace-c with --prompt-version v2.0 swaps the version and raises the quality score."""
    result = run("replay", WRONG_PROMPT, "--prompt-version", "v2.0", "--backend", "simulator", "--json")
    assert result.exit_code == EXIT_OK, result.output
    rows = {r["field"]: r for r in json_out(result)}  # type: ignore[union-attr]
    assert rows["prompt_version"]["original"] == "v1.3" and rows["prompt_version"]["replayed"] == "v2.0"
    assert rows["backend"]["replayed"] == "simulator"
    assert rows["quality_score"]["replayed"] > rows["quality_score"]["original"]


def test_replay_save_writes_a_loadable_linked_trace(tmp_path: Path) -> None:
    """--save writes the replay as a trace that loads and names its parent."""
    target = tmp_path / "replayed.json"
    result = run("replay", WRONG_PROMPT, "--prompt-version", "v2.0", "--backend", "simulator", "--save", target)
    assert result.exit_code == EXIT_OK, result.output
    replayed = load_trace_record(target)
    assert replayed.metadata["replay"]["parent_trace_id"] == load_trace_record(WRONG_PROMPT).trace_id


def test_replay_unknown_prompt_version_is_one_line() -> None:
    """An unknown prompt version is the library's error in one line, exit 2."""
    result = run("replay", WRONG_PROMPT, "--prompt-version", "v9.9", "--backend", "simulator")
    assert_one_line_error(result)
    assert "v9.9" in result.stderr


def test_replay_of_a_directory_is_refused() -> None:
    """replay takes one file; a directory is bad input pointing at bulk-replay."""
    result = run("replay", COURSE)
    assert_one_line_error(result)
    assert "bulk-replay" in result.stderr


def test_replay_save_into_a_directory_is_one_line(tmp_path: Path) -> None:
    """An OS error while writing (the target is a directory) is one line, exit 2."""
    (tmp_path / "taken").mkdir()
    result = run("replay", WRONG_PROMPT, "--backend", "simulator", "--save", tmp_path / "taken")
    assert_one_line_error(result)


def test_bulk_replay_course_traces_json(tmp_path: Path) -> None:
    """bulk-replay --json gives one parseable row per trace; the exit code follows the pass column."""
    result = run("bulk-replay", COURSE, "--prompt-version", "v2.0", "--backend", "simulator", "--json")
    rows = json_out(result)
    assert isinstance(rows, list) and len(rows) == 6
    assert {r["verdict"] for r in rows} <= {"fixed", "not fixed", "inconclusive", "regressed", "healthy", "error"}
    assert result.exit_code == (EXIT_OK if all(r["passed"] for r in rows) else EXIT_FOUND)


def test_bulk_replay_nothing_loadable_is_exit_2(tmp_path: Path) -> None:
    """bulk-replay over a directory whose only file is broken: skipped line, then exit 2."""
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    result = run("bulk-replay", tmp_path, "--backend", "simulator")
    assert result.exit_code == EXIT_BAD_INPUT
    assert "broken.json" in result.stderr and "Traceback" not in result.output


# ---- drill, postmortem, submission, report ---------------------------------------------------------------


def test_drill_json_has_seven_stages() -> None:
    """drill --json runs the whole drill and prints its log as JSON."""
    result = run("drill", "--json", "--backend", "simulator")
    assert result.exit_code == EXIT_OK, result.output
    stages = json_out(result)["stages"]  # type: ignore[index]
    assert [s["number"] for s in stages] == list(range(1, 8))


def test_drill_unknown_failure_is_one_line() -> None:
    """An unknown failure name is the drill's own error, one line, exit 2."""
    assert_one_line_error(run("drill", "--failure", "meteor_strike"))


def test_postmortem_lint_shipped_postmortem_passes() -> None:
    """The shipped postmortem lints clean against its evidence traces: exit 0."""
    result = run("postmortem", "lint", POSTMORTEM, "--evidence", EVIDENCE)
    assert result.exit_code == EXIT_OK, result.output
    assert "PASS" in result.stdout


def test_postmortem_lint_broken_postmortem_exit_1(tmp_path: Path) -> None:
    """A postmortem cut to its first half fails the lint: exit 1, JSON lists the errors."""
    text = POSTMORTEM.read_text(encoding="utf-8")
    short = tmp_path / "short.md"
    short.write_text(text[: len(text) // 2], encoding="utf-8")
    result = run("postmortem", "lint", short, "--json")
    assert result.exit_code == EXIT_FOUND
    data = json_out(result)
    assert data["ok"] is False and any(i["level"] == "error" for i in data["issues"])  # type: ignore[index]


def test_submission_verify_rejects_a_non_zip(tmp_path: Path) -> None:
    """A file that is not a zip is reported as a problem (exit 1), not a crash."""
    fake = tmp_path / "Jane_Doe_LLM_Observability_Assignment2.zip"
    fake.write_bytes(b"not a zip")
    result = run("submission", "verify", fake, "--json")
    assert result.exit_code == EXIT_FOUND
    assert json_out(result)["ok"] is False  # type: ignore[index]


def test_submission_build_without_inputs_is_one_line(tmp_path: Path) -> None:
    """Building from a folder without the notebook and report is the library's error, one line, exit 2."""
    result = run("submission", "build", "--name", "Jane_Doe", "--root", tmp_path, "--out-dir", tmp_path)
    assert_one_line_error(result)


def test_report_builds_from_the_committed_outputs_and_strict_names_missing_figures(tmp_path: Path) -> None:
    """The report builds from the notebook's outputs; without its figures --strict refuses (exit 1, nothing built)."""
    for folder in ("outputs", "report", "screenshots"):  # typst reads only under one root: a project copy
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("*.pdf"))
    (tmp_path / "no-figures").mkdir()
    sources = ["--outputs-dir", tmp_path / "outputs", "--source", tmp_path / "report" / "report.typ", "--strict"]
    result = run("report", *sources, "--screenshots-dir", tmp_path / "screenshots", "--output", tmp_path / "r.pdf")
    assert result.exit_code == 0, result.output
    assert re.search(r"wrote .*r\.pdf \(\d pages\)", result.stdout)
    result = run("report", *sources, "--screenshots-dir", tmp_path / "no-figures", "--output", tmp_path / "s.pdf")
    assert result.exit_code == 1 and "missing" in result.stderr and ".png" in result.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_strict_report_refuses_more_than_six_pages(tmp_path: Path) -> None:
    """A report source grown past the brief's 6 pages builds, but --strict exits 1 and says why."""
    for folder in ("outputs", "report", "screenshots"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("*.pdf"))
    source = tmp_path / "report" / "report.typ"
    source.write_text(source.read_text(encoding="utf-8") + "\n#pagebreak()\nAppendix.\n", encoding="utf-8")
    result = run("report", "--outputs-dir", tmp_path / "outputs", "--source", source, "--screenshots-dir",
                 tmp_path / "screenshots", "--output", tmp_path / "r.pdf", "--author", "Ada_Lovelace", "--strict")
    assert result.exit_code == 1 and "7 pages" in result.stderr and "4-6" in result.stderr


def test_report_with_a_missing_source_is_one_line(tmp_path: Path) -> None:
    """report with a typst source that does not exist: one line, exit 2."""
    result = run("report", "--source", tmp_path / "none.typ", "--output", tmp_path / "r.pdf")
    assert_one_line_error(result)


# ---- other formats and documentation ----------------------------------------------------------------------


def test_inspect_reads_an_otlp_export_directory() -> None:
    """The loader's format sniffing reaches the CLI: a folder of OTLP exports inspects like native traces."""
    folder = ROOT / "tests" / "data" / "formats" / "otlp_genai"
    result = run("inspect", folder, "--json")
    assert result.exit_code == EXIT_OK, result.output
    assert len(json_out(result)) == len(list(folder.glob("*.json")))  # type: ignore[arg-type]


def _documented_items() -> list[tuple[str, str]]:
    group = get_command(app)
    items = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        leaves = getattr(command, "commands", None) or {"": command}
        for sub, leaf in leaves.items():
            full = f"{name} {sub}".strip()
            items.append((full, f"llmops {full}"))
            items.extend((full, opt) for p in leaf.params for opt in p.opts if opt.startswith("--"))
    return items


@pytest.mark.parametrize(("command", "item"), _documented_items())
def test_docs_cover_every_command_and_option(command: str, item: str) -> None:
    """docs/cli.md names every command and every long option (the help and the reference cannot drift)."""
    assert item in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8"), f"{command}: {item} is undocumented"

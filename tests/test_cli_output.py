"""How the CLI reports: a crash has its own exit code, --json is strict and counts every skip."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from llmops_kit.cli import EXIT_BAD_INPUT, EXIT_CRASH, EXIT_FOUND, EXIT_OK, app
from llmops_kit.cli.output import strict_json
from llmops_kit.testing import trace_payload

ROOT = Path(__file__).resolve().parent.parent
COURSE = ROOT / "traces" / "ch07_debug"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def strict_loads(text: str) -> Any:
    """json.loads that refuses NaN and Infinity, as jq and every non-Python parser do."""
    def refuse(token: str) -> None:
        raise ValueError(f"non-standard JSON constant {token}")

    return json.loads(text, parse_constant=refuse)


def test_exit_codes_are_distinct() -> None:
    """ok, found, bad input and crash are four different codes, so scripts can tell a bug from a finding."""
    assert len({EXIT_OK, EXIT_FOUND, EXIT_BAD_INPUT, EXIT_CRASH}) == 4


@pytest.mark.parametrize("command", ["inspect", "diagnose", "metrics", "triage"])
def test_a_crash_is_one_line_and_its_own_exit_code(command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception no command expected exits 70 with one 'internal error' line, not 1 and no traceback."""
    def explode(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    targets = (("llmops_kit.summary", "summary_table"), ("llmops_kit.diagnose", "diagnose"),
               ("llmops_kit.metrics", "trace_facts"), ("llmops_kit.parallel", "summary_rows"),
               ("llmops_kit.parallel", "diagnose_each"), ("llmops_kit.parallel", "fact_rows"))
    # import every module first: one imported while another's function is patched would bind the patch at
    # its own top level (``from .diagnose import diagnose``) and keep it after this test, run alone
    modules = {module: importlib.import_module(module) for module, _ in targets}
    for module, name in targets:
        monkeypatch.setattr(modules[module], name, explode)
    result = run(command, COURSE)
    assert result.exit_code == EXIT_CRASH, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("llmops: internal error: ZeroDivisionError: boom")
    assert "Traceback" not in result.output


def test_console_script_maps_a_stray_exception_to_the_crash_code(tmp_path: Path) -> None:
    """Through the real entry point (a child process) a crash is also one line and exit 70."""
    code = ("import llmops_kit.summary as s\n"
            "def boom(*a, **k):\n    raise KeyError('x')\n"
            "s.summary_table = boom\n"
            "import sys; sys.argv = ['llmops', 'inspect', sys.argv[1]]\n"
            "from llmops_kit.cli import main; main()\n")
    child = subprocess.run([sys.executable, "-c", code, str(COURSE)], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "COLUMNS": "200"}, check=False)
    assert child.returncode == EXIT_CRASH, child.stderr
    assert child.stderr.startswith("llmops: internal error: KeyError") and "Traceback" not in child.stderr


def test_strict_json_turns_non_finite_numbers_into_null() -> None:
    """NaN and infinities anywhere in the data become null; finite numbers are untouched."""
    data = {"a": float("inf"), "b": [1.5, float("nan"), {"c": -float("inf")}], "d": (2.0,)}
    assert strict_json(data) == {"a": None, "b": [1.5, None, {"c": None}], "d": [2.0]}


@pytest.mark.parametrize("command", ["inspect", "diagnose", "metrics", "triage"])
def test_json_output_is_strict_and_counts_loaded_and_skipped(command: str, tmp_path: Path) -> None:
    """Every reading command's --json parses strictly and carries loaded, skipped and the error list."""
    good = [trace_payload(f"t-{i}") for i in range(3)]
    bad = trace_payload("t-bad")
    bad["spans"][2]["cost_usd"] = 1e300
    path = tmp_path / "w.jsonl"
    lines = [json.dumps(p) for p in [*good, bad]] + ['{"trace_id": "t-inf", "cost": Infinity}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(command, path, "--json")
    assert result.exit_code in (EXIT_OK, EXIT_FOUND), result.output
    out = strict_loads(result.stdout)
    assert (out["loaded"], out["skipped"], out["errors_listed"]) == (3, 2, 2)
    assert [(e["line"], e["field"]) for e in out["errors"]] == [(4, "spans.2.cost_usd"), (5, "cost")]
    assert "max_cost_usd_per_call" in out["errors"][0]["message"]


def test_unreadable_folder_is_a_skipped_line_and_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that cannot be listed is reported on stderr and in --json, not passed over with exit 0 in silence."""
    (tmp_path / "a.json").write_text(json.dumps(trace_payload("t-a")), encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("inspect", tmp_path, "--json")
    assert result.exit_code == EXIT_OK
    out = strict_loads(result.stdout)
    assert out["loaded"] == 1 and out["skipped"] == 1 and "locked" in out["errors"][0]["source"]
    assert "llmops: skipped" in result.stderr and "folder could not be read" in result.stderr


def test_warnings_are_printed_and_listed(tmp_path: Path) -> None:
    """A value kept with a doubt (relevance on another scale) is a warning line and in --json warnings."""
    payload = json.loads((ROOT / "tests/data/formats/otlp_openinference/healthy.json").read_text())
    for span in payload["resourceSpans"][0]["scopeSpans"][0]["spans"]:
        for attr in span["attributes"]:
            if attr["key"] == "retrieval.documents.0.document.score":
                attr["value"] = {"doubleValue": 7.5}
    (tmp_path / "otlp.json").write_text(json.dumps(payload), encoding="utf-8")
    result = run("diagnose", tmp_path, "--json")
    out = strict_loads(result.stdout)
    assert out["loaded"] == 1 and out["warnings"][0]["field"] == "spans.1.documents.0.score"
    assert "llmops: warning:" in result.stderr
    assert any(f["code"] == "RETRIEVAL_MISMATCH" and f["status"] == "not_evaluable" for f in out["findings"])

"""The toolkit stands apart from the course layer: importing it pulls in no course-only dependency."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

COURSE_ONLY = ("typst", "pypdf", "nbclient", "nbconvert", "nbformat", "ipykernel", "llmops_kit.course")


def _modules_after(code: str) -> set[str]:
    """The top-level modules a fresh interpreter has loaded after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


@pytest.mark.parametrize(
    "code",
    [
        "import llmops_kit",
        "import llmops_kit.cli",
        "from llmops_kit import diagnose, triage, load_traces, compute_metrics, replay_trace, lint_postmortem",
    ],
)
def test_the_toolkit_imports_no_course_dependency(code: str) -> None:
    """import llmops_kit (and its CLI and main functions) loads none of typst, pypdf, nbclient, nbformat ..."""
    loaded = _modules_after(code)
    assert not [name for name in COURSE_ONLY if name in loaded]


def test_the_course_package_itself_imports_no_heavy_dependency() -> None:
    """import llmops_kit.course is cheap too: its modules load only when a name is used."""
    loaded = _modules_after("import llmops_kit.course")
    assert not [name for name in COURSE_ONLY[:-1] if name in loaded]


def test_report_without_typst_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without the course extra, building the report fails with a ReportError naming the extra."""
    from llmops_kit.course.report import build_report
    from llmops_kit.errors import ReportError

    monkeypatch.setitem(sys.modules, "typst", None)  # makes `import typst` raise ImportError
    with pytest.raises(ReportError, match=r"\[course\]"):
        build_report(tmp_path / "report.pdf")


def test_traffic_drill_and_dashboard_errors_join_the_one_tree() -> None:
    """TrafficError, DrillError and DashboardError live in llmops_kit.errors under LlmopsError, re-exported."""
    from llmops_kit import errors, traffic
    from llmops_kit.course import dashboard, drill, drill_failures

    for cls in (errors.TrafficError, errors.DrillError, errors.DashboardError):
        assert issubclass(cls, errors.LlmopsError)
    assert traffic.TrafficError is errors.TrafficError
    assert drill.DrillError is drill_failures.DrillError is errors.DrillError
    assert dashboard.DashboardError is errors.DashboardError


def test_cli_report_without_the_course_extra_is_one_line_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """`llmops report` without pypdf/typst exits 2 with one line that says to install the course extra."""
    from typer.testing import CliRunner

    from llmops_kit.cli import EXIT_BAD_INPUT, app

    monkeypatch.setitem(sys.modules, "pypdf", None)
    result = CliRunner().invoke(app, ["report"])
    assert result.exit_code == EXIT_BAD_INPUT
    assert "pip install -e '.[course]'" in result.output
    assert "Traceback" not in result.output

"""The hand-in zip: its name, its layout, its determinism, and the verifier that checks it."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

import nbformat
import pytest
from pypdf import PdfWriter
from typer.testing import CliRunner

from llmops_kit.cli import app
from llmops_kit.course.submission import (
    NAME_ENV,
    build_submission,
    check_name,
    verify_submission,
)
from llmops_kit.errors import SubmissionError

REPO = Path(__file__).resolve().parent.parent


def executed_notebook(tasks: Iterable[int] = range(1, 7), error: bool = False) -> nbformat.NotebookNode:
    """A small executed notebook with one section per task."""
    notebook = nbformat.v4.new_notebook()
    count = 0
    for number in tasks:
        notebook.cells.append(nbformat.v4.new_markdown_cell(f"## Task {number}: section\n\nText."))
        count += 1
        cell = nbformat.v4.new_code_cell(f"print({number})", execution_count=count)
        cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=f"{number}\n")]
        notebook.cells.append(cell)
    if error:
        bad = nbformat.v4.new_code_cell("1/0", execution_count=count + 1)
        bad.outputs = [nbformat.v4.new_output("error", ename="ZeroDivisionError", evalue="division by zero",
                                              traceback=[])]
        notebook.cells.append(bad)
    return notebook


def write_pdf(path: Path, pages: int) -> None:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    with path.open("wb") as handle:
        writer.write(handle)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository-shaped folder holding everything the zip needs, all of it valid."""
    root = tmp_path / "repo"
    (root / "report").mkdir(parents=True)
    (root / "screenshots").mkdir()
    nbformat.write(executed_notebook(), root / "notebook.ipynb")
    (root / "postmortem_INC-2025-007.md").write_text(
        (REPO / "postmortem_INC-2025-007.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    write_pdf(root / "report" / "report.pdf", 5)
    (root / "screenshots" / "triage_tree.png").write_bytes(b"\x89PNG fake")
    (root / "screenshots" / ".DS_Store").write_bytes(b"junk")
    return root


def rezip(source: Path, target: Path, *, drop: str | None = None, replace: dict[str, bytes] | None = None) -> Path:
    """Copy a zip, leaving out or replacing entries."""
    replace = replace or {}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            if info.filename == drop:
                continue
            dst.writestr(info, replace.get(info.filename, src.read(info.filename)))
    return target


def test_build_names_zip_after_student(project: Path, tmp_path: Path) -> None:
    """The zip is named <Name>_LLM_Observability_Assignment2.zip."""
    path = build_submission("Jane_Doe", tmp_path / "out", root=project)
    assert path.name == "Jane_Doe_LLM_Observability_Assignment2.zip"


def test_build_layout(project: Path, tmp_path: Path) -> None:
    """The zip holds the three deliverables at its root and the screenshots folder, without hidden files."""
    path = build_submission("Jane_Doe", tmp_path, root=project)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert names == sorted(names)
    assert set(names) == {"notebook.ipynb", "postmortem_INC-2025-007.md", "report.pdf", "screenshots/",
                          "screenshots/triage_tree.png"}


def test_build_ships_what_the_notebook_needs_to_run_again(project: Path, tmp_path: Path) -> None:
    """The package, traces and install files go beside the deliverables; caches and hidden files do not, and
    the package's offline placeholder key is not mistaken for a secret."""
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (project / "llmops_kit" / "__pycache__").mkdir(parents=True)
    (project / "llmops_kit" / "__init__.py").write_text('KEY = "sk-simulator-offline-no-key"\n', encoding="utf-8")
    (project / "llmops_kit" / "__pycache__" / "x.cpython-312.pyc").write_bytes(b"\0")
    (project / "traces").mkdir()
    (project / "traces" / "t.json").write_text("{}", encoding="utf-8")
    path = build_submission("Jane_Doe", tmp_path, root=project)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
    assert {"pyproject.toml", "llmops_kit/__init__.py", "traces/t.json"} <= names
    assert not any("__pycache__" in n for n in names)
    assert not any("API key" in p for p in verify_submission(path).problems)
    (tmp_path / "leaked").mkdir()
    leaked = rezip(path, tmp_path / "leaked" / path.name,
                   replace={"llmops_kit/__init__.py": b'KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz123"\n'})
    assert any("API key" in p for p in verify_submission(leaked).problems)


def test_build_is_deterministic(project: Path, tmp_path: Path) -> None:
    """Building twice from the same files gives byte-identical zips."""
    first = build_submission("Jane_Doe", tmp_path / "a", root=project).read_bytes()
    (project / "notebook.ipynb").touch()
    second = build_submission("Jane_Doe", tmp_path / "b", root=project).read_bytes()
    assert first == second


def test_build_takes_name_from_environment(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a name argument the environment variable names the zip."""
    monkeypatch.setenv(NAME_ENV, "Ada_Lovelace")
    assert build_submission(out_dir=tmp_path, root=project).name.startswith("Ada_Lovelace_")


def test_build_without_name_fails(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No argument and no environment variable is a SubmissionError that names the variable."""
    monkeypatch.delenv(NAME_ENV, raising=False)
    with pytest.raises(SubmissionError, match=NAME_ENV):
        build_submission(out_dir=tmp_path, root=project)


@pytest.mark.parametrize("name", ["Jane/Doe", "Jane Doe", "a:b", "x*y", "..", "-rf", "Ja\nne", 'q"uote'])
def test_bad_name_characters_rejected(name: str) -> None:
    """Names with characters that break file names are refused with the reason."""
    with pytest.raises(SubmissionError, match=r"cannot be used in a file name"):
        check_name(name)


@pytest.mark.parametrize("name", ["Jane_Doe", "José-García", "A.B", "student42"])
def test_good_names_accepted(name: str) -> None:
    """Letters (any script), digits, '_', '-' and '.' are accepted."""
    assert check_name(name) == name


def test_build_without_report_fails(project: Path, tmp_path: Path) -> None:
    """A missing deliverable stops the build and says how to produce it."""
    (project / "report" / "report.pdf").unlink()
    with pytest.raises(SubmissionError, match=r"report/report\.pdf.*make run"):
        build_submission("Jane_Doe", tmp_path, root=project)


def test_verify_passes_good_zip(project: Path, tmp_path: Path) -> None:
    """A zip built from valid files verifies with no problems and counts the report's pages."""
    result = verify_submission(build_submission("Jane_Doe", tmp_path, root=project))
    assert result.problems == []
    assert result.ok
    assert result.report_pages == 5


def test_verify_reports_missing_entry(project: Path, tmp_path: Path) -> None:
    """A zip without the postmortem fails and names the entry."""
    good = build_submission("Jane_Doe", tmp_path, root=project)
    (tmp_path / "x").mkdir()
    broken = rezip(good, tmp_path / "x" / good.name, drop="postmortem_INC-2025-007.md")
    result = verify_submission(broken)
    assert not result.ok
    assert any("/postmortem_INC-2025-007.md is missing" in p for p in result.problems)


def test_verify_reports_error_output(project: Path, tmp_path: Path) -> None:
    """A notebook with an error output fails verification, naming the exception."""
    nbformat.write(executed_notebook(error=True), project / "notebook.ipynb")
    result = verify_submission(build_submission("Jane_Doe", tmp_path, root=project))
    assert any("ZeroDivisionError" in p for p in result.problems)


def test_verify_reports_unexecuted_notebook(project: Path, tmp_path: Path) -> None:
    """A notebook whose code cells never ran fails verification."""
    notebook = executed_notebook()
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.execution_count, cell.outputs = None, []
    nbformat.write(notebook, project / "notebook.ipynb")
    result = verify_submission(build_submission("Jane_Doe", tmp_path, root=project))
    assert any("was not executed" in p for p in result.problems)


def test_verify_reports_missing_section(project: Path, tmp_path: Path) -> None:
    """A notebook without a '## Task 4' heading fails and names the section."""
    nbformat.write(executed_notebook(tasks=(1, 2, 3, 5, 6)), project / "notebook.ipynb")
    result = verify_submission(build_submission("Jane_Doe", tmp_path, root=project))
    assert [p for p in result.problems if "Task" in p] == ["notebook.ipynb has no section heading '## Task 4'."]


def test_verify_reports_bad_zip_name(project: Path, tmp_path: Path) -> None:
    """A zip whose name carries a character that breaks file names fails verification."""
    good = build_submission("Jane_Doe", tmp_path, root=project)
    renamed = good.rename(tmp_path / "Jane Doe_LLM_Observability_Assignment2.zip")
    assert any("cannot be used in a file name" in p for p in verify_submission(renamed).problems)


def test_verify_reports_report_page_count(project: Path, tmp_path: Path) -> None:
    """A report outside 4-6 pages fails verification with its page count."""
    write_pdf(project / "report" / "report.pdf", 9)
    result = verify_submission(build_submission("Jane_Doe", tmp_path, root=project))
    assert "report.pdf has 9 pages; the brief asks for 4-6." in result.problems


def test_verify_reports_failing_postmortem(project: Path, tmp_path: Path) -> None:
    """A postmortem the linter rejects fails verification."""
    (project / "postmortem_INC-2025-007.md").write_text("# Postmortem\n\nTo be written.\n", encoding="utf-8")
    result = verify_submission(build_submission("Jane_Doe", tmp_path, root=project))
    assert any(p.startswith("postmortem_INC-2025-007.md") for p in result.problems)


def test_verify_checks_cited_evidence(project: Path, tmp_path: Path) -> None:
    """With the evidence traces the postmortem cites, the linter's recomputed values agree."""
    zip_path = build_submission("Jane_Doe", tmp_path, root=project)
    assert verify_submission(zip_path, evidence_dir=REPO / "traces" / "inc_2025_007").problems == []


def test_verify_reports_evidence_mismatch(project: Path, tmp_path: Path) -> None:
    """Against a trace set that does not hold the cited traces, verification fails."""
    zip_path = build_submission("Jane_Doe", tmp_path, root=project)
    problems = verify_submission(zip_path, evidence_dir=REPO / "traces" / "ch07_debug").problems
    assert any("unknown-trace" in p for p in problems)


def test_verify_reports_absolute_path_in_outputs(project: Path, tmp_path: Path) -> None:
    """A notebook output that leaks a machine path fails verification."""
    notebook = executed_notebook()
    notebook.cells[1].outputs[0].text = "loaded /home/jane/repo/traces\n"
    nbformat.write(notebook, project / "notebook.ipynb")
    result = verify_submission(build_submission("Jane_Doe", tmp_path, root=project))
    assert any("absolute machine path" in p for p in result.problems)


def test_verify_reports_api_key(project: Path, tmp_path: Path) -> None:
    """Something shaped like an OpenAI key anywhere in a text entry fails verification."""
    good = build_submission("Jane_Doe", tmp_path, root=project)
    (tmp_path / "x").mkdir()
    leaked = rezip(good, tmp_path / "x" / good.name,
                   replace={"postmortem_INC-2025-007.md": b"key: sk-" + b"a1" * 16 + b"\n"})
    assert any("API key" in p for p in verify_submission(leaked).problems)


def test_verify_reports_corrupt_zip(tmp_path: Path) -> None:
    """A file that is not a zip is reported, not raised."""
    path = tmp_path / "Jane_Doe_LLM_Observability_Assignment2.zip"
    path.write_bytes(b"not a zip")
    assert any("not a readable zip" in p for p in verify_submission(path).problems)


def test_verify_missing_file_raises(tmp_path: Path) -> None:
    """Verifying a path that does not exist is a SubmissionError."""
    with pytest.raises(SubmissionError, match="does not exist"):
        verify_submission(tmp_path / "nope.zip")


def llmops(*args: str | Path) -> tuple[int, str, str]:
    """Run ``llmops`` in-process: exit code, stdout, stderr."""
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_build_then_verify(project: Path, tmp_path: Path) -> None:
    """`llmops submission build` writes and verifies the zip, exit code 0; `verify` on it agrees."""
    code, out, _ = llmops("submission", "build", "--name", "Jane_Doe", "--out-dir", tmp_path, "--root", project)
    assert code == 0 and "OK" in out
    code, out, _ = llmops("submission", "verify", tmp_path / "Jane_Doe_LLM_Observability_Assignment2.zip")
    assert code == 0 and "OK" in out


def test_cli_bad_name_exit_code(project: Path, tmp_path: Path) -> None:
    """A bad name is one clean error line and exit code 2."""
    code, _, err = llmops("submission", "build", "--name", "Jane/Doe", "--out-dir", tmp_path, "--root", project)
    assert code == 2
    assert err.startswith("llmops: Student name") and err.count("\n") == 1

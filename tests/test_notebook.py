"""The notebook as a grader runs it: headless, from a clean copy, error-free, reproducible, section by section.

Every execution happens in a temporary copy of the repository (without outputs/), so the tests never
touch the committed outputs and prove the notebook regenerates them.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jupytext
import nbformat
import pytest

from llmops_kit.course.notebook_run import AUTHOR_PREFIX, error_outputs, execute_notebook, set_author
from llmops_kit.course.report import build_report, missing_outputs
from llmops_kit.course.submission import build_submission, verify_submission

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "notebook_src"
STATUS_LINES = ("System status: HEALTHY ✓", "System status: RECOVERED ✓")
TEXT_MIME = ("text/plain", "text/html", "text/markdown", "application/json")
COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", ".venv-min", "__pycache__", ".pytest_cache", ".ruff_cache", "*.egg-info", "*.zip", "outputs",
    "bench",
)


def _assemble() -> nbformat.NotebookNode:
    spec = importlib.util.spec_from_file_location("build_notebook", REPO / "tools" / "build_notebook.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.assemble()


def _section_files() -> list[Path]:
    return sorted(SOURCES.glob("*.py"))


def _cells_of(path: Path) -> list[nbformat.NotebookNode]:
    return list(jupytext.read(path, fmt="py:percent").cells)


def _notebook_of(*paths: Path) -> nbformat.NotebookNode:
    """A notebook holding the cells of the given section files, in order."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}
    for path in paths:
        for cell in _cells_of(path):
            cell.metadata = {}
            cell.pop("id", None)
            notebook.cells.append(cell)
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index:03d}"
    return notebook


def _copy_repo(target: Path) -> Path:
    shutil.copytree(REPO, target, ignore=COPY_IGNORE)
    (target / "outputs").mkdir()
    return target


def _run(notebook: nbformat.NotebookNode, workdir: Path, name: str = "run.ipynb") -> nbformat.NotebookNode:
    path = workdir / name
    nbformat.write(notebook, path)
    return execute_notebook(path, timeout=300)


def _comparable(cell: nbformat.NotebookNode) -> list[Any]:
    """A cell's outputs without execution counts, metadata or images (PNG bytes vary with the font stack).

    Consecutive stream outputs are joined: the kernel may deliver one print() as one or two chunks.
    """
    found: list[Any] = []
    for out in cell.get("outputs", []):
        kind = out.get("output_type")
        if kind == "stream":
            if found and found[-1][0] == "stream" and found[-1][1] == out.get("name"):
                found[-1] = ("stream", out.get("name"), found[-1][2] + out.get("text", ""))
            else:
                found.append(("stream", out.get("name"), out.get("text", "")))
        elif kind in ("display_data", "execute_result"):
            data = out.get("data", {})
            found.append((kind, {m: data[m] for m in TEXT_MIME if m in data}, sorted(data)))
        elif kind == "error":
            found.append(("error", out.get("ename"), out.get("evalue")))
    return found


def _stdout(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for cell in notebook.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out.get("text", ""))
            elif out.get("output_type") in ("display_data", "execute_result"):
                parts.append(out.get("data", {}).get("text/plain", ""))
    return "".join(parts)


def _section_id(path: Path) -> str:
    return path.stem


# --- not slow: the committed notebook is what notebook_src/ assembles ---------------------------------------


def _cells_but_author(notebook: nbformat.NotebookNode) -> list[tuple[str, str]]:
    """Each cell's type and source, with the title's Author line blanked: `make run` writes the name there."""
    author_line = re.compile(rf"(?m)^{re.escape(AUTHOR_PREFIX)}.*$")
    return [(c.cell_type, author_line.sub(AUTHOR_PREFIX, c.source)) for c in notebook.cells]


def test_committed_notebook_matches_sources() -> None:
    """notebook.ipynb's cells (type and source) are exactly what tools/build_notebook.py assembles.

    Only the Author line may differ, so `make test` passes after `make run STUDENT=...` too.
    """
    committed = nbformat.read(REPO / "notebook.ipynb", as_version=4)
    assert _cells_but_author(committed) == _cells_but_author(_assemble())


def test_a_named_notebook_still_matches_sources() -> None:
    """The check above survives the name `make run` writes, and still catches any other edit."""
    named = set_author(_assemble(), "Ada_Lovelace")
    assert _cells_but_author(named) == _cells_but_author(_assemble())
    named.cells[1].source += " edited"
    assert _cells_but_author(named) != _cells_but_author(_assemble())


# --- slow: the whole notebook, once, in a clean copy --------------------------------------------------------


@pytest.fixture(scope="module")
def full_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, nbformat.NotebookNode]]:
    """The committed notebook executed headless in a clean copy of the repository."""
    workdir = _copy_repo(tmp_path_factory.mktemp("full") / "repo")
    yield workdir, execute_notebook(workdir / "notebook.ipynb", timeout=300)


@pytest.mark.slow
def test_full_notebook_has_no_error_outputs(full_run: tuple[Path, nbformat.NotebookNode]) -> None:
    """Executing the whole notebook leaves no error output in any cell."""
    assert error_outputs(full_run[1]) == []


@pytest.mark.slow
@pytest.mark.parametrize("line", STATUS_LINES)
def test_drill_prints_status_lines(full_run: tuple[Path, nbformat.NotebookNode], line: str) -> None:
    """The drill prints the brief's healthy and recovered status lines."""
    assert line in _stdout(full_run[1])


@pytest.mark.slow
def test_outputs_carry_no_machine_path(full_run: tuple[Path, nbformat.NotebookNode]) -> None:
    """No output mentions the folder the notebook ran in."""
    workdir, notebook = full_run
    text = nbformat.writes(notebook)
    assert str(workdir) not in text
    assert str(workdir.resolve()) not in text


@pytest.mark.slow
def test_committed_outputs_are_reproduced(full_run: tuple[Path, nbformat.NotebookNode]) -> None:
    """Re-executing gives the outputs committed in notebook.ipynb (so the committed one is the executed one)."""
    committed = nbformat.read(REPO / "notebook.ipynb", as_version=4)
    fresh = full_run[1]
    differing = [
        i for i, (old, new) in enumerate(zip(committed.cells, fresh.cells, strict=True))
        if _comparable(old) != _comparable(new)
    ]
    assert differing == [], f"cells whose outputs differ from the committed notebook: {differing}"


@pytest.mark.slow
def test_fresh_run_builds_report_and_verified_zip(full_run: tuple[Path, nbformat.NotebookNode]) -> None:
    """From a fresh execution: the report has every table it needs and the zip verifies."""
    workdir = full_run[0]
    assert missing_outputs(workdir / "outputs", source=workdir / "report" / "report.typ",
                           screenshots_dir=workdir / "screenshots") == []
    build_report(workdir / "report" / "report.pdf", workdir / "outputs", source=workdir / "report" / "report.typ",
                 screenshots_dir=workdir / "screenshots")
    result = verify_submission(build_submission("Test_Student", workdir / "dist", root=workdir))
    assert result.problems == []


# --- slow: each section alone after setup -----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("section", _section_files()[1:], ids=_section_id)
def test_section_runs_alone_with_same_outputs(
    section: Path, full_run: tuple[Path, nbformat.NotebookNode], tmp_path: Path
) -> None:
    """Setup + this section alone runs error-free and prints what it prints inside the full notebook."""
    files = _section_files()
    alone = _run(_notebook_of(files[0], section), _copy_repo(tmp_path / "repo"))
    assert error_outputs(alone) == []
    start = sum(len(_cells_of(p)) for p in files[: files.index(section)])
    in_full = full_run[1].cells[start : start + len(_cells_of(section))]
    alone_section = alone.cells[len(_cells_of(files[0])) :]
    assert [_comparable(c) for c in alone_section] == [_comparable(c) for c in in_full]


@pytest.mark.slow
def test_section_twice_gives_identical_outputs(tmp_path: Path) -> None:
    """Executing setup + the replay section twice gives identical outputs, files included (no clock, seeded)."""
    files = _section_files()
    section = next((p for p in files if "## Task 2" in p.read_text(encoding="utf-8")), files[-1])
    runs = []
    for attempt in ("a", "b"):
        workdir = _copy_repo(tmp_path / attempt)
        notebook = _run(_notebook_of(files[0], section), workdir)
        written = {p.relative_to(workdir).as_posix(): p.read_bytes() for p in sorted((workdir / "outputs").rglob("*"))
                   if p.is_file()}
        runs.append(([_comparable(c) for c in notebook.cells], written))
    assert runs[0][0] == runs[1][0]
    assert runs[0][1] == runs[1][1]

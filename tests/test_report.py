"""The typst report: it builds from whatever outputs exist, reads its tables from them, and stays 4-6 pages."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from pypdf import PdfReader

from llmops_kit.course.report import build_report, missing_outputs
from llmops_kit.errors import LlmopsError

REPO = Path(__file__).resolve().parent.parent
KEY_TABLES = (
    "task1_trace_summary.csv",
    "task1_severity_ranking.csv",
    "task2_experiment1.csv",
    "task2_experiment2.csv",
    "task2_bulk_replay.csv",
    "task4_breaker_simulation_summary.csv",
    "task3_classification.csv",
    "task3_triage_tree.txt",
    "task4_breaker_design.csv",
    "task5_postmortem_lint.txt",
    "task6_drill_log.txt",
    "task6_drill_metrics.csv",
)
HEADINGS = ("Approach", "Task 1", "Task 2", "Task 3", "Task 4", "Task 5", "Task 6", "Key learnings",
            "Reflection", "Design rationale", "Replays were simulated")


def pdf_text(path: Path) -> str:
    """All text of a PDF with whitespace collapsed and wrap points removed, so wrapped table cells still match."""
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages).replace("\u200b", "")
    return re.sub(r"\s+", " ", text)


def notebook_executed() -> bool:
    path = REPO / "notebook.ipynb"
    if not path.is_file():
        return False
    cells = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code" and c.source.strip()]
    return bool(cells) and all(c.get("execution_count") is not None for c in cells)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with a copy of report/ and empty outputs/ and screenshots/."""
    shutil.copytree(REPO / "report", tmp_path / "report", ignore=shutil.ignore_patterns("*.pdf"))
    (tmp_path / "outputs").mkdir()
    (tmp_path / "screenshots").mkdir()
    return tmp_path


def build(project: Path, **kwargs: str) -> Path:
    return build_report(project / "out.pdf", project / "outputs", source=project / "report" / "report.typ",
                        screenshots_dir=project / "screenshots", **kwargs)


def test_missing_outputs_show_placeholders(project: Path) -> None:
    """With no outputs at all the report still builds and names each missing file in the PDF."""
    text = pdf_text(build(project))
    assert "missing: task1_trace_summary.csv" in text
    assert "task4_breaker_design.csv" in missing_outputs(project / "outputs", source=project / "report" / "report.typ",
                                                         screenshots_dir=project / "screenshots")


def test_table_is_read_from_outputs(project: Path) -> None:
    """A value written to the Task 1 CSV appears in the PDF and the file is no longer reported missing."""
    (project / "outputs" / "task1_trace_summary.csv").write_text(
        "trace_id,query,diagnosis\nprobe-zq9,Where is my order?,Healthy\n", encoding="utf-8"
    )
    assert "probe-zq9" in pdf_text(build(project))
    missing = missing_outputs(project / "outputs", source=project / "report" / "report.typ",
                              screenshots_dir=project / "screenshots")
    assert "task1_trace_summary.csv" not in missing


def test_build_is_deterministic(project: Path) -> None:
    """Two builds from the same files give byte-identical PDFs (no dates, no system fonts)."""
    first = build(project).read_bytes()
    assert build(project).read_bytes() == first


def test_author_from_argument(project: Path) -> None:
    """The author's name (underscores as spaces) is on the title block."""
    assert "Ada Lovelace" in pdf_text(build(project, author="Ada_Lovelace"))


def test_states_replays_are_simulated(project: Path) -> None:
    """The report says plainly that replays were simulated and how to run them for real."""
    text = pdf_text(build(project))
    assert "Replays were simulated" in text
    assert "OPENAI_API_KEY" in text


def test_missing_source_is_an_error(tmp_path: Path) -> None:
    """A report source that does not exist is an LlmopsError naming it."""
    with pytest.raises(LlmopsError, match=r"nope\.typ does not exist"):
        build_report(tmp_path / "x.pdf", tmp_path, source=tmp_path / "nope.typ", screenshots_dir=tmp_path)


# --- the real report, built from the repository's outputs ------------------------------------------------

needs_outputs = pytest.mark.skipif(not notebook_executed(), reason="notebook.ipynb not executed yet (run `make run`)")


@pytest.fixture(scope="module")
def repo_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report built from the committed outputs into a temporary file, named as `make run` names it (an
    author line on the title block takes room: the page count must hold with it)."""
    return build_report(tmp_path_factory.mktemp("report") / "report.pdf", REPO / "outputs",
                        source=REPO / "report" / "report.typ", screenshots_dir=REPO / "screenshots",
                        author="Maria_Fernanda_Gonzalez_Rodriguez")


@needs_outputs
def test_repo_report_has_no_placeholders() -> None:
    """Once the notebook has run, every file the report reads exists."""
    assert missing_outputs(REPO / "outputs", source=REPO / "report" / "report.typ",
                           screenshots_dir=REPO / "screenshots") == []


@needs_outputs
@pytest.mark.parametrize("name", KEY_TABLES)
def test_repo_key_tables_exist(name: str) -> None:
    """The output samples the brief asks for were written by the notebook."""
    assert (REPO / "outputs" / name).is_file()


@needs_outputs
def test_repo_report_page_count(repo_pdf: Path) -> None:
    """The brief asks for 4-6 pages."""
    assert 4 <= len(PdfReader(repo_pdf).pages) <= 6


@needs_outputs
@pytest.mark.parametrize("heading", HEADINGS)
def test_repo_report_headings(repo_pdf: Path, heading: str) -> None:
    """Every part the brief asks for has its heading."""
    assert heading in pdf_text(repo_pdf)


@needs_outputs
def test_repo_report_shows_trace_table(repo_pdf: Path) -> None:
    """Every trace id of the Task 1 summary table appears in the report (ids may wrap inside their cell)."""
    with (REPO / "outputs" / "task1_trace_summary.csv").open(encoding="utf-8") as handle:
        ids = [row["trace_id"] for row in csv.DictReader(handle)]
    text = pdf_text(repo_pdf).replace(" ", "")
    assert len(ids) == 6
    assert [i for i in ids if i not in text] == []


@needs_outputs
def test_repo_report_shows_breaker_table(repo_pdf: Path) -> None:
    """All five incident classes of the breaker design table appear in the report."""
    text = pdf_text(repo_pdf).replace(" ", "")
    classes = ("RETRIEVAL_OUTAGE", "QUALITY_DEGRADATION", "PERFORMANCE_DEGRADATION", "COST_SPIKE", "DATA_INCIDENT")
    assert [c for c in classes if c not in text] == []


def read_rows(name: str) -> list[dict[str, str]]:
    with (REPO / "outputs" / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@needs_outputs
def test_repo_report_shows_classification(repo_pdf: Path) -> None:
    """Each of the eight scenarios appears with the class the triage function gave it."""
    text = pdf_text(repo_pdf).replace(" ", "")
    rows = read_rows("task3_classification.csv")
    assert [r["scenario"] for r in rows] == [f"S{i}" for i in range(1, 9)]
    assert [r["scenario"] for r in rows if (r["scenario"] + r["incident class"]).replace(" ", "") not in text] == []


@needs_outputs
def test_repo_report_shows_drill(repo_pdf: Path) -> None:
    """The drill's stage table and its status lines are in the report."""
    text = pdf_text(repo_pdf)
    stages = read_rows("task6_drill_metrics.csv")
    assert [s["name"] for s in stages if f"{s['stage']} {s['name']} {s['system_status']}" not in text] == []
    assert "System status: HEALTHY ✓" in text
    assert "System status: RECOVERED ✓" in text


@needs_outputs
def test_committed_report_is_current(tmp_path: Path) -> None:
    """report/report.pdf is byte for byte what the current outputs build (else rerun `make run`)."""
    committed = REPO / "report" / "report.pdf"
    assert committed.is_file()
    author = (PdfReader(committed).metadata or {}).get("/Author", "")
    fresh = build_report(tmp_path / "report.pdf", REPO / "outputs", source=REPO / "report" / "report.typ",
                         screenshots_dir=REPO / "screenshots", author=str(author))
    assert committed.read_bytes() == fresh.read_bytes()

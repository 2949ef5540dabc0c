"""Build the hand-in zip and check a zip before it is handed in.

The brief fixes the name, ``<YourName>_LLM_Observability_Assignment2.zip``, and the layout::

    /notebook.ipynb
    /postmortem_INC-2025-007.md
    /report.pdf
    /screenshots/...

plus, when present, what the notebook needs to run again (``PROJECT_PATHS``: the package, the traces, the
runbooks, the outputs and the files that install them).

``build_submission`` writes that zip deterministically (fixed timestamps and permissions, sorted
entries), so building twice from the same files gives the same bytes. ``verify_submission`` opens a
zip and lists every problem a grader would hit: a missing entry, a notebook that was never executed or
stopped on an error, a missing task section, a postmortem the linter rejects, a report outside 4-6
pages. The library never prints; ``llmops submission build|verify`` is the command.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

import nbformat
from pydantic import BaseModel, Field

from llmops_kit.atomic import atomic_open
from llmops_kit.errors import LlmopsError, SubmissionError

NAME_ENV = "LLMOPS_STUDENT_NAME"
ZIP_SUFFIX = "_LLM_Observability_Assignment2.zip"
NOTEBOOK = "notebook.ipynb"
POSTMORTEM = "postmortem_INC-2025-007.md"
REPORT = "report.pdf"
SCREENSHOTS = "screenshots/"
REQUIRED_ENTRIES = (NOTEBOOK, POSTMORTEM, REPORT)
TASK_SECTIONS = tuple(range(1, 7))
REPORT_PAGES = (4, 6)

# Where each entry comes from, relative to the repository root.
SOURCES = {NOTEBOOK: "notebook.ipynb", POSTMORTEM: "postmortem_INC-2025-007.md", REPORT: "report/report.pdf"}
#: What the notebook imports and reads, and what `make run` builds the report from, added beside it when
#: present, so a grader holding only the zip can `make run` there: the brief's list is the minimum. The test
#: suite and its data sets stay in the repository (`make test` runs there).
PROJECT_PATHS = ("pyproject.toml", "Makefile", "README.md", "llmops_kit", "traces", "runbooks", "outputs",
                 "report/report.typ", "report/lib.typ",
                 # the generators of the course and incident traces, which the notebook and report cite
                 "tools/make_course_traces.py", "tools/make_inc_traces.py")
_NOT_SHIPPED = ("__pycache__", ".pyc", ".egg-info")

_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
_NAME_OK = re.compile(r"^[^\W_][\w.-]*$")  # letters/digits first, then letters, digits, '_', '-', '.'
_ABSOLUTE_PATH = re.compile(r"(?<![\w.:/])(?:/home/|/Users/|/root/|/tmp/|/work/|/private/var/|[A-Za-z]:\\Users\\)")
_SECRET = re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}")
_PLACEHOLDER_KEY_TAIL = "-offline-no-key"


class VerifyReport(BaseModel):
    """What ``verify_submission`` found; ``ok`` is true when there are no problems."""

    zip_path: str
    entries: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    report_pages: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def render(self) -> str:
        """A short plain-text verdict for the command line."""
        head = f"{Path(self.zip_path).name}: {'OK' if self.ok else 'FAILED'} ({len(self.entries)} entries"
        head += f", report {self.report_pages} pages)" if self.report_pages is not None else ")"
        lines = [head]
        lines += [f"  problem: {p}" for p in self.problems]
        lines += [f"  warning: {w}" for w in self.warnings]
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------- names


def check_name(name: str | None) -> str:
    """Return the student name to put in the zip's file name, or raise SubmissionError saying why not."""
    if name is None:
        name = os.environ.get(NAME_ENV)
    if name is None or not name.strip():
        raise SubmissionError(
            f"No student name given: pass --name (or name=...) or set the environment variable {NAME_ENV}, "
            f"e.g. {NAME_ENV}=Jane_Doe."
        )
    name = name.strip()
    if len(name) > 80:
        raise SubmissionError(f"Student name {name[:20]!r}... is {len(name)} characters long; keep it under 80.")
    if not _NAME_OK.match(name):
        bad = sorted({c for c in name if not (c.isalnum() or c in "_-.")})
        named = ", ".join("a space" if c == " " else repr(c) for c in bad) or "a leading '.', '-' or '_'"
        raise SubmissionError(
            f"Student name {name!r} cannot be used in a file name: it contains {named}. "
            "Use letters, digits, '_', '-' or '.', starting with a letter or digit, e.g. 'Jane_Doe'."
        )
    return name


def zip_name(name: str) -> str:
    """``<Name>_LLM_Observability_Assignment2.zip`` for a checked name."""
    return f"{check_name(name)}{ZIP_SUFFIX}"


# --------------------------------------------------------------------------------------------- build


def _entry(name: str, data: bytes) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
    info.create_system = 3  # unix, so the permission bits below mean the same everywhere
    if name.endswith("/"):
        info.external_attr = (0o40755 << 16) | 0x10
        info.compress_type = zipfile.ZIP_STORED
    else:
        info.external_attr = 0o100644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
    return info, data


def _screenshot_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(
        p for p in directory.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def _project_files(base: Path) -> list[Path]:
    """The files of PROJECT_PATHS under ``base``: no hidden files, caches or build leftovers."""
    found: list[Path] = []
    for name in PROJECT_PATHS:
        path = base / name
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += [p for p in path.rglob("*") if p.is_file()
                      and not any(part.startswith(".") or part.endswith(_NOT_SHIPPED)
                                  for part in p.relative_to(base).parts)]
    return sorted(found)


def build_submission(
    name: str | None = None,
    out_dir: str | os.PathLike[str] = ".",
    *,
    root: str | os.PathLike[str] = ".",
) -> Path:
    """Write the hand-in zip from the files under ``root`` into ``out_dir``; return its path.

    Raises SubmissionError when the name is missing or unusable, or a required file does not exist.
    It does not judge the content; run ``verify_submission`` on the result for that.
    """
    base = Path(root)
    file_name = zip_name(check_name(name))
    missing = [src for src in SOURCES.values() if not (base / src).is_file()]
    if missing:
        raise SubmissionError(
            f"Cannot build the submission: {', '.join(missing)} not found under {base}; "
            "run `make run` first (it executes the notebook and builds the report)."
        )
    entries = [_entry(arc, (base / src).read_bytes()) for arc, src in SOURCES.items()]
    shots = base / "screenshots"
    entries.append(_entry(SCREENSHOTS, b""))
    for path in _screenshot_files(shots):
        entries.append(_entry(SCREENSHOTS + path.relative_to(shots).as_posix(), path.read_bytes()))
    for path in _project_files(base):
        entries.append(_entry(path.relative_to(base).as_posix(), path.read_bytes()))
    entries.sort(key=lambda item: item[0].filename)

    target_dir = Path(out_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / file_name
    with atomic_open(target, "wb") as handle, zipfile.ZipFile(handle, "w") as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return target


# -------------------------------------------------------------------------------------------- verify


def _notebook_problems(data: bytes) -> list[str]:
    try:
        notebook = nbformat.reads(data.decode("utf-8"), as_version=4)
    except Exception as exc:  # nbformat raises several unrelated types for a broken file
        return [f"{NOTEBOOK} is not a readable notebook ({type(exc).__name__}: {exc})."]
    problems: list[str] = []
    code = {i: c for i, c in enumerate(notebook.cells) if c.cell_type == "code" and c.source.strip()}
    if not code:
        problems.append(f"{NOTEBOOK} has no code cells.")
    unexecuted = [i for i, c in code.items() if c.get("execution_count") is None]
    if unexecuted or (code and not any(c.get("outputs") for c in code.values())):
        where = f" (cells {', '.join(map(str, unexecuted[:5]))}{'...' if len(unexecuted) > 5 else ''})"
        problems.append(
            f"{NOTEBOOK} was not executed{where if unexecuted else ''}; run `make run` and rebuild the zip."
        )
    for index, cell in enumerate(notebook.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                problems.append(f"{NOTEBOOK} cell {index} has an error output: {out.get('ename')}: {out.get('evalue')}")
    headings = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    for number in TASK_SECTIONS:
        if not re.search(rf"^##\s+Task\s+{number}\b", headings, flags=re.MULTILINE):
            problems.append(f"{NOTEBOOK} has no section heading '## Task {number}'.")
    text = json.dumps([c.get("outputs", []) for c in notebook.cells])
    for match in sorted(set(_ABSOLUTE_PATH.findall(text)))[:3]:
        problems.append(f"{NOTEBOOK} outputs contain an absolute machine path starting {match!r}.")
    return problems


def _postmortem_problems(data: bytes, evidence_dir: Path | None) -> tuple[list[str], list[str]]:
    """Linter errors become problems and its warnings stay warnings.

    The evidence traces are not in the zip, so cited trace values are checked only when
    ``evidence_dir`` is given; otherwise the linter's "evidence unchecked" note is left out as noise.
    """
    from llmops_kit.postmortem import lint_postmortem  # imported late: the linter loads the whole toolkit

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return [f"{POSTMORTEM} is not UTF-8 text."], []
    try:
        result = lint_postmortem(  # a single line would be taken for a path
            text if "\n" in text else text + "\n", evidence_dir=evidence_dir
        )
    except LlmopsError as exc:
        return [f"{POSTMORTEM} could not be linted: {exc}"], []
    problems = [f"{POSTMORTEM}: {issue}" for issue in result.issues if issue.level == "error"]
    warnings = [
        f"{POSTMORTEM}: {issue}" for issue in result.issues
        if issue.level != "error" and not (evidence_dir is None and issue.code == "evidence-unchecked")
    ]
    return problems, warnings


def _report_problems(data: bytes) -> tuple[list[str], int | None]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        pages = len(PdfReader(io.BytesIO(data)).pages)
    except (PdfReadError, ValueError, OSError) as exc:
        return [f"{REPORT} is not a readable PDF ({exc})."], None
    low, high = REPORT_PAGES
    if not low <= pages <= high:
        return [f"{REPORT} has {pages} pages; the brief asks for {low}-{high}."], pages
    return [], pages


def _secret_problems(entries: Iterable[tuple[str, bytes]]) -> list[str]:
    key = os.environ.get("OPENAI_API_KEY", "")
    found = []
    for name, data in entries:
        if name.endswith((".png", ".jpg", ".jpeg", ".pdf", "/")):
            continue
        text = data.decode("utf-8", errors="ignore")
        # the package's own placeholders for its offline clients (sk-simulator-offline-no-key) are not keys
        real = [m for m in _SECRET.findall(text) if not m.endswith(_PLACEHOLDER_KEY_TAIL)]
        if real or (len(key) >= 8 and key in text):
            found.append(f"{name} appears to contain an API key; remove it and rebuild the zip.")
    return found


def verify_submission(
    zip_path: str | os.PathLike[str], *, evidence_dir: str | os.PathLike[str] | None = None
) -> VerifyReport:
    """Open a submission zip and list every problem found; raise SubmissionError only if it does not exist.

    ``evidence_dir`` (e.g. ``traces/inc_2025_007``) lets the postmortem linter recompute the values
    the postmortem quotes for the traces it cites.
    """
    path = Path(zip_path)
    if not path.is_file():
        raise SubmissionError(f"Submission zip {path} does not exist; build it with `make run`.")
    report = VerifyReport(zip_path=str(path))
    if not path.name.endswith(ZIP_SUFFIX):
        report.problems.append(f"File name {path.name!r} does not follow '<YourName>{ZIP_SUFFIX}'.")
    else:
        try:
            check_name(path.name[: -len(ZIP_SUFFIX)])
        except SubmissionError as exc:
            report.problems.append(f"File name {path.name!r}: {exc}")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            contents = {n: archive.read(n) for n in names}
    except (zipfile.BadZipFile, OSError) as exc:
        report.problems.append(f"{path.name} is not a readable zip file ({exc}).")
        return report
    report.entries = sorted(names)

    for name in names:
        if name.startswith("/") or ".." in Path(name).parts or "\\" in name:
            report.problems.append(f"Entry {name!r} has an absolute or parent path; entries must be relative.")
    for required in REQUIRED_ENTRIES:
        if required not in contents:
            report.problems.append(f"Required entry /{required} is missing.")
    if not any(n.startswith(SCREENSHOTS) for n in names):
        report.warnings.append("No /screenshots/ folder (optional in the brief, but the report refers to it).")
    elif not any(n.startswith(SCREENSHOTS) and not n.endswith("/") for n in names):
        report.warnings.append("/screenshots/ is empty.")

    if NOTEBOOK in contents:
        report.problems += _notebook_problems(contents[NOTEBOOK])
    if POSTMORTEM in contents:
        evidence = Path(evidence_dir) if evidence_dir is not None else None
        problems, warnings = _postmortem_problems(contents[POSTMORTEM], evidence)
        report.problems += problems
        report.warnings += warnings
    if REPORT in contents:
        problems, report.report_pages = _report_problems(contents[REPORT])
        report.problems += problems
    report.problems += _secret_problems(contents.items())
    return report

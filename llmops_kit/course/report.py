"""Build the 4-6 page report PDF from ``report/report.typ`` with typst (a PyPI wheel: no LaTeX, no browser).

The typst source reads the notebook's output files (CSV/JSON/TXT under ``outputs/``) and figures
(``screenshots/``) itself, so every number and table in the PDF is the one the notebook wrote. typst
can only read files under its root folder, so the root is the folder holding both ``report/`` and
``outputs/`` (the repository), and the paths are passed in as ``sys.inputs``:

``outputs-dir`` / ``screenshots-dir``
    root-relative folders (``/outputs``, ``/screenshots``);
``outputs`` / ``screenshots``
    JSON lists of the files that exist, so a missing file becomes a visible "missing: <file>"
    placeholder instead of a failed build while the notebook is still being written;
``author``
    the name on the title block (argument or ``$LLMOPS_STUDENT_NAME``).

Each placeholder also emits ``metadata(<file>) <missing>``; ``missing_outputs`` queries those, and
``llmops report --strict`` turns them into an error once the notebook has been executed. The PDF carries no date,
so the same inputs give the same bytes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from llmops_kit.atomic import atomic_write
from llmops_kit.errors import ReportError

DEFAULT_SOURCE = Path("report/report.typ")
DEFAULT_PDF = Path("report/report.pdf")
DEFAULT_OUTPUTS = Path("outputs")
DEFAULT_SCREENSHOTS = Path("screenshots")
NAME_ENV = "LLMOPS_STUDENT_NAME"


def _typst() -> Any:
    """The typst compiler, imported on use: it comes with the ``course`` extra, not the toolkit."""
    try:
        import typst
    except ImportError as exc:
        raise ReportError(
            "Building the report needs the typst compiler from the course extra; "
            "install it with: pip install -e '.[course]'."
        ) from exc
    return typst


def _listing(directory: Path) -> list[str]:
    if not directory.is_dir():
        return []
    return sorted(
        p.relative_to(directory).as_posix() for p in directory.rglob("*")
        if p.is_file() and not p.name.startswith(".")
    )


def _compile_args(
    source: Path, outputs_dir: Path, screenshots_dir: Path, author: str | None
) -> dict[str, Any]:
    if not source.is_file():
        raise ReportError(f"Report source {source} does not exist; run from the repository root or pass source=.")
    folders = [source.resolve().parent, outputs_dir.resolve(), screenshots_dir.resolve()]
    root = Path(os.path.commonpath(folders))
    if root == Path(root.anchor):
        raise ReportError(
            f"The report source {source}, outputs {outputs_dir} and screenshots {screenshots_dir} share no folder "
            "but the file-system root; keep them under one project folder."
        )
    if author is None:
        author = os.environ.get(NAME_ENV, "")
    inputs = {
        "outputs-dir": "/" + outputs_dir.resolve().relative_to(root).as_posix(),
        "screenshots-dir": "/" + screenshots_dir.resolve().relative_to(root).as_posix(),
        "outputs": json.dumps(_listing(outputs_dir)),
        "screenshots": json.dumps(_listing(screenshots_dir)),
        "author": author.replace("_", " ").strip(),
    }
    return {"root": str(root), "sys_inputs": inputs, "ignore_system_fonts": True}


def build_report(
    out_pdf: str | os.PathLike[str] = DEFAULT_PDF,
    outputs_dir: str | os.PathLike[str] = DEFAULT_OUTPUTS,
    *,
    source: str | os.PathLike[str] = DEFAULT_SOURCE,
    screenshots_dir: str | os.PathLike[str] = DEFAULT_SCREENSHOTS,
    author: str | None = None,
) -> Path:
    """Compile the typst report against the given outputs and write the PDF; return its path.

    Only the fonts bundled with typst are used (system fonts are ignored), so the PDF looks and
    measures the same on every machine.
    """
    typst = _typst()
    src = Path(source)
    args = _compile_args(src, Path(outputs_dir), Path(screenshots_dir), author)
    try:
        pdf = typst.compile(str(src), **args)
    except typst.TypstError as exc:
        raise ReportError(f"typst could not compile {src}: {exc}") from exc
    return atomic_write(out_pdf, pdf)


def missing_outputs(
    outputs_dir: str | os.PathLike[str] = DEFAULT_OUTPUTS,
    *,
    source: str | os.PathLike[str] = DEFAULT_SOURCE,
    screenshots_dir: str | os.PathLike[str] = DEFAULT_SCREENSHOTS,
) -> list[str]:
    """The output files the report wanted but did not find (each shown as a placeholder in the PDF)."""
    typst = _typst()
    src = Path(source)
    args = _compile_args(src, Path(outputs_dir), Path(screenshots_dir), "")
    try:
        found = json.loads(typst.query(str(src), "<missing>", field="value", **args))
    except typst.TypstError as exc:
        raise ReportError(f"typst could not compile {src}: {exc}") from exc
    return sorted(set(found))

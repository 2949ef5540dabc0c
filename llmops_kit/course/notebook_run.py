"""Execute notebook.ipynb headless with nbclient and keep its outputs in place.

Used by ``make run``, by the test that executes the whole notebook, and by the submission verifier,
so all three run the notebook the same way. Timing metadata is not recorded, so executing twice
gives the same file.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from ..atomic import atomic_open
from ..errors import SubmissionError

DEFAULT_TIMEOUT_S = 600
AUTHOR_PREFIX = "**Author:**"


def execute_notebook(
    path: str | os.PathLike[str],
    *,
    output: str | os.PathLike[str] | None = None,
    timeout: int = DEFAULT_TIMEOUT_S,
    kernel_name: str = "python3",
    author: str | None = None,
) -> nbformat.NotebookNode:
    """Run every cell with the notebook's folder as working directory; raise on the first error.

    ``author`` (from ``make run STUDENT=...``) is written into the title cell and the notebook metadata,
    so the executed notebook names the same person as the report and the zip.
    """
    source = Path(path)
    notebook = nbformat.read(source, as_version=4)
    if author:
        set_author(notebook, author)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name=kernel_name,
        record_timing=False,
        resources={"metadata": {"path": str(source.parent.resolve())}},
    )
    client.execute()
    merge_streams(notebook)
    with atomic_open(Path(output) if output is not None else source) as handle:  # the submission: never half-written
        nbformat.write(notebook, handle)
    return notebook


def set_author(notebook: nbformat.NotebookNode, author: str) -> nbformat.NotebookNode:
    """Put ``author`` on the title cell's ``**Author:**`` line (added under the title when missing)."""
    name = " ".join(author.replace("_", " ").split())
    if not name:
        raise SubmissionError("set_author: the author name is empty; pass a name such as STUDENT=Ada_Lovelace.")
    notebook.metadata["authors"] = [{"name": name}]
    title = next((cell for cell in notebook.cells if cell.cell_type == "markdown"), None)
    if title is None:
        return notebook
    lines = title.source.split("\n")
    line = f"{AUTHOR_PREFIX} {name}"
    at = next((i for i, text in enumerate(lines) if text.startswith(AUTHOR_PREFIX)), None)
    if at is None:
        lines[1:1] = ["", line]
    else:
        lines[at] = line
    title.source = "\n".join(lines)
    return notebook


def merge_streams(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Join consecutive stdout (or stderr) chunks of a cell into one output.

    The kernel may flush one ``print`` in two chunks depending on timing; merging makes the saved
    notebook the same on every run.
    """
    for cell in notebook.cells:
        merged: list[nbformat.NotebookNode] = []
        for out in cell.get("outputs", []):
            previous = merged[-1] if merged else None
            if (
                out.get("output_type") == "stream"
                and previous is not None
                and previous.get("output_type") == "stream"
                and previous.get("name") == out.get("name")
            ):
                previous["text"] = previous["text"] + out["text"]
            else:
                merged.append(out)
        if "outputs" in cell:
            cell["outputs"] = merged
    return notebook


def error_outputs(notebook: nbformat.NotebookNode) -> list[str]:
    """``ename: evalue`` for every error output in the notebook."""
    found = []
    for cell in notebook.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append(f"{out.get('ename')}: {out.get('evalue')}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Execute a notebook headless and save it with its outputs.")
    parser.add_argument("notebook", nargs="?", default="notebook.ipynb")
    parser.add_argument("--output", default=None, help="write the executed notebook here instead of in place")
    parser.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT_S, help="seconds per cell")
    parser.add_argument("--author", default=None, help="name for the title cell (underscores become spaces)")
    args = parser.parse_args(argv)
    execute_notebook(args.notebook, output=args.output, timeout=args.timeout, author=args.author)
    print(f"executed {args.notebook}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

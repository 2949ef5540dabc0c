"""Assemble notebook.ipynb from the section sources in notebook_src/ (jupytext percent format).

Each task section lives in its own file so the sections can be edited and reviewed as plain Python.
The result has no outputs; `make notebook` executes it right after. A test checks that the committed
notebook's cells match these sources.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jupytext
import nbformat

from llmops_kit.atomic import atomic_open

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "notebook_src"


def assemble() -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    for path in sorted(SOURCES.glob("*.py")):
        section = jupytext.read(path, fmt="py:percent")
        for cell in section.cells:
            cell.metadata = {}
            if "id" in cell:
                del cell["id"]
            notebook.cells.append(cell)
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index:03d}"
    notebook.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    return notebook


def main() -> int:
    with atomic_open(ROOT / "notebook.ipynb") as handle:  # the submission: never half-written
        nbformat.write(assemble(), handle)
    print(f"wrote notebook.ipynb from {len(list(SOURCES.glob('*.py')))} section files")
    return 0


if __name__ == "__main__":
    sys.exit(main())

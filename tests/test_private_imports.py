"""No module of the package imports another module's private name.

A name another module needs is part of its module's interface: it is public there (no leading underscore) so
that a reader of the defining module sees it is used elsewhere, and renaming it is not a silent break.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "llmops_kit"


def _defining_file(importer: Path, node: ast.ImportFrom) -> Path | None:
    """The file a ``from ... import`` inside the package reads, or None for a module outside it."""
    if node.level:
        base = importer.parent
        for _ in range(node.level - 1):
            base = base.parent
    elif node.module and node.module.split(".")[0] == "llmops_kit":
        base = PACKAGE.parent
    else:
        return None
    target = base.joinpath(*(node.module or "").split(".")) if node.module else base
    return target.with_suffix(".py") if target.with_suffix(".py").exists() else target / "__init__.py"


def private_imports(package: Path = PACKAGE) -> list[str]:
    """``importer: module.name`` for each private name imported from another file of the package."""
    found = []
    for importer in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(importer.read_text("utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            source = _defining_file(importer, node)
            if source is None or source == importer:
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"{importer.relative_to(package.parent)}: {source.stem}.{alias.name}")
    return found


def test_no_module_imports_a_private_name_of_another() -> None:
    assert private_imports() == [], "make these names public in their own module"


def test_the_check_sees_a_private_import(tmp_path: Path) -> None:
    """The control: a package whose module imports a private name of its neighbour is reported."""
    package = tmp_path / "llmops_kit"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "reader.py").write_text("def _helper() -> int:\n    return 1\n")
    (package / "user.py").write_text("from .reader import _helper\nfrom . import reader\n")
    assert private_imports(package) == ["llmops_kit/user.py: reader._helper"]

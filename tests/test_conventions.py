"""docs/CONVENTIONS.md names every module and sub-package, so the map cannot fall behind the tree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "llmops_kit"
DOC = (ROOT / "docs" / "CONVENTIONS.md").read_text(encoding="utf-8")
NAMED = set(re.findall(r"`([\w/]+(?:\.py)?/?)`", DOC))


def _units() -> list[str]:
    """Top-level modules and sub-packages of llmops_kit, and the modules of llmops_kit/course."""
    units = [p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py"]
    units += [f"{p.name}/" for p in PACKAGE.iterdir() if (p / "__init__.py").is_file() and p.name != "course"]
    units += [f"course/{p.name}" for p in (PACKAGE / "course").glob("*.py") if p.name != "__init__.py"]
    return sorted(units)


@pytest.mark.parametrize("unit", _units())
def test_conventions_names_every_module(unit: str) -> None:
    """Each module / sub-package appears in docs/CONVENTIONS.md (as `name`, `llmops_kit/name` or within a group)."""
    stem = unit.removesuffix(".py").removesuffix("/").split("/")[-1]
    candidates = {unit, f"llmops_kit/{unit}", unit.removesuffix("/"), f"llmops_kit/{unit.removesuffix('/')}",
                  f"{stem}.py", stem}
    assert candidates & NAMED, f"{unit} is not in docs/CONVENTIONS.md"

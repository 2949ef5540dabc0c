"""The instruction-count benchmark: what it runs without valgrind, and the folders each side runs from."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bench" / "bench_instructions.py"


def _module():
    spec = importlib.util.spec_from_file_location("bench_instructions", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_a_revision_it_prints_its_help() -> None:
    out = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, check=True).stdout
    assert "valgrind" in out and "REV" in out


def test_without_valgrind_it_says_what_to_install(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(SCRIPT), "HEAD", "10"], capture_output=True, text=True, check=False,
                         env={"PATH": str(tmp_path)})
    assert run.returncode != 0 and "apt-get install valgrind" in run.stderr


def test_both_sides_run_from_folders_of_the_same_shape(tmp_path: Path) -> None:
    """The revision is extracted and the working tree copied, package and corpus, without compiled files."""
    module = _module()
    try:
        module._extract("HEAD", tmp_path / "a")
    except subprocess.CalledProcessError:
        pytest.skip("not a git checkout")
    module._copy_working_tree(tmp_path / "b")
    for side in ("a", "b"):
        assert (tmp_path / side / "llmops_kit" / "diagnose.py").is_file()
        assert (tmp_path / side / "bench" / "_corpus.py").is_file()
    assert not list((tmp_path / "b").rglob("__pycache__"))

"""Checks only the seventh held-out set's generator makes (tests/data/holdout7; read since the ground8 round).

The structure checks it shares with holdout4 to holdout6 (loading, labels, verdict keys, regeneration, refused
labels) are in tests/test_holdout_structure.py.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout7"
sys.path.insert(0, str(REPO / "tools"))

import make_holdout7  # noqa: E402  (the generator lives in tools/, not in the package)


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout7.generate()


@pytest.fixture(scope="module")
def labels() -> list[dict[str, str]]:
    with (DATA / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_code_has_the_strengths_its_recipes_write(labels: list[dict[str, str]]) -> None:
    """All four strengths per code, except the prompt version (no hidden) and a mismatch (no clear)."""
    missing = {"WRONG_PROMPT_VERSION": {"hidden"}, "RETRIEVAL_MISMATCH": {"clear"}}
    for code in make_holdout7.CODES:
        strengths = {r["strength"] for r in labels if code in r["codes"].split(";")}
        assert strengths == set(make_holdout7.STRENGTHS) - missing.get(code, set()), code

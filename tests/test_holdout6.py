"""Checks only the sixth held-out set's generator makes (tests/data/holdout6; read since the ground7 round).

The structure checks it shares with holdout4 and holdout5 (loading, labels, verdict keys, regeneration, refused
labels) are in tests/test_holdout_structure.py.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout6"
sys.path.insert(0, str(REPO / "tools"))

import make_holdout6  # noqa: E402  (the generator lives in tools/, not in the package)


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout6.generate()


@pytest.fixture(scope="module")
def labels() -> list[dict[str, str]]:
    with (DATA / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_code_has_every_strength_it_can_have(labels: list[dict[str, str]]) -> None:
    """Each code is written at all four strengths (the prompt version at its three) across the five domains."""
    for code in make_holdout6.CODES:
        strengths = {r["strength"] for r in labels if code in r["codes"].split(";")}
        expected = set(make_holdout6.STRENGTHS) - ({"hidden"} if code == "WRONG_PROMPT_VERSION" else set())
        assert strengths == expected, code


def test_a_file_from_an_earlier_run_is_removed(tmp_path: Path) -> None:
    """Regenerating over a folder removes a trace file the set no longer has, so labels and files agree."""
    (tmp_path / "native").mkdir()
    stale = tmp_path / "native" / "removals-999.json"
    stale.write_text("{}", encoding="utf-8")
    make_holdout6.write(tmp_path)
    assert not stale.exists()

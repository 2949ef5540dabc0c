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


def test_five_domains_of_at_least_fifty_traces(labels: list[dict[str, str]]) -> None:
    domains = {r["domain"] for r in labels}
    assert domains == {"optician", "laundry", "garden", "plumbing", "venue"}
    assert all(sum(r["domain"] == d for r in labels) >= 50 for d in domains)


def test_about_a_quarter_goes_through_the_sdk_exports(labels: list[dict[str, str]]) -> None:
    """Between a fifth and a third of the traces are SDK exports, in all four export formats."""
    exported = [r for r in labels if r["format"] != "native"]
    assert 0.2 <= len(exported) / len(labels) <= 1 / 3
    assert {r["format"] for r in exported} == {"langfuse", "langsmith", "otlp_genai", "otlp_openinference"}

"""Checks only the fifth held-out set's generator makes (tests/data/holdout5; read since the ground5 round).

The structure checks it shares with holdout4 (loading, labels, verdict keys, regeneration, refused labels) are
in test_holdout_structure.py.
"""

from __future__ import annotations

import copy
import csv
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout5"
sys.path.insert(0, str(REPO / "tools"))

import make_holdout5  # noqa: E402  (the generator lives in tools/, not in the package)


@pytest.fixture(scope="module")
def labels() -> list[dict[str, str]]:
    with (DATA / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout5.generate()


def test_a_quarter_goes_through_every_sdk_export(labels: list[dict[str, str]]) -> None:
    formats = [r["format"] for r in labels]
    assert {"langfuse", "langsmith", "otlp_genai", "otlp_openinference"} <= set(formats)
    assert 0.2 <= sum(f != "native" for f in formats) / len(formats) <= 0.3


@pytest.mark.parametrize("code", ["TOOL_ERROR", "RETRIEVAL_MISMATCH", "PII_LEAK"])
def test_dropping_a_read_label_is_refused(rows: list[tuple], code: str) -> None:
    """Labels that rest on a payload, a score or a planted value are checked too, not only the timings."""
    dropped = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(dropped)
             if code in row[1] and (code != "RETRIEVAL_MISMATCH" or row[2] != "hidden"))
    trace, codes, strength, variation, domain, frags, planted = dropped[n]
    dropped[n] = (trace, [c for c in codes if c != code], strength, variation, domain, frags, planted)
    with pytest.raises(SystemExit, match="disagree"):
        make_holdout5.check(dropped)


def test_a_strength_without_a_code_is_refused(rows: list[tuple]) -> None:
    broken = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(broken) if not row[1])
    trace, codes, _strength, *rest = broken[n]
    broken[n] = (trace, codes, "blatant", *rest)
    with pytest.raises(SystemExit, match="a strength goes with codes"):
        make_holdout5.check(broken)

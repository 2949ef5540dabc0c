"""Checks only the eighth held-out set's generator makes (tests/data/holdout8; read since the ground9 round).

The structure checks it shares with holdout4 to holdout7 (loading, labels, verdict keys, regeneration, refused
labels) are in tests/test_holdout_structure.py.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import make_holdout8  # noqa: E402  (the generator lives in tools/, not in the package)
from holdout8_cases import luhn_digit  # noqa: E402


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout8.generate()


def test_luhn_digit_completes_a_valid_run() -> None:
    """The look-alike ids of the traps carry a run that passes the Luhn test (a known test card checks it)."""
    assert luhn_digit("411111111111111") == "1"
    assert luhn_digit("555555555555444") == "4"


def test_a_tool_failure_label_on_a_working_tool_is_refused(rows: list[tuple]) -> None:
    """A healthy trace whose tool answered cannot carry TOOL_ERROR."""
    broken = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(broken) if not row[1] and any(s["kind"] == "tool" for s in row[0]["spans"]))
    trace, _codes, _strength, *rest = broken[n]
    broken[n] = (trace, ["TOOL_ERROR"], "clear", *rest)
    with pytest.raises(SystemExit, match="disagree"):
        make_holdout8.check(broken)

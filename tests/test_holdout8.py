"""Checks only the eighth held-out set's generator makes (tests/data/holdout8; read since the ground9 round).

The structure checks it shares with holdout4 to holdout7 (loading, labels, verdict keys, regeneration, refused
labels) are in tests/test_holdout_structure.py.
"""

from __future__ import annotations

import copy
import csv
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout8"
sys.path.insert(0, str(REPO / "tools"))

import make_holdout8  # noqa: E402  (the generator lives in tools/, not in the package)
from holdout8_cases import luhn_digit  # noqa: E402


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout8.generate()


@pytest.fixture(scope="module")
def labels() -> list[dict[str, str]]:
    with (DATA / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_code_at_all_four_strengths(labels: list[dict[str, str]]) -> None:
    """The strengths of the infrastructure codes rotate over the domains, so each code shows all four."""
    for code in make_holdout8.CODES:
        strengths = {r["strength"] for r in labels if code in r["codes"].split(";")}
        assert strengths == set(make_holdout8.STRENGTHS), code


def test_every_hallucination_strength_has_at_least_ten_traces(labels: list[dict[str, str]]) -> None:
    for strength in make_holdout8.STRENGTHS:
        n = sum("HALLUCINATION" in r["codes"].split(";") and r["strength"] == strength for r in labels)
        assert n >= 10, strength


def test_five_domains_of_at_least_fifty_traces(labels: list[dict[str, str]]) -> None:
    domains = {r["domain"] for r in labels}
    assert domains == {"campsite", "cinema", "locksmith", "bakery", "taxi"}
    assert all(sum(r["domain"] == d for r in labels) >= 50 for d in domains)


def test_about_a_quarter_goes_through_the_sdk_exports(labels: list[dict[str, str]]) -> None:
    """Between a fifth and a third of the traces are SDK exports, in all four export formats."""
    exported = [r for r in labels if r["format"] != "native"]
    assert 0.2 <= len(exported) / len(labels) <= 1 / 3
    assert {r["format"] for r in exported} == {"langfuse", "langsmith", "otlp_genai", "otlp_openinference"}


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

"""Checks only the tenth held-out set's generator makes (tests/data/holdout10; sealed: never scored here).

The structure checks it shares with holdout4 to holdout9 (loading, labels, verdict keys, regeneration, refused
labels) are in tests/test_holdout_structure.py.
"""

from __future__ import annotations

import copy
import csv
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout10"
sys.path.insert(0, str(REPO / "tools"))

import make_holdout10  # noqa: E402  (the generator lives in tools/, not in the package)

DOMAINS = {"climbing", "scooters", "chimney", "language", "coaches"}


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout10.generate()


@pytest.fixture(scope="module")
def labels() -> list[dict[str, str]]:
    with (DATA / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_code_at_all_four_strengths(labels: list[dict[str, str]]) -> None:
    """The strengths of the infrastructure codes rotate over the domains, so each code shows all four."""
    for code in make_holdout10.CODES:
        strengths = {r["strength"] for r in labels if code in r["codes"].split(";")}
        assert strengths == set(make_holdout10.STRENGTHS), code


def test_every_hallucination_strength_has_at_least_ten_traces(labels: list[dict[str, str]]) -> None:
    for strength in make_holdout10.STRENGTHS:
        n = sum("HALLUCINATION" in r["codes"].split(";") and r["strength"] == strength for r in labels)
        assert n >= 10, strength


def test_five_domains_of_at_least_fifty_traces(labels: list[dict[str, str]]) -> None:
    assert {r["domain"] for r in labels} == DOMAINS
    assert all(sum(r["domain"] == d for r in labels) >= 50 for d in DOMAINS)


def test_about_a_quarter_goes_through_the_sdk_exports(labels: list[dict[str, str]]) -> None:
    """Between a fifth and a third of the traces are SDK exports, in all four export formats."""
    exported = [r for r in labels if r["format"] != "native"]
    assert 0.2 <= len(exported) / len(labels) <= 1 / 3
    assert {r["format"] for r in exported} == {"langfuse", "langsmith", "otlp_genai", "otlp_openinference"}


def test_a_tool_error_label_on_a_business_refusal_is_refused(rows: list[tuple]) -> None:
    """A tool that worked and said no (declined, rejected, not held) is healthy: TOOL_ERROR there is refused."""
    broken = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(broken) if row[3] == "tool business refusal")
    trace, _codes, _strength, *rest = broken[n]
    broken[n] = (trace, ["TOOL_ERROR"], "clear", *rest)
    with pytest.raises(SystemExit, match="disagree"):
        make_holdout10.check(broken)


def test_a_mismatch_over_the_floor_must_be_hidden(rows: list[tuple]) -> None:
    broken = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(broken) if "RETRIEVAL_MISMATCH" in row[1] and row[2] == "hidden")
    trace, codes, _strength, *rest = broken[n]
    broken[n] = (trace, codes, "clear", *rest)
    with pytest.raises(SystemExit, match="over the floor"):
        make_holdout10.check(broken)


def test_each_domain_takes_its_own_place_in_the_rotation() -> None:
    """The infrastructure strengths rotate with a domain's PLACE: five distinct places, in generator order."""
    assert [d.PLACE for d in make_holdout10.DOMAINS] == list(range(len(make_holdout10.DOMAINS)))
    assert {d.DOMAIN for d in make_holdout10.DOMAINS} == DOMAINS


def test_a_hidden_leak_is_in_a_tool_input_only(rows: list[tuple]) -> None:
    """A hidden PII_LEAK value is in a tool call's input (and the prompt's tool line), never question or answer."""
    hidden = [row for row in rows if "PII_LEAK" in row[1] and row[2] == "hidden"]
    assert len(hidden) == len(DOMAINS)
    for trace, _codes, _strength, _variation, _domain, _frags, planted in hidden:
        tools = [s for s in trace["spans"] if s["kind"] == "tool"]
        for value in planted:
            assert value not in trace["input"]["query"] and value not in trace["output"]["answer"]
            assert any(value in str(s["input"]) for s in tools)


def test_the_baseline_is_the_contracts_normal_request(rows: list[tuple]) -> None:
    """The healthy median stays under the contract's normal request, so every spike is measured against 1,800."""
    assert make_holdout10.check(rows) == 1800

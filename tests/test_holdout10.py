"""Checks only the tenth held-out set's generator makes (tests/data/holdout10; no detector is scored here).

The structure checks it shares with holdout4 to holdout9 (loading, labels, domains, strengths, exports,
verdict keys, regeneration, refused labels) are in tests/test_holdout_structure.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import make_holdout10  # noqa: E402  (the generator lives in tools/, not in the package)

DOMAINS = {"climbing", "scooters", "chimney", "language", "coaches"}


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout10.generate()


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

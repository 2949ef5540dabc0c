"""The cost and personal-data rules on the hand-written development set (tests/data/cost_pii_dev,
written by tools/make_cost_pii_dev.py; labels in labels.csv, never in the traces)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from llmops_kit.breakers import default_breakers
from llmops_kit.contract import load_contract
from llmops_kit.diagnose import diagnose
from llmops_kit.io import load_trace_record
from llmops_kit.redact import redact_trace

DEV = Path(__file__).resolve().parent / "data" / "cost_pii_dev"
ROWS = list(csv.DictReader((DEV / "labels.csv").read_text(encoding="utf-8").splitlines()))
CONTRACT = load_contract()
MINE = ("COST_SPIKE", "PII_LEAK")
BREAKER = {"COST_SPIKE": "COST_SPIKE", "PII_LEAK": "DATA_INCIDENT"}


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_detectors_and_breakers_agree_with_the_label(row: dict[str, str]) -> None:
    """COST_SPIKE / PII_LEAK fire exactly on the labelled traces, and their breakers trip on the same ones."""
    trace = load_trace_record(DEV / row["file"])
    expected = set(filter(None, row["codes"].split(";")))
    assert {c for c in diagnose(trace, CONTRACT).codes if c in MINE} == expected, row["variation"]
    breakers = default_breakers(CONTRACT)
    assert {code for code in MINE if breakers[BREAKER[code]].evaluate(trace)["activate"]} == expected


@pytest.mark.parametrize("row", [r for r in ROWS if "PII_LEAK" in r["codes"]], ids=lambda r: r["file"])
def test_redacted_leaks_diagnose_clean(row: dict[str, str]) -> None:
    """Each leak in the set, redacted, shows no PII_LEAK."""
    trace = redact_trace(load_trace_record(DEV / row["file"]), CONTRACT)
    assert "PII_LEAK" not in diagnose(trace, CONTRACT).codes


def test_the_set_has_both_sides_of_each_rule() -> None:
    """The set holds spikes, leaks and healthy traps, or it would prove little."""
    labels = [r["codes"] for r in ROWS]
    assert labels.count("COST_SPIKE") >= 3 and labels.count("PII_LEAK") >= 3 and labels.count("") >= 4

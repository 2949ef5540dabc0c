"""The observability contract: validation, grading at thresholds, and swapping the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.errors import ContractError

ROOT = Path(__file__).resolve().parent.parent


def test_runbook_copy_is_the_packaged_contract() -> None:
    """runbooks/observability_contract.json and the packaged default are the same file."""
    packaged = ROOT / "llmops_kit" / "data" / "observability_contract.json"
    assert (ROOT / "runbooks" / "observability_contract.json").read_text() == packaged.read_text()


def test_contract_carries_the_brief_thresholds() -> None:
    """The p95 warning is 5 s (scenario S3) and all three severities have response times."""
    contract = load_contract()
    assert contract.metrics["latency_p95_ms"].warning == 5000
    assert [contract.severities[s].response_minutes for s in ("SEV-1", "SEV-2", "SEV-3")] == [15, 30, 240]


@pytest.mark.parametrize(
    ("metric", "value", "grade"),
    [
        ("latency_p95_ms", 4999, "green"),
        ("latency_p95_ms", 5000, "warning"),
        ("latency_p95_ms", 8000, "critical"),
        ("quality_proxy_rate", 0.86, "green"),
        ("quality_proxy_rate", 0.85, "warning"),
        ("quality_proxy_rate", 0.75, "critical"),
    ],
)
def test_grades_take_the_worse_side_on_a_bound(metric: str, value: float, grade: str) -> None:
    """A value exactly on a threshold takes the worse grade, for both directions."""
    assert load_contract().grade(metric, value) == grade


def test_price_falls_back_from_dated_snapshot_to_family() -> None:
    """gpt-4o-2024-08-06 is priced as gpt-4o; an unknown model has no price."""
    contract = load_contract()
    assert contract.price("gpt-4o-2024-08-06") == contract.price("gpt-4o")
    assert contract.price("unknown-model") is None


def test_langfuse_integer_version_maps_to_the_expected_name() -> None:
    """Prompt version 7 (Langfuse numbering) is the contract's v2.0."""
    prompts = load_contract().prompts
    assert prompts.canonical("support-answer", 7) == prompts.expected_for("support-answer") == "v2.0"


def test_another_contract_file_changes_behaviour(tmp_path: Path) -> None:
    """A stricter contract file grades the same value differently, with no code change."""
    data = json.loads((ROOT / "runbooks" / "observability_contract.json").read_text())
    data["metrics"]["latency_p95_ms"]["warning"] = 1000
    path = tmp_path / "strict.json"
    path.write_text(json.dumps(data))
    assert load_contract(path).grade("latency_p95_ms", 1800) == "warning"
    assert load_contract().grade("latency_p95_ms", 1800) == "green"


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["metrics"].pop("failure_rate"), "missing ['failure_rate']"),
        (lambda d: d["metrics"]["failure_rate"].update(critical=0.01), "must be worse than warning"),
        (lambda d: d["retrieval"].update(relevance_floor=3), "retrieval.relevance_floor"),
        (lambda d: d.update(unexpected=1), "unexpected"),
    ],
    ids=["missing-metric", "inverted-thresholds", "out-of-range", "unknown-key"],
)
def test_invalid_contract_is_refused_with_the_field(tmp_path: Path, mutate, expected: str) -> None:
    """A broken contract raises ContractError naming the field."""
    data = json.loads((ROOT / "runbooks" / "observability_contract.json").read_text())
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ContractError, match=expected.replace("[", r"\[").replace("]", r"\]")):
        load_contract(path)


def test_missing_contract_file_says_what_to_pass(tmp_path: Path) -> None:
    """A missing contract path is a ContractError, not a FileNotFoundError."""
    with pytest.raises(ContractError, match="no such contract file"):
        load_contract(tmp_path / "missing.json")

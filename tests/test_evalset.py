"""The evaluation set itself (tests/data/evalset): size, spread, labels kept apart, every trace loadable.

These tests check the measuring stick, not the detectors: no accuracy goal is asserted here
(bench/bench_eval.py prints those figures).
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from llmops_kit import load_traces
from llmops_kit.diagnose import CODES
from llmops_kit.io import load_trace_records

REPO = Path(__file__).resolve().parents[1]
EVALSET = REPO / "tests" / "data" / "evalset"
VERDICT_KEYS = {"label", "labels", "diagnosis", "failure_mode", "verdict", "expected_codes", "ground_truth"}


def _labels() -> list[dict[str, str]]:
    with (EVALSET / "labels.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _codes(row: dict[str, str]) -> list[str]:
    return [c for c in row["codes"].split(";") if c]


def verdict_keys(value: Any, path: str = "") -> list[str]:
    """Paths of keys in a JSON value that would carry a verdict (label, diagnosis, expected_*...)."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key.lower() in VERDICT_KEYS or key.lower().startswith("expected_"):
                found.append(f"{path}/{key}")
            found += verdict_keys(inner, f"{path}/{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            found += verdict_keys(inner, f"{path}/{i}")
    return found


def test_set_has_at_least_200_traces_in_5_domains() -> None:
    """At least 200 labelled traces from at least five domains."""
    rows = _labels()
    assert len(rows) >= 200
    assert len({r["domain"] for r in rows}) >= 5


def test_labels_cover_exactly_the_trace_files() -> None:
    """Every trace file has one label row and every label row names an existing file."""
    files = {p.relative_to(EVALSET).as_posix() for p in EVALSET.rglob("*.json")}
    listed = [r["file"] for r in _labels()]
    assert len(listed) == len(set(listed))
    assert set(listed) == files


def test_labels_use_only_known_codes() -> None:
    """Every code in labels.csv is a finding code of llmops_kit.diagnose (empty means healthy)."""
    unknown = {c for r in _labels() for c in _codes(r)} - set(CODES)
    assert not unknown


def test_every_trace_loads_with_load_traces() -> None:
    """load_traces reads the whole folder without a single error, one trace per labelled file."""
    result = load_traces(EVALSET)
    assert result.errors == []
    assert len(result.traces) == len(_labels())


def test_each_file_holds_one_trace() -> None:
    """Each labelled file loads as exactly one trace, whatever its format."""
    counts = Counter(len(load_trace_records(EVALSET / r["file"])) for r in _labels())
    assert counts == Counter({1: len(_labels())})


def test_no_trace_carries_a_verdict() -> None:
    """No key such as label, diagnosis, failure_mode or expected_* and no finding code appear inside traces."""
    for path in EVALSET.rglob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert not verdict_keys(json.loads(text)), path
        assert not [code for code in CODES if code in text], path


def test_verdict_scan_finds_a_planted_label() -> None:
    """The verdict scan is not blind: it finds labels nested anywhere in a document."""
    planted = {"spans": [{"attributes": {"expected_codes": ["PII_LEAK"]}}], "metadata": {"Diagnosis": "x"}}
    assert verdict_keys(planted) == ["/spans/0/attributes/expected_codes", "/metadata/Diagnosis"]


def test_every_code_appears_at_several_strengths() -> None:
    """Each finding code is labelled on at least 8 traces at two or more strengths (borderline ... blatant)."""
    rows = _labels()
    for code in CODES:
        labelled = [r for r in rows if code in _codes(r)]
        assert len(labelled) >= 8, code
        assert len({r["strength"] for r in labelled}) >= 2, code


def test_at_least_40_percent_healthy_with_near_miss_controls() -> None:
    """At least 40% of the set is healthy, including near-miss controls."""
    rows = _labels()
    healthy = [r for r in rows if not _codes(r)]
    assert len(healthy) >= 0.4 * len(rows)
    assert sum(r["strength"] == "control" for r in healthy) >= 30


@pytest.mark.parametrize("column", ["file", "domain", "codes", "strength", "variation"])
def test_labels_file_has_its_columns(column: str) -> None:
    """labels.csv has the columns bench/bench_eval.py reads."""
    assert column in _labels()[0]


def test_generator_reproduces_the_committed_set(tmp_path: Path) -> None:
    """tools/make_evalset.py, run again, writes byte-identical traces and labels (SDK exports kept as committed)."""
    out = tmp_path / "evalset"
    out.mkdir()
    for folder in ("langfuse", "langsmith", "otlp"):  # the SDKs are not installed here; exports are reused
        if (EVALSET / folder).is_dir():
            shutil.copytree(EVALSET / folder, out / folder)
    subprocess.run([sys.executable, str(REPO / "tools" / "make_evalset.py"), str(out)], check=True,
                   capture_output=True, text=True)
    generated = ("*.json", "labels.csv")
    committed = {p.relative_to(EVALSET): p.read_bytes() for g in generated for p in EVALSET.rglob(g)}
    written = {p.relative_to(out): p.read_bytes() for g in generated for p in out.rglob(g)}
    assert written.keys() == committed.keys()
    assert [name for name in committed if committed[name] != written[name]] == []

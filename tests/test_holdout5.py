"""Structure of the fifth held-out set (tests/data/holdout5). Sealed: these tests never score a detector on it.

They check what a reader of the set relies on: every file loads with the package loader, labels.csv and the
files agree, names are neutral, no trace carries its verdict, the generator regenerates the committed bytes,
and its checks refuse a planted verdict key or a label that contradicts a mechanical fact of the trace.
"""

from __future__ import annotations

import copy
import csv
import json
import re
import sys
from pathlib import Path

import pytest

from llmops_kit.io import load_traces

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout5"
sys.path.insert(0, str(REPO / "tools"))

import make_holdout5  # noqa: E402  (the generator lives in tools/, not in the package)

DOMAINS = {"solar", "driving", "dental", "water", "ferry"}


@pytest.fixture(scope="module")
def labels() -> list[dict[str, str]]:
    with (DATA / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def rows() -> list[tuple]:
    return make_holdout5.generate()


def _files() -> set[str]:
    return {str(p.relative_to(DATA)) for p in DATA.rglob("*.json")}


def test_every_file_loads_with_the_package_loader() -> None:
    result = load_traces(DATA)
    assert result.errors == []
    assert result.warnings == []
    assert len(result.traces) == len(_files())


def test_labels_match_the_files(labels: list[dict[str, str]]) -> None:
    assert [r["file"] for r in labels] == sorted(r["file"] for r in labels)
    assert {r["file"] for r in labels} == _files()
    assert len(labels) >= 250
    assert {r["domain"] for r in labels} == DOMAINS
    for r in labels:
        assert re.fullmatch(rf"(native|langfuse|langsmith|otlp)/{r['domain']}-\d{{3}}\.json", r["file"]), r["file"]
        codes = [c for c in r["codes"].split(";") if c]
        assert set(codes) <= set(make_holdout5.CODES), r
        assert r["strength"] in ("", "control", *make_holdout5.STRENGTHS), r
        assert bool(codes) == (r["strength"] not in ("", "control")), r


def test_every_code_at_several_strengths_and_enough_healthy(labels: list[dict[str, str]]) -> None:
    for code in make_holdout5.CODES:
        strengths = {r["strength"] for r in labels if code in r["codes"].split(";")}
        assert len(strengths) >= 2, code
    healthy = sum(not r["codes"] for r in labels) / len(labels)
    assert 0.35 <= healthy <= 0.5


def test_no_trace_carries_a_verdict_key() -> None:
    for path in DATA.rglob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert make_holdout5.verdict_keys(data) == [], path.name


def test_regenerates_byte_for_byte(tmp_path: Path) -> None:
    make_holdout5.write(tmp_path)
    for name in ("labels.csv", "README.md"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
    for rel in _files():
        assert (tmp_path / rel).read_bytes() == (DATA / rel).read_bytes(), rel


def test_the_checks_pass_on_the_generated_set(rows: list[tuple]) -> None:
    assert make_holdout5.check(rows) > 0


def test_a_planted_verdict_key_is_refused(rows: list[tuple]) -> None:
    planted = copy.deepcopy(rows)
    trace = planted[0][0]
    trace["metadata"]["expected_codes"] = ["HALLUCINATION"]
    with pytest.raises(SystemExit, match="verdict-like"):
        make_holdout5.check(planted)
    planted = copy.deepcopy(rows)
    planted[3][0]["spans"][1]["attributes"]["verdict"] = "healthy"
    with pytest.raises(SystemExit, match="verdict-like"):
        make_holdout5.check(planted)


@pytest.mark.parametrize("code", ["LATENCY_SLA_BREACH", "TOOL_TIMEOUT", "WRONG_PROMPT_VERSION", "EMPTY_RETRIEVAL",
                                  "COST_SPIKE"])
def test_a_flipped_mechanical_label_is_refused(rows: list[tuple], code: str) -> None:
    flipped = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(flipped) if code in row[1])
    trace, codes, *rest = flipped[n]
    flipped[n] = (trace, [c for c in codes if c != code], *rest)
    with pytest.raises(SystemExit, match="disagree"):
        make_holdout5.check(flipped)
    flipped = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(flipped) if not row[1])
    trace, codes, *rest = flipped[n]
    flipped[n] = (trace, [code], "clear", *rest[1:])
    with pytest.raises(SystemExit, match="disagree"):
        make_holdout5.check(flipped)


def test_a_fragment_found_in_the_evidence_is_refused(rows: list[tuple]) -> None:
    broken = copy.deepcopy(rows)
    n = next(i for i, row in enumerate(broken) if "HALLUCINATION" in row[1])
    trace, codes, strength, variation, domain, frags, planted = broken[n]
    broken[n] = (trace, codes, strength, variation, domain, [*frags, "not in this answer at all"], planted)
    with pytest.raises(SystemExit, match="invented fragment"):
        make_holdout5.check(broken)


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


def test_the_benchmark_prints_only_its_totals(monkeypatch: pytest.MonkeyPatch) -> None:
    """bench_eval routes the set to its totals-only report, by default and with --set (no detector runs here)."""
    sys.path.insert(0, str(REPO / "bench"))
    import bench_eval

    calls: list[tuple[str, Path]] = []
    monkeypatch.setattr(bench_eval, "report_totals", lambda path, heading: calls.append(("totals", path)))
    monkeypatch.setattr(bench_eval, "report_set", lambda path, heading, *a, **k: calls.append(("set", path)))
    monkeypatch.setattr(bench_eval, "pii_false_positives",
                        lambda n, planted=0.0: {"traces": 0, "pii_leak_findings": 0, "with_13plus_digit_runs": 0})
    bench_eval.main(["--set", str(DATA), "--skip-halueval"])
    assert calls == [("totals", DATA.resolve())]
    calls.clear()
    bench_eval.main(["--skip-halueval"])
    assert ("totals", bench_eval.HOLDOUT5) in calls
    assert all(path.resolve() != DATA.resolve() for kind, path in calls if kind == "set")

"""Structure of the third held-out set (tests/data/holdout3): it loads, its labels match its files, it carries no
verdict, and its generator refuses a planted verdict key or a label that disagrees with a mechanical fact.

Never scores the set: scoring is bench/bench_eval.py's (totals only until the ground3 round; since then a read
set, ``--misses holdout3``).
"""

from __future__ import annotations

import copy
import csv
import json
import re
import sys
from pathlib import Path

import pytest

from llmops_kit.io import load_trace_records

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "holdout3"
sys.path.insert(0, str(REPO / "tools"))

import make_holdout3  # noqa: E402  (a tool module, importable once tools/ is on the path)

CODES = {"EMPTY_RETRIEVAL", "RETRIEVAL_MISMATCH", "WRONG_PROMPT_VERSION", "TOOL_TIMEOUT", "TOOL_ERROR",
         "HALLUCINATION", "LATENCY_SLA_BREACH", "COST_SPIKE", "PII_LEAK"}
DOMAINS = {"rail", "furniture", "letting", "learning", "museum"}


def _labels() -> list[dict[str, str]]:
    with (DATA / "labels.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def generated() -> list[make_holdout3.Labelled]:
    return make_holdout3.generate()


def _public() -> dict[str, tuple[str, ...]]:
    return {d.NAME: d.PUBLIC for d in make_holdout3.DOMAINS}


def test_every_labelled_file_loads_as_one_trace() -> None:
    """Each file named in labels.csv loads through the package loader as exactly one trace."""
    for row in _labels():
        traces = load_trace_records(DATA / row["file"])
        assert len(traces) == 1, row["file"]


def test_labels_and_files_match() -> None:
    """labels.csv lists every trace file once and nothing else; names are neutral <domain>-NNN."""
    rows = _labels()
    listed = [r["file"] for r in rows]
    on_disk = sorted(str(p.relative_to(DATA)) for p in DATA.rglob("*.json"))
    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed) >= 250
    for r in rows:
        stem = Path(r["file"]).stem
        assert re.fullmatch(r"[a-z]+-\d{3}", stem) and stem.split("-")[0] == r["domain"], r["file"]
        assert r["domain"] in DOMAINS
        assert set(filter(None, r["codes"].split(";"))) <= CODES
        assert r["strength"] in ({"borderline", "clear", "blatant", "hidden"} if r["codes"] else {"", "control"})


def test_every_code_and_domain_is_covered() -> None:
    """Each finding code appears at two or more strengths, and about 40% of the set is healthy."""
    rows = _labels()
    for code in CODES:
        strengths = {r["strength"] for r in rows if code in r["codes"].split(";")}
        assert len(strengths) >= 2, code
    healthy = sum(not r["codes"] for r in rows) / len(rows)
    assert 0.35 <= healthy <= 0.45
    assert {r["domain"] for r in rows} == DOMAINS
    assert {r["format"] for r in rows} >= {"native", "langfuse", "langsmith", "otlp_genai", "otlp_openinference"}


def test_no_trace_file_carries_a_verdict_key() -> None:
    """No committed trace file has a key such as label, diagnosis, verdict, failure_mode or expected_*."""
    for path in DATA.rglob("*.json"):
        assert make_holdout3.verdict_keys(json.loads(path.read_text(encoding="utf-8"))) == [], path.name


def test_generator_accepts_the_set(generated: list[make_holdout3.Labelled]) -> None:
    """The generator's own checks pass on the set it writes."""
    assert make_holdout3.check(generated, _public()) > 0


def test_generator_refuses_a_planted_verdict_key(generated: list[make_holdout3.Labelled]) -> None:
    """A trace carrying a verdict-like key is refused."""
    rows = list(generated)
    trace, row = rows[0]
    planted = copy.deepcopy(trace)
    planted["metadata"]["expected_codes"] = row.codes
    rows[0] = (planted, row)
    with pytest.raises(SystemExit, match="verdict-like keys"):
        make_holdout3.check(rows, _public())


def test_generator_refuses_a_flipped_mechanical_label(generated: list[make_holdout3.Labelled]) -> None:
    """A LATENCY_SLA_BREACH label that the root span's duration contradicts is refused."""
    n = next(i for i, (_t, r) in enumerate(generated) if "LATENCY_SLA_BREACH" in r.codes)
    trace, row = generated[n]
    flipped = copy.copy(row)
    flipped.codes = [c for c in row.codes if c != "LATENCY_SLA_BREACH"]
    rows = list(generated)
    rows[n] = (trace, flipped)
    with pytest.raises(SystemExit, match="LATENCY_SLA_BREACH label False but the trace says True"):
        make_holdout3.check(rows, _public())


def test_generator_refuses_an_invented_fragment_found_in_the_evidence(
        generated: list[make_holdout3.Labelled]) -> None:
    """A HALLUCINATION whose invented fragment is in fact in the articles is refused."""
    n = next(i for i, (_t, r) in enumerate(generated) if r.absent and r.codes == ["HALLUCINATION"])
    trace, row = generated[n]
    told = copy.deepcopy(trace)
    llm = max((s for s in told["spans"] if s["kind"] == "llm"), key=lambda s: s["start_time"])
    llm["messages"][0]["content"] += f"\nNote: {row.absent[0]}."
    rows = list(generated)
    rows[n] = (told, row)
    with pytest.raises(SystemExit, match="invented fragment"):
        make_holdout3.check(rows, _public())


def test_generator_regenerates_the_committed_set(tmp_path: Path) -> None:
    """A second run writes the same labels and native traces, byte for byte."""
    make_holdout3.write(tmp_path)
    assert (tmp_path / "labels.csv").read_bytes() == (DATA / "labels.csv").read_bytes()
    assert (tmp_path / "README.md").read_bytes() == (DATA / "README.md").read_bytes()
    for path in (DATA / "native").glob("*.json"):
        assert (tmp_path / "native" / path.name).read_bytes() == path.read_bytes(), path.name

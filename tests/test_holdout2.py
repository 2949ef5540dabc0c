"""The second held-out set (tests/data/holdout2) as a measuring stick: structure, labels kept apart, reproducible.

Structure only: no detector runs here and no score is asserted; the lead measures the detectors on this set
in aggregate with bench/bench_eval.py.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from llmops_kit import load_contract
from llmops_kit.findings import CODES
from llmops_kit.io import load_trace_records

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "data" / "holdout2"
TOOLS = REPO / "tools"
FOLDERS = ("native", "langfuse", "langsmith", "otlp")
USED_ELSEWHERE = {"outdoor", "insurance", "library", "bank", "hospital", "games", "telco", "airline", "admissions",
                  "energy", "vet", "petclinic", "carrental", "hotel"}
STRENGTHS = {"borderline", "clear", "blatant", "hidden"}


def _labels() -> list[dict[str, str]]:
    with (SET / "labels.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _codes(row: dict[str, str]) -> list[str]:
    return [c for c in row["codes"].split(";") if c]


def _generator() -> Any:
    """tools/make_holdout2.py as a module (the tools folder imports its siblings by name)."""
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    import make_holdout2

    return make_holdout2


def test_set_has_200_traces_in_5_new_domains() -> None:
    """At least 200 labelled traces over at least five domains that no other set uses."""
    rows = _labels()
    domains = {r["domain"] for r in rows}
    assert len(rows) >= 200
    assert len(domains) >= 5
    assert domains.isdisjoint(USED_ELSEWHERE)


def test_labels_list_exactly_the_trace_files() -> None:
    """Every file in labels.csv exists and every trace file on disk has a label row."""
    listed = {r["file"] for r in _labels()}
    on_disk = {p.relative_to(SET).as_posix() for f in FOLDERS if (SET / f).is_dir() for p in (SET / f).glob("*.json")}
    assert listed == on_disk


def test_every_file_loads_as_one_trace() -> None:
    """Each labelled file loads with the package's loader (native or imported format) into exactly one trace."""
    counts = {r["file"]: len(load_trace_records(SET / r["file"])) for r in _labels()}
    assert {f: n for f, n in counts.items() if n != 1} == {}


def test_labels_use_known_codes_and_strengths() -> None:
    """Codes come from the package's vocabulary; positives carry a strength, healthy rows none or 'control'."""
    def ok(row: dict[str, str]) -> bool:
        codes = _codes(row)
        if not codes:
            return row["strength"] in ("", "control")
        return all(c in CODES for c in codes) and row["strength"] in STRENGTHS

    assert [r["file"] for r in _labels() if not ok(r)] == []


def test_every_code_has_positives_at_several_strengths() -> None:
    """Each code has at least 15 positives at two or more strengths; HALLUCINATION has 40 to 60."""
    rows = _labels()
    for code in CODES:
        positive = [r for r in rows if code in _codes(r)]
        assert len(positive) >= 15, code
        assert len({r["strength"] for r in positive}) >= 2, code
    assert 40 <= sum("HALLUCINATION" in _codes(r) for r in rows) <= 60


def test_healthy_share_includes_controls() -> None:
    """About 40% of the set is healthy (at least 35%), and near-threshold controls are among them."""
    rows = _labels()
    healthy = [r for r in rows if not _codes(r)]
    assert len(healthy) / len(rows) >= 0.35
    assert sum(r["strength"] == "control" for r in healthy) >= 30


def test_about_a_quarter_is_exported_through_the_sdks() -> None:
    """Langfuse, LangSmith and both OTLP attribute styles are present, about a quarter of the set in all."""
    formats = Counter(r["format"] for r in _labels())
    assert {"langfuse", "langsmith", "otlp_genai", "otlp_openinference", "native"} <= set(formats)
    assert 0.2 <= 1 - formats["native"] / sum(formats.values()) <= 0.3


def test_no_trace_file_carries_a_verdict() -> None:
    """No key named like a verdict (label, diagnosis, verdict, failure_mode, expected_*) in any trace file."""
    scan = _generator()._keys
    found = {r["file"]: scan(json.loads((SET / r["file"]).read_text(encoding="utf-8"))) for r in _labels()}
    assert {f: keys for f, keys in found.items() if keys} == {}


def test_verdict_scan_finds_a_planted_key() -> None:
    """The verdict scan is not blind: a nested expected_codes or diagnosis key is reported."""
    scan = _generator()._keys
    assert scan({"spans": [{"attributes": {"expected_codes": ["X"]}}], "metadata": {"diagnosis": "ok"}}) != []


def test_latency_and_empty_retrieval_labels_match_the_loaded_traces() -> None:
    """Read through the importers, root duration vs the contract SLA and empty retrieval agree with the labels."""
    sla = load_contract().latency.request_sla_ms
    wrong = []
    for r in _labels():
        trace = load_trace_records(SET / r["file"])[0]
        if ((trace.duration_ms or 0) > sla) != ("LATENCY_SLA_BREACH" in _codes(r)):
            wrong.append((r["file"], "latency"))
        if (trace.documents == []) != ("EMPTY_RETRIEVAL" in _codes(r)):
            wrong.append((r["file"], "retrieval"))
    assert wrong == []


def test_generator_refuses_a_label_that_disagrees_with_the_trace() -> None:
    """Flipping one mechanical label (SLA breach on a fast trace) makes the generator's check refuse the set."""
    gen = _generator()
    rows = gen.generate()
    n = next(i for i, row in enumerate(rows) if not row[1])
    trace, _, _, variation, domain = rows[n]
    rows[n] = (trace, ["LATENCY_SLA_BREACH"], "clear", variation, domain)
    with pytest.raises(SystemExit, match="LATENCY_SLA_BREACH"):
        gen.check(rows)


def test_readme_summary_table_is_current() -> None:
    """The README's summary block is the table the generator computes from labels.csv."""
    readme = (SET / "README.md").read_text(encoding="utf-8")
    assert _generator().summary(_labels()) in readme


def test_generator_rewrites_the_set_byte_for_byte(tmp_path: Path) -> None:
    """tools/make_holdout2.py run again writes identical traces, labels and README (exports copied as committed)."""
    out = tmp_path / "holdout2"
    subprocess.run([sys.executable, str(TOOLS / "make_holdout2.py"), "--out", str(out)], check=True,
                   capture_output=True, text=True)
    committed = {p.relative_to(SET): p.read_bytes() for p in SET.rglob("*") if p.is_file()}
    written = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert written.keys() == committed.keys()
    assert [name for name in committed if committed[name] != written[name]] == []

"""Structure checks of the fact-free paraphrase dev set (tests/data/paraphrase_dev); nothing here scores a detector.

Every trace loads without errors, labels.csv and the files agree, no trace carries a verdict-like key, every
invented fragment sits in its answer and in no article, system prompt or question, no healthy answer carries a
listed fragment, and the generator writes the committed files again byte for byte.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

from llmops_kit.io import load_traces

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "paraphrase_dev"
sys.path.insert(0, str(REPO / "tools"))

import make_paraphrase_dev  # noqa: E402  (the generator lives in tools/, not in the package)
from paraphrase_dev_content import DOMAINS  # noqa: E402

KINDS = set(make_paraphrase_dev.HEALTHY_KINDS + make_paraphrase_dev.HALLUCINATION_KINDS)


def _labels() -> list[dict[str, str]]:
    with (DATA / "labels.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _fragments() -> dict[str, list[str]]:
    with (DATA / "fragments.csv").open(encoding="utf-8") as fh:
        return {r["file"]: r["fragments"].split(" | ") for r in csv.DictReader(fh)}


def _answer(trace: dict) -> str:
    return trace["output"]["answer"]


def test_every_trace_loads_without_errors() -> None:
    result = load_traces(DATA / "native")
    assert not result.errors, result.errors[:3]
    assert len(result.traces) == len(_labels())


def test_labels_match_files_and_conventions() -> None:
    labels = _labels()
    files = sorted(f"native/{p.name}" for p in (DATA / "native").glob("*.json"))
    assert sorted(r["file"] for r in labels) == files
    assert len(labels) >= 150
    for r in labels:
        assert r["domain"] in DOMAINS and r["file"].startswith(f"native/{r['domain']}-")
        assert r["variation"] in KINDS and r["format"] == "native"
        if r["variation"] in make_paraphrase_dev.HEALTHY_KINDS:
            assert r["codes"] == "" and r["strength"] == ""
        else:
            assert r["codes"] == "HALLUCINATION" and r["strength"] in make_paraphrase_dev.STRENGTHS
    assert {r["variation"] for r in labels} == KINDS
    healthy = sum(not r["codes"] for r in labels)
    assert 0.35 <= healthy / len(labels) <= 0.65


def test_no_verdict_key_in_any_trace() -> None:
    for p in (DATA / "native").glob("*.json"):
        assert make_paraphrase_dev.verdict_keys(json.loads(p.read_text(encoding="utf-8"))) == [], p.name


@pytest.mark.parametrize("row", _labels(), ids=lambda r: r["file"])
def test_fragments_in_answer_and_absent_from_evidence(row: dict[str, str]) -> None:
    trace = json.loads((DATA / row["file"]).read_text(encoding="utf-8"))
    answer = _answer(trace).lower()
    domain = DOMAINS[row["domain"]]
    seen = " ".join([domain["system"], trace["input"]["query"],
                     *(f"{t} {x}" for t, x in domain["articles"].values())]).lower()
    frags = _fragments().get(row["file"], [])
    if row["codes"]:
        assert frags
        for f in frags:
            assert f.lower() in answer, f
            assert f.lower() not in seen, f
            for span in trace["spans"]:  # also absent from every passage and message the trace records
                for doc in span.get("documents", []):
                    assert f.lower() not in doc["content"].lower(), f
        return
    assert not frags
    every = {f.lower() for fs in _fragments().values() for f in fs}
    assert not [f for f in every if f in answer]


def test_healthy_shape_only() -> None:
    """Retriever scores over the relevance floor, the expected prompt version, no tool, root under the SLA."""
    contract = json.loads((REPO / "runbooks" / "observability_contract.json").read_text(encoding="utf-8"))
    for p in (DATA / "native").glob("*.json"):
        t = json.loads(p.read_text(encoding="utf-8"))
        kinds = [s["kind"] for s in t["spans"]]
        assert "tool" not in kinds
        scores = [d["score"] for s in t["spans"] if s["kind"] == "retriever" for d in s["documents"]]
        assert scores and min(scores) >= contract["retrieval"]["relevance_floor"]
        for s in t["spans"]:
            if s["kind"] == "llm" and s["prompt"]["name"] == "support-answer":
                assert s["prompt"]["version"] == contract["prompts"]["expected"]["support-answer"]


def test_regeneration_is_byte_for_byte(tmp_path: Path) -> None:
    make_paraphrase_dev.write(tmp_path)
    for rel in ["labels.csv", "fragments.csv", *(f"native/{p.name}" for p in (DATA / "native").glob("*.json"))]:
        assert (tmp_path / rel).read_bytes() == (DATA / rel).read_bytes(), rel
    assert len(list((tmp_path / "native").glob("*.json"))) == len(list((DATA / "native").glob("*.json")))

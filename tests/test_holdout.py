"""Structure of the held-out evaluation set (tests/data/holdout): labelled, loadable, neutral, reproducible.

These tests never run the detectors: the set exists to measure them once, at the end, on data nobody tuned
on (``bench/bench_eval.py`` prints the scores). They check what makes the measurement honest.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from llmops_kit.diagnose import CODES
from llmops_kit.io import load_trace_records

REPO = Path(__file__).resolve().parents[1]
HOLDOUT = REPO / "tests" / "data" / "holdout"
DEV_DOMAINS = {"insurance", "library", "bank", "hospital", "games", "telco"}
FOLDERS = {"native", "langfuse", "langsmith", "otlp"}
VERDICT = re.compile(r"^(label|labels|diagnosis|failure_mode|verdict|expected_.*)$", re.IGNORECASE)

sys.path.insert(0, str(REPO / "tools"))
import make_holdout  # noqa: E402
from holdout_build import Spec  # noqa: E402


def _labels() -> list[dict[str, str]]:
    with (HOLDOUT / "labels.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _keys(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [*value, *(k for inner in value.values() for k in _keys(inner))]
    if isinstance(value, list):
        return [k for inner in value for k in _keys(inner)]
    return []


def test_set_is_big_and_varied_enough() -> None:
    """At least 200 traces over at least 5 domains, none of them a dev-set domain, and >= 40% healthy."""
    rows = _labels()
    domains = Counter(r["domain"] for r in rows)
    assert len(rows) >= 200
    assert len(domains) >= 5 and not set(domains) & DEV_DOMAINS
    assert sum(not r["codes"] for r in rows) / len(rows) >= 0.4


def test_every_code_is_labelled_at_several_strengths() -> None:
    """Every finding code appears, at two or more strengths, and no label uses a code outside the vocabulary."""
    seen: dict[str, set[str]] = {}
    for row in _labels():
        for code in filter(None, row["codes"].split(";")):
            assert code in CODES, f"{row['file']}: unknown code {code}"
            seen.setdefault(code, set()).add(row["strength"])
    assert set(seen) == set(CODES)
    assert all(len(strengths) >= 2 for strengths in seen.values()), seen


def test_every_file_is_labelled_once_and_loads_as_one_trace() -> None:
    """Each labelled file loads through llmops_kit.io as exactly one trace; no trace file is unlabelled."""
    rows = _labels()
    files = [r["file"] for r in rows]
    assert len(files) == len(set(files))
    on_disk = {p.relative_to(HOLDOUT).as_posix() for p in HOLDOUT.rglob("*.json")}
    assert on_disk == set(files)
    for rel in files:
        assert len(load_trace_records(HOLDOUT / rel)) == 1, rel


def test_names_are_neutral() -> None:
    """File names are <folder>/<domain>-NNN.json: the domain and a number, never a code or a variation."""
    for row in _labels():
        match = re.fullmatch(r"(\w+)/([a-z]+)-(\d{3})\.json", row["file"])
        assert match and match.group(1) in FOLDERS and match.group(2) == row["domain"], row["file"]


def test_no_trace_carries_a_verdict() -> None:
    """No key such as label, diagnosis, failure_mode or expected_* anywhere inside a trace file."""
    for path in HOLDOUT.rglob("*.json"):
        bad = [k for k in _keys(json.loads(path.read_text(encoding="utf-8"))) if VERDICT.match(k)]
        assert not bad, f"{path.name}: {bad}"


def test_about_a_quarter_goes_through_the_sdk_exports() -> None:
    """Between 20% and 35% of the traces are Langfuse, LangSmith or OTLP exports, each format present."""
    formats = Counter(r["format"] for r in _labels())
    exported = sum(n for fmt, n in formats.items() if fmt != "native")
    assert 0.2 <= exported / sum(formats.values()) <= 0.35
    assert {"langfuse", "langsmith", "otlp_genai", "otlp_openinference"} <= set(formats)


def test_regenerates_identically(tmp_path: Path) -> None:
    """tools/make_holdout.py writes byte-identical native traces and labels (exports: same trace facts)."""
    make_holdout.main(out=tmp_path, committed=HOLDOUT)
    assert (tmp_path / "labels.csv").read_bytes() == (HOLDOUT / "labels.csv").read_bytes()
    for row in _labels():
        if row["format"] == "native":
            assert (tmp_path / row["file"]).read_bytes() == (HOLDOUT / row["file"]).read_bytes(), row["file"]
        else:
            new, old = load_trace_records(tmp_path / row["file"])[0], load_trace_records(HOLDOUT / row["file"])[0]
            assert (new.trace_id, new.answer, len(new.spans)) == (old.trace_id, old.answer, len(old.spans))


def test_exports_keep_the_facts_the_labels_rest_on() -> None:
    """An exported trace has the generator's answer, duration, tokens, documents and prompt version."""
    natives = {f"{stem}": trace for stem, _, _, trace in make_holdout.generate()}
    for row in _labels():
        if row["format"] == "native":
            continue
        loaded = load_trace_records(HOLDOUT / row["file"])[0]
        native = natives[Path(row["file"]).stem]
        llms = [s for s in native["spans"] if s["kind"] == "llm"]
        assert loaded.answer == native["output"]["answer"], row["file"]
        assert loaded.duration_ms == pytest.approx(make_holdout.duration_ms(native), abs=1.0)
        assert loaded.usage is not None and loaded.usage.total_tokens == make_holdout.total_tokens(native)
        assert len(loaded.documents or []) == sum(len(s.get("documents") or []) for s in native["spans"])
        assert loaded.prompt_version in {llms[-1]["prompt"]["version"], "v2.0", "v1.3"}, row["file"]


def test_generator_refuses_a_label_that_contradicts_its_trace() -> None:
    """The generator's safety net: a healthy label on a 6-second request, or a cost label at 1x, is refused."""
    domain, requests = make_holdout.holdout_airline.DOMAIN, make_holdout.holdout_airline.REQUESTS
    start = make_holdout.datetime(2025, 5, 1, tzinfo=make_holdout.timezone.utc)
    slow = Spec("cabin", "One cabin bag of 8 kg.", target_ms=6000)
    with pytest.raises(ValueError, match="duration"):
        make_holdout.check("x", slow, make_holdout.build(domain, requests, slow, "t", start), median=1800)
    cheap = Spec("cabin", "One cabin bag of 8 kg.", codes=("COST_SPIKE",))
    with pytest.raises(ValueError, match="tokens"):
        make_holdout.check("y", cheap, make_holdout.build(domain, requests, cheap, "t", start), median=1800)


def test_readme_table_matches_the_labels() -> None:
    """The README's summary (codes by strength, healthy share, domains, formats) is the one the labels give."""
    assert make_holdout.summary(_labels()) in (HOLDOUT / "README.md").read_text(encoding="utf-8")


def test_bench_eval_never_lists_the_sealed_halfs_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    """`bench_eval.py --set tests/data/holdout` prints the whole set as totals and lists misses for the read
    half only (report_set is stubbed: nothing is scored here)."""
    sys.path.insert(0, str(REPO / "bench"))
    import bench_eval

    calls: list[tuple[frozenset[str] | None, bool]] = []
    monkeypatch.setattr(bench_eval, "report_set",
                        lambda path, heading, domains=None, misses=True: calls.append((domains, misses)))
    monkeypatch.setattr(bench_eval, "pii_false_positives",
                        lambda n, planted=0.0: {"traces": 0, "pii_leak_findings": 0, "with_13plus_digit_runs": 0})
    bench_eval.main(["--set", str(HOLDOUT), "--skip-halueval"])
    assert calls == [(None, False), (bench_eval.HOLDOUT_READ, True)]
    assert not bench_eval.HOLDOUT_READ & bench_eval.HOLDOUT_SEALED


@pytest.mark.parametrize(("argv", "culprit"), [(["--help"], None),
                                              (["--skip-halueval", "--sett", "tests/data/holdout2"], "--sett"),
                                              (["--pii_n=5"], "--pii_n=5")])
def test_bench_eval_scores_nothing_on_help_or_an_unknown_option(
        argv: list[str], culprit: str | None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped option used to fall through to the default run, which prints the sealed sets' totals: now
    ``--help`` prints the usage and an unknown option names itself, and neither scores anything."""
    sys.path.insert(0, str(REPO / "bench"))
    import bench_eval

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a set was scored")

    for name in ("report_set", "report_totals", "pii_false_positives"):
        monkeypatch.setattr(bench_eval, name, refuse)
    with pytest.raises(SystemExit) as stop:
        bench_eval.main(argv)
    if culprit is None:
        assert stop.value.code == 0 and "--set" in capsys.readouterr().out
    else:
        assert culprit in str(stop.value.code)

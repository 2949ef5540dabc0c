"""The first-score replays that chose the contract's groundedness floor: they must be the sets they name, and replayed
at the settings of their day they must give the HALLUCINATION figures published at each set's first unseen score
(docs/benchmarks.md), or they do not replay what was measured."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest

from llmops_kit.contract import load_contract

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import first_score_replay  # noqa: E402

from llmops_kit import claim_decision  # noqa: E402

#: HALLUCINATION precision and recall at each set's first unseen score, as docs/benchmarks.md gives them
PUBLISHED = {"holdout16": (0.56, 0.84), "holdout17": (0.58, 0.92), "holdout18": (0.644, 0.833),
             "holdout19": (0.682, 0.880), "holdout20": (0.702, 0.830), "holdout21": (0.656, 0.860),
             "holdout22": (0.59, 0.76), "holdout23": (0.71, 0.83), "holdout24": (0.692, 0.871),
             "holdout25": (0.636, 0.828), "holdout26": (0.693, 0.849),
             "holdout27": (0.661, 0.796), "holdout28": (0.705, 0.849),
             "holdout29": (0.764, 0.871), "holdout30": (0.720, 0.774),
             "holdout31": (0.798, 0.806), "holdout32": (0.781, 0.882),
             "holdout33": (0.658, 0.849), "holdout34": (0.798, 0.763),
             "holdout35": (0.788, 0.882), "holdout36": (0.879, 0.935),
             "holdout37": (0.731, 0.731), "holdout38": (0.808, 0.860)}


def test_each_replay_holds_its_set_trace_for_trace_with_the_set_s_own_labels() -> None:
    replays = first_score_replay.load()
    assert [r["set"] for r in replays] == sorted(PUBLISHED)
    for replay in replays:
        assert re.fullmatch(r"[0-9a-f]{40}", replay["commit"])
        with (REPO / "tests" / "data" / replay["set"] / "labels.csv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert [t["file"] for t in replay["traces"]] == [r["file"] for r in rows]
        assert [sorted(t["codes"]) for t in replay["traces"]] == [sorted(c for c in r["codes"].split(";") if c)
                                                                  for r in rows]


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_a_replay_at_its_day_s_settings_gives_the_published_first_score(name: str) -> None:
    """The floor and point recorded with the replay (0.6 and 0.30 / 0.50 up to holdout25, 0.5 and 0.30 / 0.90 for
    holdout26 to holdout38), within one trace: holdout19's published score caught one hallucination by a route
    outside the claims' verdicts."""
    [replay] = [r for r in first_score_replay.load() if r["set"] == name]
    counts = first_score_replay.hallucination_counts(replay, replay["groundedness_floor"],
                                                     first_score_replay.point_of(replay))
    precision, recall = PUBLISHED[name]
    caught = round(recall * (counts["tp"] + counts["fn"]))
    false_alarms = round(caught / precision - caught)
    assert abs(counts["tp"] - caught) <= 1 and abs(counts["fp"] - false_alarms) <= 1


def test_the_contract_s_floor_removes_false_alarms_on_every_replay_and_loses_fewer_hallucinations_overall() -> None:
    """The reason for the floor, checked on every set as it was first met (control: the same replays at the old
    floor 0.6): fewer false alarms on each, never more hallucinations lost than false alarms removed, and over all
    the replays far fewer lost than removed. holdout29, replayed after the floor was set, is a tie (one false alarm
    removed, one hallucination lost), so "more right on every set" no longer holds and is not asserted."""
    floor = load_contract().quality.groundedness_floor
    point = (claim_decision.UNSUPPORTED_AT, claim_decision.FABRICATED_AT)
    lost = removed = 0
    for replay in first_score_replay.load():
        old = first_score_replay.hallucination_counts(replay, 0.6, point)
        new = first_score_replay.hallucination_counts(replay, floor, point)
        assert new["fp"] < old["fp"] and old["tp"] - new["tp"] <= old["fp"] - new["fp"], replay["set"]
        lost += old["tp"] - new["tp"]
        removed += old["fp"] - new["fp"]
    assert 5 * lost < removed, (lost, removed)


def test_a_truncated_or_incomplete_replay_is_refused_with_its_file_name(tmp_path: Path) -> None:
    (tmp_path / "holdout90.json").write_text('{"set": "holdout90", "commit": "ab', "utf-8")
    with pytest.raises(ValueError, match=r"holdout90\.json: not a first-score replay"):
        first_score_replay.load(tmp_path)
    (tmp_path / "holdout90.json").write_text('{"set": "holdout90"}', "utf-8")
    with pytest.raises(ValueError, match=r"holdout90\.json: a first-score replay needs commit, traces"):
        first_score_replay.load(tmp_path)
    (tmp_path / "holdout90.json").write_bytes(b'{"set": "\xff"}')
    with pytest.raises(ValueError, match="not a first-score replay"):
        first_score_replay.load(tmp_path)


def test_a_rejudged_claim_changes_the_counts_and_no_rejudging_changes_nothing() -> None:
    """The replays record each claim's text and verdict, so a trial can judge them again: keeping every verdict
    (the control) gives the counts as replayed; calling every absent figure supported fires fewer traces."""
    floor = load_contract().quality.groundedness_floor
    point = (claim_decision.UNSUPPORTED_AT, claim_decision.FABRICATED_AT)
    [replay] = [r for r in first_score_replay.load() if r["set"] == "holdout26"]
    assert all("claim" in claim for trace in replay["traces"] for claim in trace["claims"])
    as_replayed = first_score_replay.hallucination_counts(replay, floor, point)
    assert first_score_replay.hallucination_counts(replay, floor, point, rejudge=lambda claim, verdict: None) == \
        as_replayed
    lenient = first_score_replay.hallucination_counts(
        replay, floor, point, rejudge=lambda claim, verdict: "supported" if verdict == "absent" else None)
    assert lenient["tp"] + lenient["fp"] < as_replayed["tp"] + as_replayed["fp"]



def test_a_replay_in_the_older_form_is_still_read() -> None:
    """A claim recorded as its verdict alone, or as its signals alone (the replays before holdout26 was opened)."""
    point = (claim_decision.UNSUPPORTED_AT, claim_decision.FABRICATED_AT)
    [replay] = [r for r in first_score_replay.load() if r["set"] == "holdout26"]
    settled = next(c for t in replay["traces"] for c in t["claims"] if "signals" in c)
    bar = replay["semantic_support"]
    assert first_score_replay.verdict_of("absent", point, bar) == "absent"
    assert first_score_replay.verdict_of(settled["signals"], point, bar) == \
        first_score_replay.verdict_of(settled, point, bar)
    assert first_score_replay.point_of({"set": "holdout90"}) == first_score_replay.FIRST_SCORE_POINT


def test_the_kinds_wrong_at_first_score_add_up_to_each_replay_s_misses_and_false_alarms() -> None:
    """``kinds`` regroups the same verdicts by the label's kind: over every kind, each set's wrong traces must be its
    misses plus its false alarms at its own first-score settings (control: ``hallucination_counts``)."""
    replays = first_score_replay.load()
    traces = first_score_replay.trace_kinds(replays)
    for replay in replays:
        counts = first_score_replay.hallucination_counts(replay, replay["groundedness_floor"],
                                                         first_score_replay.point_of(replay))
        mine = traces[traces["set"] == replay["set"]]
        assert len(mine) == len(replay["traces"])
        assert int((mine["labelled"] & ~mine["fired"]).sum()) == counts["fn"], replay["set"]
        assert int((~mine["labelled"] & mine["fired"]).sum()) == counts["fp"], replay["set"]
    summary = first_score_replay.kinds_wrong(traces)
    assert int(summary["wrong"].sum()) == int((traces["labelled"] != traces["fired"]).sum())
    assert (summary["sets_wrong"] <= summary["sets"]).all() and (summary["wrong"] <= summary["traces"]).all()


def test_a_replayed_trace_missing_from_its_set_s_labels_is_refused(tmp_path: Path) -> None:
    (tmp_path / "holdout99").mkdir()
    (tmp_path / "holdout99" / "labels.csv").write_text("file,domain,codes,strength,variation,format\n"
                                                      "native/a-001.json,a,,,right answer: terse,native\n", "utf-8")
    replay = {"set": "holdout99", "groundedness_floor": 0.5, "semantic_support": 0.8, "operating_point": [0.3, 0.9],
              "traces": [{"file": "native/a-002.json", "codes": [], "evaluable": False, "claims": []}]}
    with pytest.raises(ValueError, match=re.escape("a-002.json is replayed but not in labels.csv")):
        first_score_replay.trace_kinds([replay], data=tmp_path)

"""Replay each held-out set's first unseen score, so the claim decision's operating point is chosen on claims
the project had not read when it judged them.

Every read set but the oldest was scored twice while sealed before it was opened. Its traces have been read since,
and the rounds that followed made the current code flatter on them than on a set nobody has read: on holdout17 to
holdout24, the false alarms the fitted decision raised alone fell from 61 at their first scores to 31 today, while
the true positives it alone caught stayed at 29. Choosing the operating point on today's verdicts of those sets
would weigh the false alarms the rounds already removed by hand as if an unseen set would not raise them again.

``dump`` records, for one set at the commit of its first score, every trace's label and its claims: each one's text,
final verdict, missing facts and source, and the lexical and semantic signals of each claim the fitted decision
settled, so :mod:`fit_claim_decision` can decide them again at any grid point and a reading or setting can be tried
on the claims as first met (``hallucination_counts(..., rejudge=...)``) before it is built. (A replay in the older
form, a claim's verdict alone or its signals alone, and no operating point, is still read.) It runs with the old
checkout as the working directory and imports that checkout's package and attribution script::

    git worktree add ../first-score <commit>
    cd ../first-score && PYTHONPATH=. python <this repository>/tools/first_score_replay.py dump holdout24 \\
        -o <this repository>/tests/data/first_scores/holdout24.json --commit <commit>

``table`` decides every replay again, at the contract's groundedness floor and the committed operating point of
:mod:`llmops_kit.claim_decision` unless told otherwise, and prints HALLUCINATION per set beside the published
first-score settings (each replay's recorded floor and operating point; 0.30 / 0.50 before holdout26)::

    python tools/first_score_replay.py table [--floor 0.5] [--point 0.3 0.5]

``kinds`` says which kinds of trace the detector got wrong when it first met them, and on how many authors' sets:
each trace's kind is its label's variation up to the first colon (``labels.csv``), each replay is decided at its own
first-score settings, and a kind wrong on many sets is a general weakness, not one author's phrasing::

    python tools/first_score_replay.py kinds [--min-sets 3]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "data" / "first_scores"
#: The claim decision's operating point at the first-score commits of holdout16-25, for a replay in the older form
#: that does not record it (every replay written now records its point, as it records its floor).
FIRST_SCORE_POINT = (0.3, 0.5)
SIGNAL_FIELDS = ("share_all", "share_best", "novel", "novel_words", "similarity", "facts")


def dump(name: str, output: Path, commit: str) -> None:
    """Score set ``name`` with the checkout in the working directory, the fitted decision's calls watched."""
    root = Path.cwd()
    sys.path[:0] = [str(root / "tools"), str(root / "bench"), str(root)]
    import attribute_false_alarms as attribution
    from bench_eval import read_labels

    from llmops_kit import claim_decision

    decided: dict[str, tuple[Any, str]] = {}
    original = claim_decision.decide

    def watched(signals: Any, semantic_support: float, *args: Any, **kwargs: Any) -> str:
        result = original(signals, semantic_support, *args, **kwargs)
        decided[signals.claim] = (signals, result)
        return result

    claim_decision.decide = watched
    contract = attribution.load_contract()
    scorer = attribution.HeuristicScorer(contract)
    labels = read_labels(root / "tests" / "data" / name)
    traces = []
    for rel, codes in zip(labels["file"], labels["expected"], strict=True):
        (trace,) = attribution.load_trace_records(root / "tests" / "data" / name / rel)
        decided.clear()
        report = scorer.score(trace.answer, attribution.trace_context(trace), query=trace.query,
                              instructions=attribution.trace_instructions(trace),
                              history=attribution.trace_history(trace),
                              earlier_answers=attribution.trace_earlier_answers(trace))
        record: dict[str, Any] = {"file": rel, "codes": list(codes), "evaluable": False, "claims": []}
        if report.evaluable and report.groundedness is not None:
            record["evaluable"] = True
            for verdict in attribution.settle(report, trace).support:
                signals, result = decided.get(verdict.claim, (None, None))
                claim: dict[str, Any] = {"claim": verdict.claim, "verdict": verdict.verdict,
                                         "missing": list(verdict.missing), "source": verdict.source}
                if signals is not None and result == verdict.verdict:
                    claim["signals"] = {field: getattr(signals, field) for field in SIGNAL_FIELDS}
                record["claims"].append(claim)
        traces.append(record)
    payload = {"set": name, "commit": commit, "semantic_support": contract.quality.semantic_support,
               "groundedness_floor": contract.quality.groundedness_floor, "traces": traces,
               "operating_point": [claim_decision.UNSUPPORTED_AT, claim_decision.FABRICATED_AT]}
    output.write_text(json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"{name} at {commit}: {len(traces)} traces -> {output.name}")


def load(folder: Path = FOLDER) -> list[dict[str, Any]]:
    """The committed replays, one dict per set (``set``, ``commit``, ``traces``), ordered by set name."""
    replays = []
    for path in sorted(folder.glob("holdout*.json")):
        try:
            replay = json.loads(path.read_text("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(f"{path.name}: not a first-score replay ({error}); rewrite it with "
                             f"tools/first_score_replay.py dump") from error
        missing = {"set", "commit", "traces"} - set(replay) if isinstance(replay, dict) else {"an object"}
        if missing:
            raise ValueError(f"{path.name}: a first-score replay needs {', '.join(sorted(missing))}; rewrite it "
                             f"with tools/first_score_replay.py dump")
        replays.append(replay)
    return replays


def point_of(replay: dict[str, Any]) -> tuple[float, float]:
    """The operating point of a replay's first-score commit: recorded, or :data:`FIRST_SCORE_POINT`."""
    point = replay.get("operating_point", FIRST_SCORE_POINT)
    return float(point[0]), float(point[1])


def signals_of(claim: dict[str, Any]) -> Any:
    """A recorded claim's signals as the package's :class:`~llmops_kit.claim_decision.ClaimSignals`."""
    from llmops_kit.claim_decision import ClaimSignals

    signals = claim.get("signals", claim)
    return ClaimSignals(claim="", **{**signals, "novel_words": tuple(signals["novel_words"])})


#: A way to judge a recorded claim again: given the claim as recorded (its text, verdict, missing facts, source) and
#: the verdict the replay gives it, the verdict to use instead (or None to keep it). What a reading or a setting
#: would change on the sets as first met is measured this way, before it is built.
Rejudge = Callable[[dict[str, Any], str], "str | None"]


def settled(claim: Any) -> bool:
    """Did the fitted decision settle the recorded claim (its signals recorded, its verdict decided again)?"""
    return isinstance(claim, dict) and ("signals" in claim or "verdict" not in claim)


def verdict_of(claim: Any, point: tuple[float, float], bar: float) -> str:
    """A recorded claim's verdict: decided again at ``point`` when the fitted decision settled it, else as recorded
    (a plain verdict in the older replays, an object with its text in the later ones)."""
    from llmops_kit.claim_decision import decision_at, probability

    if settled(claim):
        return decision_at(probability(signals_of(claim), bar), point)
    return claim if isinstance(claim, str) else str(claim["verdict"])


def fires(claims: list[Any], floor: float, point: tuple[float, float], bar: float,
          rejudge: Rejudge | None = None) -> bool:
    """The detector's rule on one replayed trace, each claim the decision settled decided again at ``point``
    (unsupported at, invented at), and each recorded claim judged again by ``rejudge`` when given."""
    from llmops_kit.grounding import fires_hallucination

    verdicts = [verdict_of(claim, point, bar) for claim in claims]
    if rejudge is not None:
        verdicts = [(rejudge(claim, verdict) or verdict) if isinstance(claim, dict) and "claim" in claim else verdict
                    for claim, verdict in zip(claims, verdicts, strict=True)]
    return fires_hallucination(verdicts, floor)


def hallucination_counts(replay: dict[str, Any], floor: float, point: tuple[float, float],
                         rejudge: Rejudge | None = None) -> dict[str, int]:
    """HALLUCINATION true positives, false alarms and misses of one replayed set."""
    counts = {"tp": 0, "fp": 0, "fn": 0}
    for trace in replay["traces"]:
        fired = trace["evaluable"] and fires(trace["claims"], floor, point, replay["semantic_support"], rejudge)
        labelled = "HALLUCINATION" in trace["codes"]
        if fired or labelled:
            counts["tp" if fired and labelled else "fp" if fired else "fn"] += 1
    return counts


def table(floor: float, point: tuple[float, float]) -> None:
    """Print each replayed set at its first score's settings and at ``floor`` / ``point``."""
    print(f"HALLUCINATION on the first-score replays: first score (its own floor and point) -> floor {floor}, "
          f"point {point[0]:.2f} / {point[1]:.2f}")
    total = {"then": [0, 0, 0], "now": [0, 0, 0]}
    for replay in load():
        cells = []
        for key, (f, p) in (("then", (replay["groundedness_floor"], point_of(replay))), ("now", (floor, point))):
            c = hallucination_counts(replay, f, p)
            total[key] = [a + c[k] for a, k in zip(total[key], ("tp", "fp", "fn"), strict=True)]
            cells.append(f"TP {c['tp']:>3} FP {c['fp']:>3} FN {c['fn']:>3}")
        print(f"  {replay['set']:<10} {cells[0]}  ->  {cells[1]}")
    for key, (tp, fp, fn) in total.items():
        print(f"  all {key:<6} TP {tp} FP {fp} FN {fn}  precision {tp / (tp + fp):.3f}  recall {tp / (tp + fn):.3f}")


def trace_kinds(replays: list[dict[str, Any]], data: Path = FOLDER.parent) -> pd.DataFrame:
    """One row per replayed trace: its set, its kind (the label's variation up to the first colon, from the set's
    ``labels.csv``), whether it is labelled HALLUCINATION and whether the replay fired at its first-score settings."""
    rows = []
    for replay in replays:
        labels = pd.read_csv(data / replay["set"] / "labels.csv", dtype=str, keep_default_na=False)
        kind_of = dict(zip(labels["file"], labels["variation"].str.split(":").str[0].str.strip(), strict=True))
        floor, point = replay["groundedness_floor"], point_of(replay)
        for trace in replay["traces"]:
            if trace["file"] not in kind_of:
                raise ValueError(f"{replay['set']}: {trace['file']} is replayed but not in labels.csv; dump the "
                                 f"replay again from the set as it is")
            fired = trace["evaluable"] and fires(trace["claims"], floor, point, replay["semantic_support"])
            rows.append({"set": replay["set"], "kind": kind_of[trace["file"]],
                         "labelled": "HALLUCINATION" in trace["codes"], "fired": bool(fired)})
    return pd.DataFrame(rows, columns=["set", "kind", "labelled", "fired"])


def kinds_wrong(traces: pd.DataFrame) -> pd.DataFrame:
    """Per kind and side (a miss of a labelled trace, or a false alarm): on how many sets it went wrong, how many
    traces went wrong, and how many there were; the kinds wrong on most sets first."""
    traces = traces.assign(side=traces["labelled"].map({True: "miss", False: "false alarm"}),
                           wrong=traces["labelled"] != traces["fired"])
    grouped = traces.groupby(["kind", "side"])
    summary = pd.DataFrame({
        "sets_wrong": grouped.apply(lambda g: g.loc[g["wrong"], "set"].nunique(), include_groups=False),
        "sets": grouped["set"].nunique(), "wrong": grouped["wrong"].sum(), "traces": grouped.size()})
    summary = summary[summary["wrong"] > 0]
    return summary.sort_values(["sets_wrong", "wrong"], ascending=False)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("dump", help="record one set's first score (run in a checkout of that commit)")
    one.add_argument("set", help="the set's folder name under tests/data, e.g. holdout24")
    one.add_argument("-o", "--output", type=Path, required=True)
    one.add_argument("--commit", required=True, help="the commit of the set's first score (recorded, not checked)")
    show = sub.add_parser("table", help="HALLUCINATION per replayed set, then and at a floor / point")
    show.add_argument("--floor", type=float, help="groundedness floor (default: the contract's)")
    show.add_argument("--point", type=float, nargs=2, metavar=("UNSUPPORTED_AT", "FABRICATED_AT"),
                      help="the claim decision's operating point (default: the committed one)")
    kinds = sub.add_parser("kinds", help="the kinds of trace wrong at first score, by how many sets")
    kinds.add_argument("--min-sets", type=int, default=1, help="print kinds wrong on at least this many sets")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.set, args.output, args.commit)
        return
    sys.path.insert(0, str(FOLDER.parents[2]))
    from llmops_kit import claim_decision
    from llmops_kit.contract import load_contract

    if args.command == "kinds":
        summary = kinds_wrong(trace_kinds(load()))
        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200):
            print(summary[summary["sets_wrong"] >= args.min_sets])
        return
    floor = args.floor if args.floor is not None else load_contract().quality.groundedness_floor
    point = tuple(args.point) if args.point else (claim_decision.UNSUPPORTED_AT, claim_decision.FABRICATED_AT)
    table(floor, point)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Judge the claim decision's operating point and refits across authors: leave one author's read set out.

``tools/fit_claim_decision.py`` fits on seven read sets; thirteen read sets exist (``evalset``, the read half of
``holdout``, ``holdout2``-``holdout12``), each by one author, so leaving one out at a time estimates what a choice
does on an unseen author. Every read set and HaluEval's tuning half is scored once through the fitting script's
own loader (the read half of ``holdout`` only through it; never a sealed set), then for each author left out:

- ``point:GOAL``: the committed coefficients, (``UNSUPPORTED_AT``, ``FABRICATED_AT``) chosen on the other authors;
- ``refit:GOAL:L2:COLUMNS``: the fitting script's recipe (labels, Newton's method) with that L2 and those columns
  of :data:`llmops_kit.claim_decision.FEATURES`, fitted and its point chosen on the other authors;
- ``balanced:GOAL:L2``: the same with every group (author, HaluEval's tuning half) weighing the same in total.

A point always meets the fitting script's HaluEval tuning floor; GOAL is pooled over the training authors: ``f1``
(the fitting script's), ``f05`` (F0.5, precision weighted), ``p90`` (best recall at precision >= 0.9, else best
precision). The one left out is scored against the committed decision (``--fair``: on its seven fitted sets, the
committed recipe refitted without the one left out, as ``fit_claim_decision.py --loso`` does). Claims are fitted
as the fitting script fits them (meaning readings off); traces are scored with every reading on, so the
HALLUCINATION verdicts are the package's (the same as ``bench_eval.py`` but for the few traces that fire on no
claim verdict). ``right`` counts traces whose HALLUCINATION verdict matches the label (exact totals move by at
most that much). An author is *better* when ``right`` and precision rise and recall falls less than precision
rises.

What it found (the ``fit20`` round, ``docs/benchmarks.md``): every variant trades recall for precision. The
best (the recipe refitted on twelve authors, F1 or F0.5, or author-balanced) is better on 8 authors of 13 and
not on the same five each time (holdout3, holdout6, holdout8, holdout10, holdout11; holdout8 and holdout11 lose
three traces each), pooled HALLUCINATION 0.805 / 0.900 -> 0.845 / 0.873 (F0.5); the point alone (0.4 / 0.5) is
better on 3 (F1) or 7 (F0.5) of 13, stronger L2 (10) on 3, dropping ``share_all`` on 2. None is better on a clear
majority of authors, so the committed decision stays. Deterministic. Run:
``.venv/bin/python tools/loso_claim_decision.py [--fair] [--cache DIR] [--variants ...]``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from unittest.mock import patch

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_claim_decision as fitting

from llmops_kit import claim_decision
from llmops_kit.claim_decision import ClaimSignals, features
from llmops_kit.contract import load_contract
from llmops_kit.grounding import FABRICATED
from llmops_kit.quality import HeuristicScorer, trace_context, trace_earlier_answers, trace_history, trace_instructions
from llmops_kit.traces import Trace

HALU = fitting.HALUEVAL_TUNE
Model = tuple[float, np.ndarray]


@dataclass(frozen=True)
class Row:
    """One trace reduced to what a point decides: fixed verdicts and the claims' features."""

    group: str
    label: bool
    evaluable: bool
    fixed_fabricated: bool
    fixed_bad: int
    total: int
    x: np.ndarray  # features of the claims left to the decision


def reduce(rows: list[fitting.Scored], bar: float, columns: tuple[int, ...]) -> list[Row]:
    """Rows with the feature columns kept (``columns`` indexes :data:`claim_decision.FEATURES`)."""
    out = []
    for r in rows:
        fixed = [v for v in r.verdicts if v is not None]
        x = np.array([features(s, bar) for s in r.signals], dtype=float).reshape(-1, 3)[:, list(columns)]
        out.append(Row(r.group, r.hallucination, r.evaluable, any(v in FABRICATED for v in fixed),
                       sum(v != "supported" for v in fixed), len(r.verdicts), x))
    return out


def probabilities(rows: list[Row], model: Model) -> list[np.ndarray]:
    return [1 / (1 + np.exp(-(model[0] + r.x @ model[1]))) if len(r.x) else np.zeros(0) for r in rows]


def fires(rows: list[Row], probs: list[np.ndarray], point: tuple[float, float], floor: float) -> np.ndarray:
    low, high = point
    out = np.zeros(len(rows), dtype=bool)
    for i, (r, p) in enumerate(zip(rows, probs, strict=True)):
        if not r.evaluable:
            continue
        if r.fixed_fabricated or (len(p) and p.max() >= high):
            out[i] = True
        elif r.total:
            bad = r.fixed_bad + int((p >= low).sum())
            out[i] = round((r.total - bad) / r.total, 4) < floor
    return out


def confusion(rows: list[Row], fired: np.ndarray) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for r, f in zip(rows, fired, strict=True):
        c = out.setdefault(r.group, {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
        c[("t" if f == r.label else "f") + ("p" if f else "n")] += 1
    return out


def prf(c: dict[str, int]) -> tuple[float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r


def objective(name: str) -> Callable[[int, int, int], tuple[float, ...]]:
    def f1(tp: int, fp: int, fn: int) -> tuple[float, ...]:
        return (round(2 * tp / (2 * tp + fp + fn), 6) if tp else 0.0,)

    def f05(tp: int, fp: int, fn: int) -> tuple[float, ...]:
        return (round(1.25 * tp / (1.25 * tp + 0.25 * fn + fp), 6) if tp else 0.0,)

    def p90(tp: int, fp: int, fn: int) -> tuple[float, ...]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return (1.0, round(r, 6), round(p, 6)) if p >= 0.9 else (0.0, round(p, 6), round(r, 6))

    return {"f1": f1, "f05": f05, "p90": p90}[name]


def choose(rows: list[Row], probs: list[np.ndarray], floor: float, goal: str) -> tuple[float, float] | None:
    """The grid point meeting HaluEval's tuning floor with the best pooled objective over the read sets."""
    key_of = objective(goal)
    best, best_key = None, None
    halu = np.array([r.group == HALU for r in rows])
    labels = np.array([r.label for r in rows])
    for low in fitting.GRID:
        for high in fitting.GRID:
            if high < low:
                continue
            fired = fires(rows, probs, (low, high), floor)
            h_tp = int((fired & labels & halu).sum())
            h_fp = int((fired & ~labels & halu).sum())
            h_n = int(halu.sum())
            h_tn = int((~fired & ~labels & halu).sum())
            if not h_n or (h_tp + h_tn) / h_n < fitting.HALUEVAL_MIN_ACCURACY:
                continue
            if not h_tp + h_fp or h_tp / (h_tp + h_fp) < fitting.HALUEVAL_MIN_PRECISION:
                continue
            tp = int((fired & labels & ~halu).sum())
            fp = int((fired & ~labels & ~halu).sum())
            fn = int((~fired & labels & ~halu).sum())
            key = key_of(tp, fp, fn)
            if best_key is None or key > best_key:
                best, best_key = (float(low), float(high)), key
    return best


def refit(rows: list[fitting.Scored], bar: float, floor: float, l2: float, columns: tuple[int, ...]) -> Model:
    """The fitting script's recipe with another L2 and feature subset."""
    saved = fitting.L2, fitting.features, claim_decision.FEATURES
    fitting.L2 = l2
    fitting.features = lambda s, b: tuple(features(s, b)[i] for i in columns)  # type: ignore[assignment]
    fitting.claim_decision.FEATURES = tuple(saved[2][i] for i in columns)  # type: ignore[misc]
    try:
        return fitting.fit(rows, bar, floor)
    finally:
        fitting.L2, fitting.features, claim_decision.FEATURES = saved  # type: ignore[misc]


def balanced_fit(rows: list[fitting.Scored], bar: float, floor: float, l2: float) -> Model:
    """The fitting script's recipe with every group (author, HaluEval's tuning half) weighing the same in total,
    so the largest sets do not set the decision for the others."""
    size: dict[str, int] = {}
    for r in rows:
        size[r.group] = size.get(r.group, 0) + len(r.signals)
    mean = sum(size.values()) / len(size)
    xs, ys, ws, choose, cws = [], [], [], [], []
    for r in rows:
        if not r.signals:
            continue
        x = np.array([features(s, bar) for s in r.signals], dtype=float)
        weight = mean / size[r.group]
        if not r.hallucination:
            xs.append(x)
            ys.append(np.zeros(len(x)))
            ws.append(np.full(len(x), weight))
        elif not fitting._fires(r, fitting._verdicts(r, ["supported"] * len(r.signals)), floor):
            choose.append(x)
            cws.append(weight)
    picks = [int(np.argmin(x[:, 0])) for x in choose]
    intercept, coef = 0.0, np.zeros(3)
    for _ in range(fitting.MIL_ROUNDS + 1):
        picked = np.array([x[i] for x, i in zip(choose, picks, strict=True)])
        design = np.hstack([np.ones((len(picked) + sum(len(x) for x in xs), 1)), np.vstack([*xs, picked])])
        target = np.concatenate([*ys, np.ones(len(picked))])
        weight = np.concatenate([*ws, np.array(cws)])
        w = np.zeros(design.shape[1])
        penalty = np.full(design.shape[1], l2)
        penalty[0] = 0.0
        for _ in range(50):
            p = 1 / (1 + np.exp(-(design @ w)))
            grad = design.T @ (weight * (p - target)) + penalty * w
            hess = (design * (weight * p * (1 - p))[:, None]).T @ design + np.diag(penalty)
            w = w - np.linalg.solve(hess, grad)
        intercept, coef = float(w[0]), w[1:]
        picks = [int(np.argmax(x @ coef)) for x in choose]
    return round(intercept, 4), np.round(coef, 4)


def seven_set_loso(scored: list[fitting.Scored], score_on: list[fitting.Scored], bar: float, floor: float
                   ) -> dict[str, dict[str, int]]:
    """The committed recipe's own out-of-sample figures on the sets it is fitted on: each left out of the seven
    and HaluEval's tuning half, fitted and chosen as ``fit_claim_decision.py`` does, scored on the one left out."""
    seven = [n for n, _, _ in fitting.READ_SETS]
    full = (0, 1, 2)
    out = {}
    for name in seven:
        train = [r for r in scored if r.group != name and (r.group in seven or r.group == HALU)]
        model = fitting.fit(train, bar, floor)
        reduced = reduce(train, bar, full)
        point = choose(reduced, probabilities(reduced, model), floor, "f1")
        held = [r for r in reduce(score_on, bar, full) if r.group == name]
        if point is not None:
            out[name] = confusion(held, fires(held, probabilities(held, model), point, floor))[name]
    return out


def authors(rows: list[fitting.Scored]) -> list[str]:
    return [n for n, _, _ in fitting.ALL_READ_SETS if any(r.group == n for r in rows)]


def report(title: str, per: dict[str, dict[str, dict[str, int]]], points: dict[str, object]) -> None:
    """Per author committed vs variant; then how many authors each way, pooled."""
    print(f"== {title}")
    better = worse = 0
    pooled = {k: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for k in ("committed", "variant")}
    for name, both in per.items():
        cells = []
        for k in ("committed", "variant"):
            c = both[k]
            for m in c:
                pooled[k][m] += c[m]
            p, r = prf(c)
            cells.append(f"right {c['tp'] + c['tn']:>3} TP {c['tp']:>3} FP {c['fp']:>3} FN {c['fn']:>3} "
                         f"P {p:.3f} R {r:.3f}")
        dp = prf(both["variant"])[0] - prf(both["committed"])[0]
        dr = prf(both["variant"])[1] - prf(both["committed"])[1]
        dright = (both["variant"]["tp"] + both["variant"]["tn"]) - (both["committed"]["tp"] + both["committed"]["tn"])
        moved = both["variant"] != both["committed"]
        verdict = "better" if dright > 0 and dp > 0 and -dr <= dp else "not" if moved else "same"
        better += verdict == "better"
        worse += verdict == "not"
        print(f"  {name:<13} {cells[0]} | {cells[1]}  {verdict:<6} {points.get(name)}")
    for k, c in pooled.items():
        p, r = prf(c)
        print(f"  pooled {k:<9} right {c['tp'] + c['tn']} TP {c['tp']} FP {c['fp']} FN {c['fn']} P {p:.3f} R {r:.3f}")
    print(f"  authors better {better}, moved and not better {worse}, unchanged {len(per) - better - worse}, "
          f"of {len(per)}")


def _score_shipped(trace: Trace, scorer: HeuristicScorer, group: str, hallucination: bool) -> fitting.Scored:
    """Like the fitting script's recorder, with every reading on: a claim the decision left supported and a later
    reading judged otherwise keeps that reading's verdict (it is no longer the decision's)."""
    seen: list[ClaimSignals] = []

    def record(signals: ClaimSignals, semantic_support: float) -> claim_decision.Decision:
        seen.append(signals)
        return "supported"

    with patch.object(claim_decision, "decide", record):
        report = scorer.score(trace.answer, trace_context(trace), query=trace.query,
                              instructions=trace_instructions(trace), history=trace_history(trace),
                              earlier_answers=trace_earlier_answers(trace))
    out = fitting.Scored(group, hallucination, report.evaluable and report.groundedness is not None)
    pointer = 0
    for verdict in report.support:
        if pointer < len(seen) and verdict.claim == seen[pointer].claim:
            out.verdicts.append(None if verdict.verdict == "supported" else verdict.verdict)
            if verdict.verdict == "supported":
                out.signals.append(seen[pointer])
            pointer += 1
        else:
            out.verdicts.append(verdict.verdict)
    if pointer != len(seen):
        raise RuntimeError(f"{group}: {len(seen) - pointer} recorded claims were not matched to a verdict; "
                           "the scorer's claim order changed, update this recorder with the fitting script's.")
    return out


def collect(readings: str, cache: Path | None) -> list[fitting.Scored]:
    """Every read set (all twelve authors) and HaluEval's tuning half, scored with the meaning readings ``off``
    (as the fitting script fits) or ``on`` (the verdicts the package gives); pickled in ``cache`` if given."""
    path = cache / f"rows_{readings}.pkl" if cache else None
    if path is not None and path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)  # a file this script wrote
    with patch.object(fitting, "READ_SETS", fitting.ALL_READ_SETS):
        if readings == "off":
            rows = fitting.collect()
        else:
            with patch.object(fitting, "_score", _score_shipped):
                rows = fitting._collect()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            pickle.dump(rows, handle)
    return rows


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit-readings", choices=("off", "on"), default="off",
                        help="meaning readings while collecting the claims fitted on (off: the fitting script's)")
    parser.add_argument("--score-readings", choices=("off", "on"), default="on",
                        help="meaning readings while collecting the traces scored (on: the package's verdicts)")
    parser.add_argument("--cache", type=Path, help="folder for the collected rows (a rerun reads them back)")
    parser.add_argument("--fair", action="store_true",
                        help="compare with the committed recipe left out too: each of its seven fitted sets is "
                             "scored by a fit and point chosen on the other six (the fitting script's --loso)")
    parser.add_argument("--variants", default="point:f1,point:f05,refit:f1:1:012,refit:f05:1:012,refit:f1:10:012,"
                                              "refit:f1:1:02,balanced:f05:1",
                        help="comma list of point:GOAL, refit:GOAL:L2:COLUMNS or balanced:GOAL:L2 (GOAL f1, f05, "
                             "p90; COLUMNS indexes of FEATURES, e.g. 012)")
    args = parser.parse_args(argv)
    contract = load_contract()
    bar, floor = contract.quality.semantic_support, contract.quality.groundedness_floor
    scored = collect(args.fit_readings, args.cache)
    score_on = collect(args.score_readings, args.cache)
    committed: Model = (claim_decision.INTERCEPT, np.array(claim_decision.COEFFICIENTS))
    point0 = (claim_decision.UNSUPPORTED_AT, claim_decision.FABRICATED_AT)
    full = (0, 1, 2)
    rows = reduce(scored, bar, full)
    test = reduce(score_on, bar, full)
    base = confusion(test, fires(test, probabilities(test, committed), point0, floor))
    if args.fair:
        base.update(seven_set_loso(collect("off", args.cache), score_on, bar, floor))
    names = authors(scored)
    for spec in args.variants.split(","):
        kind, goal, *rest = spec.split(":")
        per: dict[str, dict[str, dict[str, int]]] = {}
        points: dict[str, object] = {}
        for name in names:
            if kind == "point":
                train = [r for r in rows if r.group != name]
                model, cols = committed, full
            elif kind == "balanced":
                model, cols = balanced_fit([r for r in scored if r.group != name], bar, floor, float(rest[0])), full
                train = [r for r in rows if r.group != name]
            else:
                l2, cols = float(rest[0]), tuple(int(ch) for ch in rest[1])
                model = refit([r for r in scored if r.group != name], bar, floor, l2, cols)
                train = [r for r in reduce(scored, bar, cols) if r.group != name]
            point = choose(train, probabilities(train, model), floor, goal)
            held = [r for r in (test if cols == full else reduce(score_on, bar, cols)) if r.group == name]
            points[name] = f"point {point}" + ("" if kind == "point" else
                                               f" model {model[0]:.4f} {tuple(round(float(c), 4) for c in model[1])}")
            if point is None:
                continue
            fired = fires(held, probabilities(held, model), point, floor)
            per[name] = {"committed": base[name], "variant": confusion(held, fired)[name]}
        report(spec, per, points)


if __name__ == "__main__":
    main(sys.argv[1:])

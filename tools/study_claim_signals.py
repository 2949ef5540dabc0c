"""A measurement study, no detector change: does any candidate signal separate the claims the fitted claim decision
(:mod:`llmops_kit.claim_decision`) judges, supported from unsupported, better than its three inputs, across authors?

What it reads: exactly what ``tools/fit_claim_decision.py`` reads, but every read set of ``bench_eval.READ_SETS``
(the dev set, the first held-out set's read half, holdout2-holdout9) plus HaluEval's tuning half. Never a sealed
set. The claims and their labels come from the fitting script's own recorder (``collect`` and ``_score``,
imported): ``grounding.measure`` is wrapped here, in this process only, to keep each claim's evidence so the
candidates can be computed on what the scorer saw.

Labels (the fitting script's): every claim of a trace not labelled HALLUCINATION is supported; a HALLUCINATION
trace the other verdicts do not flag already is a *bag* holding one unsupported claim. For an AUC each signal
picks the unsupported claim of a bag itself (its highest-scoring claim: no signal is judged on labels another
chose), against every supported claim. "fact-free" keeps the claims with no hard fact (``fact_share`` 0).

Signals, each oriented so that higher means less supported (the sign is printed):

- ``p_model``: the committed model's p(unsupported); ``margin``, ``share_all``, ``fact_share``: its inputs.
- ``idf_overlap``: rarity-weighted share of the claim's content stems in its best evidence sentence (IDF over the
  trace's evidence sentences).
- ``window_sim``: best WordLlama cosine against one evidence sentence or two adjacent ones (same source).
- ``share_any``: share of the claim's content stems found anywhere in the evidence (exact stems, no synonyms).
- ``question_sim``: cosine of the claim with the user's question (an answer restating the question).
- ``word_align``: each content word's best cosine to an evidence word (WordLlama word vectors), averaged.
- ``negation``: the claim and its best-overlap sentence disagree on negation (one denies, the other not).

Leave one set out (10 read sets): the fitting script's multiple-instance logistic fit (its Newton solver,
imported) on the other nine sets and HaluEval's tuning half, current inputs vs current + one candidate, scored on
the set left out at the committed operating point (``UNSUPPORTED_AT``): claim precision = caught bags / (caught
bags + flagged supported claims), recall = caught bags / bags. Trace flips: traces of the left-out set whose
HALLUCINATION verdict (``detect_hallucination``'s rule, replayed by the fitting script) differs between the two
models, first at the committed points (approximate: a new input moves the probabilities), then with the point
re-chosen per fold on the training sets by the fitting script's rule (HaluEval bounds, then pooled F1); with the
current inputs the latter reproduces the fitting script's ten-set leave-one-out figure. A paired bootstrap over
traces gives the spread of the pooled fact-free AUC gain. Run:
``PYTHONPATH=. .venv/bin/python tools/study_claim_signals.py``.
"""

from __future__ import annotations

import math
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "bench"))

import fit_claim_decision as fcd  # noqa: E402
from bench_eval import READ_SETS  # noqa: E402

from llmops_kit import claim_decision, grounding  # noqa: E402
from llmops_kit.claim_decision import ClaimSignals, features  # noqa: E402
from llmops_kit.contract import load_contract  # noqa: E402
from llmops_kit.evidence import Evidence  # noqa: E402
from llmops_kit.grounding import FABRICATED  # noqa: E402
from llmops_kit.text import STOPWORDS, content_stems  # noqa: E402
from llmops_kit.text.embed import embed  # noqa: E402

CANDIDATES = ("idf_overlap", "window_sim", "share_any", "question_sim", "word_align", "negation")
#: +1: higher already means less supported; -1: a support score, negated.
SIGN = {"p_model": 1, "margin": -1, "share_all": -1, "fact_share": -1, "idf_overlap": -1, "window_sim": -1,
        "share_any": -1, "question_sim": 1, "word_align": -1, "negation": 1}
SIGNALS = ("p_model", "margin", "share_all", "fact_share", *CANDIDATES)
SET_NAMES = tuple(name for name, _, _ in READ_SETS)
_WORD_RE = re.compile(r"[a-z][a-z'-]+")
_NEGATION_RE = re.compile(r"\b(?:not|no|never|none|nothing|cannot|without|neither|nor)\b|n't\b", re.IGNORECASE)


@dataclass
class Trace:
    """One scored trace: the fitting script's record, and per claim left to the decision its signals."""

    row: fcd.Scored
    values: list[dict[str, float]] = field(default_factory=list)  # one per claim in row.signals
    bag: bool = False  # a HALLUCINATION trace the other verdicts do not flag: one claim is unsupported


# ---- candidate signals -----------------------------------------------------------------------------------
def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text.lower()) if w not in STOPWORDS]


class TraceEvidence:
    """One trace's evidence read for the candidates (sentences, their stems and vectors, word vectors)."""

    def __init__(self, evidence: Evidence) -> None:
        sentences = evidence.sentences
        self.texts = [s for _, s in sentences]
        self.stems = [content_stems(s) for s in self.texts]
        n = len(self.texts)
        df: dict[str, int] = {}
        for stems in self.stems:
            for s in stems:
                df[s] = df.get(s, 0) + 1
        self.df, self.n = df, n
        self.all_stems = frozenset(df)
        windows = [f"{a} {b}" for (la, a), (lb, b) in pairwise(sentences) if la == lb]
        self.passages = embed([*self.texts, *windows]) if self.texts else np.zeros((0, 256), dtype=np.float32)
        self.question = evidence.user_text
        vocab = sorted({w for s in evidence.sources for w in _words(s.text)})
        self.vocab = vocab
        self.word_vectors = embed(vocab) if vocab else np.zeros((0, 256), dtype=np.float32)
        self.negated = [bool(_NEGATION_RE.search(s)) for s in self.texts]

    def idf(self, stem: str) -> float:
        return math.log((self.n + 1) / (self.df.get(stem, 0) + 1)) + 1.0

    def measure(self, claim: str, stems: frozenset[str]) -> dict[str, float]:
        """The candidates for one claim (``stems``: its content stems, as the scorer read them)."""
        out = dict.fromkeys(CANDIDATES, 0.0)
        weights = {s: self.idf(s) for s in stems}
        total = sum(weights.values()) or 1.0
        best, best_at = 0.0, -1
        for i, sentence in enumerate(self.stems):
            value = sum(weights[s] for s in stems & sentence) / total
            if value > best:
                best, best_at = value, i
        out["idf_overlap"] = best
        out["share_any"] = len(stems & self.all_stems) / len(stems) if stems else 0.0
        vector = embed([claim])[0]
        if len(self.passages):
            out["window_sim"] = float((self.passages @ vector).max())
        if self.question.strip():
            out["question_sim"] = float(embed([self.question])[0] @ vector)
        words = _words(claim)
        if words and len(self.vocab):
            cos = embed(words) @ self.word_vectors.T
            out["word_align"] = float(cos.max(axis=1).mean())
        if best_at >= 0:
            out["negation"] = float(bool(_NEGATION_RE.search(claim)) != self.negated[best_at])
        return out


# ---- collection through the fitting script's recorder ------------------------------------------------------
def collect() -> list[Trace]:
    """Every read-set trace and HaluEval tuning answer, scored once by the fitting script's recorder, with the
    candidates measured on each recorded claim's evidence."""
    seen: dict[str, tuple[Evidence, frozenset[str]]] = {}
    traces: list[Trace] = []
    measure, score = grounding.measure, fcd._score

    def recording_measure(claim: str, stems: frozenset[str], novel: set[str], evidence: Evidence, index: int,
                          share: float) -> ClaimSignals:
        seen[claim] = (evidence, stems)
        return measure(claim, stems, novel, evidence, index, share)

    def recording_score(trace: fcd.Trace, scorer: fcd.HeuristicScorer, group: str, hallucination: bool
                        ) -> fcd.Scored:
        seen.clear()
        row = score(trace, scorer, group, hallucination)
        item = Trace(row)
        read: dict[int, TraceEvidence] = {}
        for s in row.signals:
            evidence, stems = seen[s.claim]
            reader = read.setdefault(id(evidence), TraceEvidence(evidence))
            item.values.append(reader.measure(s.claim, stems))
        traces.append(item)
        return row

    grounding.measure, fcd._score = recording_measure, recording_score  # type: ignore[assignment]
    fcd.READ_SETS = READ_SETS  # every read set, holdout7-9 included (the committed fit leaves them out)
    try:
        fcd.collect()
    finally:
        grounding.measure, fcd._score = measure, score  # type: ignore[assignment]
    bar, floor = _contract()
    for t in traces:
        for s, v in zip(t.row.signals, t.values, strict=True):
            margin, share_all, fact_share = features(s, bar)
            v.update(p_model=claim_decision.probability(s, bar), margin=margin, share_all=share_all,
                     fact_share=fact_share)
        t.bag = bool(t.row.hallucination and t.row.signals
                     and not fcd._fires(t.row, fcd._verdicts(t.row, ["supported"] * len(t.row.signals)), floor))
    return traces


def _contract() -> tuple[float, float]:
    contract = load_contract()
    return contract.quality.semantic_support, contract.quality.groundedness_floor


# ---- AUC ---------------------------------------------------------------------------------------------------
def auc(negatives: Sequence[float], positives: Sequence[float]) -> float:
    """P(positive > negative), ties half (Mann-Whitney)."""
    if not negatives or not positives:
        return float("nan")
    neg = np.sort(np.asarray(negatives))
    pos = np.asarray(positives)
    below = np.searchsorted(neg, pos, side="left")
    upto = np.searchsorted(neg, pos, side="right")
    return float((below + 0.5 * (upto - below)).sum() / (len(neg) * len(pos)))


def split(traces: Sequence[Trace], signal: str, keep: Callable[[dict[str, float]], bool]
          ) -> tuple[list[float], list[float]]:
    """Supported claims' scores, and each bag's highest-scoring claim (the signal picks its own)."""
    negatives, positives = [], []
    for t in traces:
        values = [SIGN[signal] * v[signal] for v in t.values if keep(v)]
        if not values:
            continue
        if not t.row.hallucination:
            negatives.extend(values)
        elif t.bag:
            positives.append(max(values))
    return negatives, positives


# ---- leave one set out -------------------------------------------------------------------------------------
def design(t: Trace, extra: str | None) -> np.ndarray:
    cols = ("margin", "share_all", "fact_share", *((extra,) if extra else ()))
    return np.array([[v[c] for c in cols] for v in t.values], dtype=float)


def fit(traces: Sequence[Trace], extra: str | None) -> tuple[float, np.ndarray]:
    """The fitting script's multiple-instance fit (least similar claim first, then the model's pick), with an
    optional extra input."""
    xs, bags = [], []
    for t in traces:
        if not t.values:
            continue
        if not t.row.hallucination:
            xs.append(design(t, extra))
        elif t.bag:
            bags.append(design(t, extra))
    picks = [int(np.argmin(x[:, 0])) for x in bags]
    intercept, coef = 0.0, np.zeros(xs[0].shape[1])
    for _ in range(fcd.MIL_ROUNDS + 1):
        picked = np.array([x[i] for x, i in zip(bags, picks, strict=True)])
        x = np.vstack([*xs, picked])
        y = np.concatenate([np.zeros(sum(len(a) for a in xs)), np.ones(len(picked))])
        intercept, coef = fcd._logistic(x, y)
        picks = [int(np.argmax(b @ coef)) for b in bags]
    return intercept, coef


def probabilities(t: Trace, model: tuple[float, np.ndarray], extra: str | None) -> np.ndarray:
    return 1 / (1 + np.exp(-(model[0] + design(t, extra) @ model[1])))


def fired(t: Trace, p: np.ndarray, floor: float) -> bool:
    low, high = claim_decision.UNSUPPORTED_AT, claim_decision.FABRICATED_AT
    decisions = ["invented" if q >= high else "unsupported" if q >= low else "supported" for q in p]
    return fcd._fires(t.row, fcd._verdicts(t.row, decisions), floor)


def fires_at(t: Trace, p: np.ndarray, low: float, high: float, floor: float) -> bool:
    """:func:`fired` at any operating point, without building the verdict list (same rule, faster)."""
    row = t.row
    if not row.evaluable:
        return False
    fixed = [v for v in row.verdicts if v is not None]
    if any(v in FABRICATED for v in fixed) or (len(p) and bool((p >= high).any())):
        return True
    if not row.verdicts:
        return False
    unsupported = sum(v != "supported" for v in fixed) + int((p >= low).sum())
    return round((len(row.verdicts) - unsupported) / len(row.verdicts), 4) < floor


def choose_point(traces: Sequence[Trace], ps: list[np.ndarray], floor: float) -> tuple[float, float]:
    """The fitting script's choice on the training sets: HaluEval tuning accuracy and precision bounds, then the
    best HALLUCINATION F1 pooled over the read sets (then the worst set's); the committed point if none meets
    the bounds."""
    def tally(counts: dict[str, list[int]], t: Trace, f: bool) -> None:
        c = counts.setdefault(t.row.group, [0, 0, 0, 0])  # tp fp fn tn
        c[0 if f and t.row.hallucination else 1 if f else 2 if t.row.hallucination else 3] += 1

    fixed: dict[str, list[int]] = {}  # traces with no claim left to the model: the point does not move them
    for t in traces:
        if not t.values:
            tally(fixed, t, fires_at(t, np.zeros(0), 0.0, 0.0, floor))
    moving = [(t, p) for t, p in zip(traces, ps, strict=True) if t.values]
    best, best_key = (claim_decision.UNSUPPORTED_AT, claim_decision.FABRICATED_AT), None
    for low in fcd.GRID:
        for high in fcd.GRID:
            if high < low:
                continue
            counts = {g: list(c) for g, c in fixed.items()}
            for t, p in moving:
                tally(counts, t, fires_at(t, p, low, high, floor))
            halu = counts.get(fcd.HALUEVAL_TUNE)
            if halu is not None:
                if (halu[0] + halu[3]) / sum(halu) < fcd.HALUEVAL_MIN_ACCURACY:
                    continue
                if halu[0] + halu[1] and halu[0] / (halu[0] + halu[1]) < fcd.HALUEVAL_MIN_PRECISION:
                    continue
            sets = [c for g, c in counts.items() if g != fcd.HALUEVAL_TUNE]
            tp, wrong = sum(c[0] for c in sets), sum(c[1] + c[2] for c in sets)
            worst = min(2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] else 0.0 for c in sets)
            key = (round(2 * tp / (2 * tp + wrong), 6) if tp else 0.0, round(worst, 6))
            if best_key is None or key > best_key:
                best, best_key = (low, high), key
    return best


def loso_rechosen(traces: Sequence[Trace], extra: str | None, floor: float) -> dict[str, list[bool]]:
    """Per left-out set, each trace's verdict with the operating point re-chosen on the training sets."""
    verdicts: dict[str, list[bool]] = {}
    for name in SET_NAMES:
        train = [t for t in traces if t.row.group != name]
        model = fit(train, extra)
        ps = [probabilities(t, model, extra) if t.values else np.zeros(0) for t in train]
        low, high = choose_point(train, ps, floor)
        verdicts[name] = [fires_at(t, probabilities(t, model, extra) if t.values else np.zeros(0), low, high, floor)
                          for t in traces if t.row.group == name]
    return verdicts


def loso(traces: Sequence[Trace], extra: str | None, floor: float, fact_free: bool = False
         ) -> tuple[dict[str, list[int]], dict[str, list[bool]]]:
    """Per left-out set: [caught bags, bags, flagged supported claims], and each trace's fired verdict."""
    counts: dict[str, list[int]] = {}
    verdicts: dict[str, list[bool]] = {}
    for name in SET_NAMES:
        model = fit([t for t in traces if t.row.group != name], extra)
        c = counts.setdefault(name, [0, 0, 0])
        out = verdicts.setdefault(name, [])
        for t in traces:
            if t.row.group != name:
                continue
            p = probabilities(t, model, extra) if t.values else np.zeros(0)
            out.append(fired(t, p, floor))
            mask = np.array([v["fact_share"] == 0 for v in t.values], dtype=bool) if fact_free else None
            q = p[mask] if mask is not None and len(p) else p
            if not len(q):
                continue
            flagged = q >= claim_decision.UNSUPPORTED_AT
            if not t.row.hallucination:
                c[2] += int(flagged.sum())
            elif t.bag:
                c[1] += 1
                c[0] += int(flagged.any())
    return counts, verdicts


def _pr(counts: dict[str, list[int]]) -> tuple[float, float]:
    """Pooled claim precision and recall."""
    tp = sum(c[0] for c in counts.values())
    bags = sum(c[1] for c in counts.values())
    fp = sum(c[2] for c in counts.values())
    return tp / (tp + fp) if tp + fp else 0.0, tp / bags if bags else 0.0


def main() -> None:
    start = time.perf_counter()
    _, floor = _contract()
    traces = collect()
    collected = time.perf_counter() - start
    read = [t for t in traces if t.row.group in SET_NAMES]
    claims = sum(len(t.values) for t in read)
    free = sum(v["fact_share"] == 0 for t in read for v in t.values)
    print(f"read sets: {len(read)} traces, {claims} claims left to the decision ({free} fact-free), "
          f"{sum(t.bag for t in read)} bags; HaluEval tuning: {len(traces) - len(read)} answers "
          f"(collected in {collected:.0f} s)")
    for title, keep in (("fact-free claims", lambda v: v["fact_share"] == 0), ("all claims", lambda v: True)):
        print(f"\nROC AUC, {title} (supported claims vs each bag's highest-scoring claim; sign: + higher means "
              "unsupported, - negated)")
        short = [n.replace("holdout", "h") for n in SET_NAMES]
        print(f"  {'signal':<14}{'pooled':>7}{'worst':>7}  " + "".join(f"{n:>7}" for n in short))
        for signal in SIGNALS:
            per = [auc(*split([t for t in traces if t.row.group == n], signal, keep)) for n in SET_NAMES]
            pooled = auc(*split(read, signal, keep))
            sign = "+" if SIGN[signal] > 0 else "-"
            print(f"  {sign}{signal:<13}{pooled:>7.3f}{np.nanmin(per):>7.3f}  "
                  + "".join(f"{a:>7.3f}" for a in per))
        if title == "fact-free claims":
            neg, pos = split(read, "p_model", keep)
            print(f"  ({len(neg)} supported fact-free claims, {len(pos)} bags holding one; nan: no such bag. "
                  "HaluEval's right answers leave no claim to the decision, so it has no AUC)")
    print(f"\nLeave one set out ({len(SET_NAMES)} read sets), committed point UNSUPPORTED_AT "
          f"{claim_decision.UNSUPPORTED_AT} / FABRICATED_AT {claim_decision.FABRICATED_AT}, pooled over the left-out "
          "sets: claim precision / recall (all claims, then fact-free: ff), read-set trace HALLUCINATION precision / "
          "recall (tr), the fact-free AUC of the model's p, sets where it beats / loses to the current inputs' "
          "(wins-losses), traces whose verdict flips vs the current inputs (fixed / broken)")
    labels = {n: [t.row.hallucination for t in traces if t.row.group == n] for n in SET_NAMES}
    print(f"  {'inputs':<16}{'prec':>6}{'rec':>6}{'ff prec':>8}{'ff rec':>7}{'tr prec':>8}{'tr rec':>7}"
          f"{'ffAUC':>7}{'wins':>6}{'flips':>6}{'fixed':>6}{'broke':>6}")
    base_counts, base_verdicts = loso(traces, None, floor)
    base_free, _ = loso(traces, None, floor, fact_free=True)
    base_auc, base_pooled, base_units = _loso_auc(traces, None)
    gains: dict[str, tuple[float, float, float]] = {}
    _row("current (3)", base_counts, base_free, base_verdicts, labels, base_pooled, "", 0, 0)
    per_set = {"current (3)": base_auc}
    for extra in CANDIDATES:
        counts, verdicts = loso(traces, extra, floor)
        free_counts, _ = loso(traces, extra, floor, fact_free=True)
        cand_auc, pooled, units = _loso_auc(traces, extra)
        gains[extra] = bootstrap_gain(base_units, units)
        per_set[f"+ {extra}"] = cand_auc
        known = [(c, b) for c, b in zip(cand_auc, base_auc, strict=True) if not math.isnan(b)]
        wins = sum(c > b + 1e-9 for c, b in known)
        losses = sum(c < b - 1e-9 for c, b in known)
        fixed = broken = 0
        for n in SET_NAMES:
            for before, after, truth in zip(base_verdicts[n], verdicts[n], labels[n], strict=True):
                if before != after:
                    fixed += after == truth
                    broken += before == truth
        _row(f"+ {extra}", counts, free_counts, verdicts, labels, pooled, f"{wins}-{losses}", fixed, broken)
    print("\n  operating point re-chosen per left-out fold on the training sets (the fitting script's rule): "
          "read-set trace HALLUCINATION precision / recall pooled over the left-out sets, flips vs current inputs "
          "(fixed / broken), and per set (in the order of the AUC tables) traces fixed minus broken")
    base_again = loso_rechosen(traces, None, floor)
    for extra in (None, *CANDIDATES):
        verdicts = base_again if extra is None else loso_rechosen(traces, extra, floor)
        pairs = [(v, y) for n in SET_NAMES for v, y in zip(verdicts[n], labels[n], strict=True)]
        tp = sum(v and y for v, y in pairs)
        fixed = sum(a != b and a == y for n in SET_NAMES
                    for a, b, y in zip(verdicts[n], base_again[n], labels[n], strict=True))
        broken = sum(a != b and b == y for n in SET_NAMES
                     for a, b, y in zip(verdicts[n], base_again[n], labels[n], strict=True))
        net = [sum((a == y) - (b == y) for a, b, y in zip(verdicts[n], base_again[n], labels[n], strict=True))
               for n in SET_NAMES]
        print(f"  {'current (3)' if extra is None else '+ ' + extra:<16}{tp / sum(v for v, _ in pairs):>8.3f}"
              f"{tp / sum(y for _, y in pairs):>7.3f}{fixed + broken:>6}{fixed:>6}{broken:>6}   net per set "
              + " ".join(f"{x:+d}" for x in net))
    print(f"\n  pooled left-out fact-free AUC gain over the current inputs, paired bootstrap over traces "
          f"({BOOTSTRAP} resamples): 5th / 95th percentile, share of resamples with a gain")
    for extra, (low, high, share) in gains.items():
        print(f"  + {extra:<14}{low:>+7.3f}{high:>+7.3f}{share:>7.2f}")
    print("\n  left-out fact-free AUC per set (the model's p; each bag's highest p vs supported claims):")
    print(f"  {'inputs':<16}" + "".join(f"{n.replace('holdout', 'h'):>7}" for n in SET_NAMES))
    for name, values in per_set.items():
        print(f"  {name:<16}" + "".join(f"{a:>7.3f}" for a in values))
    print(f"\nruntime {time.perf_counter() - start:.0f} s")


Unit = tuple[bool, list[float]]  # one trace: a bag (its highest p) or a clean trace (every claim's p)


def _loso_auc(traces: Sequence[Trace], extra: str | None) -> tuple[list[float], float, list[Unit]]:
    """Per left-out set, and pooled over the left-out sets, the fact-free AUC of the LOSO model's p (its bags'
    highest p vs supported claims), and the traces scored (in a fixed order, for the paired bootstrap)."""
    out: list[float] = []
    pooled: tuple[list[float], list[float]] = ([], [])
    units: list[Unit] = []
    for name in SET_NAMES:
        model = fit([t for t in traces if t.row.group != name], extra)
        negatives, positives = [], []
        for t in traces:
            if t.row.group != name or not t.values:
                continue
            p = probabilities(t, model, extra)
            q = [float(x) for x, v in zip(p, t.values, strict=True) if v["fact_share"] == 0]
            if not q:
                continue
            if not t.row.hallucination:
                negatives.extend(q)
                units.append((False, q))
            elif t.bag:
                positives.append(max(q))
                units.append((True, [max(q)]))
        out.append(auc(negatives, positives))
        pooled[0].extend(negatives)
        pooled[1].extend(positives)
    return out, auc(*pooled), units


BOOTSTRAP = 2000


def bootstrap_gain(base: list[Unit], candidate: list[Unit]) -> tuple[float, float, float]:
    """Paired bootstrap over traces (fixed seed) of the pooled fact-free AUC gain: 5th and 95th percentile, and
    the share of resamples where the candidate does better."""
    rng = np.random.default_rng(16)
    gains = []
    for _ in range(BOOTSTRAP):
        pick = rng.integers(0, len(base), len(base))
        figures = []
        for units in (base, candidate):
            neg = [x for i in pick if not units[i][0] for x in units[i][1]]
            pos = [units[i][1][0] for i in pick if units[i][0]]
            figures.append(auc(neg, pos))
        gains.append(figures[1] - figures[0])
    values = np.array(gains)
    values = values[~np.isnan(values)]
    return float(np.percentile(values, 5)), float(np.percentile(values, 95)), float((values > 0).mean())


def _row(name: str, counts: dict[str, list[int]], free: dict[str, list[int]], verdicts: dict[str, list[bool]],
         labels: dict[str, list[bool]], pooled_auc: float, wins: str, fixed: int, broken: int) -> None:
    precision, recall = _pr(counts)
    fp, fr = _pr(free)
    pairs = [(v, y) for n in SET_NAMES for v, y in zip(verdicts[n], labels[n], strict=True)]
    tp = sum(v and y for v, y in pairs)
    fired_n, true_n = sum(v for v, _ in pairs), sum(y for _, y in pairs)
    print(f"  {name:<16}{precision:>6.3f}{recall:>6.3f}{fp:>8.3f}{fr:>7.3f}{tp / fired_n:>8.3f}{tp / true_n:>7.3f}"
          f"{pooled_auc:>7.3f}{wins:>6}{fixed + broken:>6}{fixed:>6}{broken:>6}")


if __name__ == "__main__":
    main()

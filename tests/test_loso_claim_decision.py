"""tools/loso_claim_decision.py: its fast replay of a trace's verdict under an operating point must be the fitting
script's own rule, or every leave-one-author-out figure it prints compares something else."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from llmops_kit.claim_decision import COEFFICIENTS, INTERCEPT, ClaimSignals

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
try:
    import fit_claim_decision as fitting
    import loso_claim_decision as loso
finally:
    sys.path.remove(str(REPO / "tools"))

BAR, FLOOR = 0.6, 0.7


def _claim(similarity: float, share: float) -> ClaimSignals:
    return ClaimSignals(claim="c", share_all=share, share_best=share, novel=1 - share, novel_words=(),
                        similarity=similarity)


def _rows() -> list[fitting.Scored]:
    """Traces of every shape the rule distinguishes: decided only by the model, mixed with fixed verdicts, a
    fixed fabricated verdict, not evaluable, no claim left to the model."""
    close, middling, far = _claim(0.8, 0.9), _claim(0.52, 0.6), _claim(0.2, 0.1)
    return [
        fitting.Scored("a", False, True, [None, None], [close, close]),
        fitting.Scored("a", True, True, [None, "supported", None], [close, far]),
        fitting.Scored("a", True, True, [None, "supported", "supported"], [middling]),
        fitting.Scored("b", False, True, [None, "unsupported"], [middling]),
        fitting.Scored("b", True, True, ["absent", None], [close]),
        fitting.Scored("b", True, False, [None], [far]),
        fitting.Scored("b", False, True, ["supported", "supported"], []),
    ]


def test_the_replay_fires_as_the_fitting_script_does_at_every_grid_point() -> None:
    """Same confusion per group as fit_claim_decision.scores over the whole grid, on hand-made traces."""
    rows = _rows()
    model = (INTERCEPT, np.array(COEFFICIENTS))
    reduced = loso.reduce(rows, BAR, (0, 1, 2))
    probs = loso.probabilities(reduced, model)
    for low in fitting.GRID:
        for high in (g for g in fitting.GRID if g >= low):
            mine = loso.confusion(reduced, loso.fires(reduced, probs, (low, high), FLOOR))
            theirs = fitting.scores(rows, model, (low, high), BAR, FLOOR)
            for group, counts in mine.items():
                assert counts == {k: theirs[group][k] for k in ("tp", "fp", "fn", "tn")}, (low, high, group)


def test_a_stricter_point_never_fires_where_a_looser_one_does_not() -> None:
    """Control on the replay's direction: raising both points can only take verdicts away."""
    reduced = loso.reduce(_rows(), BAR, (0, 1, 2))
    probs = loso.probabilities(reduced, (INTERCEPT, np.array(COEFFICIENTS)))
    loose = loso.fires(reduced, probs, (0.3, 0.5), FLOOR)
    strict = loso.fires(reduced, probs, (0.6, 0.9), FLOOR)
    assert not (strict & ~loose).any()
    assert loose.any() and (loose != strict).any()

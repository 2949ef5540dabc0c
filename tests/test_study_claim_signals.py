"""The claim-signal study's AUC (tools/study_claim_signals.py): the one number its table is built on."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "bench"))

from study_claim_signals import auc  # noqa: E402


def test_auc_is_one_when_every_positive_scores_above_every_negative() -> None:
    assert auc([0.1, 0.2, 0.3], [0.4, 0.9]) == 1.0


def test_auc_is_zero_when_the_order_is_reversed() -> None:
    assert auc([0.4, 0.9], [0.1, 0.2, 0.3]) == 0.0


def test_ties_count_half() -> None:
    assert auc([0.5, 0.5], [0.5]) == 0.5
    assert auc([0.1, 0.5], [0.5]) == pytest.approx(0.75)


def test_an_empty_side_has_no_auc() -> None:
    assert math.isnan(auc([], [0.3]))
    assert math.isnan(auc([0.3], []))

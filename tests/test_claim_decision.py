"""The fitted decision on claims no hard fact decides (llmops_kit.claim_decision): controls on fixtures written
here, and the committed coefficients checked against the script that fits them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from llmops_kit import claim_decision
from llmops_kit.claim_decision import ClaimSignals, decide, probability, rule_decision
from llmops_kit.contract import load_contract
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

REPO = Path(__file__).resolve().parents[1]
BAR = 0.6  # the repository contract's quality.semantic_support
STORAGE = [Document(id="kb-7", content="Storage units can be accessed between 6 am and 10 pm every day using your "
                                       "gate code. Insurance for stored goods is required and starts at £4 a month.")]


def _signals(similarity: float | None, share: float) -> ClaimSignals:
    return ClaimSignals(claim="c", share_all=share, share_best=share, novel=1 - share, novel_words=(),
                        similarity=similarity)


def test_a_close_claim_whose_words_the_evidence_holds_is_supported() -> None:
    """Similarity above the bar and most words held: supported."""
    assert decide(_signals(0.75, 0.8), BAR) == "supported"


def test_a_claim_just_under_the_bar_with_its_words_held_is_supported() -> None:
    """The false alarm the bar raised on every author's set: 0.55 similarity, three words in four held."""
    assert rule_decision(_signals(0.55, 0.75), BAR) == "unsupported"
    assert decide(_signals(0.55, 0.75), BAR) == "supported"


def test_a_claim_far_from_the_evidence_with_no_word_held_is_fabricated() -> None:
    """No similarity (nothing to embed against) or none at all, and no content word held anywhere: invented (the
    detector fires on it alone). At 0.2 similarity the doubt is under the ``point43`` bar: unsupported, which
    lowers the answer's groundedness."""
    assert decide(_signals(None, 0.0), BAR) == "invented"
    assert decide(_signals(0.0, 0.0), BAR) == "invented"
    assert decide(_signals(0.2, 0.0), BAR) == "unsupported"


def test_a_weak_claim_between_the_two_points_is_unsupported_not_fabricated() -> None:
    """0.55 similarity, under half its words held, no hard fact: unsupported (it lowers groundedness), not
    invented."""
    assert decide(_signals(0.55, 0.45), BAR) == "unsupported"


def test_grounded_hard_facts_make_a_claim_more_supported() -> None:
    """A claim made mostly of grounded figures embeds far from every sentence ("With the lurcher at £29 and the
    terrier at £18, that's £47 a night"): at the same similarity and held share, the higher its share of hard
    facts, the lower the doubt, and a fact-free claim at 0.5 similarity is doubted (control)."""
    plain, figures = _signals(0.5, 0.5), ClaimSignals(claim="c", share_all=0.5, share_best=0.5, novel=0.5,
                                                       novel_words=(), similarity=0.5, facts=0.6)
    assert probability(figures, BAR) < probability(plain, BAR)
    assert decide(figures, BAR) == "supported" and decide(plain, BAR) != "supported"


@pytest.mark.parametrize(("lower", "higher"), [((0.7, 0.5), (0.5, 0.5)), ((0.5, 0.8), (0.5, 0.3))])
def test_less_similarity_or_fewer_held_words_never_make_a_claim_more_supported(
        lower: tuple[float, float], higher: tuple[float, float]) -> None:
    """The probability of 'not supported' rises as the similarity or the held share falls."""
    assert probability(_signals(*lower), BAR) < probability(_signals(*higher), BAR)


def test_a_stricter_contract_bar_asks_more_of_a_claim() -> None:
    """The similarity enters as its margin over quality.semantic_support: raising the bar raises the doubt."""
    signals = _signals(0.6, 0.5)
    assert probability(signals, 0.5) < probability(signals, 0.6) < probability(signals, 0.8)


@pytest.mark.xfail(strict=True, reason="the ground7 claim decision doubts a fact-free paraphrase under the bar "
                   "(docs/benchmarks.md, ground7 round)")
def test_a_paraphrase_under_the_similarity_bar_is_supported_end_to_end() -> None:
    """"Insurance is mandatory for anything in the unit" restates "Insurance for stored goods is required" under
    the 0.6 bar: supported by the fitted decision; with the contract's bar raised to 0.8 it is not (control)."""
    [verdict] = score_answer("Insurance is mandatory for anything in the unit.", STORAGE).support
    assert verdict.verdict == "supported" and verdict.similarity is not None and verdict.similarity < BAR
    strict = HeuristicScorer(semantic_support=0.8).score("Insurance is mandatory for anything in the unit.", STORAGE)
    assert strict.support[0].verdict != "supported"


def test_the_committed_coefficients_are_what_the_fitting_script_produces() -> None:
    """tools/fit_claim_decision.py refits on the committed read sets and HaluEval's tuning half: the numbers in
    llmops_kit/claim_decision.py must be its output, so they cannot drift from their source."""
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import fit_claim_decision as fitting
    finally:
        sys.path.remove(str(REPO / "tools"))
    contract = load_contract()
    bar, floor = contract.quality.semantic_support, contract.quality.groundedness_floor
    rows = fitting.collect()
    intercept, coefficients = fitting.fit(rows, bar, floor)
    assert intercept == claim_decision.INTERCEPT
    assert tuple(float(c) for c in coefficients) == claim_decision.COEFFICIENTS
    assert fitting.choose_point(rows, (intercept, coefficients), bar, floor, fitting.replay_rows()) == (
        claim_decision.UNSUPPORTED_AT, claim_decision.FABRICATED_AT)

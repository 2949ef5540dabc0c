"""A claim worded mostly in words found nowhere and stating no fact (the ``novel44`` round): unsupported, not
fabricated. It lowers groundedness; it no longer fires HALLUCINATION alone. A claim that states a figure the
evidence lacks is still absent, and the switch back gives the old verdict (the claim-decision fit uses it)."""

from __future__ import annotations

import pytest

from llmops_kit import grounding
from llmops_kit.contract import load_contract
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

KITES = [Document(id="kb-801", content="Wind limits\nAbove 28 knots, hire stops for the day and the beach flag goes "
                                       "red. Lessons run from 12 to 25 knots.")]
PERK = "Members can also borrow a wetsuit dryer and a heated locker overnight."


def _support(answer: str) -> list[grounding.ClaimSupport]:
    return score_answer(answer, KITES, query="Can I still hire a kite today? It's blowing 31 knots.").support


def test_a_claim_in_new_words_is_unsupported_and_names_them() -> None:
    (verdict,) = [v for v in _support(f"Above 28 knots hire stops for the day. {PERK}") if not v.supported]
    assert verdict.verdict == "unsupported" and verdict.source == grounding.NEW_WORDS_SOURCE
    assert {"dryer", "heat"} <= set(verdict.missing)
    assert "found nowhere" in verdict.describe()


def test_one_such_claim_beside_true_ones_does_not_fire_alone() -> None:
    """Groundedness counts it: one of three unsupported stays above the floor, two of three fall under it."""
    floor = load_contract().quality.groundedness_floor
    one = score_answer(f"Above 28 knots hire stops for the day. Lessons run from 12 to 25 knots. {PERK}", KITES)
    assert one.groundedness is not None and one.groundedness >= floor
    assert not any(v.verdict in grounding.FABRICATED for v in one.support)
    two = score_answer(f"Above 28 knots hire stops for the day. {PERK} Staff can also wax your board for free "
                       "while you wait.", KITES)
    assert two.groundedness is not None and two.groundedness < floor


def test_control_a_figure_the_evidence_lacks_is_still_absent() -> None:
    verdicts = [v.verdict for v in _support("Above 28 knots hire stops for the day. Members can also borrow a "
                                            "wetsuit dryer for 15 minutes.")]
    assert "absent" in verdicts


def test_control_the_switch_back_gives_the_old_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    """(An answer of its own: verdicts are cached per text.)"""
    monkeypatch.setattr(grounding, "NOVEL_WORDS_FABRICATE", True)
    answer = "Above 28 knots hire stops for the day. Regulars may also keep a spare harness in the clubhouse attic."
    assert "invented" in [v.verdict for v in _support(answer)]
    monkeypatch.setattr(grounding, "NOVEL_WORDS_FABRICATE", False)
    assert "invented" not in [v.verdict for v in _support(answer.replace("Regulars", "Members"))]


def test_a_clause_in_new_words_is_not_taken_against_a_supported_claim() -> None:
    """"..., and there's nothing to pay" cut from a supported claim is too terse to judge alone (as an invented clause
    was not taken either); a clause with an absent figure is."""
    (kept,) = _support("Not today, sorry: above 28 knots hire stops for the day, and there's nothing to pay.")
    assert kept.supported
    flagged = _support("Not today, sorry: above 28 knots hire stops for the day, and there's a 15 euro fee.")
    assert [v.verdict for v in flagged] == ["absent"]

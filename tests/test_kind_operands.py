"""A figure the answer derives is reached only from operands of its own kind (:func:`llmops_kit.evidence_derived.
_kind_operands`): a number written only as a percentage is a share, never an amount taken off a price ("a 12.5%
fee, so on £200 you get £187.50" is no 200 - 12.5). Controls: the share worked out right and a percentage that
is also an amount stay supported.

The fixtures are this file's own (a cookery school's cancellation fee).
"""

from __future__ import annotations

import pytest

from llmops_kit import evidence_derived
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

FEE = [Document(id="kb-970", content="If you cancel, a fee of 12.5% of the course price is kept and the rest is "
                                     "refunded within 10 days.")]
COURSE = "I paid £200 for the course. What do I get back if I cancel?"
SHARE_AS_AMOUNT = "The fee is 12.5%, so on £200 you get £187.50 back."

def _verdicts(answer: str, docs: list[Document], query: str | None = None) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


def _as_before(stated: frozenset[str], claim: str, answer_text: str) -> object:
    """Every stated number an operand of every figure, as before the rule."""
    return lambda value: stated


def test_a_percentage_taken_off_as_an_amount_is_absent() -> None:
    assert _verdicts(SHARE_AS_AMOUNT, FEE, COURSE) == ["absent"]


def test_without_the_rule_the_percentage_was_an_amount(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_derived, "_kind_operands", _as_before)
    monkeypatch.setattr(evidence_derived, "percent_figures", lambda text: frozenset())
    assert _verdicts(SHARE_AS_AMOUNT, FEE, COURSE) == ["supported"]


def test_the_share_worked_out_right_is_supported() -> None:
    """Controls: 87.5% of £200, and a percentage the answer also writes as an amount."""
    assert _verdicts("The fee is 12.5%, so on £200 you get £175 back.", FEE, COURSE) == ["supported"]
    assert _verdicts("The fee is 12.5% (£25), so on £200 you get £175 back.", FEE, COURSE) == ["supported"]


def test_percent_figures_are_the_numbers_written_only_as_percentages() -> None:
    from llmops_kit.text.arithmetic import percent_figures

    assert percent_figures("a 7.5% fee, so on £80 you get £74") == frozenset({"7.5"})
    assert percent_figures("a 50 per cent deposit, so £50 of £100") == frozenset()
    assert percent_figures("£80 less £6") == frozenset()

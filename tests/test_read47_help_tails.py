"""A closing "if that helps" is courtesy, cut off the claim (:data:`llmops_kit.text.pleasantries.READ_HELP_TAILS`,
the ``trap47`` round): "The advance is 15% of the bill, if that helps match it" was judged unsupported for
"help" and "match", while the claim without the tail passes. Controls: a wrong figure before the tail stays flagged,
and an "if" that sets a condition ("if that suits your dates") is no courtesy; with the switch off the old verdict
returns."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit.text import claims, pleasantries
from llmops_kit.text.pleasantries import without_help_tail
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

DOCS = [Document(id="bk-1", content="a 15% advance holds your slot. the rest is due a week before the event.")]
ASKED = "is 7c1f09aa22 the advance payment?"
FLAGGED = {"absent", "contradicted", "unsupported", "invented"}


def _answer(share: str = "15") -> str:
    return f"The advance is {share}% of the bill, if that helps match it."


def test_the_courtesy_tail_is_cut_and_the_fact_judged() -> None:
    assert without_help_tail(_answer().rstrip(".")) == "The advance is 15% of the bill"
    assert not FLAGGED & set(_verdicts(_answer(), DOCS, ASKED))


def test_control_a_wrong_figure_before_the_tail_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts(_answer("20"), DOCS, ASKED))


def test_control_a_condition_is_no_courtesy() -> None:
    assert without_help_tail("The slot is free on Friday, if that suits your dates") == \
        "The slot is free on Friday, if that suits your dates"


def test_switched_off_the_tail_stays_and_the_claim_is_flagged() -> None:
    # the claim reader keeps what it read per answer: read again with the switch off
    with fresh_scores(claims.read_answer), patch.object(pleasantries, "READ_HELP_TAILS", False):
        assert FLAGGED & set(_verdicts(_answer(), DOCS, ASKED))

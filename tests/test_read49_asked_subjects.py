"""A terse claim's changed figure, read with the question's words (:data:`llmops_kit.changed_figures.
READ_ASKED_SUBJECTS`): "25,00 € a month, collected by direct debit on the 5th" asked about the gold plan, against
"The gold plan is 30,00 € a month". The claim opens on its figure and leaves its subject to the question, so the
changed-figure reading found too few of its words near the evidence figure, and the 25 passed on another article's
locker fee. The right figure stays supported, a figure found nowhere stays flagged, a worked total after its label
is not given the question, and with the switch off the changed figure passes again."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import changed_figures
from llmops_kit.changed_figures import changed_figure
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

FLAGGED = {"contradicted", "absent"}

CLUB = [Document(id="cl-1", content="The gold plan is 30,00 € a month and includes two guest passes. The silver "
                                    "plan is 20,00 € a month and covers weekdays only."),
        Document(id="cl-2", content="Fees are collected by direct debit on the 5th of each month. A locker is "
                                    "25,00 € a year.")]
CLUB_ASKED = "how much is the gold plan per month"


def _club(figure: str) -> str:
    return f"{figure} a month, collected by direct debit on the 5th."


def test_the_right_figure_is_supported() -> None:
    assert set(_verdicts(_club("30,00 €"), CLUB, CLUB_ASKED)) == {"supported"}


def test_a_terse_price_changed_to_another_articles_figure_is_contradicted() -> None:
    assert "contradicted" in _verdicts(_club("25,00 €"), CLUB, CLUB_ASKED)


def test_a_figure_found_nowhere_stays_flagged() -> None:
    assert FLAGGED & set(_verdicts(_club("35,00 €"), CLUB, CLUB_ASKED))


def test_a_total_after_its_label_is_not_given_the_question() -> None:
    """The question's words go to a figure opening the claim, not to a worked total: "Total: 25,00 €" is the sum
    of the answer's own lines, and its subject is the label before the colon."""
    evidence = documents_evidence(CLUB, "gold plan and a locker, what do I pay in the first month?")
    assert changed_figure("Total: 25,00 €.", evidence) is None


def test_a_claim_naming_its_subject_is_not_given_the_question() -> None:
    """A figure after the claim's own words has its subject there: "A locker is 25,00 € a year" stays the
    locker's, whatever the question asked."""
    evidence = documents_evidence(CLUB, CLUB_ASKED)
    assert changed_figure("A locker is 25,00 € a year.", evidence) is None


def test_switched_off_the_changed_figure_passes_again() -> None:
    with fresh_scores(), patch.object(changed_figures, "READ_ASKED_SUBJECTS", False):
        assert set(_verdicts(_club("25,00 €"), CLUB, CLUB_ASKED)) == {"supported"}

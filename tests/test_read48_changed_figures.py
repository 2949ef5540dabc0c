"""A figure changed in a clause of a round-up answer that restates an evidence sentence word for word around it
(:data:`llmops_kit.changed_figures.READ_CHANGED_FIGURES`): the hard-fact step let it pass because its number occurs
in another article or some arithmetic on the answer's other figures reaches it, and the claim's other words held
it up. Each case's right figure stays supported, a figure found nowhere stays flagged, a worked total and another
subject's figure are not read, and with the switch off the changed figure passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import changed_figures
from llmops_kit.changed_figures import changed_figure
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

FLAGGED = {"contradicted", "absent"}

GYM = [Document(id="gym-01", content="A day pass is 9,00 €. Lockers need a 1 € coin, which comes back when you "
                                     "unlock them."),
       Document(id="gym-02", content="Towels can be hired for 2,00 €. Classes last 45 minutes."),
       Document(id="gym-05", content="Members get 10% off in the café.")]
GYM_ASKED = "I'm coming for the first time on Friday. What do I need to know?"


def _gym(lockers: str) -> str:
    return f"Welcome! A day pass is 9,00 €. {lockers} Towels can be hired for 2,00 €, and classes last 45 minutes."


MEALS = [Document(id="ml-4", content="Text us by 8:00 PM the evening before to pause. A pause of 4 or more days "
                                     "in a row is credited at ₹120 a day; shorter pauses are not credited."),
         Document(id="ml-7", content="Pay by UPI by the 3rd of the month.")]
MEALS_ASKED = "How does pausing and paying work?"


def _meals(days: str) -> str:
    return (f"Pause by 8:00 PM the evening before; {days} or more days in a row are credited at ₹120 a day. "
            "Pay by UPI by the 3rd of the month.")


FRAMES = [Document(id="fr-04", content="Standard lead time: 10 working days. Express: 5 working days, for 25% more."),
          Document(id="fr-01", content="Oak moulding is 38,00 € per linear metre. All prices include 20% VAT.")]
FRAMES_ASKED = "How long does framing take?"


def _frames(share: str) -> str:
    return f"It takes 10 working days, or 5 with express, which costs {share} more. Oak is 38,00 € per linear metre."


def test_the_right_figures_are_supported() -> None:
    assert set(_verdicts(_gym("Lockers need a 1 € coin, which comes back when you unlock them."), GYM,
                         GYM_ASKED)) == {"supported"}
    assert "contradicted" not in _verdicts(_meals("4"), MEALS, MEALS_ASKED)
    assert "contradicted" not in _verdicts(_frames("25%"), FRAMES, FRAMES_ASKED)


def test_a_coin_changed_to_another_articles_figure_is_contradicted() -> None:
    verdicts = _verdicts(_gym("Lockers need a 2 € coin, which comes back when you unlock them."), GYM, GYM_ASKED)
    assert "contradicted" in verdicts


def test_a_count_cut_from_its_unit_is_contradicted() -> None:
    assert "contradicted" in _verdicts(_meals("3"), MEALS, MEALS_ASKED)


def test_a_share_held_by_another_rule_is_contradicted() -> None:
    assert "contradicted" in _verdicts(_frames("20%"), FRAMES, FRAMES_ASKED)


@pytest.mark.parametrize(("answer", "docs", "asked"), [
    (_gym("Lockers need a 7 € coin, which comes back when you unlock them."), GYM, GYM_ASKED),
    (_meals("11"), MEALS, MEALS_ASKED),
    (_frames("60%"), FRAMES, FRAMES_ASKED),
])
def test_a_figure_found_nowhere_stays_flagged(answer: str, docs: list[Document], asked: str) -> None:
    assert FLAGGED & set(_verdicts(answer, docs, asked))


def test_a_worked_total_and_another_subjects_figure_are_not_read() -> None:
    evidence = documents_evidence(GYM, GYM_ASKED)
    assert changed_figure("Two day passes are 2 × 9,00 € = 18,00 €.", evidence) is None
    cottages = documents_evidence([Document(id="c-1", content="Fuchsia Cottage sleeps 4 and costs €640 a week."),
                                   Document(id="c-2", content="The Harbour Loft, for 2 guests, is €495 a week.")])
    assert changed_figure("The Harbour Loft sleeps 2 and costs €495 a week.", cottages) is None


def test_the_customers_own_figure_is_not_read() -> None:
    evidence = documents_evidence(MEALS, "If I pause 3 or more days in a row, is that credited?")
    assert changed_figure("3 or more days in a row are credited at ₹120 a day", evidence) is None


def test_switched_off_the_changed_figures_pass_again() -> None:
    with fresh_scores(), patch.object(changed_figures, "READ_CHANGED_FIGURES", False):
        assert set(_verdicts(_gym("Lockers need a 2 € coin, which comes back when you unlock them."), GYM,
                             GYM_ASKED)) == {"supported"}
        assert set(_verdicts(_meals("3"), MEALS, MEALS_ASKED)) == {"supported"}
        assert set(_verdicts(_frames("20%"), FRAMES, FRAMES_ASKED)) == {"supported"}

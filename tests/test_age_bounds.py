"""The ends of an age band are no operands of another figure (``READ_AGE_BOUNDS`` in
:mod:`llmops_kit.evidence_derived`, the ``ages45`` round): "two adults and up to 4 children aged 6-14" reached its
changed 4 as 6 - 2. Each case with a control; the fixtures are this file's own. The switch-off test turns the
``invented48`` reading (``READ_UNHELD_VALUES`` in :mod:`llmops_kit.subject_figures`) off too: it reads a changed
count no clause states with its unit against the band's own sentence, and catches the first case as well."""

from __future__ import annotations

import pytest

from llmops_kit import evidence_derived, quality, subject_figures
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

RINK = [Document(id="ice-4", content="The family pass covers two adults and up to 3 children aged 7-16 for one "
                                     "session: 32.00 CHF. Skate hire is 6.00 CHF a pair.")]
#: Each changed count is two figures of the band, or of the band and the adults, apart.
CHANGED = [
    "Two adults and up to 5 children aged 7-16, for 32.00 CHF a session.",  # 7 - 2
    "It is for two adults plus as many as 9 children, ages 7 to 16, at 32.00 CHF.",  # 16 - 7
]


def _verdicts(answer: str, query: str | None = None) -> list[str]:
    quality._memo.clear()  # a verdict kept from another switch setting is not this one's
    return [v.verdict for v in score_answer(answer, RINK, query=query).support]


@pytest.mark.parametrize("answer", CHANGED)
def test_a_changed_count_is_not_reached_from_an_age_band(answer: str) -> None:
    assert _verdicts(answer) == ["contradicted"]


def test_control_the_article_s_count_with_the_band_is_supported() -> None:
    assert _verdicts("Two adults and up to 3 children aged 7-16, for 32.00 CHF a session.") == ["supported"]


def test_control_arithmetic_beside_an_age_band_still_counts() -> None:
    answer = ("The family pass is 32.00 CHF for children aged 7-16, plus 2 × 6.00 CHF = 12.00 CHF for two pairs "
              "of skates.")
    assert _verdicts(answer, query="Family pass and two pairs of skates?") == ["supported"]


@pytest.mark.parametrize("answer", CHANGED)
def test_switched_off_the_band_s_ends_reach_the_changed_count(answer: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_derived, "READ_AGE_BOUNDS", False)
    monkeypatch.setattr(subject_figures, "READ_UNHELD_VALUES", False)
    assert _verdicts(answer) == ["supported"]



#: A band written right after the word for whom it is for, with no "aged": "a child (4 to 9)"; a follow-up after the
#: adult price.
TOUR = [Document(id="t-2", content="Evening tour: adult 30.00 CHF, child (4 to 9) 19.00 CHF, lantern included.")]
#: Each changed price is two figures of the band, or of the band and the adult price, worked together.
CHANGED_AFTER_CHILD = ["13.00", "5.00", "36.00", "21.00"]


def _follow_up(price: str) -> list[str]:
    quality._memo.clear()
    # the band before the amount: "A child ... is X CHF on the evening tour" would be read as the tour's own price
    # beside the adult's, a fault of the owner reading (figure_owner) this round leaves alone
    answer = f"For a child (4 to 9) the evening tour is {price} CHF, lantern included."
    return [v.verdict for v in score_answer(answer, TOUR, query="and for my 7-year-old?",
                                            history="How much is the evening tour for an adult?",
                                            earlier_answers="30.00 CHF for an adult, lantern included.").support]


@pytest.mark.parametrize("price", CHANGED_AFTER_CHILD)
def test_a_changed_price_is_not_reached_from_a_band_after_child(price: str) -> None:
    assert _follow_up(price) == ["absent"]


def test_control_the_article_s_child_price_is_supported() -> None:
    assert _follow_up("19.00") == ["supported"]


@pytest.mark.parametrize("price", CHANGED_AFTER_CHILD)
def test_switched_off_a_band_after_child_reaches_the_changed_price(price: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence_derived, "READ_AGE_BOUNDS", False)
    assert _follow_up(price) == ["supported"]

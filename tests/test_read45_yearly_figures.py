"""A customer's figure per month (or week, or day) restated per year (:data:`llmops_kit.inferred_counts.
READ_YEARLY_FIGURES`): "about 4 hours a month" is "48 hours a year", and the prices worked from the 48 then check
by the usual arithmetic. Another multiple ("40 hours a year"), another unit, and a wrong product stay flagged; with
the switch off the 48 and everything worked from it are absent again."""

from __future__ import annotations

import pytest

from llmops_kit import inferred_counts, quality
from llmops_kit.inferred_counts import yearly_figures
from llmops_kit.quality import Document, score_answer

COURTS = [Document(id="c-1", content="Casual court hire is £9.50 an hour. Club membership is £45 a year, then "
                                      "courts are £6.75 an hour.")]
SWIM = [Document(id="s-2", content="Swim lessons are £11 each, or £420 for an annual pass with unlimited lessons.")]

COURTS_ASKED = "I play about 4 hours a month, mostly weekends. Would membership pay off?"
SWIM_ASKED = "My daughter has 1 lesson a week. Is the annual pass better?"
COURTS_ANSWER = ("Membership pays: 48 hours a year at £6.75 is £324, plus £45 makes £369, against 48 × £9.50 = £456 "
                 "paying casually, so you'd save £87.")
SWIM_ANSWER = "At 52 lessons a year, paying each time costs 52 × £11 = £572, so the £420 pass saves you £152."


def _held(documents: list[Document], query: str, answer: str) -> bool:
    quality._memo.clear()  # verdicts are memoised on the texts alone, not on the switches
    try:
        return all(v.supported for v in score_answer(answer, documents, query=query).support)
    finally:
        quality._memo.clear()


@pytest.mark.parametrize(("documents", "query", "answer"), [(COURTS, COURTS_ASKED, COURTS_ANSWER),
                                                            (SWIM, SWIM_ASKED, SWIM_ANSWER)])
def test_the_yearly_figure_and_what_is_worked_from_it_are_held(documents: list[Document], query: str,
                                                                answer: str) -> None:
    assert _held(documents, query, answer)


@pytest.mark.parametrize(("documents", "query", "answer"), [
    # another multiple of the customer's figure
    (COURTS, COURTS_ASKED, "Membership pays: 40 hours a year at £6.75 is £270, plus £45 makes £315, against "
                           "40 × £9.50 = £380 paying casually, so you'd save £65."),
    (SWIM, SWIM_ASKED, "At 48 lessons a year, paying each time costs 48 × £11 = £528, so the £420 pass saves you "
                       "£108."),
    # the right yearly figure, a wrong product worked from it
    (COURTS, COURTS_ASKED, COURTS_ANSWER.replace("£456", "£466").replace("£87", "£97")),
])
def test_another_multiple_or_a_wrong_product_is_flagged(documents: list[Document], query: str, answer: str) -> None:
    assert not _held(documents, query, answer)


def test_the_reader() -> None:
    assert yearly_figures("48 hours a year at £6.75", [COURTS_ASKED]) == {48.0}
    assert yearly_figures("52 lessons per year", [SWIM_ASKED]) == {52.0}
    assert yearly_figures("730 tablets a year", ["I take 2 tablets a day"]) == {730.0}
    assert yearly_figures("40 hours a year", [COURTS_ASKED]) == frozenset()  # not 12 times 4
    assert yearly_figures("48 visits a year", [COURTS_ASKED]) == frozenset()  # another unit
    assert yearly_figures("48 hours a year", ["I play 4 hours most weekends"]) == frozenset()  # no period given


def test_switched_off_the_yearly_figure_is_absent_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inferred_counts, "READ_YEARLY_FIGURES", False)
    assert yearly_figures("48 hours a year at £6.75", [COURTS_ASKED]) == frozenset()
    assert not _held(COURTS, COURTS_ASKED, COURTS_ANSWER)
    assert not _held(SWIM, SWIM_ASKED, SWIM_ANSWER)

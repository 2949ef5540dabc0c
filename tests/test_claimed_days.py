"""The days a claim gives, held as a set against the days the evidence gives for the same thing
(:mod:`llmops_kit.claimed_days`): a day outside the evidence's days ("Tuesdays and Fridays" where the bakery bakes on
Tuesdays and Thursdays), a changed run of days ("Wednesday to Saturday" where lunch is Tuesday to Saturday), a
closure on a day the evidence gives ("closed on Tuesdays" of a wall open Tuesday to Sunday) and a changed exception
("except the first Wednesday" where it is the first Monday); with controls that the same days in another order or
form, a closure the evidence states, another subject's days and a dated day stay uncontradicted.

The fixtures are this file's own (a bakery, a climbing wall, a museum, a bistro, a shop, a key shop, a helpline,
a bindery).
"""

from __future__ import annotations

import pytest

from llmops_kit import claimed_days
from llmops_kit.claimed_days import day_sets
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

BAKERY = [Document(id="bk-1", content="We bake sourdough on Tuesdays and Thursdays. Order by 5pm Friday for a "
                                      "Tuesday loaf, or by 5pm Monday for a Thursday loaf.")]
WALL = [Document(id="cw-2", content="The bouldering wall is open Tuesday to Sunday, 10am-10pm, and closed on "
                                    "Mondays for route setting. Wednesday evenings are ladies' nights at the "
                                    "cafe.")]
MUSEUM = [Document(id="mu-3", content="The museum is open 9:30-17:00 every day except the first Monday of each "
                                      "month, when the galleries close for maintenance. Guided tours leave at "
                                      "11:00 on Wednesday and Friday.")]
BISTRO = [Document(id="bi-4", content="Our set lunch is served Tuesday to Saturday from 12:00 to 14:30, 28 euros "
                                      "a head. The bar is open Monday to Saturday from 11:00.")]

STORE = [Document(id="st-10", content="The shop is open Tuesday to Saturday, 10am-6pm, and closed on Sundays and "
                                      "Mondays.")]
SHOP = [Document(id="sh-7", content="The key shop is open Monday to Friday, 9am to 5pm; Saturday 10am to 2pm."),
        Document(id="sh-8", content="Saturday opening: 10am to 2pm.")]
SHOP_TWO = [Document(id="sh-9", content="The key shop is open Monday to Friday, 9am to 5pm."),
            Document(id="sh-8", content="Saturday opening: 10am to 2pm.")]


def _verdicts(answer: str, docs: list[Document], query: str | None = None) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


#: Days the evidence does not give the thing, claimed as its days (or as days it does not happen).
CLASHING = [
    ("Tuesdays and Fridays.", BAKERY, "When do you bake sourdough?"),  # Friday is an order cut-off
    ("The bouldering wall is closed on Tuesdays for route setting.", WALL, None),  # Mondays
    ("The bouldering wall is open Wednesday to Sunday, 10am-10pm.", WALL, None),  # Tuesday to Sunday
    ("The museum is open 9:30-17:00 every day except the first Wednesday of each month, when the galleries close "
     "for maintenance.", MUSEUM, None),  # the first Monday
    ("Wednesday to Saturday, 12:00 to 14:30.", BISTRO, "Which days is the set lunch served?"),  # Tuesday to Saturday
    ("We're closed on Tuesdays.", STORE, "Which days are you closed?"),  # no subject words: every part decides
]


@pytest.mark.parametrize(("answer", "docs", "query"), CLASHING)
def test_days_the_evidence_does_not_give_are_contradicted(answer: str, docs: list[Document],
                                                          query: str | None) -> None:
    assert "contradicted" in _verdicts(answer, docs, query)


@pytest.mark.parametrize(("answer", "docs", "query"), CLASHING)
def test_without_the_reading_the_days_pass(answer: str, docs: list[Document], query: str | None,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimed_days, "READ_DAY_SETS", False)
    assert "contradicted" not in _verdicts(answer, docs, query)


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("Tuesdays and Thursdays.", BAKERY, "When do you bake sourdough?"),
    ("Thursdays and Tuesdays.", BAKERY, "When do you bake sourdough?"),  # another order
    ("Order by 5pm Friday for a Tuesday loaf.", BAKERY, None),  # a cut-off day is not a baking day
    ("The bouldering wall is open Tuesday to Sunday, 10am-10pm.", WALL, None),
    ("The bouldering wall is closed on Mondays for route setting.", WALL, None),  # the closure restated
    ("The bouldering wall is open every day but Monday, 10am-10pm.", WALL, None),  # the same days
    ("The museum is open 9:30-17:00 every day except the first Monday of each month, when the galleries close for "
     "maintenance.", MUSEUM, None),
    ("Tuesday to Saturday, 12:00 to 14:30.", BISTRO, "Which days is the set lunch served?"),
    ("Tue-Sat, 12:00 to 14:30.", BISTRO, "Which days is the set lunch served?"),  # abbreviated
    ("The bar is open Monday to Saturday from 11:00.", BISTRO, None),  # another subject's days
    ("Your table for the set lunch is booked for Monday 14 May at 12:30.", BISTRO, None),  # a dated day
    ("We're closed on Mondays.", STORE, "Which days are you closed?"),
    ("Sundays and Mondays.", STORE, "Which days are you closed?"),  # the question says what the days are
    # the days of two schedule lines together, and a bare schedule line of another text
    ("The key shop is open Monday to Saturday.", SHOP, None),
    ("The key shop is open on Saturdays, 10am to 2pm.", SHOP_TWO, None),
])
def test_the_days_the_evidence_gives_are_not_contradicted(answer: str, docs: list[Document],
                                                          query: str | None) -> None:
    assert "contradicted" not in _verdicts(answer, docs, query)


def test_days_are_read_as_sets() -> None:
    assert day_sets("open Tue-Sat").given == day_sets("open Tuesday, Wednesday, Thursday, Friday and Saturday").given
    assert day_sets("every day but Monday").given == day_sets("Tuesday to Sunday").given
    assert day_sets("we don't roast on Wednesdays").ruled_out == frozenset({2})
    assert day_sets("order by 11pm Wednesday").given == frozenset()  # a deadline
    assert day_sets("Friday 20 November").given == frozenset()  # a date's day
    assert day_sets("Monday to Friday 9-5, Saturday 10-2").runs == (frozenset(range(5)),)


HELPLINE = [Document(id="hl-5", content="The helpline is staffed Monday to Thursday, noon to 4pm. Friday is kept for "
                                        "callbacks.")]
BINDERY = [Document(id="bd-6", content="Tuesday to Friday 10 till 4, Saturday 10 till 1. We're shut on Sundays and "
                                       "Mondays.")]

#: The evidence's days in another form: abbreviated, or the closure in other words.
SAME_DAYS = [
    ("Noon to 4pm, Mon-Thu.", HELPLINE, "When is the helpline staffed?"),
    ("No - closed Sundays and Mondays.", BINDERY, "open Mondays?"),
]


@pytest.mark.parametrize(("answer", "docs", "query"), SAME_DAYS)
def test_the_same_days_in_another_form_are_supported(answer: str, docs: list[Document], query: str) -> None:
    assert set(_verdicts(answer, docs, query)) == {"supported"}


@pytest.mark.parametrize(("answer", "docs", "query"), SAME_DAYS)
def test_without_the_reading_the_form_is_not_held(answer: str, docs: list[Document], query: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimed_days, "READ_DAY_SETS", False)
    assert set(_verdicts(answer, docs, query)) != {"supported"}


@pytest.mark.parametrize(("answer", "docs", "query"), [
    ("Noon to 4pm, Mon-Fri.", HELPLINE, "When is the helpline staffed?"),  # Friday is for callbacks
    ("No - closed Saturdays and Sundays.", BINDERY, "open Mondays?"),  # Saturday is open, Monday shut
    ("No - closed Sundays and Tuesdays.", BINDERY, "open Tuesdays?"),  # Tuesday is open
])
def test_other_days_in_that_form_are_not_supported(answer: str, docs: list[Document], query: str) -> None:
    assert set(_verdicts(answer, docs, query)) != {"supported"}

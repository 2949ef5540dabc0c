"""Weekdays an answer works out from the evidence's rule and the customer's case (:mod:`llmops_kit.worked_weekdays`):
the next working day after the customer's day, N working days after the day the answer says a job counts from, any
day of a place open "daily", a day inside a run of days the answer restates or writes out. Controls: another
weekday, a rule the evidence does not give, "daily" said of a place the evidence gives other days, a day outside the
run stay flagged.

The fixtures are this file's own (a key-cutting shop, a tailor, a car wash).
"""

from __future__ import annotations

import pytest

from llmops_kit import grouped_days
from llmops_kit import worked_weekdays as worked_module
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document
from llmops_kit.worked_weekdays import worked_weekdays

KEYS = [Document(id="kc-3", content="Orders placed before noon are cut the same day; orders after noon are cut on "
                                    "the next working day. Working days are Monday to Friday.")]
TAILOR = [Document(id="tl-1", content="Hems are ready within 4 working days. Items dropped off after 5pm count as "
                                      "received on the next working day.")]
WASH = [Document(id="cw-2", content="Harbour Road car wash: Mon-Fri 8am-6pm. Mill Street car wash: daily 7am-9pm.")]


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


KEYS_Q = "If I order a key at 2pm on Tuesday, when will it be cut?"
TAILOR_Q = "I'll drop my trousers off at 6pm on Friday for a hem. When are they ready?"
WASH_Q = "Can I bring the van to Mill Street car wash this weekend?"
HARBOUR_Q = "When can I bring the van to Harbour Road car wash?"

#: Right answers whose weekday is worked out from the rule.
WORKED = [
    ("2pm is after the noon cut-off, so it is cut on the next working day - Wednesday.", KEYS, KEYS_Q),
    ("After 5pm they count as received on the next working day, Monday. Hems are ready within 4 working days, so "
     "you'll have them by Friday.", TAILOR, TAILOR_Q),
    ("Mill Street car wash is open daily, 7am-9pm, so Saturday or Sunday both work.", WASH, WASH_Q),
    # a day inside the run of days the answer restates
    ("Harbour Road car wash is open Mon-Fri 8am-6pm, so Tuesday or Thursday both work.", WASH, HARBOUR_Q),
    # every day of the run, written out
    ("Harbour Road car wash is open Monday, Tuesday, Wednesday, Thursday and Friday, 8am-6pm.", WASH, HARBOUR_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), WORKED)
def test_a_weekday_worked_out_from_the_rule_is_supported(answer: str, docs: list[Document], query: str) -> None:
    assert set(_verdicts(answer, docs, query)) == {"supported"}


@pytest.mark.parametrize(("answer", "docs", "query"), WORKED)
def test_without_the_reading_the_weekday_is_absent(answer: str, docs: list[Document], query: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worked_module, "READ_WORKED_DAYS", False)
    # a day given the time its run of days is given is held by that run too (the sched46 round's grouped days)
    monkeypatch.setattr(grouped_days, "READ_GROUPED_DAYS", False)
    assert set(_verdicts(answer, docs, query)) != {"supported"}


#: The same answers with a weekday the rule does not give, or a rule the evidence does not hold.
WRONG = [
    ("2pm is after the noon cut-off, so it is cut on the next working day - Thursday.", KEYS, KEYS_Q),
    ("2pm is after the noon cut-off, so it is cut on the next working day - Saturday.", KEYS, KEYS_Q),
    ("After 5pm they count as received on the next working day, Monday. Hems are ready within 4 working days, so "
     "you'll have them by Wednesday.", TAILOR, TAILOR_Q),
    ("After 5pm they count as received on the next working day, Tuesday. Hems are ready within 4 working days, so "
     "you'll have them by Monday.", TAILOR, TAILOR_Q),
    # 3 working days is no rule of the tailor's
    ("After 5pm they count as received on the next working day, Monday. Hems are ready within 3 working days, so "
     "you'll have them by Thursday.", TAILOR, TAILOR_Q),
    # Harbour Road is open Monday to Friday: "daily" is the answer's, not the evidence's
    ("Harbour Road car wash is open daily, 8am-6pm, so Saturday or Sunday both work.", WASH,
     "Can I bring the van to Harbour Road car wash this weekend?"),
    # Saturday lies outside the run the answer restates; "Mon-Sat" is a run the evidence does not state
    ("Harbour Road car wash is open Mon-Fri 8am-6pm, so Saturday works.", WASH, HARBOUR_Q),
    ("Harbour Road car wash is open Mon-Sat 8am-6pm, so Saturday works.", WASH, HARBOUR_Q),
    ("Harbour Road car wash is open Monday, Tuesday, Wednesday, Thursday, Friday and Saturday, 8am-6pm.", WASH,
     HARBOUR_Q),
]


@pytest.mark.parametrize(("answer", "docs", "query"), WRONG)
def test_a_weekday_the_rule_does_not_give_stays_flagged(answer: str, docs: list[Document], query: str) -> None:
    """Controls."""
    assert set(_verdicts(answer, docs, query)) != {"supported"}


def test_working_days_skip_the_weekend() -> None:
    ev = ["Repairs take 2 working days."]
    assert worked_weekdays("Ready in 2 working days, so on Monday.", "", "I drop it on Thursday.", ev) == {"monday"}
    assert worked_weekdays("Ready in 2 working days, so on Saturday.", "", "I drop it on Thursday.", ev) == set()

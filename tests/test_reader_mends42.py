"""Four reader faults mended in one round, each with a faithful case it keeps and a wrong case it must still flag:

- a polite request is never contradicted by the customer's own message (:mod:`llmops_kit.asked_requests` reads
  ``Evidence.sources``, which never holds it: a guard, not a change);
- a duration is reached with a calendar factor only from another duration ("Three guests a day ... 72 hours
  ahead" is no 3 x 24; ``READ_TIMED_FACTORS`` in :mod:`llmops_kit.evidence_derived`);
- a clock hour past midnight written the late-night way ("27:00") is the next morning's time ("3am";
  ``READ_LATE_CLOCK`` in :mod:`llmops_kit.text.numbers`);
- the bare prices after a sentence's first amount of money are amounts of it ("twenty-two pounds, or thirty-five
  with new heels"; :mod:`llmops_kit.carried_amounts`).

The fixtures are this file's own (a cookery school, a coworking space, a courier, a swimming pool, a late bar, a
cobbler, a swimming school).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import carried_amounts as carried_module
from llmops_kit.asked_requests import contradicted_request
from llmops_kit.carried_amounts import carried_amounts
from llmops_kit.text import times_in
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence
from .verdict_cases import fresh_verdicts as _verdicts

# --- a request and the customer's own message -------------------------------------------------------------------

COOKERY = [Document(id="ck-1", content="Classes start at 9:00 and run for 3 hours. Aprons are provided.")]
COOKERY_BARE = [Document(id="ck-2", content="Classes start at 9:00 and run for 3 hours.")]


def test_a_request_is_not_contradicted_by_the_customers_own_message() -> None:
    evidence = documents_evidence(COOKERY_BARE, "My friend said aprons are provided. What should I bring?")
    assert contradicted_request("Please bring your own apron.", evidence) is None


def test_a_request_a_document_contradicts_is_still_read() -> None:
    evidence = documents_evidence(COOKERY, "What should I bring?")
    assert contradicted_request("Please bring your own apron.", evidence) is not None


# --- a calendar factor needs a duration to multiply -------------------------------------------------------------

COWORK = [Document(id="cw-1", content="Members can bring 3 guests per day for free; guests sign in at the front "
                                      "desk.")]
COURIER = [Document(id="cr-1", content="Standard delivery takes 2 days.")]
POOL = [Document(id="pl-1", content="The lap pool is open 8 hours a day, every day of the week.")]


def test_a_duration_no_other_duration_gives_is_not_reached_through_a_count() -> None:
    verdicts = _verdicts("Three guests a day are free, but they must be booked 72 hours ahead online.", COWORK,
                         "Can I bring guests?")
    assert verdicts and "supported" not in verdicts


@pytest.mark.parametrize(("answer", "docs"), [
    ("Standard delivery takes 2 days, so about 48 hours.", COURIER),
    ("The lap pool is open 8 hours a day, so 56 hours a week.", POOL),
])
def test_a_duration_worked_from_another_duration_is_kept(answer: str, docs: list[Document]) -> None:
    assert _verdicts(answer, docs, "How long?") == ["supported"]


# --- a clock hour past midnight written the late-night way ------------------------------------------------------

BAR = [Document(id="lb-1", content="Open 18:00-28:00 every night. Last orders 27:00.")]


def test_a_late_night_hour_is_read_as_the_next_mornings_time() -> None:
    assert times_in("Open 18:00-28:00 every night") == {"18:00", "04:00"}
    assert times_in("Last orders 27:30.") == {"03:30"}
    assert times_in("at 12:25:30") == frozenset()  # a time with seconds is no late-night hour


@pytest.mark.parametrize("answer", ["Last orders are at 3am.", "We close at 28:00, which is 4am."])
def test_the_next_mornings_time_of_a_late_night_hour_is_held(answer: str) -> None:
    assert _verdicts(answer, BAR, "When do you close?") == ["supported"]


@pytest.mark.parametrize("answer", ["Last orders are at 4am.", "We close at 28:00, which is 5am."])
def test_another_morning_time_is_still_not_held(answer: str) -> None:
    verdicts = _verdicts(answer, BAR, "When do you close?")
    assert verdicts and "supported" not in verdicts


# --- a currency named once, its figures after it ----------------------------------------------------------------

COBBLER = [Document(id="cb-1", content="A basic resole is twenty-two pounds, or thirty-five with new heels. Keys "
                                       "are cut while you wait.")]
SWIM = [Document(id="sw-1", content="Lessons are £15 per child aged 5 to 12. Lessons last 30 minutes.")]


def test_the_bare_prices_after_a_named_currency_are_that_money() -> None:
    assert carried_amounts("A basic resole is twenty-two pounds, or thirty-five with new heels.") == {"35 money"}
    assert carried_amounts("A zip is eighteen pounds; a coat zip, thirty-two.") == {"32 money"}
    assert carried_amounts("Lessons are £15 per child aged 5 to 12.") == frozenset()  # a range of ages
    assert carried_amounts("Tickets are £5, on sale from 2027.") == frozenset()  # a year
    assert carried_amounts("Entry is £5 for 2 hours, or 8 for 3 hours.") == frozenset()  # a duration beside it
    with patch.object(carried_module, "READ_CARRIED_AMOUNTS", False):
        assert carried_amounts("A basic resole is twenty-two pounds, or thirty-five with new heels.") == frozenset()


def test_a_price_the_sentence_states_bare_is_held() -> None:
    assert _verdicts("A resole with new heels is £35.", COBBLER, "How much is a resole?") == ["supported"]


@pytest.mark.parametrize(("answer", "docs"), [
    ("A resole with new heels is £38.", COBBLER),  # a changed figure
    ("A lesson for a 12-year-old is £12.", SWIM),  # an age is no price
])
def test_a_price_no_sentence_states_is_still_not_held(answer: str, docs: list[Document]) -> None:
    verdicts = _verdicts(answer, docs, "How much is it?")
    assert verdicts and "supported" not in verdicts

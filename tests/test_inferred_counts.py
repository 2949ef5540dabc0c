"""Counts a healthy answer infers instead of finding them (:mod:`llmops_kit.inferred_counts`): twelve months of a
year, seven nights of a week, the items a list names. Each reading with its control that the wrong count, a count
of something no list names and a wrong product stay flagged.

The fixtures are this file's own (a coffee roaster, a cattery, a bike co-op, a language school, a piano shop).
"""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import evidence_derived
from llmops_kit.inferred_counts import calendar_counts, list_counts, per_item_counts
from llmops_kit.quality import score_answer
from llmops_kit.traces import Document

from .verdict_cases import later_figure_readings_off

BEANS = [Document(id="kb-301", content="A 250 g bag of house espresso is €9.00. Subscribers can have one bag "
                                       "a month delivered free.")]
CATTERY = [Document(id="kb-302", content="Boarding is £16 a night per cat, food and litter included.")]
COOP = [Document(id="kb-303", content="Cargo bikes, tandems and the trailer need a refundable deposit of $40, "
                                      "returned when the bike comes back undamaged.")]
SCHOOL = [Document(id="kb-304", content="Group lessons cost £18 an hour for French, Spanish, German and Italian, "
                                        "and £24 an hour for other languages.")]
PIANO = [Document(id="kb-305", content="We can tune uprights, grands and digital stage pianos for £85 per item.")]


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query).support]


def _off(*args: object) -> frozenset[int]:
    return frozenset()


def _without(name: str, answer: str, docs: list[Document], query: str) -> list[str]:
    """The verdicts with one reading switched off (the memo is cleared: the same answer was judged with it on), and
    the later figure readings with it (the customer's "both" is read as a count of two by one of them)."""
    with later_figure_readings_off(), patch.object(evidence_derived, name, _off):
        return _verdicts(answer, docs, query)


# ---- calendar counts: twelve months of a year, seven nights of a week -----------------------------------------

def test_twelve_of_a_thing_given_a_month_make_a_year() -> None:
    query = "What would beans cost me over a year if I take a bag every month?"
    assert _verdicts("Twelve bags at €9.00 each comes to €108.00 a year.", BEANS, query) == ["supported"]


def test_twelve_bags_without_the_reading_are_flagged() -> None:
    query = "What would beans cost me over a year if I take a bag every month?"
    assert _without("calendar_counts", "Twelve bags at €9.00 each comes to €108.00 a year.", BEANS,
                    query) != ["supported"]


def test_a_wrong_calendar_count_or_product_is_still_flagged() -> None:
    """Control: ten bags are no year of months, and €118.00 is no 12 x €9.00."""
    query = "What would beans cost me over a year if I take a bag every month?"
    assert _verdicts("Ten bags at €9.00 each comes to €90.00 a year.", BEANS, query) != ["supported"]
    assert _verdicts("Twelve bags at €9.00 each comes to €118.00 a year.", BEANS, query) != ["supported"]


def test_a_week_of_nights_at_the_nightly_rate() -> None:
    query = "Our cat is staying 10 nights - what is that per week on average?"
    answer = "At £16 a night, 10 nights is £160, which is £112 per 7-night week."
    assert _verdicts(answer, CATTERY, query) == ["supported"]
    assert _without("calendar_counts", answer, CATTERY, query) != ["supported"]


def test_a_calendar_count_not_of_the_period_is_still_flagged() -> None:
    """Control: "12 months" beside a monthly rate is a term the evidence never states, not a year of months."""
    assert calendar_counts("£14 a month with a minimum term of 12 months, and a yearly check", "") == frozenset()
    assert calendar_counts("£16 a night, £112 per 7-night week", "") == {7}
    assert calendar_counts("£16 a night, £128 per 8-night week", "") == frozenset()


# ---- counts of a list: the question's, one evidence sentence's, the claim's own priced per item ---------------

def test_a_count_of_the_items_the_question_lists() -> None:
    query = "cargo bike + tandem on Saturday, deposit total?"
    answer = "Two deposit bikes at $40 each: $80, both returned when they come back undamaged."
    assert _verdicts(answer, COOP, query) == ["supported"]
    assert _without("list_counts", answer, COOP, query) != ["supported"]


def test_a_wrong_count_of_the_question_list_is_still_flagged() -> None:
    """Control: three bikes for the two the question names, and a wrong product."""
    query = "cargo bike + tandem on Saturday, deposit total?"
    assert _verdicts("Three deposit bikes at $40 each: $120.", COOP, query) != ["supported"]
    assert _verdicts("Two deposit bikes at $40 each: $90.", COOP, query) != ["supported"]


def test_the_count_of_a_set_an_evidence_sentence_lists() -> None:
    query = "And for Portuguese?"
    answer = "Portuguese is not one of the four main languages, so it's £24 an hour."
    assert _verdicts(answer, SCHOOL, query) == ["supported"]
    assert _without("list_counts", answer, SCHOOL, query) != ["supported"]


def test_a_count_no_list_holds_is_still_flagged() -> None:
    """Control: five for the sentence's four, a count of a set no sentence lists, and a count without "the"
    (no known set) of a thing some list's sentence names."""
    query = "And for Portuguese?"
    assert _verdicts("Portuguese is not one of the five main languages, so it's £24 an hour.", SCHOOL,
                     query) != ["supported"]
    assert list_counts("the four main teachers", (), ("Lessons run in French, Spanish, German and Italian.",)) \
        == frozenset()
    assert list_counts("after four languages", (), ("French, Spanish, German and Italian languages.",)) == frozenset()
    assert list_counts("three deposit bikes", (), ("every 4, 6 or 8 weeks, bikes",)) == frozenset()


def test_the_claims_own_list_priced_per_item() -> None:
    query = "How much to tune both?"
    answer = "Tuning is £85 per item, so £170 for the upright and the grand."
    assert _verdicts(answer, PIANO, query) == ["supported"]
    assert _without("per_item_counts", answer, PIANO, query) != ["supported"]


def test_a_wrong_total_for_the_claims_own_list_is_still_flagged() -> None:
    """Control: £255 is three items' price for two named; without a price per item a list is no factor."""
    query = "How much to tune both?"
    assert _verdicts("Tuning is £85 per item, so £255 for the upright and the grand.", PIANO, query) \
        != ["supported"]
    assert per_item_counts("£170 for the upright and the grand") == frozenset()
    assert per_item_counts("£85 per item, so £170 for the upright and the grand") == {2}

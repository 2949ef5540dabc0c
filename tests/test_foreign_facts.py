"""Dates, day counts and clock hours of a claim in another language, read the English way
(:mod:`llmops_kit.text.foreign_facts`): each reading fails without it (``READ_FOREIGN_FACTS`` off), and beside it
a control with a wrong date or hour stays flagged, and durations, working days and percentages stay figures.
Fixtures are our own (a courier and a bicycle workshop); none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from llmops_kit.contract import load_contract
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text import foreign_facts, numbers_in, times_in
from llmops_kit.text.foreign_facts import english_facts
from llmops_kit.traces import Document

COURIER = [Document(id="cr-7", content="A damage claim must be filed within 30 days of the delivery date. "
                                       "Claims are answered within 10 working days.")]
#: the customer writes English, the answer is German (the date read is the customer's, in English)
DELIVERED = "My parcel was delivered on 2 May. Until when can I claim?"
WORKSHOP = [Document(id="ws-2", content="Walk-in repairs on Saturdays from 2pm, small jobs only. "
                                        "Weekday repairs are booked online.")]
WALK_IN = "Si può passare senza appuntamento il sabato?"


def _verdicts(answer: str, documents: list[Document], query: str) -> list[str]:
    """Scored afresh (a scorer passed in is not memoised), so the switch below is read."""
    scorer = HeuristicScorer(load_contract())
    return [v.verdict for v in score_answer(answer, documents, query=query, scorer=scorer).support]


GERMAN_DATE = ("Sie können bis 30 Tage nach dem Lieferdatum reklamieren, also spätestens bis zum 1. Juni.",
               COURIER, DELIVERED)
ITALIAN_HOUR = ("Sì, il sabato dalle 14 senza appuntamento, ma solo per piccoli lavori.", WORKSHOP, WALK_IN)


@pytest.mark.parametrize(("answer", "documents", "query"), [GERMAN_DATE, ITALIAN_HOUR])
def test_a_foreign_date_or_hour_is_read_as_one(answer: str, documents: list[Document], query: str) -> None:
    """'1. Juni' is 2 May moved by the answer's '30 Tage'; 'dalle 14' is the article's 2pm."""
    assert _verdicts(answer, documents, query) == ["supported"]


@pytest.mark.parametrize(("answer", "documents", "query"), [GERMAN_DATE, ITALIAN_HOUR])
def test_without_the_reading_they_are_bare_numbers(answer: str, documents: list[Document], query: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(foreign_facts, "READ_FOREIGN_FACTS", False)
    assert _verdicts(answer, documents, query) != ["supported"]


@pytest.mark.parametrize(("answer", "documents", "query"), [
    ("Sie können bis 30 Tage nach dem Lieferdatum reklamieren, also spätestens bis zum 5. Juni.", COURIER,
     DELIVERED),  # a wrong date
    ("Sie können bis 45 Tage nach dem Lieferdatum reklamieren, also spätestens bis zum 16. Juni.", COURIER,
     DELIVERED),  # a wrong day count, the date it reaches
    ("Sì, il sabato dalle 15 senza appuntamento, ma solo per piccoli lavori.", WORKSHOP, WALK_IN),  # a wrong hour
])
def test_a_wrong_foreign_date_or_hour_is_still_flagged(answer: str, documents: list[Document], query: str) -> None:
    assert _verdicts(answer, documents, query) != ["supported"]


@pytest.mark.parametrize(("text", "numbers", "times"), [
    ("bis zum 31. März", {"31"}, set()),  # a date keeps its day as a figure
    ("a las 9 y hasta las 21", set(), {"09:00", "21:00"}),
    ("a las 10 de la mañana", set(), {"10:00"}),
    ("dalle 9 alle 18, il sabato", set(), {"09:00", "18:00"}),
    ("um 18.30 Uhr", set(), {"18:30"}),
    ("de 9h à 17h30", set(), {"09:00", "17:30"}),
    ("om 10 uur", set(), {"10:00"}),
])
def test_foreign_dates_and_hours(text: str, numbers: set[str], times: set[str]) -> None:
    rewritten = english_facts(text)
    assert set(numbers_in(rewritten)) == numbers
    assert set(times_in(rewritten)) == times


@pytest.mark.parametrize("text", [
    "15 h de travail",  # a duration, no preposition of a clock hour
    "2 uur",  # Dutch hours as a duration
    "per 14 persone",  # a bare count
    "alle 3,5%",  # a percentage after an hour article
    "Tenemos las 3 habitaciones libres",  # a count of a thing after an hour article
    "Il buono vale per alle 2 persone",
    "Il buono vale per alle 12 persone",
    "The 2 May delivery",  # English: no month of another language
])
def test_durations_counts_and_english_stay_as_they_are(text: str) -> None:
    assert english_facts(text) == text


@pytest.mark.parametrize("text", [
    "Está abierto las 24 horas, los 7 días",  # a length of time after an hour article
    "alle 3 settimane dal ritiro",
])
def test_a_length_of_time_after_an_hour_article_is_no_hour(text: str) -> None:
    assert not times_in(english_facts(text))


#: A paddling school's price sheet (English) and a customer asking in Afrikaans.
PADDLE = [Document(id="pd-3", content="Intro paddle lesson: 2 h, R850 per person. Open 08:00-17:00 daily.")]
PADDLE_Q = "Hoeveel kos 'n kanoles?"


@pytest.mark.parametrize(("text", "times"), [
    ("om 2 uur", {"02:00"}),  # at 2 o'clock: a clock hour
    ("van 9 uur tot 17 uur", {"09:00", "17:00"}),  # a range of hours: its start is a clock hour
    ("van 9 uur - 17:00", {"09:00", "17:00"}),
    ("'n les van 2 uur", set()),  # a lesson of 2 hours
    ("een rondleiding van 1,5 uur", set()),
    ("'n les van 2 h", set()),
    ("vir 3 uur", set()),  # for 3 hours
])
def test_van_before_hours_is_a_clock_hour_only_in_a_range(text: str, times: set[str]) -> None:
    assert set(times_in(english_facts(text))) == times


def test_a_length_of_time_after_van_keeps_its_unit() -> None:
    assert english_facts("'n les van 2 uur") == "'n les van 2 hours"


def test_a_lesson_of_two_hours_is_supported_and_a_changed_length_or_hour_is_not() -> None:
    """'van 2 uur' is the sheet's '2 h'; 'van 3 uur' is a changed length, 'om 3 uur' an hour the sheet lacks."""
    assert _verdicts("'n Kanoles van 2 uur kos R850 per persoon.", PADDLE, PADDLE_Q) == ["supported"]
    assert _verdicts("'n Kanoles van 3 uur kos R850 per persoon.", PADDLE, PADDLE_Q) != ["supported"]
    assert _verdicts("'n Kanoles om 3 uur kos R850 per persoon.", PADDLE, PADDLE_Q) != ["supported"]


#: a shop whose only other "20" and "5" sit in a phone number and a street number
SHOP = [Document(id="sh-4", content="Refunds reach the original card within 10 working days. Questions: call "
                                    "+44 20 7946 0555 or visit us at 5 Mill Lane.")]


@pytest.mark.parametrize(("text", "rewritten"), [
    ("en un plazo de 20 días hábiles", "en un plazo de 20 working days"),
    ("sous 10 jours ouvrables", "sous 10 working days"),
    ("entro 5 giorni lavorativi", "entro 5 working days"),
    ("innerhalb von 3 Werktagen", "innerhalb von 3 working days"),
    ("binnen 2 werkdagen", "binnen 2 working days"),
    ("em 7 dias úteis", "em 7 working days"),
])
def test_a_count_of_working_days_is_written_the_english_way(text: str, rewritten: str) -> None:
    assert english_facts(text) == rewritten


@pytest.mark.parametrize("answer", [
    "El reembolso llega a la tarjeta original en un plazo de 10 días hábiles.",
    "Le remboursement arrive sur la carte d'origine sous 10 jours ouvrables.",
    "Il rimborso arriva sulla carta originale entro 10 giorni lavorativi.",
    "Die Erstattung kommt innerhalb von 10 Werktagen auf die ursprüngliche Karte.",
])
def test_a_faithful_count_of_working_days_is_supported(answer: str) -> None:
    assert _verdicts(answer, SHOP, "How long does a refund take?") == ["supported"]


@pytest.mark.parametrize("answer", [
    "El reembolso llega a la tarjeta original en un plazo de 20 días hábiles.",  # 20: the phone's
    "Le remboursement arrive sur la carte d'origine sous 5 jours ouvrables.",  # 5: the street number
    "Il rimborso arriva sulla carta originale entro 20 giorni lavorativi.",
    "Die Erstattung kommt innerhalb von 5 Werktagen auf die ursprüngliche Karte.",
])
def test_a_count_of_working_days_held_only_by_a_phone_or_street_number_is_flagged(answer: str) -> None:
    assert _verdicts(answer, SHOP, "How long does a refund take?") != ["supported"]


def test_without_the_reading_a_working_day_count_is_a_bare_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(foreign_facts, "READ_WORKING_DAYS", False)
    answer = "El reembolso llega a la tarjeta original en un plazo de 20 días hábiles."
    assert _verdicts(answer, SHOP, "How long does a refund take?") == ["supported"]

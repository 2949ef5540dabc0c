"""Reader faults the ``read44`` round mended, read off the opened holdout26 (and holdout25, holdout11): each reading
with a control that must stay flagged. The fixtures are this file's own."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import reversed_rules
from llmops_kit.quality import score_answer
from llmops_kit.text import interjections, numbers, numbers_in
from llmops_kit.text.foreign_facts import english_facts
from llmops_kit.text.numbers import times_in
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

SCHOOL = [Document(id="kb-441", content="Classes\nThe trapeze class is on Monday at 18 h 30. For ages 5 to 7 there is "
                                        "the Petits Acrobates class, Sundays at 10 h, 30,00 $ a class. No experience "
                                        "or particular strength is needed for beginner classes.")]
BOUTIQUE = [Document(id="kb-442", content="Veils and tiaras\nThe cathedral veil is ₺6.800 and the short veil ₺2.900.")]
CHARTER = [Document(id="kb-443", content="Full-day trips go 20 to 40 nautical miles offshore.")]


def _verdicts(answer: str, docs: list[Document], query: str | None = None) -> list[str]:
    return [v.verdict for v in score_answer(answer, docs, query=query).support]


# ---- an apology in another language opening a fallback or a decline -------------------------------------------

@pytest.mark.parametrize("answer", [
    "Désolé, I couldn't find that in our school notes.",
    "Pole sana, I can't reach the entries system right now, so I can't see NHM27-08841.",
    "Lo siento, I can't reach our booking system right now.",
])
def test_a_foreign_apology_opens_a_decline_as_sorry_does(answer: str) -> None:
    assert _verdicts(answer, SCHOOL) == []


def test_control_a_fact_after_a_foreign_apology_is_still_judged() -> None:
    assert _verdicts("Désolé, the trapeze class is on Tuesday at 18:30.", SCHOOL) == ["absent"]


def test_control_without_the_reading_the_decline_is_a_claim(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interjections, "READ_FOREIGN_APOLOGIES", False)
    assert interjections.english_apology("Désolé, I couldn't find that.") == "Désolé, I couldn't find that."
    monkeypatch.setattr(interjections, "READ_FOREIGN_APOLOGIES", True)
    assert interjections.english_apology("Désolé, I couldn't find that.") == "Sorry, I couldn't find that."
    assert interjections.english_apology("Pole position is free.") == "Pole position is free."


# ---- the lira's dot thousands ------------------------------------------------------------------------------

def test_lira_amounts_in_dot_thousands_are_thousands() -> None:
    assert numbers_in("kapora ₺28.800 paid") == {"28800"}
    assert numbers_in("12.500 ₺") == {"12500"}
    assert numbers_in("₺4.50") == {"4.5"}  # control: two decimals are decimals


def test_a_lira_sum_written_out_is_checked_in_thousands() -> None:
    query = "A ₺72.000 gown and the cathedral veil: what is the total?"
    assert _verdicts("₺72.000 + ₺6.800 = ₺78.800.", BOUTIQUE, query) == ["supported"]
    assert _verdicts("₺72.000 + ₺6.800 = ₺79.800.", BOUTIQUE, query) != ["supported"]  # control: a wrong sum


def test_control_without_the_reading_lira_dots_are_decimals(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numbers, "READ_LIRA_THOUSANDS", False)
    assert numbers.dot_thousands("kapora ₺28.801 paid") == "kapora ₺28.801 paid"


# ---- a requirement denied with a longer subject ----------------------------------------------------------------

def test_no_requirement_denied_with_four_words_between_is_a_denial() -> None:
    query = "do I need to be strong to start silks?"
    assert _verdicts("Beginner classes need no experience or particular strength.", SCHOOL, query) == ["supported"]
    # control: the requirement stated is still reversed; the reversal52 reading calls it contradicted, unsupported
    # without it
    assert _verdicts("You need previous experience and particular strength for beginner classes.", SCHOOL,
                     query) == ["contradicted"]
    with patch.object(reversed_rules, "READ_REVERSED_RULES", False), fresh_scores():
        assert _verdicts("You need previous experience and particular strength for beginner classes.", SCHOOL,
                         query) == ["unsupported"]


# ---- nautical miles and kilometres ------------------------------------------------------------------------------

def test_nautical_miles_convert_to_kilometres() -> None:
    assert _verdicts("Full-day trips go 20 to 40 nautical miles out, about 37 to 74 km.", CHARTER) == ["supported"]
    assert _verdicts("Full-day trips go 20 to 40 nautical miles out, about 32 to 64 km.", CHARTER) != [
        "supported"]  # control: statute miles' factor


# ---- a figure a hyphen joins to a word is no foreign clock hour -------------------------------------------------

def test_finnish_alle_before_an_age_is_no_hour() -> None:
    assert english_facts("Alle 7-vuotiaat pääsevät ilmaiseksi") == "Alle 7-vuotiaat pääsevät ilmaiseksi"
    assert english_facts("ci vediamo alle 18 in sala") == "ci vediamo alle 18:00 in sala"  # control: Italian hour


# ---- an hour written with the hour symbol apart ----------------------------------------------------------------

def test_spaced_hours_after_a_clock_word_or_in_a_range_are_clock_times() -> None:
    assert times_in("Sundays at 10 h") == {"10:00"}
    assert times_in("Tuesday to Saturday, 10 h to 18 h 30") == {"10:00", "18:30"}
    assert times_in("metered until 21 h") == {"21:00"}
    assert times_in("free up to 24 h before it") == set()  # control: a length of time
    assert times_in("a 2 h 30 class") == set()  # control: a length of time


def test_a_french_hour_against_the_notes_spaced_hour() -> None:
    query = "Y a-t-il un cours pour les enfants de 5 ans?"
    assert _verdicts("Oui : les Petits Acrobates, le dimanche à 10 h, 30,00 $ le cours.", SCHOOL, query) == [
        "supported"]
    assert _verdicts("Oui : les Petits Acrobates, le dimanche à 11 h, 30,00 $ le cours.", SCHOOL, query) != [
        "supported"]  # control: another hour


# ---- a written chain whose sides disagree; Québec thousands before the dollar (the chain44 round) ---------------

def test_a_chain_whose_sides_disagree_names_the_wrong_figure() -> None:
    from llmops_kit.written_equations import wrong_results

    never = lambda figure: False  # noqa: E731  # no source holds any figure
    assert wrong_results("420,00 $ + 2 × 320,00 $ = 420,00 $ + 540,00 $ = 960,00 $", never) == ("540",)
    assert wrong_results("420,00 $ + 2 × 320,00 $ = 420,00 $ + 640,00 $ = 1 060,00 $", never) == ()  # control
    assert wrong_results("2 x 7.50 + 3 x 5.50 = 15.00 + 16.50 = 31.50", never) == ()  # control


def test_spaced_thousands_before_a_dollar_written_after_are_one_amount() -> None:
    assert numbers_in("1 005,00 $, taxes included") == {"1005"}
    assert numbers_in("call 514 555 0182 now") == set()  # control: a phone keeps its parts


# ---- a dollar written with its country's letters in worked arithmetic (the lab44 round) --------------------------

ZOO = [Document(id="kb-444", content="Standard tickets: adult S$48, child (3 to 12) S$33, senior (60 and over) S$22."),
       Document(id="kb-445", content="The zoo tram is S$5 per person for the day, unlimited rides.")]
ZOO_QUERY = "Two adults, our kids aged 5 and 9, and grandma who's 67, all five on the tram: what's the total?"


def test_a_lettered_dollar_sum_written_out_is_arithmetic() -> None:
    assert _verdicts("Tram: 5 × S$5 = S$25.", ZOO, ZOO_QUERY) == ["supported"]
    assert _verdicts("Tram: 5 × S$5 = S$30.", ZOO, ZOO_QUERY) != ["supported"]  # control: a wrong product


def test_a_labelled_item_working_a_lettered_dollar_sum_is_not_read_as_the_label_s_price() -> None:
    answer = "Good to know:\n- **Tickets**: S$48 + S$33 = S$81 for an adult and a child.\n- **Tram**: S$5."
    assert _verdicts(answer, ZOO) == ["supported", "supported"]
    wrong = "Good to know:\n- **Tickets**: adults S$52.\n- **Tram**: S$5."
    assert "contradicted" in _verdicts(wrong, ZOO)  # control: a label's own price changed


def test_a_chain_going_on_from_an_earlier_result_starts_from_it() -> None:
    from llmops_kit.written_equations import wrong_results

    never = lambda figure: False  # noqa: E731  # no source holds any figure
    right = "S$420.00 - S$280.00 = S$140.00 per lift per month; × 6 lifts × 12 months = S$10,080.00 more a year"
    assert wrong_results(right, never) == ()
    assert wrong_results(right.replace("10,080", "10,800"), never) == ("10800",)  # control: a wrong product

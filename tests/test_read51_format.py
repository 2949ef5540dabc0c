"""Money with its sign after the figure in the fact check's typed amounts, and spaced hours joined or cued by Romance
words (the ``format51`` round).

:data:`llmops_kit.text.numbers.READ_MARKS_AFTER_FIGURES`: "19,00 €", "9,00 $", "1 950 kr" were no money to the typed
reader, so a changed price passed whenever a bare number of its value stood anywhere in the texts (a clock time's
"22:00" in the system prompt, a year). The claim and the evidence are now read alike, in either style ("€21"
against "21,00€").

:data:`llmops_kit.text.numbers.READ_ROMANCE_HOURS`: "14 h - 16 h 30: adults" lost its minutes before the colon, and
"de 14 h à 16 h 30" its first hour ("à" joined no range). Controls: a changed figure, a changed end hour, another
currency's code, and the spaced hours that are lengths of time ("5 h de travail", "24 h avant", "en 2 h").
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.quality import Document
from llmops_kit.text import foreign_facts, numbers
from llmops_kit.text.numbers import times_in, typed_quantities

from .verdict_cases import fresh_scores, fresh_verdicts

DESKS = [Document(id="c-1", content="Day pass 21,00€, VAT included. Monthly desk 240,00€.")]
DESKS_SYSTEM = "You answer for a coworking space open weekdays 08:00-22:00."  # a bare 22 beside the amounts
DESKS_ASKED = "What is a day pass?"
SKATES = [Document(id="s-1", content="Adults 8,00 $, children 5,00 $ per session.")]
SKATES_SYSTEM = "You answer for an ice rink open 9 h - 21 h."  # a bare 9
SKATES_ASKED = "What do adults pay?"
KAYAKS = [Document(id="k-1", content="Family kayak day: 1 950 kr for two adults and a child. Guided trips since "
                                     "1990.")]
KAYAKS_ASKED = "What is the family day?"
RINK = [Document(id="r-1", content="Public skating: weekends 14 h - 16 h 30: adults 9,00 $, children 6,00 $.")]
RINK_FR = [Document(id="r-2", content="Le week-end, le patinage libre est de 14 h à 16 h 30.")]
RINK_ASKED = "When can we skate at the weekend?"


def _held(answer: str, docs: list[Document], asked: str, system: str | None = None) -> bool:
    return set(fresh_verdicts(answer, docs, asked, system)) == {"supported"}


@pytest.mark.parametrize(("text", "money"), [
    ("A day pass is 19,00€.", {"19 money"}),
    ("Adults 9,00 $, kids free", {"9 money"}),
    ("It is 19 € a head", {"19 money"}),
    ("A sauna is 1 950 kr.", {"1950 money"}),
    ("Cabins 1.950 kr. per night", {"1950 money"}),
    ("Lessons 12,50 US$ each", {"12.5 money"}),
    ("Tickets 10-15 € at the door", {"10 money", "15 money"}),
    ("Children 6-12 35,00 €.", {"35 money"}),  # the age range is no amount
    ("Rooms from kr. 1.200 a night", {"1200 money"}),  # the Danish "kr." before its figure
])
def test_a_sign_after_its_figure_is_money_to_the_fact_check(text: str, money: set[str]) -> None:
    assert typed_quantities(text, False, True) == money
    assert typed_quantities(text, True, True) == money


def test_a_sign_before_the_next_figure_is_that_figures() -> None:
    assert typed_quantities("Children 10-15 € 7 each", False, True) == {"7 money"}


def test_the_other_readers_keep_the_older_reading() -> None:
    """The chains of worked steps read a sign after a figure by their own rules (the ``derived49`` round)."""
    assert typed_quantities("A day pass is 19,00€.") == frozenset()


def test_a_changed_price_is_caught_beside_a_bare_number_of_its_value() -> None:
    assert not _held("A day pass is 22,00€, VAT included.", DESKS, DESKS_ASKED, DESKS_SYSTEM)
    assert not _held("Adult skating is 9,00 $.", SKATES, SKATES_ASKED, SKATES_SYSTEM)
    assert not _held("The family kayak day costs 1 990 kr.", KAYAKS, KAYAKS_ASKED)  # the year 1990


def test_the_right_price_is_held_in_either_style() -> None:
    assert _held("A day pass is 21,00€, VAT included.", DESKS, DESKS_ASKED, DESKS_SYSTEM)
    assert _held("A day pass is €21.", DESKS, DESKS_ASKED, DESKS_SYSTEM)
    assert _held("Adult skating is 8,00 $.", SKATES, SKATES_ASKED, SKATES_SYSTEM)
    assert _held("The family kayak day costs 1 950 kr.", KAYAKS, KAYAKS_ASKED)
    assert _held("The family kayak day costs SEK 1,950.", KAYAKS, KAYAKS_ASKED)


def test_the_changed_price_in_the_other_style_and_another_code_stay_flagged() -> None:
    assert not _held("A day pass is €22.", DESKS, DESKS_ASKED, DESKS_SYSTEM)
    assert not _held("A day pass is 21,00 USD.", DESKS, DESKS_ASKED, DESKS_SYSTEM)
    assert not _held("The family kayak day costs 1 950 CZK.", KAYAKS, KAYAKS_ASKED)


def test_switched_off_the_changed_price_passes_again() -> None:
    with fresh_scores(numbers.typed_quantities), patch.object(numbers, "READ_MARKS_AFTER_FIGURES", False):
        assert typed_quantities("A day pass is 19,00€.", False, True) == frozenset()
        assert _held("A day pass is 22,00€, VAT included.", DESKS, DESKS_ASKED, DESKS_SYSTEM)
        assert _held("Adult skating is 9,00 $.", SKATES, SKATES_ASKED, SKATES_SYSTEM)
        assert _held("The family kayak day costs 1 990 kr.", KAYAKS, KAYAKS_ASKED)


@pytest.mark.parametrize(("text", "times"), [
    ("weekends 14 h - 16 h 30: adults", {"14:00", "16:30"}),
    ("Le week-end, c'est de 14 h à 16 h 30", {"14:00", "16:30"}),
    ("Ouvert de 9 h a 17 h", {"09:00", "17:00"}),
    ("Abierto de 9h a 17h", {"09:00", "17:00"}),
    ("Accueil dès 8 h", {"08:00"}),
    ("Le cours commence à 14 h", {"14:00"}),
    ("Abrimos às 9 h", {"09:00"}),
    ("Aperto alle 14 h", {"14:00"}),
])
def test_romance_words_join_and_cue_spaced_hours(text: str, times: set[str]) -> None:
    assert times_in(text) == times


@pytest.mark.parametrize("text", [
    "5 h de travail", "Annulez 24 h avant", "Livré en 2 h", "C'est à 2 h de route", "Une pause de 2 h",
    "Comptez 2h à 3h",
])
def test_spaced_hours_that_are_lengths_of_time_stay_figures(text: str) -> None:
    assert times_in(text) == frozenset()


def test_the_session_end_is_read_with_its_minutes() -> None:
    assert _held("Weekend public skating runs from 14:00 to 16:30.", RINK, RINK_ASKED)
    assert not _held("Weekend public skating runs from 14:00 to 17:00.", RINK, RINK_ASKED)
    assert _held("On weekends it runs 2:00 pm to 4:30 pm.", RINK_FR, RINK_ASKED)
    assert not _held("On weekends it runs 2:00 pm to 4:00 pm.", RINK_FR, RINK_ASKED)
    assert not _held("On weekends it runs 3:00 pm to 4:30 pm.", RINK_FR, RINK_ASKED)


def test_switched_off_the_minutes_are_lost_again() -> None:
    with fresh_scores(numbers.times_in), patch.object(numbers, "READ_ROMANCE_HOURS", False):
        assert times_in("weekends 14 h - 16 h 30: adults") == {"14:00", "16:00"}
        assert times_in("Le week-end, c'est de 14 h à 16 h 30") == {"16:30"}
        assert foreign_facts.english_facts("à 16 h 30: adults") == "à 16:00 30: adults"

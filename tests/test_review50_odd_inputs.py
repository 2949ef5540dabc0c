"""Odd input through the readers of the fiftieth stop (dates, amounts and times in every locale's house style): each
case here failed before its mend, by a misreading or an exception. Each must now read right or not read at all.
The formats are written as literal strings, not taken from Babel."""

from __future__ import annotations

import pytest

from llmops_kit.text import clock_periods
from llmops_kit.text.calendar_dates import written_dates
from llmops_kit.text.currency_marks import locale_money_in
from llmops_kit.text.locale_amounts import locale_amounts
from llmops_kit.text.numbers import claim_numbers, clock_words, cued_clocks, times_in
from llmops_kit.traces import Document

from .verdict_cases import fresh_verdicts as _verdicts

ASKED = "When does the pottery course start?"


def _course(day: str) -> list[Document]:
    """One article sentence giving the course's first day as ``day`` is written."""
    return [Document(id="kb-7", content=f"The evening pottery course starts on {day} in the garden studio.")]


def _answer(day: str) -> str:
    return f"The evening pottery course starts on {day}."


# ---- a month's name in capitals with the Turkish dotted or dotless i -----------------------------------------------

@pytest.mark.parametrize(("written", "day"), [
    ("16 ARALIK 2027", (2027, 12, 16)),  # a capital I, whose lower case in Turkish is the dotless "ı"
    ("16 NİSAN 2027", (2027, 4, 16)),  # a capital dotted İ, which ``casefold`` writes "i" and a combining dot
    ("16 KASIM 2027", (2027, 11, 16)),
    ("16 Aralık 2027", (2027, 12, 16)),  # as the table spells it
])
def test_a_turkish_month_in_capitals_is_read(written: str, day: tuple[int, int, int]) -> None:
    assert [d.readings for d in written_dates(written)] == [(day,)]


@pytest.mark.parametrize(("article", "answer"), [
    ("16 Aralık 2027", "16 ARALIK 2027"),
    ("16 ARALIK 2027", "16 December 2027"),
    ("16 NİSAN 2027", "16/04/2027"),
    ("16 KASIM 2027", "2027-11-16"),
])
def test_the_same_day_with_a_turkish_month_in_capitals_is_supported(article: str, answer: str) -> None:
    assert set(_verdicts(_answer(answer), _course(article), ASKED)) == {"supported"}


@pytest.mark.parametrize(("article", "answer"), [
    ("16 Aralık 2027", "17 ARALIK 2027"),  # a day later
    ("16 ARALIK 2027", "16 KASIM 2027"),  # another month
    ("16 KASIM 2027", "2027-11-17"),
])
def test_another_day_with_a_turkish_month_in_capitals_stays_flagged(article: str, answer: str) -> None:
    assert set(_verdicts(_answer(answer), _course(article), ASKED)) != {"supported"}


# ---- Arabic decimal and thousands marks beside a money figure ------------------------------------------------------

@pytest.mark.parametrize("written", [
    "\u0661\u0662\u066b\u0665\u0660 \u0631.\u0633",  # 12.50 riyals with the Arabic decimal mark: no 50 riyals
    "\u0661\u0662\u066c\u0665\u0660\u0660 \u0631.\u0633",  # 12,500 with the Arabic thousands mark: no 500
])
def test_a_figure_beside_an_arabic_decimal_or_thousands_mark_is_no_amount(written: str) -> None:
    assert locale_amounts(written) == ()
    assert not locale_money_in(written)


@pytest.mark.parametrize(("written", "value"), [
    ("\u0665\u0660 \u0631.\u0633", 50.0),  # Arabic-Indic digits with no mark between them: still read
    ("12,50 \u20ac", 12.5),
])
def test_a_figure_without_those_marks_is_still_read(written: str, value: float) -> None:
    assert [a.values for a in locale_amounts(written)] == [frozenset({value})]


# ---- a very long run of digits -------------------------------------------------------------------------------------

@pytest.mark.parametrize("figure", [
    "€" + "9" * 400,  # a money figure whose float is infinite: no cents to compare
    "9" * 400 + " Kč",
    "9" * 10_000,  # longer than Python turns into an int from text: no day or hour to compare
])
def test_a_very_long_run_of_digits_is_judged_without_an_error(figure: str) -> None:
    docs = [Document(id="kb-2", content="A replacement library card is €12 at any branch desk.")]
    verdicts = _verdicts(f"A replacement library card is {figure}.", docs, "What does a new library card cost?")
    assert verdicts and "supported" not in verdicts


# ---- the pre-checks of the new readers: cheaper, the same answer ---------------------------------------------------

@pytest.mark.parametrize(("text", "clock"), [
    ("The ferry leaves at 14.30 on weekdays.", "The ferry leaves at 14:30 on weekdays."),  # a clock preposition
    ("Open FROM 9h30 daily.", "Open FROM 09:30 daily."),  # in capitals
    ("Doors 10h to 22h.", "Doors 10:00 to 22:00."),  # a range of two hours
    ("Served 14 h 30 sharp.", "Served 14:30 sharp."),  # hour and minutes apart
    ("The item costs 14.30 in total.", "The item costs 14.30 in total."),  # no cue: a figure
    ("A 9h shift, paid 14.30 an hour.", "A 9h shift, paid 14.30 an hour."),  # a length and a price
])
def test_the_clock_cue_pre_check_lets_the_same_texts_through(text: str, clock: str) -> None:
    assert cued_clocks(text) == clock


# ---- the CLDR half-day markers are built only for a marker the English reader does not know ------------------------

def test_an_english_am_or_pm_builds_no_table_of_other_languages_markers() -> None:
    clock_periods._meridiem_table.cache_clear()
    for text in ("The ferry leaves at 2:30 pm.", "Doors at 9.15 a.m. sharp.", "Check in by 10:00AM."):
        times_in(text)
        clock_words(text)
    assert clock_periods._meridiem_table.cache_info().currsize == 0


def test_another_languages_marker_is_still_read() -> None:
    assert times_in("The clinic opens at 2:30 PTG.") == {"14:30"}  # Malay "petang": the afternoon
    assert times_in("Doors 2:30 pm, talks 9:00 PG.") == {"14:30", "09:00"}  # Malay "pagi" after an English time


# ---- an hour symbol in capitals, apart from its figure -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The desk is open by 14 H and for 9 h.",  # "by 14 H" a clock time, "9 h" a length
    "The desk is staffed until 18 H 30 and from 9 h.",
])
def test_a_spaced_hour_in_capitals_reads_as_in_lower_case(text: str) -> None:
    lower = text.replace(" H", " h")
    assert times_in(text) == times_in(lower)
    assert claim_numbers(text) == claim_numbers(lower)

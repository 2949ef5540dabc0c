"""Dates in other locales' house styles read as the days they are (:data:`llmops_kit.text.calendar_dates.
READ_LOCALE_DATES`, the ``date50`` round): a day, month and year parted by dots, by a dot and a space or by slashes,
a year of two figures, a month's name in another language, the year first, each matched with the same day written
in any other style. A day later, a swapped day and month where the texts tell them apart, and a date with two
readings against one of them stay as they were; a version, a decimal, an address or a phone grouped with dots is no
date. With the switch off the old verdicts come back."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import calendar_dates, numbers
from llmops_kit.text.calendar_dates import english_dates, month_numbers, written_dates
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

ASKED = "When does the pottery course start?"


def _course(day: str) -> list[Document]:
    """One article sentence giving the course's first day as ``day`` is written."""
    return [Document(id="kb-7", content=f"The evening pottery course starts on {day} in the garden studio.")]


def _answer(day: str) -> str:
    return f"The evening pottery course starts on {day}."


@pytest.mark.parametrize(("article", "answer"), [
    ("16.03.27", "16 March 2027"),  # a year of two figures, dotted
    ("16. 3. 2027", "2027-03-16"),  # a dot and a space after day and month: no three sentences
    ("16. März 2027", "16/03/2027"),  # a German month name after the day's dot
    ("16 de marzo de 2027", "March 16, 2027"),  # Spanish, with its "de"
    ("2027. márc. 16.", "16.03.2027"),  # the year first, a Hungarian short month
    ("2027年3月16日", "16 Mar 2027"),  # Japanese year, month and day marks
    ("4. listopadu 2027", "2027/11/04"),  # a Czech month in its genitive
    ("3/16/27", "16. maaliskuuta 2027"),  # month first (16 is no month), against a Finnish name
    ("20 September 2026", "2026.09.20"),  # year first with dots: no figure 2026.09.2
])
def test_the_same_day_in_another_house_style_is_supported(article: str, answer: str) -> None:
    assert set(_verdicts(_answer(answer), _course(article), ASKED)) == {"supported"}


@pytest.mark.parametrize(("article", "answer"), [
    ("16.03.27", "17 March 2027"),  # a day later
    ("16. 3. 2027", "2027-03-17"),
    ("16. März 2027", "17/03/2027"),
    ("16 de marzo de 2027", "March 17, 2027"),
    ("2027年3月16日", "17 Mar 2027"),
    ("4. listopadu 2027", "2027/11/05"),
    ("2027. 11. 04.", "2027-04-11"),  # day and month swapped, each date read one way only
    ("4. listopadu 2027", "11 April 2027"),
    ("04.11.2027", "11. dubna 2027"),  # against a date with two readings too
])
def test_another_day_stays_flagged(article: str, answer: str) -> None:
    assert set(_verdicts(_answer(answer), _course(article), ASKED)) != {"supported"}


def test_a_date_with_two_readings_is_judged_as_before() -> None:
    """"04.11.2027" may be 4 November or 11 April: it holds neither reading written another way."""
    assert set(_verdicts(_answer("4 November 2027"), _course("04.11.2027"), ASKED)) != {"supported"}
    assert written_dates("on 04.11.2027")[0].readings == ((2027, 11, 4), (2027, 4, 11))
    assert english_dates("on 4. 11. 2027, in the studio") == "on 4. 11. 2027, in the studio"


def test_the_reader_reads_each_style_as_one_day() -> None:
    for text in ("on 16. 3. 2027.", "on 16.03.27.", "on 3/16/27", "on 16-03-27", "2027. 03. 16.", "on 16. 3. 27",
                 "16 de mar. de 2027", "16. mar. 2027", "2027. március 16.", "16 Machi 2027", "16 Mart 2027"):
        assert [w.readings for w in written_dates(text)] == [((2027, 3, 16),)], text
    assert english_dates("It opens on 16. 3. 2027. Bring an apron.") == "It opens on 16 March 2027. Bring an apron."
    assert english_dates("on 2027. márc. 16. Bring clay.") == "on 16 March 2027. Bring clay."


def test_a_month_name_that_is_a_word_needs_a_day_and_a_year() -> None:
    assert month_numbers()["mars"] == 3  # the CLDR names are read ...
    for text in ("the 5 mars bars", "Mai 2027 and 12 people", "open 7 days at the Mart", "since 2020 may 12 join"):
        assert written_dates(text) == (), text  # ... only as a day's month in a dated form


def test_versions_decimals_addresses_and_phones_are_no_dates() -> None:
    for text in ("version 2.1.3", "v2.1.13", "a 16.03 share", "host 192.168.1.1", "call 06.12.34.56.78",
                 "ref 555-12-05-27"):
        assert written_dates(text) == (), text


def test_switched_off_the_old_verdicts_come_back() -> None:
    caches = (written_dates, numbers.date_names)
    with fresh_scores(*caches), patch.object(calendar_dates, "READ_LOCALE_DATES", False):
        assert written_dates("the kiln opens 16.03.27") == ()
        verdicts = _verdicts("The kiln course starts on 16 March 2027.",
                             [Document(id="kb-8", content="The kiln course starts on 16.03.27 in the yard.")], ASKED)
        assert set(verdicts) != {"supported"}

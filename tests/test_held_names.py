"""Names the evidence holds in another spelling, read as held by the name check
(:meth:`llmops_kit.evidence.Evidence.missing_facts`), each with a control where the name really is new:

- the weekday (and month) of a date written in another layout than ISO ("16/03/2027" is a Tuesday in March), as
  an ISO date's are read (:func:`llmops_kit.text.numbers.date_names`, ``READ_WRITTEN_DATE_NAMES``);
- a local currency mark beside a figure ("KSh 3,500") read as its ISO code, which a record's field ("paid_kes")
  or an article ("KES 3,500") holds (:func:`llmops_kit.text.numbers.mark_codes`, ``READ_MARK_NAMES``);
- a weekday's or month's name in the customer's language ("Jumapili", "Machi", "Sondae") read as the English
  name (:func:`llmops_kit.text.foreign_facts.english_calendar_name`, ``READ_CALENDAR_NAMES``).

The fixtures are this file's own (a vehicle inspection station, a Kenyan fun run, an Afrikaans bike shop).
"""

from __future__ import annotations

from llmops_kit.quality import score_answer, score_trace
from llmops_kit.testing import build_trace
from llmops_kit.text.foreign_facts import english_calendar_name
from llmops_kit.text.numbers import date_names, mark_codes
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores


def _verdicts(answer: str, docs: list[Document], query: str) -> list[tuple[str, tuple[str, ...]]]:
    with fresh_scores():
        return [(v.verdict, v.missing) for v in score_answer(answer, docs, query=query).support]


def _record_verdicts(answer: str, record: dict[str, object], query: str) -> list[tuple[str, tuple[str, ...]]]:
    with fresh_scores():
        trace = build_trace("t-names", query, [], answer, tool_output=record)
        return [(v.verdict, v.missing) for v in score_trace(trace).support]


# ---- the weekday of a date written day first ----------------------------------------------------------------------

def test_a_day_first_date_states_its_weekday_and_month() -> None:
    assert {"tuesday", "march"} <= date_names("date: 16/03/2027")
    assert {"monday", "october"} <= date_names("valid until 18.10.2027")


def test_a_date_read_two_ways_or_without_its_year_states_no_weekday() -> None:
    assert date_names("date: 05/03/2027") == frozenset()  # 5 March or 3 May
    assert not {"tuesday", "wednesday"} & date_names("from 16 March")


STATION = {"appointment": "ITV-55120", "date": "16/03/2027", "time": "9:40", "lane": 2}
STATION_Q = "Is my inspection ITV-55120 confirmed?"


def test_the_records_dates_weekday_is_held() -> None:
    answer = "ITV-55120 is confirmed for Tuesday 16/03/2027 at 9:40, lane 2."
    assert _record_verdicts(answer, STATION, STATION_Q) == [("supported", ())]


def test_another_weekday_stays_absent() -> None:
    answer = "ITV-55120 is confirmed for Wednesday 16/03/2027 at 9:40, lane 2."
    verdict, missing = _record_verdicts(answer, STATION, STATION_Q)[0]
    assert verdict != "supported"
    assert "wednesday" in missing


# ---- a local currency mark read as its code -----------------------------------------------------------------------

def test_a_mark_with_letters_beside_a_figure_is_its_code() -> None:
    assert mark_codes("KSh 3,500 paid") == {"ksh": "kes"}
    assert mark_codes("Rp 4.350.000 deposit") == {"rp": "idr"}
    assert mark_codes("Meet in Rm 12") == {}  # a room, no money


ENTRY = {"entry": "FR-08841", "race": "10 km", "paid_kes": 1500, "tshirt": "M"}
ENTRY_Q = "Can you check my entry FR-08841?"


def test_the_mark_of_a_records_currency_is_held() -> None:
    answer = "FR-08841: 10 km, KSh 1,500 paid, T-shirt M."
    assert _record_verdicts(answer, ENTRY, ENTRY_Q) == [("supported", ())]


def test_the_mark_of_another_currency_stays_absent() -> None:
    """The record is in shillings; the answer's ringgit mark is a currency no evidence writes."""
    answer = "FR-08841: 10 km, RM 1,500 paid, T-shirt M."
    verdict, missing = _record_verdicts(answer, ENTRY, ENTRY_Q)[0]
    assert verdict != "supported"
    assert "rm" in missing


def test_an_article_writing_the_code_holds_the_mark() -> None:
    docs = [Document(id="fr-1", content="The 10 km entry fee is KES 1,500 for adults.")]
    assert _verdicts("The 10 km entry fee is KSh 1,500.", docs, "How much is the 10 km?") == [("supported", ())]


# ---- a weekday or month in the customer's language ----------------------------------------------------------------

def test_calendar_names_of_other_languages_are_the_english_names() -> None:
    assert english_calendar_name("jumapili") == "sunday"
    assert english_calendar_name("sondae") == "sunday"
    assert english_calendar_name("machi") == "march"
    assert english_calendar_name("marco") is None  # a given name too


RUN = [Document(id="fr-2", content="Race day is Sunday 28 March 2027. The 10 km starts at 7:15 a.m.")]


def test_a_weekday_and_month_in_swahili_are_held() -> None:
    answer = "Mbio za kilomita 10 zinaanza saa 7:15 a.m., Jumapili tarehe 28 Machi 2027."
    assert _verdicts(answer, RUN, "Mbio za kilomita 10 zinaanza saa ngapi?") == [("supported", ())]


def test_another_weekday_in_swahili_stays_absent() -> None:
    answer = "Mbio za kilomita 10 zinaanza saa 7:15 a.m., Jumamosi tarehe 28 Machi 2027."
    verdict, missing = _verdicts(answer, RUN, "Mbio za kilomita 10 zinaanza saa ngapi?")[0]
    assert verdict != "supported"
    assert "jumamosi" in missing

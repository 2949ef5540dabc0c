"""A time of day is the same fact in every locale's house style (the ``time50`` round).

"14:30", "14.30", "14h30", "14 h 30", "2:30 PM", "2:30 PTG" (Malay), "14 Uhr 30", "14.30 uur" and "1430 hrs" state one
time. The readings: a dotted or "h" form where its text marks it as a clock time
(:data:`llmops_kit.text.numbers.READ_CLOCK_CUES`), a time with the clock's word after it
(:data:`~llmops_kit.text.numbers.READ_CLOCK_SUFFIXES`) and another language's half-day marker
(:data:`llmops_kit.text.clock_periods.READ_LOCALE_MERIDIEMS`). Each same time is supported, each time an hour off
stays flagged, and a price, a weight or a length of time written alike is never read as a time.
"""

from __future__ import annotations

import sys
from unittest.mock import patch

import pytest

from llmops_kit.text import clock_periods, numbers
from llmops_kit.text.numbers import (
    claim_numbers,
    clock_words,
    quantities,
    times_in,
    without_times,
)
from llmops_kit.textcache import TextCacheInfo
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts


def _text_caches() -> tuple[object, ...]:
    """Every text cache of the package's modules: a claim's figures are read through many of them, and a switch
    changes what each holds."""
    found = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("llmops_kit"):
            for value in vars(module).values():
                info = getattr(value, "cache_info", None)
                if info is not None and isinstance(info(), TextCacheInfo):
                    found[id(value)] = value
    return tuple(found.values())


CACHES = _text_caches()
FLAGGED = {"contradicted", "absent"}

FERRY = [Document(id="fe-1", content="The island ferry leaves the harbour at 14:30 on weekdays.")]
FERRY_ASKED = "When does the ferry leave?"
MARKET = [Document(id="mk-1", content="The covered market opens at 09:00 every Saturday.")]
MARKET_ASKED = "When does the market open?"
WORKSHOP = [Document(id="ws-1", content="The pottery workshop starts at 09:30 in the barn.")]
WORKSHOP_ASKED = "When does the workshop start?"


def _supported(answer: str, docs: list[Document], asked: str) -> bool:
    with fresh_scores(*CACHES):
        return set(_verdicts(answer, docs, asked)) == {"supported"}


def _flagged(answer: str, docs: list[Document], asked: str) -> bool:
    with fresh_scores(*CACHES):
        return bool(FLAGGED & set(_verdicts(answer, docs, asked)))


# ---- (a) the same time in another locale's style is supported; (b) an hour off in the same style is flagged ----

@pytest.mark.parametrize(("right", "wrong"), [
    ("The ferry leaves the harbour at 14.30 on weekdays.", "The ferry leaves the harbour at 15.30 on weekdays."),
    ("The ferry leaves the harbour at 14h30 on weekdays.", "The ferry leaves the harbour at 15h30 on weekdays."),
    ("The ferry leaves the harbour at 14 h 30 on weekdays.", "The ferry leaves the harbour at 15 h 30 on weekdays."),
    ("The ferry leaves the harbour at 2:30 PM on weekdays.", "The ferry leaves the harbour at 3:30 PM on weekdays."),
    ("The ferry leaves the harbour at 2:30\u202fPTG on weekdays.",
     "The ferry leaves the harbour at 3:30\u202fPTG on weekdays."),
    ("The ferry leaves the harbour at 14 Uhr 30 on weekdays.",
     "The ferry leaves the harbour at 15 Uhr 30 on weekdays."),
    ("The ferry leaves the harbour at 14.30 Uhr on weekdays.",
     "The ferry leaves the harbour at 15.30 Uhr on weekdays."),
    ("The ferry leaves the harbour at 14.30 uur on weekdays.",
     "The ferry leaves the harbour at 15.30 uur on weekdays."),
    ("The ferry leaves the harbour at 1430 hrs on weekdays.", "The ferry leaves the harbour at 1530 hrs on weekdays."),
])
def test_an_afternoon_time_in_each_style(right: str, wrong: str) -> None:
    assert _supported(right, FERRY, FERRY_ASKED)
    assert _flagged(wrong, FERRY, FERRY_ASKED)


@pytest.mark.parametrize(("right", "wrong"), [
    ("The covered market opens at 9h every Saturday.", "The covered market opens at 10h every Saturday."),
    ("The covered market opens at 9h00 every Saturday.", "The covered market opens at 10h00 every Saturday."),
    ("The covered market opens at 0900h every Saturday.", "The covered market opens at 1000h every Saturday."),
    ("The covered market opens at 0900 hrs every Saturday.", "The covered market opens at 1000 hrs every Saturday."),
    ("The covered market opens at 09.00 uur every Saturday.",
     "The covered market opens at 10.00 uur every Saturday."),
    ("The covered market opens at 9 Uhr every Saturday.", "The covered market opens at 10 Uhr every Saturday."),
    ("The covered market opens at 9:00 PG every Saturday.", "The covered market opens at 9:00 PTG every Saturday."),
    ("The covered market opens at 9.00 every Saturday.", "The covered market opens at 10.00 every Saturday."),
])
def test_a_morning_time_in_each_style(right: str, wrong: str) -> None:
    assert _supported(right, MARKET, MARKET_ASKED)
    assert _flagged(wrong, MARKET, MARKET_ASKED)


def test_an_hour_apart_from_its_symbol_and_minutes() -> None:
    assert _supported("The pottery workshop starts at 9 h 30 in the barn.", WORKSHOP, WORKSHOP_ASKED)
    assert _flagged("The pottery workshop starts at 10 h 30 in the barn.", WORKSHOP, WORKSHOP_ASKED)


@pytest.mark.parametrize(("article", "right", "wrong"), [
    ("The shuttle leaves the main gate at 14.30 daily.", "The shuttle leaves the main gate at 2:30 pm daily.",
     "The shuttle leaves the main gate at 3:30 pm daily."),
    ("Check-in at the hostel closes at 18 Uhr.", "Check-in at the hostel closes at 6 pm.",
     "Check-in at the hostel closes at 7 pm."),
    ("The help desk is staffed 9h30–19h00 on weekdays.", "The help desk is staffed from 9:30 to 19:00 on weekdays.",
     "The help desk is staffed from 10:30 to 19:00 on weekdays."),
    ("Sauna sessions run 10h to 22h daily.", "Sauna sessions run from 10:00 to 22:00 daily.",
     "Sauna sessions run from 10:00 to 23:00 daily."),
    ("The night bus leaves the depot at 2:30 PTG.", "The night bus leaves the depot at 14:30.",
     "The night bus leaves the depot at 02:30."),
])
def test_the_article_in_a_locale_style(article: str, right: str, wrong: str) -> None:
    docs = [Document(id="ar-1", content=article)]
    assert _supported(right, docs, "When?")
    assert _flagged(wrong, docs, "When?")


# ---- (b) a figure written like a time, with no cue that it is one, stays a figure ----

@pytest.mark.parametrize("text", [
    "A jar of heather honey costs €14.30 at the stall.",
    "The parcel weighs 14.30 kg.",
    "The parcel is sent at 14.30 kg or less.",
    "Day tickets are sold at 7.50 each.",
    "Pool entry at 7.50 for adults.",
    "She works a 9h shift on Mondays.",
    "Most classes last 1h-2h.",
    "The outboard engine has run 1500 hrs since its service.",
    "Nine uur is a long drive; 9 uur in the car.",
    "The festival runs from 19.03. to 31.03. this year.",
    "We refund the unused days from 19.03 on.",
])
def test_a_figure_without_a_clock_cue_is_no_time(text: str) -> None:
    with fresh_scores(*CACHES):
        assert times_in(text) == frozenset()


def test_a_price_or_a_length_stays_checked_as_a_figure() -> None:
    prices = [Document(id="fe-2", content="The ferry leaves at 14:30; a return ticket costs €15.30.")]
    assert _flagged("A return ticket costs €14.30.", prices, "How much is a return?")
    shifts = [Document(id="wd-1", content="Nurses on the ward work a 12h shift; visiting starts at 9:00.")]
    assert _flagged("Nurses on the ward work a 9h shift.", shifts, "How long is a shift?")


def test_a_time_is_read_whole() -> None:
    with fresh_scores(*CACHES):
        assert times_in("opens at 14.30 on weekdays") == {"14:30"}
        assert times_in("staffed 9h30–19h00") == {"09:30", "19:00"}
        assert times_in("closes at 2:30\u202fPTG") == {"14:30"}
        assert times_in("daily 0500hrs–0100hrs") == {"05:00", "01:00"}
        assert claim_numbers("opens at 14 h 30 or at 14 Uhr 30") == frozenset()
        assert "14" not in without_times("opens at 14.30") and "30" not in without_times("opens at 14.30")
        assert quantities("leaves at 14.30 on weekdays") == quantities("leaves at 14:30 on weekdays")
        assert clock_words("at 2:30 PM or 9:00\u202fPG, 14 Uhr 30, 0900 hrs") >= {"pm", "pg", "uhr", "hrs"}
        assert clock_words("The PG rating applies after 9 pm") == {"pm"}


# ---- (c) with a reading switched off, the old verdict ----

def test_switched_off_a_dotted_time_is_a_figure_again() -> None:
    with fresh_scores(*CACHES), patch.object(numbers, "READ_CLOCK_CUES", False):
        assert FLAGGED & set(_verdicts("The ferry leaves the harbour at 14.30 on weekdays.", FERRY, FERRY_ASKED))
        assert times_in("staffed 9h30–19h00") == {"19:00"}


def test_switched_off_a_clock_word_is_unread_again() -> None:
    with fresh_scores(*CACHES), patch.object(numbers, "READ_CLOCK_SUFFIXES", False):
        assert FLAGGED & set(_verdicts("The ferry leaves the harbour at 14 Uhr 30 on weekdays.", FERRY, FERRY_ASKED))
        assert times_in("Opening hour: 09.00 uur") == frozenset()


def test_switched_off_a_locale_marker_is_unread_again() -> None:
    with fresh_scores(*CACHES), patch.object(clock_periods, "READ_LOCALE_MERIDIEMS", False):
        assert FLAGGED & set(_verdicts("The ferry leaves the harbour at 2:30\u202fPTG on weekdays.", FERRY,
                                       FERRY_ASKED))
        assert FLAGGED & set(_verdicts("The ferry leaves the harbour at 2:30 PM on weekdays.", FERRY, FERRY_ASKED))
        assert times_in("closes at 2:30 PTG") == {"02:30"}

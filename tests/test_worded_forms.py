"""A duration, a share, a time of day, a month or a run of days in words against figures or short forms
(:mod:`llmops_kit.text.worded_forms`): the faithful wording is supported, a changed figure, month or day is still
flagged. Made-up support texts in several domains."""

from __future__ import annotations

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text import numbers_in
from llmops_kit.text.numbers import date_names, times_in, typed_quantities
from llmops_kit.text.worded_forms import form_words, run_day_words, spell_forms
from llmops_kit.traces import Document


def _supported(answer: str, text: str, query: str) -> bool:
    report = score_answer(answer, [Document(id="kb-1", content=text)], query=query)
    return all(v.supported for v in report.support)


@pytest.mark.parametrize(("answer", "text", "query"), [
    ("The fitting is free and takes about half an hour at your home.",
     "Every new customer gets a free fitting at home, lasting about 30 minutes.", "Is the fitting charged?"),
    ("Three quarters of the plot has to be planted with vegetables.",
     "At least 75% of each plot shall be planted with vegetables.", "Do I have to plant the whole plot?"),
    ("5pm, Monday to Saturday.",  # terse: the days are the claim's only words (main: invented)
     "Open Mon-Sat 8am-6pm. Last bikes booked in at 5pm.", "latest time I can bring a bike in?"),
    ("Any weekday or Saturday, the evening class runs 6 to 8pm.",
     "Monday to Saturday: classes 9am to 11am and 6pm to 8pm.", "Is there an evening class on Sunday?"),
    ("On Sundays the desk is open only between 10am and midday.",
     "Sunday: desk open 10am to 12 noon.", "Is the desk open on Sunday?"),
])
def test_a_worded_form_of_the_same_fact_is_supported(answer: str, text: str, query: str) -> None:
    assert _supported(answer, text, query)


@pytest.mark.parametrize(("answer", "text", "query"), [
    ("The fitting is free and takes about an hour at your home.",  # 30 minutes in the text
     "Every new customer gets a free fitting at home, lasting about 30 minutes.", "Is the fitting charged?"),
    ("The fitting is free and takes about an hour and a half at your home.",
     "Every new customer gets a free fitting at home, lasting about 30 minutes.", "Is the fitting charged?"),
    ("A quarter of the plot has to be planted with vegetables.",  # 75% in the text
     "At least 75% of each plot shall be planted with vegetables.", "Do I have to plant the whole plot?"),
    ("Last drop-offs are at 4.30pm, Monday to Sunday.",  # no Sunday in Mon-Sat
     "Open Mon-Sat 9am-5.30pm. Last drop-offs taken at 4.30pm.", "Latest time to drop off?"),
    ("5pm, Monday to Sunday.",
     "Open Mon-Sat 8am-6pm. Last bikes booked in at 5pm.", "latest time I can bring a bike in?"),
    ("Any day of the week, the evening class runs 6 to 8pm.",
     "Monday to Saturday: classes 9am to 11am and 6pm to 8pm.", "Is there an evening class on Sunday?"),
    ("On Sundays the desk is open only between 10am and midday.",  # the text closes at 1pm
     "Sunday: desk open 10am to 1pm.", "Is the desk open on Sunday?"),
])
def test_a_changed_figure_or_day_is_still_flagged(answer: str, text: str, query: str) -> None:
    assert not _supported(answer, text, query)


@pytest.mark.xfail(strict=True, reason="'half of' is not read as a share (as often arithmetic: 'half of the £46 "
                   "charge'); main passes this wrong claim too")
def test_half_of_a_thing_against_another_percentage_is_flagged() -> None:
    """Seen, not changed: "half of the plot" against "75% of each plot" passes, as it does on main."""
    assert not _supported("Half of the plot has to be planted with vegetables.",
                          "At least 75% of each plot shall be planted with vegetables.",
                          "Do I have to plant the whole plot?")


def test_a_month_named_for_a_year_month_field() -> None:
    """"January 2027" of "period: 2027-01" is held; "February 2027" is not (control)."""
    record = "invoice: INV-4411\nperiod: 2027-01\namount: €320.00\nstatus: paid"
    good = score_answer("INV-4411 is your January 2027 invoice, €320.00.",
                        [Document(id="invoice_lookup", content=record)], query="What is INV-4411?")
    bad = score_answer("INV-4411 is your February 2027 invoice, €320.00.",
                       [Document(id="invoice_lookup", content=record)], query="What is INV-4411?")
    assert all(v.supported for v in good.support)
    assert not all(v.supported for v in bad.support)
    assert date_names("period: 2027-01") == {"january"}
    assert date_names("ref 2027-01-0042") == frozenset()  # part of a longer code


def test_day_words_of_a_run_of_days() -> None:
    """"Mon-Sat" names Monday and Saturday and holds every weekday, not the weekend; "Sat-Sun" holds the weekend."""
    assert run_day_words("Monday to Saturday: 8am to 11am.") == {"monday", "saturday", "weekday"}
    assert run_day_words("Open Mon-Sat 9am-5.30pm.") == {"monday", "saturday", "weekday"}
    assert run_day_words("Open Sat-Sun only.") == {"saturday", "sunday", "weekend"}
    assert run_day_words("Open Tue-Fri.") == {"tuesday", "friday"}
    assert run_day_words("a non-stop service") == frozenset()


def test_the_forms_are_read_as_figures() -> None:
    """The readers see the figure; the form's words are left out of the compared words."""
    assert spell_forms("about half an hour") == "about 30 minutes"
    assert spell_forms("three quarters of the plot") == "75% of the plot"
    assert spell_forms("half the price") == "half the price"  # a multiplier as often as a share: left alone
    assert spell_forms("half of the £46 charge") == "half of the £46 charge"  # arithmetic
    assert spell_forms("three quarters of the £80") == "three quarters of the £80"
    assert typed_quantities("takes about half an hour") == {"30 minute"}
    assert times_in("between 10am and midday") == {"10:00", "12:00"}
    assert times_in("from 12 noon") == {"12:00"}
    assert times_in("every afternoon") == frozenset()
    assert numbers_in("three quarters of the plot") == {"75"}
    assert form_words("takes about half an hour") == {"half", "hour"}
    assert form_words("about an hour") == frozenset()

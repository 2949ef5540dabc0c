"""Clock times whose half of the day is said once for a range or in words (:mod:`llmops_kit.text.clock_periods`),
read by :func:`llmops_kit.text.numbers.times_in`; a French-style range of times is no identifier. Controls: an
amount, a duration, an age range and times with their own markers are read as before."""

from __future__ import annotations

import pytest

from llmops_kit.text import identifiers_in, numbers_in
from llmops_kit.text.numbers import times_in


@pytest.mark.parametrize(("text", "times"), [
    ("Try Sailing runs 1:30-4:30 pm.", {"13:30", "16:30"}),
    ("Collections from 3 to 6pm.", {"15:00", "18:00"}),
    ("Sessions 1:30 in the afternoon until 4:30.", {"13:30", "16:30"}),
    ("The kiosk shuts at 7 in the evening.", {"19:00"}),
    ("We open at 8 in the morning.", {"08:00"}),
    ("Walk-ins 11-1pm only.", {"11:00", "13:00"}),  # the first time is in the other half of the day
    ("Clinic 10-12pm.", {"10:00", "12:00"}),  # ends at noon
    ("Staffed 9am to 5.30, daily.", {"09:00", "17:30"}),  # the second time takes the first's marker
    ("Late bar 10pm to 2, daily.", {"22:00", "02:00"}),
])
def test_a_shared_or_spoken_half_of_the_day_is_read(text: str, times: set[str]) -> None:
    assert times_in(text) == times
    assert not numbers_in(text)  # the hours are times, not bare numbers


@pytest.mark.parametrize(("text", "times", "numbers"), [
    ("Tickets £5-10pm.", {"22:00"}, {"5"}),  # an amount before a marked time is no time
    ("Open 9am to 5 days a week.", {"09:00"}, {"5"}),  # a duration after a marked time
    ("Kids' club from 10am to 11.30am for ages 7-14.", {"10:00", "11:30"}, {"7", "14"}),
    ("Open 7am-10.30pm.", {"07:00", "22:30"}, set()),  # both marked: as before
])
def test_amounts_durations_and_marked_times_are_read_as_before(text: str, times: set[str],
                                                                numbers: set[str]) -> None:
    """Controls."""
    assert times_in(text) == times
    assert set(numbers_in(text)) == numbers


def test_a_french_style_range_of_times_is_no_identifier() -> None:
    """"19h00-21h30" is two times; a code with letters around its digits is still one (control)."""
    assert identifiers_in("Tuesday to Saturday, 19h00-21h30") == frozenset()
    assert times_in("Tuesday to Saturday, 19h00-21h30") == {"19:00", "21:30"}
    assert identifiers_in("Ref AB12-CD34") == {"ab12cd34"}

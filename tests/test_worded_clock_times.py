"""A clock time said with its part of the day in words ("4 to 7 in the arvo/evening", "7 in the evening") is a time
checked as a hard fact, and its part-of-day words are no wording to find (:mod:`llmops_kit.text.clock_periods`);
"opens at 9 a.m." of an evidence range "9 a.m.-7 p.m." read out by the claim says which end the time is
(:mod:`llmops_kit.opening_words`). Controls: a wrong time, a wrong half of the day, the other end of the range, and
another place's opening time stay flagged.

The fixtures are this file's own (a repair café, a key-cutting kiosk).
"""

from __future__ import annotations

import pytest

from llmops_kit import evidence_derived, grounding
from llmops_kit.opening_words import range_end_verbs
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.text import clock_periods
from llmops_kit.text.clock_periods import period_words
from llmops_kit.text.numbers import times_in
from llmops_kit.traces import Document

CAFE = [Document(id="rc-2", content="The repair café at 8 Mill Road is open Thursday 5pm–8pm and Saturday "
                                    "9am–12pm. Bring the broken item and any parts you have.")]
KIOSK = [Document(id="kk-1", content="Riverside kiosk: Tue.-Sun. 8 a.m.-6 p.m. Station kiosk: daily 11 a.m.-9 p.m.")]


def _verdicts(answer: str, docs: list[Document], query: str) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, query=query, scorer=HeuristicScorer()).support]


@pytest.mark.parametrize(("text", "times", "words"), [
    ("Thursday, 5 to 8 in the arvo/evening.", {"17:00", "20:00"}, {"arvo", "evening"}),
    ("Come by at 3 in the arvo.", {"15:00"}, {"arvo"}),
    ("Doors shut at 8 in the evening.", {"20:00"}, {"evening"}),
])
def test_a_time_said_with_its_part_of_the_day_is_read(text: str, times: set[str], words: set[str]) -> None:
    assert times_in(text) == times
    assert period_words(text) == words


def test_parts_in_both_halves_of_the_day_are_no_time() -> None:
    """Control: "in the morning/evening" says no one half of the day."""
    assert times_in("Walk-ins at 7 in the morning/evening.") == frozenset()
    assert period_words("Walk-ins at 7 in the morning/evening.") == frozenset()


CAFE_Q = "When can I bring my toaster to the repair café during the week?"
RIGHT_TIME = "Midweek it's just Thursday, 5 to 8 in the arvo/evening."


def test_a_right_time_in_words_is_supported() -> None:
    assert _verdicts(RIGHT_TIME, CAFE, CAFE_Q) == ["supported"]


def test_without_the_reading_the_right_time_in_words_is_not_supported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock_periods, "READ_WORDED_PARTS", False)
    monkeypatch.setattr(grounding, "period_words", lambda *args: frozenset())
    monkeypatch.setattr(evidence_derived, "period_words", lambda *args: frozenset())
    assert _verdicts(RIGHT_TIME, CAFE, CAFE_Q) != ["supported"]


@pytest.mark.parametrize("answer", [
    "Midweek it's just Thursday, 5 to 9 in the arvo/evening.",  # a wrong closing time
    "Midweek it's just Thursday, 5 to 8 in the morning.",  # the wrong half of the day
    "Midweek it's just Friday, 5 to 8 in the arvo/evening.",  # a wrong day
])
def test_a_wrong_time_in_words_stays_flagged(answer: str) -> None:
    """Controls."""
    assert _verdicts(answer, CAFE, CAFE_Q) != ["supported"]


KIOSK_Q = "When does the Riverside kiosk close?"
OPENS = "6 in the evening, Tuesday through Sunday (it opens at 8 a.m.)."


def test_opens_at_the_start_of_the_range_read_out_is_supported() -> None:
    assert range_end_verbs(OPENS, [KIOSK[0].content or ""]) == {"open"}
    assert _verdicts(OPENS, KIOSK, KIOSK_Q) == ["supported"]


def test_without_the_reading_opens_is_a_word_to_find(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grounding, "range_end_verbs", lambda *args: frozenset())
    assert _verdicts(OPENS, KIOSK, KIOSK_Q) != ["supported"]


def test_a_verb_of_the_wrong_end_stays_a_word_to_find() -> None:
    """Control: the other end of the range."""
    answer = "6 in the evening, Tuesday through Sunday (it closes at 8 a.m.)."
    assert range_end_verbs(answer, [KIOSK[0].content or ""]) == frozenset()
    assert _verdicts(answer, KIOSK, KIOSK_Q) != ["supported"]


def test_another_ranges_start_is_not_read_as_this_ones() -> None:
    """Control: 11 a.m. starts the other kiosk's range, whose end the claim does not state. (The claim as a whole is
    judged as "6pm, ... (it opens at 11 a.m.)" was before, which the decision supports: a time held for another
    place is the hard-fact step's matter, not this reading's.)"""
    answer = "6 in the evening, Tuesday through Sunday (it opens at 11 a.m.)."
    assert range_end_verbs(answer, [KIOSK[0].content or ""]) == frozenset()

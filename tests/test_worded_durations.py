"""A length of time written in words given another value than the evidence gives it
(:mod:`llmops_kit.worded_durations`): "a fortnight ahead" where the article says "a week ahead", "a three-year
warranty" where it says "two-year"; with controls that the same length in other words ("7 days", "24 hours",
"12 months"), a frequency or a rate, and a length the evidence gives another thing stay uncontradicted.

The fixtures are this file's own (a boat hire, a bicycle shop, a language school).
"""

from __future__ import annotations

import pytest

from llmops_kit import grounding
from llmops_kit.quality import HeuristicScorer, score_answer
from llmops_kit.traces import Document

BOATS = [Document(id="bh-1", content="Rowing boats can be reserved by phone at least a day ahead. Life jackets are "
                                     "lent free with every boat.")]
BIKES = [Document(id="bs-2", content="Every new bicycle frame carries a two-year warranty against defects. Tyres "
                                     "and brake pads wear out and are not covered.")]
SCHOOL = [Document(id="ls-3", content="Course fees are refunded in full if you cancel at least a week before the "
                                      "first lesson. Lessons run twice a week and last an hour. Books are lent for "
                                      "a month.")]

FEES = [Document(id="ls-4", content="The intensive course costs EUR 300 per week. The evening course runs for ten "
                                    "weeks and costs EUR 450 in total.")]


def _verdicts(answer: str, docs: list[Document]) -> list[str]:
    """Verdicts from a scorer of its own: the default scorer's memo would keep a verdict across the fixture."""
    return [v.verdict for v in score_answer(answer, docs, scorer=HeuristicScorer()).support]


#: A worded length of time the evidence gives another value for the same thing.
CHANGED = [
    ("Rowing boats can be reserved by phone at least a week ahead.", BOATS),
    ("Every new bicycle frame carries a three-year warranty against defects.", BIKES),
    ("Course fees are refunded in full if you cancel at least a month before the first lesson.", SCHOOL),
]


@pytest.mark.parametrize(("answer", "docs"), CHANGED)
def test_a_worded_length_the_evidence_gives_otherwise_is_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), CHANGED)
def test_without_the_reading_the_length_passes(answer: str, docs: list[Document],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grounding, "changed_duration", lambda *args, **kwargs: None)
    assert "contradicted" not in _verdicts(answer, docs)


@pytest.mark.parametrize(("answer", "docs"), [
    ("Rowing boats can be reserved by phone at least a day ahead.", BOATS),  # the same words
    ("Rowing boats can be reserved by phone at least one day ahead.", BOATS),
    ("Rowing boats can be reserved by phone at least 24 hours ahead.", BOATS),  # the same length
    ("Every new bicycle frame carries a 2-year warranty against defects.", BIKES),
    ("Every new bicycle frame carries a twenty-four-month warranty against defects.", BIKES),
    ("Course fees are refunded in full if you cancel at least seven days before the first lesson.", SCHOOL),
    ("Lessons run twice a week and each lesson lasts sixty minutes.", SCHOOL),  # a frequency, an hour in minutes
    ("Each lesson lasts sixty mınutes.", SCHOOL),  # a dotless i the case-blind pattern matches
    ("Books are lent for a month, and lessons last an hour.", SCHOOL),  # each thing its own length
    # the customer's own situation, counted from now, and a claim relating two lengths
    ("Your first lesson is three weeks away, so course fees are refunded in full if you cancel now.", SCHOOL),
    ("A fortnight is more than a week before the first lesson, so course fees are refunded in full.", SCHOOL),
    ("Every new bicycle frame for a ten-year-old carries a warranty against defects.", BIKES),  # an age
    # the fee is the intensive course's 'per week', though a closer length (ten weeks) is the evening course's
    ("EUR 300 is the fee for one week of the intensive course.", FEES),
])
def test_the_length_the_evidence_gives_is_not_contradicted(answer: str, docs: list[Document]) -> None:
    assert "contradicted" not in _verdicts(answer, docs)


@pytest.mark.parametrize("text", ["a week ahead", "a one-year guarantee", "30-day returns", "two or three Weeks",
                                  "10 MINS", "an hr", "twenty-four-month", "1-2 days", "a fortnight"])
def test_the_word_check_holds_wherever_the_pattern_matches(text: str) -> None:
    from llmops_kit.text import words_in
    from llmops_kit.worded_durations import _DURATION_RE, _UNIT_WORDS
    assert _DURATION_RE.search(text) is not None
    assert not _UNIT_WORDS.isdisjoint(words_in(text))

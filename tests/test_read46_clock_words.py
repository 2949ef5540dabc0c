""""midnight" and "noon" said alone are clock times (:data:`llmops_kit.text.numbers.READ_CLOCK_WORDS`): a claim
that states its time by such a word, and no digit, has its time checked like "until 23:00" ("The grill is open
until midnight" of a page saying "until 21:00" passed unread). The same time in figures or with pm, and a midnight
the page states as "24:00" or "midnight", stay supported; with the switch off the wrong time passes again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.text import numbers
from llmops_kit.text.numbers import says_clock_word, times_in
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

GRILL = [Document(id="gr-2", content="The grill serves hot food until 21:00; breakfast starts at 08:00.")]
BAR = [Document(id="gr-4", content="The terrace bar stays open until 24:00 from May to September.")]
LATE = [Document(id="gr-5", content="On Saturdays the terrace bar stays open until midnight.")]
ASKED = "How late can we eat and drink?"
FLAGGED = {"contradicted", "absent"}


def test_the_words_are_read_as_times() -> None:
    with fresh_scores(times_in):
        assert times_in("open until midnight") == {"00:00"}
        assert times_in("from noon") == {"12:00"}
        assert times_in("until 12 midnight") == {"00:00"}
    assert says_clock_word("from midday on")
    assert not says_clock_word("a noonday sun") and not says_clock_word("Good afternoon")


@pytest.mark.parametrize(("answer", "docs"), [
    ("The grill serves hot food until 9 pm.", GRILL),
    ("The terrace bar stays open until midnight from May to September.", BAR),  # the page's 24:00
    ("On Saturdays the terrace bar stays open until midnight.", LATE),
])
def test_a_stated_time_is_supported(answer: str, docs: list[Document]) -> None:
    with fresh_scores(times_in):
        assert set(_verdicts(answer, docs, ASKED)) == {"supported"}


@pytest.mark.parametrize("answer", ["The grill serves hot food until midnight.",
                                    "The grill serves hot food until noon."])
def test_a_wrong_worded_time_is_flagged(answer: str) -> None:
    with fresh_scores(times_in):
        assert FLAGGED & set(_verdicts(answer, GRILL, ASKED))


def test_switched_off_the_wrong_time_passes_again() -> None:
    with fresh_scores(times_in), patch.object(numbers, "READ_CLOCK_WORDS", False):
        assert not FLAGGED & set(_verdicts("The grill serves hot food until midnight.", GRILL, ASKED))

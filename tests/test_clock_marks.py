"""The Nordic clock mark "kl." before a time ("by kl. 07:00") is no sentence end (:mod:`llmops_kit.text.split`),
as the krona's "kr." before an amount is not; the claim it sits in is judged whole: its time held by the source,
a changed time still flagged. Fixtures are this file's own (a Bergen ferry desk, a Lapland husky farm)."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit.quality import score_answer
from llmops_kit.text import split
from llmops_kit.text.split import split_sentences
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores

FERRY = Document(id="bf-2", content="The last ferry to Askøy leaves at 23:40 on weekdays. Tickets are sold on "
                                     "board; bicycles travel free.")
HUSKY = Document(id="hk-1", content="Morning sled rides start at 09:30 and the afternoon ride at 13:00. The "
                                     "guide decides by 07:00 whether a ride goes ahead in strong wind.")


def test_kl_before_a_time_does_not_end_the_sentence() -> None:
    assert split_sentences("The guide decides by kl. 07:00 on the day. Dress warmly.") == [
        "The guide decides by kl. 07:00 on the day.", "Dress warmly."]
    assert split_sentences("Boarding closes kl.23:30. Bikes go free.") == ["Boarding closes kl.23:30.",
                                                                           "Bikes go free."]


@pytest.mark.parametrize(("text", "sentences"), [
    ("Ask for Karl. 7 of us are coming.", ["Ask for Karl.", "7 of us are coming."]),  # a name, not the mark
    ("We meet at the kiosk kl. Then we walk.", ["We meet at the kiosk kl.", "Then we walk."]),  # no time after it
    ("Pay 900 kr. 3 days later it is refunded.", ["Pay 900 kr.", "3 days later it is refunded."]),
])
def test_other_dots_still_end_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_the_reading_can_be_switched_off() -> None:
    with patch.object(split, "READ_CLOCK_MARKS", False):
        split.sentences_of.cache_clear()  # type: ignore[attr-defined]  # texts split before are split again
        try:
            assert split_sentences("The guide decides by kl. 07:00 on the day.") == [
                "The guide decides by kl.", "07:00 on the day."]
        finally:
            split.sentences_of.cache_clear()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("answer", "docs", "question", "flagged"), [
    ("The guide decides by kl. 07:00 whether the ride goes ahead in strong wind.", [HUSKY],
     "Will the ride go ahead if it is windy?", False),
    ("The guide decides by kl. 09:00 whether the ride goes ahead in strong wind.", [HUSKY],
     "Will the ride go ahead if it is windy?", True),  # a changed time
    ("The last ferry to Askøy leaves kl. 23:40 on weekdays.", [FERRY], "When is the last ferry?", False),
    ("The last ferry to Askøy leaves kl. 22:40 on weekdays.", [FERRY], "When is the last ferry?", True),
])
def test_a_claim_with_kl_is_judged_whole(answer: str, docs: list[Document], question: str, flagged: bool) -> None:
    with fresh_scores():
        report = score_answer(answer, docs, query=question)
    assert [v.claim.startswith(answer[:20]) for v in report.support] == [True]
    assert any(not v.supported for v in report.support) is flagged

"""The word for a span's end said of that end of a stated range of hours (:data:`llmops_kit.span_ends.READ_SPAN_ENDS`):
"The earliest slot is 6:30 am, every day." of "Courts are hired by the hour, from 6:30 am to 10:00 pm every day."
leaves "earliest" and "slot" out of the words to find, and so does "the last slot" of 10:00 pm. Controls: the
start's word said of the other end, and a time that starts only the help desk's hours, keep their words; with the
switch off the words are found nowhere again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import span_ends
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.span_ends import span_end_words
from llmops_kit.text import content_stems
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

COURTS = "Courts are hired by the hour, from 6:30 am to 10:00 pm every day. A court is $18 an hour."
DESK = "If the notes are silent, send the customer to the help desk, open daily 9:00 am to 5:00 pm."
EVIDENCE = Evidence([EvidenceSource("document sq-1", COURTS), EvidenceSource("system prompt", DESK),
                     EvidenceSource("user message", "When's the earliest we can play?", user=True)], r"\[x\]")


def _words(claim: str) -> frozenset[str]:
    return span_end_words(claim, content_stems(claim), EVIDENCE)


@pytest.mark.parametrize(("claim", "words"), [
    ("The earliest slot is 6:30 am, every day.", {"earliest", "slot"}),
    ("Your first booking can start at 6:30 am every day.", {"first", "book"}),
    ("The last slot is at 10:00 pm every day.", {"last", "slot"}),
])
def test_the_word_for_the_spans_end_is_read(claim: str, words: set[str]) -> None:
    assert words <= _words(claim)


@pytest.mark.parametrize("claim", [
    "The first slot is at 10:00 pm, every day.",  # the start's word, said of the other end
    "The earliest slot is 9:00 am, every day.",  # the desk opens at 9:00, the courts do not
    "The last slot is at 6:30 am every day.",  # the end's word, said of the start
])
def test_controls_keep_their_words(claim: str) -> None:
    assert _words(claim) == frozenset()


def test_the_answer_is_supported_and_the_wrong_time_is_not() -> None:
    docs = [Document(id="sq-1", content=COURTS)]
    assert _verdicts("The earliest slot is 6:30 am, every day.", docs, "When's the earliest we can play?",
                     DESK) == ["supported"]
    assert _verdicts("The earliest slot is 6:00 am, every day.", docs, "When's the earliest we can play?",
                     DESK) == ["absent"]


def test_switched_off_the_answer_is_unsupported_again() -> None:
    docs = [Document(id="sq-1", content=COURTS)]
    with fresh_scores(), patch.object(span_ends, "READ_SPAN_ENDS", False):
        assert _words("The earliest slot is 6:30 am, every day.") == frozenset()
        assert _verdicts("The earliest slot is 6:30 am, every day.", docs, "When's the earliest we can play?",
                         DESK) == ["unsupported"]

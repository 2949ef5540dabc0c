""""I don't have X" read as a decline when X is information the bot lacks (:data:`llmops_kit.scope_declines.
READ_INFO_LACKS`, the ``decline56`` round): "Sorry, I don't have directions" to "Which tram stop is nearest?", "I don't
have tip locations" to "Where can I dump soil?", "I do not have that information", "I do not have ski-lift information"
to "Is the ski lift open?". The question names the thing, the decline the kind of information it asked for, so no word
of X need be the customer's. A figure beside the decline, a lack of the business ("I don't have a bike rack", "We don't
have directions"), generic information on a subject never asked about ("information on parking permits", "parking
information") and a denial of information a text gives ("shoe hire information" beside the shoe hire notice) stay as
they were. With the switch off the old verdicts come back."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import scope_declines
from llmops_kit.scope_declines import remit_clause
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

PROMPT = ("You are the helper of Crux Hall, a bouldering gym in Leeds. Answer only from the gym's notices and the "
          "tool results. If they don't cover something, say so and refer people to the front desk.")
NOTICES = [Document(id="n-1", content="Day pass: £12. Shoe hire: £4. Ten-visit card: £100."),
           Document(id="n-2", content="Information for members: lockers are free with a ten-visit card.")]

#: (question, a decline naming the information the bot lacks, the same decline beside a fact no text gives)
CASES = [
    ("Where can I dump garden soil around here?", "I don't have tip locations, I'm afraid.",
     "I don't have tip locations, but the council yard on Kirkgate takes soil for £10."),
    ("Which tram stop is nearest to you?",
     "Sorry, I don't have directions; the notices I found are about day passes and shoe hire.",
     "Sorry, I don't have directions; the tram stop is 200 m away on Kirkgate."),
    ("When does the last coach leave for York?", "I don't have bus timetables, I'm afraid.",
     "I don't have bus timetables, I'm afraid; the last coach leaves at 23:10."),
    ("Is the leisure centre's wall open on Sundays?",
     "I do not have that information; the notices I found are about day passes and shoe hire.",
     "I do not have that information; the leisure centre is closed on Sundays."),
    ("Is the ski lift at Harrogate open in April?", "I do not have ski-lift information, I am sorry.",
     "I do not have ski-lift information, I am sorry; it closes from 1 April."),
]


@pytest.mark.parametrize(("asked", "answer", "control"), CASES)
def test_a_lack_of_information_is_supported_and_a_fact_beside_it_stays_flagged(asked: str, answer: str,
                                                                                control: str) -> None:
    assert set(_verdicts(answer, NOTICES, asked, PROMPT)) == {"supported"}
    assert set(_verdicts(control, NOTICES, asked, PROMPT)) - {"supported"}


@pytest.mark.parametrize(("asked", "answer"), [(asked, answer) for asked, answer, _ in CASES
                                               if "that information" not in answer])  # its own test below
def test_with_the_switch_off_the_old_verdict_comes_back(asked: str, answer: str) -> None:
    with fresh_scores(), patch.object(scope_declines, "READ_INFO_LACKS", False):
        assert set(_verdicts(answer, NOTICES, asked, PROMPT)) - {"supported"}


@pytest.mark.parametrize("piece", [
    "Sorry, I don't have directions",
    "I don't have tip locations, sorry",
    "I don't have bus times",
    "I don't have old-town information",
    "I do not have that information",
    "I do not have those details, I am sorry",
])
def test_the_form_is_read_in_many_wordings(piece: str) -> None:
    assert remit_clause(piece, documents_evidence(NOTICES, "Which bus goes from here to the old town?"))


@pytest.mark.parametrize("piece", [
    "I don't have a bike rack",  # unasked and no word for information: a lack of the business
    "We don't have directions",  # the business's voice, not the bot's knowledge
    "I don't have information on parking permits",  # generic information on a subject never asked about
    "I don't have parking information",  # the same, the subject before the word
    "I don't have shoe hire information",  # a text gives shoe hire: a false denial
    "I don't have bus times for the 38",  # a figure the question does not hold
])
def test_what_stays_no_remit_clause(piece: str) -> None:
    assert not remit_clause(piece, documents_evidence(NOTICES, "Which bus goes from here to the old town?"))


def test_the_word_information_in_a_text_is_no_holding_of_that_information() -> None:
    """A notice headed "Information for members" does not hold what "that information" refers to; with the switch
    off the word alone made the decline a false denial, judged whole."""
    evidence = documents_evidence(NOTICES, "Is the leisure centre's wall open on Sundays?")
    assert remit_clause("I do not have that information", evidence)
    with patch.object(scope_declines, "READ_INFO_LACKS", False):
        assert not remit_clause("I do not have that information", evidence)

"""The ``tool56`` round: a "who" question about a tool record answered with an opening name that is not the record's
(:mod:`llmops_kit.asked_persons`).

"Camila, on Tuesday ..." to "Who's coming on my next visit, CC-4471?" of a record holding "cleaner: Marisol": the
first word of a sentence was never read as a name, so the claim was judged supported. Controls: the record's own
name opening the answer, an opening word of English or of the calendar, a name the evidence holds, a question
that does not ask "who", and the switch off giving the old verdict. The fixtures are this file's own (a dog
walker).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import asked_persons
from llmops_kit.evidence_readers import render_tool_output
from llmops_kit.quality import Document, score_answer

from .verdict_cases import fresh_scores

ARTICLE = Document(id="dw-2", content="Each walk is an hour. Your walker is assigned per booking and stays the same "
                                      "where possible; the office can tell you who is coming.")
RECORD = {"booking": "DW-5830", "walk date": "2027-04-14", "start": "08:30", "walker": "Siobhan", "dogs": 2,
          "state": "confirmed"}
WHO = "Who's walking Rex on DW-5830?"


def _verdicts(answer: str, query: str = WHO, record: dict[str, object] | None = None,
              article: Document = ARTICLE) -> list[str]:
    tool = Document(id="tool:walk_lookup", content=render_tool_output(record or RECORD))
    with fresh_scores():
        return [v.verdict for v in score_answer(answer, [article, tool], query=query).support]


@pytest.mark.parametrize("answer", [
    "Tamsin, on Wednesday 14-04-2027 at 08:30; the walk is confirmed.",
    "Tamsin is coming on Wednesday 14-04-2027 at 08:30.",
    "Tamsin - Wednesday 14-04-2027 at 08:30.",
])
def test_an_opening_name_not_the_records_is_contradicted(answer: str) -> None:
    assert _verdicts(answer) == ["contradicted"]


@pytest.mark.parametrize("answer", [
    "Siobhan, on Wednesday 14-04-2027 at 08:30; the walk is confirmed.",  # the record's own name
    "Siobhan is coming on Wednesday 14-04-2027 at 08:30.",
    "Wednesday, 14-04-2027 at 08:30; the walk is confirmed.",  # a calendar word opens it
    "Sure, on Wednesday 14-04-2027 at 08:30; the walk is confirmed.",  # an English word opens it
])
def test_control_the_records_name_or_no_name_stays_supported(answer: str) -> None:
    assert _verdicts(answer) == ["supported"]


def test_control_a_question_that_does_not_ask_who_is_not_read() -> None:
    answer = "Tamsin, on Wednesday 14-04-2027 at 08:30; the walk is confirmed."
    when = "When is the walk on DW-5830?"
    with patch.object(asked_persons, "READ_ASKED_PERSONS", False):
        before = _verdicts(answer, query=when)
    assert _verdicts(answer, query=when) == before


def test_control_a_name_the_evidence_holds_is_left_to_the_other_steps() -> None:
    held = Document(id="dw-3", content="Tamsin covers the morning walks when a walker is away.")
    answer = "Tamsin, on Wednesday 14-04-2027 at 08:30; the walk is confirmed."
    with patch.object(asked_persons, "READ_ASKED_PERSONS", False):
        before = _verdicts(answer, article=held)
    assert _verdicts(answer, article=held) == before


def test_switch_off_returns_the_old_verdict() -> None:
    with patch.object(asked_persons, "READ_ASKED_PERSONS", False):
        assert _verdicts("Tamsin, on Wednesday 14-04-2027 at 08:30; the walk is confirmed.") == ["supported"]

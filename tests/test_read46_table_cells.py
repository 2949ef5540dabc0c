"""Two readings of a markdown key-value table. A bare count cell is read with its row's label as its unit
(:data:`llmops_kit.labelled_cells.READ_LABEL_COUNTS`): "| Courts | 6 |" is held by "the club has 6 courts", not
contradicted by another bare figure of a clause naming courts (its booking fee in a sign the readers skip). An
ordinal label is the row's place (:data:`llmops_kit.grounding.READ_RANK_LABELS`): "| 2nd | 100 zł voucher |" is no
figure 2 the evidence must hold. A wrong cell is still flagged; with each switch off the false alarm returns."""

from __future__ import annotations

from unittest.mock import patch

from llmops_kit import grounding, labelled_cells
from llmops_kit.traces import Document

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

CLUB = [Document(id="pc-6", content="The padel club has 6 courts, lit until 23:00. Court hire is GH₵300 an hour, "
                                    "with at most 4 players per court.")]
CLUB_ASKED = "Put the club facts in a table."
QUIZ = [Document(id="qz-2", content="The spring quiz is on the last Friday of March at 19:00. Its prizes are book "
                                    "vouchers of 200 zł, 100 zł and 50 zł.")]
QUIZ_ASKED = "What are the quiz prizes?"
FLAGGED = {"contradicted", "absent"}


def _facts(courts: str) -> str:
    return (f"| Item | Detail |\n|---|---|\n| Courts | {courts} |\n| Hire | GH₵300 an hour |\n"
            "| Players | at most 4 per court |")


def _prizes(first: str) -> str:
    return (f"| Place | Prize |\n|---|---|\n| 1st | {first} zł book voucher |\n| 2nd | 100 zł book voucher |\n"
            "| 3rd | 50 zł book voucher |")


def test_a_count_under_its_label_is_supported_and_a_wrong_one_flagged() -> None:
    assert set(_verdicts(_facts("6"), CLUB, CLUB_ASKED)) <= {"supported"}
    assert FLAGGED & set(_verdicts(_facts("8"), CLUB, CLUB_ASKED))


def test_ranked_rows_are_supported_and_a_wrong_prize_flagged() -> None:
    assert set(_verdicts(_prizes("200"), QUIZ, QUIZ_ASKED)) <= {"supported"}
    assert FLAGGED & set(_verdicts(_prizes("250"), QUIZ, QUIZ_ASKED))


def test_switched_off_the_false_alarms_return() -> None:
    # READ_COUNTED_CELLS (the right48 round) holds the same count by any unit: off with it
    with fresh_scores(), patch.object(labelled_cells, "READ_LABEL_COUNTS", False), \
            patch.object(labelled_cells, "READ_COUNTED_CELLS", False):
        assert FLAGGED & set(_verdicts(_facts("6"), CLUB, CLUB_ASKED))
    with fresh_scores(), patch.object(grounding, "READ_RANK_LABELS", False):
        assert FLAGGED & set(_verdicts(_prizes("200"), QUIZ, QUIZ_ASKED))

"""A worded row of an answer table naming a thing no text holds (:mod:`llmops_kit.worded_rows`).

Flagged (invented): "| Picnic hamper | yes |" under "Included" where no text speaks of a hamper, "| Sale items |
Yes, gift card only |" where no text speaks of a gift card. Kept: rows whose things the texts name ("| Paddles |
yes |"), a yes or a no alone, a cell with one held word, a weekday's short form, a cell written as a name, and a
row with a figure (the figure readers').

The fixtures are this file's own (a canoe hire, a shoe shop, a yoga studio).
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import worded_rows
from llmops_kit.evidence import Evidence, EvidenceSource
from llmops_kit.traces import Document
from llmops_kit.worded_rows import judge_worded_rows

from .verdict_cases import fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

CANOE = [Document(id="cn-1", content="River Trip, 4 hours in all. Adults €45. Paddles, buoyancy aids and a dry "
                                     "bag included. Open Tuesday to Sunday.")]
SHOES = [Document(id="sh-2", content="Most shoes can be returned within 28 days for a full refund. Worn shoes and "
                                     "sale items are final sale. Refunds go back the way you paid.")]
YOGA = [Document(id="yg-3", content="Mats and blocks are provided. Towels can be hired at the desk. Classes run "
                                    "Monday to Friday; book online through the members page, or in person at the "
                                    "desk.")]

CANOE_FLAGGED = ("| Item | Included |\n|---|---|\n| Paddles | yes |\n| Buoyancy aids | yes |\n"
                 "| Picnic hamper | yes |")
SHOES_FLAGGED = ("| Item | Returnable? |\n|---|---|\n| Trainers | Yes, 28 days |\n"
                 "| Sale items | Yes, gift card only |\n| Worn shoes | No |")


def _evidence(docs: list[Document]) -> Evidence:
    return Evidence([EvidenceSource(f"document {d.id}", d.content or "") for d in docs], r"\[[\w-]+\]")


@pytest.mark.parametrize(("answer", "docs", "row"), [
    (CANOE_FLAGGED, CANOE, "| Picnic hamper | yes |"),
    (SHOES_FLAGGED, SHOES, "| Sale items | Yes, gift card only |"),
])
def test_a_row_naming_a_thing_no_text_holds_is_invented(answer: str, docs: list[Document], row: str) -> None:
    """One cell's every content word is new to every text: the row is invented, and the row is named."""
    found = judge_worded_rows(answer, _evidence(docs))
    assert [(v.claim, v.verdict) for v in found] == [(row, "invented")]
    assert "invented" in _verdicts(answer, docs, "What do I get?")


@pytest.mark.parametrize(("answer", "docs"), [(CANOE_FLAGGED, CANOE), (SHOES_FLAGGED, SHOES)])
def test_the_reading_is_what_flags_it(answer: str, docs: list[Document]) -> None:
    """Switched off, the answer has no claim left unsupported: the reading is doing the work."""
    with fresh_scores(), patch.object(worded_rows, "READ_WORDED_ROWS", False):
        assert all(v == "supported" for v in _verdicts(answer, docs, "What do I get?"))


KEPT = [
    # the things the texts name, a yes or a no alone
    ("| Item | Included |\n|---|---|\n| Paddles | yes |\n| Dry bag | yes |\n| Buoyancy aids | no |", CANOE),
    # a cell with one held word: "Paddles" is held, "spare" is not
    ("| Item | Included |\n|---|---|\n| Spare paddles | yes |", CANOE),
    # weekdays in short form
    ("| | River Trip |\n|---|---|\n| Days | Tue–Sun |", CANOE),
    # a cell written as a name: the name check's
    ("| Where | How |\n|---|---|\n| Online | Members Page |\n| In person | At the desk |", YOGA),
    ("| Where | How |\n|---|---|\n| Online | Booking Portal |", YOGA),
    # a row with a figure: the figure readers'
    ("| Item | Returnable? |\n|---|---|\n| Slippers | Yes, 28 days, voucher |", SHOES),
]


@pytest.mark.parametrize(("answer", "docs"), KEPT)
def test_rows_the_texts_hold_or_cannot_tell_are_not_read(answer: str, docs: list[Document]) -> None:
    """Every worded cell has a held word, or is a name, or the row has a figure: nothing is read."""
    assert judge_worded_rows(answer, _evidence(docs)) == []


def test_a_held_table_keeps_the_answer_supported() -> None:
    """The canoe table without the hamper: the answer stays whole."""
    answer = "| Item | Included |\n|---|---|\n| Paddles | yes |\n| Buoyancy aids | yes |\n| Dry bag | yes |"
    with fresh_scores():
        from llmops_kit.quality import score_answer
        assert score_answer(answer, CANOE, query="What's included?").groundedness == 1.0

"""A table cell's clock time read whole, as the 24-hour time it states (:data:`llmops_kit.labelled_cells.
READ_CELL_CLOCKS`): "| Harbour loop | ... | 1:00 p.m. |" was read as a bare 1 and contradicted by the "45" of the
clause naming the tour ("a 45-minute paddle"), whose time sat in the next sentence. A time the clause naming the row
gives otherwise is still contradicted; with the switch off the right row is contradicted again."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from llmops_kit import labelled_cells
from llmops_kit.labelled_cells import mislabelled_cell
from llmops_kit.traces import Document

from .verdict_cases import documents_evidence, fresh_scores
from .verdict_cases import fresh_verdicts as _verdicts

DOCS = [Document(id="kt-4", content="The harbour loop is a 45-minute paddle past the lighthouse: $45 per person. It "
                                    "leaves only until 1:00 p.m., before the afternoon swell."),
        Document(id="kt-5", content="The island crossing is a 90-minute paddle for fit paddlers: $70 per person. The "
                                    "island crossing leaves at 9:00 a.m. daily.")]
ASKED = "Compare your tours"
TABLE = ("| Tour | Length | Price | Last departure |\n|---|---|---|---|\n| Harbour loop | 45 min | $45 | {loop} |\n"
         "| Island crossing | 90 min | $70 | {crossing} |")
FLAGGED = {"contradicted", "absent"}


@pytest.mark.parametrize(("loop", "crossing"), [("1:00 p.m.", "9:00 a.m."), ("1:00 p. m.", "9:00 a. m."),
                                                ("13:00", "09:00")])
def test_the_rows_times_are_not_contradicted(loop: str, crossing: str) -> None:
    assert not FLAGGED & set(_verdicts(TABLE.format(loop=loop, crossing=crossing), DOCS, ASKED))


def test_a_time_the_clause_gives_otherwise_is_contradicted() -> None:
    found = mislabelled_cell("Island crossing", ["90 min", "$70", "11:00 a.m."], documents_evidence(DOCS))
    assert found is not None and found[0] == "document kt-5" and found[2] == "11:00"
    assert FLAGGED & set(_verdicts(TABLE.format(loop="1:00 p.m.", crossing="11:00 a.m."), DOCS, ASKED))


def test_switched_off_the_hour_is_a_bare_number_again() -> None:
    # the evidence's clauses are read with their figures once and cached: read again with the switch off
    with fresh_scores(labelled_cells._clauses), patch.object(labelled_cells, "READ_CELL_CLOCKS", False):
        found = mislabelled_cell("Harbour loop", ["45 min", "$45", "1:00 p.m."], documents_evidence(DOCS))
        assert found is not None and found[2] == "1"
        assert "contradicted" in _verdicts(TABLE.format(loop="1:00 p.m.", crossing="9:00 a.m."), DOCS, ASKED)

"""A figure in a cell of a markdown table with a header row, read as what it is: the row label's value under the
column's header ("| L | up to 60 × 70 × 90 cm | 600 Ft | 4 200 Ft |" under "| Size | Fits | Per hour | Daily
maximum |" states "L: Daily maximum 4 200 Ft").

A table row is layout, judged by its hard facts alone (:func:`llmops_kit.grounding.judge_table_rows`): a figure
found anywhere in the evidence, or reached from any two figures of the answer, passes. In a table of several
columns one row's sides ("60 × 70") multiply to a wrong cell of its price column (4 200), and a figure the evidence
gives another row passes too, so one changed cell was never compared. Here each cell with a figure, of a table of
three columns or more, is a claim of its own, the row's label and the column's header before it, judged by its hard
facts against the evidence with the answer's other figures as operands, the sides of a dimension list ("60 × 70 ×
90 cm") left out: a size's sides are never the operands of a price. Only a cell the evidence *contradicts* is
reported (as its row); a cell the evidence does not speak to adds nothing, so a right table stays supported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .evidence import Evidence
from .grounding import ClaimSupport, judge_claims
from .text.char_scans import has_digit
from .text.split import labelled_table_rows

__all__ = ["READ_HEADER_CELLS", "header_cell_claims", "judge_header_cells"]

#: Read each figure cell of a table of three columns or more as its row label's value under its header, and report
#: a row whose cell the evidence contradicts (the ``table55`` round). Off in the claim-decision fit.
READ_HEADER_CELLS = True
#: The fewest columns a table needs: a two-cell row is a label and its value, read by the row readers already.
_MIN_COLUMNS = 3
#: A dimension list, two or three sides joined by "×" or "x" with one unit of length after them: a size, whose
#: sides no price is worked from.
_DIMENSIONS_RE = re.compile(r"\d+(?:[.,]\d+)?(?:\s*[×x]\s*\d+(?:[.,]\d+)?){1,2}\s?(?:mm|cm|m|in|inch|inches|ft)\b")


def header_cell_claims(answer: str) -> tuple[tuple[str, str], ...]:
    """(claim, row) for each cell with a figure of each body row of the answer's tables of three columns or more
    with a header row: "L: Daily maximum 4 200 Ft", and the row as written."""
    if "|" not in answer:
        return ()
    out = []
    for row in labelled_table_rows(answer):
        label = row.cells[0] if row.cells else ""
        if len(row.header) < _MIN_COLUMNS or len(row.cells) < _MIN_COLUMNS or not label:
            continue
        for header, cell in zip(row.header[1:], row.cells[1:], strict=False):
            if cell and has_digit(cell):
                out.append((f"{label}: {header} {cell}".strip(), row.line))
    return tuple(out)


def judge_header_cells(answer: str, evidence: Evidence, claims: Sequence[str], *, lexical_support: float,
                       semantic_support: float) -> list[ClaimSupport]:
    """The rows of the answer's tables (:func:`header_cell_claims`) one of whose cells the evidence contradicts,
    as *contradicted* verdicts naming the row, the cell's claim and its evidence; ``claims``: the answer's prose
    claims, whose figures a cell may be worked from."""
    if not READ_HEADER_CELLS:
        return []
    cells = header_cell_claims(answer)
    if not cells:
        return []
    context = [_DIMENSIONS_RE.sub(" ", text) for text in (*claims, *(claim for claim, _ in cells))]
    judged = judge_claims([claim for claim, _ in cells], evidence, lexical_support=lexical_support,
                          semantic_support=semantic_support, table_rows=context, hard_facts_only=True)
    out: list[ClaimSupport] = []
    seen: set[str] = set()
    for (claim, line), verdict in zip(cells, judged, strict=True):
        if verdict.verdict == "contradicted" and line not in seen and not _DIMENSIONS_RE.search(claim):
            seen.add(line)
            out.append(verdict.model_copy(update={"claim": line}))
    return out

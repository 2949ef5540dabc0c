"""A worded row of an answer table that names a thing no text holds: "| Hot lunch | yes |" under "| Item |
Included |" where no text the model was shown speaks of a lunch, or "| Clearance item | Yes, store credit only |"
where no text speaks of store credit.

A table row is layout, judged by its hard facts alone (:func:`llmops_kit.grounding.judge_table_rows`), so a row
with no digit adds no verdict, whatever it says. Yet each of its cells says something of the row's label under
its column's header, and a cell (the label included) whose every content word is new to every text the model
was shown, the customer's message included, states a thing nothing holds: the row is *invented*. The label is
read only when the other cells answer yes or no of it ("| Hot lunch | yes |"); beside a worded value it is
layout ("| Days | Tue-Sun |"). A cell with
one held word ("Visa / Mastercard / Amex"), a yes or a no alone, a short form the text layer reads as its full
word ("Sun–Thu" of "Sunday to Thursday"), a cell written as a name ("My Account", left to the name check,
which reads no table row) and a row with a figure (read by the figure readers) are left alone.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .grounding import ClaimSupport
from .text import content_stems
from .text.char_scans import has_digit
from .text.split import labelled_table_rows

__all__ = ["READ_WORDED_ROWS", "judge_worded_rows", "unheld_cell"]

#: Switch: a worded table row naming a thing no text holds is invented (``tabswap42`` round).
READ_WORDED_ROWS = True

#: A cell written as a name: two words or more, each capitalised ("My Account", "Members Lounge").
_TITLE_RE = re.compile(r"^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+$")
#: Words of a cell that say whether, not what ("yes", "no", "n/a").
_ANSWERS = frozenset(("yes", "no", "n", "y", "na", "none", "not", "ok"))


def unheld_cell(cells: tuple[str, ...], evidence: Evidence) -> tuple[str, tuple[str, ...]] | None:
    """(the cell, its content words) for the first cell of a worded row whose every content word no text the
    model was shown holds, else None. The label (the first cell) is read only when the other cells only answer
    yes or no of it ("| Hot lunch | yes |"): beside a worded value ("| Days | Tue-Sun |") it is layout."""
    read = [(cell, frozenset(s for s in content_stems(cell) if s not in _ANSWERS)) for cell in cells]
    answers_only = all(not stems for _, stems in read[1:])
    for n, (cell, stems) in enumerate(read):
        if (n == 0 and not answers_only) or not stems or _TITLE_RE.match(cell):
            continue  # a name ("My Account", "Gold Card") is the name check's, which reads no table row
        if evidence.novel(stems) >= stems:
            return cell, tuple(sorted(stems))
    return None


def judge_worded_rows(answer: str, evidence: Evidence) -> list[ClaimSupport]:
    """An *invented* verdict for each body row of the answer's tables with no digit that has a cell naming
    only things no text holds (see the module docstring)."""
    if not READ_WORDED_ROWS or "|" not in answer:
        return []
    out = []
    for row in labelled_table_rows(answer):
        if len(row.cells) < 2 or not row.cells[0] or has_digit(row.line):
            continue
        found = unheld_cell(row.cells, evidence)
        if found is not None:
            out.append(ClaimSupport(claim=row.line, verdict="invented", missing=found[1]))
    return out

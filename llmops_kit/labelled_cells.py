"""A table row's bare number or clock time checked against the evidence clause that names the row's label in
full or shortened: "| Sun | 10am to 11pm |" when the opening hours say "Sunday 10am to 10pm", "| paddleboard
| 10 |" under "min age" when the age rule says "boards: 12 and over".

:mod:`llmops_kit.labelled_figures` reads a row's figures with a unit against the sentences naming every word
of its label; a timetable writes its labels short ("Mon-Thu", "Sun") and a comparison table its ages and
counts without a unit, so neither is read there, and the times or numbers pass because they occur somewhere
in the evidence. Here a label word names an evidence word it begins ("Sun" of "Sunday") or ends with
("paddleboard" of "boards"), the evidence is cut into clauses (at line ends, ";" and "but"), and when a clause
naming every label word states figures of the cell's kind (clock times, or bare numbers) while no clause naming
the label states the cell's figure, the evidence gives the label another value: *contradicted*, with that
clause. A label the evidence never names, a figure of another kind, a cell that opens with a word ("CHF
290") or a decimal number ("6.1") is left alone. Nothing here reads an
answer's length, style or position.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .grounding import ClaimSupport
from .text import STOPWORDS, quantities, times_in
from .text.char_scans import has_digit
from .text.numbers import without_times
from .text.split import labelled_table_rows, sentences_of
from .text.tokens import normalise_quotes
from .textcache import text_cache

__all__ = ["READ_CELL_CLOCKS", "READ_COUNTED_CELLS", "READ_HEADER_COUNTS", "READ_LABEL_COUNTS", "judge_labelled_cells",
           "mislabelled_cell"]

#: Read a bare count cell with its column's header as its unit ("| Business | 10 |" under "Websites" is held by
#: "Business: 10 websites" and not contradicted by another bare number of a clause naming Business); off while the
#: claim decision is fitted.
READ_HEADER_COUNTS = True
#: Read a bare count cell with its row's label as its unit ("| Teams | 8 |" of a key-value table is held by "the
#: league has 8 teams", and not contradicted by another bare figure of a clause naming teams, the ``text46`` round);
#: off while the claim decision is fitted.
READ_LABEL_COUNTS = True
#: Read a clock time of a cell or a clause whole, as the 24-hour time it states ("4:30 pm", "4:30 p. m." and "16:30"
#: are one figure of the kind "clock"), not its hour as a bare number: "| Vuelo largo | 1:00 p. m. |" was read as a
#: bare 1 and contradicted by the "30" of a clause's "30-minute flight" (the ``text47`` round); off while the claim
#: decision is fitted.
READ_CELL_CLOCKS = True
#: Read a bare count cell as held by a clause naming its row's label that states the same number as a count of
#: something ("| Starter | 1 | ... |" of "Starter: 1 website, ... 1 mailbox"; "| Holzwerkstatt | 4 |" under a German
#: "Abende" of "4 Wednesday evenings"), unless a clause naming the label counts the column header's thing with
#: another number (the ``right48`` round): a header written in another language or plural ("Mailboxes") named no
#: unit :data:`READ_HEADER_COUNTS` could match, and the row's price cells then contradicted the count. Off while
#: the claim decision is fitted.
READ_COUNTED_CELLS = True
_CLAUSE_RE = re.compile(r"\s*;\s+|\s*\n\s*|,?\s+but\s+", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z]+")
_CLOCK = frozenset(("am", "pm", "noon", "midnight"))
#: A cell that opens with its figure ("12", "6 with an adult", "10am to 11pm").
_FIGURE_FIRST_RE = re.compile(r"^\d")
_MIN_WORD = 3
_MIN_SUFFIX = 4


def _figures(text: str) -> frozenset[tuple[str, str]]:
    """Clock times ("10", "am"; with :data:`READ_CELL_CLOCKS` "16:30", "clock") and bare numbers ("12", "") of a
    text; figures with another unit are left out."""
    out: set[tuple[str, str]] = set()
    if READ_CELL_CLOCKS and has_digit(text):
        times = times_in(text)
        if times:
            out.update((time, "clock") for time in times)
            text = without_times(text)
    for value, unit in quantities(text):
        unit = unit.lower()
        if unit in _CLOCK:
            out.add((value, "pm" if unit == "noon" and value == "12" else unit))
        elif (not unit or unit in STOPWORDS) and value.isdigit():  # "6.1" numbers a section
            out.add((value, ""))
    return frozenset(out)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > _MIN_SUFFIX and word.endswith("s") and not word.endswith("ss") else word


def _label_words(label: str) -> frozenset[str]:
    """A label's words of three letters or more, stop words left out ("Mon-Thu" as mon and thu)."""
    return frozenset(_singular(w) for w in _WORD_RE.findall(label.lower()) if len(w) >= _MIN_WORD
                     and w not in STOPWORDS)


def _names(word: str, clause_words: frozenset[str]) -> bool:
    """Whether a label word names a clause word: the same, a shortening of it, or a compound ending with it."""
    return any(w == word or w.startswith(word) or (len(w) >= _MIN_SUFFIX and word.endswith(w))
               for w in clause_words)


@text_cache(maxsize=4096)
def _clauses(text: str) -> tuple[tuple[str, frozenset[str], frozenset[tuple[str, str]]], ...]:
    """The clauses of a source (cut at line ends, ";" and "but") with their words and figures."""
    out = []
    for sentence in sentences_of(text.replace("\n", "\n;\n")) if "\n" in text else sentences_of(text):
        for clause in _CLAUSE_RE.split(sentence):
            clause = clause.strip(" ;")
            if clause:
                words = frozenset(_singular(w) for w in _WORD_RE.findall(clause.lower()))
                out.append((clause, words, _figures(clause)))
    return tuple(out)


def _rows(answer: str) -> list[tuple[str, list[str], str, list[str]]]:
    """(label, other cells, row, the other cells' column headers) of each body row of the answer's markdown
    tables."""
    return [(cells[0], list(cells[1:]), line, [*header[1:len(cells)], *[""] * (len(cells) - len(header))])
            for header, cells, line in labelled_table_rows(normalise_quotes(answer)) if len(cells) > 1 and cells[0]]


def _counted_under(value: str, header: str, naming: list[tuple[str, str, frozenset[tuple[str, str]]]]) -> bool:
    """Does a clause naming the label state ``value`` counting what ``header`` names, the column's header or the
    row's own label ("10 websites" for a bare "10" under "Websites", "8 teams" for "| Teams | 8 |")? A bare count
    cell is that word's count, so only that unit holds it."""
    heads = _label_words(header)
    if not heads:
        return False
    return any(value == figure and _singular(unit.lower()) in heads
               for _, clause, _ in naming if value in clause for figure, unit in quantities(clause))


def mislabelled_cell(label: str, cells: list[str], evidence: Evidence,
                     headers: list[str] | None = None) -> tuple[str, str, str] | None:
    """(source, evidence clause, the cell's figure) when the clauses naming the label state other figures of
    the cell's kind and none states the cell's (see the module docstring), else None."""
    words = _label_words(label)
    if not words or any(c.isdigit() for c in label):
        return None  # a label with a figure ("8-inch") is named by its figure, which these words leave out
    naming = [(source.label, clause, figures) for source in evidence.sources if not source.user
              for clause, clause_words, figures in _clauses(source.text)
              if all(_names(w, clause_words) for w in words)]
    if not naming:
        return None
    for at, cell in enumerate(cells):
        if not _FIGURE_FIRST_RE.match(cell):
            continue  # a figure after a word ("CHF 290", "kl. 08.30") is priced or formatted another way
        for value, kind in sorted(_figures(cell)):
            if any((value, kind) in figures for _, _, figures in naming):
                continue
            if READ_HEADER_COUNTS and not kind and headers and at < len(headers) and _counted_under(
                    value, headers[at], naming):
                continue
            if READ_LABEL_COUNTS and not kind and _counted_under(value, label, naming):
                continue  # "| Teams | 8 |" of "8 teams": the label names what the bare figure counts
            if READ_COUNTED_CELLS and not kind and _counted_anything(
                    value, headers[at] if headers and at < len(headers) else "", naming):
                continue
            other = next(((src, clause) for src, clause, figures in naming if any(k == kind for _, k in figures)),
                         None)
            if other is not None:
                return other[0], other[1], value if kind == "clock" else f"{value}{kind}"
    return None


def _counted_anything(value: str, header: str, naming: list[tuple[str, str, frozenset[tuple[str, str]]]]) -> bool:
    """Does a clause naming the label state ``value`` as a count of some thing, while none counts the thing the
    column ``header`` names with another number? A count of the header's own thing decides; any other count of the
    same number holds a bare cell whose header the clauses do not word."""
    heads = _label_words(header)
    counted = False
    for _, clause, _ in naming:
        for figure, unit in quantities(clause):
            unit = _singular(unit.lower())
            if not unit.isalpha() or unit in STOPWORDS or unit in _CLOCK:
                continue
            if any(unit.startswith(h) or h.startswith(unit) for h in heads) and figure != value:
                return False  # the header's thing is counted, with another number
            counted = counted or figure == value
    return counted


def judge_labelled_cells(answer: str, evidence: Evidence) -> list[ClaimSupport]:
    """A *contradicted* verdict per table row whose time or bare number the clauses naming its label reject."""
    if "|" not in answer:
        return []
    out = []
    for label, cells, row, headers in _rows(answer):
        found = mislabelled_cell(label, cells, evidence, headers)
        if found is not None:
            out.append(ClaimSupport(claim=row, verdict="contradicted", source=found[0], evidence=found[1],
                                    missing=(found[2],)))
    return out

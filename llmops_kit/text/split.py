"""Sentences and claims of a text, markdown understood.

An answer may be a paragraph, a markdown list under headings, a table or a code block. What asserts
something is a sentence of prose or a list item; headings, table rows, code, horizontal rules and
emphasis markers are layout (:func:`split_sentences` drops them). Sentences end at ``.``, ``!`` or ``?``
followed by a space (or a capitalised word glued on, "century.First", as scraped text has it), except
after an abbreviation or an initial ("e.g.", "Dr.", "J. Smith"), a currency sign before its amount ("kr. 24.900"),
a mark after its amount when the sentence goes on ("18,00 kr. a trip"), the Nordic clock mark before its time ("kl.
07:00", "2027 kl. 7.15"), inside a half-day marker written with a space ("4:30 p. m.") or
inside a decimal ("$12.99"). A year-first date written with
a dot and a space after each part ("2027. 04. 19.", the Hungarian way) is written as ISO before the split
(:func:`iso_spaced_dates`), so it stays one date of its sentence; so is a date whose day, month name and year are
joined by hyphens ("20-Mar-2027" as "20 Mar 2027", :func:`~llmops_kit.text.calendar_dates.spaced_month_dates`), and a
date of another house style with one reading ("16. 3. 2027", "16. března 2027" as "16 March 2027",
:func:`~llmops_kit.text.calendar_dates.english_dates`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..textcache import text_cache
from . import clock_periods, currency_marks, numbers
from .calendar_dates import english_dates, spaced_month_dates
from .tokens import normalise_quotes

__all__ = ["GENERIC_CITATION", "READ_CLOCK_MARKS", "READ_DOTTED_AMOUNTS", "READ_DOTTED_MARKS", "READ_FIGURE_UNIT_ENDS",
           "READ_SPACED_DATES", "TABLE_SEPARATOR_RE", "TableRow", "figure_headings", "iso_spaced_dates",
           "labelled_table_rows", "markdown_lines", "sentences_of", "split_sentences"]

#: Citation markers whatever the contract's own pattern: [1], [^2], [doc-3], [kb-012], [source 4].
GENERIC_CITATION = r"\[(?:\^?\d+|[A-Za-z][A-Za-z_.:-]{0,20}[ _:#-]?\d+[A-Za-z0-9_-]*)\]|【\d+(?:†[^】]*)?】"

#: Characters and line starts that make a text markdown (or more than one line); without them it is plain.
_MARKUP_RE = re.compile(r"[\n\r#|`*_>\[~=•]|^\s*(?:[-+]|\d+[.)]|[a-zA-Z][.)])\s|^\s*-{3,}")
_FENCE_RE = re.compile(r"^\s*(```|~~~)")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}(?:\s|$)")
_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")
_TABLE_RE = re.compile(r"^\s*\|.*\|\s*$|^\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_BULLET_RE = re.compile(r"^\s*(?:[-*+•]|\d+[.)]|[a-zA-Z][.)](?=\s))\s+(?:\[[ xX]\]\s+)?")
_QUOTE_RE = re.compile(r"^\s*(?:>\s?)+")
_BOLD_LABEL_RE = re.compile(r"^\s*(?:\*\*|__)[^*_]{1,80}(?:\*\*|__)\s*:?\s*$")
_LINK_RE = re.compile(r"!?\[([^\]]+)\]\((?:[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_EMPHASIS_RE = re.compile(r"(\*\*|__|(?<![\w*])\*(?!\s)|(?<!\w)_(?!\s)|`)")
_ABBREVIATIONS = frozenset((
    "e.g", "i.e", "etc", "vs", "approx", "dr", "mr", "mrs", "ms", "prof", "st", "no", "nos", "inc", "ltd", "co",
    "corp", "jr", "sr", "fig", "est", "dept", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "a.m", "p.m",
))
#: Weekday abbreviations as a timetable writes them with a dot ("Mon.-Sat. 9 a.m."): capitalised only, since
#: "sat." and "sun." end sentences as words.
_WEEKDAY_ABBREVIATIONS = frozenset(("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"))
#: What follows such a day when the sentence goes on: a dash or a digit (its times), or a lower-case word.
_RUNS_ON_RE = re.compile(r"\s*(?:[-–]|\d|[a-z])")
#: Read "kl." before a digit (the Nordic clock mark, "kl. 07:00") as no sentence end; off in the claim-decision fit.
READ_CLOCK_MARKS = True
#: Read a date written year first with a dot and a space after each part, as Hungarian writes it ("2027. 04. 19."),
#: as the ISO date it is ("2027-04-19"): the dots are no sentence ends, and the date readers, which know ISO, read it
#: whole (the ``text46`` round; without it "04" and "19" were claims of their own and the date was never compared).
#: Off in the claim-decision fit.
READ_SPACED_DATES = True
#: Read a local currency mark written with a dot before its figure ("Rs. 7,000.00", "Rp. 150.000", "KSh. 1,200")
#: as no sentence end, as "kr." is: the money reader reads "Rs. 7,000.00" whole, but the split cut it into "...
#: you pay Rs." and "7,000.00: 14 days ...", so neither half held the amount it states (the ``prorate54`` round).
#: Off in the claim-decision fit.
READ_DOTTED_MARKS = True
#: The letter marks a country writes before its figure (:data:`~llmops_kit.text.numbers.CURRENCY_MARKS`' "Rs",
#: "Rp", "KSh", "RM", "Dhs"), spelled with their case: "rs." or "rm." in running prose is no currency.
_DOTTED_MARKS = frozenset(m for m in numbers.CURRENCY_MARKS if m.isalpha() and m[0].isupper())
#: Read a currency mark written with a dot after its figure ("18,00 kr. a trip", "Monday 48,00 kr. (capped)", "75 Kč.
#: per day") as no sentence end when the text goes on in lower case, with a bracket opening on a lower-case word or
#: with a sign of a worked sum ("= 36,00 kr."), and "kl." before a clock-shaped time even after a figure ("12 March
#: 2027 kl. 7.15"): a Danish answer writes its amounts so, and the split cut "At 18,00 kr. a trip with the 48,00 kr.
#: cap" into fragments that hold no fact of their own (the ``split55`` round). A mark followed by a capitalised word
#: or a figure still ends its sentence ("... 900 kr. 3 days later"). Off in the claim-decision fit.
READ_DOTTED_AMOUNTS = True
#: The letter marks written after a figure: the Nordic "kr" and the package's local marks
#: (:data:`~llmops_kit.text.numbers.CURRENCY_MARKS`: "Kč", "Ft", "zł", "лв", "Rs" ...), spelled with their case.
_MARKS_AFTER_FIGURES = frozenset({"kr", "Kr"} | {m for m in numbers.CURRENCY_MARKS if m.isalpha()})
#: What follows a mark after its figure when the sentence goes on: (closing marks, then) a lower-case word, a
#: bracket opening on one ("(capped)"), or a sign of a worked sum ("2 × 18,00 kr. = 36,00 kr."); a capitalised word,
#: a figure or the line's end leave it a sentence end.
_GOES_ON_RE = re.compile(r"[\"')\]]*\s+(?:[=×+÷−–—]|\(?([^\W\d_]))")
#: A clock-shaped time after "kl.": an hour of 0-23, alone or with its minutes after a dot or a colon, no figure or
#: decimal after it ("kl. 7.15", "kl. 14:30", "kl. 9"; not "kl. 2027" nor "kl. 3.5.").
_CLOCK_NEXT_RE = re.compile(r"\s?(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?![\d]|[.:,]\d)")
#: Read a unit or a month of :data:`_ABBREVIATIONS` written after a figure and its space and before a capitalised
#: word ("... so again 2 700 Ft. Add the 500 Ft booking fee", "a ceiling of 9 ft. The van", "due on 15 Jan. Please
#: pay") as the end of its sentence: after its figure the dotted word is the figure's unit or mark (the forint's "Ft",
#: the foot's "ft") or the date's month, and the capitalised word opens the next sentence. A unit the list lacks
#: ("5 kg. Add") ended its sentence already. Titles ("21 St. Mary's Road"), clock marks ("6:30 a.m. EAT"), a
#: lower-case word or a figure after the dot ("9 ft. tall", "15 Jan. 2027") and an abbreviation with no figure before
#: it ("approx. Two") stay as they were. Without it the two sentences were one claim, and the second's first word
#: ("Add", "Together") read as a name no evidence holds (the ``capped55`` round found it; ``ftsplit55`` landed it).
#: Off in the claim-decision fit.
READ_FIGURE_UNIT_ENDS = True
#: The abbreviations that are a unit or a month when a figure comes before them.
_FIGURE_ABBREVIATIONS = frozenset((
    "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
))
#: A capitalised word after the dot and its space: the next sentence's first word.
_CAPITAL_NEXT_RE = re.compile(r"\s+[A-Z]")
#: Such a date: a year, then a month and a day of one or two figures, each part ended by a dot and a space; the dot
#: after the day is the date's own, and also the sentence's when a capitalised word or the line's end follows.
_SPACED_DATE_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)\. (\d{1,2})\. (\d{1,2})\.(?!\d)(?=(\s+[^\W\d_]|\s*$))?")
#: A digit after the dot of an abbreviation, the amount a currency sign such as "kr." stands before.
_DIGIT_NEXT_RE = re.compile(r"\s?\d")
#: A candidate end of sentence: terminal punctuation, closing quotes/brackets, then space or a glued capital.
_END_RE = re.compile(r"[.!?][\"')\]]*(?:\s+|(?=[A-Z][a-z]))")
#: The same with the danda of Devanagari and Bengali ("।", "॥"), the full stop of Hindi, Nepali, Marathi, Bengali
#: (:data:`READ_DANDA_ENDS`): "पुन हिल ट्रेक ४ दिनको हो। पहिलो दिन ..." is two sentences.
_DANDA_END_RE = re.compile(r"(?:[.!?][\"')\]]*|[।॥])(?:\s+|(?=[A-Z][a-z]))")
#: Switch: a danda ends a sentence (the ``lang56`` round); off in the claim-decision fit.
READ_DANDA_ENDS = True


def table_cells(row: str) -> list[str]:
    """The cells of one markdown table row as written (not stripped): the row's outer pipes dropped, split at the
    inner ones. The one place a row is cut into cells; each reader strips or cleans the cells as it needs."""
    return row.strip().strip("|").split("|")


#: A line of a markdown table (outer pipes), and a separator line under its header (shared by the readers of a
#: table's rows).
_TABLE_LINE_RE = re.compile(r"^\s*\|.*\|\s*$")
TABLE_SEPARATOR_RE = re.compile(r"^[\s|:-]+$")
#: Bold, underline-bold and code marks around a cell's words ("**Refunded?**").
_CELL_MARKS_RE = re.compile(r"\*\*|__|`")


class TableRow(NamedTuple):
    """A body row of a markdown table with its table's header; cells stripped of marks and spaces."""

    header: tuple[str, ...]
    cells: tuple[str, ...]
    line: str  # the row as written, stripped


def labelled_table_rows(text: str) -> tuple[TableRow, ...]:
    """The body rows of the markdown tables in ``text``, each with its table's header row: a table is a run of
    lines between outer pipes, its first row the header, separator lines skipped. The one reading of a table
    that rows' labels and header words need (a row says something of its first cell under each header)."""
    rows: list[TableRow] = []
    header: tuple[str, ...] | None = None
    for raw in text.splitlines():
        if not _TABLE_LINE_RE.match(raw):
            header = None
            continue
        if TABLE_SEPARATOR_RE.match(raw):
            continue
        cells = tuple(_CELL_MARKS_RE.sub("", c).strip() for c in table_cells(raw))
        if header is None:
            header = cells
        else:
            rows.append(TableRow(header, cells, raw.strip()))
    return tuple(rows)


def table_rows(text: str) -> tuple[str, ...]:
    """The body rows of the markdown tables in a text, cells joined by "; " ("under $35; $6.99"): a row is
    layout, not a sentence, but the figures it states are facts all the same. Separator rows are left out."""
    if "|" not in text:
        return ()
    rows = []
    for raw in spaced_month_dates(normalise_quotes(text)).splitlines():
        if not _TABLE_RE.match(raw) or set(raw.strip()) <= set("|-: "):
            continue
        cells = [_EMPHASIS_RE.sub("", c).strip() for c in table_cells(raw)]
        row = "; ".join(c for c in cells if c)
        if row:
            rows.append(row)
    return tuple(rows)


def figure_headings(text: str) -> tuple[str, ...]:
    """The markdown headings of a text that state a figure ("### Fixed Desk - €320/month"), markers and
    emphasis removed: a heading is layout, not a claim, but like a table row its figures are facts, and a
    claim below it may compute from them ("costs €130 more")."""
    if "#" not in text:
        return ()
    out = []
    for raw in normalise_quotes(text).splitlines():
        if _HEADING_RE.match(raw) and any(c.isdigit() for c in raw):
            heading = _EMPHASIS_RE.sub("", raw.strip().lstrip("#")).strip()
            if heading:
                out.append(heading)
    return tuple(out)


def _spaced_date_iso(match: re.Match[str]) -> str:
    """The ISO form of a spaced year-first date, with the sentence's end kept where a new sentence follows."""
    year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    follows = match.group(4)
    ends = follows is not None and (not follows.strip() or follows.strip()[0].isupper())
    return f"{year}-{month:02d}-{day:02d}" + ("." if ends else "")


def iso_spaced_dates(text: str) -> str:
    """``text`` with each spaced year-first date ("2027. 04. 19.") written as ISO (:data:`READ_SPACED_DATES`);
    only a text with a four-figure number and a dot and space after it is searched."""
    if not READ_SPACED_DATES or ". " not in text or _SPACED_DATE_RE.search(text) is None:
        return text
    return _SPACED_DATE_RE.sub(_spaced_date_iso, text)


def markdown_lines(text: str) -> list[str]:
    """The prose lines of a markdown text: list markers, quote markers, links and emphasis removed;
    headings, tables, code blocks, horizontal rules and bold-only labels dropped."""
    if _MARKUP_RE.search(text) is None:  # one line of plain prose, as most answers are: nothing to strip
        plain = english_dates(spaced_month_dates(iso_spaced_dates(normalise_quotes(text)))).strip()
        return [plain] if plain else []
    lines: list[str] = []
    in_code = False
    for raw in english_dates(spaced_month_dates(iso_spaced_dates(normalise_quotes(text)))).splitlines():
        if _FENCE_RE.match(raw):
            in_code = not in_code
            continue
        if in_code or not raw.strip():
            continue
        if _HEADING_RE.match(raw) or _RULE_RE.match(raw) or _TABLE_RE.match(raw) or _BOLD_LABEL_RE.match(raw):
            continue
        # (each pattern only where its marker is: a quote needs ">", a link "](")
        line = _BULLET_RE.sub("", _QUOTE_RE.sub("", raw) if ">" in raw else raw, count=1)
        if "](" in line:
            line = _LINK_RE.sub(r"\1", line)
        if "*" in line or "_" in line or "`" in line:
            line = _EMPHASIS_RE.sub("", line)
        line = line.strip()
        if line:
            lines.append(line)
    return lines


#: Month names a day number with a dot comes before ("31. März", "5. mai", "1. desember"): German, Danish and
#: Norwegian write the day as an ordinal with a dot. English "May" and "March" are left out (a modal, a verb).
_ORDINAL_MONTHS = frozenset((
    "januar", "jänner", "februar", "märz", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "marts", "mars", "maj", "desember", "december", "january", "february", "june", "july",
    "october", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dez", "des",
    "dec",
))
_NEXT_WORD_RE = re.compile(r"\s*([^\W\d_]+)")


def _ordinal_day(line: str, end: int) -> bool:
    """The dot at ``end`` closes a day number written as an ordinal before a month name ("bis zum 31. März")."""
    start = end
    while start > 0 and line[start - 1].isdigit():
        start -= 1
    if not 1 <= end - start <= 2 or (start > 0 and not line[start - 1].isspace()):
        return False  # a day is one or two digits of its own ("£5." and "2.5." are not)
    if not 1 <= int(line[start:end]) <= 31:
        return False
    month = _NEXT_WORD_RE.match(line, end + 1)
    return month is not None and month.group(1).lower() in _ORDINAL_MONTHS


def _dotted_amount_goes_on(line: str, start: int, end: int, word: str) -> bool:
    """Does the dot at ``end`` close a mark written after its figure, with the sentence going on ("18,00 kr. a trip"),
    or a "kl." after a figure before a clock-shaped time ("2027 kl. 7.15")? (:data:`READ_DOTTED_AMOUNTS`)"""
    if not line[:start].rstrip()[-1:].isdigit():
        return False  # a mark before its figure is read by the guards above; a word "kr." is no mark
    if word == "kl":
        return _CLOCK_NEXT_RE.match(line, end + 1) is not None
    goes_on = _GOES_ON_RE.match(line, end + 1) if line[start:end] in _MARKS_AFTER_FIGURES else None
    return goes_on is not None and (goes_on.group(1) is None or goes_on.group(1).islower())


def _ends_sentence(line: str, end: int) -> bool:
    """Is the punctuation at ``end`` a sentence end, not an abbreviation, an initial, a decimal or a day's dot?"""
    if line[end] != ".":
        return True
    if clock_periods.spaced_meridiem_dot(line, end):
        return False  # "until 4:30 p. m. today": the dots of the marker, as those of "p.m.", end no sentence
    if end > 0 and line[end - 1].isdigit():
        return not _ordinal_day(line, end)
    start = end
    while start > 0 and (line[start - 1].isalpha() or line[start - 1] == "."):
        start -= 1
    word = line[start:end].lower()
    if word in _ABBREVIATIONS and not (start > 0 and line[start - 1].isdigit()):  # "the 1st." is no "St."
        return bool(READ_FIGURE_UNIT_ENDS and word in _FIGURE_ABBREVIATIONS and _after_figure(line, start)
                    and _CAPITAL_NEXT_RE.match(line, end + 1))
    if (word == "kr" and currency_marks.READ_CURRENCY_MARKS and _DIGIT_NEXT_RE.match(line, end + 1)
            and not line[:start].rstrip()[-1:].isdigit()):
        return False  # "kr. 24.900": the krona's sign before its amount ("900 kr. 3 days later" may end one)
    if (word == "kl" and READ_CLOCK_MARKS and _DIGIT_NEXT_RE.match(line, end + 1)
            and not line[:start].rstrip()[-1:].isdigit()):
        return False  # "by kl. 07:00": the Nordic "o'clock" mark before its time, as "kr." before an amount
    if READ_DOTTED_AMOUNTS and _dotted_amount_goes_on(line, start, end, word):
        return False  # "18,00 kr. a trip", "12 March 2027 kl. 7.15": a mark after its figure, a clock mark
    if (READ_DOTTED_MARKS and line[start:end] in _DOTTED_MARKS and _DIGIT_NEXT_RE.match(line, end + 1)
            and not line[:start].rstrip()[-1:].isdigit()):
        return False  # "you pay Rs. 7,000.00": a local mark before its amount ("... 500 Rs. 3 days" may end one)
    if line[start:end] in _WEEKDAY_ABBREVIATIONS and _RUNS_ON_RE.match(line, end + 1):
        return False  # "Mon.-Sat. 9 a.m.-7 p.m.": a day written short, before its times or the range's end
    return not (len(word) == 1 and line[start:end].isupper())  # an initial: "J. Smith"


def _after_figure(line: str, start: int) -> bool:
    """Does the word starting at ``start`` follow a figure and one space ("2 700 Ft", "9 ft")?"""
    return start > 1 and line[start - 1] == " " and line[start - 2].isdigit()


def _sentences(line: str) -> list[str]:
    parts: list[str] = []
    start = 0
    ends = _DANDA_END_RE if READ_DANDA_ENDS and ("।" in line or "॥" in line) else _END_RE
    for match in ends.finditer(line):
        if not _ends_sentence(line, match.start()):
            continue
        piece = line[start:match.end()].strip()
        if piece:
            parts.append(piece)
        start = match.end()
    tail = line[start:].strip()
    if tail:
        parts.append(tail)
    return parts


@text_cache(maxsize=4096)
def sentences_of(text: str) -> tuple[str, ...]:
    """Sentences and list items of a (markdown) text, trimmed, layout dropped (cached: articles recur)."""
    out: list[str] = []
    for line in markdown_lines(text):
        out.extend(_sentences(line))
    return tuple(out)


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a (markdown) text, as a new list the caller may change."""
    return list(sentences_of(text))

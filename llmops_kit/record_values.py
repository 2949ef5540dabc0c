"""A record's field given another of its values in words: "You're on the monthly plan" against "plan: annual",
"Your Patron membership" against "tier: Friend" where the articles' table lists the tiers.

The status check compares status words; a record also holds a kind (a plan, a tier, a band) whose other values
are words the articles use too, so a claim naming the wrong one finds every word it uses. Two places say which
words are values of the same field, both read from the evidence, none from a list of one business's values:

- a table in the articles whose column is headed by the field's name ("| tier | price a year |") lists the
  field's values down that column ("Friend", "Patron");
- a period a plan is billed by ("monthly", "annual", "weekly") said of the field's own noun ("monthly plan"
  against "plan: annual"): periods are one general vocabulary.

A claim that names the record (an id the record holds, or "your"/"you're") and states another value of the
field, without the record's own value, says what the record does not: *contradicted*, with the record line.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import record_keys
from .record_fields import RECORD_LINE_RE
from .text.case_key import case_key
from .text.char_scans import has_digit
from .textcache import text_cache

__all__ = ["other_field_value"]

#: Periods a thing is billed or renewed by; words in one group say the same period.
_PERIODS = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
            "quarterly": "quarter", "annual": "year", "annually": "year", "yearly": "year"}
_PERIOD_RE = re.compile(r"\b(" + "|".join(_PERIODS) + r")\s+([a-z]+)\b", re.IGNORECASE)
#: A claim about the customer's own record.
_YOURS_RE = re.compile(r"\b(?:your|you['’]re|you are)\b", re.IGNORECASE)
#: A markdown table row.
_ROW_RE = re.compile(r"^\s*\|(.+)\|\s*$", re.MULTILINE)
_RULE_CELL_RE = re.compile(r"^:?-{2,}:?$")
_MAX_VALUE_WORDS = 3


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _has(text: str, value: str) -> bool:
    """Does the text name the value as whole words?"""
    return re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", text, re.IGNORECASE) is not None


@text_cache(maxsize=2048)
def _columns(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each markdown table's columns in the text: header cell (lower case) and the cells below it (cached per
    source text: the articles are read for every claim)."""
    out: dict[str, list[str]] = {}
    header: list[str] | None = None
    for line in text.splitlines():
        m = _ROW_RE.match(line)
        if m is None:
            header = None
            continue
        cells = [c.strip() for c in m.group(1).split("|")]
        if all(_RULE_CELL_RE.match(c) for c in cells if c):
            continue
        if header is None:
            header = [c.lower() for c in cells]
            continue
        for name, cell in zip(header, cells, strict=False):
            if cell:
                out.setdefault(name, []).append(cell)
    return tuple((name, tuple(cells)) for name, cells in out.items())


@text_cache(maxsize=2048)
def _fields(text: str) -> tuple[tuple[str, str, str], ...]:
    """A record's field lines that may name a value in words, as (field name in lower case, value, line), no
    digit and at most :data:`_MAX_VALUE_WORDS` words (cached per source text, read once for all claims)."""
    out = []
    for line in RECORD_LINE_RE.finditer(text):
        name, value = line.group(1).strip().lower(), line.group(2).strip().strip("\"'")
        if has_digit(value) or len(_words(value)) > _MAX_VALUE_WORDS:
            continue
        out.append((name, value, line.group(0).strip()))
    return tuple(out)


def _table_clash(claim: str, name: str, value: str, tables: dict[str, list[str]]) -> str | None:
    """Another value of the field's column that the claim states, the record's own not stated."""
    cells = tables.get(name)
    if not cells or not any(c.lower() == value.lower() for c in cells) or _has(claim, value):
        return None
    for cell in cells:
        low = cell.lower()
        if low == value.lower() or value.lower() in low or low in value.lower():
            continue  # "Student Friend" holds "Friend": a kind of it, not another value
        if 0 < len(_words(cell)) <= _MAX_VALUE_WORDS and not any(c.isdigit() for c in cell) and _has(claim, cell):
            return cell
    return None


def _period_clash(claim: str, name: str, value: str) -> str | None:
    """A period said of the field's noun ("monthly plan") other than the record's period ("plan: annual")."""
    held = _PERIODS.get(value.strip().lower())
    if held is None:
        return None
    nouns = set(_words(name))
    if any(_PERIODS.get(w) == held for w in _words(claim)):
        return None
    for m in _PERIOD_RE.finditer(claim):
        if m.group(2).lower() in nouns and _PERIODS[case_key(m.group(1))] != held:
            return m.group(0)
    return None


def other_field_value(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, record line, the value claimed) when the claim gives a record it names another value of one
    of its fields, by the articles' table of that field or by a billing period."""
    records = evidence.once("record_values.records", lambda ev: [  # read once per evidence, not per claim
        (source, fields) for source in ev.sources
        if not (source.prose or source.user) and (fields := _fields(source.text))])
    if not records:  # no record line names a value in words (cached per source): nothing to read the claim for
        return None
    keys = record_keys(claim)
    yours = _YOURS_RE.search(claim) is not None
    if not keys and not yours:
        return None
    tables: dict[str, list[str]] | None = None  # read when a record line asks for them
    for source, fields in records:
        if keys and not keys & record_keys(source.text):
            continue
        for name, value, line in fields:
            if tables is None:
                tables = _tables(evidence)
            found = _table_clash(claim, name, value, tables) or _period_clash(claim, name, value)
            if found is not None:
                return source.label, line, found
    return None


def _tables(evidence: Evidence) -> dict[str, list[str]]:
    """The articles' table columns, header cell (lower case) to its cells, over all the prose sources."""
    tables: dict[str, list[str]] = {}
    for source in evidence.sources:
        if source.prose and "|" in source.text:
            for name, cells in _columns(source.text):
                tables.setdefault(name, []).extend(cells)
    return tables

"""A tool record's field named by its unit: "minutes: 90" states that the record is 90 minutes long.

A booking record often keys a measure by its unit alone ("minutes: 90", "nights: 3", "km: 12"): the field's value
and its name read together are the record's "<value> <unit>". The figure readers see the record's bare "90" and an
article's "A lane for 60 minutes" beside it, so an answer's "90 minutes on lane 3" looked like the article's figure
moved to another subject (:mod:`llmops_kit.subject_figures`), and "60 minutes on lane 3", the article's figure, passed
though the booking is for 90.

With :data:`READ_UNIT_FIELDS` (the ``tool47`` round) such a field is read as the record's measure:

- :func:`record_unit_figure`: the claim's "<n> <unit>" is the figure of the record the claim names (by an id, or
  else the record the question names) when that record's field of the unit holds n; the moved-figure reading
  leaves it alone.
- :func:`unit_field_clash`: a clause of a claim naming the record by an id it holds, stating "<n> <unit>" where the
  record's field of that unit holds another value, the claim stating the record's value in that unit nowhere, is
  *contradicted*, with the record's line. A clause pricing its figure (an amount of money) or stating a rule ("up
  to", "per", "at least", "each") speaks of the business's terms, not of the booking, and is not read.

Only fields whose whole name is one unit of a measure (:data:`~llmops_kit.text.numbers.MEASURES`, and "nights")
and whose value is a bare number are read.

A record keys an amount by its currency's ISO code at the end of the field's name ("charged_so_far_huf: 2700",
"amount_jod: 44.8"): with :data:`READ_MONEY_FIELDS` (the ``money55`` round) the claim's amount in that currency
("2 700 Ft charged so far", read as "2700 huf") is the record's figure too, for :func:`record_unit_figure` only, so an
article's "at most 2 700 Ft per calendar day" beside it no longer makes the record's charge another subject's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .evidence import Evidence
from .record_fields import RecordLine, claimed_records, named_records
from .text import normalise_number
from .text.char_scans import has_digit
from .text.numbers import CURRENCY_CODES, MEASURES, quantities

__all__ = ["READ_MONEY_FIELDS", "READ_UNIT_FIELDS", "record_unit_figure", "unit_field_clash"]

#: Read a record's field named by its unit as the record's measure; off in the claim decision's fit.
READ_UNIT_FIELDS = True
#: Read a record's field named with a currency's code at its end ("charged_so_far_huf") as an amount in that
#: currency; off in the claim decision's fit.
READ_MONEY_FIELDS = True

#: Each spelling of a unit as :func:`~llmops_kit.text.numbers.quantities` names it (the next word, its "s" cut off),
#: by the unit it spells: "min" and "minute" are one unit, "night" is a day of a stay.
_UNIT_OF: dict[str, str] = {
    **{spelling: unit for measure in MEASURES.values() for unit, spellings in measure.items()
       for spelling in spellings},
    "night": "night",
}
#: A field's value that is a bare number ("90", "2.5").
_BARE_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
#: The words of a field's name, however its words are joined ("charged_so_far_huf", "charged so far huf").
_FIELD_WORD_RE = re.compile(r"[a-z]+")
#: Where a claim's clauses part: a comma, a semicolon, a colon, "and", "but".
_CLAUSE_RE = re.compile(r"[,;:]\s+|\s+(?:and|but|while)\s+", re.IGNORECASE)
#: Words that make a clause's figure a rule's or a price's, not the booking's.
_RULE_RE = re.compile(r"\b(?:up\s+to|per|each|at\s+(?:least|most)|max(?:imum)?|min(?:imum)?|every|costs?|from)\b",
                      re.IGNORECASE)
#: The units :func:`~llmops_kit.text.numbers.quantities` gives an amount of money (its sign).
_MONEY_MARKS = frozenset("$€£¥₹")


def _unit_fields(lines: list[RecordLine]) -> dict[str, tuple[str, str]]:
    """The record's fields named by a unit, by that unit: (the value as normalised, the record line)."""
    out: dict[str, tuple[str, str]] = {}
    for line, name, value in lines:
        unit = _UNIT_OF.get(name.strip().rstrip("s"))
        value = value.strip().rstrip(".").strip()
        if unit is not None and _BARE_NUMBER_RE.fullmatch(value):
            out.setdefault(unit, (normalise_number(value), line))
    return out


def _claimed(text: str) -> Iterator[tuple[str, str]]:
    """The (value, unit) pairs a text states in a unit a record's field may be named by."""
    for value, spelling in quantities(text):
        unit = _UNIT_OF.get(spelling)
        if unit is not None:
            yield value, unit


def _records(claim: str, evidence: Evidence, asked: bool) -> list[tuple[str, list[RecordLine]]]:
    """The records the claim names; with ``asked``, else the one the question names when the claim names none."""
    return claimed_records(claim, evidence) if asked else list(named_records(claim, evidence))


def _money_field(lines: list[RecordLine], value: str, code: str) -> bool:
    """Does a field whose name ends with the currency's code ("charged_so_far_huf", read "charged so far huf") hold
    ``value``?"""
    for _, name, held in lines:
        words = _FIELD_WORD_RE.findall(name.lower())
        held = held.strip().rstrip(".").strip()
        if (words and words[-1] == code and _BARE_NUMBER_RE.fullmatch(held)
                and normalise_number(held) == value):
            return True
    return False


def record_unit_figure(claim: str, evidence: Evidence, value: str, unit: str) -> bool:
    """Is the claim's "<value> <unit>" the figure of the record it (or else the question) names, held by a field
    named by that unit (:data:`READ_UNIT_FIELDS`), or an amount held by a field named with its currency's code
    (:data:`READ_MONEY_FIELDS`)? ``unit`` as :func:`~llmops_kit.text.numbers.quantities` names it."""
    if READ_MONEY_FIELDS and unit in CURRENCY_CODES:
        return any(_money_field(lines, value, unit) for _, lines in _records(claim, evidence, asked=True))
    if not READ_UNIT_FIELDS or _UNIT_OF.get(unit) is None:
        return False
    return any(_unit_fields(lines).get(_UNIT_OF[unit], ("", ""))[0] == value
               for _, lines in _records(claim, evidence, asked=True))


def unit_field_clash(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, record line, the claim's "<n> <unit>") when a clause of a claim naming a record states a figure in
    a unit the record keys a field by, and the field holds another value (see the module docstring)."""
    if not READ_UNIT_FIELDS or not has_digit(claim):
        return None
    said = list(_claimed(claim))
    if not said:
        return None
    for label, lines in _records(claim, evidence, asked=False):
        fields = _unit_fields(lines)
        if not fields:
            continue
        stated = set(said)
        for clause in _CLAUSE_RE.split(claim):
            if _RULE_RE.search(clause) or any(mark in clause for mark in _MONEY_MARKS):
                continue
            for value, unit in _claimed(clause):
                held = fields.get(unit)
                if held is not None and held[0] != value and (held[0], unit) not in stated:
                    return label, held[1], f"{value} {unit}"
    return None

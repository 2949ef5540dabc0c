"""A count a tool record holds, restated with another figure: "2 pairs of boots are rented" of a booking whose
record says "boots rented: 1".

The hard-fact step finds the claim's "2" in the same record ("guests: 2"), so a count moved from one field to another
passes it. Here each clause of a claim that names the record (by an id it holds) is read against the record's
fields that hold a whole number: when the clause holds every word of exactly one such field's name (by stem:
"boots rented" in "2 pairs of boots are rented") and exactly one figure, with no negation, and the figure is not the
field's, the record says otherwise: *contradicted*, with that line. The record's naming field (the one holding the
id), fields named by one function word and clauses naming two counted fields are not read, so "2 guests and 1 pair
of boots" is read clause by clause, and a clause holding the field's own figure agrees.

Read by :func:`~llmops_kit.grounding.judge_claims` among the moved-figure steps, before the claim decision;
switched off by :data:`READ_RECORD_COUNTS` in the decision's fit.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .record_fields import named_records
from .text import STOPWORDS, identifiers_in, numbers_in, stem
from .text.char_scans import has_digit
from .text.counted_figures import counted_numbers

__all__ = ["READ_RECORD_COUNTS", "other_field_count"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_RECORD_COUNTS = True

#: Where a claim's clauses part: a comma, a semicolon, a colon, "and", "but", "so", "while".
_CLAUSE_RE = re.compile(r"[,;:]\s+|\s+(?:and|but|so|while|whereas)\s+", re.IGNORECASE)
_NEGATION_RE = re.compile(r"\b(?:not|no|never|none|nor|without)\b|n['’]t\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z]+")
_WHOLE_RE = re.compile(r"\d{1,4}")


def _counted_fields(lines: list[tuple[str, str, str]]) -> list[tuple[str, frozenset[str], str]]:
    """(record line, the stems of its field name, its whole-number value) of each field holding a count."""
    out = []
    for line, name, value in lines:
        value = value.strip().rstrip(".")
        if not _WHOLE_RE.fullmatch(value):
            continue
        words = [w for w in _WORD_RE.findall(name) if w not in STOPWORDS]
        if words:
            out.append((line, frozenset(stem(w) for w in words), value))
    return out


def other_field_count(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source label, record line, the clause's figure) when a clause of the claim restates a count of a record
    the claim names with another figure (see the module docstring)."""
    if not READ_RECORD_COUNTS or not has_digit(claim):
        return None
    for label, lines in named_records(claim, evidence):
        fields = _counted_fields(lines)
        if not fields:
            continue
        for clause in _CLAUSE_RE.split(claim):
            if not has_digit(clause) or _NEGATION_RE.search(clause):
                continue
            codes = identifiers_in(clause)  # the digits of the record's id ("JG-77310") count nothing
            figures = {n for n in numbers_in(clause) if not any(n in code for code in codes)}
            if len(figures) != 1 or not figures <= counted_numbers(clause):
                continue  # one figure, given as a count of a plural noun ("2 pairs of boots"), not "6 euros"
            stems = {stem(w) for w in _WORD_RE.findall(clause.lower())}
            named = [f for f in fields if f[1] <= stems]
            if len(named) != 1:
                continue
            line, _, value = named[0]
            (figure,) = figures
            if figure != value:
                return label, line, f"{figure} {' '.join(sorted(named[0][1]))}"
    return None

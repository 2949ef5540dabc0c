"""A count the claim says, in digits or in words, against the record's count of the same thing: "Four of you" of a
booking whose record says "people: 3", "for 2 hours" of "hours: 3", "60 minutes" of "minutes: 90".

:mod:`llmops_kit.record_counts` reads a clause's figure against a record the claim names, and a field of one word
("guests") only there; a count written in words ("three occasions") or as the party itself ("Four of you") it does
not read, nor a one-word field of the record only the question names ("Which table is KIC-40917, and for how
long?" answered "Snooker table 4, from 7pm for 2 hours"). The hard-fact step finds the "2" or misses "Four" as no
figure at all, so the wrong count passes.

Here each clause of the claim is read against the record the claim names by an id it holds, or, naming none, the
one record the question names (:func:`~llmops_kit.record_fields.asked_record`). A count is a number (digits or one
to twelve in words) before a noun, or before "of you" / "of us" (the party). When the record holds exactly one field
of one word that is that noun (by stem: "hours" of "2 hours") or, for "of you", one party field ("people",
"guests"), holding a whole number, and the count is another number, the claim says what the record does not:
*contradicted*, with the field's line. Not read: a clause with a negation, or saying its count is what is left
("three occasions left" of "occasions: 12" is no allowance restated), a count after a limit or range word ("up to
6 guests", "at least 2 hours", "1 to 6 guests", "within 2 hours") or before one ("2 hours before", "4 or more").

Read by :func:`~llmops_kit.grounding.judge_claims` among the moved-figure steps, after
:func:`~llmops_kit.record_counts.asked_party_count`; :data:`READ_SAID_COUNTS` switches it off (off in the claim
decision's fit, ``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .record_fields import RecordLine, claimed_records
from .text import stem
from .text.numbers import count_words

__all__ = ["READ_SAID_COUNTS", "said_count_clash"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_SAID_COUNTS = True

#: The counts one to twelve in words.
_WORDS = {"one": 1, **count_words(12)}
#: A record's fields that count the party: what "Four of you" is counted against.
_PARTY_FIELDS = frozenset(("guests", "people", "persons", "adults", "diners", "pax", "party", "players",
                           "participants"))
#: A count and the noun it counts, or "of you" / "of us": "2 hours", "three occasions", "Four of you". Not the end of
#: a range ("1 to 6 guests", "1-6 guests", "6 or 8 people") nor a figure of a date, a time or a code.
_COUNT_RE = re.compile(
    r"(?<![-–/.,:\d])(?<!\bto\s)(?<!\band\s)(?<!\bor\s)\b(?P<n>\d{1,2}|" + "|".join(_WORDS) + r")"
    r"\s+(?:(?P<party>of\s+(?:you|us))|(?P<noun>[a-z]+))\b(?![-–/]\d)", re.IGNORECASE)
#: A limit or range before the count: the count is a rule's, not the booking's.
_LIMIT_BEFORE_RE = re.compile(
    r"\b(?:up\s+to|at\s+(?:most|least)|max(?:imum)?|min(?:imum)?|per|each|over|under|more\s+than|less\s+than|"
    r"fewer\s+than|than|within|every|first|last|next|another|extra|additional|between)\s*$", re.IGNORECASE)
#: A limit or a time before something after the count: "2 hours before", "4 or more", "48 hours in advance".
_LIMIT_AFTER_RE = re.compile(
    r"^\s*(?:or\s+(?:more|fewer|less|over|under)|(?:in\s+)?advance|before|ahead|beforehand|max|minimum|each|apiece|"
    r"per)\b", re.IGNORECASE)
#: A clause that denies, or says its count is what is left.
_NOT_READ_RE = re.compile(r"\b(?:not|no|never|none|nor|without|left|remaining|remain)\b|n['’]t\b", re.IGNORECASE)
#: Where a claim's clauses part: a comma, a semicolon, a colon, "and", "but", "so", "while".
_CLAUSE_RE = re.compile(r"[,;:]\s+|\s+(?:and|but|so|while|whereas)\s+", re.IGNORECASE)
_WHOLE_RE = re.compile(r"\d{1,3}")


def _count_fields(lines: list[RecordLine]) -> dict[str, tuple[str, int, str]]:
    """The record's fields of one word holding a whole number, by the stem of that word: (line, value, word)."""
    out: dict[str, tuple[str, int, str]] = {}
    for line, name, value in lines:
        words = name.split()
        plain = value.strip().rstrip(".").strip()
        if len(words) == 1 and words[0].isalpha() and _WHOLE_RE.fullmatch(plain):
            out[stem(words[0])] = (line, int(plain), words[0])
    return out


def _clause_clash(clause: str, fields: dict[str, tuple[str, int, str]]) -> tuple[str, str] | None:
    """(record line, the clause's count) when a count of the clause is another number than the field it counts."""
    if _NOT_READ_RE.search(clause):
        return None
    for m in _COUNT_RE.finditer(clause):
        if _LIMIT_BEFORE_RE.search(clause[:m.start()]) or _LIMIT_AFTER_RE.match(clause[m.end():]):
            continue
        if m.group("party"):
            counted = [field for field in fields.values() if field[2] in _PARTY_FIELDS]
        else:
            noun = stem(m.group("noun").lower())
            counted = [fields[noun]] if noun in fields else []
        if len(counted) != 1:
            continue
        line, held, _ = counted[0]
        said = m.group("n").lower()
        if (int(said) if said.isdigit() else _WORDS[said]) != held:
            return line, m.group(0)
    return None


def said_count_clash(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source label, record line, the claim's count) when a clause of the claim counts a thing the record the claim
    (or, naming none, the question) names counts otherwise, in digits, in words or as "N of you" (see the module
    docstring); a cheap test for a count first."""
    if not READ_SAID_COUNTS or _COUNT_RE.search(claim) is None:
        return None
    for label, lines in claimed_records(claim, evidence):
        fields = _count_fields(lines)
        if not fields:
            continue
        for clause in _CLAUSE_RE.split(claim):
            found = _clause_clash(clause, fields)
            if found is not None:
                return label, found[0], found[1]
    return None

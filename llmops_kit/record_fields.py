"""A field of a tool record given another value: "9am-12pm: available" where the record says "slots 9am-12pm: full".

Answers often restate a record as its fields ("key: value" list items). The hard-fact step finds the key's
figures ("9am-12pm") in the record and the value's word ("available") in another field, so a value moved from
one field to another passes it. Here a claim written as one field, whose value is a word or two (no figure), is
compared with the record lines whose field name ends with the claim's: when each such line holds another value
and none holds the claimed one, the record says otherwise: *contradicted*, with that line. A flag ("True",
"False") is compared with yes and no words ("included", "not"). A table row of two cells is read as one field
(its heading row names fields, and is skipped). Values with figures are the hard-fact step's; prose sources
(articles) are not read.

With :data:`READ_LABELLED_VALUES` (the ``tool46`` round) a short value written after its field's name ("Pitch 3",
"Table 5", "Room B") is read against the record the claim or the question names: where the record holds that field
("pitch: Pitch 2", "table: 7") with another number or letter, and the claim never gives the record's own, the claim
names another one of them: *contradicted*. The hard-fact step found "3" elsewhere ("our three pitches").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .evidence import Evidence
from .evidence_readers import RECORD_LINE_RE, RecordLine, record_lines
from .evidence_statements import record_keys
from .text import names_in, words_in

__all__ = ["READ_LABELLED_VALUES", "RECORD_LINE_RE", "RecordLine", "asked_record", "claimed_records", "field_clash",
           "labelled_value_clash", "named_records", "record_lines"]

#: A claim that is one field: a short name, a colon, a value of one to three words without a figure.
_CLAIM_FIELD_RE = re.compile(r"^\s*([^:\n]{1,40}?)\s*:\s*([A-Za-z][A-Za-z' -]{0,30}?)\s*[.!]?\s*$")
#: A table row of two cells as :func:`~llmops_kit.text.split.table_rows` gives it ("meet & greet; included").
_ROW_FIELD_RE = re.compile(r"^\s*([^;:\n]{1,40}?)\s*;\s*([A-Za-z][A-Za-z' -]{0,30}?)\s*$")



def named_records(claim: str, evidence: Evidence) -> Iterator[tuple[str, list[RecordLine]]]:
    """(source label, its lines) of each tool record the claim names: by an id the record holds, or by a name one
    of its values is ("Pepper's certificate" against "dog: Pepper"). Prose sources (articles) are no records."""
    records = [source for source in evidence.sources if not source.prose]
    if not records:  # most requests carry no tool record: the claim is not read for keys and names at all
        return
    keys = record_keys(claim)
    names = names_in(claim)
    for source in records:
        lines = record_lines(source.text)
        values = {value.strip().lower() for _, _, value in lines}
        if keys & record_keys(source.text) or names & values:
            yield source.label, lines


def asked_record(evidence: Evidence) -> list[tuple[str, list[RecordLine]]]:
    """(source label, its lines) of the one tool record the question names by an id the record holds; empty when
    the question names none, or several records hold its ids. For a claim that names no record itself ("That is
    paid", "You haven't used it yet"): it speaks of the record asked about."""
    keys = record_keys(evidence.user_text or "")
    if not keys:
        return []
    asked = [(s.label, record_lines(s.text)) for s in evidence.sources
             if not s.prose and not s.user and keys & record_keys(s.text)]
    return asked if len(asked) == 1 else []


def claimed_records(claim: str, evidence: Evidence) -> list[tuple[str, list[RecordLine]]]:
    """The records the claim names (:func:`named_records`), or, when it names none and holds no id at all, the one
    record the question names (:func:`asked_record`): what a claim about "your booking" speaks of."""
    named = list(named_records(claim, evidence))
    if named or record_keys(claim):
        return named
    return asked_record(evidence)


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


#: Words that say yes or no of a field a record holds as a flag ("meet greet: False"): "included" is yes.
_YES = frozenset(("true", "yes", "included", "includes", "available", "on", "enabled", "booked", "added"))
_NO = frozenset(("false", "no", "not", "none", "excluded", "unavailable", "off", "disabled"))


def _agrees(value: frozenset[str], held: frozenset[str]) -> bool | None:
    """Does the claimed value agree with the record's (None: they cannot be compared)? Words agree when one
    value holds the other; a flag ("True", "False") agrees with a yes or a no word, and no other word."""
    if value <= held or held <= value:
        return True
    if held <= _YES or held <= _NO:
        said_yes, said_no = bool(value & _YES), bool(value & _NO)
        if said_yes == said_no:
            return None
        return said_yes == (held <= _YES)
    return False


def field_clash(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, record line, the claimed value) when a record's field the claim restates holds another value.
    A table row of two cells ("meet & greet; included") is read as one field."""
    m = _CLAIM_FIELD_RE.match(claim) or _ROW_FIELD_RE.match(claim)
    if m is None:
        return None
    key, value = _key(m.group(1)), words_in(m.group(2))
    if not key or not value:
        return None
    against = None
    for source in evidence.sources:
        if source.prose:
            continue
        lines = list(RECORD_LINE_RE.finditer(source.text))
        # a value that is the name of a field is a table's heading ("vehicle; fare"), not a value
        if any(value <= words_in(line.group(1)) for line in lines):
            return None
        for line in lines:
            name = _key(line.group(1))
            if not (name == key or name.endswith(" " + key)) or any(c.isdigit() for c in line.group(2)):
                continue
            agrees = _agrees(value, words_in(line.group(2)))
            if agrees is None or agrees:
                return None
            against = against or (source.label, line.group(0).strip(), m.group(2).strip())
    return against


#: A short value after its field's name in a claim, read against the record: also off in the claim decision's fit.
READ_LABELLED_VALUES = True
#: A name and the short value it labels: "Pitch 3", "table 12", "Room B", "Court 2A" (a time, a decimal or a
#: percentage is no such value).
_LABELLED_RE = re.compile(r"\b([A-Za-z]{3,12})\s+(\d{1,3}[A-Z]?|[A-Z])\b(?![:.,]\d|\s*%|\s*[ap]\.?m\b)")
#: A record's value of such a field: the bare number or letter ("7"), or it after the field's name ("Pitch 2").
_HELD_RE = re.compile(r"^(?:([A-Za-z]{3,12})\s+)?(\d{1,3}[A-Z]?|[A-Z])$")


def _labelled_values(lines: list[RecordLine]) -> dict[str, tuple[set[str], str]]:
    """The record's short labelled values, by the last word of their field's name (lower case): the values held
    (lower case) and the first such line, for the verdict."""
    out: dict[str, tuple[set[str], str]] = {}
    for line, name, value in lines:
        words = name.split()
        m = _HELD_RE.match(value.strip().rstrip(".").strip())
        if not words or m is None or (m.group(1) and m.group(1).lower() != words[-1]):
            continue
        held, _ = out.setdefault(words[-1], (set(), line))
        held.add(m.group(2).lower())
    return out


def labelled_value_clash(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, record line, the claimed value) when the claim writes a field's short value after the field's name
    ("Pitch 3") and the record the claim, or else the question, names holds that field with another one
    (:data:`READ_LABELLED_VALUES`); a cheap test for a labelled figure first."""
    if not READ_LABELLED_VALUES:
        return None
    said = [(m.group(1).lower(), m.group(2).lower(), m.group(0)) for m in _LABELLED_RE.finditer(claim)]
    if not said:
        return None
    records = list(named_records(claim, evidence)) or asked_record(evidence)
    for label, lines in records:
        values = _labelled_values(lines)
        stated = {(name, value) for name, value, _ in said}
        for name, value, written in said:
            if name not in values:
                continue
            held, line = values[name]
            if value not in held and not any((name, h) in stated for h in held):
                return label, line, written
    return None

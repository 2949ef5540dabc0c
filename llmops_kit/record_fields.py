"""A field of a tool record given another value: "9am-12pm: available" where the record says "slots 9am-12pm: full".

Answers often restate a record as its fields ("key: value" list items). The hard-fact step finds the key's
figures ("9am-12pm") in the record and the value's word ("available") in another field, so a value moved from
one field to another passes it. Here a claim written as one field, whose value is a word or two (no figure), is
compared with the record lines whose field name ends with the claim's: when each such line holds another value
and none holds the claimed one, the record says otherwise: *contradicted*, with that line. Values with figures
are the hard-fact step's; prose sources (articles) are not read.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import words_in

__all__ = ["field_clash"]

#: A claim that is one field: a short name, a colon, a value of one to three words without a figure.
_CLAIM_FIELD_RE = re.compile(r"^\s*([^:\n]{1,40}?)\s*:\s*([A-Za-z][A-Za-z' -]{0,30}?)\s*[.!]?\s*$")
#: A record line: its field name and its value.
_RECORD_LINE_RE = re.compile(r"^\s*([^:\n]{1,60}?)\s*:\s*(.+?)\s*\.?\s*$", re.MULTILINE)


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def field_clash(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, record line, the claimed value) when a record's field the claim restates holds another value."""
    m = _CLAIM_FIELD_RE.match(claim)
    if m is None:
        return None
    key, value = _key(m.group(1)), words_in(m.group(2))
    if not key or not value:
        return None
    against = None
    for source in evidence.sources:
        if source.prose:
            continue
        for line in _RECORD_LINE_RE.finditer(source.text):
            name = _key(line.group(1))
            if not (name == key or name.endswith(" " + key)):
                continue
            held = words_in(line.group(2))
            if any(c.isdigit() for c in line.group(2)):
                continue
            if value <= held or held <= value:
                return None
            against = against or (source.label, line.group(0).strip(), m.group(2).strip())
    return against

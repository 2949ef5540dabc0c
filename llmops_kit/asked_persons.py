"""A "who" question about a tool record answered with a name that opens the answer and is not the record's:
"Who's coming on my next visit, CC-4471?" answered "Camila, on Tuesday 16-03-2027 at 09:00 hrs" of a record that
holds "cleaner: Marisol".

Names are read as capitalised words after a sentence's first word (:func:`~llmops_kit.text.tokens.names_in`): the
first word is capitalised for being first. An answer to "who" very often opens with the person ("Aoife is your
sitter", "Thandi - Thursday at 15h00"), so a wrong name there was never read as a name; the claim's other words
were all held and it was judged supported. Read sets of three authors (a sitter, a stylist, a cleaner) hold such
a wrong opening name against a record that names the person.

:func:`opening_name_clash` reads a claim as naming another person than the record's when:

- the customer's last question asks "who" (who, who's, whom) and names a tool record by an id the record holds;
- the claim opens with one capitalised word (before a comma, a dash, or a verb) that is no word of English (no
  dictionary form: "Sure", "Tomorrow" are words), no calendar word, no stop word, and no word of any evidence
  text or of the question (a name the texts hold is the hard-fact step's to compare);
- that record holds a field whose value is one or two capitalised words with no digit (a name: "cleaner:
  Marisol"), and the claim names none of that value's words.

Then the claim is *contradicted*, with that record line. A name any text holds, a name that is also an English
word ("Grace", "Mark"), and an answer opening with "Your guide is ..." (its name is not first, so the hard-fact
step reads it) are not read here. Switched off by :data:`READ_ASKED_PERSONS` in the claim decision's fit.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import record_keys
from .record_fields import RECORD_LINE_RE
from .text import STOPWORDS
from .text.tokens import dictionary_word
from .text.worded_forms import MONTHS, WEEKDAYS

__all__ = ["READ_ASKED_PERSONS", "opening_name_clash"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_ASKED_PERSONS = True

_QUESTION_RE = re.compile(r"[^.?!\n]*\?")
_WHO_RE = re.compile(r"\bwho(?:['’]s|m|se)?\b", re.IGNORECASE)
#: One capitalised word opening the claim, then a comma, a dash or a space before a lower-case word ("Camila, on
#: ...", "Lerato - Thursday", "Ciarán is your sitter").
_OPENING_RE = re.compile(r"^\s*[\"'(]?([A-ZÀ-Þ][a-zß-ÿ'’]+)(?=\s*[,:;–—-]|\s+[a-z])")
_CALENDAR = frozenset((*WEEKDAYS, *MONTHS, "today", "tonight"))
#: A field value that may be a person's name: one or two capitalised words ("Marisol", "Aoife Byrne").
_NAME_VALUE_RE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’]+)?")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _question(user_text: str) -> str | None:
    """The last question of the customer's message."""
    found = _QUESTION_RE.findall(user_text)
    return found[-1].strip() if found else None


def _opening_name(claim: str) -> str | None:
    """The claim's opening word when it may be a name: capitalised, no stop, calendar or English word."""
    m = _OPENING_RE.match(claim)
    if m is None:
        return None
    low = m.group(1).lower().rstrip("'’")
    if len(low) < 3 or low in STOPWORDS or low in _CALENDAR or dictionary_word(low):
        return None
    return low


def _held(word: str, texts: list[str]) -> bool:
    """Does any text hold the word whole (case-insensitive)?"""
    return any(word in (w.lower() for w in _WORD_RE.findall(text)) for text in texts)


def opening_name_clash(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source label, record line, the name the claim gives) when the claim answers the customer's "who" about a
    record named by id with an opening name no text holds, where the record names a person (module docstring)."""
    if not READ_ASKED_PERSONS:
        return None
    name = _opening_name(claim)
    if name is None:
        return None
    user_text = evidence.user_text
    question = _question(user_text) if user_text and "?" in user_text else None
    if question is None or _WHO_RE.search(question) is None:
        return None
    keys = record_keys(question)
    if not keys or _held(name, [s.text for s in evidence.sources] + [user_text]):
        return None
    claim_words = {w.lower() for w in _WORD_RE.findall(claim)}
    for source in evidence.sources:
        if source.prose or source.user or not keys & record_keys(source.text):
            continue
        for line in RECORD_LINE_RE.finditer(source.text):
            value = line.group(2).strip().strip("\"'").rstrip(".")
            if not _NAME_VALUE_RE.fullmatch(value) or keys & record_keys(value):
                continue
            if {w.lower() for w in value.split()} & claim_words:
                return None  # the claim names the record's person too
            return source.label, line.group(0).strip(), name
    return None

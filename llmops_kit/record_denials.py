"""A claim that denies what a tool record holds: "RMA-88120 hasn't been collected yet" against "collected: 2026-05-06".

The status check (:meth:`~llmops_kit.evidence.Evidence.status_clash`) compares status words ("cancelled",
"shipped"); a record also says that something happened by a field that holds it: a date it happened on
("collected: 2026-05-06"), a person assigned ("engineer: Gethin"), a flag set ("certificate seen: True"). A
claim that denies that very word ("hasn't been collected", "hasn't been assigned an engineer", "haven't received
the certificate") of the record it names, when the record's field so named holds such a value, says the
opposite of the record: *contradicted*, with that line.

Only what a negation denies is read (the words after it, to the first preposition or clause break), and it must
be the field's own word, not another form of it ("collection date" schedules, "collected" reports). A value
that says nothing happened (False, none, pending, an amount) is not read: "no refund has been issued" against
"refund gbp: 0" or "refund state: pending" is true. The record must be the one the claim names: by an id the
record holds, or by a name one of its values is ("Pepper's certificate" against "dog: Pepper").
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .record_fields import named_records
from .text import STOPWORDS, may_hold_word

__all__ = ["denied_record_field", "denied_words"]

#: A negation and what it denies: the words after it, auxiliaries and "yet" skipped by the reader below.
_NEGATION_RE = re.compile(r"(?:n['’]t|\b(?:not|never|no))\s+([a-z'’\s-]+)", re.IGNORECASE)
#: The whole words one of which an ASCII text without "n't" holds whenever :data:`_NEGATION_RE` matches it.
_NEGATION_WORDS = frozenset(("not", "never", "no"))
#: Words a negation passes through before what it denies ("hasn't *been* collected *yet*").
_PASSED_TEXT = """be been being is are was were do does did have has had can could will would shall should
    may might must get got yet already still even ever"""
_PASSED = frozenset(_PASSED_TEXT.split())
#: Where what a negation denies ends: a preposition, a joining word, an infinitive ("don't need *to* bring").
_STOP_TEXT = """to in on at by for from with without near inside outside during before after within until
    since so and but or because while as if unless when than"""
_STOP = frozenset(_STOP_TEXT.split())
#: What the denied phrase may run to: the verb and its object ("assigned an engineer", "received Pepper's
#: certificate").
_MAX_WORDS = 4
#: A value that reports something happened or is held: a date, a flag set, a proper name.
_DATE_VALUE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[t ][\d:.]+z?)?$", re.IGNORECASE)
_NAME_VALUE_RE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$")
#: Names that say nothing is there yet.
_EMPTY_NAMES = frozenset(("none", "null", "pending", "unassigned", "unknown", "tbc", "tba", "nobody", "no", "false",
                          "not", "waiting", "awaiting", "n", "na"))


def denied_words(claim: str) -> frozenset[str]:
    """The words each negation of the claim denies: after the negation, the auxiliaries passed, up to a
    preposition or clause break (at most :data:`_MAX_WORDS` words), possessives read as their noun."""
    # most claims deny nothing: an ASCII claim without "n't" and without a negation word is spared the pattern
    if "'" not in claim and not may_hold_word(claim, _NEGATION_WORDS):
        return _NO_WORDS
    out: set[str] = set()
    for match in _NEGATION_RE.finditer(claim):
        taken = 0
        for raw in match.group(1).split():
            word = raw.lower().strip("'’-")
            word = word[:-2] if word.endswith(("'s", "’s")) else word
            if not word or word in _STOP:
                break
            if word in _PASSED and not taken:
                continue
            taken += 1
            if word not in STOPWORDS and word not in _PASSED:
                out.add(word)
            if taken >= _MAX_WORDS:
                break
    return frozenset(out) if out else _NO_WORDS


_NO_WORDS: frozenset[str] = frozenset()


def _affirms(value: str) -> bool:
    """Does a record value report that something happened or is there (a date, True, a proper name)?"""
    value = value.strip().strip("\"'")
    if value == "True" or _DATE_VALUE_RE.match(value):
        return True
    return bool(_NAME_VALUE_RE.match(value)) and value.split()[0].lower() not in _EMPTY_NAMES


def denied_record_field(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, record line, the denied word) when the claim denies a word that names a field of the record
    it names, and that field reports it happened or is held."""
    denied = denied_words(claim)
    if not denied:
        return None
    for label, lines in named_records(claim, evidence):
        for line, name, value in lines:
            hit = denied & frozenset(re.findall(r"[a-z]+", name))
            if hit and _affirms(value):
                return label, line, sorted(hit)[0]
    return None

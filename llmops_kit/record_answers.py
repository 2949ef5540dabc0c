"""A question about a tool record's field answered against the record: "Is VD-55120 for plasma or whole blood?"
answered "It's a whole blood appointment" where the record says "type: plasma"; "Is MW-J-77120 being certified?"
answered "No - it was ordered as an uncertified translation" where the record says "certified: True".

The hard-fact and word steps find every word of such a claim somewhere ("whole blood" in an article, the id in
the record), so the record's own answer to the question goes unread. Two closed shapes, each only for a question
that names the record by an id the record holds, and only tool records (not articles) are read:

- **the other option.** The question offers two options ("... A or B?") and one of them is a value of the
  record's field ("type: plasma"); a claim that holds every word of the other option, none of the record's value
  and no negation states the option the record rules out. An option another field of the record holds is not
  read (the record may hold both);
- **a denied field.** A yes-or-no question ("Is ...", "Did ...", "Has ...") with no negation of its own, whose
  word names a field set to True ("certified: True") or is a field's whole value ("items: digital"), answered by
  a claim opening with "No": the claim denies what the record holds. The record's naming field ("order:
  SN-77120") and figures are not read, nor a value the claim itself restates ("No - it's booked for the evening,
  with Ramesh" to "Is Ramesh coming in the morning?" of "washer: Ramesh": the "no" denies the morning).

Read by :func:`~llmops_kit.grounding.judge_claims` before the claim decision (a finding makes the claim
contradicted); switched off by :data:`READ_RECORD_ANSWERS` in the decision's fit.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import record_keys
from .record_fields import RECORD_LINE_RE
from .text import STOPWORDS

__all__ = ["READ_RECORD_ANSWERS", "answered_against_record"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_RECORD_ANSWERS = True

_QUESTION_RE = re.compile(r"[^.?!\n]*\?")
_YES_NO_RE = re.compile(r"^\s*(?:is|was|are|were|did|does|do|has|have|will)\b", re.IGNORECASE)
_NEGATION_RE = re.compile(r"\b(?:not|no|never|none|nor)\b|n't\b|n’t\b", re.IGNORECASE)
_NO_OPENING_RE = re.compile(r"^\s*no\b(?!\s+(?:problem|worries|need))\s*[,.:;!—–-]", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z][a-z'’]*(?:-[a-z]+)*")
_FLAG_TRUE = frozenset(("true", "yes"))
_FLAGS = _FLAG_TRUE | {"false", "no"}


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def _question(user_text: str) -> str | None:
    """The last question of the customer's message."""
    found = _QUESTION_RE.findall(user_text)
    return found[-1].strip() if found else None


def _named_records(question: str, evidence: Evidence) -> list[tuple[str, list[tuple[str, list[str], str]]]]:
    """(label, lines) of each tool record the question names by an id it holds; a line is (the line as written,
    its field name's words, its value in lower case; empty for the field holding the id)."""
    keys = record_keys(question)
    if not keys:
        return []
    out = []
    for source in evidence.sources:
        if source.prose or source.user or not keys & record_keys(source.text):
            continue
        lines = [(m.group(0).strip(), re.findall(r"[a-z0-9]+", m.group(1).lower()),
                  "" if keys & record_keys(m.group(2)) else m.group(2).strip().lower())
                 for m in RECORD_LINE_RE.finditer(source.text)]
        out.append((source.label, lines))
    return out


def _other_option(claim: str, question: str, label: str,
                  lines: list[tuple[str, list[str], str]]) -> tuple[str, str, str] | None:
    lowered = question.lower().rstrip(" ?")
    if " or " not in lowered:
        return None
    before, _, after = lowered.rpartition(" or ")
    before_words, after_words = _words(before), _words(after)
    values = [(line, _words(value)) for line, _, value in lines
              if value and not any(c.isdigit() for c in value) and value not in _FLAGS]
    held = {w for _, words in values for w in words}
    claim_words = set(_words(claim))
    for line, value in values:
        if not value or len(value) > 3:
            continue
        if before_words[-len(value):] == value:  # "<value> or <other>?"
            other = after_words
            while other and other[0] in ("a", "an", "the"):
                other = other[1:]
        elif after_words[:len(value)] == value and len(after_words) <= len(value) + 1:  # "<other> or <value>?"
            other = []
            for word in reversed(before.split()):  # back to a stopword, a code or a figure
                word = word.strip(",;:'\"")
                if word in STOPWORDS or not _WORD_RE.fullmatch(word):
                    break
                other.insert(0, word)
        else:
            continue
        if (not other or len(other) > 3 or any(w in STOPWORDS for w in other) or set(other) & held
                or not set(other) <= claim_words or set(value) & claim_words or _NEGATION_RE.search(claim)):
            continue
        return label, line, " ".join(other)
    return None


def _denied_field(claim: str, question: str, label: str,
                  lines: list[tuple[str, list[str], str]]) -> tuple[str, str, str] | None:
    if not _NO_OPENING_RE.match(claim) or not _YES_NO_RE.match(question) or _NEGATION_RE.search(question):
        return None
    # the words of the field that holds the id the question names it by ("order: SN-77120") name the record
    naming = {w for _, name, value in lines if not value for w in name}
    asked = {w for w in _words(question) if w not in STOPWORDS and len(w) > 2} - naming
    # a value the claim itself restates is not what its "no" denies ("No - it's booked for 6 PM, with Ramesh" to
    # "Is Ramesh coming in the morning?" of "washer: Ramesh" denies the morning)
    # when nothing after the "no" is negated ("No - Ramesh isn't on it" denies him)
    rest = claim[_NO_OPENING_RE.match(claim).end():]
    said = frozenset() if _NEGATION_RE.search(rest) else set(_words(rest))
    for line, name, value in lines:
        if not value or any(c.isdigit() for c in value) or set(name) <= naming:
            continue
        if value in _FLAG_TRUE and asked & set(name):
            return label, line, f"not {' '.join(name)}"
        words = _words(value)
        if words and value not in _FLAGS and len(words) <= 2 and set(words) <= asked and not set(words) <= said:
            return label, line, f"not {value}"
    return None


def answered_against_record(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source label, record line, what the claim states instead) when the claim answers the customer's question
    about a named tool record with the option or the denial the record rules out (see the module docstring)."""
    if not READ_RECORD_ANSWERS:
        return None
    user_text = evidence.user_text
    if not user_text or "?" not in user_text:
        return None
    lowered = claim.lstrip().lower()
    if not lowered.startswith("no") and " or " not in user_text.lower():
        return None
    question = _question(user_text)
    if question is None:
        return None
    for label, lines in _named_records(question, evidence):
        found = _other_option(claim, question, label, lines) or _denied_field(claim, question, label, lines)
        if found is not None:
            return found
    return None

"""A condition a claim puts after what it states with a plain "once" or "if", or a restriction with "only" of a
means or of whom a thing is open to, read as an added condition.

The added-condition reading of :mod:`llmops_kit.claim_meaning` looks for the markers of a condition that can only
restrict ("unless", "as long as", "provided", "only if"). An answer inventing a condition as often writes it with
the plainest words, after the rule it restricts: "new clients can be invoiced monthly *once they sign our standard
agreement*", "vaccinated dogs can join group walks *once they have been neutered*", "you can exchange them *if you
bring the printed tickets in person*". Read sets of several authors passed such answers as supported: every word of
the rule is the evidence's, and the condition was never looked at.

Here such a condition is handed to the same reading, which holds its content words against one evidence sentence
(half of them, or a word-vector synonym) and lets a condition the evidence states in other words pass
(:mod:`llmops_kit.restated_conditions`). Only a marker after three words of the claim is read (a claim opening with
"If you cancel, ..." restates the customer's case, not a rule), and not one whose neighbours make it no condition:
"once a week", "at once", "once again" (a count or a time), "even if", "as if", "ask if", "check if" (a concession,
a likeness, a question of whether), nor a bare "once ready" (a time), nor a "once" whose rule the evidence states
with a time of its own ("tickets can't be changed once the ferry has left" of "cannot be changed after departure"),
nor an "if" of fewer than four words of substance (a courtesy or the customer's case: "if that's easier", "if you
ordered one"). A restriction with "only" the condition markers miss ("paid by bank transfer only", "the fast lane is
only open to swimmers who have booked") is read the same way, wherever it stands. Each kind has its own switch, off
in the claim-decision fit (``tools/fit_claim_decision.py``). Nothing here looks at the answer's length, style or
position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .evidence import Evidence
from .evidence_statements import sentence_stems
from .text import content_stems

__all__ = ["READ_ONCE_CONDITIONS", "READ_ONLY_RESTRICTIONS", "READ_TRAILING_IFS", "late_conditions"]

#: Read "once ..." after a claim's rule as a condition on it (the ``cond45`` round).
READ_ONCE_CONDITIONS = True
#: Read "if ..." after a claim's rule as a condition on it (the ``cond45`` round).
READ_TRAILING_IFS = True
#: Read a restriction with "only" the condition markers miss ("by bank transfer only", "only open to members") as a
#: condition on the claim's rule (the ``cond45`` round).
READ_ONLY_RESTRICTIONS = True

#: "once" opening a condition: not a count or a time ("once a week", "once more", "at once", "only once", the last
#: read by the added-condition reading itself), and its words to the clause end.
_ONCE_RE = re.compile(
    r"(?<!\bat )(?<!\bonly )(?<!\bmore than )(?<!\bthan )\bonce\b"
    r"(?!\s+(?:a|an|per|more|again|or|and|twice|only|every|each|in|a-day|weekly|daily|monthly)\b)([^,;.]*)",
    re.IGNORECASE)
#: "if" opening a condition: not a concession, a likeness, a question of whether or an "only if" (read already).
_IF_RE = re.compile(
    r"(?<!\beven )(?<!\bas )(?<!\bonly )(?<!\bwhat )(?<!\bask )(?<!\basks )(?<!\bsee )(?<!\bcheck )(?<!\bknow )"
    r"(?<!\bwonder )(?<!\bsure )(?<!\bunsure )(?<!\btell )(?<!\bconfirm )(?<!\bwhether )\bif\b([^,;.]*)",
    re.IGNORECASE)
#: A restriction "only" puts on a means, a place or the people a thing is open to, which the condition markers of
#: the added-condition reading do not catch: "by bank transfer only", "only open to swimmers who have booked".
_ONLY_AFTER_RE = re.compile(r"\b(?:by|in|with|via|through)\s+((?:[a-z'’-]+\s+){0,3}[a-z'’-]+)\s+only\b",
                            re.IGNORECASE)
_ONLY_OPEN_RE = re.compile(
    r"\bonly\s+(?:be\s+)?(?:open|available|offered|valid|allowed|permitted|possible|accepted|sold)\s+"
    r"(?:to|for|on|at|in|with|by)\b([^,;.]*)", re.IGNORECASE)
#: Words of the claim a marker must follow to restrict a rule stated before it.
_LEAST_WORDS_BEFORE = 3
#: Words a "once" condition must have to state one: a bare state ("posted once ready", "once paid") says when, not
#: on what condition.
_ONCE_MIN_WORDS = 2
#: Content words of substance a plain "if" condition must bring to be read: "if" is the commonest word of a reply,
#: and a short "if" clause is a courtesy or the customer's own case ("if that's easier", "if you ordered one", "if
#: you leave early"), where an invented rule brings its own subject ("if you bring the printed tickets to the box
#: office in person"). Read off the read sets: the short ones flagged ten replies rightly worded, the long ones none.
_IF_MIN_SUBSTANCE = 4


def late_conditions(claim: str, evidence: Evidence, light: frozenset[str] = frozenset()
                    ) -> Iterator[re.Match[str]]:
    """The plain "once" and "if" conditions the claim puts after a rule of at least three words, each a match
    whose group 1 is the condition's words (to the clause end), as the added-condition reading wants them. A "once"
    whose rule the evidence states with a time of its own ("cannot be changed after departure") sets that time in
    other words, no condition: not given; nor an "if" of fewer than :data:`_IF_MIN_SUBSTANCE` content stems that
    are not ``light`` (words of no subject matter of their own)."""
    lowered = claim.lower()
    patterns = [pattern for pattern, on, key in ((_ONCE_RE, READ_ONCE_CONDITIONS, "once"),
                                                  (_IF_RE, READ_TRAILING_IFS, "if"),
                                                  (_ONLY_AFTER_RE, READ_ONLY_RESTRICTIONS, "only"),
                                                  (_ONLY_OPEN_RE, READ_ONLY_RESTRICTIONS, "only"))
                if on and key in lowered]
    for pattern in patterns:
        for match in pattern.finditer(claim):
            if pattern is _ONLY_AFTER_RE or pattern is _ONLY_OPEN_RE:
                yield match  # "only" restricts wherever it stands
                continue
            rule = claim[:match.start()]
            if len(rule.split()) < _LEAST_WORDS_BEFORE or not match.group(1).strip():
                continue
            if pattern is _ONCE_RE and (len(match.group(1).split()) < _ONCE_MIN_WORDS or _timed_rule(rule, evidence)):
                continue
            if pattern is _IF_RE and len(content_stems(match.group(1)) - light) < _IF_MIN_SUBSTANCE:
                continue
            yield match


#: A time a rule is stated with: "after departure", "when you arrive", "until it is used to us".
_TIME_RE = re.compile(r"\b(?:after|once|when|whenever|until|till|before|as soon as|from the moment)\b", re.IGNORECASE)


def _timed_rule(rule: str, evidence: Evidence) -> bool:
    """Does an evidence sentence closest to the claim's rule (sharing most of its content words, two at least)
    state a time of its own?"""
    stems = content_stems(rule)
    found = [(len(stems & held), sentence) for source in evidence.sources
             for sentence, held in sentence_stems(source.text)]
    top = max((shared for shared, _ in found), default=0)
    return top >= 2 and any(_TIME_RE.search(sentence) for shared, sentence in found if shared == top)

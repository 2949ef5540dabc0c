"""The clauses of a held claim that carry a predicate of their own, each made a claim to judge alone.

A sentence may join a clause the evidence holds to one it does not: "Leashed dogs are welcome in the field, but
not on the wagon", "Yes, after 12 months, and they can't be used for the weekend course", "... $4 each, with free
hot chocolate in the barn". Judged as one claim it passes: the held clause carries the similarity and most of the
words, and the readings that look for a reversed rule or an invented promise read a claim of one clause only
(a negation in a claim of several may belong to a consequence the evidence leaves to the reader). Judged alone,
the added clause is flagged.

:func:`own_clauses` returns the clauses after the first that state something of their own, each as a sentence a
claim reader can judge: a clause with its own subject and a finite verb ("they can't be used for the weekend
course"), a verb phrase whose subject is the first clause's ("..., but must be booked ahead" read as "Day passes
must be booked ahead"), a "but not <X>" read as the first clause's predicate denied of X ("leashed dogs are not
welcome on the wagon"; "caps are recommended, but not compulsory" as "caps are not compulsory"), and a ", with
<thing>" attached to the claim ("With free hot chocolate in the barn"). Only clauses joined by ", but" (or "but
not"), ", and", ", though", ", although", ", while", ", whereas" or ", with" are read: a clause after "so",
"which", "as", "because", a semicolon or a pointing word ("that's £168 a year") leans on the one before or is
read by the decline and hand-off readings, and is not a statement of its own here. A clause with a figure (digits
or a number word) is not read (its figures were checked as hard facts with the whole claim, and a worked figure
needs the others: "$4 each, so $16 for the four of you"), nor one with fewer than two content words, nor one the
claim reader drops as conversation ("but I can't see payments from here").

:mod:`llmops_kit.grounding` judges these clauses with the same steps as any claim, on claims it found supported,
and a clause a reading finds wrong on its own makes the claim so (see ``grounding._own_clauses_judged`` for the
verdicts it takes). Off in the claim-decision fit (``tools/fit_claim_decision.py``, :data:`READ_OWN_CLAUSES`).
Nothing here looks at an answer's length, style or position, nor at any set's own words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .text import content_stems, numbers_in
from .text.claims import claim_text
from .textcache import text_cache

__all__ = ["READ_OWN_CLAUSES", "OwnClause", "own_clauses"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes the verdicts the fit reads.
READ_OWN_CLAUSES = True

#: Lower-case keys one of which a claim holds whenever :data:`_JOINT_RE` can split it: most claims hold none.
_KEYS = (", but ", " but not ", ", and ", ", though ", ", although ", ", while ", ", whereas ", ", with ")

#: Where a claim joins a clause of its own: a semicolon, or a comma before a coordinator (the coordinator kept with
#: the piece after it); "but not" needs no comma.
_JOINT_RE = re.compile(r",\s+(?=(?:but|and|though|although|while|whereas|with)\s)|\s+(?=but not\s)", re.IGNORECASE)
_LEAD_RE = re.compile(r"^(?P<joint>but|and|though|although|while|whereas|with)\s+", re.IGNORECASE)

#: The finite verbs a clause's predicate starts with, which carry no subject matter of their own: be, have, do and
#: the modals, and their negations.
_AUX = (r"is|are|was|were|isn't|aren't|wasn't|weren't|can|can't|cannot|could|couldn't|will|won't|would|wouldn't"
        r"|must|mustn't|may|might|should|shouldn't|do|don't|does|doesn't|did|didn't|has|hasn't|have|haven't|had"
        r"|need|needs")
_AUX_RE = re.compile(rf"\b(?:{_AUX})\b|'(?:s|re|ll)\b", re.IGNORECASE)
_AUX_START_RE = re.compile(rf"^(?:{_AUX})\b", re.IGNORECASE)
#: A clause that opens with its own subject: a personal pronoun, or a determiner before a noun. "that", "this" and
#: "which" point back to what the clause before says ("that's £168 a year") and are not read.
_SUBJECT_RE = re.compile(
    r"^(?:(?:we|you|they|it|he|she|there)\b|(?:the|your|our|their|its|his|her|a|an|each|every|all|no|some|any"
    r"|both|these|those)\s+\w)", re.IGNORECASE)
#: What the first clause's subject may open with that is no part of it ("Yes, ", "Sorry, ").
_OPENER_RE = re.compile(r"^(?:(?:yes|no|sure|ok|okay|sorry|unfortunately|good news|of course)\b[,!.:]?\s*)+",
                        re.IGNORECASE)
#: The preposition that starts a place, time or thing after a predicate ("welcome *in* the field").
_PREP_RE = re.compile(r"\s(?:in|on|at|for|to|with|from|by|during|inside|outside|into|onto|under|over|before|after)\s",
                      re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")
#: A first clause that opens with a condition or a time is no subject and verb ("If you book, ...").
_SUBORDINATE_RE = re.compile(r"^(?:if|when|once|unless|as|because|since|after|before|while|until|for|with|on|in|at)\b",
                             re.IGNORECASE)


class OwnClause(NamedTuple):
    """A clause of a claim as a claim of its own, and for a "but not <X>", the X the clause denies (else "")."""

    text: str
    denied: str = ""


#: A citation pattern that never matches: the clauses are claim text already, their citations cut.
_NO_CITATION = r"(?!x)x"
_PREP_START_RE = re.compile(r"^(?:in|on|at|for|to|with|from|by|during|inside|outside|into|onto|under|over|before"
                            r"|after|near|around|within)\b", re.IGNORECASE)


def _subject_and_verb(first: str) -> tuple[str, str, str] | None:
    """The first clause's subject, its finite verb and what follows ("Leashed dogs", "are", "welcome in the
    field"), when the clause opens with its subject and has such a verb."""
    first = _OPENER_RE.sub("", first.strip())
    verb = _AUX_RE.search(first)
    if verb is None or verb.start() == 0 or _SUBORDINATE_RE.match(first):
        return None
    subject = first[:verb.start()].strip()
    if len(subject.split()) > 5:  # a clause before the verb, not a subject
        return None
    return subject, verb.group(0), first[verb.end():].strip()


def _as_sentence(piece: str, first: str) -> OwnClause | None:
    """The piece after a joint as a claim of its own, or None when it states nothing of its own."""
    lead = _LEAD_RE.match(piece)
    if lead is None:
        return None
    joint, rest = lead.group("joint").lower(), piece[lead.end():]
    if joint == "with":
        return OwnClause(f"With {rest}")
    if _SUBJECT_RE.match(rest):
        own = _AUX_RE.search(rest) or rest.lower().startswith(("we ", "you ", "they "))
        return OwnClause(rest) if own else None
    parts = _subject_and_verb(first)
    if parts is None:
        return None
    subject, verb, predicate = parts
    if _AUX_START_RE.match(rest):  # "..., but must be booked ahead": the first clause's subject
        return OwnClause(f"{subject} {rest}")
    if joint == "but" and rest.lower().startswith("not ") and not verb.startswith("'"):
        denied = rest[4:].strip()
        if not _PREP_START_RE.match(denied):  # "..., but not compulsory": the predicate itself denied
            return OwnClause(f"{subject} {verb} not {denied}", denied)
        # "..., but not on the wagon": the first clause's predicate denied of another place or thing
        head = _PREP_RE.split(f" {predicate} ", maxsplit=1)[0].strip()
        if not head or len(head.split()) > 3:
            return None
        return OwnClause(f"{subject} {verb} not {head} {denied}", denied)
    return None


def own_clauses(claim: str) -> tuple[OwnClause, ...]:
    """The clauses after the first that carry a predicate of their own, each as a claim to judge alone (see the
    module docstring); empty for a claim of one clause, which is most, and while :data:`READ_OWN_CLAUSES` is off."""
    return _clauses_of(claim) if READ_OWN_CLAUSES else ()


@text_cache()
def _clauses_of(claim: str) -> tuple[OwnClause, ...]:
    """:func:`own_clauses`, cached per claim (a support bot's stock answers recur)."""
    lowered = claim.lower()
    if not any(key in lowered for key in _KEYS):
        return ()
    pieces = [p.strip(" ,.") for p in _JOINT_RE.split(claim)]
    if len(pieces) < 2:
        return ()
    out = []
    for piece in pieces[1:]:
        if not piece or _DIGIT_RE.search(piece) or numbers_in(piece):
            continue
        clause = _as_sentence(piece, pieces[0])
        if (clause is not None and len(content_stems(clause.text)) >= 2
                and claim_text(clause.text, _NO_CITATION, (), 0) is not None):  # conversation states nothing
            out.append(clause)
    return tuple(out)

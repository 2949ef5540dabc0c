"""A denial that borrows its predicate from the clause before it, completed: "the hours are refunded, but the 500 Ft
booking fee is not" denies "refunded" of the booking fee ("the 500 Ft booking fee is not refunded").

The polarity readers (:mod:`llmops_kit.refund_polarity`, :mod:`llmops_kit.claim_meaning`) read what a clause
denies from its own words. An elliptical denial ("A are refunded, but B is not", "A is included, B isn't", "A can be
hired; B can't") leaves its predicate to the clause before it, so it denies nothing they can see, and a claim that
states that predicate of B ("we refund the booking fee too") was found supported by the sentence that denies it.
Here such a clause is given its predicate back: the subject B, its negated auxiliary, and the words after the same
kind of auxiliary in the clause before ("are refunded" -> "is not refunded", "can be hired" -> "can't be hired").
A first clause with no auxiliary of the same kind ("Adults pay full price, but children don't"), one that denies
itself, or a predicate longer than :data:`MOST_PREDICATE_WORDS` words lends nothing, and the sentence is read as
before. General English words only.
"""

from __future__ import annotations

import re

from .textcache import text_cache

__all__ = ["MOST_PREDICATE_WORDS", "READ_ELLIPTICAL_DENIALS", "completed_denials", "lending_clause"]

#: Read an elliptical denial with the predicate of the clause before it (the ``ellipsis55`` round).
READ_ELLIPTICAL_DENIALS = True
#: The most words a borrowed predicate has ("be hired for the day"): a longer run is more than a predicate.
MOST_PREDICATE_WORDS = 6
#: The most words of the denial's subject ("the 500 Ft booking fee").
_MOST_SUBJECT_WORDS = 7

#: Each negated auxiliary and the auxiliaries of its kind, one of which the clause before must hold.
_KINDS: dict[str, tuple[str, ...]] = {
    "be": ("is", "are", "was", "were"),
    "can": ("can", "could"),
    "will": ("will", "would"),
    "have": ("has", "have"),
    "shall": ("should", "must", "may"),
}
_NEGATED: dict[str, str] = {
    **{f"{aux} not": kind for kind, auxes in _KINDS.items() for aux in auxes},
    **{f"{aux}n't": kind for kind, auxes in _KINDS.items() for aux in auxes if aux not in ("will", "can", "shall")},
    "cannot": "can", "can't": "can", "won't": "will",
}
_WORD = r"[\w'’%-]+"
#: The elliptical denial closing a sentence: a joint (", but", "; ", ", while", ", whereas", " but", or a bare comma
#: before the subject), the subject, and a negated auxiliary with nothing after it.
_ELLIPSIS_RE = re.compile(
    r"(?P<joint>,\s*(?:but|while|whereas)\s+|;\s*(?:but\s+)?|\s+but\s+|,\s+)"
    rf"(?P<subject>(?:{_WORD}\s+){{0,{_MOST_SUBJECT_WORDS - 1}}}?{_WORD})\s+"
    r"(?P<neg>(?:is|are|was|were|can|could|will|would|has|have|should|must|may)\s+not"
    r"|(?:is|are|was|were|could|would|has|have|should|must)n['’]t|cannot|can['’]t|won['’]t)"
    r"\s*[.!]?\s*$", re.IGNORECASE)
#: A subject that is no thing of its own: a pronoun, or a subordinate clause's opening ("if it isn't").
_NO_SUBJECT_RE = re.compile(r"^(?:it|this|that|these|those|they|them|he|she|we|you|i|there|which|who|what|so|if"
                            r"|when|unless|whether|because|as|and|or|not)\b", re.IGNORECASE)
#: A negation in the clause before: a denial lends no predicate to deny again.
_NEGATION_RE = re.compile(r"n['’]t\b|\b(?:not|no|never|cannot|nor|none|nothing|neither)\b", re.IGNORECASE)


def _predicate(head: str, kind: str) -> str | None:
    """The words after the last auxiliary of ``kind`` in the clause before the denial, None when it holds none, denies,
    or the words are too many to be its predicate."""
    auxes = "|".join(_KINDS[kind])
    every = list(re.finditer(rf"\b(?:{auxes})\b", head, re.IGNORECASE))
    if not every:
        return None
    found = every[-1]  # the last auxiliary of the kind lends its predicate
    clause = re.split(r"[;:,.]", head[: found.start()])[-1]
    predicate = head[found.end():].strip()
    words = predicate.split()
    if (not words or len(words) > MOST_PREDICATE_WORDS or re.search(r"[;:,()]", predicate)
            or _NEGATION_RE.search(predicate) or _NEGATION_RE.search(clause)):
        return None
    return predicate


@text_cache(maxsize=4096)
def _completed(sentence: str) -> tuple[str, str] | None:
    """(the completed denial, the sentence before its joint), or None."""
    found = _ELLIPSIS_RE.search(sentence.strip())
    if found is None:
        return None
    subject, neg = found["subject"], found["neg"]
    if _NO_SUBJECT_RE.match(subject):
        return None
    kind = _NEGATED.get(re.sub(r"\s+", " ", neg.lower()).replace("’", "'"))
    head = sentence.strip()[: found.start()]
    predicate = None if kind is None else _predicate(head, kind)
    return None if predicate is None else (f"{subject} {neg} {predicate}", head)


def completed_denials(sentence: str) -> tuple[str, ...]:
    """The sentence's closing elliptical denial with the predicate of the clause before it ("the 500 Ft booking fee
    is not refunded" of "The hours are refunded, but the 500 Ft booking fee is not."), or nothing when it has none,
    lends none, or the reading is off."""
    found = _reading(sentence)
    return () if found is None else (found[0],)


def lending_clause(sentence: str) -> str | None:
    """The part of the sentence before an elliptical denial that lends it its predicate ("Breakfast is included in
    the room rate" of "Breakfast is included in the room rate, but parking isn't."), or None: the denial is the
    other clause's, so this part states its predicate plainly."""
    found = _reading(sentence)
    return None if found is None else found[1]


#: A sentence ending in a negated auxiliary: the cheap test before the full match.
_BARE_END_RE = re.compile(r"(?:\bnot|n['’]t|\bcannot)\s*[.!]?\s*$", re.IGNORECASE)


def _reading(sentence: str) -> tuple[str, str] | None:
    """:func:`_completed` of a sentence that ends in a negated auxiliary, while the reading is on; else None."""
    if not READ_ELLIPTICAL_DENIALS or _BARE_END_RE.search(sentence) is None:
        return None
    return _completed(sentence)

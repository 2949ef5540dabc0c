"""A bare imperative that restates a rule the evidence holds: "Just wear closed shoes." of "Closed shoes only: no
sandals, no heels."; "Bring the IDs!" of "college students with a valid college ID pay ₹699"; "Tell the dock staff
straight away." of "Tell the dock staff at once if fuel goes in the water."; "Just head to Account > Billing to
cancel." of "You can cancel at any time from Account > Billing".

A request written with "Please" ("Please wear closed shoes") is read as no claim by the claim splitter; the same
request without it is the same advice, but its verb ("wear", "bring", "head") is seldom a word of the rule it
points to. Such a claim is read as the rule it restates when:

- it opens (after "just", "simply", "always", "do") with one of a closed list of verbs that only point the customer
  at a thing, a person or a place (:data:`_VERBS`: wear, bring, carry, pack, show, tell, head, go), has no figure,
  no denial and no second clause;
- every other content word of it (the object, and a purpose "to cancel") is in one clause of one evidence sentence
  (a text the model was given, never the customer's message; a condition, "if you see payments you don't
  recognise", is a clause of its own), a clause that denies nothing ("no sandals", "cash is not accepted") and
  gives nothing away (:data:`_PROVIDED`: "helmets are supplied free", "coveralls can be rented"), so an imperative
  to bring what the business supplies, or to wear what a rule bans, stays judged;
- an urgency it adds ("straight away") is one the same sentence states in any of its forms ("at once").

"Just bring cash" against "Card only; no cash", "Wear sandals" against "no sandals", "Bring a towel" where no text
names towels and "Bring your own helmet" against "Helmets are supplied free" are not read. The reading acts before
the fitted decision and is off in its fit (``READ_HELD_IMPERATIVES``, ``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import negated, sentence_stems
from .text import content_stems, stem
from .text.char_scans import has_digit

__all__ = ["HELD_IMPERATIVE_SOURCE", "HIRE_STEMS", "READ_HELD_IMPERATIVES", "SUPPLY_STEMS", "held_imperative"]

#: The source a claim read this way is supported by.
HELD_IMPERATIVE_SOURCE = "the evidence (a held rule, as a request)"

#: Off in the claim decision's fit (``tools/fit_claim_decision.py``), so the committed fit stays reproducible.
READ_HELD_IMPERATIVES = True

#: Verbs whose imperative only points the customer at what the rule names: a thing to wear or bring, a person to
#: tell, a place to go to. Their stems are not asked of the evidence.
_VERBS = ("wear", "bring", "carry", "pack", "show", "tell", "head", "go")
_VERB_STEMS = frozenset(stem(w) for w in _VERBS)
_OPEN_RE = re.compile(r"^(?:(?:just|simply|always|do)\s+)?(?P<verb>" + "|".join(_VERBS) + r")\b", re.IGNORECASE)
#: Words a request adds that state nothing: "bring it along", "just", "too".
_FILLER = frozenset(stem(w) for w in ("just", "simply", "always", "along", "too", "also"))
#: An urgency, in any of its forms: the claim's must be one the rule's sentence states.
_URGENT_RE = re.compile(r"\b(?:straight\s+away|right\s+away|at\s+once|immediately|without\s+delay"
                        r"|as\s+soon\s+as\s+(?:possible|you\s+can))\b", re.IGNORECASE)
#: Where a sentence's clauses part: the object must be named in one clause that denies nothing.
_CLAUSE_RE = re.compile(r"[;:,]|\s[–—-]\s|\b(?:but|except|unless|or|if|when)\b", re.IGNORECASE)
#: Words of a clause saying the business gives a thing out ("Helmets are supplied", "free", "on loan"), shared with
#: :mod:`llmops_kit.asked_requests`.
SUPPLY_STEMS = frozenset(stem(w) for w in ("supplied", "supply", "provided", "provide", "included", "include", "loan",
                                           "free"))
#: Words of a clause renting or selling a thing ("for hire", "rented", "sold"), shared likewise.
HIRE_STEMS = frozenset(stem(w) for w in ("rent", "rented", "rental", "hire", "hired", "sell", "sold"))
#: A clause giving the thing away or lending it: the business supplies it, so bringing it is no rule.
_PROVIDED = SUPPLY_STEMS | HIRE_STEMS | frozenset(stem(w) for w in ("lend", "available", "offer", "offered", "borrow"))
#: A second statement joined to the request ("... and we'll re-wash it", "... so Nimman is covered").
_JOINED_RE = re.compile(r"[;:,]|\b(?:and|so|but|then|or|if|when|because|since)\b", re.IGNORECASE)


def held_imperative(claim: str, stems: frozenset[str], evidence: Evidence) -> str | None:
    """The evidence sentence a bare imperative restates, or None (``stems``: the claim's content stems left to
    support once its hard facts were found)."""
    if not READ_HELD_IMPERATIVES or has_digit(claim):
        return None
    text = claim.strip(" .!")
    opening = _OPEN_RE.match(text)
    if opening is None or negated(text):
        return None
    urgent = _URGENT_RE.search(text)
    body = _URGENT_RE.sub(" ", text) if urgent else text
    if _JOINED_RE.search(body[opening.end():]):
        return None
    rest = content_stems(body[opening.end():]) - _FILLER - _VERB_STEMS
    if not rest or not stems:
        return None
    for source in evidence.sources:
        low = source.text.lower()
        if not all(word[:4] in low for word in rest):  # cheap: a stem's start is somewhere in the text
            continue
        for sentence, _ in sentence_stems(source.text):
            if urgent and not _URGENT_RE.search(sentence):
                continue
            for clause in _CLAUSE_RE.split(sentence):
                held = content_stems(clause)
                if rest <= held and not negated(clause) and held.isdisjoint(_PROVIDED):
                    return sentence
    return None


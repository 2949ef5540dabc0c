"""A gift stated with a scope of the answer's own where the evidence's statement of it has another scope.

A business that gives something away says for how long, for whom, from where or on what ground: "The first 2 hours
in our car park are free when you validate your parking ticket", "Free cancellation up to 24 hours before your
arrival time", "A medical freeze with a doctor's note is free", "Free pick-up from hotels in Kiruna town". A wrong
answer keeps the gift and its words and swaps or widens that scope: "parking is free for your whole visit", "free
of charge at any time up to your arrival", "they're free for travel", "pick-up is free from Jukkasjärvi". The gift
itself is the evidence's, so :mod:`llmops_kit.free_claims` keeps it, and no figure of the claim is wrong.

The reading: a claim clause that says a thing is free (or free of charge, waived, at no charge) and then gives the
gift a scope in a phrase of its own ("for ...", "from ...", "at any time ...", "within ...", "until ...") is the
evidence's when one evidence statement giving something away (:func:`llmops_kit.free_claims.gift_statements`)
about the clause's subject holds every word of that scope (or a word-vector synonym of it, or a longer or shorter
form of it, "subs" of "subscriptions"), and a universal word ("any", "all", "whole", "entire", "always") when the
scope has one. Where none does, the statement of the gift closest to the clause is read for a scope of its own: a
figure, or a word of its gift clause, that the claim's clause does not hold. Only then is the clause returned: the
claim gave the gift a scope the evidence does not give, and the evidence gave it another.

Left alone: a scope the evidence holds ("free for hotel guests" of "Free parking for hotel guests"), a gift whose
statement says nothing more than the claim, a gift no statement gives (read by :mod:`llmops_kit.free_claims`), a
scope with a figure ("free up to 24 hrs before": the figure checks read it), a gift denied or a thing available
rather than given ("no court is free on Sunday"). A scope in other words that no word vector pairs ("until the
day before" of "until 24 hours before") is read as another scope: that is the reading's known false alarm.
Read by :func:`llmops_kit.claim_meaning.meaning_gap` on every claim; switched off by :data:`READ_GIFT_SCOPES` in the
claim-decision fit.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .free_claims import gift_statements, synonym_count
from .text import content_stems, stem

__all__ = ["READ_GIFT_SCOPES", "rescoped_gift"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_GIFT_SCOPES = True

#: A gift and the scope the claim gives it in a phrase after it: "free for your whole visit", "free of charge at
#: any time up to your arrival", "free from Jukkasjärvi". Not denied (checked apart), not "free-range".
_SCOPED_RE = re.compile(
    r"\b(?:free(?:\s+of\s+charge)?|waived|at\s+no\s+(?:extra\s+)?(?:charge|cost))(?![\w-])\s+"
    r"(?P<scope>(?:for|from|at|on|in|within|until|till|during|throughout|up\s+to)\b.*)",
    re.IGNORECASE)
#: A denial before the gift: "no transient slip is free on Saturday", "isn't free after 6 pm" (a gift denied, or a
#: slot or a person not available) states no gift.
_DENIED_RE = re.compile(r"n['’]t\b|\b(?:no|not|never|none|nothing)\b", re.IGNORECASE)
#: Where a claim divides into statements (a scope stays with its gift: "free from X as well as from Y").
_CLAUSE_RE = re.compile(r"\s*[;:]\s*|,\s+|\s+[-–—]\s+|\s+(?:and|but|or|though|although|while|whereas|plus|so)\s+",
                        re.IGNORECASE)
#: Words that widen a scope to all of it: held only where the evidence's statement says them too.
_UNIVERSAL = frozenset(("any", "all", "every", "whole", "entire", "always", "anytime", "unlimited"))
#: The gift's own words, not what it is about nor its scope.
_GIFT_STEMS = frozenset(stem(w) for w in (
    "free", "waive", "waived", "charge", "charged", "cost", "costs", "extra", "yes", "no", "of", "complimentary",
    "gratis", "included", "include", "fee", "fees", "nothing"))
#: A fee is a gift's word in "no fee" but the subject of "the fee is waived".
_FEE_STEMS = frozenset(stem(w) for w in ("fee", "fees"))
_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)?")
#: Things that are "free" when available, not given: a slot, a seat, a table, a date.
_AVAILABLE = frozenset(stem(w) for w in (
    "slot", "slots", "seat", "seats", "space", "spaces", "spot", "spots", "table", "tables", "pitch", "court", "lane",
    "date", "dates", "time", "appointment", "appointments", "place", "places"))
#: The fewest letters of a stem read as a short form of a longer one ("sub" of "subscript").
_SHORTEST = 3


def _universals(text: str) -> frozenset[str]:
    """The universal words of a text ("any time", "your whole visit")."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", text) if w.lower() in _UNIVERSAL)


def _gift_clause(sentence: str) -> str:
    """The clause of an evidence statement that states its gift ("Free pick-up from hotels in Kiruna town" of
    "..., 45 minutes before departure"), or the whole statement when no one clause does."""
    for clause in _CLAUSE_RE.split(sentence):
        if clause and re.search(r"free|waiv|no (?:charge|cost|fee)|complimentary|includ", clause, re.IGNORECASE):
            return clause
    return sentence


def rescoped_gift(claim: str, evidence: Evidence, light: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The claim's first clause giving a gift a scope no evidence statement of that gift gives, as (clause, the
    evidence statement of the gift with a scope of its own), or None.
    ``light``: stems that carry no subject matter (:data:`llmops_kit.claim_meaning.LIGHT_WORDS`)."""
    lowered = claim.lower()
    if not READ_GIFT_SCOPES or not ("free" in lowered or "waiv" in lowered or "at no " in lowered):
        return None
    for clause in _CLAUSE_RE.split(claim):
        match = _SCOPED_RE.search(clause) if clause else None
        if match is None or _DENIED_RE.search(clause[:match.start()]):
            continue
        scope = match.group("scope")
        if _FIGURE_RE.search(scope):  # "free up to 24 hrs before": a figure is checked as a figure
            continue
        scope_stems = content_stems(scope) - _GIFT_STEMS - light
        wide = _universals(scope)
        if not scope_stems and not wide:
            continue
        # "the fee is waived": the fee is what is given, so it names the subject
        subject = content_stems(clause[:match.start()]) - (_GIFT_STEMS - _FEE_STEMS) - light - scope_stems
        if subject & _AVAILABLE:  # "a court is free on Sunday": a thing available, no gift
            continue
        # "they're free for travel": a clause naming no subject is about what the claim's other clauses name
        key = subject or (content_stems(claim) - _GIFT_STEMS - light - scope_stems) or scope_stems
        given = [(s, held) for s, held in gift_statements(evidence) if key & held]
        if not given:
            continue
        if any(_holds(scope, scope_stems, wide, sentence, held) for sentence, held in given):
            continue
        clause_stems = content_stems(clause)
        sentence, _ = max(given, key=lambda found: len(found[1] & clause_stems))
        if _own_scope(_gift_clause(sentence), clause, clause_stems):
            return clause.strip(), sentence
    return None


def _holds(scope: str, stems: frozenset[str], wide: frozenset[str], sentence: str, held: frozenset[str]) -> bool:
    """Does an evidence statement hold every word of the claim's scope, each universal word among them?"""
    if wide and not _universals(sentence):
        return False
    unheld = _unheld(stems, held)
    return not unheld or synonym_count(scope, unheld, sentence) == len(unheld)


def _unheld(stems: frozenset[str], held: frozenset[str]) -> frozenset[str]:
    """``stems`` that ``held`` holds neither as they are nor shortened or lengthened ("subs" of "subscriptions")."""
    return frozenset(w for w in stems if w not in held and not any(
        min(len(w), len(h)) >= _SHORTEST and (h.startswith(w) or w.startswith(h)) for h in held))


def _own_scope(gift: str, clause: str, clause_stems: frozenset[str]) -> bool:
    """Does the evidence's gift clause bound its gift with a figure or a word the claim's clause does not hold?"""
    figures = set(_FIGURE_RE.findall(gift)) - set(_FIGURE_RE.findall(clause))
    if figures:
        return True
    own = _unheld(content_stems(gift) - _GIFT_STEMS, clause_stems)
    return bool(own) and synonym_count(gift, own, clause) < len(own)

"""A polite request to the customer ("Please bring your own apron", "Kindly wear sandals") that the evidence
contradicts: the thing asked for is one a text supplies ("Aprons are provided", "We bring dust sheets") or bans
("No sandals", "Dogs are not allowed").

The claim splitter reads a "Please ..." sentence without a figure as no claim (:mod:`llmops_kit.text.claims`), and
the clause splitter drops such a clause from a claim of several (``grounding._asks_customer``): a request states
nothing of the domain, however it is worded, so "Please wear closed shoes" against "Closed shoes only" and "Please
bring your ID" against "Bring photo ID" stay no claim. A request does state something when it asks the customer to
bring their own of a thing the business hands out, or to wear, bring or use a thing a rule bans. Such a request is
read here, and only when:

- it opens (after "Yes, ", "Also, " ...) with "please", "kindly" or "do remember to", or such a request starts a
  clause of a longer claim ("... , so please bring your own towel"); "please note" and "please be aware" introduce
  a statement, not a request, and are not read;
- *supplied*: it asks for the customer's own thing ("your own apron", "with your own sheets") or has the customer
  bring, pack, carry, supply or buy it; every content word of that thing is in one clause of one evidence sentence
  (a text the model was given, never the customer's message) that denies nothing and says the business gives it
  (:data:`_SUPPLIED`: "provided", "supplied", "included", "free", "on loan", "we bring", "we provide"); a clause
  renting or selling it ("for hire", "£2 to rent") is not read, since the customer may still bring their own;
- *banned*: it asks the customer to wear, bring, use, pack, carry or take the thing, and an evidence clause bans
  that very thing: "no <thing>" opening the clause, or "<thing> ... not allowed / not permitted / banned /
  prohibited / forbidden"; a ban with a figure or a condition ("no dogs after 6pm", "no entry without ID") is not
  read.

Such a request is *contradicted*. A request whose own words say the thing is supplied ("Please bring the voucher
we included") is not read. The reading acts before the fitted decision and is off in its fit
(``READ_ASKED_REQUESTS``, ``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import negated, sentence_stems
from .held_imperatives import HIRE_STEMS, SUPPLY_STEMS
from .text import content_stems, sentences_of, stem
from .text.char_scans import holds_any
from .text.claims import STATEMENT_LEADS
from .text.tokens import normalise_quotes

__all__ = ["ASKED_PREFIX", "READ_ASKED_REQUESTS", "contradicted_request", "dropped_requests"]

#: Off in the claim decision's fit (``tools/fit_claim_decision.py``), so the committed fit stays reproducible.
READ_ASKED_REQUESTS = True

#: How the contradicted part of such a verdict opens: a verdict read here is final, not judged again in another form
#: (the form without the request would drop the very part that is wrong).
ASKED_PREFIX = "asked of the customer: "

#: Lower-case keys one of which a claim holds whenever :data:`_REQUEST_RE` can match: most claims hold none.
_KEYS = ("please", "kindly", "remember to")
#: A request: its marker and its verb, at the claim's start (after an opener) or a clause's.
_REQUEST_RE = re.compile(
    r"(?:^|[,;:–—-]\s*(?:and\s+|so\s+)?|\b(?:and|so|then)\s+)"
    r"(?:(?:yes|sure|ok|okay|also|of course|and|so|then|but)\b[,!.]?\s*)*"
    r"(?:please|kindly|(?:please\s+)?(?:do\s+)?remember\s+to)\s+(?:do\s+|just\s+|also\s+)?"
    r"(?!" + "|".join(lead.replace(" ", r"\s+") + r"\b" for lead in STATEMENT_LEADS) + r")(?P<verb>[a-z]+)\b",
    re.IGNORECASE)
#: Where the request's own clause ends: what follows is another statement ("..., as the kitchen reaches 35 °C").
_CLAUSE_END_RE = re.compile(r"[,;:.!?()–—]|\s-\s|\b(?:and|or|as|so|because|since|if|when|unless|but|then|before"
                            r"|after|until|for\s+(?:the|your|each|every|all|any)|to\s+(?:the|your|our|a|an))\b",
                            re.IGNORECASE)
#: The customer's own thing: "your own apron", "with your own sheets".
_OWN_RE = re.compile(r"\byour\s+own\s+(?P<thing>[a-z][a-z -]*)", re.IGNORECASE)
#: Verbs that have the customer supply the thing themselves.
_SUPPLY_VERBS = frozenset(("bring", "pack", "carry", "supply", "provide", "buy", "get"))
#: Verbs that have the customer wear, bring or use the thing: a rule banning it is contradicted.
_USE_VERBS = frozenset(("wear", "bring", "use", "pack", "carry", "take"))
#: Words a request adds that name nothing: "your own", "all the", "along".
_FILLER = frozenset(stem(w) for w in (
    "own", "just", "also", "along", "too", "all", "every", "whole", "some", "extra", "spare", "please", "kindly",
    "with", "yourself", "yourselves", "plenty",
))
#: A clause saying the business gives the thing (not rents or sells it).
_SUPPLIED = SUPPLY_STEMS | frozenset(stem(w) for w in ("loaned", "lent", "complimentary"))
_SUPPLIED_RE = re.compile(r"\bwe(?:'ll|\s+will)?\s+(?:bring|provide|supply|lend|give\s+you)\b", re.IGNORECASE)
#: What rents or sells the thing: the customer may still bring their own.
_SOLD = HIRE_STEMS | frozenset(stem(w) for w in ("buy", "purchase", "charge", "fee", "cost", "costs", "extra"))
#: Where an evidence sentence's clauses part.
_EVIDENCE_CLAUSE_RE = re.compile(r"[;:,(]|\s[–—-]\s|\b(?:but|except|unless|or|if|when|so|because|while)\b",
                                 re.IGNORECASE)
#: A clause banning the thing: "no <thing>" opening it, or the thing then a ban.
_NO_OPEN_RE = re.compile(r"^\s*(?:and\s+)?no\s+", re.IGNORECASE)
_BAN_RE = re.compile(r"\b(?:(?:not|n't)\s+(?:be\s+)?(?:allowed|permitted)|banned|prohibited|forbidden)\b",
                     re.IGNORECASE)
#: A ban with a condition or a time: read for a case the request may not be ("no dogs after 6pm").
_CONDITION_RE = re.compile(r"\d|\b(?:without|unless|except|after|before|until|during|outside|inside|once|when"
                           r"|if|only|need|needed)\b", re.IGNORECASE)


def _asked_thing(request: str, verb_end: int, verb: str) -> tuple[frozenset[str], bool, bool] | None:
    """The thing a request asks for (its content stems), whether it is the customer's own to supply, and whether
    the verb has the customer wear, bring or use it; None when the request states no thing."""
    rest = request[verb_end:]
    end = _CLAUSE_END_RE.search(rest)
    clause = rest[:end.start()] if end else rest
    if not clause.strip():
        return None
    own = _OWN_RE.search(clause)
    if own is not None:
        words = content_stems(own.group("thing")) - _FILLER
        supplied = True
    else:
        words = content_stems(clause) - _FILLER
        supplied = verb in _SUPPLY_VERBS
    if not words or not words.isdisjoint(_SUPPLIED) or not words.isdisjoint(_SOLD):
        return None
    return frozenset(words), supplied, verb in _USE_VERBS and own is None


def contradicted_request(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source label, evidence sentence, what is contradicted) for a request in ``claim`` to bring one's own of a
    thing a text supplies, or to wear, bring or use a thing a text bans; None otherwise (see the module)."""
    if not READ_ASKED_REQUESTS:
        return None
    if not holds_any(claim.lower(), _KEYS):
        return None
    for found in _REQUEST_RE.finditer(claim):
        verb = found.group("verb").lower()
        read = _asked_thing(claim, found.end(), verb)
        if read is None:
            continue
        words, supplied, used = read
        if not (supplied or used):
            continue
        hit = _contradicting_clause(words, supplied, used, evidence)
        if hit is not None:
            return hit
    return None


def _contradicting_clause(words: frozenset[str], supplied: bool, used: bool,
                          evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, sentence, what is contradicted) of the first evidence clause holding every one of ``words`` that
    gives the thing out (when the request has the customer ``supplied`` it) or bans it (when the request has them
    ``used`` it)."""
    for source in evidence.sources:
        text = source.text.lower()
        if not all(word[:4] in text for word in words):  # cheap: a stem's start is somewhere in the text
            continue
        for sentence, stems in sentence_stems(source.text):
            if not words <= stems:
                continue
            for clause in _EVIDENCE_CLAUSE_RE.split(sentence):
                held = content_stems(clause)
                if not words <= held:
                    continue
                if (supplied and not negated(clause) and held.isdisjoint(_SOLD)
                        and (not held.isdisjoint(_SUPPLIED) or _SUPPLIED_RE.search(clause))):
                    return source.label, sentence, f"{ASKED_PREFIX}their own {' '.join(sorted(words))}"
                if used and _bans(clause) and not _CONDITION_RE.search(clause):
                    return source.label, sentence, f"{ASKED_PREFIX}{' '.join(sorted(words))}, which is banned"
    return None


def _bans(clause: str) -> bool:
    """Does the clause ban what it names: "no sandals", "dogs are not allowed"?"""
    return bool(_NO_OPEN_RE.match(clause) or _BAN_RE.search(clause))


def dropped_requests(answer: str, kept: frozenset[str]) -> list[str]:
    """The sentences of ``answer`` opening with a request that the claim splitter did not keep as claims (``kept``:
    the sentences it kept), to be read by :func:`contradicted_request`."""
    if not READ_ASKED_REQUESTS:
        return []
    if not holds_any(answer.lower(), _KEYS):
        return []
    out = []
    for sentence in sentences_of(normalise_quotes(answer)):
        if sentence in kept or not holds_any(sentence.lower(), _KEYS):
            continue
        found = _REQUEST_RE.search(sentence.strip(" -*•"))
        if found is not None and found.start() == 0:
            out.append(sentence.strip())
    return out

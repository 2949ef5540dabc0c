"""Everyday phrasings of a support answer the evidence states in plainer words: "priced on top" of "priced
separately", "swapped for cash" of "exchanged for cash", "we'll ring you" of "we phone you", "little ones" of
"young children", "comes back to you" of "we refund", "drop it at the shed" of "bring ... to the shed".

Word vectors do not read these (:func:`llmops_kit.grounding_paraphrase.with_synonyms`): "top" / "separately"
0.00, "ring" / "phone" 0.01, "swapped" / "exchanged" 0.14, "little" / "young" 0.10, far under
:data:`~llmops_kit.grounding_paraphrase.SYNONYM_SIMILARITY`, and a looser bar would let antonyms through. So a
closed table of general English equivalences is read instead: a claim's word counts as held only when the claim
uses it in the phrase of the table (the preposition or object that makes "on top" mean "in addition", "ring"
a call) and the one evidence sentence closest to the claim in words states one of its plain equivalents. No
pair is an opposition ("included" is no equivalent of "on top", "earlier" none of "later"); the claim's hard
facts, negation and every other word are judged as before, so a changed figure, a reversed rule or an invented
outcome ("pop in with the receipt and we'll give you cash" where the sentence gives credit) is still flagged.

Read by :func:`llmops_kit.grounding_paraphrase.with_synonyms` on a claim the word steps leave unsupported, before
the fitted claim decision: switched off by :data:`READ_PHRASE_SYNONYMS` in its fit (``tools/fit_claim_decision.py``).
Nothing here looks at a set's own words, a domain, an answer's length or position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import content_stems, stem

__all__ = ["DISCOURSE_STEMS", "EQUIVALENTS", "OUTSIDE_WORDS", "READ_PHRASE_SYNONYMS", "Equivalent",
           "held_by_equivalents"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes which claims reach the decision.
READ_PHRASE_SYNONYMS = True


@dataclass(frozen=True, slots=True)
class Equivalent:
    """A claim phrase (``phrase``, matched case-insensitively) whose words ``word`` stand for any of ``plain``
    when the evidence sentence states one of them."""

    word: str
    phrase: re.Pattern[str]
    plain: tuple[str, ...]
    stems: frozenset[str]  # of ``word``
    plain_stems: frozenset[str]  # of ``plain``


def _eq(word: str, phrase: str, plain: str) -> Equivalent:
    words = tuple(plain.split())
    return Equivalent(word, re.compile(phrase, re.IGNORECASE), words, frozenset(stem(w) for w in word.split()),
                      frozenset(stem(w) for w in words))


_US = r"(?:we|we'll|we’ll|we will|we can|we'd|we’d|I|I'll|I’ll|I can|the team|they|they'll|they’ll)"
_OBJ = r"(?:it|them|this|that|these|those|the \w+|your \w+)"

#: The table: each row a phrase of everyday support English and the plain words it says.
EQUIVALENTS: tuple[Equivalent, ...] = (
    # a cost added to another: "the frame is priced on top", "on top of that you'd pay ..."
    _eq("top", r"\bon top\b", "separately separate plus extra additional additionally addition"),
    # a price put as what the customer pays: "on top of that you'd pay any difference" ("costs ... plus")
    _eq("pay", r"\byou(?:'d|’d| would|'ll|’ll| will)? pay\b", "cost costs charge charged"),
    # one thing given for another: "swap it", "can't be swapped for cash"
    _eq("swap", r"\bswap(?:s|ped|ping)?\b", "exchange exchanged exchanges replace replaced replacement"),
    # a telephone call: "we'll ring you", "ring us"
    _eq("ring", rf"\b{_US} ring\b|\bring (?:you|us|them|back)\b", "phone phones call calls telephone"),
    # children: "for little ones"
    _eq("little ones", r"\blittle ones\b", "children child kids young"),
    # a booking put on another date: "move you to a later course", "move your booking to ..."
    _eq("move", rf"\bmove (?:you|your \w+|{_OBJ}) (?:on)?to\b", "transfer transferred transfers"),
    # money or credit used: "you can spend it in the shop"
    _eq("spend", r"\bspend (?:it|them|this|the \w+|your \w+) (?:in|at|on)\b", "use usable used redeem redeemable"),
    # money repaid: "any rent you've paid ... comes back to you"
    _eq("come back", r"\bcomes? back to you\b", "refund refunded refunds repaid repay"),
    # a date passed: "paid past the day you leave" ("beyond your leaving date")
    _eq("past", r"\bpast (?:the|your|its|their)\b", "beyond"),
    # taken or brought to a place: "drop it at the shed", "pop in with the receipt"
    _eq("drop", rf"\bdrop {_OBJ} (?:off )?(?:at|in|into|to|round)\b", "bring brought return"),
    _eq("pop", r"\bpop (?:in|into|by|round|back)\b", "bring come visit return"),
    # a refusal worded around a noun: "horses aren't something we take on" ("we don't take on horses")
    # (read apart: the sentence must refuse, its plain words are any negation)
    _eq("something", rf"\b(?:isn't|aren't|is not|are not|isn’t|aren’t) something {_US}\b", "not"),
)

#: Every stem a row may hold: the cheap pre-check before any phrase is matched.
_STEMS = frozenset(s for e in EQUIVALENTS for s in e.stems)
_NEGATION_RE = re.compile(r"\b(?:not|no|never|cannot)\b|n't\b|n’t\b", re.IGNORECASE)


#: How many of the claim's other content words the one sentence may lack: one, a pleasantry or a discourse word
#: ("Sorry, ...", "... instead"); the things the claim names (the horses refused, the fees refunded) must be that
#: sentence's, so "dogs aren't something we take on" is no reading of "We don't take on snakes".
OUTSIDE_WORDS = 1


#: Words a reworded claim may add that no source holds and that state nothing: a pleasantry or a discourse word
#: ("Sorry, horses aren't something we take on", "... move you to a later course instead"). Any other word no
#: source holds leaves the claim to the decision: the reading explains a rewording, never an addition ("pop in
#: with the receipt and we'll give you cash" where the sentence gives credit).
DISCOURSE_STEMS = frozenset(stem(w) for w in (
    "sorry", "afraid", "instead", "too", "also", "just", "happy", "glad", "sure", "rather", "though", "anyway"))


def held_by_equivalents(claim: str, stems: frozenset[str], missing: frozenset[str] | set[str],
                        sentence: str) -> frozenset[str]:
    """The stems of ``missing`` (claim words no evidence holds) that a row of :data:`EQUIVALENTS` reads as a
    plain word ``sentence`` (the evidence sentence closest to the claim) states, in a clause negated as the
    claim's clause is ("don't come back to you" is no reading of "we refund"), when that sentence holds the
    claim's other content words but :data:`OUTSIDE_WORDS` (``stems``: all of them)."""
    if not READ_PHRASE_SYNONYMS or not sentence or not (_STEMS & set(missing)):
        return frozenset()
    held: set[str] = set()
    for row in EQUIVALENTS:
        if not row.stems & set(missing):
            continue
        found = row.phrase.search(claim)
        if found is None:
            continue
        negated = _negated(_clause_at(claim, found.start()))
        if row.word == "something":  # the refusal: the sentence must refuse too
            if _NEGATION_RE.search(sentence):
                held |= row.stems & set(missing)
            continue
        plain = _plain_at(sentence, row.plain_stems)
        if plain is not None and _negated(_clause_at(sentence, plain)) == negated:
            held |= row.stems & set(missing)
    if held and (len(stems - content_stems(sentence) - held) > OUTSIDE_WORDS
                 or set(missing) - held - DISCOURSE_STEMS):
        return frozenset()
    return frozenset(held)


_CLAUSE_END_RE = re.compile(r"[;,.:!?()]|\s[-–—]\s|\bbut\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z]+")


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` holding the character at ``at`` (cut at punctuation, a spaced dash or "but")."""
    start = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, at)), default=0)
    end = _CLAUSE_END_RE.search(text, at)
    return text[start:end.start() if end else len(text)]


def _negated(clause: str) -> bool:
    return _NEGATION_RE.search(clause) is not None


def _plain_at(sentence: str, plain: frozenset[str]) -> int | None:
    """Where the first word of ``sentence`` whose stem is in ``plain`` starts (None: no such word)."""
    for m in _WORD_RE.finditer(sentence):
        if stem(m.group(0).lower()) in plain:
            return m.start()
    return None

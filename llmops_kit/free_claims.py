"""A charge said to be waived, or a thing said to be free, that no free statement of the evidence is about.

An invented gratuity is the commonest wrong clause that carries no figure: "... with a 1.5% surcharge, though the
studio waives it for returning clients", "... and we add a free back protector for them too", "... or the call-out
is free". Its words are the article's (the surcharge, the fee, the call-out are all priced there), so the word
steps find the claim supported, and the figure beside it is right. What the evidence never does is say *that*
thing is free: the business states what it gives away, and an answer giving away more brings a gratuity of its own.

The reading: a claim clause stating a gratuity (a charge waived, "for free", "free of charge", "at no extra charge",
"on us", "on the house", "complimentary", "a free ..."; not denied) is the evidence's when one evidence statement or
table row that gives something away of its own (free, waived, no charge or cost or fee, nothing, included,
complimentary, ...) shares one of the clause's other content words, or a word-vector synonym of one
(:data:`~llmops_kit.grounding_paraphrase.SYNONYM_SIMILARITY`): "Autofix fetches the car for free" of "Home pickup is
arranged with Autofix at no cost" is kept. Only a gratuity about nothing the evidence gives away is returned. The
evidence side is read broadly ("included in the price", "Q. What does it cost? A. Nothing." both give a thing away),
and "X is free" is not read on the claim side (it says a date or a seat is available as often as it gives anything),
so a faithful "free" in other words is kept. A gift in other words is read too: a verb of going or eating with
"free" ("skippers eat free", "under-16s go free"), "get the / a / their ... free" ("twins get the second set of name
tapes free") and "they're free with a parent's cut"; for the last, a gift and what it comes with, one free statement
must speak of half the clause's words, not one ("free within 4 weeks of your last cut" shares only "cut").
An evidence statement whose every gift is denied ("Mixing is not included", "Parking is no longer free") gives
nothing away (:data:`READ_DENIED_GIFTS`, the ``words54`` round): it kept "a free rough mix comes with the files" by
its shared word "mix" when it says the very opposite.
Read by :func:`llmops_kit.claim_meaning.meaning_gap` on every claim (with figures too: the figure beside the
gratuity is checked by itself, the gratuity by nothing else); switched off by :data:`READ_FREE_CLAIMS` in the
claim-decision fit. Nothing here looks at the answer's length, style or position.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import sentence_stems
from .grounding_paraphrase import SYNONYM_SIMILARITY, held_vectors, held_words
from .text import STOPWORDS, content_stems, stem
from .text.char_scans import holds_any
from .text.embed import embed
from .text.language import LETTERS_RE
from .textcache import text_cache

__all__ = ["DENIAL_LEAD", "GIVEN_AWAY", "READ_DENIED_GIFTS", "READ_FREE_CLAIMS", "gift_statements", "synonym_count",
           "unheld_gratuity"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_FREE_CLAIMS = True
#: An evidence statement whose every gift is denied ("Mixing is not included", "Parking is no longer free") gives
#: nothing away, so it does not keep a claim's gratuity about the same thing (the ``words54`` round); off in the fit.
READ_DENIED_GIFTS = True

#: Lower-case keys one of which a text holds whenever :data:`_GRATUITY_RE` matches it: most claims hold none.
_KEYS = ("free", "waiv", "at no ", "on us", "on the house", "complimentary")
#: A gratuity a claim gives: a charge waived, a thing "for free", "free of charge", "at no (extra) charge or cost",
#: "on us", "on the house", "complimentary", or "a free ..." ("a free back protector": not a count, "2 free tickets",
#: whose figure is checked as a figure, nor "the £400 free threshold"). Not
#: "X is free", which as often says a date, a seat or a pitch is available, or restates a threshold the evidence
#: words another way ("so delivery is free", "free around reception"); not "feel free", nor "free-range".
_GRATUITY_RE = re.compile(
    r"\bwaiv(?:e|es|ed|ing)\b|\bfor free\b|\bfree of charge\b|\bat no\s+(?:extra\s+|additional\s+)?(?:charge|cost)\b"
    r"|\bon (?:us|the house)\b|\bcomplimentary\b"
    r"|\b(?:a|an|your|their|its|another|extra)\s+free\s+(?P<thing>[a-z][a-z']*)\b(?!-)"
    r"|\b(?:eat|eats|go|goes|ride|rides|travel|travels|sail|sails|fly|flies)\s+free\b(?!-)"
    r"|\bgets?\s+(?:the|a|an|their|your|its)\s+(?:[a-z][\w'-]*\s+){1,5}free\b(?!-)"
    r"|(?:\b(?:is|are)|'re)\s+free\s+with\s+(?:a|an|the|your|their|any|every|each)\b",
    re.IGNORECASE)
#: "X is / are / 're free with a <purchase>": a gift that comes with something else, both of which a free statement of
#: the evidence must speak of (half of the clause's words), not just one shared word ("a parent's cut" against a
#: fringe trim "free within 4 weeks of your last cut").
_FREE_WITH_RE = re.compile(r"(?:\b(?:is|are)|'re|’re)\s+free\s+with\b", re.IGNORECASE)
#: Words that, after "free", name no thing given: a time or a place that is available, a bound on a price.
_NOT_THINGS = frozenset((
    "time", "times", "slot", "slots", "space", "spaces", "spot", "spots", "place", "places", "seat", "seats", "date",
    "dates", "day", "days", "rein", "period", "afternoon", "morning", "evening", "weekend", "hand", "hands", "will",
    "threshold", "limit", "zone", "area"))
#: A denial and up to two words before the gratuity it denies ("isn't free", "not waived", "no longer free", "won't
#: be waived"); shared with :mod:`llmops_kit.priced_gratuities`.
DENIAL_LEAD = r"(?:n['’]t|\bnot|\bnever|\bno longer)\s+(?:[a-z]+\s+){0,2}"
#: A gratuity denied: no gratuity claimed.
_DENIED_RE = re.compile(DENIAL_LEAD + r"(?:free|waiv|complimentary)", re.IGNORECASE)
#: Where a claim divides into statements: punctuation and joining words (a condition stays with its clause: "the
#: fee is waived if you refer a friend" is one gratuity, on a condition).
_CLAUSE_RE = re.compile(r"\s*[;:]\s*|,\s+|\s+[-–—]\s+|\s+(?:and|but|or|though|although|while|whereas|plus)\s+",
                        re.IGNORECASE)
#: The ways an evidence statement gives a thing away other than "free" and "included" (which each reader bounds its
#: own way): waived, no charge / cost / fee, nothing, complimentary, on us, gratis, at no ...; shared with
#: :mod:`llmops_kit.priced_gratuities`.
GIVEN_AWAY = (r"waiv|\bno\s+(?:extra\s+|additional\s+|booking\s+|delivery\s+)?(?:charge|cost|fee)s?\b|\bnothing\b"
              r"|complimentary|\bon (?:us|the house)\b|without (?:charge|cost)|\bgratis\b|\bat no\b|\bnot charged\b"
              r"|\bno-charge\b")
#: A gratuity an evidence sentence states: broader than a claim's (a thing included, costing nothing, no fee).
_GIVEN_RE = re.compile(r"free|" + GIVEN_AWAY + r"|includ", re.IGNORECASE)
#: A gift an evidence statement denies ("is not included", "isn't free", "no longer free", "never waived"): cut
#: out before :data:`_GIVEN_RE` is tried, so a statement giving nothing else away gives nothing.
_DENIED_GIFT_RE = re.compile(DENIAL_LEAD + r"(?:free|waiv|includ|complimentary)\w*", re.IGNORECASE)
#: The gratuity's own words, not what it is about.
_GRATUITY_STEMS = frozenset(stem(w) for w in (
    "free", "waive", "waived", "waives", "charge", "charged", "cost", "costs", "complimentary", "extra", "additional"))
def _gives(clause: str) -> bool:
    """Does the clause state a gratuity (:data:`_GRATUITY_RE`), not denied? "free" before a word names a thing
    given only when that word is no function word and no available time or place ("free after the valet", "free
    time")."""
    if _DENIED_RE.search(clause):
        return False
    for match in _GRATUITY_RE.finditer(clause):
        thing = match.group("thing")
        if thing is None or (thing.lower() not in STOPWORDS and thing.lower() not in _NOT_THINGS):
            return True
    return False


def _may_state(text: str) -> bool:
    if not text.isascii():
        return True
    lowered = text.lower()
    return holds_any(lowered, _KEYS)


#: A gratuity statement of fewer content words than this says what it gives in the sentences before it ("Q. What
#: does the survey cost? A. Nothing."): up to :data:`_CONTEXT_SENTENCES` of them are read with it.
_TERSE = 3
_CONTEXT_SENTENCES = 3


def _gives_away(sentence: str) -> bool:
    """Does an evidence sentence give anything away? Not when each of its gifts is denied
    (:data:`READ_DENIED_GIFTS`): "Mixing is not included" gives no mix."""
    if READ_DENIED_GIFTS:
        sentence = _DENIED_GIFT_RE.sub(" ", sentence)
    return _GIVEN_RE.search(sentence) is not None


@text_cache(maxsize=2048)
def _given_in(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """A source's statements (not questions) and table rows that state a gratuity, each with its stems (a terse
    statement with those of the sentences before it); cached per source text: articles recur."""
    found = sentence_stems(text)
    out = [(line, content_stems(line)) for line in text.splitlines() if "|" in line and _GIVEN_RE.search(line)]
    for at, (sentence, held) in enumerate(found):
        if sentence.endswith("?") or not _gives_away(sentence):
            continue
        if len(held) < _TERSE:
            held = held.union(*(h for _, h in found[max(0, at - _CONTEXT_SENTENCES):at]))
        out.append((sentence, held))
    return tuple(out)


def _given_statements(evidence: Evidence) -> list[tuple[str, frozenset[str]]]:
    """Every evidence statement that states a gratuity, read once per request."""
    return evidence.once("free_claims.given", lambda ev: [found for source in ev.sources
                                                          for found in _given_in(source.text)])


def gift_statements(evidence: Evidence) -> list[tuple[str, frozenset[str]]]:
    """Every evidence statement (or table row) that gives something away, with its stems; shared with
    :mod:`llmops_kit.gift_scopes`."""
    return _given_statements(evidence)


def synonym_count(clause: str, unheld: frozenset[str], sentence: str) -> int:
    """How many of the clause's ``unheld`` stems have a word-vector synonym among ``sentence``'s words."""
    return _synonyms(clause, unheld, sentence)


def _synonyms(clause: str, unheld: frozenset[str], sentence: str) -> int:
    """How many of the clause's ``unheld`` stems have a word-vector synonym among ``sentence``'s words."""
    if not unheld or not held_words(sentence):
        return 0
    words = sorted({w.lower() for w in LETTERS_RE.findall(clause) if w.lower() not in STOPWORDS and stem(w) in unheld})
    if not words:
        return 0
    close = (embed(words) @ held_vectors(sentence).T).max(axis=1) >= SYNONYM_SIMILARITY
    return len({stem(w) for w, yes in zip(words, close, strict=True) if yes})


def unheld_gratuity(claim: str, evidence: Evidence, light: frozenset[str] = frozenset()
                    ) -> tuple[str, str | None] | None:
    """The claim's first clause stating a gratuity that no free statement of the evidence is about, as (clause, a
    free statement of the evidence or None when it has none), or None when every gratuity it states is about what
    the evidence gives away (or it states none).
    ``light``: stems that carry no subject matter (the light verbs and asides of
    :data:`llmops_kit.claim_meaning.LIGHT_WORDS`), left out of what the gratuity is about."""
    if not READ_FREE_CLAIMS or not _may_state(claim) or not _gives(claim):
        return None
    for clause in _CLAUSE_RE.split(claim):
        if not clause or not _gives(clause):
            continue
        about = frozenset(w for w in content_stems(clause) - _GRATUITY_STEMS - light
                          if len(w) > 2 and not any(c.isdigit() for c in w))  # no figure, no piece of a code
        if not about:
            continue
        given = _given_statements(evidence)
        if _FREE_WITH_RE.search(clause):  # "they're free with a parent's cut": the gift and what it comes with
            least = (len(about) + 1) // 2  # half of what the clause is about, as one free statement's
            if any(len(about & held) + _synonyms(clause, about - held, sentence) >= least for sentence, held in given
                   if about & held):
                continue
            return clause.strip(), given[0][0] if given else None
        if any(not about.isdisjoint(held) for _, held in given):
            continue
        if not any(_synonyms(clause, about, sentence) for sentence, _ in given):
            return clause.strip(), given[0][0] if given else None
    return None

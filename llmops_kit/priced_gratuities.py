"""A thing said to be free that the evidence gives a price, and nowhere gives away.

"... or the call-out is free" against a price list's "| Call-out, 8am-6pm Mon-Sat | £75 |", "the loan machine is
free for the first week, then $20 a week" against "a loan machine is $20 a week while yours is with us", "twins get
the second set of name tapes free" against "Woven name tapes: 72 for €14". Each claim's figures are held (or it has
none), and its words are the article's, so the hard-fact step and the wording check find little or nothing wrong;
what is wrong is that the answer gives away what the business charges for. A long round-up with one such clause
keeps its share of held claims above the groundedness floor, so a soft "unsupported" names no fault: the evidence
prices the very thing, so the claim is contradicted.

The reading is narrow. The claim's clause must say, not denied, "<thing> is / are free", "<thing> is free of
charge", "<thing> is at no (extra) charge / cost" (a condition may follow: "for the first week", "on Mondays") or
"get(s) the <thing> free"; the thing is the noun phrase before "is" (or between "get the" and "free"), up to its
first preposition other than "of" ("Delivery to your door" is delivery; "the second set of name tapes"), its last
word the head. "X is free" says a time, a slot, a place or a person is available as often as it gives anything
("the 6pm slot is free", "Saturday is free", "the track is free"), so a thing naming one of those is not read, nor
"free to / from / of" (other than "of charge"), "feel free", a hyphened "free-" / "-free", or "free for <a group>"
("free for toddlers": the evidence may give it to "Under-3s" in words of its own; a length of time, "free for the
first week", is read). The evidence must then state a price for that thing: a sentence clause (or table row) of a
source other than the customer's message holding the head and half the thing's words with an amount of money; and
no evidence statement may give away anything the clause speaks of, its thing or its condition: a sentence or row
sharing a word with the clause (or holding a word-vector synonym of the head) with "free", "waived", "no charge /
cost / fee", "complimentary", "nothing", "on us", "on the house", "included" or "at no ...", not denied ("is not
included", "no longer free"). A statement of what a price includes gives away the things after "includes" /
"including" only ("Every call-out price includes the first 30 minutes of labour" gives away labour, not the
call-out); one whose subject points back ("It is free for adults aged 70 and over") or of fewer than three words
("A. Nothing.") gives away what the two sentences before it name. So "Delivery is free over £50" against "Delivery
£4.95, free over £50" keeps, as does "X is free on Mondays" against "X: 5 EUR, but free on Mondays"; "Parking is
free" where no text prices parking is left to the other readings.

A thing given away that no text names at all (:func:`unnamed_gratuity`): "..., with free hot chocolate in the
barn", "..., and that includes a packed lunch from the kiosk", "every lodge comes with a welcome hamper", where no
text the model was shown (the customer's message included) holds any word of the thing (up to three words after
"with / and / plus / get / enjoy / offer(s) (a) free", or after "includes / including / comes with a(n)", ending at
a preposition or a function word) nor a word-vector synonym of one in any of its sentences, is invented outright:
the business gives no such thing, and the words around it ("wagon rides", "a full day") are the article's, so the
claim read whole stayed near its passage. A time said free ("with free time in the barn") is not read; a thing only
named in other words than a synonym is the known risk ("free refreshments" of "a welcome drink is served").

A thing said to come "with a(n) <thing> included" is read the same way, on its head word alone
(:data:`READ_UNNAMED_INCLUSIONS`, the ``words54`` round): "with a short sled ride included", where an article names
a sled ("Who can drive a sled") but no text names a ride.

Both are read by :func:`llmops_kit.grounding.judge_claims` in its contradiction steps; switched off by
:data:`READ_PRICED_GRATUITIES` and :data:`READ_UNNAMED_GRATUITIES` in the claim-decision fit. Nothing here looks at
the answer's length, style or position.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import sentence_stems
from .free_claims import DENIAL_LEAD, GIVEN_AWAY
from .grounding_paraphrase import holds_synonym
from .text import STOPWORDS, content_stems, stem
from .text.char_scans import holds_any
from .text.embed import embed
from .text.numbers import typed_quantities
from .textcache import text_cache

__all__ = ["READ_PRICED_GRATUITIES", "READ_UNNAMED_GRATUITIES", "READ_UNNAMED_INCLUSIONS", "THING_END_PREPOSITIONS",
           "priced_gratuity", "unnamed_gratuity", "unnamed_inclusion"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_PRICED_GRATUITIES = True
#: :func:`unnamed_gratuity`, off in the fit likewise.
READ_UNNAMED_GRATUITIES = True
#: Read "with a(n) <thing> included" as a thing given too, unnamed when the thing's head word is (the ``words54``
#: round); off in the fit likewise.
READ_UNNAMED_INCLUSIONS = True

#: "<thing> is / are free", "... is free of charge", "... is at no (extra) charge": group ``thing`` the words
#: before the verb (within the clause); "get the <thing> free": group ``got``.
_FREE_RE = re.compile(
    r"(?P<thing>(?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+(?:is|are)\s+(?:also\s+|always\s+|completely\s+|totally\s+|"
    r"entirely\s+)?(?:free(?!-)(?!\s+(?:to|from|for\s+you\s+to)\b)(?!\s+of\b(?!\s+charge))"
    r"|at\s+no\s+(?:extra\s+|additional\s+)?(?:charge|cost))\b"
    r"|\bgets?\s+(?:the|a|an|their|your|its)\s+(?P<got>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+free\b(?!-)",
    re.IGNORECASE)
#: Where a claim's clause begins: punctuation, a joining word ("..., or the call-out is free").
_CLAUSE_RE = re.compile(r"\s*[;:(),]\s*|\s+[-–—]\s+|\s+(?:and|but|or|so|though|although|while|whereas|plus|then)\s+",
                        re.IGNORECASE)
#: A gratuity for a group of people ("free for toddlers", "free for the kids"): the evidence may give it to that
#: group in words of its own ("Under-3s go free"), so it is not read; a length of time ("free for the first week",
#: "for an hour") is a condition read with the clause.
_FOR_GROUP_RE = re.compile(r"\bfree\s+for\s+(?!(?:the\s+|a\s+|an\s+)?(?:first|next|last|whole|\d+|one|two|three|four|"
                           r"hour|day|week|month|year)\b)", re.IGNORECASE)
#: Determiners and quantifiers the thing's phrase starts after.
_DETERMINERS = frozenset(("the", "a", "an", "your", "our", "their", "its", "his", "her", "my", "this", "that", "these",
                          "those", "every", "each", "any", "all"))
#: Heads that "is free" says are available, not given away: times, slots, places, people.
_AVAILABLE = frozenset(stem(w) for w in (
    "time", "slot", "space", "spot", "place", "seat", "date", "day", "week", "weekday", "weekend", "morning",
    "afternoon",
    "evening", "night", "tonight", "tomorrow", "today", "hour", "court", "room", "table", "lane", "track", "pitch",
    "bay", "line", "desk", "hand", "diary", "calendar", "schedule", "instructor", "guide", "staff", "team", "everyone",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "we", "you", "he", "she",
    "they", "it", "that", "this", "there"))
#: Prepositions that end the phrase naming the thing ("of" does not: "the second set of name tapes"); shared with
#: :mod:`~llmops_kit.required_items`, which ends a required thing's words at these too.
THING_END_PREPOSITIONS = frozenset(("to", "from", "in", "on", "at", "with", "for", "into", "onto", "inside", "outside",
                                    "within", "after", "before", "during", "over", "under", "across", "near", "by",
                                    "until"))
#: A gratuity an evidence statement gives (broad: a thing included, costing nothing, no fee).
_GIVEN_RE = re.compile(r"\bfree\b(?!-)|" + GIVEN_AWAY + r"|(?P<incl>\bincl(?:udes|uding|ude|\.)?)\b|\bincluded\b",
                       re.IGNORECASE)
#: A gratuity an evidence statement denies: "is not included", "no longer free", "isn't free".
_DENIED_RE = re.compile(DENIAL_LEAD + r"(?:free|waiv|includ|complimentary)", re.IGNORECASE)
#: Where an evidence sentence divides into clauses a price belongs to.
_EVIDENCE_CLAUSE_RE = re.compile(r"\s*;\s*|,\s+(?:and|but|while|whereas)\s+|\s+[-–—]\s+", re.IGNORECASE)
#: The gratuity's own words, not what it is about.
_GRATUITY_STEMS = frozenset(stem(w) for w in ("free", "charge", "cost", "extra", "additional", "also", "always",
                                              "completely", "totally", "entirely", "get", "gets"))
#: A statement whose subject points back ("It is free for ...", "They're included"): it gives away what the sentence
#: before it names, as does a terse one of fewer content words than :data:`_TERSE` ("A. Nothing.").
_POINTS_BACK_RE = re.compile(r"\s*(?:it|they|this|these|those|that|both|each|all)\b", re.IGNORECASE)
_TERSE = 3
#: The sentences before such a statement read with it.
_CONTEXT_SENTENCES = 2
#: Cheap pre-check: a claim without one of these states none of the forms read here.
_KEYS = ("free", "at no ")


def _free_things(claim: str) -> list[tuple[str, frozenset[str], str]]:
    """(the clause, the thing's stems, its head stem) of each thing the claim says is free."""
    out = []
    for clause in _CLAUSE_RE.split(claim):
        if not clause or not holds_any(clause.lower(), _KEYS):
            continue
        if _FOR_GROUP_RE.search(clause):
            continue
        for match in _FREE_RE.finditer(clause):
            phrase = match.group("thing") or match.group("got")
            words = phrase.split()
            # the thing ends at its first preposition but "of": "Delivery to your door", "moving to a weekday"
            end = next((n for n, w in enumerate(words) if n and w.lower() in THING_END_PREPOSITIONS), len(words))
            words = words[:end]
            cut = max((n + 1 for n, w in enumerate(words) if w.lower() in _DETERMINERS), default=0)
            words = [w.strip("'’") for w in words[cut:]]
            if not words or words[-1].lower() in STOPWORDS:  # "it is free", "that's free": no thing named
                continue
            head = stem(words[-1].lower())
            stems = frozenset(s for s in content_stems(" ".join(words)) if not any(c.isdigit() for c in s))
            if head in _AVAILABLE or head not in stems or any(stem(w.lower()) in _AVAILABLE for w in words):
                continue
            out.append((clause.strip(), stems, head))
    return out


@text_cache(maxsize=2048)
def _source_statements(text: str) -> tuple[tuple[str, frozenset[str], str, bool], ...]:
    """A source's statements (sentences, and table rows each alone), each as (text, its stems, the part of it that
    gives something away or "", whether it states an amount of money), split into the clauses a price belongs to;
    cached per text."""
    pieces = [(line, "") for line in text.splitlines() if "|" in line]
    prose = "\n".join(line for line in text.splitlines() if "|" not in line)
    found = [sentence for sentence, _ in sentence_stems(prose)]
    for at, sentence in enumerate(found):
        before = " ".join(found[max(0, at - _CONTEXT_SENTENCES):at])
        pieces.extend((part, before) for part in _EVIDENCE_CLAUSE_RE.split(sentence))
    out = []
    for piece, previous in pieces:
        if not piece or piece.rstrip().endswith("?"):
            continue
        stems = content_stems(piece)
        given = ""
        if not _DENIED_RE.search(piece):
            for match in _GIVEN_RE.finditer(piece):
                # "X includes Y" gives Y away, not X: only the words after it
                if not match.group("incl"):
                    given = piece
                    break
                given = given or piece[match.end():]
        if given and (_POINTS_BACK_RE.match(piece) or len(stems) < _TERSE):
            # "It is free for adults aged 70 and over", "A. Nothing.": what it gives is named in the sentences before
            given = f"{previous} {given}"
        money = any(q.endswith(" money") for q in typed_quantities(piece))
        out.append((piece, stems, given, money))
    return tuple(out)


def _synonym_given(head_word: str, given: list[str]) -> bool:
    """Does a statement's part that gives something away hold a word-vector synonym of the head word? ("Shoe hire
    is free on Mondays" gives away a "rental" the claim names in other words.)"""
    vector = embed([head_word])
    return any(holds_synonym(vector, part) for part in given)


def priced_gratuity(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the evidence's price statement, the clause) when the claim says a thing is free that an evidence
    statement prices and none gives away (see the module docstring), else None."""
    if not READ_PRICED_GRATUITIES:
        return None
    if not holds_any(claim.lower(), _KEYS):
        return None
    things = _free_things(claim)
    if not things:
        return None
    statements = [(source.label, found) for source in evidence.sources if not source.user
                  for found in _source_statements(source.text)]
    given = [part for _, (_, _, part, _) in statements if part]
    for clause, stems, head in things:
        # what the clause speaks of, the thing and its condition ("for kids under 3"): a statement giving away any of
        # it may be the claim's own ("Under-3s go free" of "entry is free for under-3s")
        about = content_stems(clause) - _GRATUITY_STEMS
        if any(not about.isdisjoint(content_stems(part)) for part in given):
            continue
        need = (len(stems) + 1) // 2
        priced = max(((len(stems & held), label, piece) for label, (piece, held, _, money) in statements
                      if money and head in held and len(stems & held) >= need), default=None, key=lambda p: p[0])
        if priced is None:
            continue
        words = [w for w in re.findall(r"[a-z][a-z'-]*", clause.lower()) if stem(w) == head]
        if words and _synonym_given(words[-1], given):
            continue
        return priced[1], priced[2].strip(" .;"), clause
    return None


#: Cheap pre-check: a claim without one of these holds no :data:`_GIVEN_THING_RE` form.
_GIVEN_THING_KEYS = ("free", "includ", "come")
#: A thing given with something else, named after "free" or as "a / an <thing>" after "includes" / "comes with":
#: "with free hot chocolate in the barn", "and that includes a packed lunch from the kiosk". Group ``thing``.
_GIVEN_THING_RE = re.compile(
    r"\b(?:with|plus|and|get|gets|enjoy|offer|offers)\s+(?:a\s+|an\s+|some\s+)?free\s+(?P<thing>[a-z][a-z'-]*"
    r"(?:\s+[a-z][a-z'-]*){0,2})"
    r"|\b(?:includes|including|comes\s+with|come\s+with)\s+(?:a|an)\s+(?:free\s+)?(?P<item>[a-z][a-z'-]*"
    r"(?:\s+[a-z][a-z'-]*){0,2})", re.IGNORECASE)


#: "with a short sled ride included": a thing given with the rest, group ``thing`` its words after the article.
_WITH_INCLUDED_RE = re.compile(r"\bwith\s+(?:a|an)\s+(?P<thing>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})\s+included\b",
                               re.IGNORECASE)


def _unheld_head(words: list[str], evidence: Evidence) -> bool:
    """Is the head (last) word of a thing's words held by no text, nor a word-vector synonym of it by any sentence?"""
    head = stem(words[-1].lower())
    if head in _AVAILABLE or evidence.novel(frozenset((head,))) != {head}:
        return False
    vector = embed([words[-1].lower()])
    return not any(holds_synonym(vector, sentence) for source in evidence.sources
                   for sentence, _ in sentence_stems(source.text))


def unnamed_inclusion(claim: str, evidence: Evidence) -> tuple[str, tuple[str, ...]] | None:
    """(the words, the thing's words) when the claim says a thing comes included ("with a short sled ride
    included") whose head word no text names, in its words or a word-vector synonym; else None. Its other words may
    be the article's ("sled" of "Who can drive a sled"): what is given is the head ("ride")."""
    if not READ_UNNAMED_INCLUSIONS or "included" not in claim.lower():
        return None
    for match in _WITH_INCLUDED_RE.finditer(claim):
        words = match.group("thing").split()
        if any(w.lower() in STOPWORDS or w.lower() in THING_END_PREPOSITIONS for w in words):
            continue
        if _unheld_head(words, evidence):
            return match.group(0), tuple(words)
    return None


def unnamed_gratuity(claim: str, evidence: Evidence) -> tuple[str, tuple[str, ...]] | None:
    """(the clause, its thing's words) when the claim gives away a thing ("with free hot chocolate", "includes a
    packed lunch") no text the model was shown names, in its words or a word-vector synonym of them; else None."""
    if not READ_UNNAMED_GRATUITIES:
        return None
    if not holds_any(claim.lower(), _GIVEN_THING_KEYS):
        return None
    for match in _GIVEN_THING_RE.finditer(claim):
        words = (match.group("thing") or match.group("item")).split()
        end = next((n for n, w in enumerate(words) if w.lower() in THING_END_PREPOSITIONS or w.lower() in STOPWORDS),
                   len(words))
        words = [w for w in words[:end] if w.lower() not in STOPWORDS]
        stems = frozenset(stem(w.lower()) for w in words)
        if not stems or any(s in _AVAILABLE for s in stems) or evidence.novel(stems) != set(stems):
            continue
        vectors = embed([w.lower() for w in words])
        if any(holds_synonym(vectors, sentence) for source in evidence.sources
               for sentence, _ in sentence_stems(source.text)):
            continue
        said = match.group(0)
        return said[:said.rfind(words[-1]) + len(words[-1])], tuple(words)
    return unnamed_inclusion(claim, evidence)

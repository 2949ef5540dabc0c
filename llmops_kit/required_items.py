"""A thing the answer says the customer must bring, show or take on that no text the model was shown names.

"... plus a refundable GBP 60.00 deposit and a compulsory insurance add-on", "we'll want a 50% deposit and a signed
waiver first", "Please bring proof of a microchip registration with you": the claim's figures are held and most of
its words are the article's, so the hard-fact step and the wording check find little wrong, or the claim splitter
keeps a "Please ..." sentence as no claim at all; what is wrong is a requirement the business never states. When no
text the model was shown (the customer's message included) holds any word of the required thing, nor a word-vector
synonym of one, the requirement is invented.

The reading is narrow. A requirement phrase must name the thing right after it:

- "compulsory / mandatory / obligatory <thing>";
- "please (also / just) bring / show / provide / present / carry / have <thing>";
- "we('ll / 'd / will) want / need / require / ask for <thing>";
- "you('ll / will) need (to bring / show / provide / present / have) <thing>";
- "must / have to / need to bring / show / provide / present <thing>".

The things are the phrase's list up to its clause's end (punctuation, a joining or time word: "first", "before",
"so" ...), its items parted at "and" / "or"; an item with a figure ("a 50% deposit") is left to the hard-fact step,
and an item holding a verb of a new clause ("and the guide will ...") ends the list. Each item's words are those
after its determiner up to a preposition other than "of", less form words a requirement wraps any thing in
("proof", "copy", "signed", "valid", "add-on", "form", "details" ...: :data:`_FORM_WORDS`). An item whose words are
all held nowhere, with no word-vector synonym in any evidence sentence, is invented; an item the evidence names in
any words ("Please bring photo ID" where a text asks for ID; "a refundable deposit") is left to the other readings,
which judge whether the requirement is the evidence's.

Read by :func:`llmops_kit.grounding.judge_claims` in its contradiction steps and by the quality scorer for the
"Please ..." sentences the claim splitter kept as no claim (:func:`llmops_kit.asked_requests.dropped_requests`);
switched off by :data:`READ_REQUIRED_ITEMS` in the claim-decision fit. Nothing here looks at the answer's length,
style or position.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import sentence_stems
from .grounding_paraphrase import holds_synonym
from .priced_gratuities import THING_END_PREPOSITIONS
from .text import STOPWORDS, stem
from .text.embed import embed

__all__ = ["READ_PREDICATE_REQUIREMENTS", "READ_REQUIRED_ITEMS", "unnamed_requirement"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_REQUIRED_ITEMS = True

#: Read "compulsory" / "mandatory" / "obligatory" said of a subject ("The plastron is compulsory either way") as
#: naming no thing after it: the thing required is the subject before the verb, which the other readings judge, and
#: what follows is a connective or a condition ("either way", "for everyone"), not a new requirement. Off while the
#: claim decision is fitted.
READ_PREDICATE_REQUIREMENTS = True
#: A verb saying the subject is required, right before the requirement word: "is", "are", "'s", "remains" ...
_PREDICATE_RE = re.compile(r"(?:\b(?:is|are|was|were|be|been|remains?|stays?)|['’]s|['’]re)\s+(?:(?:also|still|always|"
                           r"absolutely|strictly|definitely|now)\s+)?$", re.IGNORECASE)
#: Lower-case keys one of which a claim holds whenever :data:`_REQUIRE_RE` can match: most claims hold none.
_KEYS = ("compulsory", "mandatory", "obligatory", "please", "want", "need", "require", "ask for", "must", "have to")
#: A requirement phrase; the required things follow its end.
_REQUIRE_RE = re.compile(
    r"\b(?:compulsory|mandatory|obligatory)\s+"
    r"|\bplease\s+(?:also\s+|just\s+|do\s+)?(?:bring|show|provide|present|carry|have)\s+(?:along\s+|with\s+you\s+)?"
    r"|\bwe(?:'ll|’ll|'d|’d|\s+will|\s+would)?\s+(?:also\s+)?(?:want|need|require|ask\s+for)\s+"
    r"|\byou(?:'ll|’ll|\s+will)?\s+(?:also\s+)?need\s+(?:to\s+(?:bring|show|provide|present|have)\s+)?"
    r"|\b(?:must|have\s+to|need\s+to)\s+(?:also\s+)?(?:bring|show|provide|present)\s+",
    re.IGNORECASE)
#: Where the requirement's clause ends.
_CLAUSE_END_RE = re.compile(r"[,;:.!?()–—]|\s-\s|\b(?:first|before|after|so|because|since|as|if|when|unless|but"
                            r"|then|until|which|that|who|to|beforehand|upfront|up\s+front|in\s+advance)\b",
                            re.IGNORECASE)
#: Where the clause's list parts.
_ITEM_RE = re.compile(r"\s+(?:and|or|plus)\s+", re.IGNORECASE)
#: A word of a new clause: the list ends at the item holding one.
_CLAUSE_VERBS = frozenset(("is", "are", "was", "were", "will", "can", "could", "would", "should", "must", "may",
                           "might", "has", "have", "had", "do", "does", "did", "i", "we", "you", "they", "he", "she",
                           "it", "there", "'ll", "’ll"))
#: Determiners and pronoun objects an item opens with.
_OPENERS = frozenset(("a", "an", "the", "your", "some", "any", "one", "our", "their", "his", "her", "its", "this",
                      "that", "these", "those", "all", "both", "each", "every", "own", "also", "just", "along"))
#: Prepositions that end an item's words: those that end a thing said free, and "about", "per".
_PREPOSITIONS = THING_END_PREPOSITIONS | frozenset(("about", "per"))
#: Words a requirement wraps any thing in: the thing is the rest.
_FORM_WORDS = frozenset(stem(w) for w in (
    "proof", "copy", "copies", "signed", "valid", "original", "form", "forms", "add-on", "addon", "document",
    "documents", "documentation", "details", "detail", "record", "records", "evidence", "own", "new", "current",
    "full", "completed", "extra", "additional", "separate", "something", "anything", "everything", "them", "it",
    "one", "ones", "thing", "things", "item", "items", "stuff", "yourself", "yourselves", "photo", "written",
    "printed", "paper", "note", "confirmation", "look", "word", "chat", "moment", "bit", "lot", "help", "time",
))


def _items(rest: str) -> list[list[str]]:
    """The word lists of the things a requirement phrase names in ``rest`` (the text after the phrase)."""
    end = _CLAUSE_END_RE.search(rest)
    clause = rest[:end.start()] if end else rest
    out: list[list[str]] = []
    for part in _ITEM_RE.split(clause):
        raw = part.split()
        cut = next((n for n, w in enumerate(raw) if w.lower() in _PREPOSITIONS), len(raw))
        if any(w.lower() in _CLAUSE_VERBS for w in raw[:cut]):
            break
        if any(ch.isdigit() for ch in part):  # a figure: the hard-fact step's
            continue
        words = []
        for word in raw[:cut]:
            low = word.lower().strip("'’\"")
            if not words and low in _OPENERS:
                continue
            words.append(low)
        out.append(words)
    return out


def unnamed_requirement(claim: str, evidence: Evidence) -> tuple[str, tuple[str, ...]] | None:
    """(the requirement said, its thing's words) when the claim requires a thing ("a compulsory insurance add-on",
    "Please bring proof of a microchip registration") no text the model was shown names, in its words or a
    word-vector synonym of them; else None (see the module)."""
    if not READ_REQUIRED_ITEMS:
        return None
    low = claim.lower()
    if not any(key in low for key in _KEYS):
        return None
    for found in _REQUIRE_RE.finditer(claim):
        if READ_PREDICATE_REQUIREMENTS and _PREDICATE_RE.search(claim, 0, found.start()):
            continue
        for words in _items(claim[found.end():]):
            named = [w for w in words if w not in STOPWORDS and stem(w) not in _FORM_WORDS
                     and re.fullmatch(r"[a-z][a-z'’-]*", w)]
            stems = frozenset(stem(w) for w in named)
            if not stems or evidence.novel(stems) != set(stems):
                continue
            vectors = embed(named)
            if any(holds_synonym(vectors, sentence)
                   for source in evidence.sources for sentence, _ in sentence_stems(source.text)):
                continue
            return f"{found.group(0).strip()} {' '.join(words)}", tuple(named)
    return None

"""A claim's condition that restates, in other words, a condition or exception the evidence itself states.

The added-condition reading of :mod:`llmops_kit.claim_meaning` finds a condition the claim puts on what it states
("unless ...", "as long as ...") unsupported when no evidence sentence holds half its content words, a word or a
word-vector synonym of it. A faithful answer often says the evidence's own condition in other words, which word
vectors do not pair: "It's store credit rather than cash unless the jacket has a fault we didn't mention" of "no
cash refunds, except for a fault we didn't tell you about"; "A hose is fine as long as someone stays with it" of
"Hoses shall be attended at all times". Read sets of two authors flagged such answers.

Here a condition the added-condition reading found unheld is the evidence's when an evidence condition of the same
kind governs what the claim's governs (a content word of the claim before its marker, held in the evidence's words
before its own marker, back to a semicolon: "cash" of "no cash refunds, except ...", or in a standing rule's
clause: "hose"), and that condition holds every content word of the claim's:

- of the same kind: an exception ("unless", "except") restates an exception ("unless", "except", "other than",
  "apart from"); a requirement ("as long as", "only if", "provided") restates a requirement ("only if", "as long
  as", "provided") or a standing rule ("... at all times"). An exception said as a requirement, or a requirement
  as an exception ("only if" for "unless"), is a reversal, and stays unsupported;
- every content word held: by the evidence condition's own words, by a word-vector synonym of one of them
  (:data:`~llmops_kit.grounding_paraphrase.SYNONYM_SIMILARITY`), or by a small table of general-English
  equivalents (:data:`_EQUIVALENTS`: "mention" ~ "tell", "stay with" ~ "attend"); besides, one word the
  question holds ("the jacket", the customer's own item), never more than the evidence condition holds. A
  condition with a word the evidence condition does not state ("unless every copy is missing *and you have
  reported it*") stays unsupported;
- denying alike, with the same subject: "a fault we didn't mention" restates "a fault we didn't tell you about";
  "a fault you didn't mention" (the customer's omission, not the shop's) and "a fault we mentioned" do not.

An indefinite pronoun ("someone stays with it") names nobody, and is no content word here. Such a condition is
no added condition (:func:`llmops_kit.claim_meaning.meaning_gap`), and a claim that is not supported is judged
again with the condition written in the evidence condition's words (:func:`llmops_kit.claim_meaning.restated_claim`,
called by :func:`llmops_kit.grounding.judge_claims`): the claim's other words are checked as ever, so a main clause
the evidence reverses ("The firing fee is refunded unless ...") stays unsupported. Both run before or beside the
fitted decision and are off in its fit (``tools/fit_claim_decision.py``). Nothing here looks at the answer's
length, style or position, nor at any set's own words.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .grounding_paraphrase import SYNONYM_SIMILARITY, held_vectors, held_words
from .text import STOPWORDS, content_stems, sentences_of, stem
from .text.embed import embed
from .text.language import LETTERS_RE
from .textcache import text_cache

__all__ = ["restated_condition"]

#: A claim's exception, and its words to the clause end.
_CLAIM_EXCEPTION_RE = re.compile(r"\b(?:unless|except(?: for| when| if| on| at)?)\b([^,;.]*)", re.IGNORECASE)
#: A claim's requirement, and its words to the clause end ("but only ..." and "only for/to ..." are left alone:
#: a restriction of scope, not a condition).
_CLAIM_REQUIREMENT_RE = re.compile(
    r"\b(?:only if|only when|as long as|so long as|provided(?: that)?|providing|on condition that)\b([^,;.]*)",
    re.IGNORECASE)
#: An evidence exception, and its words to the clause end.
_EXCEPTION_RE = re.compile(r"\b(?:unless|except(?: for| when| if| on| at)?|other than|apart from)\b([^,;.]*)",
                           re.IGNORECASE)
#: An evidence requirement, and its words to the clause end.
_REQUIREMENT_RE = re.compile(
    r"\b(?:only if|only when|as long as|so long as|provided(?: that)?|providing|on condition that)\b([^,;.]*)",
    re.IGNORECASE)
#: A standing rule: a clause that holds "at all times" ("Hoses shall be attended at all times"), all its words.
_STANDING_RE = re.compile(r"([^,;.:]*\bat all times\b[^,;.:]*)", re.IGNORECASE)
#: Words a standing rule states its requirement with, not what is required.
_STANDING_STEMS = frozenset(stem(w) for w in ("time", "times", "shall", "must", "always"))
#: Indefinite pronouns: "as long as someone stays with it" names nobody.
_INDEFINITE_STEMS = frozenset(stem(w) for w in ("someone", "somebody", "anyone", "anybody"))
#: Phrases of general English said with another verb, rewritten before their stems are read.
_PHRASES = ((re.compile(r"\bstay(?:s|ed|ing)? with\b", re.IGNORECASE), "attends"),
            (re.compile(r"\bkeep(?:s|ing)? an eye on\b|\bkept an eye on\b", re.IGNORECASE), "watches"),
            (re.compile(r"\blook(?:s|ed|ing)? after\b", re.IGNORECASE), "minds"),
            (re.compile(r"\bpoint(?:s|ed|ing)? out\b|\blet (?:us|you) know\b", re.IGNORECASE), "tells"))
#: Groups of general-English words that say the same thing in a condition (one meaning each, by stem).
_EQUIVALENTS: tuple[frozenset[str], ...] = tuple(frozenset(stem(w) for w in group) for group in (
    ("mention", "tell", "say", "disclose", "inform", "declare"),
    ("attend", "supervise", "watch", "mind", "accompany"),
))
#: A negation, and the word before it (its subject: "we didn't", "you did not").
_NEGATION_RE = re.compile(r"(\w+)\s+(?:\w+n['’]t|\w+\s+not|never|cannot)\b"
                          r"|\b(no|not|never|nothing|nobody|none|cannot|forbidden|prohibited|banned)\b", re.IGNORECASE)


def _rewritten(text: str) -> str:
    for pattern, verb in _PHRASES:
        text = pattern.sub(verb, text)
    return text


def _stems(text: str) -> frozenset[str]:
    """The content stems of a condition, its phrases rewritten, no indefinite pronoun."""
    return content_stems(_rewritten(text)) - _INDEFINITE_STEMS


def _denials(text: str) -> frozenset[str]:
    """What a condition denies with, by subject: the word before each negation ("we" of "we didn't"), or the
    negation word itself when it has no verb ("no", "never"); empty when it denies nothing."""
    return frozenset((m.group(1) or m.group(2)).lower() for m in _NEGATION_RE.finditer(text))


def _ruled(sentence: str, start: int) -> frozenset[str]:
    """The content stems of what a condition starting at ``start`` governs: its sentence before it, back to a
    semicolon or a colon ("no cash refunds" of "no cash refunds, except for ...")."""
    return content_stems(re.split(r"[;:]", sentence[:start])[-1])


@text_cache(maxsize=2048)
def _conditions(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """A source's conditions as (kind, words, what they govern): "exception" or "requirement"; a standing rule
    ("Hoses shall be attended at all times") is a requirement governing its own clause's words. Cached per source
    text: articles recur."""
    out = []
    for sentence in sentences_of(text):
        out += [("exception", m.group(1), _ruled(sentence, m.start())) for m in _EXCEPTION_RE.finditer(sentence)]
        out += [("requirement", m.group(1), _ruled(sentence, m.start()))
                for m in _REQUIREMENT_RE.finditer(sentence)]
        out += [("requirement", m.group(1), content_stems(m.group(1))) for m in _STANDING_RE.finditer(sentence)]
    return tuple(out)


def _equivalent(word: str, held: frozenset[str]) -> bool:
    return word in held or any(word in group and not group.isdisjoint(held) for group in _EQUIVALENTS)


def _vector_synonyms(text: str, unheld: frozenset[str], condition: str) -> frozenset[str]:
    """The ``unheld`` stems of ``text`` with a word-vector synonym among the evidence condition's words."""
    if not unheld or not held_words(condition):
        return frozenset()
    words = sorted({w.lower() for w in LETTERS_RE.findall(text) if w.lower() not in STOPWORDS and stem(w) in unheld})
    if not words:
        return frozenset()
    close = (embed(words) @ held_vectors(condition).T).max(axis=1) >= SYNONYM_SIMILARITY
    return frozenset(stem(w) for w, yes in zip(words, close, strict=True) if yes)


def _rewritten_words(condition: str, stems: frozenset[str], theirs: str, asked: frozenset[str]) -> str | None:
    """The claim's condition in the evidence condition ``theirs``'s words (a table equivalent replaced by the word
    it stands for), when it says that condition: every content word held by it (a word, a table equivalent or a
    word-vector synonym), but one the question holds, and denying alike; None when it does not."""
    held = _stems(theirs) - _STANDING_STEMS
    if not held or _denials(condition) != _denials(theirs):
        return None
    unheld = frozenset(w for w in stems if not _equivalent(w, held))
    unheld -= _vector_synonyms(_rewritten(condition), unheld, _rewritten(theirs))
    from_question = unheld & asked
    if unheld - from_question or len(from_question) > 1 or len(stems - unheld) <= len(from_question):
        return None
    theirs_words = {stem(w): w for w in LETTERS_RE.findall(_rewritten(theirs))}

    def said(match: re.Match[str]) -> str:
        word = match.group(0)
        own = stem(word)
        if own in held:
            return word
        group = next((g for g in _EQUIVALENTS if own in g), frozenset())
        return next((theirs_words[w] for w in sorted(group & held) if w in theirs_words), word)

    return LETTERS_RE.sub(said, _rewritten(condition))


def restated_condition(claim: str, start: int, condition: str, evidence: Evidence) -> str | None:
    """The claim's condition ``condition`` (its words after the marker that starts at ``start``) in the words of
    an evidence condition of the same kind it says in other words, one governing a word of what the claim's
    governs; None when it says no evidence condition."""
    marker = claim[start:]
    kind = ("exception" if _CLAIM_EXCEPTION_RE.match(marker) else
            "requirement" if _CLAIM_REQUIREMENT_RE.match(marker) else None)
    stems = _stems(condition)
    governed = content_stems(claim[:start])
    if kind is None or not stems or not governed:
        return None
    asked = evidence.user_stems
    for source in evidence.sources:
        if source.user:
            continue
        for their_kind, theirs, ruled in _conditions(source.text):
            if their_kind != kind or governed.isdisjoint(ruled):
                continue
            words = _rewritten_words(condition, stems, theirs, asked)
            if words is not None:
                return words
    return None

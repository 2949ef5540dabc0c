"""What the bot says the texts it found hold and lack: "The sheets I found cover F-roads, rivers and pick-up times,
but nothing about ferries", "Both tariffs I found list wristwatch movements only; pocket watches are not mentioned".

Such a sentence speaks of the retrieved texts themselves, named by whatever noun the business uses ("sheets",
"tariffs", "cards", "the hours I have"), marked as the bot's own material by the clause "I found" / "I have" / "I was
given" after the noun. It states no fact of the business: it says what the texts cover and what they do not, which
the evidence can settle directly. The claim reader drops such sentences only when the noun is one of a fixed list
("articles", "pages", :mod:`llmops_kit.text.claims`) or the trace's own (:mod:`llmops_kit.text.source_nouns`);
with any other noun it reached the fitted decision, which found its words unsupported.

:func:`sources_lack` reads a claim of this shape when all of these hold:

- it opens with a noun phrase and "I found" / "I have" / "we were given" (and the like), or with "What I found" /
  "What came up" / "What I could find" for the texts themselves, then a verb of covering ("cover", "are for",
  "is about", "list", "say", "mention"); or it names what the bot was given in the first person, limited: "I only
  know X", "I only have X", "I've only got X", "I can only help with X" (X is then the covered topic); or it names
  the texts by a word for a text ("notes", "articles", "guide", ...) limited by "only" / "just": "Our notes only
  cover crampons as part of a guided walk";
- it denies a topic in the same sentence: "nothing about X", "nothing covers X", ", not X", "I've nothing on X",
  "they don't cover X", "they are silent on X", "they make no mention of X", "X is not mentioned", ", which is not
  the same as X"; a closing decline after the topic
  (", so I can't help with that", "so I can't guide you on that here") or after a spaced dash (" - sorry", " - your
  school will have those") is no part of it, and a closing clause that brings in words the customer did not use
  ("so I can't say whether the scanner is free", " - a taxi is quicker") leaves the claim judged, as does any
  other clause after the denied topic (", but the bus stops outside the door");
- it states no figure or code beyond a contact to turn to.

With :data:`READ_FOUND_SHAPES` (the found45 round) it reads more shapes of the same sentence: "give" as a verb of
covering ("Our notices only give our own fees; I have nothing on X"), a bare "are" of texts named as found ("The
notices I found are our pool rules and hours; they say nothing about X"), "noticeboard" / "entries" / "sheets" as
words for the texts, dialect "nowt on X"; a figure or code inside the denied topic that the customer's question holds
("I have nothing on Ruta 68's tolls") is the question's, not the bot's; and in the covered part "inside" / "within"
name no topic, while "hours" / "times" and "address" are held by a clock time and a street number in the texts,
whatever their language ("gives its address and hours only" of "Av. Grecia 8735 ... 09:00-18:00").

The claim is then *supported* when no evidence sentence holds every content word of the denied topic, and the topic
it says the texts cover is held by them (all its words but one); it is *contradicted* when some evidence sentence
holds the denied topic whole (the texts did cover it). Otherwise the claim is judged as before. A claim settled
here is not read again for an added condition or promise: the reading has taken the whole claim apart already.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from .evidence import INSTRUCTIONS_LABEL, Evidence
from .text import content_stems, times_in
from .text.decline_clauses import CANNOT
from .text.source_nouns import noun_pattern as _noun_pattern
from .text.source_nouns import trace_source_nouns
from .text.tokens import identifiers_in, normalise_quotes, numbers_in

__all__ = ["FOUND_LACK", "NAMED_COVER_HEAD", "ONLY_TEXT_WORDS", "READ_FOUND_LIMITS", "READ_FOUND_SHAPES",
           "READ_FOUND_SOURCES", "READ_NAMED_COVERS", "READ_PROMPT_NOUNS", "SourcesLack", "found_limits",
           "prompt_nouns", "sources_lack", "texts_limit"]

#: Off while the claim decision is fitted (it settles a claim before the decision).
READ_FOUND_SOURCES = True
#: The wider shapes of the found45 round, off in the fit: "give" and a bare "are" as verbs of covering ("Our notices
#: only give our fees", "The notices I found are our pool rules"), "noticeboard" / "entries" / "sheets"
#: as words for a text, dialect "nowt on X", a figure or name of the customer's question inside the denied topic
#: ("nothing on Ruta 68's tolls"), "inside" / "within" as no topic word of the covered part, and "hours" / "times" /
#: "address" of the covered part held by a clock time or a street number in the texts (texts in another language).
READ_FOUND_SHAPES = True
#: The texts named as the system prompt names them ("Our notices only cover ..." where the prompt says "Answer only
#: from the counter notices"), here and for the declines of :mod:`llmops_kit.joined_declines`; off in the fit.
READ_PROMPT_NOUNS = True
#: A sentence that is only what the texts the bot found hold ("The notes I found are about our cat rules and
#: adoptions"), the covered topic held by them, read as a claim of its own and not only beside a decline
#: (:func:`found_limits`), the decl46 round; off in the fit.
READ_FOUND_LIMITS = True
#: The texts named by the bot's own word for a text and a verb of covering, without "only" (the ops49 round): "Our notes
#: cover cockroaches, ants, termites and bed bugs, not bees", "...: our knowledge base covers sessions, mixing,
#: mastering and beats" beside a decline. The word must be one that names nothing but a text ("notes", "pages",
#: "knowledge base"; not "guides", which may be people, nor "information"), and the covered part may be a plain
#: list ("a, b, c and d"). Read also as a joint after a colon by :mod:`llmops_kit.joined_declines`; off in the fit.
READ_NAMED_COVERS = True
#: The source a claim read here is supported by: the retrieval reading counts such a claim as a decline.
FOUND_LACK = "the evidence (what the texts found lack)"
#: The most words of the topic said to be covered that the evidence may lack.
UNHELD_MAX = 1

#: Verbs of covering, for texts named as found or limited by "only".
_COVER_VERBS = (r"cover|covers|are\s+for|is\s+for|are\s+about|is\s+about|list|lists|say|says|mention|mentions"
                r"|describe|describes|deal\s+with|deals\s+with|talk\s+about|talks\s+about|concern|concerns")
#: Verbs of covering read with :data:`READ_FOUND_SHAPES`: "give" ("Our notices only give our fees"), and a bare
#: "are" / "is" of texts named as found ("The notices I found are our pool rules and hours").
_WIDE_VERBS = r"give|gives"
_BARE_VERBS = r"are|is"
#: The texts named as the bot's own finds, then a verb of covering; ``rest`` is what they are said to cover.
_FOUND_HEAD = (
    r"^(?:(?:but|and|so|sadly|unfortunately|i'm afraid)\s*,?\s+)?"
    r"(?:(?:the|both|all|all\s+the|my|our|these|those|the\s+only|the\s+two|the\s+three)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:that\s+|which\s+)?|what\s+)(?:(?:i|we)(?:'ve|\s+have)?\s+(?:found|have|got|was\s+given|were\s+given"
    r"|can\s+see|could\s+find|pulled\s+up|retrieved|checked)|(?<=what\s)came\s+up)"
    r"\s+(?:(?:only|just|all|both)\s+)?"
)
_FOUND_RE = re.compile(_FOUND_HEAD + rf"(?P<verb>{_COVER_VERBS})\b(?P<rest>.*)$", re.IGNORECASE)
_FOUND_WIDE_RE = re.compile(_FOUND_HEAD + rf"(?P<verb>{_COVER_VERBS}|{_WIDE_VERBS}|{_BARE_VERBS})\b(?P<rest>.*)$",
                            re.IGNORECASE)
#: Words for a text, whatever the business.
_TEXT_WORDS = (r"notes?", r"articles?", r"pages?", r"passages?", r"documents?", r"sources?", r"information",
               r"guides?", r"faqs?", r"handbooks?", r"leaflets?", r"brochures?", r"booklets?", r"manuals?")
#: Words for a text read with :data:`READ_FOUND_SHAPES`: what a club or school pins up or lists.
_WIDE_TEXT_WORDS = (r"noticeboards?", r"notice\s+boards?", r"entry", r"entries", r"sheets?")


#: Words that name nothing but a text, for :data:`READ_NAMED_COVERS` (no "guides": a guide may be a person).
ONLY_TEXT_WORDS = (r"notes", r"articles?", r"pages?", r"passages?", r"documents?", r"faqs?", r"handbooks?",
                    r"leaflets?", r"brochures?", r"booklets?", r"manuals?", r"knowledge[- ]base",
                    r"help[- ]cent(?:re|er)")
#: The bot's texts named by such a word, then a verb of covering (no group: a joint's lookahead reads it too).
NAMED_COVER_HEAD = (r"(?:our|my)\s+(?:[\w-]+\s+){0,2}?"
                    rf"(?:{'|'.join(ONLY_TEXT_WORDS)})\s+(?:{_COVER_VERBS})\b")
#: :data:`NAMED_COVER_HEAD` as a whole piece; ``rest`` is what the texts are said to cover.
_NAMED_COVER_RE = re.compile(
    rf"^(?:(?:but|and|so|sadly|unfortunately|i'm afraid)\s*,?\s+)?(?P<head>{NAMED_COVER_HEAD})(?P<rest>.*)$",
    re.IGNORECASE)
#: A covered part that is a plain list, "sessions, mixing, mastering and beats": its commas join items.
_PLAIN_LIST_RE = re.compile(r"^[^,;:]+(?:,\s*[^,;:]+)*,?\s+(?:and|or)\s+[^,;:]+$", re.IGNORECASE)


def _named_cover(text: str) -> re.Match[str] | None:
    """With :data:`READ_NAMED_COVERS`, the match of the texts named by a word for a text and a verb of covering."""
    return _NAMED_COVER_RE.match(text) if READ_NAMED_COVERS else None


def _found_re() -> re.Pattern[str]:
    """The found-texts pattern, with the wider verbs when :data:`READ_FOUND_SHAPES` is on."""
    return _FOUND_WIDE_RE if READ_FOUND_SHAPES else _FOUND_RE


def _named_re(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """:func:`_named_pattern` for these nouns, widened when :data:`READ_FOUND_SHAPES` is on."""
    return _named_pattern(nouns, READ_FOUND_SHAPES)


@lru_cache(maxsize=64)
def _named_pattern(nouns: tuple[str, ...], wide: bool) -> re.Pattern[str]:
    """The texts named by a word for a text or by the trace's own name for them (its system prompt's: "Answer only
    from the counter notices ...") and limited by "only" / "just": "Our notes only cover crampons as part of a
    guided walk", "The guide just lists the opening hours", "Our notices only cover the PC room itself";
    ``rest`` is what they are said to cover."""
    words = "|".join((*_TEXT_WORDS, *(_WIDE_TEXT_WORDS if wide else ()), *(_noun_pattern(n) for n in nouns)))
    verbs = _COVER_VERBS + (f"|{_WIDE_VERBS}" if wide else "")
    return re.compile(
        r"^(?:(?:but|and|so|sadly|unfortunately|i'm afraid)\s*,?\s+)?(?:the|our|my|these|those)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{words})\s+(?:only|just)\s+(?P<verb>{verbs})\b(?P<rest>.*)$",
        re.IGNORECASE,
    )


def prompt_nouns(evidence: Evidence) -> tuple[str, ...]:
    """The trace's own nouns for its texts as its instructions name them (:func:`~llmops_kit.text.source_nouns.
    trace_source_nouns` on the system prompt the evidence holds), for a reader that is not handed them."""
    if not READ_PROMPT_NOUNS:
        return ()
    return trace_source_nouns(next((s.text for s in evidence.sources if s.label == INSTRUCTIONS_LABEL), None))
#: The bot's own knowledge named in the first person and limited: "I only know our hours", "I only have the farm
#: call fees", "I can only help with our shop"; ``rest`` is what it is limited to.
_ONLY_RE = re.compile(
    r"^(?:(?:sorry|sadly|unfortunately|i'm\s+afraid)\s*,?\s+)?(?:i|we)\s+(?:only\s+(?:know|have)(?:\s+about)?"
    r"|(?:'ve|\s+have)\s+only\s+got|can\s+only\s+(?:help|advise|answer|talk)\s+(?:with|about|on))\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_LEAD = r"[,;:\-–—]?\s*(?:but\s+|and\s+)?"
#: How the same sentence denies a topic; ``topic`` is the topic denied.
_DENIALS = (
    re.compile(_LEAD + r"(?:(?:say|says|mention|mentions)\s+)?nothing\s+(?:about|on|regarding|for|covers|mentions"
               r"|says\s+anything\s+about)\s+(?P<topic>.+)$", re.IGNORECASE),
    re.compile(_LEAD + r"(?:i've|i\s+have|we've|we\s+have|i've\s+got)\s+nothing\s+(?:on|about|for)\s+(?P<topic>.+)$",
               re.IGNORECASE),
    re.compile(_LEAD + r"(?:there's|there\s+is)\s+nothing\s+(?:on|about|for)\s+(?P<topic>.+)$", re.IGNORECASE),
    re.compile(_LEAD + r"(?:they|it)\s+(?:(?:are|is)\s+silent\s+(?:on|about)|(?:make|makes)\s+no\s+mention\s+of)"
               r"\s+(?P<topic>.+)$", re.IGNORECASE),
    re.compile(_LEAD + r"(?:they|none\s+of\s+them|neither(?:\s+of\s+them)?)\s+(?:don't\s+|do\s+not\s+|never\s+)?"
               r"(?:cover|covers|mention|mentions|say\s+anything\s+about|list|lists|deal\s+with)\s+(?P<topic>.+)$",
               re.IGNORECASE),
    re.compile(r"[,;:\-–—]\s*(?:but\s+)?not\s+(?P<topic>.+)$", re.IGNORECASE),
    re.compile(r"[;:\-–—]\s*(?:but\s+)?(?P<topic>.+?)\s+(?:is|are)(?:\s+not|n't)\s+(?:mentioned|covered|listed)"
               r"(?:\s+anywhere)?$", re.IGNORECASE),
    re.compile(r",\s*which\s+(?:is|are)(?:\s+not|n't)\s+the\s+same\s+(?:thing\s+)?as\s+(?P<topic>.+)$",
               re.IGNORECASE),
)
#: Denials read with :data:`READ_FOUND_SHAPES`: dialect "nowt" for "nothing" ("nowt on Crucible tickets").
_WIDE_DENIALS = (
    re.compile(_LEAD + r"(?:(?:i've|i\s+have|we've|we\s+have|(?:it|they)\s+(?:has|have))\s+)?nowt\s+(?:about|on|for)"
               r"\s+(?P<topic>.+)$", re.IGNORECASE),
)


def _denials() -> tuple[re.Pattern[str], ...]:
    """The denial patterns, with the wider ones when :data:`READ_FOUND_SHAPES` is on."""
    return (*_DENIALS, *_WIDE_DENIALS) if READ_FOUND_SHAPES else _DENIALS


#: A closing decline after the denied topic: ", so I can't help with that", "so I can't guide you on that here".
_CANT_RE = re.compile(r"\s*,?\s*so\s+" + CANNOT + r"\s+(?:help|guide|recommend|advise|say|tell|confirm|answer|check)"
                      r"\b(?P<tail>.*)$", re.IGNORECASE)
#: Words a closing decline may hold besides the customer's: whom and what it declines, and where.
_DECLINE_WORDS = frozenset({"you", "that", "this", "it", "one", "any", "anyon", "anyone", "here", "with", "on",
                            "about", "there", "sorri", "sorry"})
#: A closing clause set off by a spaced dash after the denied topic: " - sorry", " - your school will have those".
_DASH_TAIL_RE = re.compile(r"\s+[-–—]\s+(?P<tail>[^-–—]+)$")
#: A clause break left inside the denied topic: what follows it says more than the topic.
_MORE_RE = re.compile(r"[,;:]|\s[-–—]\s|\b(?:but|though|although|however|except)\b", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"^(?:a|an|the|any|our|your)\s+", re.IGNORECASE)
_CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ()\-]{6,}\d")
#: Words of the covered part that say how much, not what: "only", "both".
_FILLER = frozenset({"onli", "only", "both", "just", "all"})
#: Words of the covered part that say where, not what ("how guests behave inside it"), with READ_FOUND_SHAPES.
_PLACE_WORDS = frozenset({"insid", "within", "outsid"})
#: Words of the covered part that name a kind of fact, held by a fact of that kind in the texts ("its address and
#: hours" of "Av. Grecia 8735: lunes a viernes 09:00-18:00"), with READ_FOUND_SHAPES.
_TIME_WORDS = frozenset({"hour", "time"})
_ADDRESS_WORDS = frozenset({"address"})
_STREET_NUMBER_RE = re.compile(r"\b[A-Z][\w.]*\s+\d{1,5}\b(?![:.,]?\d)"
                               r"|\b\d{1,5}\s+[A-Z][a-z]+\s+(?:Street|Road|Avenue|St|Rd)\b")


class SourcesLack(NamedTuple):
    """The reading of a claim on what the found texts lack: supported or contradicted, and why."""

    outcome: Literal["holds", "fails"]
    source: str
    sentence: str | None
    topic: str


def _split(claim: str, question: str = "", nouns: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(the topic said to be covered, the topic denied), or None when the claim is not of the shape."""
    text = normalise_quotes(claim).strip(" \"'*-.")
    found = _found_re().match(text)
    if found is None:
        lowered = text.lower()
        if "only" in lowered or "just" in lowered:
            found = _named_re(nouns).match(text)
        if found is None and "only" in lowered and "not" in lowered:
            found = _ONLY_RE.match(text)
        if found is None:
            found = _named_cover(text)
    if found is None:
        return None
    rest = found.group("rest")
    hits = [m for m in (p.search(rest) for p in _denials()) if m is not None]
    if not hits:
        return None
    first = min(hits, key=lambda m: m.start())
    topic = _ARTICLE_RE.sub("", _declined(first.group("topic"), question).strip(" .,;"))
    if not topic or _MORE_RE.search(topic):
        return None  # a clause after the denied topic ("not bus routes, but the bus stops outside") is judged
    return rest[:first.start()], topic


def _declined(topic: str, question: str) -> str:
    """The denied topic less a closing decline that adds nothing but the customer's words ("hull cleaning, so I
    can't help with that" -> "hull cleaning"; "bus routes - sorry"; "school term dates - your school will have
    those"); "" when the closing clause says more."""
    dash = _DASH_TAIL_RE.search(topic)
    if dash is not None:
        if content_stems(dash.group("tail")) - _DECLINE_WORDS - content_stems(question):
            return ""
        topic = topic[:dash.start()]
    if "so " not in topic.lower():
        return topic
    closing = _CANT_RE.search(topic)
    if closing is None:
        return topic
    if content_stems(closing.group("tail")) - _DECLINE_WORDS - content_stems(question):
        return ""
    return topic[:closing.start()]


def _states_figures(claim: str, topic: str, question: str) -> bool:
    """Does the claim state a figure or code beyond a contact to turn to? With :data:`READ_FOUND_SHAPES`, one the
    customer's question holds inside the denied topic ("nothing on Ruta 68's tolls") is the question's, not the
    bot's own."""
    plain = _CONTACT_RE.sub(" ", claim)
    if not (numbers_in(plain) or identifiers_in(plain)):
        return False
    if not READ_FOUND_SHAPES:
        return True
    plain = normalise_quotes(plain)
    rest = plain.replace(topic, " ") if topic in plain else plain
    if numbers_in(rest) or identifiers_in(rest):
        return True
    return not (numbers_in(topic) <= numbers_in(question) and identifiers_in(topic) <= identifiers_in(question))


def _kinds_held(evidence: Evidence) -> frozenset[str]:
    """Words for a kind of fact the texts hold as a fact: "hours" / "times" where they give a clock time, "address"
    where they give a street number (held so in texts of any language)."""
    texts = [source.text for source in evidence.sources if not source.user and source.label != INSTRUCTIONS_LABEL]
    held: set[str] = set()
    if any(times_in(text) for text in texts):
        held |= _TIME_WORDS
    if any(_STREET_NUMBER_RE.search(text) for text in texts):
        held |= _ADDRESS_WORDS
    return frozenset(held)


def sources_lack(claim: str, evidence: Evidence) -> SourcesLack | None:
    """The claim read as what the found texts cover and lack (see the module docstring), or None."""
    if not READ_FOUND_SOURCES:
        return None
    parts = _split(claim, evidence.user_text, prompt_nouns(evidence))
    if parts is None:
        return None
    covered, topic = parts
    if _states_figures(claim, topic, evidence.user_text):
        return None
    denied = content_stems(topic)
    if not denied:
        return None
    for label, sentence in evidence.sentences:
        if denied <= content_stems(sentence):
            return SourcesLack("fails", label, sentence, topic)
    said = content_stems(covered) - _FILLER
    unheld = evidence.novel(said, len(said) + 1)  # the texts' words only: the question's do not count
    if READ_FOUND_SHAPES:
        unheld -= _PLACE_WORDS | evidence.once("found_sources.kinds_held", _kinds_held)
    if len(unheld) > UNHELD_MAX or (said and len(unheld) == len(said)):
        return None
    return SourcesLack("holds", FOUND_LACK, None, topic)


def texts_limit(piece: str, evidence: Evidence) -> bool:
    """Is the piece of a joined claim only what the texts the bot found or named cover, with no denial ("the
    notices I found describe our course and range", "Our notes only cover guided walks"), no figure or code, and
    the covered topic held by the texts (all its words but one)? Read by :mod:`llmops_kit.joined_declines` beside
    a decline: the piece says why the bot declines."""
    if not READ_FOUND_SOURCES:
        return False
    text = normalise_quotes(piece).strip(" \"'*-.")
    found = _FOUND_RE.match(text)
    if found is None:
        lowered = text.lower()
        if "only" in lowered or "just" in lowered:
            found = _named_pattern(prompt_nouns(evidence), False).match(text)
        if found is None:
            found = _named_cover(text)
    if found is None or any(p.search(found.group("rest")) for p in _DENIALS):
        return False
    if numbers_in(text) or identifiers_in(text) or _more_than_listed(found):
        return False
    said = content_stems(found.group("rest")) - _FILLER
    unheld = evidence.novel(said, len(said) + 1)
    return bool(said) and len(unheld) <= UNHELD_MAX and len(unheld) < len(said)


def _more_than_listed(found: re.Match[str]) -> bool:
    """Does the covered part say more than a topic: a clause break in it, other than the commas of a plain list
    after texts named by a word for a text (:data:`READ_NAMED_COVERS`)?"""
    rest = found.group("rest").strip(" .")
    if found.re is _NAMED_COVER_RE and _PLAIN_LIST_RE.match(rest):
        return _MORE_RE.search(rest.replace(",", " ")) is not None
    return _MORE_RE.search(rest) is not None


def found_limits(claim: str, evidence: Evidence) -> bool:
    """With :data:`READ_FOUND_LIMITS`, is the whole claim what the texts the bot found hold, the topic held by them
    (:func:`texts_limit`: "The notes I found are about our cat rules and adoptions")? It states nothing of the
    domain the texts do not; a topic they do not hold ("... are about our pony rides") keeps the claim judged."""
    return READ_FOUND_LIMITS and "found" in claim.lower() and texts_limit(claim, evidence)

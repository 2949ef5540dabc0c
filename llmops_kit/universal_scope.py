"""A price or a gratuity said to hold whatever the case, where the evidence gives a case its own figure or fee.

"Yes, it is 150 zł whatever the suspension" against "Alignment: 150 zł. Cars with lowered suspension: 190 zł",
"inspections are free anywhere in Ohio" against "Roof inspections are free in Franklin and Delaware counties.
Outside those counties there is a $95.00 trip fee". Each of the claim's words and figures is held, so the
hard-fact step and the wording check pass it; what is wrong is the scope the claim gives its figure.

The reading is narrow. The claim must say its scope in so many words: "whatever / whichever the <Y>",
"regardless of (the) <Y>", "no matter (what / which) (the) <Y>", "irrespective of (the) <Y>" (the case named by
<Y>), "anywhere" / "everywhere" / "wherever" (the place), or "any of / all our <group>". Its anchor, a figure of
the claim or its word "free", must stand in an evidence source (not the user's message); and that same source must
state, in a sentence of its own that does not hold the anchor, another figure for the case: a sentence naming <Y>
with an amount of money the claim does not state, or, for a place, a sentence about what lies "outside" / "beyond"
/ "elsewhere" with such an amount or a fee word. A source whose anchor sentence states a universal scope itself
("£35 for everyone", "delivery anywhere in Ireland is €6.50") is not read: the claim restates it; nor is a
sentence giving a case a figure that is no money
("free for under-16s" against "£35 whatever your age").

A group said to do a thing as a whole ("any of our sitters can do it, for EUR 5,00 extra") where the sentence
stating the claim's figure gives it only to some of that group ("Injections are only given by sitters with a
veterinary nursing qualification, for EUR 5,00 extra per visit") is read the same way.

With :data:`READ_OWN_OUTSIDE` (the ``tool47`` round) a claim that states what lies outside itself ("Anywhere inside
the zone, Prague 1-10; ending outside it costs 500 Kč") gives the far side its own terms: its "anywhere" says no
same terms everywhere, and the place is not read (a replaced article's "outside the zone costs 400 Kč" beside the
current one's 500 Kč flagged it).

The other way round, with :data:`READ_EVERY_ARTICLE` (the same round), :func:`said_of_every` lets a claim's "every X"
/ "all (our) X" stand where the evidence says it of each X it speaks of: "Every tandem flight is with a certified
pilot" where the one article naming tandem flights says its tandem flight is "with a certified pilot". The
meaning reading (:mod:`llmops_kit.claim_meaning`) found the scope widened, as no evidence sentence says "every".
Every sentence of a retrieved article (or of their titles) naming the first word of X must hold each content word of the
claim's clause, and one at least must; a sentence naming X without the rest ("tandem flights are also sold as
gift vouchers") leaves the scope widened.

"150 zł whatever the suspension" against "150 zł for every car, lowered ones included" keeps (no other figure); a
claim with no scope words is not read here; nor is one whose <Y> no evidence sentence names.

A deadline widened (:func:`widened_deadline`): the claim lets a thing be done "any day / at any time until <the
season> ends", "before the <session> starts", "until the end of the <term>", a limit set by an event with no lead
time and no date, where a sentence of an evidence source about the same thing (two content words of the claim's
clause besides the event) states a narrower limit: a lead time before that same event ("Cancel at least 7 days
before your session for a full refund") or a date ("Tagged trees must be cut by Dec. 12"). A source that states the
wide limit itself ("cancel any time before the session starts") is not read; nor is a date sentence naming the
event (it dates the event: "the season ends on Dec. 12"); nor a claim that gives a lead time itself ("7 days before
the session starts").
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text.numbers import claim_numbers, evidence_numbers, typed_quantities
from .text.split import sentences_of
from .text.tokens import content_stems, word_stems

__all__ = ["READ_EVERY_ARTICLE", "READ_OWN_OUTSIDE", "said_of_every", "scope_exception", "widened_deadline"]

#: A claim's "every X" held where each evidence sentence naming X says the rest; off in the claim decision's fit.
READ_EVERY_ARTICLE = True
#: "every X", "all X", "all (of) our / the X": the first word of the X a claim's universal is said of.
_EVERY_RE = re.compile(r"\b(?:every|all)\s+(?:of\s+)?(?:our\s+|the\s+)?([a-z][a-z-]{2,})", re.IGNORECASE)

#: A claim stating what lies outside itself read as no "anywhere" scope; off in the claim decision's fit.
READ_OWN_OUTSIDE = True

#: Cheap pre-check: a claim without one of these words states no universal scope.
_CUES = ("whatever", "whichever", "regardless", "no matter", "irrespective", "anywhere", "everywhere", "wherever",
         " our ")
#: "any of our sitters", "all our guides": every member of a group said to do what the claim says.
_GROUP_RE = re.compile(r"\b(?:any|all)\s+(?:of\s+)?our\s+([a-z][a-z-]{2,})", re.IGNORECASE)
#: A restriction of a group to its qualified members: "only given by sitters with a nursing qualification".
_ONLY_SOME_RE = re.compile(r"\bonly\b((?:\s+[\w-]+){1,5}?)\s+(?:with|who|holding|trained|qualified|certified)\b",
                           re.IGNORECASE)
_CASE_RE = re.compile(r"\b(?:whatever|whichever|regardless\s+of|no\s+matter(?:\s+(?:what|which))?|irrespective\s+of)"
                      r"\s+(?:the\s+|your\s+|its\s+|their\s+)?([a-z][a-z-]{2,})", re.IGNORECASE)
_PLACE_RE = re.compile(r"\b(?:anywhere|everywhere|wherever)\b", re.IGNORECASE)
_FREE_RE = re.compile(r"\bfree\b", re.IGNORECASE)
#: A sentence about the places an offer does not reach.
_OUTSIDE_RE = re.compile(r"\b(?:outside|beyond|elsewhere)\b", re.IGNORECASE)
_FEE_RE = re.compile(r"\b(?:fee|fees|charge|charged|surcharge|extra|costs?|pay)\b", re.IGNORECASE)
#: An anchor sentence stating a universal scope of its own: the source itself says the figure holds for every case.
_OWN_SCOPE_RE = re.compile(r"\b(?:everyone|everybody|whatever|whichever|regardless|no\s+matter|irrespective|anywhere|"
                           r"everywhere|wherever)\b", re.IGNORECASE)
#: Words after "whatever" that name no case ("whatever you choose", "whatever happens").
_NO_CASE = frozenset(("you", "we", "they", "happens", "time", "reason", "else", "case", "way"))


def _anchored(sentence: str, numbers: frozenset[str], free: bool) -> bool:
    return bool(numbers & evidence_numbers(sentence)) or (free and _FREE_RE.search(sentence) is not None)


def _other_money(sentence: str, numbers: frozenset[str]) -> bool:
    """The sentence states an amount of money the claim does not."""
    return any(q.endswith(" money") and q[:-6] not in numbers for q in typed_quantities(sentence))


def scope_exception(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, what the claim's scope misses) when a figure said to hold whatever the case is
    given another figure for a case by the source that states it; else None."""
    lowered = claim.lower()
    if not any(cue in lowered for cue in _CUES):
        return None
    case = _CASE_RE.search(claim)
    case_stems = frozenset()
    if case is not None and case.group(1).lower() not in _NO_CASE:
        case_stems = frozenset(word_stems(case.group(1)))
    place = _PLACE_RE.search(claim) is not None and not (READ_OWN_OUTSIDE and _OUTSIDE_RE.search(claim))
    group = _GROUP_RE.search(claim)
    group_stems = frozenset(word_stems(group.group(1))) if group is not None else frozenset()
    if not case_stems and not place and not group_stems:
        return None
    numbers = claim_numbers(claim)
    free = _FREE_RE.search(claim) is not None
    if not numbers and not free:
        return None
    for source in evidence.sources:
        if source.user:
            continue
        sentences = sentences_of(source.text)
        anchors = [s for s in sentences if _anchored(s, numbers, free)]
        for sentence in anchors if group_stems else ():
            for only in _ONLY_SOME_RE.finditer(sentence):
                if group_stems & frozenset(word_stems(only.group(1))):
                    return source.label, sentence, f"any of our {group.group(1)}"
        if not anchors or any(_OWN_SCOPE_RE.search(s) for s in anchors):
            continue
        for sentence in sentences:
            if _anchored(sentence, numbers, free):
                continue
            money = _other_money(sentence, numbers)
            if case_stems and money and case_stems & frozenset(word_stems(sentence)):
                return source.label, sentence, f"a figure for every {case.group(1)}"
            if place and _OUTSIDE_RE.search(sentence) and (money or _FEE_RE.search(sentence)):
                return source.label, sentence, "the same terms everywhere"
    return None


#: Cheap pre-check: a claim without one of these words sets no limit by an event.
_WIDE_CUES = ("until", "till", "before")
#: A limit set by an event: "(any day) until the season ends", "before the session starts", "until the end of the
#: term".
_WIDE_RE = re.compile(r"\b(?:(?:up\s+)?(?:until|till)|before)\s+(?:the|your)\s+([a-z]{3,})\s+"
                      r"(?:starts?|begins?|ends?|closes?|finishes|is\s+over)\b"
                      r"|\b(?:up\s+)?(?:until|till)\s+the\s+end\s+of\s+(?:the|your)\s+([a-z]{3,})\b", re.IGNORECASE)
#: Words of the limit itself, not of what the limit is on.
_LIMIT_WORDS = frozenset(("day", "time", "end", "start", "begin", "close", "finish", "over", "long", "until"))
_NUMBER = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|"
           r"thirty|twenty-four|forty-eight|seventy-two)")
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|nights?)"
#: A lead time said by the claim just before its event limit: "7 days before the session starts".
_CLAIM_LEAD_RE = re.compile(_NUMBER + r"[\s-]*" + _UNIT + r"(?:\s+or\s+more)?\s*$", re.IGNORECASE)
#: A lead time before an event in the evidence: "at least 7 days before your session".
_LEAD_RE = re.compile(r"\b" + _NUMBER + r"[\s-]*" + _UNIT + r"\s+(?:before|ahead\s+of|prior\s+to)\s+"
                      r"(?:the\s+|your\s+|a\s+|each\s+)?([a-z]{3,})", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: A deadline by a date: "must be cut by Dec. 12", "no later than 14 March", "until Friday".
_DATE_LIMIT_RE = re.compile(r"\b(?:by|before|until|till|no\s+later\s+than)\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
                            r"\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}\b|\d{1,2}[./]\d{1,2}\b|"
                            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.IGNORECASE)
#: Clause breaks in a claim: the limit is read against what its own clause says.
_CLAUSE_RE = re.compile(r"[,;:]|\s[-\u2013\u2014]\s")


def widened_deadline(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the limit the claim drops) when the claim lets a thing be done until an event
    while a source sentence about the same thing sets a narrower limit (a lead time before that event, or a date);
    else None."""
    lowered = claim.lower()
    if not any(cue in lowered for cue in _WIDE_CUES):
        return None
    wide = _WIDE_RE.search(claim)
    if wide is None or _CLAIM_LEAD_RE.search(claim[:wide.start()]):
        return None
    event = (wide.group(1) or wide.group(2)).lower()
    event_stems = word_stems(event)
    start = max((m.end() for m in _CLAUSE_RE.finditer(claim[:wide.start()])), default=0)
    after = _CLAUSE_RE.search(claim, wide.end())
    clause = claim[start:after.start() if after is not None else len(claim)]
    subject = content_stems(clause) - event_stems - _LIMIT_WORDS
    if len(subject) < 2:
        return None
    for source in evidence.sources:
        if source.user:
            continue
        sentences = sentences_of(source.text)
        if any(_WIDE_RE.search(s) is not None and word_stems(_WIDE_RE.search(s).group(0)) & event_stems
               for s in sentences):
            continue  # the source states the wide limit itself
        for sentence in sentences:
            lead = _LEAD_RE.search(sentence)
            dated = _DATE_LIMIT_RE.search(sentence)
            if lead is None and dated is None:
                continue
            if len(subject & content_stems(sentence)) < 2:
                continue
            if lead is not None and word_stems(lead.group(1)) & event_stems:
                return source.label, sentence, lead.group(0)
            if dated is not None and not word_stems(sentence) & event_stems:
                return source.label, sentence, dated.group(0)
    return None


def said_of_every(clause: str, evidence: Evidence) -> bool:
    """Does the evidence say the clause of every X its "every X" names: each retrieved article's sentence
    naming the first word of X holds every content word of the clause, and one sentence at least names it
    (:data:`READ_EVERY_ARTICLE`)?"""
    if not READ_EVERY_ARTICLE:
        return False
    match = _EVERY_RE.search(clause)
    if match is None:
        return False
    noun = word_stems(match.group(1))
    wanted = content_stems(clause)
    if not noun or not noun <= wanted or len(wanted) < 2:
        return False
    naming = [sentence for source in evidence.sources if source.label.startswith("document ")
              for sentence in sentences_of(source.text) if noun <= word_stems(sentence)]
    return bool(naming) and all(wanted <= content_stems(sentence) for sentence in naming)

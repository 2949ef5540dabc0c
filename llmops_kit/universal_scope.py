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

"150 zł whatever the suspension" against "150 zł for every car, lowered ones included" keeps (no other figure); a
claim with no scope words is not read here; nor is one whose <Y> no evidence sentence names.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text.numbers import claim_numbers, evidence_numbers, typed_quantities
from .text.split import sentences_of
from .text.tokens import word_stems

__all__ = ["scope_exception"]

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
    place = _PLACE_RE.search(claim) is not None
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

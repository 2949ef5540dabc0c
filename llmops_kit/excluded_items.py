"""A claim saying a plan or offer covers what its evidence leaves out: "the offer also covers lockers" against
"50% off on Small, Medium and Large units (not lockers)", "covers ... blocked drains" against "Drains and outside
taps are not included".

The hard-fact step checks a claim's figures and the meaning readings (:mod:`llmops_kit.claim_meaning`) read
claims with no figure, so an exclusion turned round inside a claim that also states a price passes both. This
reading is narrow: the evidence must name the thing as left out in so many words (a parenthesis "(not X)",
"X ... are not included / covered", "does not include / cover X", "excluding X"), and the claim's clause must
say it is covered or included (a form of *include* or *cover*) with no negation or exception of its own. A claim
that mentions the thing in any other way (its price, a denial) is not read here.

An exclusion may also be appended to the offer it limits ("Members get 10% off new items, not on repairs or
second-hand stock", "The card covers cuts only, not colour or treatments") or say the thing is never covered
("River crossings are never insured"): "club members get 10% off everything, repairs included" and "every 6th
visit is half price, colour included" turn those round. ", not just / only / before / more than ..." leaves nothing
out and is not read. A claim clause that keeps to what it names ("covers cuts only") or whose comma opens a
consequence (", so colour is paid as usual") includes nothing left out.

Two more ways of leaving a thing out are read against the thing a claim names as included, and only that thing
(the words after "including" / "includes" / "covers", or the subject of "... is included / covered"): an
exception to a whole ("we refund everything except the deposit", "all items except X") and a charge of its own
("Changes to the source text after delivery are charged as new work", "X is charged separately", "X is extra").
So "you get everything back including the deposit" and "at no charge, including any changes you make to the
source text" are contradicted, while "£20 including VAT" against "all prices include VAT" keeps, as nothing there
leaves VAT out. Words before "including" that deny or except it ("not including", "without") leave it alone.

A thing a claim says is included ("<thing> is / are included", "with <thing> included") is charged, too, when the
evidence prices it and gives it away nowhere (:data:`READ_PRICED_INCLUSIONS`, the ``cond47`` round): "the plastron
is included in the hire" against "A plastron is compulsory; reception sells them for 9 900 Ft". The price is an
evidence sentence holding every word of the thing with an amount of money, no word that gives anything away
("free", "incl.", "included", "no charge", ...) and no "with" ("£65 with all materials" prices the whole); and no
evidence sentence naming the thing gives it away ("Two rounds of revisions are included, each extra round is
₦15,000" keeps "revisions included"). What a plan "covers" or a price "includes" is not read so: "the minimum
covers small pieces", "shoes come with every game" name a priced thing as often as not, and rightly. The same
switch reads the inclusion written after "with" ("with the certification and the e-learning both included"), so
"E-learning is extra" is held against it. A thing included in a set ("every red-tagged tool, the pressure washer
included") is no inclusion in a price and is not read.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .free_claims import GIVEN_AWAY
from .text import sentences_of
from .text.case_key import case_key
from .text.numbers import typed_quantities
from .text.tokens import word_stems
from .textcache import text_cache

__all__ = ["READ_PLACE_DENIALS", "READ_PRICED_INCLUSIONS", "covered_exclusion", "included_things"]

#: Read a thing said included that the evidence prices and never gives away as charged, and read "with <thing>
#: (both) included" as an inclusion (the ``cond47`` round); off in the claim-decision fit.
READ_PRICED_INCLUSIONS = True

_NOT_PAREN_RE = re.compile(r"\((?:but )?not ([^()]{2,60})\)", re.IGNORECASE)
_NOT_INCLUDED_RE = re.compile(r"(?:^|[.;:]\s*)([^.;:]{2,80}?)\s+(?:is|are)\s+(?:not|never)\s+"
                              r"(?:included|covered|insured)\b", re.IGNORECASE)
#: An exclusion appended to an offer or a scope: "10% off new items, not on repairs or second-hand stock", "The
#: card covers cuts only, not colour or treatments". Not "not just / only / before / more than ...", which say no
#: thing is left out.
_COMMA_NOT_RE = re.compile(r",\s+(?:but\s+)?not\s+(?!(?:just|only|merely|simply|necessarily|always|yet|later|"
                           r"earlier|before|after|until|more|less|over|under|within|beyond|sure|all|every|everything|"
                           r"including|included|counting)\b)(?:(?:on|for|to|in)\s+)?([^.;:()]{2,60})",
                           re.IGNORECASE)
#: "There is X ..., but not in / at Y" says where a thing is missing, not that Y is left out of an offer ("There is
#: wifi at the auberge, but not in the camp" leaves the camp in every offer it is in); off in the claim-decision fit.
READ_PLACE_DENIALS = True
_THERE_IS_RE = re.compile(r"\s*there(?:\s+is|\s+are|'s|’s)\b", re.IGNORECASE)
_IN_PLACE_RE = re.compile(r",\s+(?:but\s+)?not\s+(?:in|at|inside)\s", re.IGNORECASE)
_DOES_NOT_RE = re.compile(r"\b(?:does not|doesn't|do not|don't)\s+(?:include|cover)\s+([^.;:()]{2,60})"
                          r"|\bexclud(?:es|ing)\s+([^.;:()]{2,60})", re.IGNORECASE)
#: A clause of the claim that says something is covered or included.
_COVERS_RE = re.compile(r"\b(?:cover(?:s|ed)?|includ(?:e|es|ed|ing))\b", re.IGNORECASE)
#: "cover" the noun, no verb: after a determiner ("the cover", "our cover") or before a verb of its own ("the parts
#: cover excludes ...", "the parts cover is ...") or ending the clause ("excluded from the parts cover"); "the plans
#: cover lifts" and "we cover" stay the verb.
_NOUN_COVER_RE = re.compile(r"\b(?:the|a|an|our|your|this|its|their|my|his|her)\s+cover\b(?!\s+(?:the|all|any|every|"
                            r"both|each|it|them|you|your|our|their|this|that|these|those|most|only|up)\b)"
                            r"|\bcover(?=\s+(?:excludes|excluding|includes|including|is|isn't|was|does|doesn't|has|"
                            r"only|stops|applies|lasts|runs|ends|starts)\b)"
                            r"|\b(?:the|our|your|this|its|their)\s+\w+\s+cover(?=\s*(?:[.,;:!?)]|$))", re.IGNORECASE)
#: A claim clause that negates or makes an exception leaves an exclusion standing.
_NEGATION_RE = re.compile(r"\b(?:not|no|never|except|excluding|without|isn't|aren't|doesn't|don't|nor)\b|n't\b",
                          re.IGNORECASE)
#: Where a claim's clause ends: a sentence, a "but", or a comma opening a clause of its own (", and if one arrives
#: damaged" says nothing of what is covered), never a comma between the items of a list.
_CLAUSE_RE = re.compile(r"[;.!?]\s+|\s+but\s+|,\s+so\s+"
                        r"|,\s+(?:(?:and|or|but|so)\s+)?(?=(?:if|when|while|unless|once|you|we|it|they|i)\b)",
                        re.IGNORECASE)
#: A claim clause that keeps its scope to what it names ("the card covers cuts only") includes nothing left out.
_ONLY_RE = re.compile(r"\bonly\b", re.IGNORECASE)
#: Words an exclusion names that say nothing of the thing excluded.
_LIGHT = frozenset(("also", "any", "all", "other", "includ", "cover", "plan", "offer", "price", "cost", "the",
                    "against", "with", "from", "into", "over", "under", "about", "after", "before", "caus"))
#: Where the subject of "... is not covered" stops naming the thing: "Damage caused by washing ..." is damage.
_SUBJECT_END_RE = re.compile(r"\s+(?:caused|by|from|that|which|when|if|against|due|resulting|during)\b",
                             re.IGNORECASE)

#: An exception to a whole: "we refund everything except the deposit", "all units except lockers".
_EXCEPT_RE = re.compile(r"\b(?:everything|all|anything|every\s+\w+)\b[^.;:()]{0,50}?\bexcept(?:\s+for)?\s+"
                        r"([^.;:(),]{2,60})", re.IGNORECASE)
#: A thing charged on its own: "Changes ... are charged as new work", "X is billed separately", "X is extra".
_CHARGED_RE = re.compile(r"(?:^|[.;:!?]\s*)([^.;:!?]{2,80}?)\s+(?:(?:is|are)\s+(?:(?:charged|billed)\s+(?:as\s+"
                         r"(?:a\s+)?new\s+(?:work|job|order|booking)|separately|extra|on\s+top|in\s+addition|"
                         r"additionally)|extra|an\s+extra\s+(?:charge|cost)|at\s+extra\s+cost)|costs?\s+extra)\b",
                         re.IGNORECASE)
#: A sum paid back short of a thing: "we refund the booking fee less the deposit", "the total minus any deposit".
_LESS_RE = re.compile(r"\b(?:refund\w*|back|amount|price|total|fee|paid|cost)\s+(?:less|minus)\s+(?!than\b)"
                      r"(?:the|a|an|any|your)\s+([^.;:(),]{2,60})", re.IGNORECASE)
#: Where the named thing stops: "Changes to the source text after delivery" are changes to the source text.
_THING_END_RE = re.compile(r"\s+(?:caused|by|from|that|which|when|if|unless|against|due|resulting|during|after|"
                           r"before|within|once|until|where|while)\b", re.IGNORECASE)
#: The thing a claim says is included: after "including" ..., or before "is included / covered".
_INCLUDING_RE = re.compile(r"(\b\w+\s+)?\b(?:including|includes|covers|comes?\s+with)\s+([^.;:!?,()]{2,80})",
                           re.IGNORECASE)
_IS_INCLUDED_RE = re.compile(r"((?:\w+\s+){1,6}?)(?:is|are)\s+(?:also\s+)?(?:included|covered)\b", re.IGNORECASE)
#: "with the certification and the e-learning both included": the things between "with" and "included".
_WITH_INCLUDED_RE = re.compile(r"\bwith\s+([^.;:!?,()]{2,80}?)\s+(?:both\s+|all\s+|also\s+)?included\b",
                               re.IGNORECASE)
#: An evidence sentence that gives something away: it may give the very thing it prices ("€490 incl. certification").
_GIVES_AWAY_RE = re.compile(r"\bfree\b|\bincl|" + GIVEN_AWAY, re.IGNORECASE)
#: A price sentence that sells one thing with another ("£65 with all materials") prices the whole, not the thing.
_WITH_RE = re.compile(r"\bwith\b", re.IGNORECASE)
#: A word just before "including" that turns it round.
_TURNED = frozenset(("not", "without", "except", "excluding", "never", "no"))


@text_cache(maxsize=4096)
def _left_out_whole(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """(the stems left out, the sentence saying so) of each exception to a whole or separate charge (cached)."""
    key = text.lower() if text.isascii() else case_key(text)
    if ("except" not in key and "extra" not in key and "charged" not in key and "billed" not in key
            and "less" not in key and "minus" not in key):
        return ()
    out = []
    for pattern in (_EXCEPT_RE, _CHARGED_RE, _LESS_RE):
        for match in pattern.finditer(text):
            named = _THING_END_RE.split(match.group(1), maxsplit=1)[0]
            stems = frozenset(w for w in word_stems(named) if len(w) > 3 and w not in _LIGHT)
            if stems:
                out.append((stems, match.group(0).strip(" .;:")))
    return tuple(out)


def included_things(claim: str, said_included: bool = False) -> list[frozenset[str]]:
    """The stems of each thing a claim says is included or covered ("including the deposit", "lunch is included"),
    none turned round by a word before it or a negation of its own; with ``said_included``, only the things said
    to be included ("lunch is included", "with lunch included"), no thing a plan covers or a price includes."""
    if said_included:
        return _said_included(claim)
    out = []
    for match in _INCLUDING_RE.finditer(claim):
        before, thing = match.group(1), match.group(2)
        if (before and before.strip().lower() in _TURNED) or _NEGATION_RE.search(thing):
            continue
        out.append(frozenset(w for w in word_stems(thing) if len(w) > 3 and w not in _LIGHT))
    key = claim.lower()
    for match in _IS_INCLUDED_RE.finditer(claim) if "included" in key or "covered" in key else ():
        if not _NEGATION_RE.search(match.group(1)):
            out.append(frozenset(w for w in word_stems(match.group(1)) if len(w) > 3 and w not in _LIGHT))
    if READ_PRICED_INCLUSIONS:
        out.extend(_with_included(claim, key))
    return [stems for stems in out if stems]


def _said_included(claim: str) -> list[frozenset[str]]:
    """The stems of each thing a claim says "is / are included" or "with ... included", not turned round."""
    key = claim.lower()
    if "included" not in key:
        return []
    out = [frozenset(w for w in word_stems(match.group(1)) if len(w) > 3 and w not in _LIGHT)
           for match in _IS_INCLUDED_RE.finditer(claim)
           if match.group(0).lower().endswith("included") and not _NEGATION_RE.search(match.group(1))]
    return [stems for stems in (*out, *_with_included(claim, key)) if stems]


def _with_included(claim: str, key: str) -> list[frozenset[str]]:
    """The stems of each thing of "with <things> (both) included", not turned round."""
    if "with" not in key or "included" not in key:
        return []
    return [frozenset(w for w in word_stems(match.group(1)) if len(w) > 3 and w not in _LIGHT)
            for match in _WITH_INCLUDED_RE.finditer(claim) if not _NEGATION_RE.search(match.group(1))]


@text_cache(maxsize=4096)
def _excluded(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """(the stems left out, the sentence saying so) of each exclusion a source states (cached)."""
    out = []
    patterns = (_NOT_PAREN_RE, _NOT_INCLUDED_RE, _DOES_NOT_RE, _COMMA_NOT_RE) if ", not " in text or ", but not " in \
        text else (_NOT_PAREN_RE, _NOT_INCLUDED_RE, _DOES_NOT_RE)
    for pattern in patterns:
        for match in pattern.finditer(text):
            named = next(g for g in match.groups() if g)
            if pattern is _NOT_INCLUDED_RE:
                named = _SUBJECT_END_RE.split(named, maxsplit=1)[0]
            stems = frozenset(w for w in word_stems(named) if len(w) > 3 and w not in _LIGHT)
            if stems:
                said = match.group(0)
                if pattern is _COMMA_NOT_RE:  # the offer the exclusion is appended to, up to the exclusion's end
                    start = max(text.rfind(mark, 0, match.start()) for mark in ".!?;:") + 1
                    said = text[start:match.end()]
                    if READ_PLACE_DENIALS and _THERE_IS_RE.match(said) and _IN_PLACE_RE.match(text, match.start()):
                        continue  # "There is wifi at the auberge, but not in the camp": where a thing is missing
                out.append((stems, said.strip(" .;:")))
    return tuple(out)


def covered_exclusion(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the evidence's exclusion, the thing) when a clause of the claim says covered or included what the
    evidence leaves out (see the module docstring), else None."""
    key = claim.lower() if claim.isascii() else case_key(claim)
    if "cover" not in key and "includ" not in key:
        return _charged_inclusion(claim, evidence) if "comes with" in key or "come with" in key else None
    if _COVERS_RE.search(claim) is None:
        return None  # no form of cover or include (in the case key the case-blind pattern reads): nothing to read
    for clause in _CLAUSE_RE.split(claim):
        if _COVERS_RE.search(clause) is None or _NEGATION_RE.search(clause) or _ONLY_RE.search(clause):
            continue
        if "cover" in clause.lower() and _COVERS_RE.search(_NOUN_COVER_RE.sub(" ", clause)) is None:
            continue  # the only "cover" is the noun ("the parts cover excludes ropes"): nothing said covered
        words = word_stems(clause)
        for source in evidence.sources:
            if source.user:
                continue
            for stems, said in _excluded(source.text):
                shared = words & stems
                if shared:
                    return source.label, said, sorted(shared)[0]
    return _charged_inclusion(claim, evidence)


def _charged_inclusion(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the evidence's exception or charge, the thing) when a thing the claim says is included is excepted
    from a whole or charged on its own by the evidence, else None."""
    things = included_things(claim)
    for source in evidence.sources if things else ():
        if source.user:
            continue
        for stems, said in _left_out_whole(source.text):
            for thing in things:
                shared = thing & stems
                if shared:
                    return source.label, said, sorted(shared)[0]
    if not READ_PRICED_INCLUSIONS:
        return None
    said = included_things(claim, said_included=True)
    return _priced_inclusion(said, evidence) if said else None


@text_cache(maxsize=4096)
def _stated_sentences(text: str) -> tuple[tuple[frozenset[str], str, bool, bool], ...]:
    """(stems, sentence, whether it states an amount of money, whether it gives something away) of each sentence
    of a source (cached: articles recur)."""
    return tuple((word_stems(sentence), sentence, any(q.endswith(" money") for q in typed_quantities(sentence)),
                  _GIVES_AWAY_RE.search(sentence) is not None) for sentence in sentences_of(text))


def _priced_inclusion(things: list[frozenset[str]], evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the evidence's price, the thing) when a thing the claim says is included is priced by an evidence
    sentence giving nothing away, and no evidence sentence naming it gives it away; else None. A price list states
    what is charged, so an answer folding a priced thing into another price gives away what the business sells."""
    sentences = [(source.label, found) for source in evidence.sources if not source.user
                 for found in _stated_sentences(source.text)]
    for thing in things:
        if any(given and not thing.isdisjoint(stems) for _, (stems, _, _, given) in sentences):
            continue
        for label, (stems, sentence, money, given) in sentences:
            if money and not given and thing <= stems and not _WITH_RE.search(sentence):
                return label, sentence.strip(" .;"), sorted(thing)[0]
    return None

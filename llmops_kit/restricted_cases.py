"""A held "only" rule applied to the customer's own case: "dogs are welcome on the ground floor only, so not in the
quiet room upstairs" to "Can I bring my dog to the quiet room upstairs?"; "collections run on Mondays only, so
Wednesday isn't possible" to "Can you collect our knives on Wednesday 20/01?".

The consequence after "so" words no evidence sentence: it names the customer's case (the question's words) and
denies it, which follows from the rule when the case is not what the rule admits. Read sets of one author flagged
such healthy answers (the para54 round counted the "rule applied to the customer's case" shape on five sets), and
their wrong twins reverse the rule in other words ("dogs are welcome on every floor"), which this does not read.

A claim is read here when all of these hold:

- it is "<rule>, so <consequence>", the rule's last part (after a colon or a dash) holding the word "only";
- the consequence denies ("not", "n't", "no", "cannot") and its content words, but for a few verdict words
  (:data:`_VERDICT_WORDS`: "possible", "allowed", ...), are all the customer's (the question's), one at least;
- none of those case words is a word of the rule: the case is not one the rule admits (a case the rule names, "so
  not on the ground floor" of "ground floor only", is no such form and stays judged); a weekday case needs a rule
  naming weekdays, another weekday ("Wednesday" of "Mondays only"), and a rule of weekdays a weekday case;
- the rule shares a content word with the question (its subject: "dog", "collect"), so a consequence about
  another thing ("so not cats" of a dogs rule) is not read;
- an evidence sentence, not the customer's, says "only" and holds every content word of the rule the question
  does not.

The consequence is then settled (the reading only holds, never fails), and the rule part is judged on its own
(:func:`llmops_kit.grounding.judge_claims`), so a rule the evidence does not state stays unsupported. Switched off
by ``READ_RESTRICTED_CASES`` in the claim-decision fit (``tools/fit_claim_decision.py``).

:func:`outside_distance` (``READ_OUTSIDE_DISTANCES``) reads the customer's place said to be outside a held distance
("Sorry, Papakura's outside our run: we deliver within 15 km of Ponsonby" to "We're staying in Papakura, 30 km
out"): the rule states one "within N <unit>" an evidence sentence on its subject states too, the customer's message
gives one distance of that unit, and the consequence ("outside our run", "too far") names nothing but the customer's
words and the verdict's. The comparison decides: it holds when the customer's distance is past N, and fails (the
claim contradicted) when it is not. Nothing here looks at a set's own words, the answer's length or its position.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .limit_sides import quantities
from .rule_applications import Application
from .text import content_stems, sentences_of
from .text.tokens import stem

__all__ = ["READ_OUTSIDE_DISTANCES", "READ_RESTRICTED_CASES", "outside_distance", "restricted_case"]

#: Switch for the reading (off in the claim-decision fit).
READ_RESTRICTED_CASES = True

#: "<rule>, so <consequence>": the consequence runs to the claim's end (an apology may close it).
_SO_RE = re.compile(r"^(?P<rule>.+?),?\s+so\s+(?P<consequence>[^,;:]+?)(?:,\s*(?:sorry|I['’]m afraid|unfortunately))?"
                    r"\s*[.!]?$", re.IGNORECASE)
#: Where the rule's own words start after a preface ("The booking didn't go through: ...", "Sorry - ...").
_PREFACE_RE = re.compile(r"^.*(?::\s+|\s+[-–—]\s+)")
_ONLY_RE = re.compile(r"\bonly\b", re.IGNORECASE)
_DENIAL_RE = re.compile(r"n['’]t\b|\b(?:not|no|cannot|never)\b", re.IGNORECASE)
#: Words a denial of the customer's case is said with, beside the case's own.
_VERDICT_WORDS = frozenset(stem(w) for w in (
    "possible", "allowed", "permitted", "available", "able", "there", "either", "option", "go", "come", "bring",
    "do", "sorry", "afraid", "unfortunately", "doable", "work", "manage"))
#: An apology opening the rule ("Sorry, dogs are ..."), no word of the rule to hold.
_COURTESY = frozenset(stem(w) for w in ("sorry", "afraid", "unfortunately", "apologies"))
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_STEMS = frozenset(stem(d) for d in _WEEKDAYS) | frozenset(stem(d + "s") for d in _WEEKDAYS)


def _weekdays(stems: frozenset[str]) -> frozenset[str]:
    return stems & _WEEKDAY_STEMS


def restricted_case(claim: str, evidence: Evidence) -> Application | None:
    """The application when the claim denies the customer's case after "so" by an "only" rule an evidence sentence
    states, the case being one the rule does not admit (see the module docstring); else None."""
    if not READ_RESTRICTED_CASES or not evidence.user_text or " so " not in claim.lower():
        return None
    match = _SO_RE.match(claim.strip())
    if match is None:
        return None
    rule_part = match.group("rule")
    rule = _PREFACE_RE.sub("", rule_part)
    consequence = match.group("consequence")
    if not _ONLY_RE.search(rule) or not _DENIAL_RE.search(consequence):
        return None
    question = content_stems(evidence.user_text)
    case = content_stems(consequence) - _VERDICT_WORDS
    if not case or not case <= question:
        return None
    rule_stems = content_stems(rule) - _COURTESY
    if case & rule_stems or not (rule_stems - {"onli"}) & question:
        return None
    # a weekday case is outside a rule naming other weekdays only; a rule naming none says nothing of days, and
    # a rule of days says nothing of a case that is no day
    if bool(_weekdays(case)) != bool(_weekdays(rule_stems)):
        return None
    needed = rule_stems - question
    for source in evidence.sources:
        if source.user:
            continue
        for sentence in sentences_of(source.text):
            if _ONLY_RE.search(sentence) and needed <= content_stems(sentence):
                return Application("holds", source.label, sentence, consequence, rule_part)
    return None


#: Switch for the distance reading (off in the claim-decision fit).
READ_OUTSIDE_DISTANCES = True

#: "within 15 km": the one distance bound a rule may state (its number and unit).
_WITHIN_RE = re.compile(r"\bwithin\s+(?:a\s+)?(\d+(?:[.,]\d+)?)[\s-]*(km|kilomet(?:re|er)s?|miles?|mi)\b",
                        re.IGNORECASE)
#: A verdict that the customer's place lies past the bound: "outside our run", "beyond the area", "too far".
_OUTSIDE_RE = re.compile(r"\b(?:outside|beyond|out of)\s+(?:of\s+)?(?:our|the|your)\b|\btoo far\b", re.IGNORECASE)
#: Words of such a verdict beside the customer's own: the area's names and the verdict's.
_AREA_WORDS = frozenset(stem(w) for w in (
    "outside", "beyond", "far", "area", "run", "zone", "range", "radius", "patch", "delivery", "service", "route",
    "round", "coverage", "limit", "sorry", "afraid", "unfortunately", "bit", "just", "little"))
_UNIT = {"km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
         "mile": "mi", "miles": "mi", "mi": "mi"}


def _parts(claim: str) -> tuple[str, str] | None:
    """(rule, consequence) of "<consequence>: <rule>" or "<rule>, so <consequence>"; None for any other form."""
    text = claim.strip().rstrip(".!")
    if ": " in text:
        consequence, rule = text.split(": ", 1)
        return rule, consequence
    match = _SO_RE.match(claim.strip())
    return (match.group("rule"), match.group("consequence")) if match else None


def outside_distance(claim: str, evidence: Evidence) -> Application | None:
    """The application when the claim says the customer's place is outside a held "within N <unit>" and the
    customer's message gives one distance of that unit (see the module docstring): it holds when that distance is
    past N, and fails when it is not; else None."""
    if not READ_OUTSIDE_DISTANCES or not evidence.user_text:
        return None
    parts = _parts(claim)
    if parts is None:
        return None
    rule, consequence = parts
    bounds = _WITHIN_RE.findall(rule)
    if len(bounds) != 1 or not _OUTSIDE_RE.search(consequence) or _DENIAL_RE.search(consequence):
        return None
    limit, unit = float(bounds[0][0].replace(",", ".")), _UNIT[bounds[0][1].lower()]
    if _WITHIN_RE.search(consequence):
        return None
    given = [value for value, said in quantities(evidence.user_text).items() if _UNIT.get(said.lower()) == unit]
    if len(given) != 1:
        return None
    question = content_stems(evidence.user_text)
    if not content_stems(consequence) - _AREA_WORDS <= question:
        return None
    subject = content_stems(_WITHIN_RE.sub(" ", rule)) - _COURTESY
    for source in evidence.sources:
        if source.user:
            continue
        for sentence in sentences_of(source.text):
            held = [(float(n.replace(",", ".")), _UNIT[u.lower()]) for n, u in _WITHIN_RE.findall(sentence)]
            if (limit, unit) in held and subject & content_stems(sentence):
                return Application("holds" if given[0] > limit else "fails", source.label, sentence, consequence,
                                   rule)
    return None

"""A month or a weekday an answer says falls outside the evidence's range: "Sadly August is outside the peony window -
they're imported and only available October to December" against "peonies are imported and only available from
October to December", "Members can't use the studio on Sundays: access is Monday to Saturday only" against "may use
the studio Monday to Saturday".

No evidence sentence says the thing is unavailable in August or on Sundays: that is the result of holding the
customer's month or day against the range, which is a comparison of given facts, as a length of time held against
a limit is (:mod:`llmops_kit.rule_applications`). Here a claim is read as such a comparison when all of these hold:

- it restates a range of months or of weekdays ("October to December", "Monday to Saturday"), and an evidence
  sentence (not the customer's) states the same range and shares :data:`SUBJECT_MIN` of the claim's other words
  (its subject: "peonies imported available", "members use studio");
- it names another month or weekday of the same kind, and says it is excluded ("outside", "not", "can't", "no",
  "closed", "unavailable");
- its words are the range sentence's, the question's or the comparison's ("outside", "window", "season"), all but
  one.

The claim is then *supported* when every such month or day lies outside the range, and *contradicted* when every
one lies inside it ("June is outside the season" of "May to October"); a mix decides nothing. A range no evidence
sentence on the subject gives is no comparison: the claim is judged as before.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from .evidence import Evidence
from .text import content_stems
from .text.char_scans import holds_any
from .text.worded_forms import MONTHS, WEEKDAYS, in_cycle

__all__ = ["READ_RANGES", "Outside", "outside_range"]

#: Off while the claim decision is fitted (it settles a claim before the decision).
READ_RANGES = True
#: The claim's other words a range sentence must share: its subject.
SUBJECT_MIN = 2
#: The most of the claim's other words the range sentence and the question may lack.
UNHELD_MAX = 1

_KINDS = (MONTHS, WEEKDAYS)
_UNITS = (*MONTHS, *WEEKDAYS)
_UNIT = "|".join(_UNITS)
_RANGE_RE = re.compile(r"\b(" + _UNIT + r")s?\s*(?:to|through|until|till|-|–|—)\s*(" + _UNIT + r")s?\b",
                       re.IGNORECASE)
_UNIT_RE = re.compile(r"\b(" + _UNIT + r")s?\b", re.IGNORECASE)
_EXCLUDED_RE = re.compile(r"\b(?:outside|not|no|never|closed|unavailable|can['’]t|cannot|isn['’]t|aren['’]t|"
                          r"won['’]t|don['’]t|doesn['’]t)\b", re.IGNORECASE)
#: The comparison's own words, which no evidence sentence need hold.
_COMPARISON_STEMS = content_stems("outside not no never closed unavailable can't cannot window season period range "
                                  "only")


class Outside(NamedTuple):
    """A claim's month or day held against an evidence range: the outcome, and the range sentence."""

    outcome: Literal["holds", "fails"]
    source: str
    sentence: str


def _kind(unit: str) -> tuple[str, ...]:
    return MONTHS if unit in MONTHS else WEEKDAYS


def _inside(unit: str, first: str, last: str) -> bool:
    """Is ``unit`` inside the range ``first``-``last`` (both ends in, round the year or the week)?"""
    kind = _kind(first)
    at, start, end = kind.index(unit), kind.index(first), kind.index(last)
    return in_cycle(at, start, end, len(kind))


def _may_name_unit(claim: str) -> bool:
    """May :data:`_RANGE_RE` match the claim? An ASCII claim holds, lower-cased, a month's or a weekday's name
    wherever it matches: substring tests (not words: the pattern's joiner may have no space, "May-June") spare most
    claims both patterns. Case folding lets a non-ASCII letter match ("ſ" as "s"), so any other claim may."""
    if not claim.isascii():
        return True
    lower = claim.lower()
    return holds_any(lower, _UNITS)


def outside_range(claim: str, evidence: Evidence) -> Outside | None:
    """The claim's excluded month or day held against the evidence's range (see the module docstring), or None."""
    if not READ_RANGES or not _may_name_unit(claim) or _EXCLUDED_RE.search(claim) is None:
        return None
    match = _RANGE_RE.search(claim)
    if match is None:
        return None
    first, last = match.group(1).lower(), match.group(2).lower()
    if _kind(first) is not _kind(last):
        return None
    said = {u.lower() for u in _UNIT_RE.findall(claim[: match.start()] + " " + claim[match.end():])}
    others = {u for u in said if u in _kind(first) and u not in (first, last)}
    if not others:
        return None
    units = content_stems(" ".join((*MONTHS, *WEEKDAYS)))
    words = content_stems(claim) - units - _COMPARISON_STEMS
    asked = content_stems(evidence.user_text) if evidence.user_text else frozenset()
    for label, sentence in evidence.sentences:
        held = [(m.group(1).lower(), m.group(2).lower()) for m in _RANGE_RE.finditer(sentence)]
        if (first, last) not in held:
            continue
        stems = content_stems(sentence)
        if len(words & stems) < SUBJECT_MIN or len(words - stems - asked) > UNHELD_MAX:
            continue
        inside = [_inside(u, first, last) for u in others]
        if not any(inside):
            return Outside("holds", label, sentence)
        if all(inside):
            return Outside("fails", label, sentence)
        return None
    return None

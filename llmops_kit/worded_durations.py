"""A length of time written in words, given another value than the evidence gives it: "book at least a week ahead"
against "book one by phone at least a day ahead", "hardy trees have a one-year guarantee" against "carry a
two-year guarantee".

The hard-fact step (:mod:`llmops_kit.grounding`) and the moved-figure readings read a figure written with digits;
"a week", "one day" and "two-year" hold none, so a claim that changes them passes every figure check, and its words
are the evidence's. Here a claim's durations written with an article or a number word ("a day", "an hour", "one
week", "two-year"; and "30-day", whose unit the figure readers leave aside) are compared with the durations of the
evidence sentences, written in any of these ways or with digits ("24 hours", "1-2 days"), on one scale (a week is
seven days, a year twelve months, within a tenth: "a month" and "30 days" are one length). Only a claim stating
one length of time is read (one relating lengths, "three weeks is more than 14 days", or counting from now, "three
weeks out", speaks of the customer's case). An evidence sentence that states one length, not the claimed one,
shares at least
:data:`~llmops_kit.grounding_context.CONTEXT_MIN` of the claim's words (durations and number words aside) and
:data:`~llmops_kit.grounding_context.CONTEXT_MARGIN` more than any evidence sentence stating the claimed length,
says how long the thing is, and the claim is *contradicted*. A frequency or a rate ("twice a week", "£8 a day",
"per hour"), half of a unit, an age ("ten-year-old") and working days against calendar days are not compared; a
length the customer states is theirs to state.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .grounding_context import CONTEXT_MARGIN, CONTEXT_MIN
from .text import sentences_of, words_in
from .text.case_key import case_key
from .text.tokens import word_stems
from .textcache import text_cache

__all__ = ["changed_duration"]

_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
#: Tens joined to a unit word by a hyphen make one number ("twenty-four"), not a range.
_TENS = frozenset(("twenty", "thirty", "forty", "fifty", "sixty", "ninety"))
#: Each unit's length in days.
_DAYS = {"minute": 1 / 1440, "min": 1 / 1440, "hour": 1 / 24, "hr": 1 / 24, "day": 1.0, "night": 1.0,
         "week": 7.0, "fortnight": 14.0, "month": 365.25 / 12, "year": 365.25}
_NUMBER = r"\d+(?:\.\d+)?|" + "|".join(sorted(_WORDS, key=len, reverse=True))
#: A duration: a number (digits or a word, or an article) and a unit, with a space or a hyphen, and optionally a
#: number before it making a range ("1-2 days", "two or three weeks"); "working" / "business" days apart.
_DURATION_RE = re.compile(
    rf"(?<![-–/])\b(?:({_NUMBER})\s*(-|–|to|or)\s*)?({_NUMBER})(\s+|-)((?:working|business)[\s-])?"
    rf"(minute|min|hour|hr|day|night|week|fortnight|month|year)s?\b(?!-old)", re.IGNORECASE)
#: Before an article, what makes it a frequency or a rate ("twice a week", "£8 a day", "3 times an hour") or a
#: fraction ("half a day").
_RATE_BEFORE_RE = re.compile(r"(?:\d|\b(?:once|twice|times|per|half|x))\W*$", re.IGNORECASE)
_TOLERANCE = 0.1
#: A length counted from now: the customer's situation, not the rule's.
_FROM_NOW_RE = re.compile(
    r"\b(?:minute|min|hour|hr|day|night|week|fortnight|month|year)s?\s+(?:out|away|ago|from now)\b", re.IGNORECASE)
#: Every word a unit of :data:`_DURATION_RE` is, with its plural, lower case.
_UNIT_WORDS = frozenset((*_DAYS, *(f"{unit}s" for unit in _DAYS)))
_NOT_CONTEXT = frozenset(word_stems(" ".join((*_WORDS, *(f"{u} {u}s" for u in _DAYS), "working business"))))


@text_cache()
def _durations(text: str) -> tuple[tuple[frozenset[float], bool, bool], ...]:
    """Each duration of a text as (its lengths in days, working days?, worded?): worded when written with a word
    or an article, or with digits joined to the unit by a hyphen (the figure readers read neither unit)."""
    out = []
    for m in _DURATION_RE.finditer(text):
        first, between, value, joint, working, unit = m.groups()
        article = case_key(value) in ("a", "an")
        compound = (first is not None and between == "-" and case_key(first) in _TENS and not article
                    and _WORDS.get(case_key(value), 10) < 10)
        if article and (first or _RATE_BEFORE_RE.search(text[:m.start()])):
            continue
        scale = _DAYS[case_key(unit)]
        numbers = [_number(first) + _number(value)] if compound else [_number(v) for v in (first, value) if v]
        worded = not value[0].isdigit() or "-" in joint
        out.append((frozenset(n * scale for n in numbers), working is not None, worded))
    return tuple(out)


def _number(text: str) -> float:
    return float(text) if text[0].isdigit() else float(_WORDS[case_key(text)])


def _same(length: float, lengths: frozenset[float]) -> bool:
    return any(abs(length - other) <= _TOLERANCE * max(length, other) for other in lengths)


def changed_duration(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed duration) when the claim gives a worded length of time that an
    evidence sentence on the same subject gives another value (see the module docstring), else None."""
    # one length of time, worded, said of one thing: a claim relating lengths ("three weeks is more than 14 days")
    # or stating several reasons with them, and a length counted from now ("three weeks out"), are not read
    # a duration needs a unit word, which an ASCII claim's cached word set shows: the case-blind pattern runs only
    # on the few claims holding one (any other text is always read: "ſ" matches "s")
    if claim.isascii() and _UNIT_WORDS.isdisjoint(words_in(claim)):
        return None
    durations = _durations(claim)
    if len(durations) != 1 or not durations[0][2] or _FROM_NOW_RE.search(claim):
        return None
    claimed = [durations[0][:2]]
    words = word_stems(claim) - _NOT_CONTEXT
    if len(words) < CONTEXT_MIN:
        return None
    user = [d[:2] for d in _durations(evidence.user_text)]
    for lengths, working in claimed:
        if len(lengths) != 1:  # a range claimed ("two or three weeks") is left to the figure readings
            continue
        (length,) = lengths
        if any(w == working and _same(length, other) for other, w in user):
            continue
        found = _other_value(length, working, _unit_of(claim), words, evidence)
        if found is not None:
            return found[0], found[1], _DURATION_RE.search(claim).group(0)  # type: ignore[union-attr]
    return None


def _unit_of(claim: str) -> re.Pattern[str]:
    """The claimed unit as a word ("week", "weeks"), to find it named with no number ("per week")."""
    match = _DURATION_RE.search(claim)
    return re.compile(rf"\b{case_key(match.group(6)) if match else 'day'}s?\b", re.IGNORECASE)


def _other_value(length: float, working: bool, unit: re.Pattern[str], words: frozenset[str], evidence: Evidence
                 ) -> tuple[str, str] | None:
    """The evidence sentence giving the thing another length, when it beats every sentence giving this one or
    naming the claimed unit with no number of its own ("CHF 640 per week" for "the fee for one week")."""
    best, where, held = 0, None, 0
    for source in evidence.sources:
        if source.user:
            continue
        for sentence in sentences_of(source.text):
            found = _durations(sentence)
            stated = [lengths for lengths, w, _ in found if w == working]
            named = unit.search(_DURATION_RE.sub(" ", sentence)) is not None
            if not stated and not named:
                continue
            shared = len(words & (word_stems(sentence) - _NOT_CONTEXT))
            if named or any(_same(length, lengths) for lengths in stated):
                held = max(held, shared)
            elif shared > best and len(found) == 1:  # one length, one thing: the claim's other value
                best, where = shared, (source.label, sentence)
    if where is not None and best >= CONTEXT_MIN and best >= held + CONTEXT_MARGIN:
        return where
    return None

"""Weekdays an answer works out from the evidence's rule and the customer's case: "3pm is after the 1pm cut-off,
so the clock starts on the next working day - Friday" to a proof approved on Thursday, "it counts as received on
Monday ... within the 3-working-day turnaround, so you would have it by Thursday", "Pearl District is open daily,
... so Saturday or Sunday both work".

No evidence sentence names the weekday such a claim reaches: it is the result of counting working days from a day
the customer or the answer gives, or a day of "daily", which is arithmetic on given facts, as a date moved by a
number of days is. A weekday the claim names is *worked out* when one of these holds:

- the claim says "next working (business) day", an evidence sentence gives that rule, and the day is the working
  day after a weekday the customer's message names;
- the claim states "N working (business) days" with N as an evidence sentence does, and the day is N working days
  after a weekday the answer names besides (the day a job counts as received) or, when it names none, after one
  the customer's message names;
- the claim says "daily" or "every day", and an evidence sentence says so too and shares
  :data:`SUBJECT_MIN` of the claim's other words (its subject: "Pearl District");
- the claim restates a run of days an evidence sentence states ("We're open Wed-Sun 10am-6pm, so Saturday and
  Sunday are both fine" of "open Wed-Sun 10am-6pm"), and the day lies inside it;
- the claim writes out, one by one, every day of a run an evidence sentence states and no other ("Friday, Saturday
  and Sunday" of "Friday to Sunday"; three days at least, as two are the run's own ends).

Working days are Monday to Friday. Such a day is no name to find; any other weekday still is ("next working day -
Saturday", "by Wednesday" three working days after Monday, a Sunday of "Mon.-Sat.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import content_stems
from .text.case_key import case_key
from .text.numbers import WEEKDAYS, as_digits
from .text.tokens import CALENDAR_ABBREVIATIONS

__all__ = ["READ_WORKED_DAYS", "worked_weekdays"]

#: The claim's words (besides the days and "daily") an evidence sentence saying "daily" must share: its subject, as
#: :data:`~llmops_kit.grounding_context.CONTEXT_MIN` asks of a rule's sentence.
SUBJECT_MIN = 2
#: Off while the claim decision is fitted (it settles a name before the decision).
READ_WORKED_DAYS = True

_WORK = r"(?:working|business)[ -]days?"
_NEXT_RE = re.compile(r"\bnext\s+" + _WORK + r"\b", re.IGNORECASE)
_COUNT_RE = re.compile(r"\b(\d{1,2})[ -]" + _WORK + r"\b", re.IGNORECASE)
_DAILY_RE = re.compile(r"\b(?:daily|every\s+day|seven\s+days\s+a\s+week|7\s+days\s+a\s+week)\b", re.IGNORECASE)
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")s?\b", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
#: A run of days, two ends joined ("Wed-Sun", "Monday to Saturday"): written out in any case, or abbreviated.
_DAY_END = r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
_RUN_RE = re.compile(rf"\b({_DAY_END})\.?\s*(?:-|–|—|to|through|till|until)\s*({_DAY_END})\b")
_JOINS = ("-", "–", "—", " to ", " through ", " till ", " until ")
_FULL_DAY = {**{d: d for d in WEEKDAYS}, **{a: f for a, f in CALENDAR_ABBREVIATIONS.items() if f in WEEKDAYS}}
_DAILY_STEMS = content_stems("daily every day seven days week open")


def _days(text: str) -> list[str]:
    return [m.group(1).lower() for m in _WEEKDAY_RE.finditer(text)]


def _runs(text: str) -> set[tuple[int, int]]:
    """The runs of days a text states, as (first, last) places in the week."""
    # case folding lets a non-ASCII letter match ("tueſday"): the case key writes it as the letter it matched
    return {(WEEKDAYS.index(_FULL_DAY[case_key(m.group(1))]), WEEKDAYS.index(_FULL_DAY[case_key(m.group(2))]))
            for m in _RUN_RE.finditer(text)}


def _in_run(day: str, run: tuple[int, int]) -> bool:
    first, last = run
    key = case_key(day)
    return key in WEEKDAYS and (WEEKDAYS.index(key) - first) % 7 <= (last - first) % 7


def _after(day: str, working_days: int) -> str:
    """The weekday ``working_days`` working days (Monday to Friday) after ``day``."""
    at = WEEKDAYS.index(day)
    left = working_days
    while left:
        at = (at + 1) % 7
        if at < 5:
            left -= 1
    return WEEKDAYS[at]


def _counts(text: str) -> frozenset[int]:
    return frozenset(int(n) for n in _COUNT_RE.findall(as_digits(text)))


def worked_weekdays(claim: str, answer_text: str, user_text: str, evidence_texts: Iterable[str]) -> frozenset[str]:
    """The weekday names of the claim (lower case) worked out from the evidence's rule and a given day (see the
    module docstring); none when the claim names no weekday or works none out."""
    named = set(_days(claim))
    if not READ_WORKED_DAYS or not named:
        return frozenset()
    texts = list(evidence_texts)
    asked = set(_days(user_text))
    found: set[str] = set()
    if _NEXT_RE.search(claim) and any(_NEXT_RE.search(t) for t in texts):
        found |= named & {_after(day, 1) for day in asked}
    counts = _counts(claim) & frozenset().union(*(_counts(t) for t in texts))
    if counts:
        starts = (set(_days(answer_text)) - named) or asked  # the answer's own start day, if it gives one
        found |= named & {_after(day, n) for day in starts for n in counts}
    if _DAILY_RE.search(claim):
        subject = content_stems(claim) - _DAILY_STEMS - set(named)
        if any(_DAILY_RE.search(s) and len(subject & content_stems(s)) >= SUBJECT_MIN
               for t in texts for s in _SENTENCE_RE.split(t)):
            found |= named
    runs = _runs(claim) if any(j in claim for j in _JOINS) else set()  # the pattern only on a claim with a joiner
    if runs:
        held = runs & set().union(*(_runs(t) for t in texts))
        found |= {day for day in named for run in held if _in_run(day, run)}
    keys = {case_key(day) for day in named}
    if len(keys) >= 3 and keys <= set(WEEKDAYS):  # the days of a run written out one by one
        places = {WEEKDAYS.index(day) for day in keys}
        if any(places == {(first + k) % 7 for k in range((last - first) % 7 + 1)}
               for t in texts for first, last in _runs(t)):
            found |= named
    return frozenset(found)

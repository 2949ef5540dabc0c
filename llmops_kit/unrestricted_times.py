"""A rule said to hold at every time where the evidence holds it only at some: the restriction is dropped.

"Yes, bikes are allowed on the light rail at all times with a 14,00 kr. bike ticket" against "Bikes go on the light
rail, not on buses, and not on weekdays kl. 7–9 and kl. 15–17.30"; "every trip is half price, all day" against
"trips between kl. 9 and kl. 14 on weekdays are half price". Every word and figure of the claim is held, so the
hard-fact step and the wording check pass it; what is wrong is the time it gives its rule: the evidence's restriction
is gone.

The reading is narrow. The claim clause (cut at ";", ":" and a dash) must

- say its rule holds at every time in so many words: "at all times", "(at) any time", "anytime", "24/7", "round
  the clock", "day or night", "all day", "whenever you like", "always", "0–24" (:data:`_ALWAYS_RE`), or at every day
  ("every day", "7 days a week", "any day", "daily" but before a noun: "the daily cap" names a period,
  :data:`_EVERY_DAY_RE`);
- name no restriction itself: no denial or exception ("not", "except", "only", "but", "closed", ...), no weekday,
  weekend, holiday or peak, and, for an hour universal, no clock time ("any time before 18:00" is a window);
- share :data:`SUBJECT_MIN` content words with an evidence sentence (not the customer's) that restricts the time:
  it names a day of the week, the weekend, weekdays, holidays or peak hours (:data:`_DAY_WORDS_RE`,
  :data:`_PEAK_RE`) or, for an hour universal, a time of day ("kl. 7–9", "between 10:00 and 16:00").

A source sentence on the same subject that states the universal itself ("you can call us at any time", "open daily
8-22") says the rule does hold at every time: nothing is decided. Words of time ("time", "day", "hour", ...),
permission ("allowed", "can", ...) and money ("cost", "price", "kr", a currency's code or mark) are no subject
words: a restriction shares a subject with the claim only through the thing's own words ("bike", "light rail"), and
a price is said of everything a business sells ("the new card costs 50,00 kr." is no subject of "two trips a day
cost 36,00 kr."). A tool record's lines are not read (a record's "opened: 2027-03-11 08:40" restricts nothing), nor
is a count of working days ("within 3 working days" is a duration).

The claim is then *contradicted*, naming the restriction sentence. Switched off by ``READ_UNRESTRICTED_TIMES`` (also
in the claim decision's fit, ``tools/fit_claim_decision.py``). Nothing here looks at a set's own words, the answer's
length or its position.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import content_stems, times_in
from .text.char_scans import has_digit
from .text.numbers import CURRENCY_CODES, CURRENCY_MARKS
from .text.split import sentences_of
from .text.tokens import stem
from .text.worded_forms import WEEKDAYS

__all__ = ["READ_UNRESTRICTED_TIMES", "unrestricted_time"]

#: Switch for the reading (off in the claim-decision fit).
READ_UNRESTRICTED_TIMES = True
#: The content words a claim clause and a restricting evidence sentence must share: their subject.
SUBJECT_MIN = 2

#: A rule said to hold at every hour.
_ALWAYS_RE = re.compile(r"\b(?:at\s+all\s+times|(?:at\s+)?any\s*time|24\s*/\s*7|24\s+hours\s+a\s+day|"
                        r"(?:a)?round\s+the\s+clock|day\s+(?:or|and)\s+night|all\s+day(?:\s+long)?|"
                        r"whenever\s+you\s+(?:like|want|wish|need|please)|always|"
                        r"0{1,2}(?::00)?\s*[-–]\s*24(?::00)?)\b", re.IGNORECASE)
#: A rule said to hold on every day.
#: "daily" of a noun ("the daily cap", "a daily rate") names a period, no universal: it is read only before a
#: figure, a preposition, a conjunction or the clause's end ("open daily", "daily from 9:00").
_NOT_BEFORE_A_NOUN = (r"(?!\s+(?!(?:from|at|between|until|till|to|and|or|except|but|in|on|with|of|for)\b)"
                      r"[^\W\d_])")
_EVERY_DAY_RE = re.compile(r"\b(?:every\s+day(?:\s+of\s+the\s+(?:week|year))?|(?:7|seven)\s+days\s+a\s+week|"
                           r"any\s+day(?:\s+of\s+the\s+week)?|daily" + _NOT_BEFORE_A_NOUN + r")\b", re.IGNORECASE)
#: A claim clause that names a restriction itself: a denial, an exception, a limit.
_OWN_LIMIT_RE = re.compile(r"\b(?:not|no|never|except|excluding|only|but|unless|apart|outside|closed|until|till|"
                           r"before|after|between|cannot|off[- ]peak)\b|n['’]t\b", re.IGNORECASE)
#: Days of the week named: a day restriction ("on weekdays", "Mon-Sat", "except Sundays", "holidays").
_DAY_WORDS_RE = re.compile(r"\b(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?|weekdays?|weekends?|"
                           r"holidays?|on\s+(?:working|business)\s+days?|week\s*nights?)\b", re.IGNORECASE)
#: Peak hours named: an hour restriction with no clock time.
_PEAK_RE = re.compile(r"\b(?:peak|rush)(?:\s+|-)hours?\b|\bpeak\s+times?\b", re.IGNORECASE)
#: Words of time and permission: no subject of a rule.
_NO_SUBJECT = frozenset(stem(w) for w in (
    "time", "times", "day", "days", "daily", "hour", "hours", "week", "weekday", "weekdays", "weekend", "weekends",
    "clock", "night", "always", "any", "anytime", "every", "all", "whenever", "like", "want", "wish", "need",
    "please", "year", "morning", "evening", "afternoon", "allowed", "allow", "permitted", "welcome", "can", "yes",
    "free", "kl", "klo", "long", "round", "around", *WEEKDAYS,
    # money: a price or a fee is said of everything a business sells, no subject of one rule
    "cost", "costs", "price", "prices", "pay", "paid", "fee", "fees", "charge", "charged", "kr", *CURRENCY_CODES,
    *(m.lower() for m in CURRENCY_MARKS)))
#: Where a claim's clauses part.
_CLAUSE_RE = re.compile(r"\s*[;:]\s*|\s+[-–—]\s+")


def _subject(text: str) -> frozenset[str]:
    """A text's subject words: its content words but figures and words of time or permission."""
    return frozenset(w for w in content_stems(text) if not has_digit(w)) - _NO_SUBJECT


def _restricts(sentence: str, hours: bool) -> bool:
    """Does the sentence restrict a time: a day named, peak hours, or (for an hour universal) a time of day?"""
    if _DAY_WORDS_RE.search(sentence) or _PEAK_RE.search(sentence):
        return True
    return hours and bool(times_in(sentence))


def _universal(clause: str) -> tuple[str, bool] | None:
    """The clause's universal time words and whether they are of hours (else of days); None without one."""
    found = _ALWAYS_RE.search(clause)
    if found is not None:
        return found.group(0), True
    found = _EVERY_DAY_RE.search(clause)
    return (found.group(0), False) if found is not None else None


def unrestricted_time(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, restriction sentence, the universal) when a claim clause says its rule holds at every time (or
    every day) where an evidence sentence on its subject restricts the time (see the module docstring); else None."""
    if not READ_UNRESTRICTED_TIMES:
        return None
    lowered = claim.lower()
    if not any(k in lowered for k in ("time", "any", "24", "clock", "night", "all day", "whenever", "always", "day")):
        return None
    for clause in _CLAUSE_RE.split(claim):
        universal = _universal(clause)
        if universal is None:
            continue
        words, hours = universal
        if _OWN_LIMIT_RE.search(clause) or _DAY_WORDS_RE.search(clause) or _PEAK_RE.search(clause):
            continue
        if hours and times_in(clause):
            continue
        subject = _subject(clause)
        if len(subject) < SUBJECT_MIN:
            continue
        found: tuple[str, str] | None = None
        for source in evidence.sources:
            if source.user or not source.prose:
                continue
            for sentence in sentences_of(source.text):
                if len(subject & _subject(sentence)) < SUBJECT_MIN:
                    continue
                if _ALWAYS_RE.search(sentence) or (not hours and _EVERY_DAY_RE.search(sentence)):
                    return None  # the evidence says the rule holds at every time itself
                if found is None and _restricts(sentence, hours):
                    found = (source.label, sentence)
        if found is not None:
            return found[0], found[1], words
    return None

"""The days a time of day is stated for: "every Wednesday at 18:00 and every Saturday at 14:00" against the
article's "every Wednesday at 18:00 and every Sunday at 14:00".

The hard-fact step (:mod:`llmops_kit.grounding`) asks whether each weekday and each time occurs somewhere in the
evidence, so a time moved from one day to another passes it when the day is named elsewhere ("the first Saturday
of the month at 11:00"). Here a claim's time is read with the days it is written beside (a day or a range of days
and a time or a range of times, joined by at most a few connecting words: "Monday to Saturday 9am-5:30pm",
"14:00 on Saturdays"), and the evidence is read generously: every day and every time of one sentence part (a
sentence, cut at semicolons and at commas that do not continue a list of days) go together. A claimed pair is
*contradicted* when no part of the evidence (or of the customer's message) states that time with that day,
while some part states the time with other days and some part states the day with other times: the evidence
gives that day a different schedule. A claim that names a date beside the day (the day is then the date's,
:mod:`llmops_kit.evidence_statements`) or negates or excepts ("closed", "except") is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .text import numbers, times_in, words_in
from .text.case_key import case_key
from .text.numbers import WEEKDAYS
from .text.tokens import CALENDAR_ABBREVIATIONS
from .textcache import text_cache

if TYPE_CHECKING:  # only for the annotations: the evidence module reads days with this module's day groups
    from .evidence import Evidence

__all__ = ["NOT_READ_RE", "READ_TIMES_FIRST", "claimed_day_times", "day_groups", "day_times", "misplaced_day"]

DAYS = WEEKDAYS
#: "Mon", "Tues", "Thurs" ... as a day's place in the week (the text layer's abbreviations of weekdays).
_ABBREVIATED = {short.capitalize(): DAYS.index(full) for short, full in CALENDAR_ABBREVIATIONS.items() if full in DAYS}
_GROUPS = {"weekday": tuple(range(5)), "weekdays": tuple(range(5)), "weekend": (5, 6), "weekends": (5, 6),
           "daily": tuple(range(7)), "every day": tuple(range(7)), "7 days a week": tuple(range(7)),
           "seven days a week": tuple(range(7))}
#: A day: a weekday written out (any case, "Saturdays" too), abbreviated with a capital ("Sat", "WED"), or a
#: word for several ("weekdays", "weekends", "daily").
_DAY_RE = re.compile(
    r"\b(?:(?i:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)"
    r"|(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WED|THU(?:RS?)?|FRI|SAT|SUN)\.?"
    r"|(?i:(weekdays?|weekends?|daily|every day|7 days a week|seven days a week)))\b")
#: What joins two days into a range ("Mon-Fri", "Monday to Saturday").
_RANGE_RE = re.compile(r"^\s*(?:-|–|—|to|through|thru|till|until)\s*$", re.IGNORECASE)
#: What joins days into a list ("Mon, Wed and Fri").
_LIST_RE = re.compile(r"^\s*(?:,|&|/|and|or|,\s*and|,\s*or)\s*$", re.IGNORECASE)
#: A time of day, as the text layer reads it (colon or am / pm), for its place in the text.
_TIME_AT_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)(?![a-z])|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
#: What may stand between a day and its time in a claim ("every Saturday at 14:00", "14:00 on Saturdays").
_GAP_RE = re.compile(r"^[\s,:()–—-]*(?:(?:at|from|on|between|until|till|by|after|around|only|open|opens|is|are|"
                     r"every|each|the|s)[\s,:()–—-]+)*$", re.IGNORECASE)
#: What joins two times into one range ("9am-5:30pm", "10am to 4pm").
_TIME_JOIN_RE = re.compile(r"^\s*(?:-|–|—|to|until|till|and)\s*$", re.IGNORECASE)
#: Where the evidence divides into parts that each state one schedule: sentence ends and semicolons, and a
#: comma after anything but a day (a comma after a day continues a list of days, :func:`_parts`).
_SENTENCE_RE = re.compile(r"[.!?]\s+|[;\n]")
_DIGIT_RE = re.compile(r"\d")
#: Every word a match of :data:`_DAY_RE` is or holds, lower case: a day's name with its plural, the abbreviations,
#: and the words of the several-day groups ("every day" and "7 days a week" hold "day" and "days").
_DAY_WORDS = frozenset((*DAYS, *(f"{day}s" for day in DAYS), *(a.lower() for a in _ABBREVIATED),
                        "tue", "thur", "weekday", "weekdays", "weekend", "weekends", "daily", "day", "days"))
#: The words of :data:`_DAY_WORDS` that are a match alone: "day" and "days" are one only beside "every" or "week".
_DAY_NAMES = _DAY_WORDS - {"day", "days"}


def may_name_day(text: str) -> bool:
    """May :data:`_DAY_RE` match ``text``? An ASCII text's cached word set (:func:`~llmops_kit.text.words_in`) holds
    a day's name, an abbreviation or a several-day word whenever it matches, and "every" with "day" or "week" with
    "days" for "every day" and "7 days a week": "30 days" and "the same day" are spared the slow, partly case-blind
    pattern. Case folding lets a non-ASCII letter match ("ſ" as "s"), so any other text may name one."""
    if not text.isascii():
        return True
    words = words_in(text)
    return (not _DAY_NAMES.isdisjoint(words) or ("day" in words and "every" in words)
            or ("days" in words and "week" in words))
_COMMA_RE = re.compile(r",\s+")
_ENDS_IN_DAY_RE = re.compile(rf"(?:{_DAY_RE.pattern})\s*$")


def _parts(text: str) -> list[str]:
    """The parts of a text that each state one schedule (see :data:`_SENTENCE_RE`)."""
    out = []
    for sentence in _SENTENCE_RE.split(text):
        start = 0
        for comma in _COMMA_RE.finditer(sentence):
            if not _ENDS_IN_DAY_RE.search(sentence, 0, comma.start()):
                out.append(sentence[start:comma.start()])
                start = comma.end()
        out.append(sentence[start:])
    return out
#: A claim that dates its day, negates or excepts is not read.
NOT_READ_RE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b|\d{4}-\d{2}-\d{2}"
    r"|n't|n’t|\b(?:not|no|never|closed|except|excluding|but|other than|bank holidays?)\b", re.IGNORECASE)


def _days_of(match: re.Match[str]) -> tuple[int, ...]:
    full, short, group = match.groups()
    if full:
        return (DAYS.index(case_key(full)),)
    if short:
        return (_ABBREVIATED[case_key(short).capitalize()],)
    key = case_key(group)
    return _GROUPS[key.rstrip("s") if key.rstrip("s") in _GROUPS else key]


def _span(first: int, last: int) -> tuple[int, ...]:
    """The days from one to another, round the week if need be ("Fri-Mon")."""
    return tuple((first + k) % 7 for k in range((last - first) % 7 + 1))


def day_groups(text: str, lists: bool) -> list[tuple[int, int, frozenset[int]]]:
    """(start, end, days) of each day or range of days; ``lists`` also joins a list of days into one group."""
    groups: list[tuple[int, int, frozenset[int]]] = []
    for m in _DAY_RE.finditer(text):
        days = _days_of(m)
        if groups:
            start, end, before = groups[-1]
            gap = text[end:m.start()]
            if _RANGE_RE.match(gap) and len(before) == 1 and len(days) == 1:
                groups[-1] = (start, m.end(), frozenset(_span(next(iter(before)), days[0])))
                continue
            if lists and _LIST_RE.match(gap):
                groups[-1] = (start, m.end(), before | frozenset(days))
                continue
        groups.append((m.start(), m.end(), frozenset(days)))
    return groups


def _time_runs(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, times) of each time or range of times."""
    runs: list[tuple[int, int, frozenset[str]]] = []
    for m in _TIME_AT_RE.finditer(text):
        found = times_in(m.group(0))
        if not found:
            continue
        if runs and _TIME_JOIN_RE.match(text[runs[-1][1]:m.start()]):
            start, _end, before = runs[-1]
            runs[-1] = (start, m.end(), before | found)
            continue
        runs.append((m.start(), m.end(), found))
    return runs


@text_cache()
def day_times(text: str) -> frozenset[tuple[int, str]]:
    """Every (day, time) a text states together, read generously: all days and times of one part go together."""
    pairs: set[tuple[int, str]] = set()
    for part in _parts(text):
        if not _DAY_RE.search(part):
            continue
        days = frozenset().union(*(g[2] for g in day_groups(part, lists=True)))
        pairs.update((d, t) for t in times_in(part) for d in days)
    return frozenset(pairs)


#: Read a time written before its days ("22:00 Mon-Thu, 23:00 on Fri") as leaving those days to it, so the next
#: time takes the days after it; off while the claim decision is fitted.
READ_TIMES_FIRST = True


def claimed_day_times(claim: str) -> frozenset[tuple[int, str]]:
    """The (day, time) pairs a claim writes side by side (see the module docstring); none when it dates its days,
    negates or excepts."""
    # a pair needs a time, and every time has a digit; and a day (:func:`may_name_day`): the day pattern runs only
    # on the few claims with both
    if _DIGIT_RE.search(claim) is None or not may_name_day(claim):
        return frozenset()
    if not _DAY_RE.search(claim) or NOT_READ_RE.search(claim):
        return frozenset()
    if numbers.READ_DOTTED_HOURS and "." in claim:
        claim = numbers.dotted_hours(claim)  # "Saturday and Sunday 8.00–20.00" as the time reader reads it
    pairs: set[tuple[int, str]] = set()
    groups, runs = day_groups(claim, lists=False), _time_runs(claim)
    taken_after: set[int] = set()  # the starts of day groups an earlier time took as the days after it
    for t_start, t_end, times in runs:
        # the days written just before the time ("Monday to Friday 8am-6pm") hold it; else those just after it,
        # with no comma between ("14:00 on Saturdays"; in "8am-6pm, Saturday 9am-1pm" Saturday starts anew)
        before = [g for g in groups if g[1] <= t_start]
        after = [g for g in groups if g[0] >= t_end]
        held_after = bool(after) and "," not in (gap := claim[t_end:after[0][0]]) and bool(_GAP_RE.match(gap))
        # days an earlier time took after it ("22:00 Mon-Thu, 23:00 on Fri") are that time's: a text writing its
        # times before their days gives the next time the days after it
        own_before = bool(before) and not (READ_TIMES_FIRST and held_after and before[-1][0] in taken_after)
        if own_before and _GAP_RE.match(claim[before[-1][1]:t_start]):
            days = before[-1][2]
        elif held_after:
            days = after[0][2]
            taken_after.add(after[0][0])
        else:
            continue
        pairs.update((d, t) for d in days for t in times)
    return frozenset(pairs)


def _stated(texts: Iterable[str]) -> frozenset[tuple[int, str]]:
    return frozenset().union(*(day_times(t) for t in texts))


def misplaced_day(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence part, "Saturday 14:00") when the evidence gives a claimed time to other days and the
    claimed day other times, and never states the two together; else None."""
    claimed = claimed_day_times(claim)
    if not claimed:
        return None
    given = _stated([*(s.text for s in evidence.sources), evidence.user_text])
    if not given:
        return None
    timed_days = {d for d, _ in given}
    day_timed = {t for _, t in given}
    for day, time in sorted(claimed):
        if (day, time) in given or day not in timed_days or time not in day_timed:
            continue
        for source in evidence.sources:
            for part in _parts(source.text):
                if any(t == time for _, t in day_times(part)):
                    return source.label, part.strip(), f"{DAYS[day].capitalize()} {time}"
    return None

"""The days a claim gives, held as a set against the days the evidence gives for the same thing: "Mondays and
Wednesdays" (asked "When do you roast?") against "We roast on Mondays and Thursdays", "Wednesday to Saturday, at 1pm"
against "the tasting lunch is served Tuesday to Saturday at 1pm", "closed on the second Wednesday" against "open
every day except the second Tuesday", "we're closed on Tuesdays" against "open Tuesday to Saturday".

The hard-fact step (:mod:`llmops_kit.grounding`) asks whether each weekday occurs somewhere in the evidence (a day
named in an order cut-off or a later sentence passes it), and :mod:`llmops_kit.day_sets` reads a day the evidence
rules out in words ("closed", "only"). Here both sides are read as sets. Each day, list of days or run of days
("Mon-Thu", "Tuesday to Saturday", "weekdays", "every day") of a text part (a sentence, or a piece of one between
semicolons) is *ruled out* when written just after "closed", "shut", "not", "never", "except" and the like (at most
three words between, none with a figure: "closed on the second Tuesday", not "closes at 5pm on Saturdays"; "every
day but Monday") or, opening the part, followed by its subject said to be closed ("On Fridays the mill is closed",
:data:`READ_CLOSED_AFTER`), *given* otherwise; a day after a negation further back ("Members can't use the studio on
Sundays"), a deadline or a moment ("order by 11pm Wednesday", "that Tuesday") or written with a date ("Friday 20
November", "Sat. Nov. 27") is neither. A *run* is a group whose two ends are joined ("Tuesday to Saturday"), not a
word for several days ("weekend" also names a stay). A claim clause (cut at semicolons, colons and spaced dashes; one
with a date or a condition is not read) is compared with the evidence parts on its subject: its own words (days,
times, figures and schedule words aside), with the question's when it has fewer than
:data:`~llmops_kit.grounding_context.CONTEXT_MIN` (a terse answer: "Mondays and Wednesdays." to "When do you
roast?"); a part is on the subject when it shares any of them, and decides when it shares that many (all of a
smaller subject). The clause is *contradicted* when

- it gives a day outside the days the closest deciding part gives, and no part on the subject (nor a bare schedule
  line, with no words of its own: "Monday to Saturday: 8am to 11am") gives it;
- it gives a run of days ("Wednesday to Saturday") that no part on the subject nor bare line states as one run or as
  all its days, nor one source's such parts together ("Mon-Fri 9-5; Sat 10-2" of "Monday to Saturday"), while the
  closest deciding part states another run overlapping it ("Tuesday to Saturday");
- it rules out a day the closest deciding part gives, and no part on the subject nor bare line rules it out.

A clause with no subject words even with the question's ("We're closed on Tuesdays." to "Which days are you
closed?") is read only for the days it rules out, against every part; the days such a clause gives are not read (a
terse "Sundays and Mondays." may answer "Which days are you closed?").

The same days in another form (a list in another order, "Mon-Thu" for "Monday to Thursday", "every day but Monday"
for "Tuesday to Sunday") are the same set, so nothing is contradicted; and when every clause naming days gives and
rules out the very days an evidence part on its subject does (for a clause with no subject words even with the
question's, any part), :func:`same_day_stems` gives the claim's day and closure words that part does not hold as
written ("mon-thu", "close" of "closed Sundays and Mondays" against "We're shut on Sundays and Mondays"): a fact the
evidence holds, which the groundedness check leaves out of the words it compares. The customer's own words are not
evidence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Evidence
from .grounding_context import CONTEXT_MIN
from .schedule_days import DAYS, day_groups, may_name_day
from .text import content_stems
from .textcache import text_cache

__all__ = ["READ_CLOSED_AFTER", "READ_DAY_SETS", "DaySets", "clashing_days", "day_sets", "same_day_stems"]

#: Off while the claim decision is fitted (it settles a claim before the decision).
READ_DAY_SETS = True
#: Read a day group that opens its part and is followed by its subject said to be closed ("On Fridays the mill is
#: closed", "Sundays we're shut") as ruled out, as "closed on Fridays" is (the ``limits55`` round); off in the fit.
READ_CLOSED_AFTER = True

#: Where a claim divides into clauses that each state one thing.
_CLAUSE_RE = re.compile(r"[;:]\s+|\s+[–—-]\s+")
#: Where an evidence text divides into parts that each state one schedule.
_PART_RE = re.compile(r"(?<=[.!?])\s+|\n+|;\s*")
#: A word that rules out the days written just after it, with at most three words between (none with a figure).
_DENIAL_BEFORE_RE = re.compile(
    r"(?:\b(?:closed|shut|not|never|except|excluding|other than|apart from)|\bno(?!\s*[,.!?:;–—-])|n['’]t)"
    r"\W+(?:[a-z'’]+\W+){0,3}$|\bcloses?\s+(?:on\s+)?$|\b(?:every day|daily|all week)\s+but\s+$", re.IGNORECASE)
#: What may open a part before a day group that the part's subject is then said to be closed on: nothing, "on",
#: "every", "and on" (:data:`READ_CLOSED_AFTER`).
_OPENS_PART_RE = re.compile(r"^\W*(?:(?:and|but)\s+)?(?:on\s+|every\s+)?$", re.IGNORECASE)
#: The subject said to be closed just after the day group: at most three words, a copula ("is", "are", "we're",
#: "stays") and "closed" / "shut", with no time or date after it ("is closed at 5pm", "is shut from 2pm" set a time).
_CLOSED_AFTER_RE = re.compile(
    r"^\s*,?\s*(?:[\w'’-]+\s+){0,3}?(?:is|are|stays?|remains?|[\w-]+['’](?:re|s))\s+(?:closed|shut)\b"
    r"(?!\s*(?:at|from|until|till|between|after|before|for|by|\d)\b)", re.IGNORECASE)
#: A negation further back in the same part ("Members can't use the studio on Sundays"): its day is not read.
_NEGATED_BEFORE_RE = re.compile(r"\b(?:not|never|cannot)\b|\bno\b(?!\s*[,.!?:;–—-])|n['’]t\b", re.IGNORECASE)
#: A day written as a deadline or a moment ("order by 11pm Wednesday", "before Friday", "next Monday").
_DEADLINE_BEFORE_RE = re.compile(r"\b(?:by|before|after|next|last|this|that)\W+(?:[\w'’.:]+\W+){0,1}$",
                                 re.IGNORECASE)
#: A day written with its date ("Friday 20 November", "Sat 13/03", "2/8 (Mon)").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_DATED_AFTER_RE = re.compile(
    rf"^,?\s*(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{_MONTH}|/\d{{1,2}}\b)|^[,.]?\s*{_MONTH}\.?\s+\d",
    re.IGNORECASE)
_DATED_BEFORE_RE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\(?$")
#: "only" just before ("only on Fridays") or just after ("Wednesdays only") a day group.
_ONLY_BEFORE_RE = re.compile(r"\bonly\s+(?:on\s+|at\s+)?(?:a\s+|the\s+)?$", re.IGNORECASE)
_ONLY_AFTER_RE = re.compile(r"^\s*only\b", re.IGNORECASE)
#: What joins two days into a run ("Mon-Thu", "Tuesday to Saturday").
_RUN_RE = re.compile(r"\w\s*(?:-|–|—)\s*\w|\s(?:to|through|thru|till|until)\s", re.IGNORECASE)
#: A clause that dates its day or states a condition is not read.
_NOT_READ_RE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}"
    r"|\b(?:if|unless|whether|bank holidays?|public holidays?)\b", re.IGNORECASE)
_ALL_DAYS = frozenset(range(7))
#: Words of a schedule rather than of its subject: days, times of day, opening and closing.
_SCHEDULE_STEMS = content_stems(" ".join((
    *DAYS, *(f"{d}s" for d in DAYS), "mon tue tues wed thu thur thurs fri sat sun",
    "weekday weekdays weekend weekends daily every day days week weeks all",
    "open opens opening closed close closes shut except excluding only other apart",
    "am pm noon midday midnight hs hrs h",
    "hour hours time times until till from to between")))


class DaySets(NamedTuple):
    """The days a text part gives, the days it rules out, and its runs of days (each group of days whose two ends
    are joined: "Tuesday to Saturday", "Mon-Thu"), as sets of places in the week (Monday 0)."""

    given: frozenset[int]
    ruled_out: frozenset[int]
    runs: tuple[frozenset[int], ...]


@text_cache()
def day_sets(text: str) -> DaySets:
    """The days ``text`` gives and rules out (see the module docstring), and its runs of days."""
    groups = day_groups(text, lists=True)
    if not groups:
        return DaySets(frozenset(), frozenset(), ())
    denied: set[int] = set()
    only: set[int] = set()
    given: set[int] = set()
    runs: list[frozenset[int]] = []
    for start, end, days in groups:
        before, after = text[:start], text[end:]
        if _DATED_AFTER_RE.match(after) or _DATED_BEFORE_RE.search(before):
            continue
        if _DENIAL_BEFORE_RE.search(before) or (READ_CLOSED_AFTER and _OPENS_PART_RE.match(before)
                                                and _CLOSED_AFTER_RE.match(after)):
            denied |= days
            continue
        if _NEGATED_BEFORE_RE.search(before):
            continue
        if _DEADLINE_BEFORE_RE.search(before):
            continue
        if _ONLY_BEFORE_RE.search(before) or _ONLY_AFTER_RE.match(after):
            only |= days
        given |= days
        if len(days) > 1 and _RUN_RE.search(text[start:end]):  # two ends joined, not "weekends" (a label too)
            runs.append(days)
    if only:
        denied |= _ALL_DAYS - only - given
    return DaySets(frozenset(given - denied), frozenset(denied), tuple(runs))


def _subject(text: str) -> frozenset[str]:
    """A text's words beside its schedule: its content stems, days, times, figures and schedule words aside."""
    return frozenset(w for w in content_stems(text) - _SCHEDULE_STEMS if not w[0].isdigit())


def _parts(text: str) -> list[str]:
    return [p for p in _PART_RE.split(text) if p.strip()]


class _Part(NamedTuple):
    """An evidence part that names days: how many of the claim's subject words it shares, its source, its text and
    its days."""

    shared: int
    label: str
    text: str
    sets: DaySets


def clashing_days(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence part, the day or days) when a claim clause's days clash with the days an evidence part on
    the same subject gives (see the module docstring), else None."""
    # the day pattern (slow, partly case-blind) runs only on the few claims that may name a day
    if not READ_DAY_SETS or not may_name_day(claim):
        return None
    for clause in _CLAUSE_RE.split(claim):
        if _NOT_READ_RE.search(clause):
            continue
        sets = day_sets(clause)
        if not sets.given and not sets.ruled_out:
            continue
        subject = _subject(clause)
        if len(subject) < CONTEXT_MIN and evidence.user_text:  # a terse answer takes the question's subject
            subject |= _subject(evidence.user_text)
        found = _clash(sets, subject, evidence)
        if found is not None:
            return found
    return None


@text_cache()
def _text_days(text: str) -> tuple[tuple[str, DaySets, frozenset[str]], ...]:
    """Each part of a text that names days: the part, its days, and its own words (:func:`_subject`)."""
    if not may_name_day(text):
        return ()
    out = []
    for part in _parts(text):
        if may_name_day(part) and ((sets := day_sets(part)).given or sets.ruled_out):
            out.append((part.strip(), sets, _subject(part)))
    return tuple(out)


def _day_parts(evidence: Evidence) -> list[_Part]:
    """Every evidence part (not the customer's) that names days."""
    return [_Part(0, source.label, part, sets) for source in evidence.sources if not source.user
            for part, sets, _own in _text_days(source.text)]


def _on_subject(subject: frozenset[str], evidence: Evidence) -> tuple[list[_Part], list[_Part]]:
    """The evidence parts (not the customer's) that name days: those sharing subject words (with how many), and
    the bare schedule lines with no words of their own ("Monday to Saturday: 8am to 11am"), which state the days of
    whatever their source is about."""
    shared_parts, bare = [], []
    for source in evidence.sources:
        if source.user:
            continue
        for part, sets, own in _text_days(source.text):
            if not own:
                bare.append(_Part(0, source.label, part, sets))
            elif shared := len(subject & own):
                shared_parts.append(_Part(shared, source.label, part, sets))
    return shared_parts, bare


def _clash(claimed: DaySets, subject: frozenset[str], evidence: Evidence) -> tuple[str, str, str] | None:
    # a clause with no subject words, even with the question's ("We're closed on Tuesdays."), is about whatever
    # the evidence gives days for: every part decides whether a day it rules out is open; days it gives are not read
    # (a terse "Sundays and Mondays." may answer "Which days are you closed?")
    if not subject:
        claimed = DaySets(frozenset(), claimed.ruled_out, ())
    parts, bare = _on_subject(subject, evidence) if subject else (_day_parts(evidence), [])
    if not parts or not (claimed.given or claimed.ruled_out):
        return None
    need = min(CONTEXT_MIN, len(subject))

    def closest(candidates: list[_Part]) -> _Part | None:
        best = max(candidates, key=lambda p: p.shared, default=None)
        return best if best is not None and best.shared >= need else None

    # a day the claim gives: outside the days the closest part gives, and no part on the subject (nor a bare
    # schedule line of the same source) gives it
    for day in sorted(claimed.given):
        best = closest([p for p in parts if p.sets.given and day not in p.sets.given])
        if best is None or any(day in p.sets.given for p in (*parts, *bare)):
            continue
        return best.label, best.text, DAYS[day].capitalize()
    # a run of days no part states (nor one source's parts on the subject together: "Mon-Fri 9-5; Sat 10-2" of
    # "Monday to Saturday"), where the closest part states another run overlapping it
    by_source: dict[str, frozenset[int]] = {}
    for p in (*parts, *bare):
        by_source[p.label] = by_source.get(p.label, frozenset()) | p.sets.given
    for run in claimed.runs:
        best = closest([p for p in parts if any(r != run and r & run for r in p.sets.runs)])
        if best is None or run in by_source.values() or any(
                run == p.sets.given or run in p.sets.runs for p in (*parts, *bare)):
            continue
        return best.label, best.text, f"{DAYS[min(run)].capitalize()}-{DAYS[max(run)].capitalize()}"
    # a day the claim rules out: given by the closest part, and no part on the subject rules it out
    for day in sorted(claimed.ruled_out):
        best = closest([p for p in parts if day in p.sets.given])
        if best is None or any(day in p.sets.ruled_out for p in (*parts, *bare)):
            continue
        return best.label, best.text, f"not {DAYS[day].capitalize()}"
    return None


#: The closure words that rule days out.
_CLOSURE_STEMS = content_stems("closed close shut")


def same_day_stems(claim: str, evidence: Evidence) -> frozenset[str]:
    """The content stems of the claim's days ("mon-thu" of "Mon-Thu") and its closure words ("close") that the
    evidence part stating the same days does not hold as written, when every clause that names days gives the very
    days an evidence part on its subject gives (all its days, or one of its runs) and rules out the very days that
    part rules out: the same set in another form is a fact the evidence holds, not wording to match. None when a
    clause's days differ from every such part's, or are not read."""
    if not READ_DAY_SETS or not may_name_day(claim):
        return frozenset()
    stems: set[str] = set()
    for clause in _CLAUSE_RE.split(claim):
        if not may_name_day(clause):
            continue
        if _NOT_READ_RE.search(clause):
            return frozenset()
        sets = day_sets(clause)
        if not sets.given and not sets.ruled_out:
            return frozenset()
        subject = _subject(clause)
        if len(subject) < CONTEXT_MIN and evidence.user_text:
            subject |= _subject(evidence.user_text)
        parts, bare = _on_subject(subject, evidence)
        need = min(CONTEXT_MIN, len(subject))
        candidates = [p for p in parts if p.shared >= need]
        if not subject:  # "closed Sundays and Mondays" to "open Mondays?": any schedule line may be the one
            candidates = _day_parts(evidence)
        elif len(subject) < CONTEXT_MIN:  # a terse answer: a bare schedule line may be the one it restates
            candidates += bare
        same = next((p for p in candidates if _same(sets, p.sets)), None)
        if same is None:
            return frozenset()
        own = {w for start, end, _days in day_groups(clause, lists=True) for w in content_stems(clause[start:end])}
        if sets.ruled_out:
            own |= content_stems(clause) & _CLOSURE_STEMS
        stems |= own - content_stems(same.text)  # a word the part holds as written still counts as held
    return frozenset(stems)


def _same(claimed: DaySets, stated: DaySets) -> bool:
    """Does a part state the claim's days: the same days given (all of them, or as one of its runs), and, when
    the claim rules days out, the same days ruled out?"""
    if claimed.given and claimed.given != stated.given and claimed.given not in stated.runs:
        return False
    return not claimed.ruled_out or claimed.ruled_out == stated.ruled_out

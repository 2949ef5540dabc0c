"""A day the evidence rules out, given as a day the thing happens: "the yard is open Tuesday to Sunday" against
"YARD OPEN: Wednesday to Sunday 8am-5pm; closed Monday and Tuesday", "cats are groomed on Wednesdays and
Saturdays" against "we groom cats on Wednesdays only".

The hard-fact step (:mod:`llmops_kit.grounding`) asks whether each weekday occurs somewhere in the evidence, so a
day the evidence names only to rule it out passes it, and the day-time reading (:mod:`llmops_kit.schedule_days`)
needs a time beside the day. Here each evidence sentence is read for the days it rules out: days written just
after "closed", "not", "no", "never", "except" (at most two words between: "not open on Sundays"), and, when the
sentence limits a thing to some days ("Wednesdays only", "only on Fridays"), every day outside those. A claim
clause (cut at semicolons and colons) that states days without negating, excepting or dating them is
*contradicted* when it names a day such a sentence rules out, that sentence shares at least
:data:`~llmops_kit.grounding_context.CONTEXT_MIN` of the clause's words (days aside), and
:data:`~llmops_kit.grounding_context.CONTEXT_MARGIN` more than any evidence sentence giving that day as a day the
thing happens ("open Monday to Friday 9-5" beside "late opening Thursday only"). A list of days in another order,
"weekdays" for "Monday to Friday" and a range round the week are the same days; the customer's own words are not
evidence.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .grounding_context import CONTEXT_MARGIN, CONTEXT_MIN
from .schedule_days import DAYS, NOT_READ_RE, day_groups, may_name_day
from .text.tokens import word_stems
from .textcache import text_cache

__all__ = ["ruled_out_day"]

#: Where a claim divides into clauses that each state one thing.
_CLAUSE_RE = re.compile(r"[;:]\s+|\s+[–—]\s+")
#: Where an evidence text divides into sentences (a rule and the days it rules out stay in one sentence).
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+|\n+")
#: A word that rules out the days written just after it, with at most two words between.
_DENIAL_BEFORE_RE = re.compile(
    r"\b(?:closed|not|no|never|except|excluding|other than|apart from)\W+(?:[\w'’]+\W+){0,2}$", re.IGNORECASE)
#: "only" just before ("only on Fridays") or just after ("Wednesdays only") a day group.
_ONLY_BEFORE_RE = re.compile(r"\bonly\s+(?:on\s+|at\s+)?(?:a\s+|the\s+)?$", re.IGNORECASE)
_ONLY_AFTER_RE = re.compile(r"^\s*only\b", re.IGNORECASE)
_ALL_DAYS = frozenset(range(7))
_DAY_STEMS = frozenset(word_stems(" ".join((*DAYS, *(f"{d}s" for d in DAYS),
                                            "weekday weekdays weekend weekends daily"))))


@text_cache()
def _sentence_days(sentence: str) -> tuple[frozenset[int], frozenset[int]]:
    """(days the sentence rules out, days it gives as days the thing happens)."""
    groups = day_groups(sentence, lists=True)
    if not groups:
        return frozenset(), frozenset()
    denied: set[int] = set()
    only: set[int] = set()
    stated: set[int] = set()
    for start, end, days in groups:
        if _DENIAL_BEFORE_RE.search(sentence[:start]):
            denied |= days
            continue
        if _ONLY_BEFORE_RE.search(sentence[:start]) or _ONLY_AFTER_RE.match(sentence[end:]):
            only |= days
        stated |= days
    if only:
        denied |= _ALL_DAYS - only - stated
    return frozenset(denied), frozenset(stated - denied)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_RE.split(text) if s.strip()]


def ruled_out_day(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the day) when a claim clause gives a day that an evidence sentence on the same
    subject rules out (see the module docstring), else None."""
    # the day pattern (slow, partly case-blind) and the clauses' date and negation pattern run only on the few
    # claims that may name a day (:func:`~llmops_kit.schedule_days.may_name_day`: not "30 days")
    if not may_name_day(claim):
        return None
    for clause in _CLAUSE_RE.split(claim):
        if NOT_READ_RE.search(clause):
            continue
        groups = day_groups(clause, lists=True)
        if not groups:
            continue
        claimed = frozenset().union(*(days for _, _, days in groups))
        words = word_stems(clause) - _DAY_STEMS
        if len(words) < CONTEXT_MIN:
            continue
        found = _ruled_out(claimed, words, evidence)
        if found is not None:
            return found
    return None


def _ruled_out(claimed: frozenset[int], words: frozenset[str], evidence: Evidence) -> tuple[str, str, str] | None:
    """The best evidence sentence ruling out a claimed day, if it beats every sentence giving that day."""
    best: dict[int, tuple[int, str, str]] = {}
    held: dict[int, int] = {}
    for source in evidence.sources:
        if source.user:
            continue
        for sentence in _sentences(source.text):
            denied, stated = _sentence_days(sentence)
            if not denied and not stated:
                continue
            shared = len(words & (word_stems(sentence) - _DAY_STEMS))
            for day in claimed & stated:
                held[day] = max(held.get(day, 0), shared)
            for day in claimed & denied:
                if shared > best.get(day, (0, "", ""))[0]:
                    best[day] = (shared, source.label, sentence.strip())
    for day in sorted(best):
        shared, label, sentence = best[day]
        if shared >= CONTEXT_MIN and shared >= held.get(day, 0) + CONTEXT_MARGIN:
            return label, sentence, DAYS[day].capitalize()
    return None

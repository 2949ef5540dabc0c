"""A season widened: a claim that puts a thing in a month outside the range of months its evidence sentence gives,
or says it runs "all year round", where the evidence gives it only a range of months.

"Two slots a day, 09:30 and 14:00, all year round" against "Lessons run at 09:30 and 14:00 from April to October";
"Yes, we can source imported peonies for August at the usual R95 a stem surcharge" against "peonies are imported and
only available from October to December, at a surcharge of R95 a stem". Every word and figure of each claim is held,
so the hard-fact step and the wording check pass it; what is wrong is the month the claim gives its fact.

The reading is narrow. The claim must

- put its fact in a month in so many words, after a preposition ("in August", "for August", "during July", "until
  November"; not a date, "14 August", "August 2027"), or say "all year (round / long)", "year-round", "all through
  the year", "every month", "any time of (the) year";
- restate no range of months itself and deny or except nothing ("not", "no", "outside", "except", "closed", ...:
  an excluded month is :mod:`llmops_kit.range_outside`'s comparison);
- share :data:`SUBJECT_MIN` words or times of day with an evidence sentence (not the customer's) that gives a range
  of months ("from April to October", "May-June", "between May and September"; a range that wraps the year,
  "November to February", read round the year), and bans, closes or excepts nothing ("We can't remove a nest
  between March and August" gives no season).

It is contradicted when the month lies outside every range of every such sentence (a month inside one of them keeps
it), or, for "all year", when those ranges leave a month out. A source that names the claim's month anywhere else,
or says "all year" / "year-round" itself, is a season the reading cannot see whole: nothing is decided.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import content_stems, times_in
from .text.case_key import case_key
from .text.char_scans import has_digit, holds_any
from .text.split import sentences_of
from .text.worded_forms import MONTHS, in_cycle

__all__ = ["READ_WIDENED_SEASONS", "widened_season"]

#: Off while the claim decision is fitted (it settles a claim before the decision).
READ_WIDENED_SEASONS = True
#: The claim's words and times of day a range sentence must share: its subject.
SUBJECT_MIN = 2

_MONTH = "|".join(MONTHS)
#: A range of months; "May" only capitalised (the modal "may" is no month).
_RANGE_RE = re.compile(r"\b(?:(?:from\s+)?(" + _MONTH + r")\s*(?:to|through|until|till|-|–|—)\s*(" + _MONTH + r")"
                       r"|between\s+(" + _MONTH + r")\s+and\s+(" + _MONTH + r"))\b", re.IGNORECASE)
#: A month the claim puts its fact in: after a preposition, and not a date's ("in August 2027", "for 14 August").
_PUT_RE = re.compile(r"\b(?:in|for|during|throughout|through|over|until|till|into|this|next|every|each)\s+"
                     r"(?:the\s+(?:whole\s+)?(?:of\s+)?|all\s+(?:of\s+)?)?(" + _MONTH + r")\b(?!\s*,?\s*\d)(?!\s+to\b)",
                     re.IGNORECASE)
_ALL_YEAR_RE = re.compile(r"\b(?:all(?:[-\s]+the)?[-\s]+year(?:[-\s]+(?:round|long))?|year[-\s]+round|"
                          r"all\s+through\s+the\s+year|throughout\s+the\s+year|every\s+month|"
                          r"any\s+time\s+of\s+(?:the\s+)?year|whatever\s+the\s+season)\b", re.IGNORECASE)
#: A claim that excludes, denies or excepts: not a widening.
_EXCLUDED_RE = re.compile(r"\b(?:outside|not|no|never|closed|unavailable|except|apart|besides|unless|only|"
                          r"can['’]t|cannot)\b|n['’]t\b",
                          re.IGNORECASE)
#: A range sentence that bans, closes or excepts: its range is no season the thing is given in ("We can't remove an
#: active nest between March and August").
_BANNED_RE = re.compile(r"\b(?:outside|not|no|never|closed|shut|unavailable|except|apart|unless|cannot|banned|"
                        r"prohibited|forbidden|suspended|paused)\b|n['’]t\b", re.IGNORECASE)
#: Words a range sentence and a claim may share that say nothing of their subject.
_RANGE_STEMS = content_stems(" ".join((*MONTHS, "from to through until till between year round long all every "
                                       "month time season")))


def _may(text: str, start: int) -> bool:
    """Is the "may" at ``start`` the month (capitalised), not the modal?"""
    return text[start] == "M"


def _ranges(sentence: str) -> list[tuple[int, int]]:
    """The ranges of months the sentence gives, as (first, last) month indexes."""
    found = []
    for match in _RANGE_RE.finditer(sentence):
        first_at = 1 if match.group(1) else 3
        ends = (match.group(first_at), match.group(first_at + 1))
        starts = (match.start(first_at), match.start(first_at + 1))
        if any(case_key(e) == "may" and not _may(sentence, s) for e, s in zip(ends, starts, strict=True)):
            continue
        found.append((MONTHS.index(case_key(ends[0])), MONTHS.index(case_key(ends[1]))))
    return found


def _subject(text: str) -> frozenset[str]:
    """A text's subject words and times of day, without the words of a season."""
    words = frozenset(w for w in content_stems(text) if not has_digit(w)) - _RANGE_STEMS
    return words | times_in(text)


def _may_widen(lowered: str) -> bool:
    """Cheap pre-check: does the claim name a month or a year at all?"""
    return "year" in lowered or "month" in lowered or holds_any(lowered, MONTHS) or "season" in lowered


def widened_season(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, range sentence, the widening) when the claim puts its fact in a month outside the range of months
    an evidence sentence on its subject gives, or says "all year" for it (see the module docstring); else None."""
    if not READ_WIDENED_SEASONS or not _may_widen(claim.lower()):
        return None
    if _RANGE_RE.search(claim) is not None or _EXCLUDED_RE.search(claim) is not None:
        return None
    months = {case_key(m.group(1)) for m in _PUT_RE.finditer(claim)
              if case_key(m.group(1)) != "may" or _may(claim, m.start(1))}
    all_year = _ALL_YEAR_RE.search(claim)
    if not months and all_year is None:
        return None
    subject = _subject(claim)
    if len(subject) < SUBJECT_MIN:
        return None
    held: list[tuple[str, str, list[tuple[int, int]]]] = []
    for source in evidence.sources:
        if source.user:
            continue
        lowered = source.text.lower()
        if all_year is not None and _ALL_YEAR_RE.search(source.text) is not None:
            return None  # the source states a whole year itself
        for sentence in sentences_of(source.text):
            ranges = _ranges(sentence)
            if ranges and len(subject & _subject(sentence)) >= SUBJECT_MIN and _BANNED_RE.search(sentence) is None:
                held.append((source.label, sentence, ranges))
        for month in months:  # the month named outside a range: a season this reading does not see whole
            named = list(re.finditer(r"\b" + month + r"\b", lowered))
            in_ranges = {m.start(g) for m in _RANGE_RE.finditer(source.text) for g in (1, 2, 3, 4) if m.group(g)}
            if any(m.start() not in in_ranges for m in named):
                return None
    if not held:
        return None
    ranges = [r for _, _, rs in held for r in rs]
    label, sentence, _ = held[0]
    for month in sorted(months):
        at = MONTHS.index(month)
        if not any(in_cycle(at, first, last, len(MONTHS)) for first, last in ranges):
            return label, sentence, f"in {month.capitalize()}"
    if all_year is not None and not any((last - first) % 12 == 11 for first, last in ranges):
        return label, sentence, all_year.group(0)
    return None

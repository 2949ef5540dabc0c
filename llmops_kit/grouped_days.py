"""A weekday named inside a group of days the evidence names: "4 × NT$250 = NT$1,000 on Saturday" of "NT$200 per
person on weekdays and NT$250 on weekends", "Tuesday" of "weekdays", "Thursday" of "Monday to Thursday".

The name check (:meth:`llmops_kit.evidence.Evidence.missing_facts`) wants each weekday's name written in the
evidence, so an answer applying a rule for "weekends" to the customer's Saturday names a day no text holds. The day
is the group's when the figure the claim gives it is the one the evidence gives the group: in the claim, the last
figure written before the day (after any earlier day) that an evidence clause pairs with a group, else the first
after it; in a clause of a prose text (cut at sentence ends, semicolons and commas), a group's figures are those
written between it and the group before it (or, when the clause gives its first group no figure before it, those
after each group up to the next). Figures inside a calendar date are no day's figure, and a tool record's field
("weekday: Thursday") names no group. A day paired with the figure of a group it is not in ("NT$250 on Friday" of the
same sentence), or named with no figure the evidence pairs with a group, is still a name to find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .schedule_days import DAYS, day_groups
from .text import numbers_in, times_in
from .text.calendar_dates import written_dates

__all__ = ["READ_GROUPED_DAYS", "grouped_weekdays"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_GROUPED_DAYS = True

#: A figure as written: digits with their separators, and a clock mark after them ("12:00", "7 pm", "1,000").
_FIGURE_RE = re.compile(r"\d+(?:[.,:]\d+)*(?:\s*[ap]\.?m\.?(?![a-z]))?", re.IGNORECASE)
#: Where the evidence parts into clauses that each pair days with figures: sentence ends, semicolons and commas.
_CLAUSE_RE = re.compile(r"(?<=[.!?])\s+|[;\n]|,\s")
_GROUP_WORDS = ("weekday", "weekend", "daily", "every day", " to ", "-", "–", "through")


def _figures(text: str) -> list[tuple[int, frozenset[str]]]:
    """(position, the figure read as a number or a time) of each figure of ``text`` outside its calendar dates (a
    weekday written with a date is the calendar's: :mod:`llmops_kit.dated_weekdays`), in order."""
    dates = [(d.start, d.end) for d in written_dates(text)]
    out = []
    for m in _FIGURE_RE.finditer(text):
        if any(start <= m.start() < end for start, end in dates):
            continue
        read = numbers_in(m.group(0)) | times_in(m.group(0))
        if read:
            out.append((m.start(), frozenset(read)))
    return out


def _group_figures(sentence: str) -> list[tuple[frozenset[int], frozenset[str]]]:
    """(days, figures) of each group of days a clause names (see the module docstring)."""
    groups = day_groups(sentence, lists=True)
    if not groups:
        return []
    figures = _figures(sentence)
    bounds = [0, *(end for _, end, _ in groups)]
    before = [frozenset().union(*(f for at, f in figures if bounds[n] <= at < groups[n][0]))
              for n in range(len(groups))]
    if before[0]:
        return [(days, held) for (_, _, days), held in zip(groups, before, strict=True)]
    nexts = [start for start, _, _ in groups[1:]] + [len(sentence)]
    return [(days, frozenset().union(*(f for at, f in figures if end <= at < stop)))
            for (_, end, days), stop in zip(groups, nexts, strict=True)]


def _paired(texts: Iterable[str]) -> list[tuple[frozenset[int], frozenset[str]]]:
    """Every group of days with its figures, over the evidence's clauses that name a group of several days."""
    out = []
    for text in texts:
        if not any(word in text.lower() for word in _GROUP_WORDS):
            continue
        for sentence in _CLAUSE_RE.split(text):
            out.extend(g for g in _group_figures(sentence) if len(g[0]) > 1 and g[1])
    return out


def _deciding_figure(claim: str, start: int, end: int, previous: int, paired: frozenset[str]) -> frozenset[str]:
    """The figure a day of the claim is given: the last one before it (after the previous day) that the evidence
    pairs with a group, else the first such after it."""
    figures = _figures(claim)
    before = [f for at, f in figures if previous <= at < start and f & paired]
    if before:
        return before[-1]
    after = [f for at, f in figures if at >= end and f & paired]
    return after[0] if after else frozenset()


def grouped_weekdays(claim: str, names: Iterable[str], evidence_texts: Iterable[str]) -> frozenset[str]:
    """The weekday ``names`` of the claim (lower case, as the name check reads them) that lie inside a group of days
    the evidence pairs with the figure the claim gives that day; none otherwise (see the module docstring)."""
    wanted = {name.lower().rstrip("s") for name in names} & set(DAYS)
    if not READ_GROUPED_DAYS or not wanted or not any(c.isdigit() for c in claim):
        return frozenset()
    paired = _paired(evidence_texts)
    if not paired:
        return frozenset()
    all_figures = frozenset().union(*(f for _, f in paired))
    found: set[str] = set()
    previous = 0
    for start, end, days in day_groups(claim, lists=False):
        if len(days) == 1 and DAYS[next(iter(days))] in wanted:
            figure = _deciding_figure(claim, start, end, previous, all_figures)
            if figure and any(days <= group and figure & held for group, held in paired):
                found.add(DAYS[next(iter(days))])
        previous = end
    return frozenset(name for name in names if name.lower().rstrip("s") in found)

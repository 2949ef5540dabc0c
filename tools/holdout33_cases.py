"""Thirty-third held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to thirty-second sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. None of the later sets' own recipes (corrected detail, dated
versions, excepted rule, figure per unit, threshold, deadline, linked status, tallied record, stacked adjustments,
prorated period, eligibility rule, converted figure) is taken, so the set keeps its size and healthy share. The
content (house styles, answers, inventions, retrieval shapes) is this set's own, written by its author without
reading any detector. What this set adds:

- ``Recurring``: the retrieved article states a recurring schedule (every n weeks from a start date, the n-th or
  last weekday of the month, the next working day except public holidays, the last working day of the month) and
  the question (or a lookup tool's record) gives the customer's date. The right answer states the next occurrence
  (or the one asked about) with its date; the wrong one slips the way a hurried assistant does (the alternate week
  taken one week off, "the first Saturday" read as "next Saturday", a public holiday the article skips counted,
  the count started from the customer's date rather than the article's start date, the superseded twin's
  schedule applied) and states the date that slip gives. The schedule and the customer's date were seen; only
  the date, which the article's schedule applied to the customer's date contradicts, was not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from holdout2_build import Case
from holdout20_cases import Recipes as _Recipes
from holdout24_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Twins,
    search_query,
)

__all__ = ["Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote", "Recipes",
           "Recurring", "Refusal", "Twins", "next_date", "search_query"]

#: the schedules an article may state
RULES = {"interval": "every ``weeks`` weeks from ``anchor`` (the article's start date)",
         "nth_weekday": "the ``nth`` ``weekday`` of each month (``nth`` -1: the last one)",
         "next_working": "the first working day after the customer's date (Monday to Friday, not a listed holiday)",
         "last_working": "the last working day of the customer's month (Monday to Friday, not a listed holiday)"}
#: how a wrong answer slips, as a variation names it
SLIPS = {"off_week": "the alternate week taken one week off",
         "from_today": "the count started from the customer's date rather than the article's start date",
         "next_weekday": "\"the n-th weekday of the month\" read as the next such weekday",
         "holiday": "a public holiday the article skips counted as a working day",
         "twin": "the superseded twin's schedule applied"}
#: the rules each slip can misread
SLIP_RULES = {"off_week": ("interval",), "from_today": ("interval",), "next_weekday": ("nth_weekday",),
              "holiday": ("next_working", "last_working"), "twin": tuple(RULES)}
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")


@dataclass
class Recurring:
    """A schedule the articles carried by ``ids`` state in ``schedule_words`` (a ``rule`` of ``RULES`` with its
    ``weekday`` (0 Monday), ``weeks`` and ``anchor``, ``nth``, ``holidays``), and the customer's date ``today``
    (ISO), written as ``facts`` in the question, the history or the tool record. ``date`` (ISO) is the occurrence the
    schedule gives on or after ``today`` (after it for ``next_working``), stated by ``right`` as ``said``; ``wrong``
    states ``wrong_date`` as ``wrong_said``, reached by a ``slip`` (``twin_words`` / ``twin``: the superseded twin's
    schedule words and the fields it changes), ``frags`` the date words only the wrong answer states. A lookup tool
    ``name`` called with ``input`` returned ``output`` when ``name`` is set."""

    question: str
    ids: tuple[str, ...]
    schedule_words: str
    rule: str
    today: str
    facts: tuple[str, ...]
    date: str
    said: str
    wrong_date: str
    wrong_said: str
    slip: str
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    weekday: int = 0
    weeks: int = 1
    anchor: str = ""
    nth: int = 1
    holidays: tuple[str, ...] = ()
    twin_words: str = ""
    twin: dict[str, Any] | None = None
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = ()


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _working(d: dt.date, holidays: tuple[str, ...]) -> bool:
    return d.weekday() < 5 and d.isoformat() not in holidays


def next_date(v: Recurring, slip: str = "") -> dt.date:
    """The occurrence the article's schedule gives for the customer's date, or ``slip``'s reading of it."""
    if slip == "twin":
        return next_date(dataclasses.replace(v, **(v.twin or {})))
    today = dt.date.fromisoformat(v.today)
    holidays = () if slip == "holiday" else v.holidays
    if v.rule == "interval":
        step = dt.timedelta(weeks=v.weeks)
        if slip == "from_today":
            return today + step
        d = dt.date.fromisoformat(v.anchor)
        if d.weekday() != v.weekday:
            raise ValueError(f"the start date {v.anchor} is not on the schedule's weekday")
        while d < today:
            d += step
        if slip == "off_week":
            return d - dt.timedelta(weeks=1) if d - dt.timedelta(weeks=1) >= today else d + dt.timedelta(weeks=1)
        return d
    if v.rule == "nth_weekday":
        if slip == "next_weekday":
            return today + dt.timedelta(days=(v.weekday - today.weekday()) % 7 or 7)
        y, m = today.year, today.month
        d = _nth_weekday(y, m, v.weekday, v.nth)
        if d < today:
            y, m = y + m // 12, m % 12 + 1
            d = _nth_weekday(y, m, v.weekday, v.nth)
        return d
    if v.rule == "next_working":
        d = today + dt.timedelta(days=1)
        while not _working(d, holidays):
            d += dt.timedelta(days=1)
        return d
    if v.rule == "last_working":
        nxt = dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)
        d = nxt - dt.timedelta(days=1)
        while not _working(d, holidays):
            d -= dt.timedelta(days=1)
        return d
    raise ValueError(f"a rule is one of {', '.join(RULES)}, not {v.rule!r}")


def mentions(text: str, d: dt.date) -> bool:
    """Whether ``text`` writes the date ``d``: its day of the month in digits and its month (a name, its first
    three letters, or its number in a numeric date)."""
    low = text.lower()
    if re.search(rf"(?<!\d){d.year}-{d.month:02d}-{d.day:02d}(?!\d)", low):
        return True
    numeric = re.search(rf"(?<!\d)0?{d.day}[./-]0?{d.month}(?:[./-]\d{{2,4}})?(?!\d)", low)
    named = re.search(rf"(?<!\d)0?{d.day}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{MONTHS[d.month - 1][:3]}", low) or \
        re.search(rf"{MONTHS[d.month - 1][:3]}[a-z]*\.?\s+0?{d.day}(?!\d)", low)
    return bool(numeric or named)


def check_recurring(v: Recurring, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a recurring pair whose schedule is not in the retrieved articles, whose customer date is not in the
    question, the history or the record, whose right date does not follow from the schedule and the customer's
    date, or whose wrong date equals the right one (or does not follow from its slip)."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    if not v.schedule_words or v.schedule_words not in evidence:
        raise ValueError(f"{where}: the schedule must be in the retrieved articles")
    record = "" if v.output is None else repr(v.output)
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: the customer's date must be in the question, the history or the record")
    if v.rule not in RULES or v.slip not in SLIPS or v.rule not in SLIP_RULES[v.slip]:
        raise ValueError(f"{where}: the slip {v.slip!r} needs a schedule it can misread, not {v.rule!r}")
    if v.slip == "twin" and (not v.twin or not v.twin_words or v.twin_words not in evidence):
        raise ValueError(f"{where}: the twin's schedule must be retrieved beside the current one")
    if v.slip == "holiday" and not v.holidays:
        raise ValueError(f"{where}: a holiday slip needs a holiday the article lists")
    right, wrong = next_date(v), next_date(v, v.slip)
    if right.isoformat() != v.date:
        raise ValueError(f"{where}: the right date {v.date} is not what the schedule gives ({right})")
    if wrong.isoformat() != v.wrong_date:
        raise ValueError(f"{where}: the wrong date {v.wrong_date} does not follow from the slip ({wrong})")
    if wrong == right:
        raise ValueError(f"{where}: the slip must reach another date than the schedule's")
    if v.said not in v.right or v.wrong_said not in v.wrong or v.wrong_said in v.right:
        raise ValueError(f"{where}: each answer states its own date, and only the wrong one the wrong date")
    if not mentions(v.said, right) or not mentions(v.wrong_said, wrong):
        raise ValueError(f"{where}: each answer must write its date in what it says")
    if not v.frags or any(f.lower() in v.right.lower() for f in v.frags):
        raise ValueError(f"{where}: the right answer must not state the wrong date's words")
    everything = " ".join(" ".join(entry) for entry in articles.values()).lower()
    if any(f.lower() in everything for f in v.frags):
        raise ValueError(f"{where}: the wrong date's fragments must be in no article")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a recurring schedule applied to the customer's date rightly or, wrongly,
    by a slipped reading."""

    def _recurring(self, answer: str) -> Case:
        v: Recurring = self.dom.RECURRING
        check_recurring(v, {**self.dom.ARTICLES, **self.dom.FAQ}, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Recurring = self.dom.RECURRING
        self.add(self._recurring(v.right), [], "", f"a recurring schedule applied to the customer's date: "
                 f"{v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Recurring = self.dom.RECURRING
        self.add(self._recurring(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a recurring schedule applied wrongly, {SLIPS[v.slip]}: {v.variation}", v.frags)

"""A price in two versions, one per date or per day, applied on the wrong side of the customer's day: "₩9,000 each"
for a night pack wanted on 2027.04.03 where the notice says "₩9,000 until 2027.03.31; ₩11,000 from 2027.04.01",
or "KSh 7,500" for a Friday where the fees are "KSh 6,000 Monday to Friday; KSh 7,500 weekends".

Both versions are held by the same evidence sentence, so the hard-fact step and every reading of owners pass
either. Here an evidence sentence cut at its semicolons (and at a comma before an amount) is read for a run of
clauses that each give one amount of money and one condition of the same kind, the rest of their words shared:

* a bound by date: "until / till / up to / through / before <date>", "from / as of / after / starting <date>";
* a class of days: a run of weekdays ("Monday to Friday"), "weekdays", "weekends" (with "and public holidays"),
  or named days ("Saturdays and Sundays").

The customer's day is read from the question (:func:`~llmops_kit.text.calendar_dates.written_dates`, any of the
usual layouts; a weekday's name, or a dated day's weekday); a day said not to be meant ("not Saturday") is left
out. When every reading of every such day meets the condition of exactly one version and fails the others, a
claim stating another version's amount is contradicted, unless the claim states a day that version's condition
meets ("until 31 March it was ₩9,000": the version given with its own date), the customer stated the amount, or
another evidence sentence holds it. No day in the question, or days on both sides, and nothing is read.
Switched off by ``READ_DATED_VERSIONS`` in the claim-decision fit.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .evidence import Evidence
from .text.calendar_dates import WrittenDate, weekday_mentions, written_dates
from .text.char_scans import has_digit
from .text.numbers import typed_quantities
from .text.split import sentences_of
from .text.worded_forms import WEEKDAYS
from .textcache import text_cache

__all__ = ["READ_DATED_VERSIONS", "other_version"]

#: Switch: read dated and day-class versions of a price (``dated33`` round).
READ_DATED_VERSIONS = True

#: The words before a date that make it a bound: an upper bound (the last day, or the first day not included)
#: and a lower bound (the first day, or the last day not included).
_BOUND_RE = re.compile(r"\b(until|till|up\s+to|through|before|from|as\s+of|after|starting(?:\s+on)?|since)\s+"
                       r"(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.IGNORECASE)
_UPPER = {"until": "<=", "till": "<=", "up to": "<=", "through": "<=", "before": "<"}
#: Where a clause is cut: a semicolon, or a comma before an amount (not before a year: "July 6, 2027").
_CLAUSE_RE = re.compile(r"\s*;\s*|,\s+(?:and\s+|or\s+)?(?=[^\s\d,;]{0,3}\s?\d)(?!\d{4}\b)")
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY_INDEX = {day[:3]: n for n, day in enumerate(WEEKDAYS)}
_DAY_RUN_RE = re.compile(rf"\b({_DAY})s?\s*(?:to|-|–|through|till|until)\s*({_DAY})s?\b", re.IGNORECASE)
_WEEKDAYS_RE = re.compile(r"\bweek\s?days?\b", re.IGNORECASE)
_WEEKENDS_RE = re.compile(r"\bweek\s?ends?\b(?:\s+and\s+(?:public|bank)\s+holidays)?", re.IGNORECASE)
_NAMED_DAY_RE = re.compile(rf"\b({_DAY})s?\b", re.IGNORECASE)
#: Words a condition is made of, left out when the versions' other words are compared.
_CONDITION_WORDS = frozenset(("until", "till", "up", "to", "through", "before", "from", "as", "of", "after",
                              "starting", "on", "since", "at", "the", "and", "public", "bank", "holidays", "holiday",
                              "weekday", "weekdays", "weekend", "weekends", "week", "days", "day", "every", "any"))
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
#: A day said not to be meant: "not Saturday", "instead of 3 May".
_NOT_MEANT_RE = re.compile(r"\b(?:not|instead\s+of|rather\s+than)\s+(?:on\s+|the\s+)?$", re.IGNORECASE)
#: What a sentence holds before it can give a version's condition (a cheap test before the clause reading).
_KEY_RE = re.compile(r"until|till|up to|through|before|from|as of|after|starting|since|[Dd]ay|[Ww]eek")


class _Version(NamedTuple):
    """One version of a price: its amount ("9000 money"), the amount as written, its clause and its condition
    ("date", (operator, readings of the date)) or ("days", weekday indexes)."""

    amount: str
    written: str
    clause: str
    kind: str
    condition: tuple


def _day_range(first: str, last: str) -> frozenset[int]:
    a, b = _DAY_INDEX[first[:3].lower()], _DAY_INDEX[last[:3].lower()]
    return frozenset(range(a, b + 1)) if a <= b else frozenset((*range(a, 7), *range(0, b + 1)))


def _condition(clause: str, dates: tuple[WrittenDate, ...]) -> tuple[str, tuple] | None:
    """The clause's one condition: a bound by date or a class of days (see the module docstring), else None.
    ``dates``: the clause's dates, read in their whole sentence (whose other dates may tell day from month)."""
    bounds = []
    for found in dates:
        bound = _BOUND_RE.search(clause[:found.start])
        if bound is not None:
            word = " ".join(bound.group(1).lower().split())
            operator = _UPPER.get(word, ">" if word == "after" else ">=")
            bounds.append((operator, found.readings))
    if len(bounds) == 1:
        return "date", bounds[0]
    if bounds:
        return None
    days: set[int] = set()
    rest = clause
    for run in _DAY_RUN_RE.finditer(clause):
        days |= _day_range(run.group(1), run.group(2))
    rest = _DAY_RUN_RE.sub(" ", rest)
    if _WEEKDAYS_RE.search(rest):
        days |= set(range(5))
    if _WEEKENDS_RE.search(rest):
        days |= {5, 6}
    days |= {_DAY_INDEX[m.group(1)[:3].lower()] for m in _NAMED_DAY_RE.finditer(rest)}
    return ("days", (frozenset(days),)) if days and len(days) < 7 else None


def _other_words(clause: str, written: str) -> frozenset[str]:
    """The clause's words beside its amount and condition: what the version is of."""
    text = clause.replace(written, " ")
    for found in reversed(written_dates(text)):
        text = text[:found.start] + " " + text[found.end:]
    words = {w.lower() for w in _WORD_RE.findall(text)}
    return frozenset(w for w in words if w not in _CONDITION_WORDS and not _NAMED_DAY_RE.fullmatch(w)
                     and w[:3] not in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"))


_AMOUNT_RE = re.compile(r"\d[\d.,]*\d|\d")


def _version(clause: str, dates: tuple[WrittenDate, ...]) -> _Version | None:
    """The clause as a version of a price: one amount of money and one condition, else None."""
    money = [q for q in typed_quantities(clause) if q.endswith(" money")]
    if len(money) != 1:
        return None
    condition = _condition(clause, dates)
    if condition is None:
        return None
    value = money[0].split(" ")[0]
    spans = [(d.start, d.end) for d in dates]
    written = next((m.group(0) for m in _AMOUNT_RE.finditer(clause)
                    if not any(s <= m.start() < e for s, e in spans)), "")
    return _Version(money[0], written, clause.strip(), condition[0], condition[1]) if value else None


def _clause_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a sentence cut by :data:`_CLAUSE_RE`."""
    spans, start = [], 0
    for cut in _CLAUSE_RE.finditer(sentence):
        spans.append((start, cut.start()))
        start = cut.end()
    return [*spans, (start, len(sentence))]


@text_cache()
def _versions_in(text: str) -> tuple[tuple[str, tuple[_Version, ...]], ...]:
    """(sentence, versions) of each run of two or more versions of one price in a source's sentences."""
    if ";" not in text and "," not in text:
        return ()
    out = []
    for sentence in sentences_of(text):
        if not has_digit(sentence) or _KEY_RE.search(sentence) is None:
            continue
        if sum(q.endswith(" money") for q in typed_quantities(sentence)) < 2:
            continue  # two versions are two amounts
        run: list[_Version] = []
        dates = written_dates(sentence)
        for start, end in [*_clause_spans(sentence), (0, 0)]:
            clause = sentence[start:end]
            mine = tuple(d._replace(start=d.start - start, end=d.end - start) for d in dates
                         if start <= d.start and d.end <= end)
            version = _version(clause, mine) if clause.strip() else None
            if version is not None and (not run or version.kind == run[0].kind):
                run.append(version)
                continue
            if len(run) >= 2:
                out.append((sentence, tuple(run)))
            run = [version] if version is not None else []
    return tuple((sentence, run) for sentence, run in out if _one_price(run))


def _one_price(run: tuple[_Version, ...]) -> bool:
    """Are the versions of one price: distinct amounts, the later clauses' other words all the first one's?"""
    if len({v.amount for v in run}) != len(run):
        return False
    first = _other_words(run[0].clause, run[0].written)
    return all(_other_words(v.clause, v.written) <= first for v in run[1:])


def _meets(version: _Version, day: tuple[int | None, int, int] | int) -> bool | None:
    """Does a day (a date's reading, or a weekday index) meet the version's condition? None when it cannot tell."""
    if version.kind == "days":
        return day in version.condition[0] if isinstance(day, int) else None
    if isinstance(day, int):
        return None
    operator, readings = version.condition
    answers = set()
    for year, month, number in readings:
        cyear = day[0] if day[0] is not None else year
        byear = year if year is not None else cyear
        if cyear is None or byear is None:
            return None
        try:
            ours, bound = date(cyear, day[1], day[2]), date(byear, month, number)
        except ValueError:
            return None
        answers.add({"<=": ours <= bound, "<": ours < bound, ">=": ours >= bound, ">": ours > bound}[operator])
    return answers.pop() if len(answers) == 1 else None


@text_cache()
def _customer_days(question: str) -> tuple[tuple[tuple[int | None, int, int], ...], tuple[int, ...]]:
    """The readings of the dates the question states and the weekdays it names or its dated days fall on, the days
    said not to be meant left out."""
    dates: list[tuple[int | None, int, int]] = []
    weekdays: set[int] = set()
    for found in written_dates(question):
        if _NOT_MEANT_RE.search(question[:found.start]):
            continue
        dates.extend(found.readings)
        weekdays.update(date(*r).weekday() for r in found.readings if r[0] is not None)
    for start, index in weekday_mentions(question):
        if not _NOT_MEANT_RE.search(question[:start]):
            weekdays.add(index)
    return tuple(dates), tuple(sorted(weekdays))


def _in_force(run: tuple[_Version, ...], days: list) -> int | None:
    """The index of the one version every reading of the customer's days meets, all others failed by all."""
    if not days:
        return None
    verdicts = [{_meets(v, d) for d in days} for v in run]
    held = [n for n, seen in enumerate(verdicts) if seen == {True}]
    if len(held) != 1 or any(seen != {False} for n, seen in enumerate(verdicts) if n != held[0]):
        return None
    return held[0]


def _stated_with_condition(claim: str, version: _Version) -> bool:
    """Does the claim state a day the version's condition meets (the version given with its own date or days)?"""
    dates, weekdays = _customer_days(claim)
    if version.kind == "date":
        return any(_meets(version, d) for d in dates)
    return any(_meets(version, d) for d in weekdays) or (
        bool(_WEEKENDS_RE.search(claim)) and bool(version.condition[0] & {5, 6})) or (
        bool(_WEEKDAYS_RE.search(claim)) and bool(version.condition[0] & set(range(5))))


def _states_amount(claim: str, amounts: frozenset[str], version: _Version) -> bool:
    """Does the claim state the version's amount (as read, or as written: "$20.000")?"""
    if version.amount in amounts:
        return True
    written = version.written
    return len(written) > 3 and not written.isdigit() and re.search(
        rf"(?<![\d.,]){re.escape(written)}(?!\d|[.,]\d)", claim) is not None


def _held_elsewhere(evidence: Evidence, version: _Version, sentence: str) -> bool:
    """Does another sentence of the evidence, or the customer, state the version's amount?"""
    for _, other in evidence.sentences:
        if other != sentence and version.amount in typed_quantities(other):
            return True
    return version.amount in typed_quantities(evidence.user_text)


def _runs(evidence: Evidence) -> list[tuple[str, str, tuple[_Version, ...], int]]:
    """(source, sentence, versions, index of the one in force) for the customer's day, read once per request."""
    question = evidence.user_text
    if not question or (not has_digit(question) and "day" not in question.lower()):
        return []
    found = [(source.label, sentence, run)
             for source in evidence.sources for sentence, run in _versions_in(source.text)]
    if not found:
        return []
    dates, weekdays = _customer_days(question)
    out = []
    for label, sentence, run in found:
        days = list(dates) if run[0].kind == "date" else list(weekdays)
        force = _in_force(run, days)
        if force is not None:
            out.append((label, sentence, run, force))
    return out


def other_version(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, sentence, the version's clause) when the claim states the amount of a version of a price whose
    condition the customer's day fails, another version's being met (see the module docstring), else None."""
    if not READ_DATED_VERSIONS or not has_digit(claim):
        return None
    runs = evidence.once("dated_versions.runs", _runs)
    if not runs:
        return None
    amounts = typed_quantities(claim)
    for label, sentence, run, force in runs:
        for n, version in enumerate(run):
            if n == force or not _states_amount(claim, amounts, version):
                continue
            if _states_amount(claim, amounts, run[force]) or _stated_with_condition(claim, version):
                continue
            if _held_elsewhere(evidence, version, sentence):
                continue
            return label, sentence, version.clause
    return None

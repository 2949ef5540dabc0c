"""A period's charge worked out for part of a month, as the article's rule prorates it: "For March you pay € 210,00:
14 days, from 18 to 31 March with your first day counted, at € 465,00 ÷ 31 days", "22 days, 10 to 31 January with
your first day counted, at 2 800 ₸ a day", "the bed from 21 to 30 April is 10 of April's 30 days, ₪600 × 10/30 =
₪200, and delivery and set-up is ₪240 in full. For April you pay ₪440".

No text writes the day count, the month's length or the charge: they are calendar arithmetic on the customer's
date and the article's monthly or daily price, so they read as invented. :func:`prorated_figures` holds them only
when the whole working is there and follows the article's rule:

- the claim writes a date range inside one month ("18 to 31 March", "March 18-31", "21-28 March") that starts on a
  date the customer's message writes when the claim or a source says the first day counts ("your first day
  counted", "the joining day included"), or on the day after it when a source says the days start the day after
  ("unused days start the day after"); its ends and its day count, both ends counted, are then held. A range
  starting elsewhere, or where no rule says which, leaves its figures unexplained;
- the divisor is the month's calendar length only when a source says the actual days are counted ("by the actual
  number of days in the month"), or the fixed month a source states ("we count every month as 30 days");
- the charge is an amount a source writes per month, times the days over that divisor, or an amount a source writes
  per day times the days, to the cent (or to the unit for a figure written without decimals); a total of that
  charge and one other amount the claim writes that a source holds ("₪200 ... and delivery ₪240 in full": ₪440)
  is held too.

The month's length is held only as the divisor of such a charge; a charge over 31 days where the article fixes 30,
or a one-off fee prorated by days (a source writes it with no month), stays unexplained.
:func:`following_months` holds the month after the customer's date named as the one the full charge starts ("From
April it's the full € 465,00 a month" to "from Thursday 18/03/2027"). Both under :data:`READ_PRORATED_CHARGES`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable

from .text import numbers_in
from .text.calendar_dates import written_dates
from .text.money_amounts import same_amount
from .text.numbers import parses_as_float
from .text.worded_forms import MONTHS

__all__ = ["READ_PRORATED_CHARGES", "following_months", "prorated_figures"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_PRORATED_CHARGES = True

_MONTH_ALT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_LINK = r"\s*(?:to|-|–|until|through|till)\s*"
#: A range inside one month: "18 to 31 March", "from 10 to 31 January", "21-30 April", "March 18 to 31".
_RANGE_RE = re.compile(rf"(?<![\d.,/]){_DAY}{_LINK}{_DAY}\s+(?:of\s+)?({_MONTH_ALT})"
                       rf"|\b({_MONTH_ALT})\s+{_DAY}{_LINK}{_DAY}(?![\d.,/])", re.IGNORECASE)
#: The first day said to count: "your first day counted", "the joining day included", "the day you join counted",
#: "counting your start date".
_FIRST_COUNTED_RE = re.compile(r"\bday\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.;:]){0,25}?\b(?:counted|included)\b"
                               r"|\bcounting (?:from )?(?:your|the) (?:start|first|joining|effective) (?:date|day)\b",
                               re.IGNORECASE)
#: A rule whose days start the day after the customer's date: "so unused days start the day after".
_DAY_AFTER_RE = re.compile(r"\b(?:start|starts|starting|begin|begins|count(?:ed)?) (?:from )?the day after\b",
                           re.IGNORECASE)
#: A rule counting the month's calendar length: "by the actual number of days in the month", "actual days".
_ACTUAL_DAYS_RE = re.compile(r"\bactual (?:number of )?days\b", re.IGNORECASE)
#: A fixed month a rule states: "we count every month as 30 days", "a 30-day month".
_FIXED_MONTH_RE = re.compile(r"\bmonths? as (\d{2}) days\b|\b(\d{2})-day month\b", re.IGNORECASE)
#: How near before "month" / "day" a source's amount stands for it to be a price per month or per day.
_PER_MONTH_RE = re.compile(r"^[^.;:]{0,30}?\b(?:per|a|each|every)\s+(?:calendar\s+)?month\b", re.IGNORECASE)
_PER_DAY_RE = re.compile(r"^[^.;:]{0,30}?\b(?:per|a|each|every)\s+day\b", re.IGNORECASE)
#: "From April", "from April on": the month the full charge starts.
_FROM_MONTH_RE = re.compile(r"\bfrom\s+([a-z]+)\b", re.IGNORECASE)


def _month_of(word: str) -> int | None:
    key = word.lower().rstrip(".")[:3]
    for i, name in enumerate(MONTHS, 1):
        if name.startswith(key) and len(key) == 3:
            return i
    return None


def _customer_days(user_text: str) -> set[tuple[int, int, int]]:
    """The (year, month, day) of each date the customer's message writes, each reading of an ambiguous one."""
    return {(y, m, d) for w in written_dates(user_text) for (y, m, d) in w.readings if y}


def _priced(sources: Iterable[str], value: float, per: re.Pattern[str]) -> bool:
    """Does a source write ``value`` as an amount followed, in its clause, by "per / a / each month" (or day)?"""
    return any(_raw_values(m.group(0)) & {round(value, 2)} and per.match(text[m.end():])
               for text in sources for m in _FIGURE_RE.finditer(text))


#: A figure as written, its thousands grouped by a space, a dot or a comma ("84 000", "465,00", "1,000.00").
_FIGURE_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0\u202f.,]\d{2,3})*(?![\w])")


def _raw_values(raw: str) -> set[float]:
    """The values a written figure may stand for: every mark a thousands separator, or the last one the decimal
    mark ("465,00" is 465.0, "84 000" is 84000.0)."""
    digits = re.sub(r"\D", "", raw)
    out = {float(digits)}
    last = max(raw.rfind(","), raw.rfind("."))
    if last > 0:
        out.add(float(re.sub(r"\D", "", raw[:last]) + "." + raw[last + 1:]))
    return {round(v, 2) for v in out}


def _matches(written: str, worked: float) -> bool:
    """Is the figure ``written`` the worked value: to the cent, or to the unit when written without decimals?"""
    value = float(written)
    return same_amount(value, worked) or ("." not in written and abs(value - worked) < 0.5)


def prorated_figures(left: Iterable[str], claim: str, user_text: str, sources: Iterable[str],
                     held: Callable[[str], bool]) -> frozenset[str]:
    """The figures of ``left`` the claim works out as a part-month charge by the article's rule (module doc): the
    range's day count and ends, the month's length, the charge and its total with one held amount. ``held``: does a
    source or the customer hold this number?"""
    if not READ_PRORATED_CHARGES or not left:
        return frozenset()
    sources = tuple(sources)
    ranges = list(_RANGE_RE.finditer(claim))
    if not ranges:
        return frozenset()
    dates = _customer_days(user_text)
    # the range starts on the customer's date where the first day counts, the day after where the rule says so
    starts = set(dates) if (_FIRST_COUNTED_RE.search(claim) or any(_FIRST_COUNTED_RE.search(s) for s in sources)) \
        else set()
    if any(_DAY_AFTER_RE.search(s) for s in sources):
        starts |= {(y, m, d + 1) for (y, m, d) in dates}
    if not starts:
        return frozenset()
    fixed = {int(g) for s in sources for m in _FIXED_MONTH_RE.finditer(s) for g in m.groups() if g}
    actual = any(_ACTUAL_DAYS_RE.search(s) for s in sources)
    own = [n for n in numbers_in(claim) if parses_as_float(n)]
    amounts = [float(n) for n in own if held(n)]
    monthly = [a for a in amounts if _priced(sources, a, _PER_MONTH_RE)]
    daily = [a for a in amounts if _priced(sources, a, _PER_DAY_RE)]
    given: set[str] = set()
    for match in ranges:
        if match.group(3):
            first, last, month = int(match.group(1)), int(match.group(2)), _month_of(match.group(3))
        else:
            month, first, last = _month_of(match.group(4)), int(match.group(5)), int(match.group(6))
        if month is None:
            continue
        years = {y for (y, m, d) in starts if m == month and d == first}
        if len(years) != 1:
            continue  # the range must start on the customer's own date, of one year
        length = calendar.monthrange(years.pop(), month)[1]
        if not 1 <= first <= last <= length:
            continue
        days = last - first + 1
        divisors: set[int] = ({length} if actual else set()) | fixed
        charges = [a * days / d for a in monthly for d in divisors] + [a * days for a in daily]
        results = {n for n in own if any(_matches(n, c) for c in charges)}
        totals = {n for n in own for r in results for a in amounts
                  if float(n) != a and float(r) != a and _matches(n, float(r) + a)}
        # the range and its count are the rule's calendar arithmetic; the month's length only as a charge's divisor
        given |= results | totals | {str(days), str(first), str(last)} | ({str(d) for d in divisors} if results
                                                                             else set())
    return frozenset(n for n in left if n in given)


def following_months(names: Iterable[str], claim: str, user_text: str) -> frozenset[str]:
    """The month ``names`` (lower case) the claim names after "from" that follow the month of a date the customer
    writes ("From April it's the full € 465,00 a month" to "from Thursday 18/03/2027"): the month the full charge
    starts, calendar arithmetic on the customer's date, no name a source must hold."""
    if not READ_PRORATED_CHARGES:
        return frozenset()
    wanted = {n for n in names if n in MONTHS}
    if not wanted:
        return frozenset()
    nexts = {MONTHS[m % 12] for (_, m, _) in _customer_days(user_text)}
    return frozenset(m.group(1).lower() for m in _FROM_MONTH_RE.finditer(claim)
                     if m.group(1).lower() in wanted and m.group(1).lower() in nexts)

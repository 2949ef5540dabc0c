"""A count of uses worked from a frequency over a period, read against that frequency and period.

When a customer weighs a pass against paying each time, the answer often says how many of the pass's uses they
would get: "at once a week you would only use about 6 of the 12 sessions in 3 months", "at two visits a month
you'd only manage 8 of the 10 entries before it runs out" (of a card "valid for 6 months"). Every figure of such
a claim is held (the pass's 12 sessions, its 3 months, the customer's "once a week"), so no other reading
objects; yet the count is the frequency times the period (about 13, and 12), and getting it wrong reverses the
advice. Read sets of two authors passed such answers as healthy.

Two closed arms:

- **a count of uses against the frequency over the period**: the claim states a count of uses, "use / manage /
  get / make / attend [about / only] N of the M <noun>" or "use [about / only] N <sessions / visits / ...>",
  together with a frequency ("once a week", "twice a month", "two visits a month", "every Saturday", "weekly"),
  written in the claim or else in the customer's message. The period is the claim's own ("in 3 months", "over 6
  weeks"), else the customer's ("for the next 3 months"), else a validity the texts give ("valid for 6 months");
  two different validities in the texts leave it unknown. The count is contradicted when it lies outside the
  frequency times the period by more than rounding (a month is 4 to 4.35 weeks, and one use either way);
- **a total for a period whose count leaves the frequency out**: "N × <price> = <total> a year / month / week"
  where the customer's frequency gives a whole number of uses of two or more in that period ("every 3 months" is
  4 a year) and N is no multiple of it ("5 × S$25 = S$125 a year" for five units serviced every 3 months: the
  total is returned), or is a count of the customer's own other than the uses ("4 × €30 = €120 a year" for four
  bikes serviced every 6 months). Only the customer's frequency is read here, with the claim stating none, and
  only units that convert exactly (a year is 12 months, 52 weeks; a month is no whole number of weeks).

No frequency, no period, or no count: left alone.

The count (or the total) is returned as an unheld number, read in
:meth:`~llmops_kit.evidence.Evidence.missing_facts`. Switched off by :data:`READ_FREQUENCY_COUNTS` in the
claim-decision fit.
"""

from __future__ import annotations

import re

from .text import numbers_in
from .text.case_key import case_key
from .text.char_scans import has_digit
from .text.money_amounts import MONEY_MARK
from .text.numbers import count_words
from .textcache import text_cache

__all__ = ["READ_FREQUENCY_COUNTS", "miscounted_uses"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle
#: a figure before the decision.
READ_FREQUENCY_COUNTS = True

_WORDS = {"one": 1, "a": 1, "an": 1, "once": 1, "twice": 2, "thrice": 3, **count_words(30)}
_COUNT = r"(\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
#: Weeks in a unit of time, at their shortest and longest (a month is 4 to about 4.35 weeks).
_WEEKS = {"day": (1 / 7, 1 / 7), "week": (1.0, 1.0), "fortnight": (2.0, 2.0), "month": (4.0, 4.35),
          "year": (52.0, 52.2)}
_UNIT = r"(day|week|fortnight|month|year)s?"
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_VISIT_NOUNS = (r"(?:sessions?|visits?|classes|class|lessons?|entries|entry|occasions?|games?|washes|wash|"
                r"treatments?|services?|trips?|rides?|times?|days?|nights?|slots?|passes|pass|credits?|uses?)")
#: "once a week", "twice a month", "two visits a month", "3 times per week", "one session every week".
_RATE_RE = re.compile(r"(?<![$£€¥₹\d.,])\b" + _COUNT + r"\s+(?:" + _VISIT_NOUNS + r"\s+|times?\s+)?"
                      r"(?:a|per|each|every)\s+" + _UNIT + r"\b", re.IGNORECASE)
#: "every Saturday", "every week", "every 2 weeks", "weekly", "monthly".
_EVERY_RE = re.compile(r"\bevery\s+(?:(\d{1,2}|other|" + "|".join(count_words(12)) + r")\s+)?(" + _WEEKDAYS
                       + r"|day|week|fortnight|month|year)s?\b", re.IGNORECASE)
_LY_RE = re.compile(r"\b(weekly|fortnightly|monthly|daily)\b", re.IGNORECASE)
_LY_UNITS = {"weekly": "week", "fortnightly": "fortnight", "monthly": "month", "daily": "day"}
#: A period: "3 months", "six weeks", "a year".
_PERIOD = _COUNT + r"[\s-]+" + _UNIT
_CLAIM_PERIOD_RE = re.compile(r"\b(?:in|over|within|during)\s+(?:the\s+)?(?:next\s+)?(?:about\s+)?" + _PERIOD
                              + r"\b", re.IGNORECASE)
_ASKED_PERIOD_RE = re.compile(r"\b(?:for|over|during|in)\s+(?:the\s+)?(?:next|coming|following)?\s*(?:about\s+)?"
                              + _PERIOD + r"\b", re.IGNORECASE)
_VALID_PERIOD_RE = re.compile(r"\b(?:valid|lasts?|good|expires? after|runs? for)\s+(?:for\s+)?" + _PERIOD
                              + r"\b", re.IGNORECASE)
#: "use about 6 of the 12 sessions", "manage 8 of the 10 entries", "use only 6 sessions".
_USE_VERBS = r"(?:use|manage|get(?:\s+through)?|make|attend|take|come\s+to|fit\s+in)"
_USES_OF_RE = re.compile(r"\b" + _USE_VERBS + r"\s+(?:only\s+|just\s+)?(?:about\s+|around\s+|roughly\s+)?"
                         r"(\d{1,3})\s+of\s+(?:the|your|its|their)\s+(?:\d{1,3}\s+)?" + _VISIT_NOUNS + r"\b",
                         re.IGNORECASE)
_USES_RE = re.compile(r"\b" + _USE_VERBS + r"\s+(?:only\s+|just\s+)?(?:about\s+|around\s+|roughly\s+)?"
                      r"(\d{1,3})\s+" + _VISIT_NOUNS + r"\b", re.IGNORECASE)
#: Units of time that hold a whole number of another: a year is 12 months, a week 7 days.
_EXACT = {("month", "year"): 12, ("week", "year"): 52, ("day", "week"): 7, ("week", "fortnight"): 2,
          ("fortnight", "year"): 26, ("day", "fortnight"): 14}
_FIGURE = r"(\d[\d,.]*\d|\d)"
_MONEY = r"(?:(?:" + MONEY_MARK + r"|(?<![\w])(?:Rp|RM|KSh|GH₵|₵))\s?" + _FIGURE + r"|" + _FIGURE \
    + r"\s?(?:€|zł|Kč|Ft\b|kr\b\.?|MAD\b))"
#: "5 × S$25 = S$125 a year": a product worked out for one period of time.
_PERIOD_PRODUCT_RE = re.compile(r"(?<![\d.,×x]\s)(?<![\d.,×x])(\d{1,3})\s?[×x]\s?" + _MONEY + r"\s?=\s?("
                                + _MONEY + r")\s+(?:a|per|each|every)\s+(week|fortnight|month|year)\b")
#: The cheap pre-check: a claim with none of these words states no count of uses.
_CUES = ("use", "manage", "get", "make", "attend", "take", "come to", "fit in")


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS.get(word.lower(), 0)


def _rate(text: str) -> tuple[float, str] | None:
    """The uses ``text`` states per unit of time ((1, "week") for "once a week"), None when it states none or two
    different ones."""
    found: set[tuple[float, str]] = set()
    for m in _RATE_RE.finditer(text):
        count = _value(m.group(1))
        if count:
            found.add((float(count), m.group(2).lower()))
    for m in _EVERY_RE.finditer(text):
        step_word, unit = (m.group(1) or "").lower(), m.group(2).lower()
        step = 2 if step_word == "other" else (_value(step_word) if step_word else 1)
        if step:
            found.add((1 / step, unit if unit in _WEEKS else "week"))
    for m in _LY_RE.finditer(text):
        found.add((1.0, _LY_UNITS[case_key(m.group(1))]))
    return next(iter(found)) if len(found) == 1 else None


def _periods(pattern: re.Pattern[str], text: str) -> set[tuple[float, str]]:
    """The periods ``pattern`` finds in ``text``: (3, "month") for "3 months"."""
    found: set[tuple[float, str]] = set()
    for m in pattern.finditer(text):
        count = _value(m.group(1))
        if count:
            found.add((float(count), m.group(2).lower()))
    return found


@text_cache()
def _valid_period(texts: tuple[str, ...]) -> tuple[float, str] | None:
    """The one validity the texts give a pass ("valid for 6 months"), None when they give none or several."""
    found: set[tuple[float, str]] = set()
    for text in texts:
        if "valid" in text or "last" in text or "expire" in text or "run" in text:
            found |= _periods(_VALID_PERIOD_RE, text)
    return next(iter(found)) if len(found) == 1 else None


def _period(claim: str, user_text: str, texts: tuple[str, ...]) -> tuple[float, str] | None:
    """The period the count covers: the claim's own, else the customer's, else the texts' one validity."""
    for pattern, text in ((_CLAIM_PERIOD_RE, claim), (_ASKED_PERIOD_RE, user_text)):
        found = _periods(pattern, text)
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None
    return _valid_period(texts)


def _uses_range(rate: tuple[float, str], period: tuple[float, str]) -> tuple[float, float]:
    """The fewest and most uses ``rate`` gives over ``period``, one use either way for rounding; a month is 4 to
    about 4.35 weeks, so "once a week for 3 months" is 11 to 14."""
    (per, rate_unit), (length, period_unit) = rate, period
    if rate_unit == period_unit:
        low = high = per * length
    else:
        (r_low, r_high), (p_low, p_high) = _WEEKS[rate_unit], _WEEKS[period_unit]
        low, high = per * length * p_low / r_high, per * length * p_high / r_low
    return low - 1, high + 1


def _uses_per(rate: tuple[float, str], unit: str) -> int | None:
    """The whole number of uses ``rate`` gives in one ``unit`` of time, when the units convert exactly ("every 3
    months" is 4 a year), else None."""
    per, rate_unit = rate
    factor = 1 if rate_unit == unit else _EXACT.get((rate_unit, unit))
    if factor is None:
        return None
    uses = per * factor
    return round(uses) if abs(uses - round(uses)) < 1e-6 and round(uses) >= 2 else None


def _period_products(claim: str, user_text: str) -> list[str]:
    """The totals "N × <price> = <total> a <period>" whose N is no whole multiple of the uses the customer's
    frequency gives in that period ("5 × S$25 = S$125 a year" for five units serviced every 3 months: 4 visits a
    year, so the count is a multiple of 4). The frequency must be the customer's, the claim stating none."""
    if _rate(claim) is not None:
        return []
    rate = _rate(user_text)
    if rate is None:
        return []
    wrong: list[str] = []
    for m in _PERIOD_PRODUCT_RE.finditer(claim):
        uses = _uses_per(rate, m.group(m.lastindex or 0).lower())
        count = int(m.group(1))
        total = numbers_in(m.group(4))
        if uses is None or len(total) != 1:
            continue
        if count % uses or (count != uses and count in _asked_counts(user_text)):
            wrong.append(next(iter(total)))
    return wrong


@text_cache()
def _asked_counts(user_text: str) -> frozenset[int]:
    """The counts the customer's message gives outside its frequencies ("5 units"): a yearly count equal to one of
    them leaves the uses a year out."""
    spans = [m.span() for r in (_RATE_RE, _EVERY_RE) for m in r.finditer(user_text)]
    found: set[int] = set()
    for m in re.finditer(r"\b" + _COUNT + r"\b", user_text, re.IGNORECASE):
        if any(start <= m.start() < end for start, end in spans) or m.group(1).lower() in ("a", "an", "once"):
            continue
        found.add(_value(m.group(1)))
    found.discard(0)
    return frozenset(found)


def miscounted_uses(claim: str, texts: tuple[str, ...], *, user_text: str) -> tuple[str, ...]:
    """The counts of uses ``claim`` works out that its frequency over its period does not give (see the module
    docstring). ``texts`` are the evidence texts, ``user_text`` the customer's message. Cheap: a claim without a
    use verb and a digit is left at once."""
    if not READ_FREQUENCY_COUNTS or not claim or not has_digit(claim):
        return ()
    lowered = claim.lower()
    if not any(cue in lowered for cue in _CUES) and "×" not in claim and " x " not in claim:
        return ()
    wrong = _period_products(claim, user_text) if user_text and ("×" in claim or " x " in claim) else []
    counts = [m.group(1) for m in _USES_OF_RE.finditer(claim)] or [m.group(1) for m in _USES_RE.finditer(claim)]
    if not counts:
        return tuple(dict.fromkeys(wrong))
    rate = _rate(claim) or (_rate(user_text) if user_text else None)
    period = _period(claim, user_text or "", texts) if rate is not None else None
    if rate is not None and period is not None:
        lowest, highest = _uses_range(rate, period)
        wrong.extend(c for c in counts if not lowest <= int(c) <= highest)
    return tuple(dict.fromkeys(wrong))

"""Counts an answer infers instead of finding them: how many of a shorter period a longer one holds, and how many
items a list names. No source states such a count, so the hard-fact step called faithful answers wrong:

- "Twelve packs at €6.00 each comes to €72.00 a year" for "a pack every month"; "£24 a night ... about £168 per
  7-night week" (a calendar count: the rate is given per month or per night, the claim names the year or week);
- "Two red-tag tools at $50 each" where the customer asks about "tile saw + pressure washer, both red tag";
  "outside the four local languages" where one evidence sentence lists "English, Chinese, Malay and Tamil";
- "$99 per item, so $198 for the bed frame and the wardrobe" (the claim's own list of two, priced per item);
- "36 hours a year at £7.20" for the customer's "about 3 hours a month" (:data:`READ_YEARLY_FIGURES`, the
  ``counts45`` round: the customer's own figure per month, week or day restated per year, 12, 52 or 365 times it).

Each count is tied to its own words, so a changed count stays flagged ("three tools" for two named, "ten packs
a year"), a count of something no list names stays absent, and a figure counts as reached only as the count
times one of the answer's grounded figures (a wrong product stays contradicted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import stem
from .text.case_key import case_key
from .text.numbers import NUMBER_WORDS
from .textcache import text_cache

__all__ = ["READ_YEARLY_FIGURES", "calendar_counts", "list_counts", "per_item_counts", "yearly_figures"]

#: Read a figure "N <unit> a year" as the customer's "M <unit> a month" (a week, a day) times 12 (52, 365); off in
#: the claim-decision fit (``tools/fit_claim_decision.py``): it changes which figures a claim holds.
READ_YEARLY_FIGURES = True

_WORD_COUNTS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COUNT = r"(\d{1,2}|" + _WORD_COUNTS + r")"

#: How many of the shorter period the longer holds.
_SPANS = {("month", "year"): 12, ("week", "year"): 52, ("quarter", "year"): 4, ("day", "week"): 7,
          ("night", "week"): 7}
_ADVERBS = {"monthly": "month", "weekly": "week", "daily": "day", "nightly": "night", "quarterly": "quarter",
            "yearly": "year", "annually": "year", "annual": "year"}
_PERIOD = r"(month|week|quarter|day|night|year)s?"
#: A period named as a span: "a year", "per week", "7-night week", "annually".
_NAMED_RE = re.compile(r"\b" + _PERIOD + r"\b|\b(" + "|".join(_ADVERBS) + r")\b", re.IGNORECASE)
#: A rate given per the shorter period: "a night", "per month", "every month", "each day", "monthly".
_RATE_RE = re.compile(r"\b(?:an?|per|every|each)\s+(month|week|quarter|day|night)\b|\b(monthly|weekly|daily|"
                      r"nightly|quarterly)\b", re.IGNORECASE)
#: The count of the shorter period in the longer, written together: "7-night week", "12 months a year".
_SPAN_COUNT_RE = re.compile(r"\b" + _COUNT + r"[\s-]" + _PERIOD + r"(?:\s+(?:an?|per|each|in\s+an?))?\s+(week|year)\b",
                            re.IGNORECASE)
#: A counted thing: "Twelve packs", "two red-tag tools" (up to two words before a plural noun); "the" before
#: the count marks a set the claim takes as known ("the four local languages").
_COUNTED_RE = re.compile(r"(\bthe\s+)?\b" + _COUNT + r"\s+((?:[a-z][\w'-]*\s+){0,2}([a-z][\w'-]*s))\b",
                         re.IGNORECASE)
#: One of a thing per period: "a pack every month", "one box a week".
_ONE_PER_RE = re.compile(r"\b(?:an?|one)\s+([a-z][\w'-]*)\s+(?:an?|per|every|each)\s+(month|week|quarter|day|night)\b",
                         re.IGNORECASE)
#: A list: three or more items with commas and a last "and" / "or", or two joined by "+" or "&".
_ITEM = r"[\w'-]+(?:\s+[\w'-]+){0,2}"
_LONG_LIST_RE = re.compile(_ITEM + r"(?:\s*,\s*" + _ITEM + r"){1,8}\s*,?\s+(?:and|or)\s+" + _ITEM, re.IGNORECASE)
_PLUS_LIST_RE = re.compile(_ITEM + r"(?:\s*[+&]\s*" + _ITEM + r")+")
_SPLIT_RE = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s*[+&]\s*", re.IGNORECASE)
#: Words too common to tie a count to a list.
_LIGHT = frozenset({"the", "and", "other", "more", "these", "those", "your", "our", "their", "all"})
#: A price per one of what the claim lists: "$99 per item", "€12 each", "£5 apiece".
_PER_ITEM_RE = re.compile(r"\b(?:per|a|each)\s+(?:item|piece|one|unit)\b|\beach\b|\bapiece\b", re.IGNORECASE)
#: Two or more things the claim lists after "for", each led by an article or a possessive: "for the bed frame and
#: the wardrobe".
_DET = r"(?:the|an?|your|my|both)"
_OWN_LIST_RE = re.compile(r"\bfor\s+(" + _DET + r"\s+[\w'-]+(?:\s+[\w'-]+)?(?:\s*,\s*" + _DET + r"\s+[\w'-]+"
                          r"(?:\s+[\w'-]+)?)*\s*,?\s+and\s+" + _DET + r"\s+[\w'-]+(?:\s+[\w'-]+)?)", re.IGNORECASE)

#: How many of a shorter period a year holds, for a figure the customer gives per that period.
_PER_YEAR = {"month": 12, "week": 52, "day": 365}
#: A figure of a unit per a period the customer gives: "about 3 hours a month", "2 lessons per week".
_PER_PERIOD_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s+([a-z]+)\s+(?:an?|per|every|each)\s+(month|week|day)\b",
                            re.IGNORECASE)
#: A figure of a unit per year the claim gives: "36 hours a year", "104 lessons per year", "150 visits annually".
_PER_YEAR_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s+([a-z]+)\s+(?:(?:an?|per|every|each|in\s+a)\s+year\b|"
                          r"annually\b|yearly\b)", re.IGNORECASE)


def _value(word: str) -> int:
    return int(word) if word.isdigit() else int(NUMBER_WORDS[case_key(word)])


def _periods(text: str) -> set[str]:
    return {(m.group(1) or _ADVERBS[case_key(m.group(2))]).lower() for m in _NAMED_RE.finditer(text)}


def _rates(text: str) -> set[str]:
    return {(m.group(1) or _ADVERBS[case_key(m.group(2))]).lower() for m in _RATE_RE.finditer(text)}


def calendar_counts(claim: str, context: str) -> frozenset[int]:
    """The claim's counts that are how many of a shorter period a longer one it names holds, where the claim,
    the question or the evidence (``context``) gives a rate per the shorter period: "7-night week" with "a night";
    "Twelve packs ... a year" with "a pack every month" (the count is of the thing given per month)."""
    named = _periods(claim)
    if not named & {"year", "week"}:
        return frozenset()
    rates = _rates(claim) | _rates(context)
    found = set()
    for m in _SPAN_COUNT_RE.finditer(claim):
        short = m.group(2).lower()
        if short in rates and _SPANS.get((short, m.group(3).lower())) == _value(m.group(1)):
            found.add(_value(m.group(1)))
    if found or not rates:
        return frozenset(found)
    per_period = {(stem(m.group(1)), m.group(2).lower()) for m in _ONE_PER_RE.finditer(f"{context}\n{claim}")}
    for m in _COUNTED_RE.finditer(claim):
        noun = stem(m.group(4))
        if any(n == noun and _SPANS.get((short, long)) == _value(m.group(2)) for n, short in per_period
               for long in named):
            found.add(_value(m.group(2)))
    return frozenset(found)


@text_cache()
def _stems(text: str) -> frozenset[str]:
    """The stems of a text's words, hyphenated words split ("red-tag": red, tag): evidence sentences recur."""
    return frozenset(stem(w) for w in re.split(r"[^\w'-]+|-", text) if w)


@text_cache()
def _list_lengths(text: str) -> frozenset[int]:
    """The numbers of items of the lists a text gives (three or more with commas, or two joined by "+"); a list
    of figures ("every 4, 6 or 8 weeks") counts quantities, not things."""
    lists = [*_LONG_LIST_RE.finditer(text), *_PLUS_LIST_RE.finditer(text)]
    return frozenset(len([i for i in _SPLIT_RE.split(m.group(0)) if i.strip()]) for m in lists
                     if not any(c.isdigit() for c in m.group(0)))


def list_counts(claim: str, asked: Iterable[str], sentences: Iterable[str]) -> frozenset[int]:
    """The claim's counts of a thing that equal the number of items the question (one of ``asked``: "tile saw +
    pressure washer") lists, or one evidence sentence of ``sentences`` when the claim counts a known set ("the
    four local languages" of "English, Chinese, Malay and Tamil"), where that text also names a word of what
    is counted ("languages", "red tag")."""
    counted = [(_value(m.group(2)), bool(m.group(1)), {stem(w) for w in re.split(r"[\s-]+", m.group(3))
                                                       if len(w) > 2 and w.lower() not in _LIGHT})
               for m in _COUNTED_RE.finditer(claim)]
    counted = [(n, known, words) for n, known, words in counted if 2 <= n <= 10 and words]
    if not counted:
        return frozenset()
    found = set()
    for text, from_question in (*((t, True) for t in asked), *((t, False) for t in sentences)):
        wanted = [(n, words) for n, known, words in counted if (known or from_question) and words & _stems(text)]
        if wanted:
            lengths = _list_lengths(text)
            found.update(n for n, _ in wanted if n in lengths)
    return frozenset(found)


def per_item_counts(claim: str) -> frozenset[int]:
    """How many things the claim lists after "for" when it prices them per item or each: "$99 per item, so $198
    for the bed frame and the wardrobe" multiplies by 2, a count it never writes."""
    if not _PER_ITEM_RE.search(claim):
        return frozenset()
    return frozenset(len([i for i in _SPLIT_RE.split(m.group(1)) if i.strip()]) for m in _OWN_LIST_RE.finditer(claim))


@text_cache()
def _rates_per_period(text: str) -> frozenset[tuple[float, str, str]]:
    """(figure, stem of its unit, period) of each figure a text gives per month, week or day."""
    return frozenset((float(m.group(1)), stem(m.group(2)), m.group(3).lower()) for m in _PER_PERIOD_RE.finditer(text))


def yearly_figures(claim: str, asked: Iterable[str]) -> frozenset[float]:
    """The claim's figures of a unit per year that are 12, 52 or 365 times a figure of the same unit the customer
    gives (one of ``asked``) per month, week or day: "36 hours a year" of "3 hours a month". A count of another
    unit, or another multiple ("30 hours a year"), is not read."""
    lowered = claim.lower()
    if not READ_YEARLY_FIGURES or ("year" not in lowered and "annual" not in lowered):
        return frozenset()
    yearly = [(float(m.group(1)), stem(m.group(2))) for m in _PER_YEAR_RE.finditer(claim)]
    if not yearly:
        return frozenset()
    theirs = frozenset().union(*(_rates_per_period(text) for text in asked))
    return frozenset(figure for figure, unit in yearly for rate, their_unit, period in theirs
                     if unit == their_unit and abs(rate * _PER_YEAR[period] - figure) < 1e-9)

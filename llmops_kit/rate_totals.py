"""An amount a claim states for a length of time it states, at the rate a source gives per that unit for the
claim's subject: "Two hours on the machine net are ₹3,600" where the article says "Turf net with bowling machine:
₹1,800 per hour".

The derived-figure search (:class:`~llmops_kit.evidence_derived.DerivedFigures`) takes only figures the answer
states as operands, so a price worked from a rate the answer does not restate read as invented. Here the amount
is the claim's duration times one rate: the duration must be a figure a source or the customer holds (the
customer's "6:00–8:00" is two hours, :func:`~llmops_kit.evidence_readers.slot_hours`), and the rate is read from a
clause of a source ("<amount> per / an / a <unit>", the unit the claim's duration's) that shares a content word
with the claim and is not the rate of the thing without what the claim names ("Turf net without machine: ₹1,200
per hour" is no rate of "the machine net"). The clauses left must give one rate only; two rates for the claim's
words leave the amount unexplained, and so does a product that does not come out to the unit.

Read by the derived-figure search for claims that name an hour, a day, a night or a minute; switched off by
:data:`READ_RATE_TOTALS` in the claim-decision fit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .text import content_stems, sole_number, stem
from .text.case_key import case_key
from .text.numbers import as_digits, parses_as_float, unit_spellings
from .textcache import text_cache

__all__ = ["READ_RATE_TOTALS", "TIME_UNIT_RE", "rate_totals"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle a
#: figure before the decision (the ``arith47`` round).
READ_RATE_TOTALS = True

#: The units a length of time and a rate share, by their spellings.
_UNITS = {**unit_spellings("time", ("hour", "minute", "day")), "night": "night", "nights": "night"}
_UNIT = r"(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b"
#: A word for a unit of time a rate runs by: the cheap test a caller makes before :func:`rate_totals`.
TIME_UNIT_RE = re.compile(r"\b" + _UNIT, re.IGNORECASE)
#: A length of time the claim states: "2 hours", "90 minutes" (number words written as digits first).
_DURATION_RE = re.compile(r"(?<![\d.,:])(\d+(?:\.\d+)?)\s?" + _UNIT, re.IGNORECASE)
#: A rate of a source per one unit of time: "₹1,800 per hour", "€40 an hour", "9 Kč/min".
_RATE_RE = re.compile(r"(\S{0,3}\s?\d[\d,]*(?:\.\d+)?)\s?(?:(?!off\b)[^\s\d/]{1,3}\s?)?(?:per\s+|an?\s+|/\s?)" + _UNIT,
                      re.IGNORECASE)
#: A thing a clause prices without: "Turf net without machine".
_WITHOUT_RE = re.compile(r"\b(?:without|excluding|minus)\s+(?:an?\s+|the\s+)?([a-z]+)", re.IGNORECASE)
#: A source's clauses: a rate is read with the words of its own clause.
_CLAUSE_RE = re.compile(r"(?<=[.;!?])\s+|\n")
#: The words a claim and a rate's clause may share that name no subject.
_UNIT_STEMS = frozenset(stem(u) for u in _UNITS)
_TOLERANCE = 0.005


def _subject_stems(text: str) -> frozenset[str]:
    """The content stems of a text that may name a subject: words, not figures nor units of time."""
    return frozenset(w for w in content_stems(text) if w.isalpha()) - _UNIT_STEMS


@text_cache()
def _rates(texts: tuple[str, ...]) -> tuple[tuple[float, str, frozenset[str], frozenset[str]], ...]:
    """Every rate per a unit of time the texts give: (amount, unit, its clause's content stems, the stems of the
    things the clause prices without)."""
    found = []
    for text in texts:
        for clause in _CLAUSE_RE.split(text):
            for m in _RATE_RE.finditer(clause):
                amount = sole_number(m.group(1))
                if amount is None:
                    continue
                without = frozenset(stem(w.lower()) for w in _WITHOUT_RE.findall(clause))
                found.append((amount, _UNITS[case_key(m.group(2))], _subject_stems(clause), without))
    return tuple(found)


def rate_totals(left: Iterable[str], claim: str, texts: tuple[str, ...], held: Callable[[str], bool]
                ) -> frozenset[str]:
    """The figures of ``left`` that are a held duration of the claim times the one rate per its unit that a
    source clause on the claim's subject gives. ``texts``: the sources (not the customer's words); ``held``: does
    a source or the customer hold this (normalised) number."""
    if not READ_RATE_TOTALS:
        return frozenset()
    amounts = [n for n in left if parses_as_float(n)]
    if not amounts:
        return frozenset()
    durations = [(float(m.group(1)), _UNITS[case_key(m.group(2))]) for m in _DURATION_RE.finditer(as_digits(claim))
                 if held(m.group(1))]
    if not durations:
        return frozenset()
    words = _subject_stems(claim)
    negated = "without" in claim.lower()
    out = set()
    for length, unit in durations:
        rates = {amount for amount, kind, clause, without in _rates(texts)
                 if kind == unit and words & clause and (negated or not words & without)}
        if len(rates) != 1:
            continue
        (rate,) = rates
        out.update(n for n in amounts if abs(length * rate - float(n)) < _TOLERANCE)
    return frozenset(out)

"""Two figures the evidence states, each paired with another: "£95 for 2 hours" against "A private 1:1 lesson is
£95 for 90 minutes" and "A 2-hour group lesson is £45" (the price is the private lesson's, the two hours the
group lesson's).

The hard-fact step finds both figures held and passes the claim; :mod:`llmops_kit.subject_figures` and
:mod:`llmops_kit.grounding_context` read a figure with the claim clause's words, which a clause of figures and
few words ("£95 for 2 hours one-to-one") does not give. Here the pairing is read instead: a claim clause stating
a figure *a* and a figure *b* of another measure (money and a duration, say) is *contradicted* when

* an evidence clause states *a* with a value of *b*'s measure, and none equal to *b* (durations compared in
  minutes, so "2 hours" is "120 minutes");
* an evidence sentence states *b* with a value of *a*'s measure, and not *a* (*b* is paired with another);
* and no evidence sentence states both *a* and *b*.

Both sides must be crossed: a figure paired in one sentence and joined by the claim to a figure stated alone
elsewhere ("the £25 deposit is refunded within 14 days" of "A £25 deposit is due 7 days before." and "Refunds
are made within 14 days.") stays supported. A figure the customer stated, written arithmetic, times of day and
a clause stating two values of one measure are left alone. Nothing here reads an answer's length, style or
position.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from .evidence import Evidence
from .grounding_context import CLOCK, CONTEXT_MIN, claim_clauses, clause_words, figure_index
from .text import numbers_in, quantities

__all__ = ["swapped_pair"]

#: Written arithmetic in a claim clause: its figures are operands and results, the arithmetic step's to check.
_ARITHMETIC_RE = re.compile(r"[+=×÷]|\d\s*[x*/]\s*[£$€]?\d|\b(?:total|together|combined|plus|minus|times|each)\b",
                            re.IGNORECASE)
#: Minutes in each unit of time :func:`~llmops_kit.text.quantities` gives, so two durations compare as one measure.
_MINUTES = {"minute": 1, "min": 1, "hour": 60, "hr": 60, "day": 1440, "week": 10080}
#: Currency units that are one currency.
_CURRENCIES = ({"£", "pound", "gbp"}, {"$", "dollar", "usd"}, {"€", "euro", "eur"})


def _measure(unit: str) -> str:
    """The measure a unit reads: one for durations, one per currency, else the unit itself."""
    if unit in _MINUTES:
        return "duration"
    for currency in _CURRENCIES:
        if unit in currency:
            return min(currency)
    return unit


def _amount(value: str, unit: str) -> float | None:
    """A figure's amount in its measure's base (minutes for a duration), None when the value is not a number."""
    try:
        number = float(value)
    except ValueError:
        return None
    return number * _MINUTES.get(unit, 1)


def _same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two figures of one measure that state one amount ("2 hours" and "120 minutes")."""
    x, y = _amount(*a), _amount(*b)
    return x is not None and x == y


def _stated(figure: tuple[str, str], figures: frozenset[tuple[str, str]], sentence: str) -> bool:
    """Does a sentence (with its clauses' figures) state the figure, also joined to its unit ("2-hour")?"""
    if any(_measure(u) == _measure(figure[1]) and _same(figure, (v, u)) for v, u in figures):
        return True
    value, unit = figure
    if value not in numbers_in(sentence):
        return False
    return re.search(rf"(?<![\d.]){re.escape(value)}[\s-]*{re.escape(unit)}", sentence, re.IGNORECASE) is not None


def _sentences(evidence: Evidence) -> list[tuple[str, str, frozenset[tuple[str, str]]]]:
    """(source label, sentence, the figures with a unit of its clauses) per evidence sentence holding one, read
    once per request."""
    cached = _SENTENCES.get(evidence)
    if cached is not None:
        return cached
    found: dict[tuple[str, str], list[frozenset[tuple[str, str]]]] = {}
    for source in figure_index(evidence):
        for unit, clauses in source.by_unit.items():
            for values, _, label, sentence in clauses:
                found.setdefault((label, sentence), []).append(frozenset((v, unit) for v in values))
    out = [(label, sentence, frozenset().union(*parts)) for (label, sentence), parts in found.items()]
    _SENTENCES[evidence] = out
    return out


_SENTENCES: WeakKeyDictionary[Evidence, list[tuple[str, str, frozenset[tuple[str, str]]]]] = WeakKeyDictionary()


def swapped_pair(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed figure) when a claim clause pairs two figures the evidence pairs
    each with another value of the other's measure (see the module docstring), else None."""
    claimed = claim_clauses(claim)
    if not claimed:
        return None
    sentences: list | None = None
    for figures, clause in claimed:
        if len(figures) > 2 or (len(figures) == 1 and clause.count(next(iter(figures))[0]) < 2):
            continue  # neither two figures nor one written twice: nothing paired (a substring test first)
        if _ARITHMETIC_RE.search(clause) is not None:
            continue
        own = [f for f in figures - evidence.user_quantities if f[1] != CLOCK]
        if len(own) == 1 and len(figures) == 1:
            found = _repeated(own[0], clause, evidence)
            if found is not None:
                return found[0], found[1], f"{own[0][0]} {own[0][1]}"
            continue
        measures = [_measure(u) for _, u in own]
        if len(own) != 2 or len(set(measures)) != 2 or len(figures) != 2:
            continue  # only a clause pairing one figure of each of two measures
        sentences = _sentences(evidence) if sentences is None else sentences
        for a, b in (own, own[::-1]):
            found = _crossed(a, b, sentences)
            if found is not None:
                return found[0], found[1], f"{b[0]} {b[1]}"
    return None


def _repeated(figure: tuple[str, str], clause: str, evidence: Evidence) -> tuple[str, str] | None:
    """A clause stating one figure twice, once naming its subject and once as what it has ("On the 60 GB plan
    your allowance is 60 GB"), where an evidence clause on the same subject (:data:`CONTEXT_MIN` of the clause's
    words) states that figure once beside one other value of its unit ("an allowance of 25 GB ... on the 60 GB
    plan") and no evidence sentence states the figure twice, as (source, that clause's sentence)."""
    if quantities(clause).count(figure) != 2:
        return None
    value, unit = figure
    words: frozenset[str] | None = None
    rival = None
    for source in figure_index(evidence):
        for values, their_words, label, sentence in source.by_unit.get(unit, ()):
            if value not in values:
                continue
            if quantities(sentence).count(figure) > 1:
                return None  # the evidence states it twice too
            if rival is None and len(values) == 2:
                words = clause_words(clause) if words is None else words
                if len(words & their_words) >= CONTEXT_MIN:
                    rival = (label, sentence)
    return rival


def _crossed(a: tuple[str, str], b: tuple[str, str], sentences: list) -> tuple[str, str] | None:
    """The evidence sentence pairing ``a`` with another value of ``b``'s measure, when a sentence pairs ``b`` with
    another value of ``a``'s measure and none states both, as (source, sentence)."""
    measure_a, measure_b = _measure(a[1]), _measure(b[1])
    rival = None
    other_side = False
    for label, sentence, figures in sentences:
        has_a, has_b = _stated(a, figures, sentence), _stated(b, figures, sentence)
        if has_a and has_b:
            return None  # the evidence pairs them itself
        if has_a and rival is None:
            with_a = [f for f in figures if _measure(f[1]) == measure_a]
            with_b = [f for f in figures if _measure(f[1]) == measure_b]
            if len(with_a) == 1 and len(with_b) == 1 and _amount(*with_b[0]) is not None:
                rival = (label, sentence)  # one pairing: a with another value of b's measure
        elif has_b and any(_measure(u) == measure_a for _, u in figures):
            other_side = True
    return rival if other_side else None

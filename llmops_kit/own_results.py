"""Figures a healthy answer works out from its own earlier results: "24 × $465.00 = $11,160.00", "24 × $85.00 =
$2,040.00", then "total about $13,200.00". The derived-figure search of
:class:`~llmops_kit.evidence_derived.DerivedFigures` takes the answer's figures the evidence holds as operands,
and a chain of plain sums and products on them; a figure the answer justified by another reading (a count of
squares from the evidence's "per square (100 sq ft)", a unit conversion, a share) was no operand, so a total of
two such results read as invented.

Here each figure of the answer that the existing readings already justify in its own sentence joins the
operands, and amounts that are the sum or difference of two justified ones join in turn; only amounts of
money, so a percentage, a duration or a count is never an addend of a price. A
figure justified only by an unheld figure justifies nothing: every seed is a held figure, the customer's, or
one the derived-figure search accepts in its sentence, and a claimed figure the search rejected is never an
operand of itself. The final step is exact (to the penny), so a wrong total of the same lines stays wrong.

A figure the answer converts from a held or the customer's figure ("10 km is about 6.2 miles") is an operand at
its exact value (6.2137), so "£3.80 plus £2.10 a mile ... roughly £16.85" is reached to the penny, and a price on
the rounded figure, or a rounding beyond the penny, is not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import combinations

from .arithmetic_steps import TOLERANCE, named_conversions, rounding
from .evidence_readers import is_numeric
from .text import numbers_in, sentences_of
from .text.arithmetic import amounts_in

__all__ = ["amounts_in", "justified_results", "reached_by_results"]


def justified_results(answer_text: str, held: Callable[[str], bool], seeds: Iterable[str],
                      passes: Callable[[frozenset[str], str], frozenset[str]]
                      ) -> tuple[frozenset[float], frozenset[float]]:
    """(amounts, conversions) the answer has justified. Amounts: ``held`` ones (the evidence holds them),
    ``seeds`` (the customer's figures), those ``passes`` accepts in their own sentence (it returns the
    sentence's figures the derived-figure search explains), then, to a fixed point, the sum or difference of
    two justified ones. Amounts only: a percentage, a duration or a count is no addend of a price ("7.5%, so on
    £80 you'd receive £72.50" is no 80 - 7.5). Conversions: a figure ``passes`` accepts as a held or the
    customer's figure in another unit the sentence names ("10 km is about 6.2 miles"), at its exact value
    (6.2137), so a price per mile worked on it is not off by the rounding."""
    money = amounts_in(answer_text)
    seeded = frozenset(seeds)
    justified: set[float] = set()
    waiting: set[float] = set()
    exact: set[float] = set()
    for sentence in sentences_of(answer_text):
        figures = frozenset(n for n in numbers_in(sentence) if is_numeric(n))
        grounded = figures & seeded | frozenset(n for n in figures if held(n))
        justified.update(float(n) for n in grounded & money)
        unheld = figures - grounded
        explained = passes(unheld, sentence) if unheld else frozenset()
        justified.update(float(n) for n in explained & money)
        waiting.update(float(n) for n in (unheld - explained) & money)
        if explained - money:
            exact.update(_exact_conversions(explained - money, grounded, sentence))
    waiting -= justified
    while waiting:
        reached = {n for n in waiting if summed(justified, n)}
        if not reached:
            break
        justified |= reached
        waiting -= reached
    return frozenset(justified), frozenset(exact)


def _exact_conversions(figures: Iterable[str], grounded: Iterable[str], sentence: str) -> set[float]:
    """The exact values of the sentence's figures that are a grounded figure of it in the other unit it names,
    rounded as written ("10 km is about 6.2 miles": 6.2137...)."""
    factors = [f for _, _, f in named_conversions(sentence)]
    out: set[float] = set()
    for n in figures:
        target = float(n)
        half = rounding(n, target)
        for g in (float(v) for v in grounded):
            out.update(x for f in factors for x in (g * f, g / f) if abs(x - target) <= half)
    return out


def summed(justified: Iterable[float], target: float, own: frozenset[float] | None = None) -> bool:
    """Is ``target`` the sum or difference of two of the justified amounts, or the sum of three (a total of
    three lines: "$45", "$349.00", "$189.95", "That's $583.95 together"), to the penny? With ``own``, one of
    them is in it."""
    values = sorted(set(justified) - {target})
    if any((own is None or a in own or b in own) and (abs(a + b - target) < TOLERANCE
                                                     or abs(abs(a - b) - target) < TOLERANCE)
           for i, a in enumerate(values) for b in values[i + 1:]):
        return True
    return any((own is None or not own.isdisjoint(three)) and abs(sum(three) - target) < TOLERANCE
               for three in combinations(values, 3))


def reached_by_results(value: str, claim: str, justified: tuple[frozenset[float], frozenset[float]],
                       own: frozenset[float] | None = None) -> bool:
    """Is ``value``, an amount of money the claim states, the sum or difference of two justified amounts other
    than itself ("total about $13,200.00" of the answer's own $11,160.00 and $2,040.00), or a justified amount
    times a justified conversion, plus another justified amount or not ("£3.80 plus £2.10 a mile" over "10 km
    is about 6.2 miles": £16.85)? With ``own`` (a claim that states its figure as a plain fact, :mod:`llmops_kit.
    own_operands`), one of the amounts is a figure of the claim itself or the customer's."""
    if not is_numeric(value) or value not in amounts_in(claim):
        return False
    target = float(value)
    amounts, exact = justified
    if summed(amounts, target, own):
        return True
    if not exact:
        return False
    others = amounts - {target}
    return any(((own is None or a in own) and abs(a * x - target) < TOLERANCE)
               or any((own is None or a in own or c in own) and abs(a * x + c - target) < TOLERANCE
                      for c in others if c != a)
               for a in others for x in exact)

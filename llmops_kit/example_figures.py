"""Figures an answer picks to show how a rule works out, which no source states because the answer chose them.

"A seller fee of 7.5% of the resale price, so on £80 you'd pay £6 and receive £74"; "Deposit: 20% of the quote
... so on a £950 quote that's £190 up front and £760 later"; "Evening-only guests are £22 each on top, so 40 of
them would add £880". Read sets of three authors flagged such faithful answers: the example (£80, £950, 40) is
held by no evidence, nor is what it works out to. The reading is narrow, so a changed figure stays absent:

- the example is written as one ("on £80", "on a £950 quote", "40 of them would", "say 12", "for example £300")
  in a claim that works something out ("would", "you'd", "that's", "comes to");
- it counts only when the claim's other figures are reached from it with the claim's grounded figures or the
  answer's shares ("7.5%", "half") step by step (the example's £6 fee and £74 rest); a figure that is not
  reached (a wrong fee) stays absent, and so does the example with nothing worked out from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import normalise_number
from .text.arithmetic import pair_reaches
from .text.char_scans import has_digit
from .text.numbers import parses_as_float

__all__ = ["example_figures", "worked_examples"]

_FIGURE = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
#: Where an answer picks a figure of its own: "on £80", "on a £950 quote", "40 of them would", "say 12".
_EXAMPLE_RES = (
    re.compile(r"\bon\s+(?:an?\s+)?[£€$]\s?" + _FIGURE + r"(?![\d%])", re.IGNORECASE),
    re.compile(r"\b" + _FIGURE + r"\s+of\s+them\s+would\b", re.IGNORECASE),
    re.compile(r"\b(?:say|e\.g\.|for example|for instance),?\s+[£€$]?\s?" + _FIGURE + r"(?![\d%])",
               re.IGNORECASE),
)
#: The claim works something out from the example.
_WORKED_RE = re.compile(r"\b(?:would|you'd|that's|that is|comes? to|works? out)\b", re.IGNORECASE)


def example_figures(claim: str) -> frozenset[str]:
    """The figures ``claim`` writes as an example of its own choosing, normalised like any number."""
    if not has_digit(claim) or not _WORKED_RE.search(claim):
        return frozenset()
    return frozenset(normalise_number(m.group(1)) for pattern in _EXAMPLE_RES for m in pattern.finditer(claim))


def worked_examples(absent: Iterable[str], claim: str, grounded: Iterable[float],
                    shares: Iterable[float]) -> frozenset[str]:
    """Of the claim's ``absent`` figures, its examples and those reached from them step by step (a pair of an
    example or a reached figure with ``grounded`` figures or ``shares``); nothing when no figure is reached."""
    examples = example_figures(claim) & set(absent)
    if not examples:
        return frozenset()
    known = [*grounded, *shares, *(float(e) for e in examples)]
    waiting = {n for n in absent if n not in examples and parses_as_float(n)}
    reached: set[str] = set()
    while waiting:
        step = {n for n in waiting if pair_reaches(known, float(n))}
        if not step:
            break
        reached |= step
        waiting -= step
        known += [float(n) for n in step]
    return frozenset(examples | reached) if reached else frozenset()


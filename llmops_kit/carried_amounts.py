"""Prices a sentence states after naming its currency once: "Shortening sleeves is twenty-eight pounds, or forty-five
if the cuffs have working buttons", "A trouser zip is eighteen pounds; a coat or jacket zip, thirty-two", "A
two-piece starts at 950 pounds, three-piece from 1150". The bare figures after the first amount of money are amounts
of the same money, so a claim's "£45" is held by "forty-five" there as "£28" is by "twenty-eight pounds".

A bare figure is read so only when:

- its sentence states money (a sign, a code or a currency's name after a figure) and no other kind of unit (no
  percentage, no length of time, no measure), and the figure comes after the first amount of money;
- it is a price's place in the sentence: right after "is", "are", "cost(s)", "from", "or" or a comma, semicolon or
  colon, and right before the sentence's end, a comma, a semicolon, a bracket or "if", "when", "with", "for",
  "unless"; a figure before a noun ("3 children"), in a range ("aged 3 to 12") or a year ("from 2027") is not read.

Read by :class:`~llmops_kit.evidence.Evidence` on each prose source's typed figures; off in the claim-decision fit
(``READ_CARRIED_AMOUNTS``, ``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

from .text import normalise_number, sentences_of, typed_quantities
from .text.numbers import as_digits, spells_number

__all__ = ["READ_CARRIED_AMOUNTS", "carried_amounts"]

#: Switch: the bare figures after a sentence's first amount of money are amounts of it (the ``mend42`` round).
READ_CARRIED_AMOUNTS = True

_NONE: frozenset[str] = frozenset()

#: The first amount of money: a sign before a figure, or a figure before a currency's name or code. Only its end
#: is wanted (where the carried prices may start); :func:`~llmops_kit.text.money_amounts` reads no "pounds".
_FIRST_MONEY_RE = re.compile(r"[$€£₹¥]\s?\d|\d\s?(?:pounds?|quid|euros?|dollars?|rupees?|yen|francs?|[A-Z]{3})\b")

#: A bare figure in a price's place: after "is", "from", "or" or a mark; before the end, a mark or "if" / "with".
_BARE_PRICE_RE = re.compile(
    r"(?:\b(?:is|are|costs?|from|or)|[,;:])\s+(\d[\d,]*(?:\.\d{1,2})?)"
    r"(?=\s*(?:[.;,)]|$)|\s+(?:if|when|with|for|unless)\b)")

#: A year ("from 2027") is no amount.
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def carried_amounts(text: str) -> frozenset[str]:
    """The text's bare figures that take the currency its sentence names first, each as "<value> money" (as
    :func:`~llmops_kit.text.typed_quantities` writes a typed amount); see the module."""
    if not READ_CARRIED_AMOUNTS:
        return _NONE
    typed = typed_quantities(text)
    if not any(q.endswith(" money") for q in typed):
        return _NONE
    found: set[str] = set()
    for sentence in sentences_of(text):
        kinds = {q.split(" ", 1)[1] for q in typed_quantities(sentence)}
        if kinds != {"money"}:
            continue
        digits = as_digits(sentence) if spells_number(sentence) else sentence
        first = _FIRST_MONEY_RE.search(digits)
        if first is None:
            continue
        for bare in _BARE_PRICE_RE.finditer(digits, first.end()):
            figure = bare.group(1).rstrip(",")
            if _YEAR_RE.fullmatch(figure):
                continue
            found.add(f"{normalise_number(figure)} money")
    return frozenset(found)

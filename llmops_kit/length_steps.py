"""Lengths and areas a claim works out from given sizes: a rectangle's perimeter written out ("2 × (46 + 56) = 204
cm"), a length in centimetres or millimetres restated in metres ("204 cm, so 2,04 m"), the area of a size given in
centimetres restated in square metres ("0,24 m²" of a 40 × 60 cm poster), and a price per metre or per square
metre times such a length or area ("2,04 m × 29,00 € = 59,16 €", "0,24 m² at 70,00 € per m² is 16,80 €").

A framer, a carpet fitter or a glazier prices by the metre of a perimeter or the square metre of an area the
customer gives in centimetres; the conversion (100 cm to the metre, 10,000 cm² to the m²) and the perimeter's
factor 2 are general knowledge, not figures a source states. Each step is checked by its own arithmetic:

- a perimeter is read only as written, "2 × (a + b) = r" with a length unit after ``r``, ``a`` and ``b`` given
  (a source's or the customer's figures) and ``r`` exactly 2 × (a + b);
- a figure of a claim that names the metre is explained when a hundred times it is a length in centimetres
  (or a thousand times it one in millimetres) that is given or worked out above, exactly;
- a figure written in square metres is explained when it is the product of a size "a × b cm" (or mm) the customer
  or the answer gives, in square metres, within the rounding the claim writes;
- an amount of money is explained when it is such a length or area times a given amount of the claim (the price
  per metre or per square metre it states), within the rounding the claim writes.

A figure the customer took back ("it's 60 × 80 cm, not 50 × 70") is never a size here, so a perimeter or an area
worked out on the old size stays unexplained; so does a wrong sum ("2 × (46 + 56) = 214 cm"), a wrong product
("2,04 m × 29,00 € = 61,00 €") or a conversion by the wrong power of ten. Read by the derived-figure search on
figures it left unexplained; switched off by ``READ_LENGTH_STEPS`` in the claim-decision fit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .arithmetic_steps import rounding
from .text import typed_quantities
from .text.arithmetic import marked_after
from .text.numbers import normalise_number

__all__ = ["READ_LENGTH_STEPS", "length_results"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``).
READ_LENGTH_STEPS = True

_NUMBER = r"\d+(?:[.,]\d+)?"
_SMALL = {"cm": 1.0, "mm": 0.1}
#: "2 × (46 + 56) = 204 cm": a rectangle's perimeter written out, its unit after the result.
_PERIMETER_RE = re.compile(rf"(?<![\d.,])({_NUMBER})\s?[×x*]\s?\(\s?({_NUMBER})\s?(?:cm|mm|m)?\s?\+\s?({_NUMBER})"
                           rf"\s?(?:cm|mm|m)?\s?\)\s?=\s?({_NUMBER})\s?(cm|mm|m)\b")
#: A length in centimetres or millimetres: "204 cm", "8 mm".
_SMALL_RE = re.compile(rf"(?<![\d.,])({_NUMBER})\s?(cm|mm)\b")
#: A size "a × b cm", "a x b mm", "a by b cm".
_SIZE_RE = re.compile(rf"(?<![\d.,])({_NUMBER})\s?(?:cm|mm)?\s?(?:[×x*]|by)\s?({_NUMBER})\s?(cm|mm)\b")
#: The metre named after a figure: "2,04 m", "0,24 m²", "3 metres", "per m²".
_METRE_RE = re.compile(r"(?:\d|per|a)\s?(?:m|m²|m2|sq\.? ?m|metres?|meters?|square met(?:re|er)s?)(?![a-z\d])",
                       re.IGNORECASE)
#: A figure written in square metres: "0,24 m²", "1.5 square metres".
_AREA_RE = re.compile(rf"(?<![\d.,])({_NUMBER})\s?(?:m²|m2|sq\.? ?m\b|square met(?:re|er)s?)(?![a-z\d])",
                      re.IGNORECASE)
_FIGURE_RE = re.compile(rf"(?<![\d.,]){_NUMBER}")


def _norm(figure: str) -> str:
    return normalise_number(figure)


def _value(figure: str) -> float | None:
    try:
        return float(_norm(figure))
    except ValueError:
        return None


def _exact(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6


def _sizes(texts: Iterable[str], given: Callable[[str], bool]) -> list[tuple[float, float]]:
    """The sizes "a × b cm" (in centimetres) the texts write, both sides given."""
    out = []
    for text in texts:
        if "cm" not in text and "mm" not in text:
            continue
        for m in _SIZE_RE.finditer(text):
            a, b = _value(m.group(1)), _value(m.group(2))
            if a is None or b is None or not (given(_norm(m.group(1))) and given(_norm(m.group(2)))):
                continue
            scale = _SMALL[m.group(3)]
            out.append((a * scale, b * scale))
    return out


def length_results(left: set[str], claim: str, texts: Iterable[str], given: Callable[[str], bool]) -> frozenset[str]:
    """The figures of ``left`` (normalised numbers of the claim) the claim works out as a perimeter, a length or
    an area in metres, or a price of such a length or area (see the module docstring). ``texts``: the customer's
    turns and the answer, whose sizes may be worked from; ``given``: is this normalised number a source's or the
    customer's figure (not one the customer took back)."""
    if not READ_LENGTH_STEPS or not left or not any(c.isdigit() for c in claim):
        return frozenset()
    # a written perimeter or a metre named after a figure: cheap word tests before the patterns
    perimeter = "(" in claim and "=" in claim
    if not perimeter and _METRE_RE.search(claim) is None:
        return frozenset()
    known: set[str] = set()
    lengths_cm: set[float] = set()
    # a perimeter written out on given sides
    if perimeter:
        for m in _PERIMETER_RE.finditer(claim):
            k, a, b, r = (_value(m.group(i)) for i in (1, 2, 3, 4))
            if None in (k, a, b, r) or k != 2 or not (given(_norm(m.group(2))) and given(_norm(m.group(3)))):
                continue
            if _exact(2 * (a + b), r):
                known.update((_norm(m.group(1)), _norm(m.group(4))))
                if m.group(5) in _SMALL:
                    lengths_cm.add(r * _SMALL[m.group(5)])
    # given lengths in centimetres or millimetres
    for text in (claim, *texts):
        if "cm" not in text and "mm" not in text:
            continue
        for m in _SMALL_RE.finditer(text):
            value = _value(m.group(1))
            if value is not None and given(_norm(m.group(1))):
                lengths_cm.add(value * _SMALL[m.group(2)])
    sizes = _sizes((claim, *texts), given)
    for a, b in sizes:
        lengths_cm.update((a, b))
    metres: set[float] = set()
    if _METRE_RE.search(claim):
        for m in _FIGURE_RE.finditer(claim):
            value = _value(m.group(0))
            if value is not None and any(_exact(value * 100, cm) for cm in lengths_cm):
                known.add(_norm(m.group(0)))
                metres.add(value)
        for m in _AREA_RE.finditer(claim):
            figure, value = _norm(m.group(1)), _value(m.group(1))
            if value is not None and any(abs(a * b / 10_000 - value) <= rounding(figure, value) for a, b in sizes):
                known.add(figure)
                metres.add(value)
    # a price per metre or per square metre times a worked length or area
    if metres:
        money = {q.split(" ")[0] for q in typed_quantities(claim) if q.endswith(" money")} | marked_after(claim)
        rates = [float(n) for n in money if given(n)]
        for n in (left & money) - known:
            try:
                target = float(n)
            except ValueError:
                continue
            if any(abs(length * rate - target) <= rounding(n, target) for length in metres for rate in rates):
                known.add(n)
    return frozenset(n for n in left if n in known)

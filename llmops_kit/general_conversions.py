"""Conversions by a factor of general knowledge that :func:`llmops_kit.arithmetic_steps.converted` does not read:
a weight in stone and pounds ("8 stone 2 is 114 lb, about 51.7 kg"), a price per US gallon restated per litre
("$6.19 a gallon is about $1.64 a liter (a US gallon is 3.785 liters)"), a temperature in the other scale ("45 °F
... roughly 7 °C"), and a product restated in the larger metric unit ("800 ml per kg, so roughly 2.4 litres for 3
kg").

Each factor is exact and closed (14 lb to the stone, 0.45359237 kg to the pound, 3.785411784 litres to the US
gallon, °C = (°F - 32) × 5/9, 1,000 ml to the litre, 1,000 g to the kilogram); the claim must name both units, the
operand is a grounded figure of the claim (or two, for a product), and the converted figure must match within the
rounding the claim writes. The factor itself, written by a claim naming its two units ("a US gallon is 3.785
liters"), is held by the table. A wrong factor ("18 km, roughly 18 miles"), a wrong figure ("8 stone 2 is 52
kg") or a price converted the wrong way stays unexplained. Switched off by ``READ_GENERAL_FACTORS`` in the
claim-decision fit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .arithmetic_steps import rounding
from .text.case_key import case_key

__all__ = ["READ_GENERAL_FACTORS", "READ_HOURS_MINUTES", "READ_STORAGE_COUNTS", "READ_TEMPERATURE_SIGNS",
           "general_conversion", "negative_figures"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``).
READ_GENERAL_FACTORS = True
#: A temperature written with a minus read below zero in a conversion ("−5 °C (23 °F)"); off in the fit too.
READ_TEMPERATURE_SIGNS = True

_POUND_KG = 0.45359237
_US_GALLON = 3.785411784
_STONE_RE = re.compile(r"(?<![\d.,])(\d{1,2})\s?(?:st|stone)\s?(\d{1,2})(?:\s?(?:lb|lbs|pounds?))?(?![\d.,]?\d)",
                       re.IGNORECASE)
_KG_RE = re.compile(r"\d\s?(?:kg|kilo(?:gram)?s?)\b", re.IGNORECASE)
_LB_RE = re.compile(r"\d\s?(?:lbs?|pounds)\b", re.IGNORECASE)
_US_GALLON_RE = re.compile(r"\bUS gallons?\b", re.IGNORECASE)
_LITRE_RE = re.compile(r"\b(?:litres?|liters?)\b", re.IGNORECASE)
_FAHRENHEIT_RE = re.compile(r"\d\s?(?:°\s?F\b|degrees? F(?:ahrenheit)?\b|F(?:ahrenheit)\b)", re.IGNORECASE)
_CELSIUS_RE = re.compile(r"\d\s?(?:°\s?C\b|degrees? C(?:elsius)?\b|C(?:elsius)\b)", re.IGNORECASE)
#: Metric units and the larger unit a thousand of them make, each named after a figure.
_METRIC = ((re.compile(r"\d\s?(?:ml|millilit(?:re|er)s?)\b", re.IGNORECASE),
            re.compile(r"\d\s?(?:l|litres?|liters?)\b", re.IGNORECASE)),
           (re.compile(r"\d\s?(?:g|grams?|grammes?)\b", re.IGNORECASE),
            re.compile(r"\d\s?(?:kg|kilo(?:gram)?s?)\b", re.IGNORECASE)))


def _near(value: str, target: float, exact: float) -> bool:
    return abs(exact - target) <= rounding(value, target)


def general_conversion(value: str, grounded: Iterable[float], claim: str,
                       below_zero: Callable[[], frozenset[float]] = frozenset) -> bool:
    """Is ``value`` (a figure of the claim) one of ``grounded`` (the claim's grounded figures) converted by a
    general-knowledge factor of two units the claim names, or that factor itself? ``below_zero`` gives the figures
    the evidence writes with a minus (asked only of a temperature): the claim's unsigned copy of one is no operand."""
    if not READ_GENERAL_FACTORS:
        return False
    try:
        target = float(value)
    except ValueError:
        return False
    grounded = [g for g in grounded if g != target]
    return (_stone(value, target, grounded, claim) or _us_gallon(value, target, grounded, claim)
            or _temperature(value, target, grounded, claim, below_zero)
            or _metric_product(value, target, grounded, claim) or _hours_and_minutes(value, grounded, claim)
            or _storage_count(value, target, grounded, claim))


#: A length of time in hours and minutes ("4 hours 25 minutes", "4 h 25 min", "2 hours and 5 minutes").
_HOURS_MINUTES_RE = re.compile(r"(?<![\d.,])(\d{1,3})\s?(?:hours?|hrs?|h)\b,?\s?(?:and\s)?(\d{1,2})\s?"
                               r"(?:minutes?|mins?)\b", re.IGNORECASE)
#: Switched off by the claim-decision fit with the temperature signs (the ``mend32`` round).
READ_HOURS_MINUTES = True


def _hours_and_minutes(value: str, grounded: list[float], claim: str) -> bool:
    """"265 minutes left (4 hours 25 minutes)": the hours and minutes of a grounded number of minutes, 60 to the
    hour; a wrong part ("4 hours 35 minutes") stays unexplained."""
    if not READ_HOURS_MINUTES or "min" not in claim.lower() or "h" not in claim.lower():
        return False
    for match in _HOURS_MINUTES_RE.finditer(claim):
        hours, minutes = int(match.group(1)), int(match.group(2))
        if value in (match.group(1), match.group(2)) and minutes < 60 and float(60 * hours + minutes) in grounded:
            return True
    return False


def _stone(value: str, target: float, grounded: list[float], claim: str) -> bool:
    """"8 stone 2 is 114 lb, about 51.7 kg": the stone and pounds both grounded, the pounds or kilograms worked."""
    if "st" not in claim.lower():
        return False
    for match in _STONE_RE.finditer(claim):
        stone, pounds = float(match.group(1)), float(match.group(2))
        if stone not in grounded or pounds not in grounded or pounds >= 14:
            continue
        total = stone * 14 + pounds
        if (_LB_RE.search(claim) and _near(value, target, total)) or (
                _KG_RE.search(claim) and _near(value, target, total * _POUND_KG)):
            return True
    return False


def _us_gallon(value: str, target: float, grounded: list[float], claim: str) -> bool:
    """"$6.19 a gallon is about $1.64 a liter (a US gallon is 3.785 liters)": a claim naming the US gallon and
    the litre converts a grounded figure, by the unit written after the figure (a price per litre is the price
    per gallon divided, a number of litres the gallons multiplied), and may write the factor itself."""
    if "gal" not in claim.lower() or not _US_GALLON_RE.search(claim) or not _LITRE_RE.search(claim):
        return False
    if _near(value, target, _US_GALLON):
        return True
    unit = _unit_after(value, claim)
    if unit is None:
        return False
    per, litres = unit
    # litres of gallons, or a price per gallon of a price per litre: times the factor; the other way: divided
    larger = litres != per
    return any(_near(value, target, g * _US_GALLON if larger else g / _US_GALLON) for g in grounded)


def _unit_after(value: str, claim: str) -> tuple[bool, bool] | None:
    """Whether the unit written after the figure is a rate ("a liter", "per gallon", "/gal") and whether it is
    the litre, or None when no gallon or litre follows it."""
    number = re.escape(value).replace(r"\.", r"\.?") if value.startswith(".") else re.escape(value)
    match = re.search(r"(?<![\d.,])\$?" + number + r"0*\s?(a|an|per|/)?\s?(gal(?:lon)?s?|lit(?:re|er)s?|l)\b",
                      claim, re.IGNORECASE)
    if match is None:
        return None
    return match.group(1) is not None, match.group(2).lower().startswith("l")


def _temperature(value: str, target: float, grounded: list[float], claim: str,
                 below_zero: Callable[[], frozenset[float]] = frozenset) -> bool:
    """"between 45 °F and 90 °F, which is roughly 7 °C to 32 °C": (°F - 32) × 5/9, or back."""
    if not _FAHRENHEIT_RE.search(claim) or not _CELSIUS_RE.search(claim):
        return False
    if READ_TEMPERATURE_SIGNS and ("−" in claim or "-" in claim):
        # a figure written with its minus is below zero: "−5 °C (23 °F)", never the 41 °F of +5 °C
        negative = negative_figures(claim)
        targets = [-target] if target in negative else [target]
        if target in negative and _unsigned(value, claim):
            targets.append(target)
        # a figure the claim writes unsigned where the evidence writes it below zero is a changed temperature,
        # no operand ("−15 °C (5 °F)" where the site drops to −5 °C)
        held_below = below_zero()
        operands = [signed for g in grounded
                    for signed in ((-g, g) if g in negative and _unsigned(_figure(g), claim) else
                                   (-g,) if g in negative else () if g in held_below else (g,))]
    else:
        targets, operands = [target], grounded
    return any(_near(value, t, (g - 32) * 5 / 9) or _near(value, t, g * 9 / 5 + 32) for t in targets for g in operands)


#: A figure written with a minus sign or a hyphen-minus right before it, not after a digit or a letter ("−5 °C",
#: "-5 °C", "(−12 °F)"; "3-5 °C" is a range, "F-5" a name, "9am - 5pm" a spaced dash).
_NEGATIVE_RE = re.compile(r"(?<![\w.,])[−-](\d+(?:\.\d+)?)(?![\d.,]?\d)")


def _figure(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


def negative_figures(claim: str) -> frozenset[float]:
    """The figures a text writes below zero ("−5 °C", "-5 °C"; not the range "3-5 °C")."""
    return frozenset(float(m.group(1)) for m in _NEGATIVE_RE.finditer(claim))


def _unsigned(value: str, claim: str) -> bool:
    """Does the claim also write ``value`` with no minus before it?"""
    number = re.escape(value.lstrip("-"))
    return re.search(r"(?<![\w.,−-])(?<![−-]\s)" + number + r"(?![\d.,]?\d)", claim) is not None


def _metric_product(value: str, target: float, grounded: list[float], claim: str) -> bool:
    """"800 ml per kg, so roughly 2.4 litres for 3 kg": a product of two grounded figures in the smaller metric
    unit, restated in the larger one (a thousand to one), when the claim names both."""
    if not any(small.search(claim) and large.search(claim) for small, large in _METRIC):
        return False
    return any(_near(value, target, a * b / 1000) for i, a in enumerate(grounded) for b in grounded[i + 1:])


#: A count of files one storage size holds of another, in a larger unit over a smaller ("a mailbox holds 5 GB, which
#: is about 2,500 photos of 2 MB"), a thousand to the step as storage is sold (the ``conv47`` round; off in the
#: claim-decision fit).
READ_STORAGE_COUNTS = True
_STORAGE_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s?(MB|GB|TB)\b", re.IGNORECASE)
_MEGABYTES = {"mb": 1.0, "gb": 1000.0, "tb": 1000000.0}


def _storage_count(value: str, target: float, grounded: list[float], claim: str) -> bool:
    """Is ``value``, a figure with no storage unit after it, one grounded size over another grounded size written
    in a smaller unit? A size in one unit over a size in the same unit needs no conversion and is read elsewhere;
    a count off by more than the rounding the claim writes stays unexplained."""
    if not READ_STORAGE_COUNTS or "b" not in claim.lower():
        return False
    sizes = [(float(m.group(1)), _MEGABYTES[case_key(m.group(2))], m.group(1)) for m in _STORAGE_RE.finditer(claim)]
    if value in {written for _, _, written in sizes}:
        return False
    held = [(size, unit) for size, unit, _ in sizes if size in grounded and size > 0]
    return any(_near(value, target, whole * big / (part * small))
               for whole, big in held for part, small in held if big > small)

"""Arithmetic one step beyond a pair of figures, as answers write it: a price with VAT, a rate times a count
times a period, a base price plus extra items, a return trip at the one-way price, a distance in another unit,
the minutes between two clock times written with a dot ("5.30pm", "6.15").

:class:`llmops_kit.evidence_derived.DerivedFigures` already accepts a figure that is the sum, difference,
product or ratio of two figures the answer states and the evidence holds. Every read set showed correct
answers whose total takes three ("Two hybrids at £22 a day for 3 days is £132"), a percentage added or taken
off ("£64 becomes £76.80 with 20% VAT"), or a multiplier the words imply ("£38 more each way, so £76 for your
return trip"); the figure was then read as absent and the answer as a hallucination. The operands are still
only figures the answer states (and the evidence or the customer holds), so a changed figure is explained
away only when three of the answer's own grounded figures happen to reach it.

In that chain a figure not written as money is a count (:data:`READ_COUNTED_MULTIPLIERS`, the ``worked49`` round,
:func:`money_chained`): it multiplies or divides an amount but never adds to one, and counts alone reach no amount,
so "600 pages ... over 500 pages, 20% off" reaches no (6,000 + 500) x 0.8 and "40 km ... $2 ... 10 km" no 40 / 2 x 10.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import permutations

from .text.arithmetic import pair_reaches
from .text.numbers import as_digits, spells_number

__all__ = ["READ_COUNTED_MULTIPLIERS", "READ_HYPHENED_UNITS", "READ_RULED_PERCENTS", "chained", "clock_gap_dotted",
           "conversion_factors", "converted", "implied_factors", "money_chained", "named_conversions", "percent_steps",
           "reaches", "rounding", "ruled_out_percents", "three_reach", "three_sum"]

#: How close a computed figure must come to the stated one (money to the penny).
TOLERANCE = 0.005


def three_reach(operands: Sequence[float], target: float) -> bool:
    """Is ``target`` a product of two operands combined with a third (a x b x c, a x b / c, a x b + c,
    a x b - c, c - a x b), a ratio of two times a third (a / b x c), or a sum of two times a third
    ((a + b) x c)? Three distinct operands of the list."""
    values = list(operands)
    if len(values) < 3:
        return False
    for i, j, k in permutations(range(len(values)), 3):
        a, b, c = values[i], values[j], values[k]
        if i < j:  # products and sums are symmetric in a and b
            product = a * b
            for result in (product * c, product + c, product - c, c - product, product / c if c else None,
                           (a + b) * c):
                if result is not None and abs(result - target) < TOLERANCE:
                    return True
        if b and abs(a / b * c - target) < TOLERANCE:
            return True
    return False


def reaches(operands: Sequence[float], steps: Iterable[float], target: float) -> bool:
    """Is ``target`` an operand, or a pair's result, times one of ``steps`` (a percentage added or taken off, an
    implied doubling), or three operands' result (:func:`three_reach`)?"""
    factors = [f for f in steps if f]
    return (any(abs(g * f - target) < TOLERANCE for g in operands for f in factors)
            or any(pair_reaches(operands, target / f) for f in factors) or three_reach(operands, target))


def three_sum(operands: Sequence[float], target: float) -> bool:
    """Is ``target`` the sum of three distinct operands of the list ("course £2,560, host family £1,344,
    registration £60: £3,964 in total")?"""
    values = sorted(operands)
    for i in range(len(values)):
        for j in range(i + 1, len(values)):
            for k in range(j + 1, len(values)):
                if abs(values[i] + values[j] + values[k] - target) < TOLERANCE:
                    return True
    return False


def chained(operands: Sequence[float], figures: Iterable[float], steps: Iterable[float], target: float,
            total: bool = False) -> bool:
    """:func:`reaches` down a chain: each of the answer's other ``figures`` reached from the operands (by a pair
    or by :func:`reaches`) is an operand of the next step ("2 x £22 x 3 = £132, the seat £15, so £147").
    ``total``: the claim calls the figure a total, so it may also be the sum of three of the ``figures`` (amounts,
    never a count: "2 kayaks ... £144, ... £32" is no £178) grounded or reached (:func:`three_sum`)."""
    figures = list(figures)
    known, waiting, factors = list(operands), [f for f in figures if f not in operands], list(steps)
    while waiting:
        reached = [f for f in waiting if pair_reaches(known, f) or reaches(known, factors, f)]
        if not reached:
            break
        known += reached
        waiting = [f for f in waiting if f not in reached]
    return (reaches(known, factors, target) or (len(known) > len(operands) and pair_reaches(known, target))
            or (total and three_sum([k for k in known if k in figures], target)))


#: Switch: in the chain of :func:`chained`, a figure the answer never writes as money (a count of pages, hours, a
#: threshold) only multiplies or divides an amount, never adds to one (the ``worked49`` round: "600 pages at KSh 10
#: = KSh 6,000, and over 500 pages 20% off: KSh 5,200" is no (6,000 + 500) x 0.8); off in the claim-decision fit.
READ_COUNTED_MULTIPLIERS = True


def _degree(value: float, multipliers: frozenset[float]) -> int:
    """1 for an amount of money, 0 for a count (a figure in ``multipliers``)."""
    return 0 if value in multipliers else 1


def _pair_results(a: float, b: float, multipliers: frozenset[float]) -> list[tuple[float, int]]:
    """Each result of two figures with its degree of money: a product adds the degrees, a ratio takes them apart,
    and only two of one degree add or subtract (a count of pages is no addend of a price)."""
    da, db = _degree(a, multipliers), _degree(b, multipliers)
    results = [(a * b, da + db)]
    if b:
        results.append((a / b, da - db))
    if a:
        results.append((b / a, db - da))
    if da == db:
        results += [(a + b, da), (a - b, da), (b - a, da)]
    return results


def _money_pair_reaches(operands: Sequence[float], target: float, multipliers: frozenset[float]) -> bool:
    """:func:`pair_reaches` for an amount of money, where a figure in ``multipliers`` is a count: it multiplies or
    divides an amount, but two counts reach no amount ("40 km / 2" is no price) and a count adds to no amount."""
    return any(degree == 1 and abs(result - target) < TOLERANCE
               for i, a in enumerate(operands) for b in operands[i + 1:]
               for result, degree in _pair_results(a, b, multipliers))


def _money_three_reach(operands: Sequence[float], target: float, multipliers: frozenset[float]) -> bool:
    """:func:`three_reach` for an amount of money, the figures in ``multipliers`` counts: the same shapes (a x b
    combined with c, (a + b) x c, a / b x c), each step keeping the degree of money as :func:`_pair_results` does,
    so a x b + c needs a x b and c to be amounts, and the result must be one."""
    values = list(operands)
    if len(values) < 3:
        return False
    for i, j, k in permutations(range(len(values)), 3):
        a, b, c = values[i], values[j], values[k]
        da, db, dc = (_degree(v, multipliers) for v in (a, b, c))
        results: list[tuple[float, int]] = []
        if i < j:
            product, degree = a * b, da + db
            results += [(product * c, degree + dc), (product / c if c else float("nan"), degree - dc)]
            if degree == dc:
                results += [(product + c, dc), (product - c, dc), (c - product, dc)]
            if da == db:
                results.append(((a + b) * c, da + dc))
        if b:
            results.append((a / b * c, da - db + dc))
        if any(d == 1 and abs(r - target) < TOLERANCE for r, d in results):
            return True
    return False


def _money_reaches(operands: Sequence[float], steps: Iterable[float], target: float,
                   multipliers: frozenset[float]) -> bool:
    """:func:`reaches` with ``multipliers`` never added: a percentage step applies to an amount or to an amount's
    pair result."""
    factors = [f for f in steps if f]
    return (any(abs(g * f - target) < TOLERANCE for g in operands if g not in multipliers for f in factors)
            or any(_money_pair_reaches(operands, target / f, multipliers) for f in factors)
            or _money_three_reach(operands, target, multipliers))


def money_chained(operands: Sequence[float], figures: Iterable[float], steps: Iterable[float], target: float,
                  total: bool, multipliers: frozenset[float]) -> bool:
    """:func:`chained` for an amount of money, where the figures in ``multipliers`` (those the answer never writes
    as money: counts, durations, thresholds) only multiply or divide: a count of pages is no addend of a price."""
    figures = list(figures)
    known, waiting, factors = list(operands), [f for f in figures if f not in operands], list(steps)
    while waiting:
        reached = [f for f in waiting if _money_pair_reaches(known, f, multipliers)
                   or _money_reaches(known, factors, f, multipliers)]
        if not reached:
            break
        known += reached
        waiting = [f for f in waiting if f not in reached]
    return (_money_reaches(known, factors, target, multipliers)
            or (len(known) > len(operands) and _money_pair_reaches(known, target, multipliers))
            or (total and three_sum([k for k in known if k in figures], target)))


_PERCENT_RE = re.compile(r"(\d+(?:\.\d+)?)\s?%")


def percent_steps(text: str) -> frozenset[float]:
    """The multipliers a percentage stands for when it is added or taken off: 20% VAT on £64 is £76.80 (x 1.2),
    15% off £40 is £34 (x 0.85)."""
    if "%" not in text:
        return frozenset()
    found = {float(m.group(1)) / 100 for m in _PERCENT_RE.finditer(text)}
    return frozenset(f for p in found for f in (1 + p, 1 - p) if f > 0)


#: Switch: a percentage taken off is a step only as the article's rule applies it (the ``derived49`` round, the guard
#: of :data:`llmops_kit.evidence_derived.READ_MARKED_STEPS`): a discount for "a second child" is no step of "each
#: child ... less 15%", and one "taken off the whole amount, supplement included" is none of "less 10% = 34,20 €, plus
#: the 8,00 € supplement". Off in the claim-decision fit.
READ_RULED_PERCENTS = True
#: A rule that gives its percentage to one item after the first: "a second child", "each additional guest".
_LATER_ITEM_RE = re.compile(r"\b(?:a|the|each|every|any)\s+(?:second|third|further|additional|extra|next|other)\b",
                            re.IGNORECASE)
#: A claim that gives the percentage to every item, naming no later one.
_EVERY_ITEM_RE = re.compile(r"\b(?:each|both|every|all)\b", re.IGNORECASE)
_LATER_NAMED_RE = re.compile(r"\b(?:second|2nd|third|further|additional|extra|next|other|another)\b", re.IGNORECASE)
#: A rule that takes its percentage off the sum of what is added: "off the whole amount", "supplement included".
_WHOLE_AMOUNT_RE = re.compile(r"\b(?:whole|entire|full)\s+(?:amount|total|bill|price)\b|\b\w+\s+included\b",
                              re.IGNORECASE)


def ruled_out_percents(claim: str, rules: Iterable[str]) -> frozenset[float]:
    """The percentages (as fractions) ``claim`` takes off against the rule of the source sentence that states them
    (:data:`READ_RULED_PERCENTS`): given to every item where the rule gives it to a later one only, or taken off
    before an amount is added where the rule takes it off the whole amount. A step of such a percentage is no
    derivation, so the figure it reaches is read as the claim's own."""
    if not READ_RULED_PERCENTS or "%" not in claim:
        return frozenset()
    every = _EVERY_ITEM_RE.search(claim) is not None and _LATER_NAMED_RE.search(claim) is None
    out: set[float] = set()
    for match in _PERCENT_RE.finditer(claim):
        percent = match.group(1)
        added_after = re.search(r"\+|\bplus\b|\badd", claim[match.end():], re.IGNORECASE) is not None
        for rule in rules:
            if f"{percent}%" not in rule.replace(" %", "%"):
                continue
            if (every and _LATER_ITEM_RE.search(rule)) or (added_after and _WHOLE_AMOUNT_RE.search(rule)):
                out.add(float(percent) / 100)
    return frozenset(out)


#: Words that double a figure without writing the 2: a return trip priced each way, both items, twice.
_DOUBLE_RE = re.compile(r"\b(?:both|twice|double|(?:a|per|each) pair)\b|\breturn (?:trip|journey)\b|"
                        r"\beach way\b", re.IGNORECASE)


def implied_factors(text: str) -> frozenset[float]:
    """Multipliers the words state without a figure ("£38 more each way, so £76 for your return trip": x 2)."""
    return frozenset((2.0,)) if _DOUBLE_RE.search(text) else frozenset()


#: Units a figure is commonly converted between, with the factor from the first to the second.
_CONVERSIONS = (
    (r"miles?", r"km|kilomet(?:re|er)s?", 1.609344),
    # a speed: "25 km/h, about 15.5 mph"
    (r"mph|miles? (?:an|per) hour", r"km/h|kph|km an hour|kilomet(?:re|er)s? (?:an|per) hour", 1.609344),
    (r"kg|kilo(?:gram)?s?", r"lbs?|pounds? in weight", 2.204623),
    (r"inch(?:es)?", r"cm|centimet(?:re|er)s?", 2.54),
    (r"f(?:ee|oo)t|ft", r"m\b|met(?:re|er)s?", 0.3048),
    (r"(?:uk )?gallons?", r"litres?|liters?", 4.54609),
    # areas and volumes: a pitch, a room or a boot in the other system ("99 m², roughly 1,066 sq ft")
    (r"m²|m2|sq\.? ?m|square met(?:re|er)s?", r"ft²|ft2|sq\.? ?f(?:ee|oo)?t|square f(?:ee|oo)t", 10.76391),
    (r"litres?|liters?", r"ft³|ft3|cu\.? ?ft|cubic f(?:ee|oo)t", 0.03531467),
    # a metered volume in litres ("28 cubic metres, which is 28,000 litres"), a body weight in stone ("19 stone
    # is about 121 kg")
    (r"m³|m3|cu\.? ?m|cubic met(?:re|er)s?", r"litres?|liters?", 1000.0),
    (r"stones?", r"kg|kilo(?:gram)?s?", 6.35029318),
)
#: Conversions added later (kept apart so the claim-decision fit can leave them out): a print or a part in the
#: other system ("50 x 70 mm, about 2 x 2.75 in"), a wind speed in knots ("20 knots is about 37 km/h"), a distance
#: at sea in kilometres ("40 nautical miles, about 74 km"); "in"
#: names inches only beside millimetres, in a claim that names both.
_FINE_CONVERSIONS = (
    (r"mm|millimet(?:re|er)s?", r"inch(?:es)?|in\b", 1 / 25.4),
    (r"knots?|kts?|kn\b", r"km/h|kph|km an hour|kilomet(?:re|er)s? (?:an|per) hour", 1.852),
    (r"knots?|kts?|kn\b", r"mph|miles? (?:an|per) hour", 1.150779),
    # a distance at sea ("20 to 40 nautical miles offshore, about 37 to 74 km"; the ``read44`` round)
    (r"nautical miles?|nmi", r"km|kilomet(?:re|er)s?", 1.852),
)
#: Exact factors of general knowledge the table lacked (kept apart as well, so the fit leaves them out too): a
#: track or a walk in metres given in miles ("850 m a lap, about 0.53 miles"), a speed in metres per second given
#: in km/h ("90 m/s, roughly 324 km/h"), a bag in grams given in ounces ("250g, about 8.8 oz"). These are read
#: the way the claim writes them: a figure written in the first unit converts to the second and back, never the
#: factor applied the wrong way ("90 m/s, roughly 25 km/h" stays flagged; :func:`_written_in`).
_GENERAL_CONVERSIONS = (
    (r"m|met(?:re|er)s?", r"miles?", 1 / 1609.344),
    (r"m/s|met(?:re|er)s? (?:a|per) second", r"km/h|kph|km an hour|kilomet(?:re|er)s? (?:an|per) hour", 3.6),
    (r"g|grams?|grammes?", r"oz|ounces?", 1 / 28.349523125),
)
#: The factors :func:`converted` reads only in the direction the claim's units are written.
_DIRECTED_FACTORS = frozenset(f for _, _, f in _GENERAL_CONVERSIONS)
#: Units the table lacked until the ``conv47`` round (off with ``READ_STORAGE_AND_PINTS``): a file size in the next
#: unit up ("14,000 MB is about 14 GB", a thousand to one, as storage is sold) and a volume in pints ("1 litre, about
#: 1.76 UK pints (roughly 2.1 US pints)"); a bare "pints" is the imperial pint, the US pint needs its "US".
_STORAGE_PINT_CONVERSIONS = (
    (r"mb|megabytes?", r"gb|gigabytes?", 1 / 1000),
    (r"gb|gigabytes?", r"tb|terabytes?", 1 / 1000),
    (r"litres?|liters?", r"(?:uk |imperial )?pints?", 1.759754),
    (r"litres?|liters?", r"(?:us|american) pints?", 2.113376),
)
#: Read the storage and pint conversions (:data:`_STORAGE_PINT_CONVERSIONS`); off in the claim-decision fit, whose
#: table is the first one alone.
READ_STORAGE_AND_PINTS = True
_STORAGE_PINT_FACTORS = frozenset(f for _, _, f in _STORAGE_PINT_CONVERSIONS)


def conversion_factors() -> tuple[tuple[str, str, float], ...]:
    """Every conversion of the table as (the first unit's pattern, the second's, how many of the second one of the
    first makes): "miles", "km|kilometres", 1.609344."""
    return _CONVERSIONS + _FINE_CONVERSIONS + _GENERAL_CONVERSIONS


#: A unit written after a hyphen when the size is an adjective ("a 16-inch mirror", "a 10-litre tank"), and a hedged
#: whole figure in fives read as the conversion rounded to the nearest 5 (:func:`_rounding_hedged`); off in the
#: claim-decision fit, which also builds its conversions' patterns with ``hyphened=False``.
READ_HYPHENED_UNITS = True


def unit_patterns(conversions: Iterable[tuple[str, str, float]], hyphened: bool = True
                  ) -> tuple[tuple[re.Pattern[str], re.Pattern[str], float], ...]:
    """Each conversion's two units as patterns: a unit counts as named when a figure stands before it; the
    figure may be followed by a superscript ("310 m²"), and ``hyphened``, joined to it by a hyphen ("16-inch")."""
    gap = r"[\s-]?" if hyphened else r"\s?"
    return tuple((re.compile(rf"\d{gap}(?:{a})(?![a-z])", re.IGNORECASE),
                  re.compile(rf"\d{gap}(?:{b})(?![a-z])", re.IGNORECASE), f) for a, b, f in conversions)


_UNIT_RES = unit_patterns(_CONVERSIONS + _FINE_CONVERSIONS + _GENERAL_CONVERSIONS + _STORAGE_PINT_CONVERSIONS)
#: Any unit of any conversion after a figure, as one pattern: a text it does not find names no conversion's unit
#: (most claims with figures), so the pairs are not searched one by one. Built from every conversion, so it holds
#: for any subset :data:`_UNIT_RES` is set to (the claim-decision fit leaves the later ones out).
_ANY_UNIT_RE = re.compile(r"\d[\s-]?(?:" + "|".join(f"(?:{unit})" for a, b, _ in
                                                _CONVERSIONS + _FINE_CONVERSIONS + _GENERAL_CONVERSIONS
                                                + _STORAGE_PINT_CONVERSIONS
                                                for unit in (a, b)) + r")(?![a-z])", re.IGNORECASE)


#: Spanish names of the table's units ("$11.75 por pie lineal, es decir unos $38.55 por metro"), read with
#: ``READ_SPANISH_UNITS`` (the ``conv47`` round; off in the claim-decision fit).
_SPANISH_CONVERSIONS = (
    (r"millas?", r"km|kil[oó]metros?", 1.609344),
    (r"kg|kilos?|kilogramos?", r"libras?", 2.204623),
    (r"pulgadas?", r"cm|cent[ií]metros?", 2.54),
    (r"pies?|ft", r"m\b|metros?", 0.3048),
)
READ_SPANISH_UNITS = True
_SPANISH_UNIT_RES = unit_patterns(_SPANISH_CONVERSIONS)
_ANY_SPANISH_UNIT_RE = re.compile(r"\d[\s-]?(?:millas?|kil[oó]metros?|kilos?|kilogramos?|libras?|pulgadas?|"
                                  r"cent[ií]metros?|pies?|metros?)(?![a-z])", re.IGNORECASE)


def rate_patterns(conversions: Iterable[tuple[str, str, float]]
                  ) -> tuple[tuple[re.Pattern[str], re.Pattern[str], float], ...]:
    """Each conversion's two units as the unit of a rate after a figure ("$11.75 per linear foot", "£4 a metre",
    "$3/ft", "por pie"); never "per square foot", an area."""
    return tuple((re.compile(rf"\d{_RATE_GAP}(?:{a})(?![a-z])", re.IGNORECASE),
                  re.compile(rf"\d{_RATE_GAP}(?:{b})(?![a-z])", re.IGNORECASE), f) for a, b, f in conversions)


#: What stands between a figure and the unit of its rate: "per", "a", "an", "por", "/" (and "linear", "lineal").
_RATE_GAP = r"\s?(?:(?:per|an?|por)\s(?:(?:linear|lineal|running)\s)?|/\s?)"


#: A price per unit restated per the other unit ("$11.75 per linear foot, about $38.55 per metre"): both units
#: written as a rate after a figure, read with ``READ_RATE_UNITS`` (the ``conv47`` round; off in the fit).
READ_RATE_UNITS = True
_RATE_UNIT_RES = rate_patterns(_CONVERSIONS + _FINE_CONVERSIONS + _STORAGE_PINT_CONVERSIONS)
_SPANISH_RATE_RES = rate_patterns(_SPANISH_CONVERSIONS)
#: Any unit of the rate tables after a figure, as one pattern: the cheap test before the pairs are searched.
_ANY_RATE_RE = re.compile(r"\d" + _RATE_GAP + "(?:" + "|".join(
    f"(?:{unit})" for a, b, _ in _CONVERSIONS + _FINE_CONVERSIONS + _STORAGE_PINT_CONVERSIONS + _SPANISH_CONVERSIONS
    for unit in (a, b)) + r")(?![a-z])", re.IGNORECASE)


def named_conversions(text: str) -> list[tuple[re.Match[str], re.Match[str], float]]:
    """(the first unit's match, the second's, the factor) of each conversion whose two units the text names after
    a figure, in :data:`_UNIT_RES`'s order (then the Spanish names, then both units as rates)."""
    plain = _ANY_UNIT_RE.search(text) is not None
    spanish = READ_SPANISH_UNITS and _ANY_SPANISH_UNIT_RE.search(text) is not None
    rates = READ_RATE_UNITS and _ANY_RATE_RE.search(text) is not None
    if not plain and not spanish and not rates:
        return []
    found = _both_named(text, _UNIT_RES) if plain else []
    if spanish:
        found += _both_named(text, _SPANISH_UNIT_RES)
    if rates:
        found += _both_named(text, _RATE_UNIT_RES + (_SPANISH_RATE_RES if READ_SPANISH_UNITS else ()))
    return found


def _both_named(text: str, patterns: Iterable[tuple[re.Pattern[str], re.Pattern[str], float]]
                ) -> list[tuple[re.Match[str], re.Match[str], float]]:
    """(the first unit's match, the second's, the factor) of each of ``patterns`` whose two units the text names."""
    found = []
    for first, second, factor in patterns:
        if factor in _STORAGE_PINT_FACTORS and not READ_STORAGE_AND_PINTS:
            continue
        one = first.search(text)
        if one is not None and (other := second.search(text)) is not None:
            found.append((one, other, factor))
    return found


def converted(value: str, grounded: Iterable[float], claim: str, held: Iterable[float] | None = None) -> bool:
    """Is a claimed figure a grounded one converted to the other unit the claim names ("40-70 miles, roughly
    64 to 113 km"), rounded as the claim writes it? Only when the claim names both units."""
    try:
        target = float(value)
    except ValueError:
        return False
    written = as_digits(claim) if spells_number(claim) else claim  # "three and a half kilograms" names kg too
    if READ_HYPHENED_UNITS and "-" in written and _ADJECTIVE_SIZE_RE.search(written) and any(
            m.group(1) == value for m in _ADJECTIVE_SIZE_RE.finditer(written)):
        return False  # a size named as an adjective ("two 20-inch telescopes") is what is converted, never a result
    if _in_feet_and_inches(value, grounded, written):
        return True
    factors = [f for _, _, f in named_conversions(written)]
    if not factors:
        return False
    half = rounding(value, target)
    if value.endswith(".5") and _TO_THE_HALF_RE.search(claim):  # "roughly six and a half feet" of 2 m (6.56)
        half = max(half, 0.25 + 1e-9)
    elif READ_HEDGED_HALVES and value.endswith(".5") and target >= 5 and _hedged_right_before(value, claim):
        half = max(half, 0.25 + 1e-9)  # "2 m, about 6.5 feet" (6.56): the hedge rounds to the half, as in words
    elif _QUARTER_RE.search(value) and _HEDGE_RE.search(claim):  # "about 2.75 in" of 70 mm (2.756): to a quarter
        half = max(half, 0.125 + 1e-9)
    grounded = list(grounded)
    if READ_FLAT_WIDTHS and "pit" in claim.lower() and _FLAT_WIDTH_RE.search(claim) and _ROUND_BODY_RE.search(claim):
        grounded += [2 * g for g in grounded]  # "52 cm pit to pit ... roughly 41 inches round the chest" (104 cm)
    ways = {f: _ways(value, written, f) for f in factors}
    if any((forward and abs(g * f - target) <= half) or (back and abs(g / f - target) <= half)
           for g in grounded for f, (forward, back) in ways.items()):
        return True
    # rounded to the nearest 5 only from a figure a source holds (``held``), never from one the answer works out
    return READ_HYPHENED_UNITS and _rounding_hedged(value, claim) and any(
        round(exact / 5) * 5 == target for g in (grounded if held is None else held)
        for f, (forward, back) in ways.items()
        for exact, way in ((g * f, forward), (g / f, back)) if way and exact >= 10)


#: A garment's width measured flat from armpit to armpit is half its girth: "52 cm pit to pit is about 20.5 inches
#: across, so roughly 41 inches round the chest" converts 104 cm. Read only in a claim naming both the flat width and
#: the girth (``READ_FLAT_WIDTHS``, the ``conv47`` round; off in the claim-decision fit).
READ_FLAT_WIDTHS = True
_FLAT_WIDTH_RE = re.compile(r"\bpit[ -]to[ -]pit\b", re.IGNORECASE)
_ROUND_BODY_RE = re.compile(r"\b(?:a?round|circumference of) the (?:chest|body|bust|waist)\b", re.IGNORECASE)


#: The two units of each factor read only the way the claim writes them (:data:`_DIRECTED_FACTORS`).
_DIRECTED_UNITS = {f: (a, b) for a, b, f in _GENERAL_CONVERSIONS}
_DIGIT_COMMA_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _ways(value: str, claim: str, factor: float) -> tuple[bool, bool]:
    """May the claimed figure be a figure times ``factor`` (it is written in the second unit), or divided by it
    (written in the first)? Both for the table's older factors; for a directed one, only the way the claim writes
    the figure's unit ("324 km/h" is 90 m/s times 3.6, never 90 divided by it), neither when it writes none."""
    if factor not in _DIRECTED_FACTORS:
        return True, True
    first, second = _DIRECTED_UNITS[factor]
    return _written_in(value, claim, second), _written_in(value, claim, first)


def _written_in(value: str, claim: str, unit: str) -> bool:
    """Does the claim write ``value`` with ``unit`` after it ("0.53 miles", "1,609 m")?"""
    bare = value.lstrip("0")  # ".53" is written "0.53"
    figure = "0*" + re.escape(bare or "0") if not bare or bare.startswith(".") else re.escape(bare)
    plain = _DIGIT_COMMA_RE.sub("", claim) if "," in claim else claim
    return re.search(rf"(?<![\d.]){figure}[\s-]?(?:{unit})(?![a-z])", plain, re.IGNORECASE) is not None



#: A figure joined to its unit by a hyphen as an adjective: "a 16-inch mirror", "a 5-gallon bag".
_ADJECTIVE_SIZE_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)-(?:inch|foot|feet|ft|cm|mm|metre|meter|m|km|mile|kg|"
                                r"pound|lb|gallon|litre|liter|stone)\b", re.IGNORECASE)


def _rounding_hedged(value: str, claim: str) -> bool:
    """Is ``value`` a whole multiple of 5 the claim hedges right before it ("about 40 cm" of 16 inches, 40.64):
    a converted size said "about" is rounded to the nearest 5, not to the unit. Only from 10 up (the caller
    asks for that), where the nearest 5 is within a quarter of the figure."""
    if "." in value or not value.isdigit() or int(value) % 5 or int(value) == 0:
        return False
    return _hedged_right_before(value, claim)


def _hedged_right_before(value: str, claim: str) -> bool:
    """Does a hedge ("about", "roughly", "~") stand right before the figure ``value`` in the claim?"""
    return re.search(r"(?:about|around|roughly|approximately|approx\.?|some|[≈~])\s?" + re.escape(value)
                     + r"(?![\d.,]?\d)", claim, re.IGNORECASE) is not None


#: A length in feet and inches ("7 ft 5 in", "6' 2\""), and a length in metres or centimetres beside it.
_FEET_INCHES_RE = re.compile(r"(?<![\d.,])(\d{1,2})\s?(?:ft|feet|foot|')\s?(\d{1,2}(?:\.\d+)?)\s?"
                             r"(?:in\b|inch(?:es)?\b|\"|”)", re.IGNORECASE)
_METRIC_LENGTH = ((re.compile(r"\d\s?(?:m|met(?:re|er)s?)(?![a-z²³2])", re.IGNORECASE), 100 / 2.54),
                  (re.compile(r"\d\s?(?:cm|centimet(?:re|er)s?)(?![a-z])", re.IGNORECASE), 1 / 2.54))


def _in_feet_and_inches(value: str, grounded: Iterable[float], claim: str) -> bool:
    """Is a claimed figure a part of a length the claim gives in feet and inches ("2,25 m, which is just under 7
    ft 5 in": 88.6 inches) that a grounded length in metres or centimetres converts to, to the inch?"""
    if "'" not in claim and "ft" not in claim and "fe" not in claim and "fo" not in claim:
        return False
    grounded = list(grounded)
    for m in _FEET_INCHES_RE.finditer(claim):
        if value not in (m.group(1), m.group(2).rstrip("0").rstrip(".") if "." in m.group(2) else m.group(2)):
            continue
        inches = int(m.group(1)) * 12 + float(m.group(2))
        if any(unit.search(claim) and abs(g * f - inches) <= 0.5 + 1e-9
               for unit, f in _METRIC_LENGTH for g in grounded):
            return True
    return False


#: A figure given to a quarter ("2.75", "1.25"), and a word saying a converted figure is rounded: a hedged "about
#: 2.75 in" is rounded to the nearest quarter inch, not to the hundredth (a tenth, "6.5", claims a tenth).
_QUARTER_RE = re.compile(r"\.(?:25|75)$")
_HEDGE_RE = re.compile(r"\b(?:about|around|roughly|approximately|approx|nearly|almost|some|just (?:under|over))\b"
                       r"|[≈~]", re.IGNORECASE)


#: A figure written in words to the half ("six and a half feet"): a rounding to the nearest half, not to a tenth.
_TO_THE_HALF_RE = re.compile(r"\b[a-z]+ and a half\b", re.IGNORECASE)
#: A hedged converted figure in digits ending in .5 ("2 m, about 6.5 feet", 6.56) read as rounded to the half, as the
#: same figure in words is; from 5 up, where the half is within 5% of the figure (the ``conv47`` round; off in the
#: claim-decision fit).
READ_HEDGED_HALVES = True


def rounding(value: str, target: float) -> float:
    """How far a converted figure may be from the exact one, as the claim rounds it: half its last decimal place
    ("22.6": 0.05); for a whole number written with trailing zeros ("about 3,340"), half its last non-zero
    place, but never more than 1% of it (a conversion is stated to three figures or so, "1,000" is no rounding
    of 1,066)."""
    if "." in value:
        return 0.5 * 10 ** -len(value.split(".")[1]) + 1e-9
    digits = value.lstrip("-")
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return max(0.5, min(0.5 * 10 ** zeros, 0.01 * abs(target))) + 1e-9


_DOTTED_RE = re.compile(r"\b(\d{1,2})[.:](\d{2})\s?(am|pm)?\b", re.IGNORECASE)
_GAP_RE = re.compile(r"(\d+(?:\.\d+)?)\s?(hours?|minutes?|mins?)\b", re.IGNORECASE)


def _clock_readings(text: str) -> list[set[int]]:
    """Each clock time a text writes with a dot or colon, as the minutes after midnight it may stand for (a
    time without am / pm may be either half of the day)."""
    out = []
    for m in _DOTTED_RE.finditer(text):
        hour, minute, half = int(m.group(1)), int(m.group(2)), (m.group(3) or "").lower()
        if hour > 23 or minute > 59 or (half and hour > 12):
            continue
        if half:
            out.append({(hour % 12 + (12 if half == "pm" else 0)) * 60 + minute})
        else:
            out.append({hour * 60 + minute, ((hour + 12) % 24) * 60 + minute} if hour <= 12 else {hour * 60 + minute})
    return out


def clock_gap_dotted(value: str, claim: str, texts: str) -> bool:
    """Is a claimed number of minutes or hours ("45 minutes late") the time between two clock times the customer
    or the answer writes ("back at 6.15", "due by 5.30pm")? The times the text layer reads need a colon or
    am / pm; customers write "6.15". Two different times, each read either way when it names no half-day."""
    units = {m.group(2).lower().rstrip("s") for m in _GAP_RE.finditer(claim) if m.group(1) == value}
    if not units:
        return False
    wanted = {float(value) * (60 if unit == "hour" else 1) for unit in units}
    times = _clock_readings(texts)
    return any(abs((b - a) % 1440 - w) < 0.5 for i, first in enumerate(times) for j, second in enumerate(times)
               if i != j and first != second for a in first for b in second for w in wanted)

"""A total the answer writes under its own itemised lines must be the sum of those lines.

An answer that quotes line by line ("- Beginner Kit: $349.00", "- 2 queens: 2 × $42.00 = $84.00", ...) and
ends with "Total $517.00" presents the total as the sum of the lines it just listed. The derived-figure search
(:mod:`llmops_kit.evidence_derived`) accepts a figure that any two or three of the answer's grounded figures
reach, so a wrong total passed whenever some other subset of the figures, or a product of them, happened to
reach it (349 + 84 + 84 = 517 while the four lines sum to 507; "Total: S$398.40" under a S$360.00 subtotal and
S$32.40 GST). Such a total is read here on the answer's own layout, against its own lines only: it must be the
sum of the lines above it, or of the last few of them (a subtotal line stands for the lines before it), or a
figure the evidence holds. Anything this reader cannot read for certain (a line with two amounts and no "=", a
unit price, a total that adds tax or counts "per" or "each") is left to the claim checks as before; the reading
only adds an *absent* verdict, as :mod:`llmops_kit.labelled_figures` adds its wrong rows.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .grounding import ClaimSupport
from .text import numbers_in, sentences_of, typed_quantities
from .text.arithmetic import marked_after
from .text.numbers import NUMBER_WORDS

__all__ = ["judge_listed_totals", "wrong_products", "wrong_totals"]

#: Cheap look-aheads: most answers name no total at all. Each states its phrases' first letters in a look-ahead,
#: so a search is not tried at every character (the same matches, case-blind as the phrases).
_IN_TOTAL_RE = re.compile(r"(?=[ia])\b(?:in\s+total|altogether|in\s+all)\b", re.IGNORECASE)
_TOTAL_WORD_RE = re.compile(r"(?=t)\btotal\b", re.IGNORECASE)

#: How close the lines' sum must come to the total (money to the penny, with a cent of rounding).
TOLERANCE = 0.011

#: A line that states a total: "Total $517.00", "**Total:** S$398.40", "Grand total - €84".
_TOTAL_LINE_RE = re.compile(r"^(?:grand\s+)?total\b(?!\s+(?:of|for|per|each)\b)", re.IGNORECASE)

#: Bullets and emphasis in front of a line's words.
_LEAD_RE = re.compile(r"^[\s*_#>•·\-–—]*(?:\d+[.)]\s+)?[\s*_]*")


def _bare(line: str) -> str:
    """A line without its bullet, number and bold marks ("- **Total:** S$398.40": "Total: S$398.40")."""
    return _LEAD_RE.sub("", line).replace("**", "").replace("__", "")

#: A total line that may add or take something the lines do not list, or counts a unit price: left alone.
_OPEN_TOTAL_RE = re.compile(
    r"%|×|\*\s*\d|\bx\s*\d|\beach\b|\bper\b|/\s*(?:night|day|week|month|year|person|hour)|\bincl|\bincluding\b"
    r"|\bexcl|\bplus\b|\+|\bbefore\b|\bafter\b|\bless\b|\bminus\b|\bdeposit\b|\bbalance\b|\bremaining\b"
    r"|\bdue\s+(?:now|today)\b|\bper\s+person\b|\bapprox|\babout\b|\baround\b|\broughly\b|~",
    re.IGNORECASE)

#: A line amount that is a unit price rather than the line's own sum (unless the line works it out with "=").
_UNIT_PRICE_RE = re.compile(
    r"\beach\b|\bper\b|\ba\s+(?:night|day|week|month|year|head|person)\b|/\s*(?:night|day|week|month|year|person)"
    r"|×|\bx\s*\d|\*\s*\d|%\s*(?:of|on)\b", re.IGNORECASE)

#: A line that takes its amount off: a discount, credit, refund or a minus sign before the amount.
_MINUS_RE = re.compile(
    r"\bdiscount|\boff\b|\bless\b|\bminus\b|\bdeduct|\bcredit|\brefund|\bvoucher|\bsaving|−|[-–]\s*(?:[A-Z]{0,3}"
    r"[$£€¥₹]|R\s?\d|kr|CHF|AED|SGD|S\$)", re.IGNORECASE)


def _amounts(text: str) -> list[float]:
    """The amounts of money a piece of text states ("$84.00", "198,00 €"), as numbers."""
    found = {float(q.split(" ")[0]) for q in typed_quantities(text) if q.endswith(" money")}
    found |= {float(n) for n in marked_after(text)}
    return sorted(found)


def _first_amount(line: str) -> float | None:
    """The first amount of money a line states, read on ever longer heads of the line."""
    for match in re.finditer(r"\d(?:[\d,.\s]*\d)?", line):
        found = _amounts(line[:match.end() + 3])
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _line_amount(line: str) -> float | None:
    """A listed line's own sum, signed: the amount after its last "=", else its only amount; None where the
    line states none, or cannot be read for certain (two amounts and no "=", a unit price)."""
    head, equals, tail = line.rpartition("=")
    found = _amounts(tail) if equals else _amounts(line)
    if len(found) != 1 or (not equals and _UNIT_PRICE_RE.search(line)):
        return None
    sign = -1.0 if _MINUS_RE.search(head if equals else line) else 1.0
    return sign * found[0]


def _listed_above(lines: list[str], at: int) -> list[float] | None:
    """The signed sums of the itemised lines right above line ``at`` (blank lines just above it skipped); None
    where a line among them cannot be read, or fewer than two are listed."""
    i = at - 1
    while i >= 0 and not lines[i].strip():
        i -= 1
    items: list[float] = []
    while i >= 0 and lines[i].strip():
        line = _bare(lines[i])
        if not _amounts(line):
            break
        amount = _line_amount(line)
        if amount is None:
            return None
        items.append(amount)
        i -= 1
    return items[::-1] if len(items) >= 2 else None


def _sums_to(items: list[float], total: float) -> bool:
    """Is ``total`` the sum of the listed lines, or of the last few of them (after a subtotal line), signed as
    written or all added?"""
    for start in range(len(items)):
        tail = items[start:]
        if abs(sum(tail) - total) < TOLERANCE or abs(sum(abs(v) for v in tail) - total) < TOLERANCE:
            return True
    return False


def wrong_totals(answer: str) -> list[tuple[str, str, float]]:
    """The lines of ``answer`` that state a total under its own itemised lines ("Total $517.00" below four
    priced lines) which is not those lines' sum: (the line, the total as the answer writes it, the sum)."""
    if "\n" not in answer or not _TOTAL_WORD_RE.search(answer):
        return []
    lines = answer.splitlines()
    wrong = []
    for at, raw in enumerate(lines):
        line = _bare(raw)
        if not _TOTAL_LINE_RE.match(line) or _OPEN_TOTAL_RE.search(line):
            continue
        total = _first_amount(line)
        items = _listed_above(lines, at) if total is not None else None
        if total is None or items is None or _sums_to(items, total):
            continue
        written = next((n for n in numbers_in(line) if _is(n, total)), None)
        if written is not None:
            wrong.append((line.strip(), written, sum(items)))
    return wrong


#: A count priced by the unit, then a total of it in the same sentence: "2 hours are charged at €25 each, so €75
#: in total". The count is digits or a number word; up to four words name what it counts.
_PRICED_COUNT_RE = re.compile(
    r"(?<![\w.,])(?P<count>\d+|" + "|".join(w for w in NUMBER_WORDS if w != "zero") + r")\s+"
    r"(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)\s+(?:at|@)\s+(?P<price>[^\s,;]*\d[\d,.]*(?:\s?€)?)\s+"
    r"(?:each|apiece|per\s+\w+|an?\s+\w+)\b(?P<between>[^.;:\d]{0,40}?)"
    r"(?P<total>[^\s,;]*\d[\d,.]*(?:\s?€)?)\s+(?:in\s+total|altogether|in\s+all)\b", re.IGNORECASE)

#: Words between the priced count and its total that add or take something: the total is then no product.
_ADDS_RE = re.compile(r"\bplus\b|\+|\bfee|\bvat\b|\bgst\b|\btax|\bincl|\bless\b|\bminus\b|\bdiscount|\boff\b"
                      r"|\bdeposit|\bfor\b|\band\b|\bwith\b", re.IGNORECASE)


def wrong_products(answer: str) -> list[tuple[str, str, float]]:
    """The sentences of ``answer`` that price a count by the unit and state the total of it ("2 hours are
    charged at €25 each, so €75 in total") where the total is not count x price: (the sentence, the total as
    the answer writes it, the product)."""
    if not _IN_TOTAL_RE.search(answer):
        return []
    wrong = []
    for sentence in sentences_of(answer):
        for match in _PRICED_COUNT_RE.finditer(sentence):
            if _ADDS_RE.search(match["between"]):
                continue
            count = float(NUMBER_WORDS.get(match["count"].lower(), match["count"]))
            price, total = _amounts(match["price"]), _amounts(match["total"])
            if len(price) != 1 or len(total) != 1 or abs(count * price[0] - total[0]) < TOLERANCE:
                continue
            written = next((n for n in numbers_in(match["total"]) if _is(n, total[0])), None)
            if written is not None:
                wrong.append((sentence.strip(), written, count * price[0]))
    return wrong


def judge_listed_totals(answer: str, evidence: Evidence) -> list[ClaimSupport]:
    """An *absent* verdict per total the answer writes under its own itemised lines that is not their sum and
    that no evidence source holds as such (a bundle price the evidence states stands)."""
    out = []
    for line, written, listed in [*wrong_totals(answer), *wrong_products(answer)]:
        if evidence.holding_numbers(frozenset((written,))):
            continue
        out.append(ClaimSupport(claim=line, verdict="absent", missing=(written,),
                                evidence=f"the figures it works from make {listed:.2f}"))
    return out


def _is(number: str, value: float) -> bool:
    """Is the number read from a claim the amount ``value``?"""
    try:
        return abs(float(number) - value) < 1e-9
    except ValueError:
        return False

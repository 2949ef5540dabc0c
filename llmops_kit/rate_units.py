"""A price the texts give per one unit that the answer applies to another unit: every figure of the claim is held
(the price, the count, often the product), so only the unit the price is taken for can be wrong.

The texts must write the price with its unit every time they write it ("Bat hire: ₹150 per session", "Quad bikes are
400 MAD per hour per quad"); a price the texts also write bare, or never write, is left alone. Two shapes, each
under its own switch (both off in the claim-decision fit):

- **counted in another period** (:data:`READ_RATE_UNIT_COUNTS`): a written step multiplies the price by a count of
  a period (hours, days, weeks, months, years, minutes) the texts do not price it per: "Bats: 2 × ₹150 × 3 hours"
  of "₹150 per session", "for your 5 days that's 5 × Rp 35.000" of "Rp 35.000 per trip". The period is the word
  right after the count ("× 3 hours", "3 hours ×") or, for a bare count, a "<n> <period>" its sentence writes.
  A count of items ("2 × ₹150"), a price the texts give per that period, and a price whose own sentence names the
  period ("Day pass: £10 per person", "£20 per session of one hour") are left alone. A step whose result is given
  for a length of time its price's sentence gives another length of ("11 × 4.500 kr. = 49.500 kr. for 90 minutes"
  of "A lane for 60 minutes: 4.500 kr. per person") is the same fault, unless a count of the step makes the length
  up ("2 × €14 = €28 for 90 minutes" of "45 minutes: €14").
- **a price per one unit given for the customer's whole** (:data:`READ_RATE_UNIT_WHOLES`): the answer writes the
  price for a unit the texts do not price it per, never multiplied by any count, and one of four arms says the
  unit is the customer's whole, or not the texts' unit at all: the answer says "for the whole / entire X"
  ("₦75,000 for the whole EP" of "₦75,000 per song"); the question asks for the "whole / entire X" the answer
  prices ("95 kr. for the month" of "95 kr. per week" asked for "a whole month of four weeks"); the question names
  X and counts two or more of the texts' own unit ("400 MAD per ride" of "400 MAD per hour per quad" for "a 3-hour
  ride"); or a price per two units is restated with its first unit kept and the second changed ("S$5 per person
  for each ride" of "S$5 per person for the day").

Read in :meth:`~llmops_kit.evidence.Evidence.missing_facts` beside :mod:`~llmops_kit.unit_prices`; the price is
returned as an unheld number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .text import numbers_in, quantities
from .text.case_key import case_key
from .text.char_scans import has_digit
from .text.money_amounts import MONEY_MARK, figure_values, same_amount
from .text.numbers import CURRENCY_CODES, count_words, dot_thousands
from .textcache import text_cache

__all__ = ["READ_RATE_UNIT_COUNTS", "READ_RATE_UNIT_WHOLES", "misapplied_rate_units"]

#: Switch: a per-unit price multiplied by a count of another period (unit47 round; off in the claim-decision fit).
READ_RATE_UNIT_COUNTS = True
#: Switch: a per-unit price given for the customer's whole (unit47 round; off in the claim-decision fit).
READ_RATE_UNIT_WHOLES = True

#: How far before its figure's first digit an amount can start: the longest mark (a code and its dot, "EUR.") and
#: the one space after it. No mark holds a digit.
_MARK_REACH = max(len(code) for code in CURRENCY_CODES) + 2
#: Where an amount's figure can start: a digit with no digit, dot or comma before it.
_FIGURE_START_RE = re.compile(r"(?<![\d.,])\d")
#: An amount of money: a mark before the figure, or a code (three capitals, "kr", "zł", "Ft") after it.
_AMOUNT_RE = re.compile(r"(?P<mark>" + MONEY_MARK + r")?\s?(?P<figure>(?<![\d.,])\d[\d,.]*\d|(?<![\d.,])\d)"
                        r"(?P<code>\s?(?:[A-Z]{3}|kr\.?|zł|Ft)(?![A-Za-z]))?")
#: Words between "per" and the unit that do not change it ("per extra hour", "for the whole day").
_QUALIFIERS = r"(?:(?:each|extra|additional|missing|full|whole|entire|single|standard|half|started|linear)\s+)?"
#: One unit phrase after an amount: "per session", "a week", "for the month", "for the whole EP", "for each ride",
#: "/month"; several chain ("per hour per quad", "per person for the day").
_UNIT_RE = re.compile(r"\s*,?\s*(?:(?P<how>per|an?|for\s+(?:each|every)|for\s+(?:the|your|a|an|one))\s+"
                      + _QUALIFIERS + r"(?P<unit>[A-Za-z]+)\b|/\s?(?P<slash>[A-Za-z]+)\b)")
#: Words an article or "per" can be followed by that name no unit.
_NOT_UNITS = frozenset(("and", "or", "the", "to", "of", "in", "on", "at", "with", "for", "from", "is", "are", "if",
                        "so", "plus", "up", "more", "less", "total", "maximum", "minimum", "few", "lot", "bit",
                        "couple", "little", "discount", "deposit", "fee", "charge", "price", "rate", "cost"))
#: Spellings of one unit: a person by any name, a night as a day, the short forms of periods.
_SAME_UNIT = {"pax": "person", "head": "person", "guest": "person", "people": "person", "adult": "person",
              "participant": "person", "night": "day", "hr": "hour", "h": "hour", "min": "minute", "mo": "month",
              "wk": "week", "yr": "year", "annum": "year"}
#: The periods a step can count.
_PERIODS = frozenset(("hour", "day", "week", "month", "year", "minute"))
#: "× 3 hours", "× 5": the count after a price's "×" and the word after it.
_COUNT_AFTER_RE = re.compile(r"^\s?[×x]\s?(\d{1,3}(?:\.\d)?)(?![\d,])(?:\s?-?\s?([A-Za-z]+))?")
#: "3 hours × ", "5 × ": the count before a price's "×" and the word after it.
_COUNT_BEFORE_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d)?)(?:\s?-?\s?([A-Za-z]+))?\s?[×x]\s?$")
#: "= 49.500 kr. for 90 minutes": the length of time a step's result is given for, right after its "=".
_RESULT_LENGTH_RE = re.compile(r"(?:\s?[×x]\s?\d{1,3}(?:\s?[A-Za-z]+)?)?\s?=\s?[^=;]{0,25}?\bfor\s+"
                               r"(\d{1,3}[\s-]?[A-Za-z]+)")
#: A "× " right before or after an amount: the amount is a step's factor.
_TIMES_NEAR_RE = re.compile(r"(?<![A-Za-z])[×x]\s?$|^\s?[×x](?![A-Za-z])")
_COUNT_WORDS = count_words(12)
#: Where a sentence ends: a stop before a capital, or a line's end (the krone's "kr. per week" ends none).
_SENTENCE_END_RE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z])|\n")
#: "four weeks", "4 units", "3-hour": a count of a unit the question writes.
_COUNTED_RE = re.compile(r"\b(\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s?-?\s?([A-Za-z]+)", re.IGNORECASE)


def _unit(word: str) -> str:
    """A unit word in one spelling: singular, lower case, its synonyms folded ("Nights" -> "day"); a letter a
    case-blind pattern matched as ASCII ("ſ") read as that letter."""
    word = case_key(word)
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    return _SAME_UNIT.get(word, word)


def _units_after(text: str, pos: int) -> tuple[tuple[str, str], ...]:
    """The chain of (how, unit) phrases right after ``pos``: (("per", "hour"), ("per", "quad"))."""
    out: list[tuple[str, str]] = []
    while (m := _UNIT_RE.match(text, pos)) is not None:
        word = m.group("unit") or m.group("slash")
        if word.lower() in _NOT_UNITS:
            break
        how = "/" if m.group("slash") else " ".join(m.group("how").lower().split())
        out.append((how, _unit(word)))
        pos = m.end()
    return tuple(out)


def _amounts(text: str) -> list[tuple[float, int, int, tuple[tuple[str, str], ...]]]:
    """(value, start, end, unit phrases) of each amount of money ``text`` writes (in thousands read as written)."""
    out = []
    for m in _amount_matches(text):
        if not m.group("mark") and not m.group("code"):
            continue
        values = figure_values(m.group("figure"))
        if len(values) == 1:
            out.append((values[0], m.start(), m.end(), _units_after(text, m.end())))
    return out


def _amount_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_AMOUNT_RE.finditer(text)`` gives, tried only within reach before each figure's first digit.
    The pattern's optional mark made ``finditer`` try every mark at every character of a text, a cost of every
    answer with a digit; an amount starts at most :data:`_MARK_REACH` characters before its figure, so trying
    those few places, left to right, finds the same matches at a fraction of the cost."""
    pos = 0
    for digit in _FIGURE_START_RE.finditer(text):
        figure = digit.start()
        if figure < pos:
            continue
        for start in range(max(pos, figure - _MARK_REACH), figure + 1):
            match = _AMOUNT_RE.match(text, start)
            if match is not None:
                yield match
                pos = match.end()
                break


@text_cache()
def _priced_units(texts: tuple[str, ...]) -> tuple[tuple[float, tuple[str, ...], str], ...]:
    """(value, units, sentence) of each amount the texts write; units empty when written bare."""
    return tuple(priced for text in texts for priced in _text_prices(text))


@text_cache()
def _text_prices(text: str) -> tuple[tuple[float, tuple[str, ...], str], ...]:
    """:func:`_priced_units` of one text, read once per text: a business's articles recur from request to request,
    each time among other sources. A sentence ends before a capital only: the krone's "kr." ends none before its
    unit ("95 kr. per week")."""
    if not has_digit(text):
        return ()
    out: list[tuple[float, tuple[str, ...], str]] = []
    for sentence in _SENTENCE_END_RE.split(text):
        if not has_digit(sentence):  # no figure, no amount: skip the two readings
            continue
        written = dot_thousands(sentence)
        out.extend((value, tuple(u for _, u in units), sentence) for value, _, _, units in _amounts(written))
    return tuple(out)


def _rate_units(value: float, texts: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], str]:
    """The units the texts price ``value`` per, each writing's unit chain, and the sentences that write it;
    empty units when the texts never write it, or write it once bare."""
    held = [(units, sentence) for v, units, sentence in _priced_units(texts) if same_amount(v, value)]
    if not held or any(not units for units, _ in held):
        return frozenset(), (), ""
    return (frozenset(u for units, _ in held for u in units), tuple(units for units, _ in held),
            " ".join(sentence for _, sentence in held).lower())


def _step_counts(sentence: str, start: int, end: int) -> list[tuple[str, str | None]]:
    """(count, the word after it) of the counts beside the "×" of the price ``sentence[start:end]``."""
    counts = []
    for m in (_COUNT_BEFORE_RE.search(sentence[max(0, start - 30):start]),
              _COUNT_AFTER_RE.match(sentence[end:end + 30])):
        if m is not None:
            counts.append((m.group(1), m.group(2)))
    return counts


def _counted_periods(sentence: str, counts: list[tuple[str, str | None]]) -> set[str]:
    """The periods a step counts its price in: the word after a count beside "×", or for a bare count the
    "<n> <period>" the same sentence writes."""
    periods: set[str] = set()
    for count, word in counts:
        if word:
            if _unit(word) in _PERIODS:
                periods.add(_unit(word))
            continue
        for m in re.finditer(r"(?<![\d.,])" + re.escape(count) + r"\s?-?\s?([A-Za-z]+)", sentence):
            if _unit(m.group(1)) in _PERIODS:
                periods.add(_unit(m.group(1)))
    return periods


def _length_misapplied(sentence: str, end: int, counts: list[tuple[str, str | None]], held_in: str) -> bool:
    """Is the step's result given for a length of time its price is not given for ("11 × 4.500 kr. = 49.500 kr.
    for 90 minutes" of "A lane for 60 minutes: 4.500 kr. per person"), no count of the step making it up?"""
    m = _RESULT_LENGTH_RE.match(sentence, end)
    if m is None:
        return False
    claimed = quantities(m.group(1))
    if len(claimed) != 1 or not claimed[0][1]:
        return False
    length, unit = float(claimed[0][0]), claimed[0][1]
    given = [float(n) for n, u in quantities(held_in) if u == unit]
    factors = [float(c) for c, _ in counts] + [1.0]
    return bool(given) and not any(same_amount(f * g, length) for f in factors for g in given)


def _customer_counts(question: str) -> set[str]:
    """The units the question counts two or more of ("four weeks", "4 units", "3-hour")."""
    out = set()
    for m in _COUNTED_RE.finditer(question):
        count = case_key(m.group(1))  # "ſix weeks": the table is keyed on "six"
        if (int(count) if count.isdigit() else _COUNT_WORDS[count]) >= 2:
            out.add(_unit(m.group(2)))
    return out


def _whole_misapplied(sentence: str, start: int, phrases: tuple[tuple[str, str], ...], units: frozenset[str],
                      chains: tuple[tuple[str, ...], ...], question: str) -> bool:
    """Does the answer give a per-unit price for the customer's whole (the module docstring's second shape)?"""
    claimed = [u for _, u in phrases]
    if not claimed or all(u in units for u in claimed):
        return False
    if len(claimed) == 2:
        # "per person for each ride" of "per person for the day": the first unit kept, the second changed
        return all(len(chain) == 2 and chain[0] == claimed[0] for chain in chains) and claimed[1] not in units
    unit = claimed[0]
    said_whole = re.match(r"\s*for\s+(?:the|your)\s+(?:whole|entire)\b", sentence[start:]) is not None
    asked_whole = re.search(r"\b(?:whole|entire)\s+(?:[a-z]+\s+)?" + re.escape(unit) + r"s?\b", question,
                            re.IGNORECASE) is not None
    if said_whole or asked_whole:
        return True
    question_units = {_unit(w) for w in re.findall(r"[A-Za-z]+", question)}
    return unit in question_units and bool(_customer_counts(question) & units)


@text_cache()
def _misapplied_values(answer_text: str, texts: tuple[str, ...], question: str) -> tuple[tuple[float, str], ...]:
    """(price, shape) of each price the answer applies to another unit than the texts price it per; the shape is
    "count" or "whole" (the switches are read by the caller, so a cached answer follows them)."""
    wrong: list[tuple[float, str]] = []
    for sentence in _SENTENCE_END_RE.split(answer_text):
        if not has_digit(sentence):
            continue
        written = dot_thousands(sentence)
        amounts = _amounts(written)
        for value, start, end, phrases in amounts:
            step = _is_factor(written, start, end)
            if not step and not phrases:
                continue
            units, chains, held_in = _rate_units(value, texts)
            if not units:
                continue
            if step:
                counts = _step_counts(written, start, end)
                periods = _counted_periods(written, counts) - units
                if any(not re.search(r"\b" + p, held_in) for p in periods) or \
                        _length_misapplied(written, end, counts, held_in):
                    wrong.append((value, "count"))
            elif phrases and not _multiplied(answer_text, value) and \
                    _whole_misapplied(written, end, phrases, units, chains, question):
                wrong.append((value, "whole"))
    return tuple(wrong)


def _is_factor(written: str, start: int, end: int) -> bool:
    """Is the amount ``written[start:end]`` a step's factor (a "×" right before or after it)?"""
    return (_TIMES_NEAR_RE.search(written[max(0, start - 3):start]) is not None
            or _TIMES_NEAR_RE.search(written[end:end + 3]) is not None)


def _multiplied(answer_text: str, value: float) -> bool:
    """Does the answer take ``value`` as a step's factor anywhere ("5 × €20")?"""
    if "×" not in answer_text and " x " not in answer_text:
        return False
    return any(same_amount(factor, value) for factor in _factors(answer_text))


@text_cache()
def _factors(answer_text: str) -> tuple[float, ...]:
    """The amounts the answer takes as a step's factor, read once per answer (each of its prices asks)."""
    written = dot_thousands(answer_text)
    return tuple(v for v, s, e, _ in _amounts(written) if _is_factor(written, s, e))


def misapplied_rate_units(claim: str, texts: tuple[str, ...], *, answer_text: str = "",
                          question: str = "") -> tuple[str, ...]:
    """The figures of ``claim`` that are prices the answer applies to another unit than the texts price them per
    (see the module docstring). ``answer_text`` is the whole answer (a claim may be cut before the unit phrase),
    ``question`` the customer's message. Cheap: a digit and a unit word before any pattern."""
    if not (READ_RATE_UNIT_COUNTS or READ_RATE_UNIT_WHOLES) or not texts or not has_digit(claim):
        return ()
    answer = answer_text or claim
    if not any(cue in answer for cue in ("×", " x ", " per ", " a ", " an ", " for ", "/")):
        return ()
    shapes = {"count": READ_RATE_UNIT_COUNTS, "whole": READ_RATE_UNIT_WHOLES}
    wrong = tuple(value for value, shape in _misapplied_values(answer, tuple(texts), question) if shapes[shape])
    if not wrong:
        return ()
    return tuple(sorted(n for n in numbers_in(claim) if _is_value(n, wrong)))


def _is_value(number: str, values: tuple[float, ...]) -> bool:
    """Is the normalised ``number`` one of ``values``?"""
    try:
        held = float(number)
    except ValueError:
        return False
    return any(same_amount(held, v) for v in values)

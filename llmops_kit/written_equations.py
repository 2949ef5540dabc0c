"""Equations a claim writes out, checked as written: "$5.49 - $0.10 = $5.39/gal, and 240 × $5.39 = $1,293.60",
"1,100 ÷ 160 = 6.9, so 7 skeins", "(52 weeks ÷ 12 = 4.3)", "2 × CHF 5.– = CHF 10.–"; and a sum of two amounts
said in words that does not come out ("EUR 30,00 for the visit plus EUR 4,00 for the second cat, so EUR 38,00").

The derived-figure search (:class:`~llmops_kit.evidence_derived.DerivedFigures`) looks each figure up as a pair's
result over the answer's grounded figures; an equation the claim writes out is better checked itself. Each step
"a op b [op c ...] = r" stands when every operand is given and the arithmetic comes out within the rounding the
result shows ("6.9" of 6.875): given means a source or the customer holds it, an earlier result of the claim's
own equations, an amount a source or the claim writes in the minor unit of its currency ("$0.10" of "10¢"), or a
calendar factor of two periods the claim names ("52" of weeks in a year). Its result, and the operands it gave
that way, are then figures the claim worked out, not ones it invented. An operand nobody gave leaves the step
unexplained. Amounts are read with their currency mark before or after, the decimal comma ("220,00 €", "EUR
30,00"), a dash for the minor unit ("CHF 5.–"), a dollar written with its country's letters ("S$5", "NZ$245") and any
ISO code the number reader reads as money, in dot thousands
where the code's country writes them so ("2 × ARS 38.000 + 3 × ARS 65.000 = ARS 271.000").

A step that does not come out is a wrong figure the claim states (:func:`wrong_results`): a written equation
("= r"), or two amounts of one currency joined by "plus" and closed by ", so" / "makes" / "comes to" / ":" and a
third ("£38.00 plus 4 single balls (4 × £4.20 = £16.80) makes £56.80", a bracketed step standing for the thing
it prices); amounts priced per something ("£2.60 a mile") or hedged ("roughly") are never read that way, and a
result a source holds is never flagged. Both readings are switched off by ``READ_WRITTEN_EQUATIONS`` in the
claim-decision fit.

Two operand readings of the ``arith47`` round, each off in the fit. A count beyond an allowance is the term the
operator takes, not the allowance beside it: "30 km over the 100 included × 6 = 180 Kč" multiplies 30, and the 30
is given when with the allowance it makes a figure a source or the customer holds (their 130 km)
(``READ_BEYOND_OPERANDS``). A duration the customer gives is restated in the period the claim prices by: "4 hours
driving" is "240 × 9" in a claim that prices "per minute", a calendar factor of the customer's figure
(``READ_PRICED_DURATIONS``). And a count worked out in words in brackets, then spread over
(:func:`worded_results`, ``READ_WORDED_COUNTS``): "₹500 a session: ₹6,000 a month over 12 sessions (3 a week for 4
weeks)" is 3 × 4 = 12, a month counted as four weeks, and 6,000 ÷ 12 = 500.

A count priced "at" an amount "each" is a product written in words (the ``options48`` round,
``READ_PRICED_COUNTS``): "three drop-ins at Rp 150.000 each, which come to Rp 750.000" must come out to three times
the price, and "6,50 € for the first 3 hours plus 2 extra hours at 1,00 € each: 9,50 €" to the first amount plus that
product; a total that does not is a wrong result. A product that is one term of a longer written sum (its total
followed by "+", or the count after "then" / "and") and a hedged total are not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import NamedTuple

from .text.arithmetic import period_factor, period_factors
from .text.case_key import case_key
from .text.numbers import (
    CURRENCY_CODES,
    NUMBER_WORDS,
    any_signs_as_dollar,
    dot_thousands,
    normalise_number,
    parses_as_float,
    unit_spellings,
)
from .textcache import text_cache

__all__ = ["READ_BEYOND_OPERANDS", "READ_CHAIN_SIDES", "READ_CUT_CHAINS", "READ_HOUR_SYMBOLS",
           "READ_OPERAND_LABELS", "READ_PRICED_COUNTS", "READ_PRICED_DURATIONS", "READ_RUN_ON_STEPS",
           "READ_WORDED_COUNTS", "READ_WRITTEN_EQUATIONS", "Equation",
           "equations_in", "explained_results", "worded_results", "wrong_results"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle
#: a figure before the decision.
READ_WRITTEN_EQUATIONS = True
#: A chain whose two sides of one "=" do not agree ("420,00 $ + 2 × 320,00 $ = 420,00 $ + 540,00 $"): the one figure
#: the right side brings that the left does not write is the wrong result (the ``chain44`` round); off in the fit.
READ_CHAIN_SIDES = True
#: Two steps run on with "+" between them ("2 × 25 zł = 50 zł for the night + 2 × 19 zł = 38 zł for the food"): the
#: middle side "50 + 2 × 19" is no sum the last side totals but the first step's result, then the second step's
#: operands. Read so when the first step comes out to that result and the second to the last side, while the chain
#: reading does not (the ``arith46`` round); "... + 2 × 19 zł = 40 zł" stays wrong. Off in the claim-decision fit.
READ_RUN_ON_STEPS = True
#: A count beyond an allowance is the operand, not the allowance: "30 km over the 100 included × 6 = 180 Kč" is
#: 30 × 6, and the 30 is given when 30 + 100 is held (the customer's 130 km); the ``arith47`` round, off in the fit.
READ_BEYOND_OPERANDS = True
#: A duration of the customer's restated in the period the claim prices by: "4 hours" is the 240 of "240 × 9" in a
#: claim priced "per minute" (the ``arith47`` round); off in the claim-decision fit.
READ_PRICED_DURATIONS = True
#: A count worked out in brackets and an amount spread over it: "₹6,000 a month over 12 sessions (3 a week for 4
#: weeks)" is 3 × 4 = 12 (a month as four weeks) and, with "₹500 a session", 6,000 ÷ 12 = 500; the ``arith47`` round,
#: off in the claim-decision fit.
READ_WORDED_COUNTS = True
#: A count priced "at" an amount "each" is the product of the two, written in words rather than as "N × P": "three
#: drop-ins at Rp 150.000 each, which come to Rp 750.000" is 450.000, and "6,50 € for the first 3 hours plus 2 extra
#: hours at 1,00 € each: 9,50 €" is 8,50 €. A total that does not come out is a wrong result (the ``options48``
#: round, :func:`_wrong_priced_counts`); off in the claim-decision fit.
READ_PRICED_COUNTS = True
#: A chain cut from the expression it ends: "$40 base fare + $30 minivan + $20 night = $90" reads, with one word
#: allowed after each figure, only "⟨30⟩ minivan + ⟨20⟩ night = ⟨90⟩", and "2,04 m × 29,00 € = 59,16 €" only
#: "⟨29⟩ = ⟨59.16⟩"; neither can come out. When such a step does not hold and figures with up to four words naming
#: them and a plus or times sign come right before it (:data:`_CUT_HEAD_RE`), the step is read again with one, two,
#: ... of them put back in front, the nearest first; the first reading that comes out is the step. When none does,
#: the step stays as read, wrong. The ``eqcut53`` round; off in the claim-decision fit.
READ_CUT_CHAINS = True

#: The ISO codes the number reader reads as money ("ARS 38.000", "ISK 14,900"), and the krona's and franc's marks.
_CODES = "|".join((*(code.upper() for code in CURRENCY_CODES), "kr", "Fr"))
#: An amount or a bare figure: a currency mark before it, the figure (thousands by comma or dot, decimals by
#: dot or comma), then a mark or a dash for the minor unit after it.
_AMOUNT_RE = re.compile(
    r"(?<![\w.,])((?:[A-Z]{1,3}\$|[$€£¥₺]|\b(?:" + _CODES + r")\b)\s?)?"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d{1,2}|\d+(?:[.,]\d+)?)"
    r"((?:\s?(?:[€$£₺]|\b(?:" + _CODES + r")\b))?(?:[.,][-–—])?)(?![\d])")
_OPS = {"+": "+", "-": "-", "−": "-", "–": "-", "×": "*", "x": "*", "*": "*", "÷": "/", "/": "/"}
#: Written steps on placeholders: expressions of operands (each with up to one unit word: "52 weeks", or the hour's
#: symbol, "× 4 h", read with ``READ_HOUR_SYMBOLS``) and operators, joined by "=" ("2 x 7.50 + 3 x 5.50 = 15.00 +
#: 16.50 = 31.50").
_TERM = r"⟨\d+⟩(?:\s?[a-z]{2,12}\b)?"
_HOUR_TERM = r"⟨\d+⟩(?:\s?(?:[a-z]{2,12}|h)\b)?"
READ_HOUR_SYMBOLS = True
_EXPRESSION = _TERM + r"(?:\s*[-+−–×x*÷/]\s*" + _TERM + r")*"
_CHAIN_RE = re.compile(_EXPRESSION + r"(?:\s*=\s*" + _EXPRESSION + r")+")
_HOUR_EXPRESSION = _HOUR_TERM + r"(?:\s*[-+−–×x*÷/]\s*" + _HOUR_TERM + r")*"
_HOUR_CHAIN_RE = re.compile(_HOUR_EXPRESSION + r"(?:\s*=\s*" + _HOUR_EXPRESSION + r")+")
#: Digits grouped by thousands with a space beside a currency mark or a dash: "kr 4 500,-", "4 500 kr".
_SPACED_RE = re.compile(r"((?:[$€£¥]|\b(?:" + _CODES + r")\b)\s?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?!\d)"
                        r"|(?<![\d.,])()(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?=\s?(?:[€$£]|\b(?:" + _CODES
                        + r")\b|[.,][-–—]))")
#: What an operand is for, between it and the next operator or "=": "$25.000 for your 8-year-old + $15.000 for the
#: portrait (the price until 30-04-2027) = $130.000 CLP" sums 25.000 and 15.000; a "for" phrase of up to two words (the
#: first may be an age glued to its noun by a hyphen, never a figure alone: "$45 for 2" is a rate) and a bracketed
#: aside with no operator sign or amount; off in the claim-decision fit through ``READ_OPERAND_LABELS``.
_FOR_LABEL_RE = re.compile(
    r"(?<=⟩)(?:\s+for\s+(?:(?:the|your|each|a|an|one|his|her|their|our)\s+)?(?:⟨\d+⟩-)?[a-z]{2,}(?:-[a-z]{2,})*"
    r"(?:\s+[a-z]{2,}(?:-[a-z]{2,})*)?(?:\s*\((?:[^()=+×*÷⟨⟩$€£¥]|⟨\d+⟩(?![.,]))*\))?"
    r"|\s*\((?:[a-z]|[^()=+×*÷⟨⟩$€£¥\d])(?:[^()=+×*÷⟨⟩$€£¥]|⟨\d+⟩)*\))(?=\s*(?:[-+−–×x*÷/]\s|=))", re.IGNORECASE)
READ_OPERAND_LABELS = True
#: The allowance after a count beyond it, up to the operator: " over the ⟨7⟩ included" of "⟨6⟩ km over the ⟨7⟩
#: included × ⟨8⟩" (the unit word of the count stays: the term is "⟨6⟩ km").
_BEYOND_LABEL_RE = re.compile(r"(?<=⟩)(\s?[a-z]{2,12}\b)?\s+(?:over|beyond|above|past)\s+the\s+(?:first\s+)?⟨\d+⟩"
                              r"(?:\s?[a-z]{2,12})?\s+(?:included|free|allowed|covered)(?=\s*[-+−–×x*÷/]\s)",
                              re.IGNORECASE)
#: The same in the claim's own figures: the count, then the allowance ("30 km over the 100 included").
_BEYOND_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)(?:\s?[a-z]{2,12}\b)?\s+(?:over|beyond|above|past)\s+the\s+"
                        r"(?:first\s+)?(\d+(?:\.\d+)?)(?:\s?[a-z]{2,12})?\s+(?:included|free|allowed|covered)\b",
                        re.IGNORECASE)
#: The unit words of the customer's durations (as :func:`~llmops_kit.text.quantities` gives them) and the
#: claim's, by their calendar period.
_PERIOD_UNITS = {**unit_spellings("time", ("minute", "hour", "day", "week"), plural=False), "h": "hour"}
#: The period a claim prices by: "per minute", "a minute", "/min", "each hour" (not a bare "h").
_PRICED_PERIOD_RE = re.compile(r"(?:\b(?:per|a|an|each|every)\s+|/\s?)("
                               + "|".join(word for word in _PERIOD_UNITS if word != "h") + r")s?\b", re.IGNORECASE)
#: A count with its product in brackets: "⟨2⟩ sessions (⟨3⟩ a week for ⟨4⟩ weeks)".
_COUNTED_RE = re.compile(r"⟨(\d+)⟩\s+([a-z]{3,})\s*\(⟨(\d+)⟩\s+(?:a|per)\s+([a-z]{3,})\s+for\s+⟨(\d+)⟩\s+([a-z]{3,})\)",
                         re.IGNORECASE)
#: An amount spread over a count of things: "⟨1⟩ a month over ⟨2⟩ sessions".
_SPREAD_RE = re.compile(r"⟨(\d+)⟩(?:\s+(?:a|per)\s+[a-z]+)?\s+over\s+⟨(\d+)⟩\s+([a-z]{3,})", re.IGNORECASE)
#: An amount for one of them: "⟨0⟩ a session", "⟨0⟩ per session".
_PER_ONE_RE = re.compile(r"⟨(\d+)⟩\s+(?:a|an|per|each)\s+([a-z]{3,})", re.IGNORECASE)
#: The weeks a month is counted as in a worked count ("3 a week for 4 weeks" of a monthly price).
_MONTH_WEEKS = 4.0
_OPERATOR_RE = re.compile(r"\s([-+−–×x*÷/])\s|(?<=⟩)([-+−–×x*÷/])(?=⟨)")
_INDEX_RE = re.compile(r"⟨(\d+)⟩")
#: An operator just before a chain, after a stop: the chain goes on from an earlier result ("...; × 6 lifts").
_CARRIED_RE = re.compile(r"[;,:]\s*([×x*÷/+])\s*$")
#: A figure, up to four words naming it (and a bracketed aside), and a plus or times sign, right before a chain
#: ("⟨0⟩ base fare + ", "⟨4⟩ m × "). Dashes and slashes are left out: they also set off asides and alternatives.
_CUT_HEAD_RE = re.compile(r"⟨(\d+)⟩(?:\s*[^\W\d][\w'-]*){0,4}(?:\s*\([^()=]*\))?(?:\s*([+×*÷])|\s(x))\s*$")
#: Most figures put back in front of a cut chain.
_MOST_HEADS = 4
#: "4 single balls (4 × £4.20 = £16.80)": a bracketed step that prices the count named just before it.
_PRICED_COUNT_RE = re.compile(r"⟨(\d+)⟩([^⟨⟩()]{1,30})\(⟨(\d+)⟩\s*[×x*]\s*⟨(\d+)⟩\s*=\s*⟨(\d+)⟩\)")
#: Two amounts joined by "plus", closed by a result word and a third amount; no figure in between.
_PLUS_RE = re.compile(r"⟨(\d+)⟩([^⟨⟩().;!?]{0,40}?)\bplus\b([^⟨⟩().;!?]{0,40}?)⟨(\d+)⟩([^⟨⟩().;!?]{0,40}?)"
                      r"(?:,\s*so|\bmakes|\bcomes to|\bbrings it to|:|=)\s*(?:it's\s+|that's\s+)?⟨(\d+)⟩")
#: Words that make an amount a rate or a share of something, not a term of a sum: "£2.60 a mile", "per hour".
_RATE_RE = re.compile(r"\b(?:a|an|at|per|each|every|off)\b|/|%", re.IGNORECASE)
#: An amount alone in brackets: "One bag of 10 (£38.00) plus ...".
_BRACKETED_RE = re.compile(r"\((⟨\d+⟩)\)")
_HEDGE_RE = re.compile(r"\b(?:about|around|roughly|approximately|approx|nearly|almost|some|just (?:under|over))\b"
                       r"|[≈~]", re.IGNORECASE)
#: An amount in a currency's minor unit: "10¢", "90p", "50c", "25 cents".
_MINOR_RE = re.compile(r"(?<![\w.])(\d+)\s?(?:¢|p\b|c\b|cents?\b|pence\b)", re.IGNORECASE)
_TOLERANCE = 0.005
#: The counts a priced count spells in words ("three drop-ins at ..."); "one" is left out (a price, not a product).
_COUNT_WORDS = {word: NUMBER_WORDS[word] for word in
                ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")}
_COUNT_WORD_RE = re.compile(r"\b(" + "|".join(_COUNT_WORDS) + r")\b(?=(?:\s+[a-z-]+){1,3}\s+at\s)", re.IGNORECASE)
#: "⟨n⟩ extra hours at ⟨p⟩ each": a count, up to three words naming what is counted, and its price for one.
_PRICED_TERM = (r"⟨(\d+)⟩\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s+at\s+⟨(\d+)⟩\s+"
                r"(?:each|apiece|a head|per head|per person|a person)")
_PRICED_FOR_ONE_RE = re.compile(r"\b(?:each|apiece|a head|per head|per person|a person)\b", re.IGNORECASE)
#: What closes a priced count with its product: ", which come to", " is", ":", "=", a bare comma.
_PRICED_ALONE_RE = re.compile(_PRICED_TERM + r"(?:,?\s*(?:which|that)\s+(?:comes?|adds? up|works? out)\s+to|"
                              r"\s+(?:comes?\s+to|makes?|is|are)|\s*[:=]|,)\s*(?:that's\s+)?⟨(\d+)⟩")
#: "⟨a⟩ for the first ⟨k⟩ hours plus ⟨n⟩ extra hours at ⟨p⟩ each: ⟨t⟩": an amount and a priced count summed.
_PRICED_SUM_RE = re.compile(r"⟨(\d+)⟩((?:[^⟨⟩().;!?]|⟨\d+⟩){0,45}?)\bplus\s+" + _PRICED_TERM
                            + r"(?:\s*[:=]|,\s*so|\s+(?:makes|comes to|in all|in total))\s*(?:that's\s+)?⟨(\d+)⟩")
#: Words just before a priced count that make it a term of a longer sum, whose total a bare product is not.
_SUMMED_BEFORE_RE = re.compile(r"(?:\bplus|\bthen|\band|\+)\s*$", re.IGNORECASE)
#: What after a total makes it an operand or a rate, not the product: "S$350.00 + ...", "€75 each".
_OPERAND_AFTER_RE = re.compile(r"^\s*(?:[-+−–×x*÷/=]|each\b|per\b|apiece\b)", re.IGNORECASE)


class Equation(NamedTuple):
    """One written step: its operands (as written, normalised), operators, result (normalised), whether the
    arithmetic comes out within the result's rounding."""

    operands: tuple[str, ...]
    operators: tuple[str, ...]
    result: str
    holds: bool


def _value(figure: str) -> float:
    """A figure as a number: "1,293.60", "1.234,50", "220,00", "6.9" (the number reader's one spelling)."""
    return float(normalise_number(figure))


def _decimals(figure: str) -> int:
    """How many decimal places a figure shows ("6.9": 1, "30,00": 2, "1,100": 0)."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", figure):
        return 0
    match = re.search(r"[.,](\d{1,2})$|\.(\d+)$", figure)
    return len(match.group(1) or match.group(2)) if match else 0


def _placeholders(claim: str) -> tuple[str, list[tuple[str, float, bool, int]]]:
    """The claim with each figure replaced by "⟨i⟩", and each figure's (normalised, value, money, decimals)."""
    figures: list[tuple[str, float, bool, int]] = []

    def put(match: re.Match[str]) -> str:
        figure = match.group(2)
        value = _value(figure)
        money = bool(match.group(1) or (match.group(3) or "").strip())
        figures.append((normalise_number(f"{value:.10f}"), value, money, _decimals(figure)))
        return f"⟨{len(figures) - 1}⟩"
    # an ISO amount in dot thousands is read in thousands: "ARS 38.000" is "ARS 38,000"
    # and any currency sign the marks do not list is read as "$" ("48 000 ֏", "GH₵350")
    joined = _SPACED_RE.sub(lambda m: (m.group(1) or "") + "".join((m.group(2) or m.group(4)).split()),
                            any_signs_as_dollar(dot_thousands(claim)))
    return _AMOUNT_RE.sub(put, joined), figures


def _apply(values: list[float], operators: list[str]) -> float | None:
    """The value of a chain of operations, products and ratios first."""
    terms, ops = [values[0]], []
    for op, value in zip(operators, values[1:], strict=True):
        if op in "*/":
            if op == "/" and not value:
                return None
            terms[-1] = terms[-1] * value if op == "*" else terms[-1] / value
        else:
            terms.append(value)
            ops.append(op)
    total = terms[0]
    for op, value in zip(ops, terms[1:], strict=True):
        total = total + value if op == "+" else total - value
    return total


def _comes_out(computed: float, shown: float, decimals: int, loose: bool) -> bool:
    """Is the shown result the computed one, to the places it shows (a whole result to the unit only when the
    step divides or the claim hedges)?"""
    slack = 0.5 * 10 ** -decimals + 1e-9 if decimals else (0.5 + 1e-9 if loose else _TOLERANCE)
    return abs(computed - shown) <= slack


@text_cache()
def equations_in(claim: str) -> tuple[Equation, ...]:
    """Every step "a op b [op c ...] = r" the claim writes with operator signs, in order."""
    if "=" not in claim or not any(c.isdigit() for c in claim):
        return ()
    text, figures = _placeholders(claim)
    if READ_OPERAND_LABELS and ("for " in text or "(" in text):
        text = _FOR_LABEL_RE.sub("", text)
    if READ_BEYOND_OPERANDS and " the " in text:
        text = _BEYOND_LABEL_RE.sub(lambda m: m.group(1) or "", text)
    hedged = _HEDGE_RE.search(claim) is not None
    found = []
    chains = _HOUR_CHAIN_RE if READ_HOUR_SYMBOLS and " h" in text else _CHAIN_RE
    last: int | None = None  # the figure the previous chain came to
    for match in chains.finditer(text):
        sides = match.group(0).split("=")
        if len(sides) < 2:
            continue
        # a chain opening with an operator goes on from the previous chain's result ("= S$140.00 per lift per month;
        # × 6 lifts × 12 months = S$10,080.00"): that result is its first operand, and with none it is not read
        carried = _CARRIED_RE.search(text, 0, match.start())
        if carried is not None and last is None:
            last = int(_INDEX_RE.findall(sides[-1])[-1])
            continue
        read = []
        for side in sides:
            indices = [int(i) for i in _INDEX_RE.findall(side)]
            operators = [_OPS[a or b] for a, b in _OPERATOR_RE.findall(side)]
            if carried is not None and not read:
                indices, operators = [last, *indices], [_OPS[carried.group(1)], *operators]
            if len(operators) != len(indices) - 1:
                break
            read.append((indices, operators))
        last = int(_INDEX_RE.findall(sides[-1])[-1])
        if len(read) < len(sides):
            continue
        if READ_CUT_CHAINS and carried is None:
            read[0] = _uncut(text[:match.start()], read[0], read[1], figures, hedged)
        if READ_RUN_ON_STEPS and len(read) > 2:
            read, steps = _run_on(read, figures)
            found.extend(steps)
        for (left, ops), (right, right_ops) in pairwise(read):
            computed = _apply([figures[i][1] for i in left], ops)
            if right_ops:  # "= 15.00 + 16.50 = ...": the two sides must agree, no one result to give
                other = _apply([figures[i][1] for i in right], right_ops)
                places = max(figures[i][3] for i in (*left, *right))
                holds = computed is not None and other is not None and _comes_out(computed, other, places, True)
                # sides that disagree ("420 + 2 × 320 = 420 + 540"): the wrong figure is the one the right side
                # brings that the left does not write ("540"), read as the step's result (``READ_CHAIN_SIDES``)
                brought = [figures[i][0] for i in right if figures[i][1] not in {figures[j][1] for j in left}]
                chained = READ_CHAIN_SIDES and not holds and computed is not None and len(brought) == 1
                wrong = brought[0] if chained else ""
                found.append(Equation(tuple(figures[i][0] for i in left), tuple(ops), wrong, holds))
                continue
            holds = _step_holds(left, ops, figures[right[0]], figures, hedged)
            found.append(Equation(tuple(figures[i][0] for i in left), tuple(ops), figures[right[0]][0], holds))
    return tuple(found)


_Side = tuple[list[int], list[str]]


def _cut_heads(before: str) -> list[tuple[int, str]]:
    """The figures right before a chain that an operator joins to it (:data:`_CUT_HEAD_RE`), nearest first, each
    with the operator after it."""
    heads: list[tuple[int, str]] = []
    while len(heads) < _MOST_HEADS and (head := _CUT_HEAD_RE.search(before)) is not None:
        heads.append((int(head.group(1)), _OPS[head.group(2) or head.group(3)]))
        before = before[:head.start()]
    return heads


def _uncut(before: str, first: _Side, second: _Side, figures: list[tuple[str, float, bool, int]],
           hedged: bool) -> _Side:
    """The first side of a chain with the figures cut from its front put back (:data:`READ_CUT_CHAINS`): the
    fewest that make the step come out, or the side as read when none does or it comes out already."""
    (left, ops), (right, right_ops) = first, second
    if right_ops or "⟩" not in before[-60:]:
        return first
    result = figures[right[0]]
    if _step_holds(left, ops, result, figures, hedged):
        return first
    indices, operators = list(left), list(ops)
    for index, operator in _cut_heads(before):
        indices, operators = [index, *indices], [operator, *operators]
        if _step_holds(indices, operators, result, figures, hedged):
            return indices, operators
    return first


def _step_holds(indices: list[int], operators: list[str], result: tuple[str, float, bool, int],
                figures: list[tuple[str, float, bool, int]], hedged: bool) -> bool:
    """Do the figures at ``indices`` joined by ``operators`` come out to ``result``, to the places it shows (to the
    unit when the step divides or the claim hedges)?"""
    computed = _apply([figures[i][1] for i in indices], operators)
    return computed is not None and _comes_out(computed, result[1], result[3], "/" in operators or hedged)


def _run_on(read: list[_Side], figures: list[tuple[str, float, bool, int]]) -> tuple[list[_Side], list[Equation]]:
    """The sides of a chain with each run-on step split off (:data:`READ_RUN_ON_STEPS`): a middle side "r + b × c"
    whose first figure r is the side before it worked out, and whose rest "b × c" (not the whole side) comes out
    to the next side (to its first figure, when that side runs on too). Returns the sides left to read as a chain
    (the first step's side dropped, the middle side cut to its rest) and the run-on steps read, each of which
    holds."""
    steps: list[Equation] = []
    k = 0
    while k + 2 < len(read):
        (left, ops), (middle, middle_ops), (right, right_ops) = read[k], read[k + 1], read[k + 2]
        # the last side is a figure, or the first figure of a further run-on side ("= 38 + 1 × 7 = 7")
        if (right_ops and right_ops[0] != "+") or not middle_ops or middle_ops[0] != "+":
            k += 1
            continue
        first = _apply([figures[i][1] for i in left], ops)
        result, total = figures[middle[0]], figures[right[0]]
        whole = _apply([figures[i][1] for i in middle], middle_ops)
        rest = _apply([figures[i][1] for i in middle[1:]], middle_ops[1:])
        runs_on = (first is not None and rest is not None and _comes_out(first, result[1], result[3], "/" in ops)
                   and _comes_out(rest, total[1], total[3], "/" in middle_ops)
                   and (whole is None or not _comes_out(whole, total[1], total[3], "/" in middle_ops)))
        if not runs_on:
            k += 1
            continue
        steps.append(Equation(tuple(figures[i][0] for i in left), tuple(ops), result[0], True))
        read = [*read[:k], (middle[1:], middle_ops[1:]), *read[k + 2:]]
    return read, steps


def _minor_given(value: str, claim: str, held: Callable[[str], bool]) -> bool:
    """Is an amount below one unit a figure the claim or a source writes in the minor unit ("$0.10" of "10¢")?"""
    try:
        cents = round(float(value) * 100)
    except ValueError:
        return False
    if not 0 < float(value) < 1 or abs(float(value) * 100 - cents) > 1e-6:
        return False
    return held(str(cents)) and any(int(m.group(1)) == cents for m in _MINOR_RE.finditer(claim))


def _beyond_counts(claim: str, held: Callable[[str], bool]) -> frozenset[float]:
    """The counts the claim writes beyond an allowance ("30 km over the 100 included") that with the allowance make
    a held figure (:data:`READ_BEYOND_OPERANDS`): the customer's 130 km less the 100 included is a count given."""
    if not READ_BEYOND_OPERANDS or " the " not in claim:
        return frozenset()
    out = set()
    for match in _BEYOND_RE.finditer(claim):
        count, allowance = float(match.group(1)), float(match.group(2))
        if held(normalise_number(f"{count + allowance:.10f}")):
            out.add(count)
    return frozenset(out)


def _priced_durations(claim: str, customer: Iterable[tuple[str, str]]) -> frozenset[float]:
    """The customer's durations restated in a shorter period the claim prices by (:data:`READ_PRICED_DURATIONS`):
    "4 hours" is 240 in a claim that prices "per minute"; a figure the customer gave, in the claim's unit."""
    if not READ_PRICED_DURATIONS or not customer:
        return frozenset()
    priced = {_PERIOD_UNITS[case_key(m.group(1))] for m in _PRICED_PERIOD_RE.finditer(claim)}
    if not priced:
        return frozenset()
    out = set()
    for value, unit in customer:
        period = _PERIOD_UNITS.get(unit)
        factors = [period_factor(short, period) for short in priced] if period else []
        out.update(float(value) * f for f in factors if f and parses_as_float(value))
    return frozenset(out)


def explained_results(left: set[str], claim: str, held: Callable[[str], bool],
                      customer: Iterable[tuple[str, str]] = ()) -> frozenset[str]:
    """The figures of ``left`` the claim works out in equations that come out on given operands: each step's
    result, and the operands given by the minor unit, a calendar factor, a count beyond an allowance or the
    customer's duration in the period the claim prices by. ``held``: does a source or the customer hold this
    (normalised) number; ``customer``: the customer's figures with their units ("4", "hour")."""
    if not READ_WRITTEN_EQUATIONS or "=" not in claim:
        return frozenset()
    steps = equations_in(claim)
    if not steps:
        return frozenset()
    # operands the claim's words give without a source holding them: a calendar factor of two periods it names,
    # a count beyond an allowance, the customer's duration in the claim's period
    worded = period_factors(claim) | _beyond_counts(claim, held) | _priced_durations(claim, customer)
    known: set[str] = set()
    out: set[str] = set()
    waiting = list(steps)
    while waiting:
        done = []
        for step in waiting:
            if not step.holds or not step.result or not step.operators:
                continue
            given, via = True, set()
            for operand in step.operands:
                if operand in known or held(operand):
                    continue
                if _minor_given(operand, claim, held) or float(operand) in worded:
                    via.add(operand)
                    continue
                given = False
                break
            if given:
                done.append(step)
                known.add(step.result)
                out |= via | {step.result}
        if not done:
            break
        waiting = [step for step in waiting if step not in done]
    return frozenset(n for n in left if n in out)


def wrong_results(claim: str, held: Callable[[str], bool]) -> tuple[str, ...]:
    """The results of the steps the claim writes out that do not come out and that no source holds: a written
    equation, or a sum of two amounts joined by "plus" and closed by a third."""
    priced = READ_PRICED_COUNTS and " at " in claim and _PRICED_FOR_ONE_RE.search(claim) is not None
    if not READ_WRITTEN_EQUATIONS or ("=" not in claim and "plus" not in claim and not priced):
        return ()
    wrong = [step.result for step in equations_in(claim) if not step.holds and step.result and step.operators]
    if "plus" in claim and _HEDGE_RE.search(claim) is None:
        wrong.extend(_wrong_plus(claim))
    if priced:
        wrong.extend(_wrong_priced_counts(claim))
    return tuple(dict.fromkeys(n for n in wrong if not held(n)))


def _wrong_plus(claim: str) -> list[str]:
    """The third amount of "A plus B, so C" where C is not A + B (amounts of money, none priced per something)."""
    text, figures = _placeholders(claim)
    # a bracketed step pricing the count named before it stands for that count's price
    priced: dict[int, int] = {}

    def fold(match: re.Match[str]) -> str:
        count, counted, product = int(match.group(1)), int(match.group(3)), int(match.group(5))
        if figures[count][1] != figures[counted][1]:
            return match.group(0)
        priced[product] = count
        return f"⟨{product}⟩"
    text = _BRACKETED_RE.sub(r"\1", _PRICED_COUNT_RE.sub(fold, text))
    out = []
    for match in _PLUS_RE.finditer(text):
        a, b, c = (int(match.group(i)) for i in (1, 4, 6))
        # the first amount a price "at" or "each" (a count's unit price), or a bracket's part, is no term of a sum
        before = text[max(0, match.start() - 20):match.start()]
        if _RATE_RE.search(before.split(",")[-1]):
            continue
        between = match.group(3) if b in priced else match.group(3) + " " + match.group(5)
        if not all(figures[i][2] for i in (a, b, c)) or _RATE_RE.search(match.group(5) + " " + between):
            continue
        if _RATE_RE.search(match.group(2)):
            continue
        total = figures[a][1] + figures[b][1]
        if not _comes_out(total, figures[c][1], figures[c][3], False):
            out.append(figures[c][0])
    return out


def _wrong_priced_counts(claim: str) -> list[str]:
    """The total of "N <things> at P each, which come to T" that is not N × P, and of "A plus N <things> at P each:
    T" that is not A + N × P (every amount money, the count a bare figure or a word, nothing hedged)."""
    if _HEDGE_RE.search(claim):
        return []
    text, figures = _placeholders(_COUNT_WORD_RE.sub(lambda m: _COUNT_WORDS[case_key(m.group(1))], claim))
    out: list[str] = []
    for match in _PRICED_SUM_RE.finditer(text):
        first, count, price, total = (int(match.group(i)) for i in (1, 3, 5, 6))
        between = _INDEX_RE.sub("", match.group(2))
        before = text[max(0, match.start() - 20):match.start()]
        if (not (figures[first][2] and figures[price][2] and figures[total][2]) or figures[count][2]
                or _RATE_RE.search(between) or _RATE_RE.search(before.split(",")[-1])
                or _OPERAND_AFTER_RE.match(text[match.end():])):
            continue
        computed = figures[first][1] + figures[count][1] * figures[price][1]
        if not _comes_out(computed, figures[total][1], figures[total][3], False):
            out.append(figures[total][0])
    for match in _PRICED_ALONE_RE.finditer(text):
        count, price, total = (int(match.group(i)) for i in (1, 3, 4))
        if (figures[count][2] or not (figures[price][2] and figures[total][2])
                or _SUMMED_BEFORE_RE.search(text[:match.start()])
                or _OPERAND_AFTER_RE.match(text[match.end():])):
            continue
        if not _comes_out(figures[count][1] * figures[price][1], figures[total][1], figures[total][3], False):
            out.append(figures[total][0])
    return out


def _singular(noun: str) -> str:
    """A count's noun without its plural ending: "sessions" -> "session", "classes" -> "class"."""
    noun = noun.lower()
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _worded_steps(claim: str) -> list[tuple[Equation, bool]]:
    """The steps the claim works in words (:data:`READ_WORDED_COUNTS`), each with whether its second operand is a
    month's weeks: a bracketed count "N <things> (a a <period> for b <period>s)" is a × b = N, and an amount spread
    "X [a month] over N <things>" beside "R a <thing>" is X ÷ N = R, read only when N is such a bracketed count."""
    text, figures = _placeholders(claim)
    hedged = _HEDGE_RE.search(claim) is not None
    steps: list[tuple[Equation, bool]] = []
    counted: set[int] = set()
    for m in _COUNTED_RE.finditer(text):
        count, each, weeks = int(m.group(1)), int(m.group(3)), int(m.group(5))
        if _singular(m.group(4)) != _singular(m.group(6)):
            continue
        product = figures[each][1] * figures[weeks][1]
        holds = _comes_out(product, figures[count][1], figures[count][3], False)
        month = _singular(m.group(6)) == "week" and re.search(r"\bmonth", claim, re.IGNORECASE) is not None
        steps.append((Equation((figures[each][0], figures[weeks][0]), ("*",), figures[count][0], holds), month))
        counted.add(count)
    for m in _SPREAD_RE.finditer(text):
        whole, count, noun = int(m.group(1)), int(m.group(2)), _singular(m.group(3))
        if count not in counted or not figures[count][1]:
            continue
        for one in _PER_ONE_RE.finditer(text):
            if _singular(one.group(2)) != noun or int(one.group(1)) in (whole, count):
                continue
            share = figures[int(one.group(1))]
            holds = _comes_out(figures[whole][1] / figures[count][1], share[1], share[3], hedged)
            steps.append((Equation((figures[whole][0], figures[count][0]), ("/",), share[0], holds), False))
    return steps


def worded_results(left: set[str], claim: str, held: Callable[[str], bool]) -> frozenset[str]:
    """The figures of ``left`` the claim works out in words on given operands (:data:`READ_WORDED_COUNTS`): a
    count it multiplies out in brackets, the month's four weeks that count takes, and an amount spread over that
    count. ``held``: does a source or the customer hold this (normalised) number."""
    if not READ_WORDED_COUNTS or " over " not in claim or "(" not in claim:
        return frozenset()
    known: set[str] = set()
    out: set[str] = set()
    for step, month in _worded_steps(claim):  # in order: the bracketed counts come first
        weeks = step.operands[-1]
        given = all(o in known or held(o) for o in step.operands[:-1]) and (
            weeks in known or held(weeks) or (month and float(weeks) == _MONTH_WEEKS))
        if step.holds and given:
            known.add(step.result)
            out |= {step.result, *(o for o in step.operands if not held(o))}
    return frozenset(n for n in left if n in out)

"""A per-unit price applied to the wrong number of its units: the price names its unit ("per group", "per square
metre", a record's "months charged"), and the claim multiplies it by a count that is not the count of that unit.

Every figure of such a claim is held (the price, the count, often the product by the derived-figure search), so
no groundedness step objects; only the count the price is taken for is wrong. Five closed arms, each bound to the
unit the price names, never to the question's numbers alone (a "12 × <monthly price>" for a year, miles past an
allowance, a count in words are left to the other readings):

- **a price per group or per booking taken per head**: "3 × ฿200 = ฿600 pick-up" where the texts hold ฿200 only
  as "฿200 per group" (a record's "pickup thb per group: 200"): one group pays it once, so a written "k ×" with
  k >= 2 is contradicted, unless the claim counts groups or bookings ("2 groups × ฿200");
- **a per-unit price times another count than a record's count charged**: "12 × EUR 24.90" where a record holds
  "yearly months charged: 10" and the price is the record's per-month figure ("plan month eur: 24.9") or a text's
  "EUR 24.90/month": the count of months charged is the record's, so any other k is contradicted;
- **a price per one unit per another taken for one count only**: "rackets 2 x MX$80 = MX$160" of "MX$80 per
  racket per slot" when the answer itself counts two or more slots ("2 slots x MX$720"); a step with both counts
  ("2 x MX$80 x 2 slots") or an answer with one slot is left alone;
- **a price per a batch of N units taken for the wrong number of batches**: "extra balls 6 × ₹350" of "₹350 per
  100" when the question asks for 6 players wanting 200 each: k × N (600) must be a quantity the question or the
  answer writes, or a product of two of the question's (6 × 200), when the question writes any quantity of N or
  more; chained counts multiply ("6 × 2 × ₹350" is 12 batches);
- **a price per unit restated per item the texts size in that unit**: "A1 posters are £22 each" where a text
  holds "£22 per square metre (an A1 poster is 0.5 square metres)": the item is k units, so with k != 1 its price
  "each" (or "a poster", "per poster") is not the per-unit price. A claim that keeps the unit ("£22 per square
  metre, so £11 for an A1") is left alone.

Read in :meth:`~llmops_kit.evidence.Evidence.missing_facts` beside :mod:`~llmops_kit.written_comparisons`; the
price taken for the wrong count is returned as an unheld number. Switched off by :data:`READ_UNIT_PRICES` in the
claim-decision fit.
"""

from __future__ import annotations

import re

from .text import numbers_in, sole_number
from .text.case_key import case_key
from .text.money_amounts import PER_UNIT, same_amount
from .text.numbers import count_words
from .textcache import text_cache

__all__ = ["READ_UNIT_PRICES", "misapplied_unit_prices"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle
#: a figure before the decision.
READ_UNIT_PRICES = True

_SIGNS = r"(?:R\$|MX\$|[A-Z]{1,3}\$?|[$€£₹¥₩฿])"
#: "3 × ฿200", "12 × EUR 24.90", "2 x £15": a written count times an amount of money.
_TIMES_RE = re.compile(r"(?<![\d.,])(\d{1,3})\s?[×x]\s?" + _SIGNS + r"\s?(\d[\d,.]*\d|\d)(?:\s?(?:[A-Z]{3})\b)?")
#: An amount of money anywhere, for the sizes arm ("£22").
_AMOUNT_RE = re.compile(_SIGNS + r"\s?(\d[\d,.]*\d|\d)")
#: A price per group or booking in prose ("฿200 per group", "£30 a booking") or in a record's field name
#: ("pickup outside thb per group: 200").
_GROUP_PROSE_RE = re.compile(r"(\d[\d,.]*\d|\d)\s?(?:[A-Z]{3}\s)?(?:" + PER_UNIT + r"|each\s+)(?:group|booking)\b",
                             re.IGNORECASE)
_GROUP_FIELD_RE = re.compile(r"\bper (?:group|booking)\b[^:\n]*:\s*(\d[\d,.]*)", re.IGNORECASE)
#: A record's count of units charged: "yearly months charged: 10", "nights billed: 3".
_CHARGED_RE = re.compile(r"\b([a-z]+?)s (?:charged|billed):\s*(\d{1,3})\b")
#: A text's size of an item in the unit a price names: "(an A1 poster is 0.5 square metres)".
_SIZE_RE = re.compile(r"\b(?:an?|one|each)\s+((?:[A-Z0-9][\w-]*\s+)?[a-z]+?)s?\s+(?:is|measures|covers)\s+"
                      r"(?:about\s+)?(\d+(?:\.\d+)?)\s+((?:square |cubic )?[a-z]+)", re.IGNORECASE)
#: A price per one unit per another: "MX$80 per racket per slot".
_DOUBLE_RE = re.compile(r"(\d[\d,.]*\d|\d)\s?(?:[A-Z]{3}\s)?per\s+([a-z]+)\s+per\s+([a-z]+)", re.IGNORECASE)
#: A price per a batch of units: "Extra paintballs ₹350 per 100".
_BATCH_RE = re.compile(r"(\d[\d,.]*\d|\d)\s?(?:[A-Z]{3}\s)?per\s+(\d{2,5})(?![\d,]|\.\d)(?!\s?(?:%|per\b))")
#: A count written before a step's count: the "6 × " of "6 × 2 × ₹350".
_CHAINED_RE = re.compile(r"(\d{1,3})\s?[×x]\s?$")
#: The counts of a unit written in words that :func:`_counted` reads ("two slots", "both slots").
_COUNT_WORDS = {**count_words(6), "both": 2}
#: A text's lines and sentences: the span a per-group price or an item's size is read in.
_LINE_SPLIT_RE = re.compile(r"(?<=[.;!?])\s+|\n")


def _stem(word: str) -> str:
    """A unit word without its plural ending: "metres" -> "metre"."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@text_cache()
def _group_prices(texts: tuple[str, ...]) -> tuple[frozenset[float], frozenset[float]]:
    """The amounts the texts price per group or booking, and the amounts they hold in any other clause."""
    group: set[float] = set()
    other: set[float] = set()
    for text in texts:
        for line in _LINE_SPLIT_RE.split(text):
            lowered = line.lower()
            if "group" not in lowered and "booking" not in lowered:
                continue
            for m in (*_GROUP_PROSE_RE.finditer(line), *_GROUP_FIELD_RE.finditer(line)):
                value = sole_number(m.group(1))
                if value is not None:
                    group.add(value)
    if not group:
        return frozenset(), frozenset()
    for text in texts:
        for line in _LINE_SPLIT_RE.split(text):
            lowered = line.lower()
            if "per group" in lowered or "a group" in lowered or "per booking" in lowered or "a booking" in lowered:
                continue
            for n in numbers_in(line):
                try:
                    other.add(float(n))
                except ValueError:
                    continue
    return frozenset(group), frozenset(other)


def _per_unit(value: float, unit: str, texts: tuple[str, ...]) -> bool:
    """Is ``value`` a price per ``unit`` in the texts: a record field naming the unit ("plan month eur: 24.9") or
    prose "EUR 24.90/month", "24.90 per month", "24.90 a month"?"""
    pattern = re.compile(r"(?:\b" + unit + r"\b[^:\n]*:\s*(\d[\d,.]*)|(\d[\d,.]*\d|\d)\s?(?:[A-Z]{3}\s?)?"
                         r"(?:/\s?|per\s|an?\s)" + unit + r"\b)", re.IGNORECASE)
    for text in texts:
        if unit not in text:
            continue
        for m in pattern.finditer(text):
            held = sole_number(m.group(1) or m.group(2))
            if held is not None and same_amount(held, value):
                return True
    return False


def _times_wrong(claim: str, texts: tuple[str, ...], answer_text: str, question: str) -> list[str]:
    """The prices of the claim's written steps "k × <price>" that take a per-unit price for a wrong count: the
    first four arms of the module docstring."""
    wrong: list[str] = []
    steps = list(_TIMES_RE.finditer(claim))
    if not steps:
        return wrong
    grouped = any("group" in t or "booking" in t for t in texts)
    charged = [(_stem(m.group(1)), int(m.group(2))) for t in texts if "charged:" in t or "billed:" in t
               for m in _CHARGED_RE.finditer(t)]
    doubles, batches = _per_prices(texts)
    if not grouped and not charged and not doubles and not batches:
        return wrong
    group, other = _group_prices(texts) if grouped else (frozenset(), frozenset())
    lowered = claim.lower()
    for step in steps:
        count, figure = int(step.group(1)), step.group(2)
        value = sole_number(figure)
        if value is None:
            continue
        # a per-group price taken per head: one group pays it once
        if (count >= 2 and any(same_amount(value, g) for g in group) and not any(same_amount(value, o) for o in other)
                and "group" not in lowered and "booking" not in lowered
                and max(_counted(answer_text, "group"), _counted(question, "group"),
                        _counted(answer_text, "booking"), _counted(question, "booking")) < 2):
            wrong.append(next(iter(numbers_in(figure))))
            continue
        # a per-unit price times another count than the record's count of that unit charged
        # (an answer that also writes the record's own count for the price weighs another billing: left alone)
        if any(count != n and _per_unit(value, unit, texts) and not _writes_step(answer_text, n, value)
               for unit, n in charged):
            wrong.append(next(iter(numbers_in(figure))))
            continue
        # a price per one unit per another taken for one count only, when the answer counts two or more of the
        # second unit ("rackets 2 x MX$80" of "MX$80 per racket per slot" beside "2 slots")
        seconds = [second for held, second in doubles if same_amount(held, value)]
        if (seconds and answer_text and _single_step(claim, step)
                and any(_counted(answer_text, second) >= 2 and second not in claim[step.end():step.end() + 30].lower()
                        for second in seconds)):
            wrong.append(next(iter(numbers_in(figure))))
            continue
        # a price per a batch of N units taken k times when k × N is no quantity the question or answer gives
        sizes = [size for held, size in batches if same_amount(held, value)]
        if sizes and question:
            total = count * _chained(claim[:step.start()])
            asked = _whole_numbers(question)
            if any(q >= size for q in asked for size in sizes):
                given = asked | _whole_numbers(answer_text) | {a * b for a in asked for b in asked}
                # whole batches: k covers a quantity g when (k - 1) × N < g <= k × N
                if all(-(-g // size) != total for size in sizes for g in given):
                    wrong.append(next(iter(numbers_in(figure))))
    return wrong


def _writes_step(answer_text: str, count: int, value: float) -> bool:
    """Does the answer write a step "count × <value>"?"""
    for m in _TIMES_RE.finditer(answer_text):
        held = sole_number(m.group(2))
        if int(m.group(1)) == count and held is not None and same_amount(held, value):
            return True
    return False


@text_cache()
def _per_prices(texts: tuple[str, ...]) -> tuple[tuple[tuple[float, str], ...], tuple[tuple[float, int], ...]]:
    """The texts' prices per one unit per another ((80.0, "slot") of "MX$80 per racket per slot") and per a batch
    of units ((350.0, 100) of "₹350 per 100")."""
    doubles: list[tuple[float, str]] = []
    batches: list[tuple[float, int]] = []
    for text in texts:
        if "per " not in text:
            continue
        for m in _DOUBLE_RE.finditer(text):
            value = sole_number(m.group(1))
            if value is not None:
                doubles.append((value, _stem(m.group(3).lower())))
        for m in _BATCH_RE.finditer(text):
            value = sole_number(m.group(1))
            if value is not None and int(m.group(2)) >= 2:
                batches.append((value, int(m.group(2))))
    return tuple(doubles), tuple(batches)


def _single_step(claim: str, step: re.Match[str]) -> bool:
    """Does the step "k × P" multiply by one count only (no "× m" after it, no "m ×" before it)?"""
    after = claim[step.end():step.end() + 4].lstrip()
    return not after.startswith(("x", "×")) and _CHAINED_RE.search(claim[:step.start()]) is None


def _chained(prefix: str) -> int:
    """The product of the counts chained before a step's own count ("6 × " of "6 × 2 × ₹350")."""
    product = 1
    m = _CHAINED_RE.search(prefix)
    while m is not None:
        product *= int(m.group(1))
        prefix = prefix[:m.start()]
        m = _CHAINED_RE.search(prefix)
    return product


def _counted(text: str, unit: str) -> int:
    """The largest count ``text`` writes of ``unit`` ("2 slots", "both slots"), 0 when none."""
    best = 0
    for m in re.finditer(r"\b(\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+(?:[a-z-]+\s+)?" + re.escape(unit) + r"s\b",
                         text, re.IGNORECASE):
        word = m.group(1)
        # case_key: a case-blind match may spell "six" with a dotless "ı" that str.lower() keeps
        best = max(best, int(word) if word.isdigit() else _COUNT_WORDS[case_key(word)])
    return best


def _whole_numbers(text: str) -> set[int]:
    """The whole numbers ``text`` writes: the quantities a count of batches must cover."""
    out = set()
    for n in numbers_in(text):
        try:
            value = float(n)
        except ValueError:
            continue
        if value.is_integer():
            out.add(int(value))
    return out


@text_cache()
def _sized_prices(texts: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], str, str, float], ...]:
    """The per-unit prices the texts give beside an item's size in that unit: "£22 per square metre (an A1
    poster is 0.5 square metres)" -> (("a1", "poster"), "poster", "square metre", 22.0)."""
    out: list[tuple[tuple[str, ...], str, str, float]] = []
    for text in texts:
        if " per " not in text:
            continue
        for sentence in _LINE_SPLIT_RE.split(text):
            if " per " not in sentence:
                continue
            size = _SIZE_RE.search(sentence)
            if size is None or same_amount(float(size.group(2)), 1.0):
                continue
            item_words = tuple(w.lower() for w in size.group(1).split())
            unit_stem = _stem(size.group(3).lower())
            for price in re.finditer(r"(\d[\d,.]*\d|\d)\s+per\s+((?:square |cubic )?[a-z]+)", sentence):
                value = sole_number(price.group(1))
                if value is not None and _stem(price.group(2).lower()) == unit_stem:
                    out.append((item_words, _stem(item_words[-1]), unit_stem, value))
    return tuple(out)


def _sizes_wrong(claim: str, texts: tuple[str, ...]) -> list[str]:
    """"£22 each" for an item a text sizes as 0.5 of the unit "£22" is priced per."""
    wrong: list[str] = []
    sized = _sized_prices(texts)
    if not sized:
        return wrong
    amounts = [(m, sole_number(m.group(1))) for m in _AMOUNT_RE.finditer(claim)]
    lowered = claim.lower()
    for item_words, head, unit_stem, value in sized:
        if not all(w in lowered or _stem(w) in lowered for w in item_words):
            continue
        for m, claimed in amounts:
            if claimed is None or not same_amount(claimed, value):
                continue
            after = claim[m.end():m.end() + 30].lower()
            if unit_stem in after[:len(unit_stem) + 12]:
                continue  # the claim keeps the unit: "£22 per square metre"
            if re.match(r"\s*(?:each\b|(?:a|an|per)\s+" + re.escape(head) + r")", after):
                wrong.append(next(iter(numbers_in(m.group(0)))))
    return wrong


def misapplied_unit_prices(claim: str, texts: tuple[str, ...], *, answer_text: str = "",
                           question: str = "") -> tuple[str, ...]:
    """The prices ``claim`` takes for a wrong count of the unit the texts price them per: a per-group price times
    a head count, a per-month price times another count than the record's months charged, a price per one unit
    per another taken for one count, a price per a batch taken for a count of batches no quantity of the question
    gives, a per-square-metre price restated "each" for an item the texts size at another area. ``answer_text``
    is the whole answer, ``question`` the customer's message. Cheap: character tests before patterns."""
    if not READ_UNIT_PRICES or not claim or not texts:
        return ()
    wrong: list[str] = []
    if "×" in claim or " x " in claim:
        wrong.extend(_times_wrong(claim, tuple(texts), answer_text, question))
    if "each" in claim or " per " in claim or " a " in claim:
        wrong.extend(_sizes_wrong(claim, tuple(texts)))
    return tuple(dict.fromkeys(wrong))

"""A worked quote's count of an item against the count the customer asked for.

A pricing tool or an article holds each unit price, so every figure of a worked quote can be held while one step
charges the wrong number of an item: "waffle 2 × NT$180" when the customer wants "one waffle to share", "towels
2,50 €" once for "2 towels", "materials ¥3,300" once when the materials are priced per student and two children
come. The price is held and the product comes out, so no other reading objects. Read sets of two authors passed
such quotes as healthy. Three closed arms, each bound to a noun the answer writes beside the price and to the
customer's own count of it:

- **a written count against the customer's**: "<item> N × <price>" (or "N × <price> for the <item>") where the
  customer's message counts the same item ("one waffle", "two bags of treats") with another number, in a clause
  that does not share it out ("each", "both", "per"). A count a text sets ("minimum 2 hours") is left alone;
- **an item charged once that the customer counts two or more of**: "plus towels 2,50 €" for "2 towels", when no
  count stands before the price and the answer writes no product of the two;
- **a price per person charged once for a party**: a price the texts hold only "per person" (or per student,
  head, guest, participant) written once in a worked sum ("1 extra hour at RM 40") when the customer counts a
  party of two or more by its groups ("two adults and our 7-year-old") and the answer writes no product of the
  party and the price. A price followed by "each" or "per <noun>" is a restated rate, not a charge, and is left
  alone.

The count or price charged wrong is returned as an unheld number, read in
:meth:`~llmops_kit.evidence.Evidence.missing_facts` beside :mod:`~llmops_kit.unit_prices`. Switched off by
:data:`READ_ASKED_COUNTS` in the claim-decision fit.
"""

from __future__ import annotations

import re

from .text import locale_amounts, numbers_in, sole_number
from .text.money_amounts import MONEY_MARK, same_amount
from .text.numbers import count_words
from .textcache import text_cache

__all__ = ["READ_ASKED_COUNTS", "READ_US_PARTIES", "WORKED_SUM_RE", "miscounted_items"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle
#: a figure before the decision.
READ_ASKED_COUNTS = True
#: The party the customer counts as "N of us" ("Three of us, all with the video"), and a price "per passenger",
#: read by the third arm for a price right after its item's name in a sum that takes another item N times (the
#: ``nums47`` round: "video COP $60.000" once for three passed once the quote's total was read as the sum of its
#: lines); off in the fit.
READ_US_PARTIES = True

_WORDS = {"one": 1, "single": 1, **count_words(12)}
_COUNT = r"(\d{1,2}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_FIGURE = r"(\d[\d,.]*\d|\d)"
#: An amount of money: a figure after a mark ("NT$180", "RM 40") or before one ("2,50 €", "4.380 kr.").
_MARK = r"(?:" + MONEY_MARK + r"|(?<![\w])(?:RM|Rp|KSh|GH₵|₵))"
_MONEY = r"(?:" + _MARK + r"\s?" + _FIGURE + r"|" + _FIGURE + r"\s?(?:€|kr\b\.?|zł|Kč|Ft\b|MAD\b))"
_MONEY_RE = re.compile(_MONEY)
#: A count times the first digit group of a price grouped by spaces, right before the price's last group: "2 × 1 "
#: of "2 × 1 950 Kč", so "950 Kč" is no price of its own (read under ``READ_LOCALE_WORKED_SUMS``).
_MULTIPLIED_GROUP_TAIL_RE = re.compile(r"[×x]\s?\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]$")
#: "waffle 2 × NT$180": an item noun, a written count, a price; the noun starts its clause.
_NAMED_STEP_RE = re.compile(r"(?:^|[;:,.(]\s*|\+\s*|\band\s+|\bplus\s+)([A-Za-z][a-z-]{2,})\s*:?\s+(\d{1,2})\s?[×x]\s?"
                            + _MONEY + r"(?!\s?[×x])")
#: "2 × 720 kr. for the lunch scheme": the item named after the step.
_STEP_FOR_RE = re.compile(r"(?<![\d.,×x]\s)(?<![\d.,×x])(\d{1,2})\s?[×x]\s?" + _MONEY
                          + r"(?!\s?[×x])\s+(?:for|of)\s+(?:the\s+|your\s+)?([a-z][a-z-]{2,})\b")
#: "plus towels 2,50 €": an item noun right before a price, with no count before the noun.
_NAMED_PRICE_RE = re.compile(r"(?:^|[;:,.]\s*|\+\s*|\band\s+|\bplus\s+)([A-Za-z][a-z-]{2,})\s*:?\s+(?:at\s+)?"
                             + _MONEY + r"(?!\s?[×x])")
#: The words that share a customer's count out over the party: "we both want 3 lessons", "2 towels each".
_SHARED_RE = re.compile(r"\b(?:each|both|per|apiece|every|all of us)\b", re.IGNORECASE)
#: Containers a customer counts an item in: "two bags of treats".
_CONTAINERS = r"(?:bags?|boxes?|packs?|pairs?|portions?|bottles?|cups?|plates?|rounds?|sets?|pieces?)"
#: What may end the customer's noun phrase after the item: punctuation, the end, or a function word, so "a
#: snooker table" does not count snooker.
_PHRASE_END = (r"(?=\s*(?:$|[.,;:?!)])|\s+(?:to|for|and|with|on|in|at|please|too|as|so|from|but|or|that|which|"
               r"between|among)\b)")
#: A text's own count of a unit: "minimum 2 hours", "at least 3 people".
_SET_COUNT_RE = re.compile(r"\b(?:minimum(?: of)?|min\.?|at least)\s+" + _COUNT + r"\b", re.IGNORECASE)
#: The nouns a price per person may name; the customer's whole party counts them.
_PARTY_NOUNS = ("person", "people", "head", "student", "pupil", "guest", "participant", "visitor", "attendee")
_PER_PARTY_PROSE_RE = re.compile(_MONEY + r"\s+(?:per|a|each)\s+(?:" + "|".join(_PARTY_NOUNS) + r")\b",
                                 re.IGNORECASE)
_PER_PARTY_FIELD_RE = re.compile(r"\bper\s+(?:" + "|".join(_PARTY_NOUNS) + r")\b[^:\n]*:\s*" + _FIGURE,
                                 re.IGNORECASE)
#: A price per passenger (with :data:`READ_US_PARTIES`): "COP $60.000 per passenger".
_PER_PASSENGER_RE = re.compile(_MONEY + r"\s+(?:per|a|each)\s+passenger\b", re.IGNORECASE)
#: The customer's party counted as "N of us": "Three of us", "there are 4 of us".
_US_PARTY_RE = re.compile(r"\b" + _COUNT + r"\s+of\s+us\b", re.IGNORECASE)
#: An item's name right before its price, an ISO code allowed between: "; video COP $60.000", "plus towels 2,50 €".
_US_NAMED_PRICE_RE = re.compile(r"(?:^|[;:,.]\s*|\+\s*|\band\s+|\bplus\s+)([A-Za-z][a-z-]{2,})\s*:?\s+(?:[A-Z]{3}\s?)?"
                                + _MONEY + r"(?!\s?[×x])")
#: Words that open a clause before a price but name no item.
_NOT_ITEMS = frozenset(("plus", "and", "total", "each", "per", "for", "with", "then", "which", "that", "save", "saves",
                        "saving", "only", "just", "costs", "cost", "pay", "pays"))
#: A group of people the customer counts ("two adults", "one child"), and a person named by age ("our
#: 7-year-old"): the parts of a party whose size the customer gives.
_GROUPS = ("adults?", "child(?:ren)?", "kids?", "teens?", "teenagers?", "seniors?", "students?", "infants?",
           "toddlers?", "people", "persons?", "guests?")
_GROUP_RE = re.compile(r"\b" + _COUNT + r"\s+(?:[a-z]+\s+)?(?:" + "|".join(_GROUPS) + r")\b", re.IGNORECASE)
#: A plural of people, counted or not: more of them than counted groups leaves the party's size unknown ("2 adults
#: and kids aged 2, 5 and 8").
_PLURAL_PEOPLE_RE = re.compile(r"\b(?:adults|children|kids|teens|teenagers|seniors|students|infants|toddlers|people|"
                               r"persons|guests|friends)\b", re.IGNORECASE)
_AGED_RE = re.compile(r"\b(?:my|our|his|her|their|a|one)\s+\d{1,2}[\s-]*(?:years?|yrs?)?[\s-]*old\b", re.IGNORECASE)
#: After a price: a restated rate ("RM 40 per person", "¥3,300 each"), not a charge.
_RATE_AFTER_RE = re.compile(r"\s*(?:each|apiece|per\s+\w+|an?\s+(?:head|person|student|child|adult)|/)\b",
                            re.IGNORECASE)
#: What stands before an amount that is no single charge: a result ("= 850 MAD"), a step's factor ("2 × "), or a
#: count of two or more units at the price ("4 riders at $4").
_RESULT_OR_STEP_RE = re.compile(r"(?:=|[×x]|\b(?:is|are|makes?|comes? to))\s?$"
                                r"|\b(?:[2-9]|\d{2,})\s+(?:[a-z-]+\s+){1,2}at\s$")
#: A sum worked in the claim: the arms read charges, not quoted prices.
WORKED_SUM_RE = re.compile(r"=|\+|\btotal\b|\bin all\b|\bcomes? to\b|\bplus\b", re.IGNORECASE)


def _amount(match: re.Match[str], first: int) -> float | None:
    """The value of the money span whose figure is group ``first`` or ``first + 1`` of ``match``."""
    figure = match.group(first) or match.group(first + 1)
    return sole_number(figure) if figure else None


def _figure(match: re.Match[str], first: int) -> str:
    """The number string of the money span (as the number readers write it)."""
    return next(iter(numbers_in(match.group(first) or match.group(first + 1))))


def _stem(word: str) -> str:
    """An item noun without its plural ending: "towels" -> "towel", "boxes" -> "box", "children" -> "child"."""
    word = word.lower()
    if word.endswith("ren"):
        return word[:-3]
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS.get(word.lower(), 0)


def _clauses(text: str) -> list[str]:
    """The customer's clauses: a count shared out ("we both want 3 lessons") is read in its own clause only."""
    return [c for c in re.split(r"[,;.?!\n]+|\s(?:and|then|but)\s", text) if c.strip()]


@text_cache()
def _asked_count(user_text: str, stem: str) -> int | None:
    """The count the customer gives the item ``stem`` ("one waffle to share", "2 towels", "two bags of treats"),
    None when the customer gives none, gives two different ones, or shares the count out over the party."""
    pattern = re.compile(r"\b" + _COUNT + r"\s+(?:[a-z-]+\s+)?(?:" + _CONTAINERS + r"\s+of\s+)?"
                         + re.escape(stem) + r"(?:s|es|ren)?\b" + _PHRASE_END, re.IGNORECASE)
    counts: set[int] = set()
    for clause in _clauses(user_text):
        for m in pattern.finditer(clause):
            if _SHARED_RE.search(clause):
                return None
            counts.add(_value(m.group(1)))
    counts.discard(0)
    return next(iter(counts)) if len(counts) == 1 else None


@text_cache()
def _set_counts(texts: tuple[str, ...]) -> frozenset[int]:
    """The counts the texts set themselves ("minimum 2 hours"): a step may take one without the customer."""
    return frozenset(_value(m.group(1)) for t in texts for m in _SET_COUNT_RE.finditer(t))


def _writes_product(answer_text: str, count: int, price: float) -> bool:
    """Does the answer write the price taken ``count`` times, as a result or as a step "count × price" (or
    "price × count")?"""
    for m in _MONEY_RE.finditer(answer_text):
        value = _amount(m, 1)
        if value is None:
            continue
        if same_amount(value, count * price):
            return True
        if same_amount(value, price) and (
                re.search(r"\b" + str(count) + r"\s?[×x]\s?$", answer_text[max(0, m.start() - 6):m.start()])
                or re.match(r"\s?[×x]\s?" + str(count) + r"\b", answer_text[m.end():])):
            return True
    return False


def _count_steps(claim: str, user_text: str, texts: tuple[str, ...]) -> list[str]:
    """The written counts of named items that the customer counts otherwise (the first arm)."""
    wrong: list[str] = []
    steps = [(m.group(1), m.group(2)) for m in _NAMED_STEP_RE.finditer(claim)]
    steps += [(m.group(4), m.group(1)) for m in _STEP_FOR_RE.finditer(claim)]
    for noun, written in steps:
        asked = _asked_count(user_text, _stem(noun))
        count = int(written)
        if asked is not None and asked != count and count not in _set_counts(texts):
            wrong.append(written)
    return wrong


def _once_priced(claim: str, user_text: str, answer_text: str) -> list[str]:
    """The prices of named items charged once that the customer counts two or more of (the second arm)."""
    wrong: list[str] = []
    for m in _NAMED_PRICE_RE.finditer(claim):
        noun = m.group(1)
        if noun.lower() in ("plus", "and", "total", "each", "per", "for", "with", "then", "which", "that"):
            continue
        asked = _asked_count(user_text, _stem(noun))
        price = _amount(m, 2)
        if (asked is None or asked < 2 or price is None or _RATE_AFTER_RE.match(claim, m.end())
                or _RESULT_OR_STEP_RE.search(claim[max(0, m.start() - 40):m.start()])
                or _writes_product(answer_text or claim, asked, price)):
            continue
        wrong.append(_figure(m, 2))
    return wrong


@text_cache()
def _per_party_prices(texts: tuple[str, ...]) -> frozenset[float]:
    """The amounts the texts price per person (or per student, head, guest ...), in prose or a record's field."""
    found: set[float] = set()
    for text in texts:
        lowered = text.lower()
        if "per " not in lowered and " a " not in lowered and "each " not in lowered:
            continue
        prose = [*_PER_PARTY_PROSE_RE.finditer(text)]
        if READ_US_PARTIES and "passenger" in lowered:
            prose.extend(_PER_PASSENGER_RE.finditer(text))
        for m in prose:
            value = _amount(m, 1)
            if value is not None:
                found.add(value)
        for m in _PER_PARTY_FIELD_RE.finditer(text):
            held = numbers_in(m.group(1))
            if len(held) == 1:
                found.add(float(next(iter(held))))
    return frozenset(found)


@text_cache()
def _party_total(user_text: str) -> int:
    """The party the customer counts by its groups in one sentence ("two adults and our 7-year-old" is three), 0
    when no sentence counts one."""
    best = 0
    for sentence in re.split(r"[.?!;\n]+", user_text):
        groups = [_value(m.group(1)) for m in _GROUP_RE.finditer(sentence)]
        if not groups or not all(groups) or len(_PLURAL_PEOPLE_RE.findall(sentence)) > len(groups):
            continue
        best = max(best, sum(groups) + len(_AGED_RE.findall(sentence)))
    return best


@text_cache()
def _us_party(user_text: str) -> int:
    """The party the customer counts as "N of us" ("Three of us, vuelo largo"), 0 when they count none or two."""
    counts = {_value(m.group(1)) for m in _US_PARTY_RE.finditer(user_text)} if " us" in user_text else set()
    return next(iter(counts)) if len(counts) == 1 else 0


def _once_for_us(claim: str, user_text: str, answer_text: str, per_party: frozenset[float]) -> list[str]:
    """With :data:`READ_US_PARTIES`, the prices per person a worked sum charges once, right after the item's name
    ("; video COP $60.000"), for a party counted as "N of us", where the sum takes another item N times ("3 × COP
    $390.000"): the answer prices per head and left one item out. A figure after a verb ("you save RM 40") names
    no item and is left alone."""
    party = _us_party(user_text) if READ_US_PARTIES else 0
    if party < 2 or not re.search(r"(?<![\d.,])" + str(party) + r"\s?[×x]\s?", claim):
        return []
    wrong: list[str] = []
    for m in _US_NAMED_PRICE_RE.finditer(claim):
        value = _amount(m, 2)
        if (value is None or not any(same_amount(value, p) for p in per_party)
                or m.group(1).lower() in _NOT_ITEMS or _RATE_AFTER_RE.match(claim, m.end())
                or _writes_product(answer_text or claim, party, value)):
            continue
        wrong.append(_figure(m, 2))
    return wrong


def _once_per_party(claim: str, user_text: str, answer_text: str, texts: tuple[str, ...]) -> list[str]:
    """The prices per person charged once in a worked sum for a party of two or more (the third arm)."""
    per_party = _per_party_prices(texts)
    if not per_party:
        return []
    party = _party_total(user_text)
    if party < 2:
        return _once_for_us(claim, user_text, answer_text, per_party)
    wrong: list[str] = []
    for m in _MONEY_RE.finditer(claim):
        value = _amount(m, 1)
        if value is None or not any(same_amount(value, p) for p in per_party):
            continue
        if _RESULT_OR_STEP_RE.search(claim[max(0, m.start() - 40):m.start()]) or _RATE_AFTER_RE.match(claim, m.end()):
            continue
        if re.match(r"\s?[×x]", claim[m.end():]) or _writes_product(answer_text or claim, party, value):
            continue
        if locale_amounts.READ_LOCALE_WORKED_SUMS and _MULTIPLIED_GROUP_TAIL_RE.search(claim, 0, m.start()):
            continue  # "950 Kč" of "2 × 1 950 Kč": the last group of a price written times a count
        wrong.append(_figure(m, 1))
    return wrong


def miscounted_items(claim: str, texts: tuple[str, ...], *, user_text: str, answer_text: str = "") -> tuple[str, ...]:
    """The counts and prices a worked quote ``claim`` charges for a wrong number of an item the customer counts:
    a written count against the customer's count of the same item, an item charged once that the customer wants
    two or more of, a price per person charged once for a party. ``texts`` are the evidence texts, ``user_text``
    the customer's message, ``answer_text`` the whole answer. Cheap: a claim with no worked sum ("=", "+",
    "total", "plus") is left at once."""
    if not READ_ASKED_COUNTS or not claim or not user_text or not WORKED_SUM_RE.search(claim):
        return ()
    wrong: list[str] = []
    if "×" in claim or " x " in claim:
        wrong.extend(_count_steps(claim, user_text, texts))
    wrong.extend(_once_priced(claim, user_text, answer_text))
    wrong.extend(_once_per_party(claim, user_text, answer_text, texts))
    return tuple(dict.fromkeys(wrong))

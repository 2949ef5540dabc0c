"""A per-unit price of a pricing tool's record charged once in a worked quote when the quote counts two or more of
its unit.

A pricing tool returns a price per unit ("recording eur per hour: 30.0", "box monthly eur: 8.0", "roof visit kzt:
35000") and the count the quote is for sits in the same record ("hours: 3", "items to post: 2") or in the
customer's message ("2 roof visits", "2 hours of ironing"). A worked quote that writes the line as the bare price
("recording € 30,00, snare € 5,00: € 107,00 in all") charges one unit: every figure is held and the sum adds up, so
no other reading objects. First-met sets of several authors missed such quotes ("recording counted for one hour,
not three", "two roof visits counted once", "ironing hours counted once", "a monthly box counted once", "postage
counted once for two pieces").

The reading is closed on both sides:

- **the price and its unit**: a record line whose value is the amount the claim writes, the only record line with
  that value; its field names the unit ("per hour", "monthly", "roof visit") and holds no figure ("package 3 hours",
  "per 10 min" price a batch: :mod:`~llmops_kit.unit_prices`);
- **the count**: a record line counting that unit ("hours: 3"; "items to post: 2" counts what "post" prices),
  every word of its field in the price's field, or the customer's "N <unit>" ("3 hours", "2 roof visits", "2 hours
  of ironing"), every word beside the count in the price's field too. All the counts found must agree and be two
  or more, and the customer's message must not share the count out ("each"). Counts of people are left to
  :mod:`~llmops_kit.asked_counts`, which reads the party;
- **the line charged once**: the amount is a term of a worked sum, with no count beside it ("3 × € 30,00", "€ 30,00
  × 3", "(₪240 + ₪90) × 2"), not stated as a rate ("€ 30,00 an hour", "at € 30,00", "€ 8,00 each"), and the answer
  writes no product of the count and the price, nor a subtotal taken the count times ("Rs. 20,900.00 a month, so
  Rs. 41,800.00 for 2 months"), nor a later amount stated as a rate in the claim; a claim about one unit ("the
  first month is ...", "for one hour") prices that unit and is left alone.

With :data:`READ_QUOTE_LINES` (the ``once55`` round) the reading also takes the lines of a worked quote as the claim
splitter leaves them: a bare amount whose label was kept apart ("3.500 JD" of "Tins: 3.500 JD." in an answer with a
total), a dinar written after its figure, a field with a size glued to a figure ("tin 16l jod"), a field pricing one
more of a unit ("second horse per journey": "two horses" make one second horse, so the horses count nothing), the
answer's own count of the unit outside its amounts ("£323.00 for the two journeys") when the record and the
customer count none, and the price taken only by the customer's count of another unit of its field ("2 × HK$30" of
"battery per day" for "two spare batteries for 3 days"), unless the field prices past an allowance ("per mile
beyond").

The price is returned as an unheld number, read in :meth:`~llmops_kit.evidence.Evidence.missing_facts` beside
:mod:`~llmops_kit.asked_counts`. Switched off by :data:`READ_ONCE_CHARGED` (and :data:`READ_QUOTE_LINES`) in the
claim-decision fit.
"""

from __future__ import annotations

import math
import re

from .asked_counts import WORKED_SUM_RE
from .evidence_readers import record_lines
from .text import numbers_in, stem
from .text.locale_amounts import LocaleAmount, currencies_of_mark, locale_amounts
from .text.money_amounts import same_amount
from .text.numbers import CURRENCY_CODES, count_words, dinar_marks_as_codes
from .textcache import text_cache

__all__ = ["READ_ONCE_CHARGED", "READ_QUOTE_LINES", "once_charged_prices"]

#: Switched off by the claim-decision fit (``tools/fit_claim_decision.py``), like the other readings that settle a
#: figure before the decision (the ``count54`` round).
READ_ONCE_CHARGED = True
#: The same reading on the lines of a worked quote (the ``once55`` round): a line the claim splitter left as a bare
#: amount ("3.500 JD" of "Tins: 3.500 JD." in an answer with a total), a field with a size glued to its figure ("tin
#: 16l jod"), a field pricing one more of a unit ("second horse per journey" is not counted by "two horses"), the
#: answer's own count of the unit ("£323.00 for the two journeys") when the record and the customer give none, and
#: the price taken some other number of times than the count ("2 × HK$30" of "battery per day" for 3 days); off in
#: the fit.
READ_QUOTE_LINES = True

#: The counts a customer writes in words ("2 roof visits", "two loads"); "a" is no count ("a project box").
_WORDS = {"one": 1, "single": 1, **count_words(12)}
#: A field that holds no count of units charged: a share, an age, a limit, a count included or free.
_NOT_COUNTS = frozenset(("pct", "percent", "rate", "discount", "age", "ages", "included", "free", "min", "max",
                         "minimum", "maximum", "limit", "over", "under", "threshold", "id", "total", "per", "year",
                         "years", "number", "deposit"))
#: Words of a field that name no unit: the currency, the price words, joining words.
_NOT_UNITS = frozenset((*CURRENCY_CODES, "per", "price", "cost", "fee", "each", "the", "of", "a", "an", "to", "for",
                        "extra", "new"))
#: People: the party is read by :mod:`~llmops_kit.asked_counts`.
_PEOPLE = frozenset(stem(w) for w in ("adult", "adults", "child", "children", "kid", "kids", "person", "persons",
                                      "people", "guest", "guests", "student", "students", "senior", "seniors", "teen",
                                      "teens", "infant", "infants", "player", "players", "driver", "drivers",
                                      "participant", "participants", "rider", "riders", "member", "members",
                                      "passenger", "passengers", "head", "heads"))
#: The "-ly" words that name a unit of time.
_LY = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "nightly": "night",
       "yearly": "year", "annually": "year"}
_WORD_RE = re.compile(r"[a-z]+")
#: A field's word that prices one more of the unit after it ("second horse per journey", "extra bag per day"): the
#: customer's count of that unit does not multiply it.
_ONE_MORE = frozenset(("second", "third", "additional", "another", "extra", "further"))
#: A field's word that prices the unit past an allowance ("per mile beyond", "per extra day"): the customer's count
#: is partly included, read by :mod:`~llmops_kit.allowance_steps`.
_ALLOWANCE = frozenset(("beyond", "over", "above", "after", "past", "extra", "additional", "excess", "further"))
#: A chain of counts around an amount: "2 × ", "3 × 2 × " before it, " × 3", " × 3 days" after it.
_FACTORS_BEFORE_RE = re.compile(r"((?:\d{1,3}\s?[×x*]\s?)+)\(?$")
_FACTORS_AFTER_RE = re.compile(r"((?:\s?[×x*]\s?\d{1,3}\b(?:\s[a-z]+)?)+)")
#: Where the customer's clauses part: a stop or comma outside a figure ("a ₺3.200 tiara" is one clause), a joining
#: word.
_CLAUSE_RE = re.compile(r"(?:(?<!\d)[.,]|[.,](?!\d)|[;?!\n])+|\s(?:and|then|but|plus|with)\s")
#: After an amount: the amount is a rate ("€ 30,00 an hour", "€ 8,00 each", "35 000 ₸ per visit", "/month", "for each
#: night", "times 3").
_RATE_AFTER_RE = re.compile(r"\s*(?:(?:for\s+)?(?:each|every)\b|apiece\b|times\b|/|per\s+\w|an?\s+(?!total\b)[a-z])",
                            re.IGNORECASE)
#: One unit named in a claim ("the first month", "for one hour", "each visit", "a night"): the unit's word is group 1
#: or, after a word, group 2 ("the first full month").
_ONE_UNIT_RE = re.compile(r"\b(?:first|one|1|each|every|per|an?|this|that|single)\s+([a-z]+)(?:[\s-]+([a-z]+))?\b",
                          re.IGNORECASE)
#: Before an amount: a rate ("at € 30,00") or a count times it ("3 × ", "3 x ("); the "x" of "box" is no sign.
_BEFORE_RE = re.compile(r"(?:\bat|(?:×|\*|(?<![a-z])x)\s?\(?)\s*$", re.IGNORECASE)
#: After an amount: times a count ("€ 30,00 × 3").
_TIMES_AFTER_RE = re.compile(r"\s?[×x*]\s?\d")


def _field_words(field: str) -> list[str]:
    """The words of a record field less its currency: an ISO code the text layer reads anywhere, or any ISO code as
    its last word ("tiara try", "route c lkr month" keeps "month")."""
    words = _WORD_RE.findall(field)
    if words and len(words[-1]) == 3 and currencies_of_mark(words[-1].upper()):
        words = words[:-1]
    return [w for w in words if w not in CURRENCY_CODES]


def _unit_stems(field: str) -> frozenset[str]:
    """The stems of the words of a record field that may name what it is counted in ("recording eur per hour" ->
    recording, hour; "box monthly eur" -> box, month). With :data:`READ_QUOTE_LINES`, a unit priced one more of
    ("second horse per journey" -> journey) is no unit counted: two horses make one second horse."""
    if READ_QUOTE_LINES:  # "bag 250g": the size's letters name no unit
        words = _field_words(re.sub(r"\d+[a-z]*", " ", field))
        words = [w for i, w in enumerate(words) if w not in _ONE_MORE and not (i and words[i - 1] in _ONE_MORE)]
    else:
        words = _field_words(field)
    return frozenset(_LY.get(w, stem(w)) for w in words if w not in _NOT_UNITS)


def _batch_field(field: str) -> bool:
    """Does the field hold a figure of its own ("package 3 hours", "per 10 min": a price for a batch)? With
    :data:`READ_QUOTE_LINES` a figure glued to its measure ("tin 16l", "card 128gb") is a size, no batch."""
    if READ_QUOTE_LINES:
        return re.search(r"(?<![a-z\d])\d+(?![a-z\d])", field) is not None
    return re.search(r"\d", field) is not None


@text_cache()
def _records(texts: tuple[str, ...]) -> tuple[tuple[tuple[str, float], ...], tuple[tuple[frozenset[str], int], ...]]:
    """The records' numeric lines: (field, value) of every line, and (stems counted, count) of the lines that count
    units: written whole and under 1000, the field naming its units in the plural and no currency ("hours: 3";
    "items to post: 2" counts what "post" prices)."""
    values: list[tuple[str, float]] = []
    counts: list[tuple[frozenset[str], int]] = []
    for text in texts:
        if ":" not in text:
            continue
        for _, field, value in record_lines(text):
            if not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
                continue
            number = float(value)
            values.append((field, number))
            words = _field_words(field)
            if (not words or not value.isdigit() or not 1 <= number < 1000 or set(words) & _NOT_COUNTS
                    or words != _WORD_RE.findall(field)):
                continue  # a count is written whole ("hours: 3"); "extras second snare: 5.0" is a price
            head = words[words.index("to") - 1] if "to" in words[1:] else words[-1]
            if not head.endswith("s") or head.endswith("ss"):
                continue  # a count names its units in the plural ("hours", "items to post"); "delivery try" does not
            counted = words[words.index("to") + 1:] if "to" in words else words
            stems = frozenset(_LY.get(w, stem(w)) for w in counted if w not in _NOT_UNITS)
            if stems and not stems & _PEOPLE:
                counts.append((stems, int(number)))
    return tuple(values), tuple(counts)


@text_cache()
def _asked(user_text: str, unit: str) -> tuple[tuple[tuple[int, frozenset[str]], ...], bool] | None:
    """The customer's counts of a unit (stem ``unit``), each with the stems of the words beside it ("2 roof visits"
    -> (2, {roof}); "2 hours of ironing" -> (2, {iron})), and whether a clause names the unit without a count ("for
    the last hour"); None when a clause with the unit shares it out ("40 minutes of drying each")."""
    found: list[tuple[int, frozenset[str]]] = []
    bare = False
    for clause in _CLAUSE_RE.split(user_text.lower()):
        # "the PT 5-pack", "our 7-year-old", "a ₺3.200 tiara": a figure joined to a word, grouped or marked is no
        # count
        words = re.findall(r"[^\s\w]?\d+(?:[.,'’]\d+)*(?:-[a-z]+)*|[a-z]+", clause)
        stems = [_LY.get(w, stem(w)) for w in words]
        if unit not in stems:
            continue
        if set(words) & {"each", "per", "every", "apiece"}:
            return None
        hits = 0
        for i, word in enumerate(words):
            count = int(word) if word.isdigit() and len(word) <= 3 else _WORDS.get(word, 0)
            if not count:
                continue
            if i + 1 < len(words) and stems[i + 1] == unit:
                at, beside = i + 1, []
            elif i + 2 < len(words) and stems[i + 2] == unit:
                at, beside = i + 2, [stems[i + 1]]
            else:
                continue
            if at + 2 < len(words) and words[at + 1] == "of":
                beside.append(stems[at + 2])
            found.append((count, frozenset(beside)))
            hits += 1
        bare = bare or not hits
    return tuple(found), bare


def _count_of(field: str, counts: tuple[tuple[frozenset[str], int], ...],
              user_text: str, answer_text: str = "") -> tuple[int, frozenset[str]]:
    """The one count of the unit the price field ``field`` names and the stems of the units counted; 0 when none is
    found or the counts disagree, or the field holds a figure of its own ("package 3 hours", "per 10 min": a price
    for a batch, read by :mod:`~llmops_kit.unit_prices`). With :data:`READ_QUOTE_LINES` and ``answer_text``, the
    answer's own count of a unit ("£323.00 for the two journeys") when the record and the customer count none."""
    if _batch_field(field):
        return 0, frozenset()
    units = _unit_stems(field)
    found: set[int] = set()
    counted: set[str] = set()
    for stems, n in counts:
        if stems <= units:
            found.add(n)
            counted |= stems
    for unit in units - _PEOPLE:
        asked = _asked(user_text, unit) if user_text else ((), False)
        if asked is None:
            return 0, frozenset()
        said = {n for n, beside in asked[0] if beside <= units}
        if said and asked[1]:
            return 0, frozenset()  # the unit counted in one clause and named without a count in another
        if said:
            found |= said
            counted.add(unit)
    if not found and READ_QUOTE_LINES and answer_text:
        # the answer's figures before a noun are its amounts ("40 ₾ base fare"): only a count outside them is read
        spans = [(a.start, a.end) for a in locale_amounts(answer_text)]
        for start, end in reversed(spans):
            answer_text = answer_text[:start] + " ; " + answer_text[end:]
        for unit in units - _PEOPLE:
            asked = _asked(answer_text, unit)
            if asked is None or asked[1]:
                return 0, frozenset()  # the answer shares the unit out or names it without a count
            if said := {n for n, beside in asked[0] if beside <= units}:
                found |= said
                counted.add(unit)
    if len(found) != 1 or min(found) < 2:
        return 0, frozenset()
    return next(iter(found)), frozenset(counted)


def _one_unit(claim: str, counted: frozenset[str]) -> bool:
    """Does the claim speak of one unit of those counted ("the first month is", "for one hour", "each visit")? Its
    price once is then that unit's."""
    for m in _ONE_UNIT_RE.finditer(claim):
        for word in filter(None, (m.group(1).lower(), (m.group(2) or "").lower())):
            if not word.endswith("s") and _LY.get(word, stem(word)) in counted:
                return True
    return False


def _multiplied(claim: str, amount: LocaleAmount) -> bool:
    """Is the amount taken a number of times, or stated as a rate, where the claim writes it?"""
    before = claim[max(0, amount.start - 12):amount.start]
    if _BEFORE_RE.search(before) or _TIMES_AFTER_RE.match(claim, amount.end) or _RATE_AFTER_RE.match(claim,
                                                                                                     amount.end):
        return True
    opened = claim.rfind("(", 0, amount.start)
    if opened > claim.rfind(")", 0, amount.start):  # inside brackets: "(₪240 + ₪90) × 2", "4 × (45 zł + 15 zł)"
        closed = claim.find(")", amount.end)
        return (closed < 0 or bool(_TIMES_AFTER_RE.match(claim, closed + 1))
                or bool(_BEFORE_RE.search(claim[max(0, opened - 12):opened + 1])))
    return False


def _same(a: LocaleAmount, value: float) -> bool:
    return any(same_amount(v, value) for v in a.values)


def _worked_out(answer_text: str, count: int, price: float, others: frozenset[float]) -> bool:
    """Does the answer write the price taken ``count`` times (an amount that is not one of the record's ``others``
    values, another item's price), or the price times a count or as a rate anywhere, or a subtotal per unit taken
    ``count`` times ("Rs. 20,900.00 a month, so Rs. 41,800.00 for 2 months")?"""
    amounts = locale_amounts(answer_text)
    for a in amounts:
        if _same(a, count * price) and not any(_same(a, v) for v in others):
            return True
        if _same(a, price) and _multiplied(answer_text, a):
            return True
        subtotal = (_RATE_AFTER_RE.match(answer_text, a.end)
                    or re.search(r"[=:]\s*$", answer_text[max(0, a.start - 3):a.start]))
        # with READ_QUOTE_LINES, a subtotal the price is worked into before it ("£161.50 each way" of the mileage
        # alone takes no later "£40" of a second horse twice)
        if (subtotal and any(_same(b, count * v) for b in amounts for v in a.values if v > price)
                and (not READ_QUOTE_LINES or any(_same(b, price) for b in amounts if b.end <= a.start))):
            return True
    return False


def _bare_line(claim: str, answer_text: str) -> bool:
    """With :data:`READ_QUOTE_LINES`: is the claim a bare amount ("3.500 JD", "£40", "just £40") of an answer that
    works a sum, a line of the quote whose label the claim splitter kept apart ("Tins: 3.500 JD.")?"""
    if not READ_QUOTE_LINES or not answer_text or not WORKED_SUM_RE.search(answer_text):
        return False
    amounts = locale_amounts(claim)
    if len(amounts) != 1:
        return False
    rest = claim[:amounts[0].start] + " " + claim[amounts[0].end:]
    return len(_WORD_RE.findall(rest.lower())) <= 2 and not re.search(r"\d", rest)


def _factors(claim: str, amount: LocaleAmount) -> list[int]:
    """The counts an amount is taken by where the claim writes it: "2 × HK$30" -> [2], "2 × 1 200 Ft × 3 days" ->
    [2, 3]; none for an amount in brackets or stated as a rate."""
    opened = claim.rfind("(", 0, amount.start)
    if opened > claim.rfind(")", 0, amount.start):
        return []
    found: list[int] = []
    before = _FACTORS_BEFORE_RE.search(claim[max(0, amount.start - 24):amount.start])
    if before:
        found += [int(n) for n in re.findall(r"\d+", before.group(1))]
    after = _FACTORS_AFTER_RE.match(claim, amount.end)
    if after:
        found += [int(n) for n in re.findall(r"\d+", after.group(1))]
    return found


def _short_counted(claim: str, amount: LocaleAmount, count: int, price: float, answer_text: str, *, field: str,
                   counted: frozenset[str], user_text: str) -> bool:
    """With :data:`READ_QUOTE_LINES`: is the price taken some other number of times than the ``count`` of its unit
    ("2 × HK$30 = HK$60" of "battery per day" for 3 days: the batteries counted, the days dropped), with no amount
    of the answer the count times the price or the count times the written product?"""
    factors = _factors(claim, amount)
    if not READ_QUOTE_LINES or not factors or count in factors:
        return False
    if set(_field_words(field)) & _ALLOWANCE:
        return False  # "per mile beyond": the count is partly included
    # each factor is the customer's count of another unit of the field ("two spare batteries" of "battery per day")
    others = _unit_stems(field) - counted
    given = {n for unit in others for n, _ in ((_asked(user_text, unit) or ((), False))[0])}
    if not set(factors) <= given:
        return False
    product = math.prod(factors)
    if product % count == 0:
        return False
    return not any(_same(a, count * price) or _same(a, count * product * price)
                   for a in locale_amounts(answer_text or claim))


def once_charged_prices(claim: str, texts: tuple[str, ...], *, user_text: str = "",
                        answer_text: str = "") -> tuple[str, ...]:
    """The per-unit prices of a pricing tool's record that the worked quote ``claim`` charges once where the record
    or the customer counts two or more of the unit. ``texts`` are the evidence texts, ``user_text`` the customer's
    message, ``answer_text`` the whole answer. Cheap: a claim with no worked sum (nor a bare line of an answer
    working one, :func:`_bare_line`) is left at once."""
    if not READ_ONCE_CHARGED or not claim:
        return ()
    own = numbers_in(claim)
    if READ_QUOTE_LINES:  # "3.500 JD" is read as the amount it is ("3.500 JOD")
        claim, answer_text = dinar_marks_as_codes(claim), dinar_marks_as_codes(answer_text)
    bare = not WORKED_SUM_RE.search(claim)
    if bare and not _bare_line(claim, answer_text):
        return ()
    values, counts = _records(texts)
    if not values:
        return ()
    amounts = locale_amounts(claim)
    if len(amounts) < (1 if bare else 2):
        return ()
    wrong: list[str] = []
    for n, amount in enumerate(amounts):
        fields = {field for field, value in values if _same(amount, value)}
        if len(fields) != 1:
            continue
        multiplied = _multiplied(claim, amount)
        if multiplied and not (READ_QUOTE_LINES and _factors(claim, amount)):
            continue
        if any(_RATE_AFTER_RE.match(claim, later.end) for later in amounts[n + 1:]):
            continue  # a subtotal per unit ("Rs. 20,900.00 a month"), taken the count times after
        field = next(iter(fields))
        count, counted = _count_of(field, counts, user_text, answer_text if READ_QUOTE_LINES else "")
        if count < 2 or _one_unit(claim, counted):
            continue
        price = next(value for f, value in values if f == field)
        if multiplied:
            if _short_counted(claim, amount, count, price, answer_text, field=field, counted=counted,
                              user_text=user_text):
                wrong.extend(sorted(numbers_in(claim[amount.start:amount.end]) & own))
            continue
        others = frozenset(value for f, value in values if f != field)
        if _worked_out(answer_text or claim, count, price, others):
            continue
        wrong.extend(sorted(numbers_in(claim[amount.start:amount.end]) & own))
    return tuple(dict.fromkeys(wrong))

"""Fortieth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to thirty-ninth sets' modules re-export them) are reused by import: request shapes, the strength rotation over
the domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a
question answered from the lookup tool (right and contradicted in words), off-topic questions with replies and
retrieval shapes of their own, a figure borrowed from an article that was not retrieved, a current article
retrieved beside its stale twin, a record with a gap, a round-up of several articles, a worked quote from a
pricing tool and two options weighed for the customer's situation. None of the later sets' own recipes (corrected
detail, dated versions, excepted rule, figure per unit, threshold, deadline, linked status, tallied record, stacked
adjustments, prorated period, eligibility rule, converted figure, recurring schedule, rounded usage, banded usage,
capped rate, shared price, loyalty points) is taken, so the set keeps its size and healthy share. The content
(house styles, answers, inventions, retrieval shapes) is this set's own, written by its author without reading any
detector. What this set adds:

- ``Instalments``: the retrieved article states a payment plan: a deposit (a share of the price or an amount) paid
  up front, the rest in a stated number of equal instalments at a stated interval (weekly, every two weeks, every
  four weeks, monthly), sometimes a plan fee on each instalment or once with the deposit, the first instalment due
  a stated number of intervals after the booking or the start. The question (or a lookup tool's record, or the
  conversation before it) gives the customer's own price, start or booking date, or the instalments already paid.
  The right answer states what the plan gives (the instalment, the balance still to pay, the instalments left or
  the next due date), with or without its working; the wrong one slips the way a hurried assistant does (the
  deposit not taken off before dividing; the deposit counted as one of the instalments, so one instalment too
  few; a fee on each instalment charged once, or a one-off fee charged on each instalment; the interval misread,
  every four weeks as monthly or the reverse; last year's plan terms, from the superseded twin retrieved beside
  the article) and states the figure that slip gives. The price, the plan and the customer's facts were seen;
  only the figure, which the plan applied to them contradicts, was not.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from holdout2_build import Case
from holdout20_cases import Recipes as _Recipes
from holdout24_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Twins,
    search_query,
)

__all__ = ["Borrowed", "Compare", "Extra", "Instalments", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote",
           "Recipes", "Refusal", "Twins", "plan_figure", "search_query"]

#: what the answer states, as a pair's ``kind`` names it
KINDS = {"instalment": "the amount of each instalment",
         "balance": "the balance still to pay after the instalments already paid",
         "left": "the number of instalments still to pay",
         "next_due": "the date the next instalment is due"}
#: the intervals a plan may state (days, or whole calendar months)
INTERVALS = {"weekly": 7, "fortnightly": 14, "4weeks": 28, "monthly": "month"}
#: how a hurried reader misreads each interval
MISREAD = {"4weeks": "monthly", "monthly": "4weeks", "weekly": "fortnightly", "fortnightly": "weekly"}
#: how a wrong answer slips, as a variation names it
SLIPS = {"deposit_kept": "the deposit not taken off the price before dividing it into instalments",
         "deposit_counted": "the deposit counted as one of the instalments, so one instalment too few",
         "fee_once": "a plan fee on each instalment charged once instead",
         "fee_each": "a one-off plan fee charged on each instalment instead",
         "interval": "the interval misread (every four weeks as monthly, or the reverse)",
         "twin": "last year's plan terms used, from the superseded twin retrieved beside the article"}

#: count words a customer may write a number of instalments with (English; the other languages use figures)
COUNT_WORDS = {1: ("one", "first"), 2: ("two", "second", "both"), 3: ("three", "third"), 4: ("four", "fourth"),
               5: ("five", "fifth"), 6: ("six", "sixth"), 7: ("seven",), 8: ("eight",), 9: ("nine",), 10: ("ten",),
               11: ("eleven",), 12: ("twelve",)}
#: month names (English, and the other languages this set writes dates in), for the date checks
MONTH_NAMES = {1: ("jan", "januar", "leden", "ledna", "janvier"), 2: ("feb", "februar", "únor", "února", "février"),
               3: ("mar", "mac", "březen", "března", "mars"), 4: ("apr", "april", "duben", "dubna", "avril"),
               5: ("may", "mei", "květen", "května", "mai"), 6: ("jun", "červen", "června", "juin"),
               7: ("jul", "julai", "červenec", "července", "juillet"), 8: ("aug", "ogos", "srpen", "srpna", "août"),
               9: ("sep", "září", "septembre"), 10: ("oct", "okt", "říjen", "října", "octobre"),
               11: ("nov", "listopad", "listopadu", "novembre"), 12: ("dec", "dis", "prosinec", "prosince",
                                                                      "décembre")}


@dataclass
class Instalments:
    """A payment plan the articles carried by ``ids`` state in ``plan_words``: ``price`` (the customer's own, or the
    article's), a ``deposit_share`` of it (a fraction) or a ``deposit`` amount paid up front, the rest in ``count``
    equal instalments every ``interval`` (one of ``INTERVALS``, worded as ``interval_words`` in ``plan_words``),
    a plan ``fee`` on each instalment (``fee_mode`` "each") or once with the deposit ("once"), worded as
    ``fee_words``, the first instalment due ``first_after`` intervals after ``start`` (ISO: the booking or the start
    the plan counts from), worded as ``due_words``. ``paid``:
    the instalments the customer has paid. ``facts``: what the question, the history or the tool record gives (the
    price, the date, the paid count). ``kind`` (one of ``KINDS``) is what the answer states: ``figure`` (an amount,
    a count, or an ISO date) stated by ``right`` as ``said``; ``wrong`` states ``wrong_figure`` as ``wrong_said``,
    reached by a ``slip`` (``twin_words`` / ``twin``: the superseded twin's plan words and the fields it changes);
    ``frags`` are the figures only the wrong answer states. ``places``: the decimals amounts are rounded to (half
    up). A lookup tool ``name`` called with ``input`` returned ``output`` when ``name`` is set."""

    question: str
    ids: tuple[str, ...]
    plan_words: str
    price: float
    count: int
    interval: str
    interval_words: str
    kind: str
    facts: tuple[str, ...]
    figure: Any
    said: str
    wrong_figure: Any
    wrong_said: str
    slip: str
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    deposit_share: float = 0.0
    deposit: float = 0.0
    fee: float = 0.0
    fee_mode: str = ""
    fee_words: str = ""
    due_words: str = ""
    start: str = ""
    first_after: int = 1
    paid: int = 0
    places: int = 2
    twin_words: str = ""
    twin: dict[str, Any] | None = None
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = ()


def _exact(x: float) -> Fraction:
    return Fraction(Decimal(str(x)))


def _round(x: Fraction, places: int) -> float:
    exact = Decimal(x.numerator) / Decimal(x.denominator)
    return float(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def deposit_of(v: Instalments) -> Fraction:
    """The deposit: the stated amount, or the stated share of the price rounded to the plan's places."""
    if v.deposit:
        return _exact(v.deposit)
    return _exact(_round(_exact(v.price) * _exact(v.deposit_share), v.places))


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(v: Instalments, n: int, interval: str = "") -> str:
    """The ISO date the ``n``-th instalment (1 = the first) is due: ``first_after + n - 1`` intervals after the
    start, each month counted from the start itself (the same day of the month, or the month's last)."""
    step = INTERVALS[interval or v.interval]
    start = dt.date.fromisoformat(v.start)
    k = v.first_after + n - 1
    day = _add_months(start, k) if step == "month" else start + dt.timedelta(days=step * k)
    return day.isoformat()


def plan_figure(v: Instalments, slip: str = "") -> Any:
    """What the plan gives the customer (an amount, a count or an ISO date, by ``kind``), or ``slip``'s reading."""
    if slip == "twin":
        return plan_figure(dataclasses.replace(v, **(v.twin or {})))
    if v.kind == "next_due":
        if v.paid >= v.count:
            raise ValueError("every instalment is paid: nothing is due next")
        return due_date(v, v.paid + 1, MISREAD[v.interval] if slip == "interval" else "")
    count = v.count - 1 if slip == "deposit_counted" else v.count
    left = count - v.paid
    if left < 0 or count < 1:
        raise ValueError(f"{v.paid} paid of {count} instalments")
    if v.kind == "left":
        return left
    financed = _exact(v.price) - (0 if slip == "deposit_kept" else deposit_of(v))
    each = financed / count
    fee = _exact(v.fee)
    if (v.fee_mode == "each" and slip != "fee_once") or (v.fee_mode == "once" and slip == "fee_each"):
        each += fee
    if v.kind == "instalment":
        return _round(each, v.places)
    return _round(each * left, v.places)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _forms(x: float, places: int) -> set[str]:
    """The digit strings an amount may be written with: with its decimals, without trailing zeros, whole."""
    plain = f"{x:.2f}".rstrip("0").rstrip(".")
    forms = {_digits(f"{x:.{max(places, 0)}f}"), _digits(f"{x:.2f}"), _digits(plain)}
    if float(x).is_integer():
        forms.add(str(int(x)))
    return forms


def _numbers(text: str) -> set[str]:
    """The digits of each figure of ``text``: thousands written with points, commas, apostrophes, spaces (also
    the lakh grouping 1,85,000) kept together with the figure."""
    return {_digits(s) for s in re.findall(r"\d(?:[\d.,'\u2019 \u00a0\u202f]*\d)?", text)}


def states(text: str, x: float, places: int = 2) -> bool:
    """Whether ``text`` writes the amount ``x`` as one of its figures (any separators, with or without cents)."""
    return bool(_forms(x, places) & _numbers(text))


def count_written(n: int, text: str) -> bool:
    """Whether ``text`` writes the count ``n`` (a figure on its own, or an English count word)."""
    low = text.lower()
    if re.search(rf"(?<![\d.,]){n}(?![\d])", low):
        return True
    return any(re.search(rf"\b{w}\b", low) for w in COUNT_WORDS.get(n, ()))


def date_written(iso: str, text: str) -> bool:
    """Whether ``text`` writes the date ``iso``: its day as a figure, and its month as a figure beside it or by
    name (English, Malay, Czech or French, full or short)."""
    day = dt.date.fromisoformat(iso)
    low = text.lower()
    figures = [int(f) for f in re.findall(r"\d+", low)]
    if day.day not in figures:
        return False
    numeric = re.search(rf"(?<!\d)0?{day.day}\s*[./-]\s*0?{day.month}(?!\d)", low) or re.search(
        rf"(?<!\d)0?{day.month}\s*[./-]\s*0?{day.day}(?!\d)", low) or re.search(
        rf"{day.year}\s*[./-]\s*0?{day.month}\s*[./-]\s*0?{day.day}(?!\d)", low) or re.search(
        rf"{day.year}년\s*0?{day.month}월\s*0?{day.day}일", low)
    return bool(numeric) or any(name in low for name in MONTH_NAMES[day.month])


def _writes(v: Instalments, text: str, figure: Any) -> bool:
    if v.kind == "next_due":
        return date_written(figure, text)
    if v.kind == "left":
        return count_written(figure, text)
    return states(text, figure, v.places)


def check_instalments(v: Instalments, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse an instalment pair whose plan words are not in the retrieved articles, whose price, date or paid
    count is not in the question, the history or the record, whose slip has nothing to misread, whose right figure
    is not what the plan gives, whose wrong figure is not what its slip gives or equals the right one, whose answers
    do not state their own figures, or whose wrong fragments are in an article (or in the right answer)."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    if not v.plan_words or v.plan_words not in evidence:
        raise ValueError(f"{where}: the payment plan must be in the retrieved articles")
    if v.kind not in KINDS or v.interval not in INTERVALS:
        raise ValueError(f"{where}: a kind is one of {', '.join(KINDS)} and an interval one of {', '.join(INTERVALS)}")
    if not v.interval_words or v.interval_words not in v.plan_words:
        raise ValueError(f"{where}: the interval must be worded in the plan")
    if not count_written(v.count, v.plan_words):
        raise ValueError(f"{where}: the number of instalments must be written in the plan")
    if v.price <= 0 or v.count < 1 or v.paid < 0 or v.deposit < 0 or v.deposit_share < 0 or v.fee < 0:
        raise ValueError(f"{where}: a price and a count are positive; a deposit, a fee and a paid count not negative")
    if v.deposit and v.deposit_share:
        raise ValueError(f"{where}: a deposit is an amount or a share, not both")
    if v.deposit and not states(v.plan_words, v.deposit, v.places):
        raise ValueError(f"{where}: the deposit amount must be written in the plan")
    if v.deposit_share and str(_round(_exact(v.deposit_share) * 100, 2)).removesuffix(".0") not in v.plan_words:
        raise ValueError(f"{where}: the deposit's share must be written in the plan (as a percentage)")
    if v.fee and (v.fee_mode not in ("each", "once") or not v.fee_words or v.fee_words not in evidence
                  or not states(v.fee_words, v.fee, v.places)):
        raise ValueError(f"{where}: a plan fee is written in the retrieved articles (``fee_words``) and charged on "
                         "'each' instalment or 'once'")
    if v.kind == "next_due" and (not v.due_words or v.due_words not in evidence):
        raise ValueError(f"{where}: when the first instalment falls due must be in the retrieved articles")
    record = "" if v.output is None else repr(v.output)
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: the customer's facts must be in the question, the history or the record")
    if not states(evidence, v.price, v.places) and not any(states(f, v.price, v.places) for f in v.facts):
        raise ValueError(f"{where}: the price must be in the articles or written where the customer's facts are")
    if v.kind == "next_due" and not any(date_written(v.start, f) for f in v.facts):
        raise ValueError(f"{where}: the date the plan counts from must be written where the customer's facts are")
    if v.paid and not any(count_written(v.paid, f) for f in v.facts):
        raise ValueError(f"{where}: the instalments already paid must be written where the customer's facts are")
    if v.slip not in SLIPS:
        raise ValueError(f"{where}: a slip is one of {', '.join(SLIPS)}, not {v.slip!r}")
    has_deposit = bool(v.deposit or v.deposit_share)
    applies = {"deposit_kept": has_deposit and v.kind in ("instalment", "balance"),
               "deposit_counted": has_deposit and v.count > 1 and v.kind in ("instalment", "balance", "left"),
               "fee_once": v.fee_mode == "each" and bool(v.fee) and v.kind in ("instalment", "balance"),
               "fee_each": v.fee_mode == "once" and bool(v.fee) and v.kind in ("instalment", "balance"),
               "interval": v.kind == "next_due" and v.interval in MISREAD
               and MISREAD[v.interval] in INTERVALS,
               "twin": bool(v.twin) and bool(v.twin_words) and v.twin_words in evidence
               and v.twin_words not in v.plan_words}
    if not applies[v.slip]:
        raise ValueError(f"{where}: the slip {v.slip!r} needs a plan it can misread (a deposit, a plan fee of the "
                         "other mode, an interval, a twin retrieved beside)")
    right, wrong = plan_figure(v), plan_figure(v, v.slip)
    if v.kind in ("next_due", "left"):
        if v.figure != right or v.wrong_figure != wrong:
            raise ValueError(f"{where}: the figures {v.figure!r} / {v.wrong_figure!r} are not the plan's and the "
                             f"slip's ({right!r} / {wrong!r})")
        if right == wrong:
            raise ValueError(f"{where}: the slip must reach another figure than the plan's")
    else:
        if abs(v.figure - right) > 0.005:
            raise ValueError(f"{where}: the right figure {v.figure} is not what the plan gives ({right})")
        if abs(v.wrong_figure - wrong) > 0.005:
            raise ValueError(f"{where}: the wrong figure {v.wrong_figure} does not follow from the slip ({wrong})")
        if abs(wrong - right) <= 0.005:
            raise ValueError(f"{where}: the slip must reach another figure than the plan's")
    if v.said not in v.right or v.wrong_said not in v.wrong or v.wrong_said in v.right:
        raise ValueError(f"{where}: each answer states its own figure, and only the wrong one the wrong figure")
    if not _writes(v, v.said, right) or not _writes(v, v.wrong_said, wrong):
        raise ValueError(f"{where}: each answer must write its figure in what it says")
    if v.kind not in ("left", "next_due") and states(v.right, wrong, v.places):
        raise ValueError(f"{where}: the right answer must not write the wrong figure")
    low_right, low_wrong = v.right.lower(), v.wrong.lower()
    if not v.frags or any(f.lower() in low_right or f.lower() not in low_wrong for f in v.frags):
        raise ValueError(f"{where}: the wrong answer's fragments are in it and not in the right answer")
    everything = " ".join(" ".join(entry) for entry in articles.values()).lower()
    if any(f.lower() in everything for f in v.frags):
        raise ValueError(f"{where}: the wrong figure's fragments must be in no article")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a payment plan worked for the customer, rightly or, wrongly, by a slipped
    reading."""

    def _instalments(self, answer: str) -> Case:
        v: Instalments = self.dom.INSTALMENTS
        check_instalments(v, {**self.dom.ARTICLES, **self.dom.FAQ}, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Instalments = self.dom.INSTALMENTS
        self.add(self._instalments(v.right), [], "", f"a payment plan worked for the customer ({KINDS[v.kind]}): "
                 f"{v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Instalments = self.dom.INSTALMENTS
        self.add(self._instalments(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a payment plan worked wrongly, {SLIPS[v.slip]}: {v.variation}", v.frags)

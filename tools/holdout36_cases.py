"""Thirty-sixth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to thirty-fifth sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. None of the later sets' own recipes (corrected detail, dated
versions, excepted rule, figure per unit, threshold, deadline, linked status, tallied record, stacked adjustments,
the thirtieth set's prorated period, eligibility rule, converted figure, recurring schedule, usage rounded to
increments, usage priced by bands) is taken, so the set keeps its size and healthy share. The content (house
styles, answers, inventions, retrieval shapes) is this set's own, written by its author without reading any
detector. What this set adds:

- ``Prorated``: the retrieved article states a charge by a period (a calendar month, a quarter of 13 weeks) and a
  rule for a part of it (joining part-way pays only the days left, the first day counted; leaving part-way refunds
  the unused days or the unused whole weeks; a fee that is charged in full and never split; the actual number of
  days in that month, or a fixed 30-day month, as the article says). The question (or a lookup tool's record)
  gives the customer's date. The right answer states the prorated charge or refund the rule gives, with or without
  its working; the wrong one slips the way a hurried assistant does (the day count off by one, the first day
  left out; a 30-day month where the article counts the actual days, or the other way round; the fee that is not
  prorated prorated as well; last year's price, from the superseded twin retrieved beside the article; the used
  part refunded instead of the unused part) and states the figure that slip gives. The rule, the price and the
  customer's date were seen; only the figure, which the article's rule applied to the customer's date
  contradicts, was not.
"""

from __future__ import annotations

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

__all__ = ["Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Prorated", "Quote",
           "Recipes", "Refusal", "Twins", "prorated_figure", "search_query"]

#: the part-period rules an article may state
RULES = {"join": "joining part-way pays the days left in the period, the first day counted",
         "leave_days": "leaving part-way refunds the days after the last day of service",
         "leave_weeks": "leaving part-way refunds the whole weeks after the week of the last day of service"}
#: how a month's days are counted
BASES = {"actual": "the actual number of days in that month (or period)", "thirty": "a fixed 30-day month"}
#: how a wrong answer slips, as a variation names it
SLIPS = {"off_by_one": "the day count off by one, the first day left out",
         "basis": "a 30-day month where the article counts the actual days, or the other way round",
         "fee": "the fee that is not prorated prorated as well",
         "twin": "last year's price used, from the superseded twin retrieved beside the article",
         "used": "the used part refunded instead of the unused part"}


@dataclass
class Prorated:
    """A charge by a period and its part-period rule, stated in the articles carried by ``ids`` as ``rule_words``:
    ``price`` for the whole period; ``rule`` one of ``RULES``; ``basis`` one of ``BASES`` (for ``leave_weeks``,
    ``weeks`` is the number of weeks the price covers); ``fee`` a fee charged in full whatever the date, stated as
    ``fee_words``; ``places`` the decimals the figure is rounded to (half up). The period runs from ``start`` to
    ``end`` (ISO dates, both counted), or is the calendar month of the customer's date when they are empty. The
    customer's date ``on`` (ISO: the first day for ``join``, the last day of service otherwise) is written as
    ``facts`` in the question, the history or the tool record. ``figure`` is what the rule gives, stated by
    ``right`` as ``said``; ``wrong`` states ``wrong_figure`` as ``wrong_said``, reached by a ``slip`` (``twin_words``
    / ``twin``: the superseded twin's words and the fields it changes); ``frags`` are the figures only the wrong
    answer states. A lookup tool ``name`` called with ``input`` returned ``output`` when ``name`` is set."""

    question: str
    ids: tuple[str, ...]
    rule_words: str
    price: float
    rule: str
    on: str
    facts: tuple[str, ...]
    figure: float
    said: str
    wrong_figure: float
    wrong_said: str
    slip: str
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    basis: str = "actual"
    weeks: int = 0
    fee: float = 0.0
    fee_words: str = ""
    places: int = 2
    start: str = ""
    end: str = ""
    twin_words: str = ""
    twin: dict[str, Any] | None = None
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = ()


def period_of(v: Prorated) -> tuple[dt.date, dt.date]:
    """The period the price covers: ``start`` to ``end``, or the calendar month of the customer's date."""
    if v.start or v.end:
        first, last = dt.date.fromisoformat(v.start), dt.date.fromisoformat(v.end)
    else:
        day = dt.date.fromisoformat(v.on)
        first = day.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if last < first:
        raise ValueError(f"the period {first} to {last} runs backwards")
    return first, last


def _round(x: Fraction, places: int) -> float:
    exact = Decimal(x.numerator) / Decimal(x.denominator)
    return float(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def prorated_figure(v: Prorated, slip: str = "") -> float:
    """The charge (``join``) or refund (``leave_*``) the article's rule gives for the customer's date, or
    ``slip``'s reading of it."""
    if slip == "twin":
        return prorated_figure(dataclasses.replace(v, **(v.twin or {})))
    first, last = period_of(v)
    day = dt.date.fromisoformat(v.on)
    if not first <= day <= last:
        raise ValueError(f"{v.on} is not inside the period {first} to {last}")
    price = Fraction(Decimal(str(v.price)))
    if v.rule == "leave_weeks":
        used = (day - first).days // 7 + 1  # the week of the last day counts as used
        weeks = {"off_by_one": v.weeks - used + 1, "used": used}.get(slip, v.weeks - used)
        return _round(price * weeks / v.weeks, v.places)
    if v.rule == "join":
        days = {"off_by_one": (last - day).days, "used": (day - first).days}.get(slip, (last - day).days + 1)
    else:
        days = {"off_by_one": (last - day).days + 1, "used": (day - first).days + 1}.get(slip, (last - day).days)
    basis = v.basis
    if slip == "basis":
        basis = "actual" if basis == "thirty" else "thirty"
    share = Fraction(min(days, 30), 30) if basis == "thirty" else Fraction(days, (last - first).days + 1)
    fee = Fraction(Decimal(str(v.fee)))
    amount = price * share + (fee * share if slip == "fee" else fee)
    return _round(amount, v.places)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _forms(x: float) -> set[str]:
    """The digit strings an amount may be written with: with cents, without trailing zeros, whole."""
    forms = {_digits(f"{x:.2f}"), _digits(f"{x:g}")}
    if float(x).is_integer():
        forms.add(str(int(x)))
    return forms


def _numbers(text: str) -> set[str]:
    """The digits of each figure of ``text`` (thousands spaces, points, commas and apostrophes inside it kept
    together)."""
    return {_digits(s) for s in re.findall(r"\d(?:[\d.,' \u00a0\u202f]*\d)?", text)}


def _states(text: str, x: float) -> bool:
    """Whether ``text`` writes the amount ``x`` as one of its figures (any separators, with or without cents)."""
    return bool(_forms(x) & _numbers(text))


#: month names the customers and the record may write a date with (English, Italian, Russian genitive)
MONTHS = {1: ("january", "jan", "gennaio", "января"), 2: ("february", "feb", "febbraio", "февраля"),
          3: ("march", "mar", "marzo", "марта"), 4: ("april", "apr", "aprile", "апреля"),
          5: ("may", "maggio", "мая"), 6: ("june", "jun", "giugno", "июня"), 7: ("july", "jul", "luglio", "июля"),
          8: ("august", "aug", "agosto", "августа"), 9: ("september", "sep", "sept", "settembre", "сентября"),
          10: ("october", "oct", "ottobre", "октября"), 11: ("november", "nov", "novembre", "ноября"),
          12: ("december", "dec", "dicembre", "декабря")}


def _date_forms(day: dt.date) -> set[str]:
    """How a date may be written: numbers with any of the usual separators and orders, or a month name."""
    forms = set()
    for d in {str(day.day), f"{day.day:02d}"}:
        for m in {str(day.month), f"{day.month:02d}"}:
            for sep in "/.-":
                forms |= {f"{d}{sep}{m}{sep}{day.year}", f"{m}{sep}{d}{sep}{day.year}", f"{day.year}{sep}{m}{sep}{d}",
                          f"{d}{sep}{m}{sep}{day.year % 100:02d}"}
    for name in MONTHS[day.month]:
        forms |= {f"{day.day} {name}", f"{name} {day.day}", f"{day.day}th {name}", f"{name} {day.day}th"}
    return forms


def _date_written(day: dt.date, text: str) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<![\d\w]){re.escape(f)}(?![\d])", low) for f in _date_forms(day))


def check_prorated(v: Prorated, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a prorated pair whose rule and price are not in the retrieved articles, whose date is not in the
    question, the history or the record, whose right figure is not what the rule gives, whose wrong figure does not
    follow from its slip or equals the right one, whose answers do not state their own figures, or whose wrong
    fragments are in an article (or in the right answer)."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    if not v.rule_words or v.rule_words not in evidence:
        raise ValueError(f"{where}: the part-period rule must be in the retrieved articles")
    if v.price <= 0 or not _states(v.rule_words, v.price):
        raise ValueError(f"{where}: the price for the period must be written in the rule's words")
    if v.rule not in RULES or v.basis not in BASES:
        raise ValueError(f"{where}: a rule is one of {', '.join(RULES)}, a basis one of {', '.join(BASES)}")
    if v.basis == "thirty" and "30" not in v.rule_words:
        raise ValueError(f"{where}: a fixed 30-day month must be said in the rule's words")
    if v.rule == "leave_weeks" and (v.weeks <= 1 or not re.search(rf"(?<!\d){v.weeks}(?!\d)", v.rule_words)):
        raise ValueError(f"{where}: the number of weeks the price covers must be written in the rule's words")
    if v.fee and (v.rule != "join" or not v.fee_words or v.fee_words not in evidence
                  or not _states(v.fee_words, v.fee)):
        raise ValueError(f"{where}: a fee charged in full must be written in the retrieved articles (joining only)")
    record = "" if v.output is None else repr(v.output)
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: the customer's date must be in the question, the history or the record")
    if not any(_date_written(dt.date.fromisoformat(v.on), f) for f in v.facts):
        raise ValueError(f"{where}: the date {v.on} must be written where the customer's date is")
    if v.start or v.end:
        for bound in (v.start, v.end):
            if not _date_written(dt.date.fromisoformat(bound), f"{said} {evidence}"):
                raise ValueError(f"{where}: the period's bound {bound} must be in the record or the articles")
    if v.slip not in SLIPS:
        raise ValueError(f"{where}: a slip is one of {', '.join(SLIPS)}, not {v.slip!r}")
    applies = {"off_by_one": True, "basis": v.rule != "leave_weeks", "fee": bool(v.fee),
               "twin": bool(v.twin) and bool(v.twin_words) and v.twin_words in evidence
               and v.twin_words not in v.rule_words,
               "used": v.rule != "join"}
    if not applies[v.slip]:
        raise ValueError(f"{where}: the slip {v.slip!r} needs a rule it can misread (days in a month, a fee, a "
                         "refund, a twin retrieved beside the article)")
    right, wrong = prorated_figure(v), prorated_figure(v, v.slip)
    if abs(v.figure - right) > 0.005:
        raise ValueError(f"{where}: the right figure {v.figure} is not what the rule gives ({right})")
    if abs(v.wrong_figure - wrong) > 0.005:
        raise ValueError(f"{where}: the wrong figure {v.wrong_figure} does not follow from the slip ({wrong})")
    if abs(wrong - right) <= 0.005:
        raise ValueError(f"{where}: the slip must reach another figure than the rule's")
    if v.said not in v.right or v.wrong_said not in v.wrong or v.wrong_said in v.right:
        raise ValueError(f"{where}: each answer states its own figure, and only the wrong one the wrong figure")
    if not _states(v.said, right) or not _states(v.wrong_said, wrong):
        raise ValueError(f"{where}: each answer must write its figure in what it says")
    if _states(v.right, wrong):
        raise ValueError(f"{where}: the right answer must not write the wrong figure")
    if not v.frags or any(f.lower() in v.right.lower() for f in v.frags) or any(f not in v.wrong for f in v.frags):
        raise ValueError(f"{where}: the wrong answer's fragments are in it and not in the right answer")
    everything = " ".join(" ".join(entry) for entry in articles.values()).lower()
    if any(f.lower() in everything for f in v.frags):
        raise ValueError(f"{where}: the wrong figure's fragments must be in no article")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a charge by a period prorated by the article's rule for the customer's
    date, rightly or, wrongly, by a slipped reading."""

    def _prorated(self, answer: str) -> Case:
        v: Prorated = self.dom.PRORATED
        check_prorated(v, {**self.dom.ARTICLES, **self.dom.FAQ}, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Prorated = self.dom.PRORATED
        self.add(self._prorated(v.right), [], "", f"a period's charge prorated by the article's rule: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Prorated = self.dom.PRORATED
        self.add(self._prorated(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a period's charge prorated wrongly, {SLIPS[v.slip]}: {v.variation}", v.frags)

"""Thirtieth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to twenty-ninth sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. The twenty-first set's corrected detail, the twenty-second set's
dated versions, the twenty-third set's excepted rule, the twenty-fourth set's figure per one unit, the twenty-fifth
set's threshold, the twenty-sixth set's deadline, the twenty-seventh set's linked status, the twenty-eighth set's
tallied record and the twenty-ninth set's stacked adjustments are not taken, so the set keeps its size and healthy
share. The content (house styles, answers, inventions, retrieval shapes) is this set's own, written by its author
without reading any detector. What this set adds:

- ``Prorated``: the retrieved article gives a charge for a whole period (a month's membership, a term, a four-week
  hire, a monthly plan) and the rule for a part of that period ("unused days are refunded at the monthly fee
  divided by 30, less an admin fee", "a late start pays for the whole weeks left, a started week counts in full",
  "no refund in the last 7 days of the membership month", "the day you bring it back counts as a hire day"). The
  question, and where useful a lookup tool's record, gives this customer's dates. The right answer applies the
  rule to those dates and states the resulting refund or charge; the wrong one prorates the way a hurried
  assistant would (a day counted one off, the calendar month's length used where the rule says 30, the admin fee
  forgotten, a part week rounded down where the rule rounds up, a refund inside the no-refund window) and states
  the figure that follows from that reading. The period charge and the rule were seen; only the amount for this
  customer was not: the fault is a part-period rule applied against its own words.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
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
from holdout29_cases import check_worked_figures

__all__ = ["Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Prorated", "Quote",
           "Recipes", "Refusal", "Twins", "prorate", "search_query"]

#: how the article charges or refunds a part of the period
METHODS = {"days": "each day left in the period at the period's charge divided by a fixed number of days",
           "weeks": "each week left in the period at the period's charge divided by its weeks, a started week "
                    "counted in full"}
#: how a wrong answer prorates, as a variation names it
SLIPS = {"count": "the day the customer names counted as a day left", "calendar": "the calendar length of the "
         "period used where the rule fixes the divisor", "fee": "the admin fee forgotten",
         "round": "a started week rounded down where the rule counts it in full",
         "window": "a refund given inside the no-refund window"}
#: what the stated figure is: money back to the customer, or money the customer owes
KINDS = ("refund", "charge")


@dataclass
class Prorated:
    """A charge for a whole period (``charge``, as ``charge_words`` gives it) running from ``start`` to ``end``
    (ISO dates, both days included; ``weeks`` of them for the ``weeks`` method) and the article's rule for a part
    of it (``rule_words``, as the articles carried by ``ids`` word it; ``method`` one of ``METHODS``, with its
    ``divisor`` of days, a ``fee`` taken off a refund or added to a charge, and a ``window`` of last days with no
    refund). ``first``: the customer's first day left in the period (ISO), said in ``facts`` by the question, the
    history or the tool record. ``figure`` is what the rule gives (a ``kind`` of figure), stated by ``right`` as
    ``said``; ``wrong`` states ``wrong_figure`` as ``wrong_said``, reached by a ``slip`` (``frags``: the figures
    only the wrong reading reaches). A lookup tool ``name`` called with ``input`` returned ``output`` when ``name``
    is set."""

    question: str
    ids: tuple[str, ...]
    charge: float
    charge_words: str
    rule_words: tuple[str, ...]
    method: str
    start: str
    end: str
    first: str
    facts: tuple[str, ...]
    kind: str
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
    divisor: int = 30
    weeks: int = 0
    fee: float = 0.0
    fee_words: str = ""
    window: int = 0
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = ()


def days_left(v: Prorated, slip: str = "") -> int:
    """The days from the customer's first day left to the period's last day, both included (one more with the
    ``count`` slip, which counts the day the customer names as well)."""
    days = (date.fromisoformat(v.end) - date.fromisoformat(v.first)).days + 1
    return days + 1 if slip == "count" else days


def prorate(v: Prorated, slip: str = "") -> float:
    """The refund or charge the article's part-period rule gives for the customer's dates, or ``slip``'s reading
    of it (one of ``SLIPS``)."""
    left = days_left(v, slip)
    length = (date.fromisoformat(v.end) - date.fromisoformat(v.start)).days + 1
    if not 0 < left <= length + (slip == "count"):
        raise ValueError(f"the customer's first day left {v.first} is outside the period {v.start} to {v.end}")
    if v.window and left <= v.window and slip != "window":
        return 0.0
    if v.method == "days":
        amount = left * v.charge / (length if slip == "calendar" else v.divisor)
    elif v.method == "weeks":
        weeks = (math.floor if slip == "round" else math.ceil)(left / 7)
        amount = weeks * v.charge / v.weeks
    else:
        raise ValueError(f"a part-period rule is {', '.join(METHODS)}, not {v.method!r}")
    fee = 0.0 if slip == "fee" else v.fee
    amount = amount - fee if v.kind == "refund" else amount + fee
    return round(max(amount, 0.0), 2)


def check_prorated(v: Prorated, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a prorated pair whose period charge or part-period rule is not in the retrieved articles, whose right
    figure is not what the rule gives for the customer's dates, or whose wrong figure is (or does not follow from
    its slip)."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    record = "" if v.output is None else repr(v.output)
    if v.charge_words not in evidence:
        raise ValueError(f"{where}: the charge for the whole period must be in the retrieved articles")
    if not v.rule_words or any(w not in evidence for w in v.rule_words):
        raise ValueError(f"{where}: the part-period rule must be in the retrieved articles")
    if v.fee and v.fee_words not in evidence:
        raise ValueError(f"{where}: the admin fee must be in the retrieved articles")
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: the customer's dates must be in the question or the record")
    if v.method not in METHODS or v.slip not in SLIPS or v.kind not in KINDS:
        raise ValueError(f"{where}: a method is {', '.join(METHODS)}; a slip {', '.join(SLIPS)}; a figure "
                         f"{', '.join(KINDS)}")
    if v.method == "weeks" and v.weeks <= 0:
        raise ValueError(f"{where}: a rule by weeks needs the period's number of weeks")
    if (v.slip == "fee" and not v.fee) or (v.slip == "window" and not v.window) or \
            (v.slip == "round" and v.method != "weeks") or (v.slip == "calendar" and v.method != "days"):
        raise ValueError(f"{where}: the slip {v.slip!r} needs a rule it can misread")
    check_worked_figures(v, where, prorate(v), prorate(v, v.slip), "wrong reading")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a part of a period charged or refunded by the article's own rule or, wrongly,
    by a slipped reading of it."""

    def _prorated(self, answer: str) -> Case:
        v: Prorated = self.dom.PRORATED
        check_prorated(v, self.dom.ARTICLES, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Prorated = self.dom.PRORATED
        self.add(self._prorated(v.right), [], "", f"part of a period prorated by the article's rule: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Prorated = self.dom.PRORATED
        self.add(self._prorated(v.wrong), ["HALLUCINATION"], v.strength,
                 f"part of a period prorated against the article's rule, {SLIPS[v.slip]}: {v.variation}", v.frags)

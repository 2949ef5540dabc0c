"""Twenty-ninth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to twenty-eighth sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. The twenty-first set's corrected detail, the twenty-second set's
dated versions, the twenty-third set's excepted rule, the twenty-fourth set's figure per one unit, the twenty-fifth
set's threshold, the twenty-sixth set's deadline, the twenty-seventh set's linked status and the twenty-eighth
set's tallied record are not taken, so the set keeps its size and healthy share. The content (house styles,
answers, inventions, retrieval shapes) is this set's own, written by its author without reading any detector. What
this set adds:

- ``Stacked``: the retrieved article gives two or more price adjustments (a member discount, an off-peak or
  weekday reduction, a group rate, an express or late surcharge, a gift card) and the rule for combining them
  ("offers do not combine; the larger one applies", "the surcharge is added before the card discount is taken
  off", "the member discount is taken off the already reduced price", "a gift card cannot bring a booking below a
  floor"). The question, and where useful a lookup tool's record, gives what applies to this customer. The right
  answer combines the adjustments the way the rule says and states the resulting price (or saving); the wrong one
  combines them the way a hurried assistant would (two offers stacked that the rule says do not combine, the
  adjustments applied in the wrong order, the percentages all taken off the original price, the floor ignored)
  and states the figure that follows from that. Every adjustment and the rule were seen; only the combination,
  and the price it states for this customer, were not: the fault is a set of adjustments combined against the
  article's own rule.
"""

from __future__ import annotations

from dataclasses import dataclass
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

__all__ = ["Adjustment", "Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote",
           "Recipes", "Refusal", "Stacked", "Twins", "combine", "search_query"]

#: how the article says the adjustments combine
RULES = {"one": "only the adjustment that gives the lowest price applies (surcharges still apply)",
         "chain": "each adjustment applies in turn, in the article's order, to the price the one before left"}
#: how a wrong answer combines them, as a variation names it
SLIPS = {"stacked": "offers that do not combine stacked", "order": "the adjustments applied in the wrong order",
         "base": "every percentage taken off the original price", "floor": "the floor ignored"}
#: what the stated figure is: the price the customer pays, or what they save against the price before adjustments
KINDS = ("price", "saving")


@dataclass(frozen=True)
class Adjustment:
    """One price adjustment as the article words it (``words``): ``percent`` off, a fixed amount ``minus`` off, or
    a fixed amount ``plus`` added; ``per_unit``: the fixed amount is per person, hour or pair (times ``units``)."""

    words: str
    kind: str
    amount: float
    per_unit: bool = False


@dataclass
class Stacked:
    """A price (``price``, as ``price_words`` gives it, in the articles carried by ``ids`` or the tool result) for
    ``units`` people, hours or items, the adjustments that apply to this customer (``adjustments``, in the order
    the rule applies them, each worded in the articles) and the combining rule (``rule``, as the articles word it;
    ``combine`` one of ``RULES``), with an optional floor (``floor``, worded ``floor_words``). ``facts``: what the
    customer said, or the record holds, that makes each adjustment apply. ``figure`` is what the rule gives (a
    ``kind`` of figure), stated by ``right`` as ``said``; ``wrong`` states ``wrong_figure`` as ``wrong_said``,
    reached by a ``slip`` (``frags``: the figures only the wrong combination reaches). A lookup tool ``name``
    called with ``input`` returned ``output`` when ``name`` is set."""

    question: str
    ids: tuple[str, ...]
    price: float
    price_words: str
    units: int
    adjustments: tuple[Adjustment, ...]
    rule: str
    combine: str
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
    floor: float | None = None
    floor_words: str = ""
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = ()


def _apply(price: float, a: Adjustment, units: int, base: float) -> float:
    """``price`` after one adjustment; a percentage is taken off ``base`` (the running price, or the original one
    for the ``base`` slip)."""
    amount = a.amount * (units if a.per_unit else 1)
    if a.kind == "percent":
        return price - base * a.amount / 100
    if a.kind == "minus":
        return price - amount
    if a.kind == "plus":
        return price + amount
    raise ValueError(f"an adjustment is percent, minus or plus, not {a.kind!r}")


def combine(v: Stacked, slip: str = "") -> float:
    """The figure the adjustments give when combined by the article's rule, or by ``slip`` (one of ``SLIPS``)."""
    start = v.price * v.units
    adjustments = list(v.adjustments)
    if slip == "order":
        adjustments.reverse()
    if v.combine == "one" and slip != "stacked":
        def alone(a: Adjustment) -> float:
            p = start
            for b in adjustments:
                if b.kind == "plus" or b is a:
                    p = _apply(p, b, v.units, p)
            return p

        discounts = [a for a in adjustments if a.kind != "plus"]
        best = min(discounts, key=alone)
        adjustments = [a for a in adjustments if a.kind == "plus" or a is best]
    price = start
    for a in adjustments:
        price = _apply(price, a, v.units, start if slip == "base" else price)
    if v.floor is not None and slip != "floor":
        price = max(price, v.floor)
    price = round(price, 2)
    return price if v.kind == "price" else round(start - price, 2)


def check_stacked(v: Stacked, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a stacked pair whose adjustments or combining rule are not in the retrieved articles, whose right
    figure is not what the rule gives, or whose wrong figure is (or does not follow from its slip)."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    record = "" if v.output is None else repr(v.output)
    if v.rule not in evidence or any(a.words not in evidence for a in v.adjustments):
        raise ValueError(f"{where}: every adjustment and the combining rule must be in the retrieved articles")
    if len(v.adjustments) < 2:
        raise ValueError(f"{where}: a stacked price needs two adjustments or more")
    if v.floor is not None and v.floor_words not in evidence:
        raise ValueError(f"{where}: the floor must be in the retrieved articles")
    if v.price_words not in evidence and v.price_words not in record:
        raise ValueError(f"{where}: the price before adjustments must be in the articles or the tool result")
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: what makes each adjustment apply must be in the question or the record")
    if v.combine not in RULES or v.slip not in SLIPS or v.kind not in KINDS:
        raise ValueError(f"{where}: a rule is {', '.join(RULES)}; a slip {', '.join(SLIPS)}; a figure "
                         f"{', '.join(KINDS)}")
    if v.slip == "stacked" and v.combine != "one":
        raise ValueError(f"{where}: only offers that do not combine can be wrongly stacked")
    if v.slip in ("order", "base") and v.combine != "chain":
        raise ValueError(f"{where}: an order or a base only matters when the adjustments apply in turn")
    if v.slip == "floor" and v.floor is None:
        raise ValueError(f"{where}: a floor can only be ignored where the article sets one")
    check_worked_figures(v, where, combine(v), combine(v, v.slip), "wrong combination")


def check_worked_figures(v: Any, where: str, rule_gives: float, slip_gives: float, wrong_reading: str) -> None:
    """The figure checks of a worked recipe's pair (holdout29's ``Stacked``, holdout30's ``Prorated``): the right
    figure is what the rule gives, the wrong one what the slip gives and another figure, each answer states its own
    figure and only the wrong one the wrong figure, and the right answer none of the wrong reading's fragments."""
    if abs(v.figure - rule_gives) > 0.005:
        raise ValueError(f"{where}: the right figure {v.figure} is not what the rule gives ({rule_gives})")
    if abs(v.wrong_figure - slip_gives) > 0.005:
        raise ValueError(f"{where}: the wrong figure {v.wrong_figure} does not follow from the slip ({slip_gives})")
    if abs(v.wrong_figure - v.figure) <= 0.005:
        raise ValueError(f"{where}: the {wrong_reading} must reach another figure than the rule's")
    if v.said not in v.right or v.wrong_said not in v.wrong or v.wrong_said in v.right:
        raise ValueError(f"{where}: each answer states its own figure, and only the wrong one the wrong figure")
    if not v.frags or any(f.lower() in v.right.lower() for f in v.frags):
        raise ValueError(f"{where}: the right answer must not state the {wrong_reading}'s figures")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus price adjustments combined by the article's own rule or, wrongly, by
    another combination."""

    def _stacked(self, answer: str) -> Case:
        v: Stacked = self.dom.STACKED
        check_stacked(v, self.dom.ARTICLES, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Stacked = self.dom.STACKED
        self.add(self._stacked(v.right), [], "", f"price adjustments combined by the article's rule: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Stacked = self.dom.STACKED
        self.add(self._stacked(v.wrong), ["HALLUCINATION"], v.strength,
                 f"price adjustments combined against the article's rule, {SLIPS[v.slip]}: {v.variation}", v.frags)

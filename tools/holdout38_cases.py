"""Thirty-eighth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to thirty-seventh sets' modules re-export them) are reused by import: request shapes, the strength rotation over
the domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a
question answered from the lookup tool (right and contradicted in words), off-topic questions with replies and
retrieval shapes of their own, a figure borrowed from an article that was not retrieved, a current article
retrieved beside its stale twin, a record with a gap, a round-up of several articles, a worked quote from a
pricing tool and two options weighed for the customer's situation. None of the later sets' own recipes (corrected
detail, dated versions, excepted rule, figure per unit, threshold, deadline, linked status, tallied record, stacked
adjustments, prorated period, eligibility rule, converted figure, recurring schedule, rounded usage, banded usage,
capped rate) is taken, so the set keeps its size and healthy share. The content (house styles, answers,
inventions, retrieval shapes) is this set's own, written by its author without reading any detector. What this
set adds:

- ``Shared``: the retrieved article states a price for a group, a booking or a household and how it is shared
  (split equally among those who take part, with the organiser free or paying like the others; a part per person
  or per family on top of the shared part; a fee that one party, the owner say, pays alone; a share that is never
  less than a minimum per person). The question (or a lookup tool's record, or the conversation before it) gives
  the customer's own party: how many people or families, and which of them the customer is. The right answer
  states the share the rule gives, with or without its working; the wrong one slips the way a hurried assistant
  does (the price divided by the wrong head-count, the organiser counted or left out against the rule; the part
  per person split as if it were shared, or the shared part charged to each person; a fee that one party pays
  alone split between both; the minimum per person ignored; last year's price, from the superseded twin retrieved
  beside the article) and states the figure that slip gives. The price, the rule and the party were seen; only the
  share, which the rule applied to the party contradicts, was not.
"""

from __future__ import annotations

import dataclasses
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

__all__ = ["Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote", "Recipes",
           "Refusal", "Shared", "Twins", "search_query", "shared_figure"]

#: how the organiser of a group stands in the split, as an article may say
ORGANISERS = {"": "no organiser rule: everyone in the party shares",
              "free": "the organiser (leader, teacher, birthday child) goes free: the others share the price",
              "pays": "the organiser pays a share like everyone else"}
#: how a wrong answer slips, as a variation names it
SLIPS = {"headcount": "the price divided by the wrong head-count, the organiser counted or left out against the rule",
         "each_shared": "the part per person (or per family) split as if it were shared",
         "shared_each": "the shared part charged to each person in full",
         "onepayer": "a fee that one party pays alone split between both parties",
         "minimum": "the minimum per person ignored",
         "twin": "last year's price used, from the superseded twin retrieved beside the article"}

#: count words a customer may write a party size with (English; the other languages' questions use figures)
COUNT_WORDS = {2: ("two", "both", "couple"), 3: ("three",), 4: ("four",), 5: ("five",), 6: ("six",),
               7: ("seven",), 8: ("eight",), 9: ("nine",), 10: ("ten",), 11: ("eleven",), 12: ("twelve",)}


@dataclass
class Shared:
    """A price shared by a party, stated in the articles carried by ``ids`` as ``rule_words``: ``shared`` is the
    price of the whole group, booking or household that is split; ``heads`` the number of people (or families)
    in the customer's party, written as ``facts`` in the question, the history or the tool record; ``organiser``
    one of ``ORGANISERS`` (said as ``organiser_words``); ``each`` a part per person or per family on top of the
    shared part (``each_words``); ``minimum`` the least a person's share of the shared part may be
    (``minimum_words``); ``own`` a fee the customer's own party pays alone and ``other`` one the other party pays
    alone (``own_words``, ``other_words``); ``mine`` the number of shares the customer asks for (one person, one
    family). ``places``: the decimals the figure is rounded to (half up). ``figure`` is what the rule gives,
    stated by ``right`` as ``said``; ``wrong`` states ``wrong_figure`` as ``wrong_said``, reached by ``slip``
    (``twin_words`` / ``twin``: the superseded twin's words and the fields it changes); ``frags`` are the figures
    only the wrong answer states. A lookup tool ``name`` called with ``input`` returned ``output`` when ``name``
    is set."""

    question: str
    ids: tuple[str, ...]
    rule_words: str
    shared: float
    heads: int
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
    organiser: str = ""
    organiser_words: str = ""
    each: float = 0.0
    each_words: str = ""
    minimum: float = 0.0
    minimum_words: str = ""
    own: float = 0.0
    own_words: str = ""
    other: float = 0.0
    other_words: str = ""
    mine: int = 1
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


def payers(v: Shared, slip: str = "") -> int:
    """How many people (or families) share the shared part: the party, less the organiser when the organiser
    goes free; ``headcount`` reads the organiser rule the other way round."""
    free = v.organiser == "free"
    if slip == "headcount":
        free = not free
    return v.heads - 1 if free else v.heads


def shared_figure(v: Shared, slip: str = "") -> float:
    """The customer's share under the article's rule for their party, or ``slip``'s reading of it."""
    if slip == "twin":
        return shared_figure(dataclasses.replace(v, **(v.twin or {})))
    n = payers(v, slip)
    if n < 1:
        raise ValueError(f"{v.heads} in the party leave nobody to share the price")
    shared = _exact(v.shared)
    per = shared if slip == "shared_each" else shared / n
    if slip != "minimum":
        per = max(per, _exact(v.minimum))
    each = _exact(v.each) / n if slip == "each_shared" else _exact(v.each)
    amount = v.mine * (per + each) + _exact(v.own)
    if slip == "onepayer":
        amount += _exact(v.other) / 2
    return _round(amount, v.places)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _forms(x: float) -> set[str]:
    """The digit strings an amount may be written with: with cents, without trailing zeros, whole."""
    plain = f"{x:.2f}".rstrip("0").rstrip(".")
    forms = {_digits(f"{x:.2f}"), _digits(plain)}
    if float(x).is_integer():
        forms.add(str(int(x)))
    return forms


def _numbers(text: str) -> set[str]:
    """The digits of each figure of ``text``: thousands written with points, commas, apostrophes, spaces (also
    the lakh grouping 1,44,000) kept together with the figure."""
    return {_digits(s) for s in re.findall(r"\d(?:[\d.,'\u2019 \u00a0\u202f]*\d)?", text)}


def states(text: str, x: float) -> bool:
    """Whether ``text`` writes the amount ``x`` as one of its figures (any separators, with or without cents)."""
    return bool(_forms(x) & _numbers(text))


def _count_written(n: int, text: str) -> bool:
    low = text.lower()
    if re.search(rf"(?<![\d.,]){n}(?![\d])", low):
        return True
    return any(re.search(rf"\b{w}\b", low) for w in COUNT_WORDS.get(n, ()))


def check_shared(v: Shared, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a shared-price pair whose price and split words are not in the retrieved articles, whose party is
    not in the question, the history or the record, whose slip has nothing to misread, whose right figure is not
    what the rule gives, whose wrong figure does not follow from its slip or equals the right one, whose answers do
    not state their own figures, or whose wrong fragments are in an article (or in the right answer)."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    if not v.rule_words or v.rule_words not in evidence:
        raise ValueError(f"{where}: the price and how it is shared must be in the retrieved articles")
    if v.shared < 0 or v.each < 0 or v.minimum < 0 or v.own < 0 or v.other < 0 or v.mine < 1:
        raise ValueError(f"{where}: prices, parts and shares are not negative")
    if not v.shared and not v.own:
        raise ValueError(f"{where}: a shared price or a fee the customer's party pays alone is needed")
    if v.shared and not states(v.rule_words, v.shared):
        raise ValueError(f"{where}: the shared price must be written in the rule's words")
    if not v.shared and not states(v.rule_words, v.own):
        raise ValueError(f"{where}: the customer's own fee must be written in the rule's words")
    parts = ((v.each, v.each_words, "the part per person"), (v.minimum, v.minimum_words, "the minimum per person"),
             (v.own, v.own_words, "the fee the customer's party pays alone"),
             (v.other, v.other_words, "the fee the other party pays alone"))
    for amount, words, what in parts:
        if amount and (not words or words not in evidence or not states(words, amount)):
            raise ValueError(f"{where}: {what} must be written in the retrieved articles")
    if v.organiser not in ORGANISERS:
        raise ValueError(f"{where}: an organiser rule is one of {', '.join(repr(o) for o in ORGANISERS)}")
    if v.organiser and (not v.organiser_words or v.organiser_words not in evidence):
        raise ValueError(f"{where}: the organiser rule must be in the retrieved articles")
    record = "" if v.output is None else repr(v.output)
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: the customer's party must be in the question, the history or the record")
    if v.shared and not any(_count_written(v.heads, f) for f in v.facts):
        raise ValueError(f"{where}: the party of {v.heads} must be written where the party is")
    if v.slip not in SLIPS:
        raise ValueError(f"{where}: a slip is one of {', '.join(SLIPS)}, not {v.slip!r}")
    applies = {"headcount": bool(v.organiser) and bool(v.shared), "each_shared": bool(v.each) and v.heads > 1,
               "shared_each": bool(v.shared) and payers(v) > 1, "onepayer": bool(v.other),
               "minimum": bool(v.minimum) and bool(v.shared),
               "twin": bool(v.twin) and bool(v.twin_words) and v.twin_words in evidence
               and v.twin_words not in v.rule_words}
    if not applies[v.slip]:
        raise ValueError(f"{where}: the slip {v.slip!r} needs a rule it can misread (an organiser rule, a part per "
                         "person, a shared part, a fee one party pays alone, a minimum, a twin retrieved beside)")
    right, wrong = shared_figure(v), shared_figure(v, v.slip)
    if abs(v.figure - right) > 0.005:
        raise ValueError(f"{where}: the right figure {v.figure} is not what the rule gives ({right})")
    if abs(v.wrong_figure - wrong) > 0.005:
        raise ValueError(f"{where}: the wrong figure {v.wrong_figure} does not follow from the slip ({wrong})")
    if abs(wrong - right) <= 0.005:
        raise ValueError(f"{where}: the slip must reach another figure than the rule's")
    if v.said not in v.right or v.wrong_said not in v.wrong or v.wrong_said in v.right:
        raise ValueError(f"{where}: each answer states its own figure, and only the wrong one the wrong figure")
    if not states(v.said, right) or not states(v.wrong_said, wrong):
        raise ValueError(f"{where}: each answer must write its figure in what it says")
    if states(v.right, wrong):
        raise ValueError(f"{where}: the right answer must not write the wrong figure")
    low_right, low_wrong = v.right.lower(), v.wrong.lower()
    if not v.frags or any(f.lower() in low_right or f.lower() not in low_wrong for f in v.frags):
        raise ValueError(f"{where}: the wrong answer's fragments are in it and not in the right answer")
    everything = " ".join(" ".join(entry) for entry in articles.values()).lower()
    if any(f.lower() in everything for f in v.frags):
        raise ValueError(f"{where}: the wrong figure's fragments must be in no article")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a price shared by the customer's party under the article's rule, rightly
    or, wrongly, by a slipped reading."""

    def _shared(self, answer: str) -> Case:
        v: Shared = self.dom.SHARED
        check_shared(v, {**self.dom.ARTICLES, **self.dom.FAQ}, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Shared = self.dom.SHARED
        self.add(self._shared(v.right), [], "", f"a price shared by the party under the article's rule: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Shared = self.dom.SHARED
        self.add(self._shared(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a price shared wrongly, {SLIPS[v.slip]}: {v.variation}", v.frags)

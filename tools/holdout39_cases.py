"""Thirty-ninth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to thirty-eighth sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. None of the later sets' own recipes (corrected detail, dated
versions, excepted rule, figure per unit, threshold, deadline, linked status, tallied record, stacked adjustments,
prorated period, eligibility rule, converted figure, recurring schedule, usage rounded to increments, usage priced
by bands, usage under a cap or a floor) is taken, so the set keeps its size and healthy share. The content (house
styles, answers, inventions, retrieval shapes) is this set's own, written by its author without reading any
detector. What this set adds:

- ``Points``: the retrieved article states how loyalty points (stars, stamps, points on a play card) are earned
  and redeemed: so many points per whole unit of spend, a bonus multiplier on named days or for a tier, a cap per
  order, redemption only in whole blocks (so many points for a voucher of a stated value), points that lapse after
  a stated time. The question (or a lookup tool's record) gives the customer's own spends, dates or balance. The
  right answer states the points or the value the rule gives, with or without its working; the wrong one slips
  the way a hurried assistant does (a part unit of spend counted as a whole one, or the rate read per one unit
  instead of per ten; the bonus multiplier applied outside its days or tier; a part block redeemed; lapsed points
  counted; last year's earning or redemption rate, retrieved beside this year's, used) and states the figure that
  slip gives. The rule and the customer's figures were seen; only the points or the value, which the article's
  rule applied to the customer's figures contradicts, were not.
"""

from __future__ import annotations

import dataclasses
import math
import re
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

__all__ = ["Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Points", "Quote",
           "Recipes", "Refusal", "Twins", "check_points", "points_figure", "search_query"]

#: how a wrong answer slips, as a variation names it
SLIPS = {"part_units": "a part unit of spend counted as a whole one",
         "per_one": "the rate read per one unit of spend instead of per its stated base",
         "bonus": "the bonus multiplier applied outside its days or tier",
         "block": "a part block redeemed (the value worked pro rata instead of in whole blocks)",
         "expired": "lapsed points counted",
         "cap": "the cap per order ignored",
         "twin": "last year's earning or redemption rate used (the superseded twin retrieved beside)"}


@dataclass
class Points:
    """A loyalty rule stated in the articles carried by ``ids`` as ``rule_words`` (one or more passages, each in
    those articles): ``rate`` points for each whole ``base`` of spend (``base`` 1 with visits: so many points a
    visit); ``bonus`` a multiplier (0: none) for the orders marked True in ``bonus_on``; at most ``cap`` points an
    order (0: none); points redeemed only in whole blocks of ``block`` for ``block_value`` each (0: the answer is
    in points). The customer's spends (one per order, ``spends``) and points already held (``held``: each
    (points, lapsed)) are written as ``facts`` in the question, the history or the tool record. ``figure`` is what
    the rule gives, stated by ``right`` as ``said``; ``wrong`` states ``wrong_figure`` as ``wrong_said``, reached
    by a ``slip`` (``twin_words`` / ``twin``: the superseded twin's words and the fields it changes); ``frags`` are
    the words only the wrong answer states. A lookup tool ``name`` called with ``input`` returned ``output`` when
    ``name`` is set."""

    question: str
    ids: tuple[str, ...]
    rule_words: tuple[str, ...]
    rate: float
    base: float
    spends: tuple[float, ...]
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
    bonus: float = 0.0
    bonus_on: tuple[bool, ...] = ()
    cap: float = 0.0
    block: float = 0.0
    block_value: float = 0.0
    held: tuple[tuple[float, bool], ...] = ()
    twin_words: str = ""
    twin: dict[str, Any] | None = None
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = ()


def _units(v: Points, spend: float, slip: str) -> float:
    """The whole units of spend an order earns on (``slip``: a part unit counted, or the base read as one)."""
    if slip == "per_one":
        return math.floor(spend + 1e-9)
    if slip == "part_units":
        return math.ceil(spend / v.base - 1e-9)
    return math.floor(spend / v.base + 1e-9)


def earned(v: Points, slip: str = "") -> float:
    """The points the customer's orders earn under the rule, or under ``slip``'s reading of it."""
    if slip == "twin":
        return earned(dataclasses.replace(v, **(v.twin or {})))
    flags = v.bonus_on or (False,) * len(v.spends)
    total = 0.0
    for spend, on in zip(v.spends, flags, strict=True):
        pts = _units(v, spend, slip) * v.rate
        if v.bonus and (on or slip == "bonus"):
            pts *= v.bonus
        if v.cap and slip != "cap":
            pts = min(pts, v.cap)
        total += pts
    return total


def points_figure(v: Points, slip: str = "") -> float:
    """The points (or, with a block, the value redeemed) the rule gives the customer, or ``slip``'s figure."""
    if slip == "twin":
        return points_figure(dataclasses.replace(v, **(v.twin or {})))
    total = earned(v, slip) + sum(p for p, lapsed in v.held if slip == "expired" or not lapsed)
    if v.block:
        if slip == "block":
            return round(total / v.block * v.block_value, 3)
        return round(math.floor(total / v.block + 1e-9) * v.block_value, 3)
    return round(total, 3)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _forms(x: float) -> set[str]:
    """The digit strings a figure may be written with: with two or three decimals, without trailing zeros, whole."""
    forms = {_digits(f"{x:.2f}"), _digits(f"{x:.3f}"), _digits(f"{x:g}")}
    if float(x).is_integer():
        forms.add(str(int(x)))
    return forms


def _numbers(text: str) -> set[str]:
    """The digits of each figure of ``text`` (thousands spaces, points, commas and apostrophes inside it kept
    together)."""
    return {_digits(s) for s in re.findall(r"\d(?:[\d.,' \u00a0\u202f]*\d)?", text)}


def _states(text: str, x: float) -> bool:
    """Whether ``text`` writes the figure ``x`` as one of its figures (any separators, with or without decimals)."""
    return bool(_forms(x) & _numbers(text))


def _states_anywhere(text: str, x: float) -> bool:
    """Whether the digits of ``text`` hold the figure ``x`` somewhere (a figure run into its unit or a sign)."""
    return _states(text, x) or any(f in _digits(text) for f in _forms(x))


def _slip_applies(v: Points, evidence: str) -> bool:
    """Whether the rule gives the slip something to misread for these orders and this balance."""
    flags = v.bonus_on or (False,) * len(v.spends)
    total = earned(v) + sum(p for p, lapsed in v.held if not lapsed)
    return {"part_units": any(abs(s / v.base - round(s / v.base)) > 1e-9 for s in v.spends),
            "per_one": v.base > 1,
            "bonus": v.bonus > 1 and not all(flags),
            "block": v.block > 0 and abs(total / v.block - round(total / v.block)) > 1e-9,
            "expired": any(lapsed for _, lapsed in v.held),
            "cap": v.cap > 0 and abs(earned(v, "cap") - earned(v)) > 1e-9,
            "twin": bool(v.twin) and bool(v.twin_words) and v.twin_words in evidence}[v.slip]


def check_points(v: Points, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a points pair whose earning or redemption words are not in the retrieved articles, whose spends or
    balance are not in the question, the history or the record, whose slip has nothing to misread, whose right
    figure is not what the rule gives, whose wrong figure is not what its slip gives or equals the right one, whose
    answers do not state their own figures, or whose wrong fragments are in the right answer or in an article."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    if not v.rule_words or any(not w or w not in evidence for w in v.rule_words):
        raise ValueError(f"{where}: the earning and redemption words must be in the retrieved articles")
    words = " ".join(v.rule_words)
    # a rate per one unit (per euro, per visit) may say "every euro" without writing the 1
    if v.rate <= 0 or v.base <= 0 or not _states_anywhere(words, v.rate) or (
            v.base != 1 and not _states_anywhere(words, v.base)):
        raise ValueError(f"{where}: the rate {v.rate} per {v.base} must be written in the rule words")
    for name in ("bonus", "cap", "block", "block_value"):
        amount = getattr(v, name)
        if amount < 0 or (amount and not _states_anywhere(words, amount)):
            raise ValueError(f"{where}: the {name} {amount} must be written in the rule words")
    if bool(v.block) != bool(v.block_value):
        raise ValueError(f"{where}: a redemption block needs its value, and a value its block")
    if v.bonus_on and (len(v.bonus_on) != len(v.spends) or not v.bonus):
        raise ValueError(f"{where}: the bonus days mark each order, and only with a bonus")
    record = "" if v.output is None else repr(v.output)
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: the customer's spends and balance must be in the question, the history or the "
                         "record")
    if any(s < 0 for s in v.spends) or (not v.spends and not v.held):
        raise ValueError(f"{where}: a points pair needs the customer's spends or balance")
    for amount in (*v.spends, *(p for p, _ in v.held)):
        if not any(_states_anywhere(f, amount) for f in v.facts):
            raise ValueError(f"{where}: the figure {amount} must be written where the customer's figures are")
    if v.slip not in SLIPS:
        raise ValueError(f"{where}: a slip is one of {', '.join(SLIPS)}, not {v.slip!r}")
    if not _slip_applies(v, evidence):
        raise ValueError(f"{where}: the slip {v.slip!r} needs a rule it can misread (a part unit, a base above one, "
                         "orders outside the bonus, a part block, lapsed points, a cap that binds, a twin "
                         "retrieved beside)")
    right, wrong = points_figure(v), points_figure(v, v.slip)
    if abs(v.figure - right) > 0.0005:
        raise ValueError(f"{where}: the right figure {v.figure} is not what the rule gives ({right})")
    if abs(v.wrong_figure - wrong) > 0.0005:
        raise ValueError(f"{where}: the wrong figure {v.wrong_figure} does not follow from the slip ({wrong})")
    if abs(wrong - right) <= 0.0005:
        raise ValueError(f"{where}: the slip must reach another figure than the rule's")
    if v.said not in v.right or v.wrong_said not in v.wrong or v.wrong_said in v.right:
        raise ValueError(f"{where}: each answer states its own figure, and only the wrong one the wrong figure")
    if not _states(v.said, right) or not _states(v.wrong_said, wrong):
        raise ValueError(f"{where}: each answer must write its figure in what it says")
    if not v.frags or any(f.lower() in v.right.lower() for f in v.frags) or any(f not in v.wrong for f in v.frags):
        raise ValueError(f"{where}: the wrong answer's fragments are in it and not in the right answer")
    everything = " ".join(" ".join(entry) for entry in articles.values()).lower()
    if any(f.lower() in everything for f in v.frags):
        raise ValueError(f"{where}: the wrong figure's fragments must be in no article")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus loyalty points earned or redeemed by the article's rule, rightly or,
    wrongly, by a slipped reading."""

    def _points(self, answer: str) -> Case:
        v: Points = self.dom.POINTS
        check_points(v, {**self.dom.ARTICLES, **self.dom.FAQ}, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Points = self.dom.POINTS
        self.add(self._points(v.right), [], "", f"loyalty points worked by the article's rule: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Points = self.dom.POINTS
        self.add(self._points(v.wrong), ["HALLUCINATION"], v.strength,
                 f"loyalty points worked wrongly, {SLIPS[v.slip]}: {v.variation}", v.frags)

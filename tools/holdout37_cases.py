"""Thirty-seventh held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to thirty-sixth sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. None of the later sets' own recipes (corrected detail, dated
versions, excepted rule, figure per unit, threshold, deadline, linked status, tallied record, stacked adjustments,
prorated period, eligibility rule, converted figure, recurring schedule, usage rounded to increments, usage priced
by bands) is taken, so the set keeps its size and healthy share. The content (house styles, answers, inventions,
retrieval shapes) is this set's own, written by its author without reading any detector. What this set adds:

- ``Capped``: the retrieved article states a rate together with a cap or a floor on what is charged (at most so
  much per calendar day, never more than so much for a whole hire, a minimum charge per batch or per journey) and
  sometimes a fee that sits outside the cap. The question (or a lookup tool's record) gives the customer's own
  usage: hours on several days, trips on several days, days of hire, kilograms, miles. The right answer states
  the charge the rate, the cap or floor and the fee give, with or without its working; the wrong one slips the way
  a hurried assistant does (the cap ignored, so the plain rate times the usage; a cap per day applied once to the
  whole stay, or a cap on the whole applied day by day; the minimum charge ignored for a small job; the fee that
  sits outside the cap put under it; last year's rate and cap or floor, retrieved beside this year's, used) and
  states the charge that slip gives. The rate, the cap and the usage were seen; only the charge, which the
  article's rule applied to the customer's usage contradicts, was not.
"""

from __future__ import annotations

import dataclasses
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

__all__ = ["Borrowed", "Capped", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote",
           "Recipes", "Refusal", "Twins", "capped_charge", "search_query"]

#: how a wrong answer slips, as a variation names it
SLIPS = {"ignored": "the cap ignored, the plain rate times the usage",
         "level": "the cap applied at the wrong level (once to the whole stay instead of per day, or per day "
                  "where the article caps the whole)",
         "minimum": "the minimum charge ignored for a small job",
         "fee_under": "the fee that sits outside the cap put under it",
         "twin": "last year's rate and cap or floor used (the superseded twin retrieved beside)"}


@dataclass
class Capped:
    """A rate with a cap or a floor, stated in the articles carried by ``ids`` as ``cap_words``: ``rate`` per one
    ``unit`` of usage; ``used`` the customer's usage in each period (a calendar day, a journey, a batch, a hire:
    one entry when there is one period); at most ``cap`` charged for each period, at most ``cap_whole`` for the
    whole usage, at least ``floor`` for each period (0: none); ``fee`` a fee charged once, outside every cap,
    stated as ``fee_words`` (in the articles too). The usage is written as ``facts`` in the question, the history
    or the tool record. ``figure`` is the charge the rule gives, stated by ``right`` as ``said``; ``wrong`` states
    ``wrong_figure`` as ``wrong_said``, reached by a ``slip`` (``twin_words`` / ``twin``: the superseded twin's
    words and the fields it changes); ``frags`` are the words only the wrong answer states. A lookup tool
    ``name`` called with ``input`` returned ``output`` when ``name`` is set."""

    question: str
    ids: tuple[str, ...]
    cap_words: str
    rate: float
    unit: str
    used: tuple[float, ...]
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
    cap: float = 0.0
    cap_whole: float = 0.0
    floor: float = 0.0
    fee: float = 0.0
    fee_words: str = ""
    twin_words: str = ""
    twin: dict[str, Any] | None = None
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = ()


def capped_charge(v: Capped, slip: str = "") -> float:
    """The charge the article's rate, cap or floor and fee give for the customer's usage, or ``slip``'s reading."""
    if slip == "twin":
        return capped_charge(dataclasses.replace(v, **(v.twin or {})))
    periods = [v.rate * u for u in v.used]
    if v.floor and slip != "minimum":
        periods = [max(p, v.floor) for p in periods]
    fee = v.fee
    if slip == "fee_under":
        # the fee counted inside the capped amount: of the period when the cap is per period, else of the whole
        if v.cap:
            periods[0] += fee
        fee = 0.0
    if slip == "level":
        # a cap per period applied once to the whole, or a cap on the whole applied to each period
        total = min(sum(periods), v.cap) if v.cap else sum(min(p, v.cap_whole) for p in periods)
    else:
        if v.cap and slip != "ignored":
            periods = [min(p, v.cap) for p in periods]
        total = sum(periods)
        if slip == "fee_under" and not v.cap:
            total += v.fee
        if v.cap_whole and slip != "ignored":
            total = min(total, v.cap_whole)
    return round(total + fee, 3)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _forms(x: float) -> set[str]:
    """The digit strings an amount may be written with: with two or three decimals, without trailing zeros,
    whole."""
    forms = {_digits(f"{x:.2f}"), _digits(f"{x:.3f}"), _digits(f"{x:g}")}
    if float(x).is_integer():
        forms.add(str(int(x)))
    return forms


def _numbers(text: str) -> set[str]:
    """The digits of each figure of ``text`` (thousands spaces, points, commas and apostrophes inside it kept
    together)."""
    return {_digits(s) for s in re.findall(r"\d(?:[\d.,' \u00a0\u202f]*\d)?", text)}


def _states(text: str, x: float) -> bool:
    """Whether ``text`` writes the amount ``x`` as one of its figures (any separators, with or without decimals)."""
    return bool(_forms(x) & _numbers(text))


def _states_anywhere(text: str, x: float) -> bool:
    """Whether the digits of ``text`` hold the amount ``x`` somewhere (a figure run into its unit or a sign)."""
    digits = _digits(text)
    return _states(text, x) or any(f in digits for f in _forms(x))


def _binds(v: Capped) -> bool:
    """Whether a cap changes the charge for this usage (the charge with every cap ignored is another)."""
    return abs(capped_charge(v, "ignored") - capped_charge(v)) > 0.0005


def check_capped(v: Capped, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a capped pair whose rate, cap or floor and fee are not in the retrieved articles, whose usage is not
    in the question, the history or the record, whose slip has nothing to misread, whose right charge is not what
    the rule gives, whose wrong charge is not what its slip gives or equals the right one, whose answers do not
    state their own charges, or whose wrong fragments are in the right answer or in an article."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    if not v.cap_words or v.cap_words not in evidence:
        raise ValueError(f"{where}: the rate and its cap or floor must be in the retrieved articles")
    if v.rate <= 0 or not _states(v.cap_words, v.rate):
        raise ValueError(f"{where}: the rate {v.rate} must be written in the cap words")
    if not (v.cap or v.cap_whole or v.floor):
        raise ValueError(f"{where}: a capped pair needs a cap or a floor")
    for name in ("cap", "cap_whole", "floor"):
        amount = getattr(v, name)
        if amount < 0 or (amount and not _states(v.cap_words, amount)):
            raise ValueError(f"{where}: the {name} {amount} must be written in the cap words")
    if v.fee and (not v.fee_words or v.fee_words not in evidence or not _states(v.fee_words, v.fee)):
        raise ValueError(f"{where}: the fee outside the cap must be written in the retrieved articles")
    record = "" if v.output is None else repr(v.output)
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: the customer's usage must be in the question, the history or the record")
    if not v.used or any(u <= 0 for u in v.used):
        raise ValueError(f"{where}: the usage of each period is positive")
    for u in v.used:
        if not any(_states_anywhere(f, u) for f in v.facts):
            raise ValueError(f"{where}: the usage {u} must be written where the customer's usage is")
    if v.slip not in SLIPS:
        raise ValueError(f"{where}: a slip is one of {', '.join(SLIPS)}, not {v.slip!r}")
    applies = {"ignored": bool(v.cap or v.cap_whole) and _binds(v),
               "level": bool(v.cap or v.cap_whole) and len(v.used) > 1 and _binds(v),
               "minimum": v.floor > 0 and any(v.rate * u < v.floor for u in v.used),
               "fee_under": v.fee > 0 and bool(v.cap or v.cap_whole) and _binds(v),
               "twin": bool(v.twin) and bool(v.twin_words) and v.twin_words in evidence
               and (_binds(v) or any(v.rate * u < v.floor for u in v.used))}
    if not applies[v.slip]:
        raise ValueError(f"{where}: the slip {v.slip!r} needs a rule it can misread (a cap that binds, several "
                         "periods, a floor above a small job, a fee outside the cap, a twin retrieved beside)")
    right, wrong = capped_charge(v), capped_charge(v, v.slip)
    if abs(v.figure - right) > 0.0005:
        raise ValueError(f"{where}: the right charge {v.figure} is not what the rule gives ({right})")
    if abs(v.wrong_figure - wrong) > 0.0005:
        raise ValueError(f"{where}: the wrong charge {v.wrong_figure} does not follow from the slip ({wrong})")
    if abs(wrong - right) <= 0.0005:
        raise ValueError(f"{where}: the slip must reach another charge than the rule's")
    if v.said not in v.right or v.wrong_said not in v.wrong or v.wrong_said in v.right:
        raise ValueError(f"{where}: each answer states its own charge, and only the wrong one the wrong charge")
    if not _states(v.said, right) or not _states(v.wrong_said, wrong):
        raise ValueError(f"{where}: each answer must write its charge in what it says")
    if not v.frags or any(f.lower() in v.right.lower() for f in v.frags) or any(f not in v.wrong for f in v.frags):
        raise ValueError(f"{where}: the wrong answer's fragments are in it and not in the right answer")
    everything = " ".join(" ".join(entry) for entry in articles.values()).lower()
    if any(f.lower() in everything for f in v.frags):
        raise ValueError(f"{where}: the wrong charge's fragments must be in no article")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus usage charged by the article's rate with its cap or floor, rightly or,
    wrongly, by a slipped reading."""

    def _capped(self, answer: str) -> Case:
        v: Capped = self.dom.CAPPED
        check_capped(v, {**self.dom.ARTICLES, **self.dom.FAQ}, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Capped = self.dom.CAPPED
        self.add(self._capped(v.right), [], "", f"usage charged by the article's rate and its cap or floor: "
                 f"{v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Capped = self.dom.CAPPED
        self.add(self._capped(v.wrong), ["HALLUCINATION"], v.strength,
                 f"usage charged wrongly, {SLIPS[v.slip]}: {v.variation}", v.frags)

"""Thirty-fourth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to thirty-third sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. None of the later sets' own recipes (corrected detail, dated
versions, excepted rule, figure per unit, threshold, deadline, linked status, tallied record, stacked adjustments,
prorated period, eligibility rule, converted figure, recurring schedule) is taken, so the set keeps its size and
healthy share. The content (house styles, answers, inventions, retrieval shapes) is this set's own, written by its
author without reading any detector. What this set adds:

- ``Rounded``: the retrieved article states how usage is billed in increments (per started 15 minutes, per started
  hour, per started kilometre beyond a flat first block, a grace period then per started increment, a minimum
  charge, a cap per day), and the question (or a lookup tool's record) gives the customer's own usage (a start and
  an end time, a number of minutes, a distance in kilometres). The right answer states the charge the article's
  rule gives for that usage, with or without its working; the wrong one slips the way a hurried assistant does (the
  usage priced pro rata instead of per started increment, rounded to the nearest increment instead of up, the
  minimum charge forgotten, the daily cap ignored, the superseded twin's price or increment used) and states the
  charge that slip gives. The rule and the usage were seen; only the charge, which the article's rule applied to the
  customer's usage contradicts, was not.
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

__all__ = ["Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote", "Recipes",
           "Refusal", "Rounded", "Twins", "charge", "search_query", "usage_of"]

#: how a wrong answer slips, as a variation names it
SLIPS = {"pro_rata": "the usage priced pro rata instead of per started increment",
         "nearest": "the usage rounded to the nearest increment instead of up",
         "minimum": "the minimum charge forgotten",
         "cap": "the daily cap ignored",
         "twin": "the superseded twin's price or increment used"}


@dataclass
class Rounded:
    """A billing rule the articles carried by ``ids`` state in ``rule_words``: ``price`` per started ``increment``
    of usage (in minutes, or in the ``unit`` the rule counts: kilometres), after ``free`` units that cost ``flat``
    (a grace period or a flat first block), at least ``minimum`` increments charged, at most ``cap`` for the day
    (0: none). The customer's usage is ``start`` to ``end`` (``HH:MM``, the same day, in minutes) or ``used``,
    written as ``facts`` in the question, the history or the tool record. ``figure`` is the charge the rule gives,
    stated by ``right`` as ``said``; ``wrong`` states ``wrong_figure`` as ``wrong_said``, reached by a ``slip``
    (``twin_words`` / ``twin``: the superseded twin's rule words and the fields it changes), ``frags`` the figures
    only the wrong answer states. A lookup tool ``name`` called with ``input`` returned ``output`` when ``name`` is
    set."""

    question: str
    ids: tuple[str, ...]
    rule_words: str
    price: float
    increment: int
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
    start: str = ""
    end: str = ""
    used: float = 0.0
    unit: str = "minute"
    free: int = 0
    flat: float = 0.0
    minimum: int = 0
    cap: float = 0.0
    twin_words: str = ""
    twin: dict[str, Any] | None = None
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = ()


def _clock(text: str) -> int:
    h, m = (int(x) for x in text.split(":"))
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(f"{text!r} is not a time of day")
    return 60 * h + m


def usage_of(v: Rounded) -> float:
    """The customer's usage: the minutes from the start to the end time, or the amount given (``used``)."""
    if v.start or v.end:
        minutes = _clock(v.end) - _clock(v.start)
        if minutes <= 0 or v.unit != "minute" or (v.used and v.used != minutes):
            raise ValueError(f"{v.start}-{v.end} is not a usage within one day of {v.used or minutes} minutes")
        return minutes
    return v.used


def charge(v: Rounded, slip: str = "") -> float:
    """The charge the article's rule gives for the customer's usage, or ``slip``'s reading of it."""
    if slip == "twin":
        return charge(dataclasses.replace(v, **(v.twin or {})))
    over = max(usage_of(v) - v.free, 0)
    if slip == "pro_rata":
        units: float = over / v.increment
    elif slip == "nearest":
        units = math.floor(over / v.increment + 0.5)
    else:
        units = math.ceil(over / v.increment)
    if slip != "minimum":
        units = max(units, v.minimum)
    amount = v.flat + units * v.price
    if v.cap and slip != "cap":
        amount = min(amount, v.cap)
    return round(amount, 2)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _states(text: str, x: float) -> bool:
    """Whether ``text`` writes the amount ``x`` (its digits with or without cents, any separators)."""
    digits = _digits(text)
    return any(r in digits for r in {_digits(f"{x:.2f}"), str(round(x))})


def _written(time: str, said: str) -> bool:
    """Whether the customer's text writes the time ``HH:MM`` (24-hour or 12-hour, any separator)."""
    h, m = (int(x) for x in time.split(":"))
    forms = {f"{h}{m:02d}", f"{h:02d}{m:02d}", f"{h % 12 or 12}{m:02d}"}
    if m == 0:
        forms |= {str(h), str(h % 12 or 12)}
    spans = re.findall(r"\d[\d.:h ]*\d|\d", said)
    return any(_digits(s) in forms for s in spans)


def check_rounded(v: Rounded, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a rounded pair whose billing rule is not in the retrieved articles, whose usage is not in the
    question, the history or the record, whose right charge does not follow from the rule and the usage, or whose
    wrong charge equals the right one (or does not follow from its slip)."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    if not v.rule_words or v.rule_words not in evidence or not _states(v.rule_words, v.price):
        raise ValueError(f"{where}: the billing rule and its price must be in the retrieved articles")
    record = "" if v.output is None else repr(v.output)
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: the customer's usage must be in the question, the history or the record")
    if v.start and not (_written(v.start, said) and _written(v.end, said)):
        raise ValueError(f"{where}: the start and end times must be written where the customer's usage is")
    if not v.start and (not v.used or not any(_states(f, v.used) for f in v.facts)):
        raise ValueError(f"{where}: the amount used must be written where the customer's usage is")
    if v.increment <= 0 or v.price <= 0 or usage_of(v) <= 0:
        raise ValueError(f"{where}: an increment, a price and a usage are positive")
    if v.slip not in SLIPS:
        raise ValueError(f"{where}: a slip is one of {', '.join(SLIPS)}, not {v.slip!r}")
    applies = {"pro_rata": True, "nearest": True, "minimum": v.minimum > 0, "cap": v.cap > 0,
               "twin": bool(v.twin) and bool(v.twin_words) and v.twin_words in evidence}
    if not applies[v.slip]:
        raise ValueError(f"{where}: the slip {v.slip!r} needs a rule it can misread (a minimum, a cap, a twin)")
    right, wrong = charge(v), charge(v, v.slip)
    if abs(v.figure - right) > 0.005:
        raise ValueError(f"{where}: the right charge {v.figure} is not what the rule gives ({right})")
    if abs(v.wrong_figure - wrong) > 0.005:
        raise ValueError(f"{where}: the wrong charge {v.wrong_figure} does not follow from the slip ({wrong})")
    if abs(wrong - right) <= 0.005:
        raise ValueError(f"{where}: the slip must reach another charge than the rule's")
    if v.said not in v.right or v.wrong_said not in v.wrong or v.wrong_said in v.right:
        raise ValueError(f"{where}: each answer states its own charge, and only the wrong one the wrong charge")
    if not _states(v.said, right) or not _states(v.wrong_said, wrong):
        raise ValueError(f"{where}: each answer must write its charge in what it says")
    if not v.frags or any(f.lower() in v.right.lower() for f in v.frags):
        raise ValueError(f"{where}: the right answer must not state the wrong charge's words")
    everything = " ".join(" ".join(entry) for entry in articles.values()).lower()
    if any(f.lower() in everything for f in v.frags):
        raise ValueError(f"{where}: the wrong charge's fragments must be in no article")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus usage billed in increments by the article's rule, rightly or, wrongly,
    by a slipped reading."""

    def _rounded(self, answer: str) -> Case:
        v: Rounded = self.dom.ROUNDED
        check_rounded(v, {**self.dom.ARTICLES, **self.dom.FAQ}, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Rounded = self.dom.ROUNDED
        self.add(self._rounded(v.right), [], "", f"usage billed in increments by the article's rule: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Rounded = self.dom.ROUNDED
        self.add(self._rounded(v.wrong), ["HALLUCINATION"], v.strength,
                 f"usage billed in increments wrongly, {SLIPS[v.slip]}: {v.variation}", v.frags)

"""Thirty-first held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to thirtieth sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. The twenty-first set's corrected detail, the twenty-second set's
dated versions, the twenty-third set's excepted rule, the twenty-fourth set's figure per one unit, the twenty-fifth
set's threshold, the twenty-sixth set's deadline, the twenty-seventh set's linked status, the twenty-eighth set's
tallied record, the twenty-ninth set's stacked adjustments and the thirtieth set's prorated period are not taken,
so the set keeps its size and healthy share. The content (house styles, answers, inventions, retrieval shapes) is
this set's own, written by its author without reading any detector. What this set adds:

- ``Eligible``: the retrieved article says who qualifies for something (a reduced ticket, a free extra, a waived
  fee, a free reprint, a child's free place) as a rule of conditions joined by "and" or "or", with an "unless" or
  "except" clause, a bound ("over 65", "under 10", "at least"), a window ("within 7 days of collection") or a
  length of membership ("members of 6 months or more"). The question, and where useful a lookup tool's record,
  gives this customer's facts (an age, a date, how long they have been a member, a plan, a status). The right
  answer applies the rule to those facts and states the conclusion (qualifies or not, and what follows) with or
  without the deciding condition; the wrong one reaches the opposite conclusion the way a hurried assistant
  would: "and" read as "or", the "unless" clause dropped, a strict bound read as inclusive, a window counted from
  the wrong date, five months and some days taken as six. Every condition and every fact were seen; only the
  conclusion for this customer was not: the fault is a rule applied against its own words.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
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

__all__ = ["Borrowed", "Compare", "Condition", "Eligible", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial",
           "Quote", "Recipes", "Refusal", "Twins", "qualifies", "search_query"]

#: how a condition tests one of the customer's facts
OPS = {">": "strictly over the value", ">=": "the value or more", "<": "strictly under the value",
       "<=": "the value or less", "==": "equal to the value", "!=": "anything but the value",
       "within": "a date no more than the value in days after the date named by ``since``",
       "months": "whole months from the date named by ``since`` to the fact's date, the value or more"}
#: how the conditions of a rule are joined
MODES = {"all": "every condition must hold (joined by 'and')", "any": "one condition is enough (joined by 'or')"}
#: how a wrong answer applies the rule, as a variation names it
SLIPS = {"or": "the conditions joined by 'and' read as joined by 'or'",
         "unless": "the 'unless' or 'except' clause dropped",
         "bound": "a strict bound ('over', 'under') read as inclusive",
         "from": "the window counted from the wrong date",
         "months": "a part month counted as a whole one towards the membership length"}


@dataclass(frozen=True)
class Condition:
    """One condition of the rule as the article words it (``words``): the customer's fact ``key`` tested by ``op``
    (one of ``OPS``) against ``value``; for ``within`` and ``months`` the fact is a date (ISO) measured from the date
    fact named by ``since`` (``wrong_since``: the date a window is wrongly counted from)."""

    words: str
    key: str
    op: str
    value: Any
    since: str = ""
    wrong_since: str = ""


@dataclass
class Eligible:
    """A rule of who qualifies (``conditions`` joined by ``mode``, denied when one of ``unless`` holds), each
    condition worded in the articles carried by ``ids``, and this customer's ``facts`` (said in the question, the
    history or the tool record as ``fact_words``). ``eligible``: what the rule gives for these facts, stated by
    ``right`` as ``said``; ``wrong`` reaches the opposite conclusion (stated as ``wrong_said``) by a ``slip``
    (``frags``: what only the wrong conclusion says). A lookup tool ``name`` called with ``input`` returned
    ``output`` when ``name`` is set."""

    question: str
    ids: tuple[str, ...]
    conditions: tuple[Condition, ...]
    mode: str
    facts: dict[str, Any]
    fact_words: tuple[str, ...]
    eligible: bool
    said: str
    wrong_said: str
    slip: str
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    unless: tuple[Condition, ...] = ()
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def _months(start: date, end: date, part: bool) -> int:
    """Whole months from ``start`` to ``end`` (a started month counted in full with ``part``)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    if part and end.day != start.day:
        months += 1
    return months


def holds(c: Condition, facts: dict[str, Any], slip: str = "") -> bool:
    """Whether the customer's facts meet one condition, read rightly or by ``slip``."""
    if c.key not in facts:
        raise ValueError(f"the condition {c.words!r} tests {c.key!r}, which the customer's facts do not give")
    fact, op = facts[c.key], c.op
    if slip == "bound" and op in (">", "<"):
        op += "="
    if op in ("within", "months"):
        since = c.wrong_since if slip == "from" and c.wrong_since else c.since
        start, end = date.fromisoformat(facts[since]), date.fromisoformat(fact)
        if op == "within":
            return 0 <= (end - start).days <= c.value
        return _months(start, end, slip == "months") >= c.value
    compare = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le, "==": operator.eq,
               "!=": operator.ne}
    if op not in compare:
        raise ValueError(f"a condition's test is one of {', '.join(OPS)}, not {op!r}")
    return bool(compare[op](fact, c.value))


def qualifies(v: Eligible, slip: str = "") -> bool:
    """What the article's rule concludes for the customer's facts, or ``slip``'s reading of it (one of ``SLIPS``)."""
    met = [holds(c, v.facts, slip) for c in v.conditions]
    mode = "any" if slip == "or" else v.mode
    ok = all(met) if mode == "all" else any(met)
    if slip != "unless" and any(holds(c, v.facts, slip) for c in v.unless):
        ok = False
    return ok


def check_eligible(v: Eligible, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse an eligibility pair whose rule is not in the retrieved articles, whose customer facts are not in the
    question or the record, whose right conclusion does not follow from the rule and the facts, or whose wrong
    conclusion also follows (or does not follow from its slip)."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    rule = (*v.conditions, *v.unless)
    if not v.conditions or any(c.words not in evidence for c in rule):
        raise ValueError(f"{where}: every condition of the rule must be in the retrieved articles")
    record = "" if v.output is None else repr(v.output)
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.fact_words or any(f not in said for f in v.fact_words):
        raise ValueError(f"{where}: the customer's facts must be in the question, the history or the record")
    if v.mode not in MODES or v.slip not in SLIPS or any(c.op not in OPS for c in rule):
        raise ValueError(f"{where}: a mode is {', '.join(MODES)}; a slip {', '.join(SLIPS)}; a test "
                         f"{', '.join(OPS)}")
    misreadable = {"or": v.mode == "all" and len(v.conditions) > 1, "unless": bool(v.unless),
                   "bound": any(c.op in (">", "<") for c in rule),
                   "from": any(c.op == "within" and c.wrong_since for c in rule),
                   "months": any(c.op == "months" for c in rule)}
    if not misreadable[v.slip]:
        raise ValueError(f"{where}: the slip {v.slip!r} needs a rule it can misread")
    if qualifies(v) != v.eligible:
        raise ValueError(f"{where}: the right conclusion ({v.eligible}) is not what the rule gives ({qualifies(v)})")
    if qualifies(v, v.slip) == v.eligible:
        raise ValueError(f"{where}: the slip {v.slip!r} must flip the conclusion (facts on the rule's edge)")
    if v.said not in v.right or v.wrong_said not in v.wrong or v.wrong_said in v.right:
        raise ValueError(f"{where}: each answer states its own conclusion, and only the wrong one the wrong one")
    everything = " ".join(text for _title, text in articles.values()).lower()
    if not v.frags or any(f.lower() in v.right.lower() or f.lower() in everything for f in v.frags):
        raise ValueError(f"{where}: the wrong conclusion's fragments must be in no article and not in the right "
                         "answer")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a rule of who qualifies applied to the customer's own facts rightly or,
    wrongly, against its own words."""

    def _eligible(self, answer: str) -> Case:
        v: Eligible = self.dom.ELIGIBLE
        check_eligible(v, {**self.dom.ARTICLES, **self.dom.FAQ}, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Eligible = self.dom.ELIGIBLE
        self.add(self._eligible(v.right), [], "", f"a rule of who qualifies applied to the customer's facts: "
                 f"{v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Eligible = self.dom.ELIGIBLE
        self.add(self._eligible(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a rule of who qualifies applied against its words, {SLIPS[v.slip]}: {v.variation}", v.frags)

"""Twenty-sixth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to twenty-fifth sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. The twenty-first set's corrected detail, the twenty-second set's
dated versions, the twenty-third set's excepted rule, the twenty-fourth set's figure per one unit and the
twenty-fifth set's threshold are not taken, so the set keeps its size and healthy share. The content (house styles,
answers, inventions, retrieval shapes) is this set's own, written by its author without reading any detector. What
this set adds:

- ``Deadline``: the retrieved evidence states a period counted from or to a date (notice needed to cancel or
  change, a return or exchange window, a lead time, the validity of a card or pass, "book at least N days
  before"), and the customer gives their own date (an event, a purchase, a first visit, a trip), in the question
  or an earlier turn. The right answer works out the date that follows (the last day to cancel, the last valid
  day, the earliest delivery), with its weekday where the house style writes weekdays, and states what follows
  for the customer; the wrong one works out a different date (counted from the wrong anchor, off by the period's
  unit, working days counted as calendar days or the reverse, or the right date given the wrong weekday) and
  states what would follow from it, so every figure it quotes was seen and only the date it reaches, and the
  result it states, were not: the fault is a date counted wrongly from a period and the customer's own day.
"""

from __future__ import annotations

from dataclasses import dataclass

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

__all__ = ["Borrowed", "Compare", "Deadline", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote",
           "Recipes", "Refusal", "Twins", "search_query"]

#: how a wrong answer reaches its date, as a variation names it
SLIPS = {"anchor": "counted from the wrong anchor", "unit": "off by the period's unit",
         "days": "working days and calendar days confused", "weekday": "the right date given the wrong weekday"}


@dataclass
class Deadline:
    """A period counted from or to a date (``period``, as the articles carried by ``ids`` word it) and the
    customer's own date (``given``, as the customer words it). ``right`` reaches the date that follows
    (``reached``, as it writes it); ``wrong`` reaches another one by a ``slip`` (``frags``: the date it reaches
    and the result only it states)."""

    question: str
    ids: tuple[str, ...]
    given: str
    period: str
    reached: str
    slip: str
    right: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str
    history: tuple[tuple[str, str], ...] = ()


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a period counted from the customer's own date, to the right date or,
    wrongly, to another one."""

    def _deadline(self, answer: str) -> Case:
        v: Deadline = self.dom.DEADLINE
        evidence = " ".join(self.dom.ARTICLES[i][1] for i in v.ids)
        said = " ".join([v.question, *(text for role, text in v.history if role == "user")])
        if v.given not in said:
            raise ValueError(f"{self.dom.DOMAIN}: the customer's date must be in what the customer said")
        if v.period not in evidence:
            raise ValueError(f"{self.dom.DOMAIN}: the period must be in the retrieved articles")
        if v.slip not in SLIPS:
            raise ValueError(f"{self.dom.DOMAIN}: a wrong date is {' or '.join(SLIPS.values())}")
        if v.reached not in v.right or v.reached in v.wrong:
            raise ValueError(f"{self.dom.DOMAIN}: the right answer reaches its date and the wrong one does not")
        if not v.frags or any(f.lower() in v.right.lower() for f in v.frags):
            raise ValueError(f"{self.dom.DOMAIN}: the right answer must not reach the wrong answer's date")
        return self.case(v.question, answer, self._only(v.ids), history=list(v.history))

    def healthy(self) -> None:
        super().healthy()
        v: Deadline = self.dom.DEADLINE
        self.add(self._deadline(v.right), [], "", f"a period counted from the customer's own date: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Deadline = self.dom.DEADLINE
        self.add(self._deadline(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a period counted from the customer's own date, {SLIPS[v.slip]}: {v.variation}", v.frags)

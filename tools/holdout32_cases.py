"""Thirty-second held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to thirty-first sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. The twenty-first set's corrected detail, the twenty-second set's
dated versions, the twenty-third set's excepted rule, the twenty-fourth set's figure per one unit, the twenty-fifth
set's threshold, the twenty-sixth set's deadline, the twenty-seventh set's linked status, the twenty-eighth set's
tallied record, the twenty-ninth set's stacked adjustments, the thirtieth set's prorated period and the
thirty-first set's eligibility rule are not taken, so the set keeps its size and healthy share. The content (house
styles, answers, inventions, retrieval shapes) is this set's own, written by its author without reading any
detector. What this set adds:

- ``Converted``: the retrieved article states a figure in one frame (a price per visit, per person or with the tax
  already in it, a time on the 24-hour clock, a time in the house's own time zone) and the customer asks for it in
  another frame, given in the question (and, where useful, a lookup tool's record): the monthly cost of a weekly
  visit, the group's total, the price with the tax, "in the afternoon", their own time zone. The right answer
  converts the figure and states the converted one (with or without the article's own figure); the wrong one
  converts it the way a hurried assistant slips (a month taken as exactly four weeks, a time-zone offset applied
  the wrong way, 14:00 read as 4 pm, tax added to a price that already includes it, a per-person price given as
  the group's, a per-day figure multiplied by the wrong number of days, the superseded twin's figure converted
  correctly) and states the figure that slip gives. The article's figure and the customer's frame were seen; only
  the converted figure, which the article's figure contradicts under the conversion the question asks for, was
  not.
"""

from __future__ import annotations

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
from holdout29_cases import check_worked_figures

__all__ = ["Borrowed", "Compare", "Converted", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote",
           "Recipes", "Refusal", "Twins", "convert", "search_query"]

#: the frames a figure is converted between
FRAMES = {"scale": "an amount per one unit (a visit, a person, a day, a week) times the customer's units",
          "tax": "a price times the customer's units, with the article's tax added unless the article says the "
                 "price already includes it",
          "zone": "a time of day (minutes after midnight) moved by the hours between the house's zone and the "
                  "customer's",
          "clock": "a time on the 24-hour clock said on the 12-hour clock (the same time of day)"}
#: how a wrong answer converts, as a variation names it
SLIPS = {"four_weeks": "a month taken as exactly four weeks",
         "zone": "the time-zone offset applied the wrong way",
         "clock": "a 24-hour time read as 12-hour by taking ten off the hour (14:00 as 4 pm)",
         "tax_twice": "tax added to a price the article says already includes it",
         "per_person": "a per-person price given as the group's price",
         "days": "a per-day figure multiplied by the wrong number of days",
         "twin": "the superseded twin's figure converted correctly"}
#: the frames each slip can misread
SLIP_FRAMES = {"four_weeks": ("scale",), "zone": ("zone",), "clock": ("clock",), "tax_twice": ("tax",),
               "per_person": ("scale", "tax"), "days": ("scale",), "twin": tuple(FRAMES)}
WEEKS_PER_MONTH = 52 / 12


@dataclass
class Converted:
    """A figure the articles carried by ``ids`` state in their own frame (``figure_words``, worth ``value``: an
    amount, or minutes after midnight for a time) and the customer's frame (``facts``: said in the question, the
    history or the tool record). ``frame`` is one of ``FRAMES``: ``factor`` customer units per the article's unit
    (``scale`` and ``tax``; a month of weekly visits is ``WEEKS_PER_MONTH``), ``rate`` the tax in percent and
    ``included`` whether the article's price already holds it (``tax``), ``offset`` the hours from the house's zone
    to the customer's (``zone``). ``figure`` is the converted figure, stated by ``right`` as ``said``; ``wrong``
    states ``wrong_figure`` as ``wrong_said``, reached by a ``slip`` (``wrong_factor``: the wrong number of days;
    ``twin_words`` / ``twin_value``: the superseded twin's figure), ``frags`` the figures only the wrong
    conversion states. A lookup tool ``name`` called with ``input`` returned ``output`` when ``name`` is set."""

    question: str
    ids: tuple[str, ...]
    figure_words: str
    value: float
    frame: str
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
    factor: float = 1.0
    rate: float = 0.0
    included: bool = False
    offset: float = 0.0
    wrong_factor: float = 0.0
    twin_words: str = ""
    twin_value: float = 0.0
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = ()


def convert(v: Converted, slip: str = "") -> float:
    """The article's figure in the customer's frame, or ``slip``'s conversion of it (one of ``SLIPS``)."""
    value = v.twin_value if slip == "twin" else v.value
    if v.frame in ("scale", "tax"):
        factor = v.factor
        if slip == "four_weeks":
            factor = v.factor / WEEKS_PER_MONTH * 4
        elif slip == "per_person":
            factor = 1.0
        elif slip == "days":
            factor = v.wrong_factor
        amount = value * factor
        if v.frame == "tax" and (not v.included or slip == "tax_twice"):
            amount *= 1 + v.rate / 100
        return round(amount, 2)
    if v.frame == "zone":
        return (value + (-v.offset if slip == "zone" else v.offset) * 60) % 1440
    if v.frame == "clock":
        return (value + (120 if slip == "clock" else 0)) % 1440
    raise ValueError(f"a frame is one of {', '.join(FRAMES)}, not {v.frame!r}")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def renderings(x: float, frame: str) -> tuple[str, ...]:
    """The digit strings a figure may be written with: an amount with or without its cents, a time of day on the
    24-hour or the 12-hour clock (minutes dropped on the hour)."""
    if frame in ("zone", "clock"):
        h, m = divmod(round(x), 60)
        h12 = h % 12 or 12
        forms = {f"{h}{m:02d}", f"{h:02d}{m:02d}", f"{h12}{m:02d}"}
        if m == 0:
            forms |= {str(h), str(h12)}
        return tuple(sorted(forms))
    return tuple(sorted({_digits(f"{x:.2f}"), str(round(x))}))


def _states(text: str, x: float, frame: str) -> bool:
    digits = _digits(text)
    return any(r in digits for r in renderings(x, frame))


def check_converted(v: Converted, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a converted pair whose original figure is not in the retrieved articles, whose customer frame is not
    in the question, the history or the record, whose right figure does not follow from the article's figure under
    the stated conversion, or whose wrong figure equals the right one (or does not follow from its slip)."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    if v.figure_words not in evidence or not _states(v.figure_words, v.value, v.frame):
        raise ValueError(f"{where}: the article's figure must be in the retrieved articles and worth its value")
    record = "" if v.output is None else repr(v.output)
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: the customer's frame must be in the question, the history or the record")
    if v.frame not in FRAMES or v.slip not in SLIPS:
        raise ValueError(f"{where}: a frame is {', '.join(FRAMES)}; a slip {', '.join(SLIPS)}")
    misreadable = {"four_weeks": abs(v.factor / WEEKS_PER_MONTH - round(v.factor / WEEKS_PER_MONTH)) < 1e-9
                   and v.factor > 0, "zone": v.offset != 0, "clock": v.value >= 13 * 60,
                   "tax_twice": v.included and v.rate > 0, "per_person": v.factor > 1,
                   "days": v.wrong_factor > 0 and v.wrong_factor != v.factor,
                   "twin": bool(v.twin_words) and v.twin_words in evidence
                   and _states(v.twin_words, v.twin_value, v.frame)}
    if v.slip not in SLIP_FRAMES or v.frame not in SLIP_FRAMES[v.slip] or not misreadable[v.slip]:
        raise ValueError(f"{where}: the slip {v.slip!r} needs a {v.frame} conversion it can misread")
    check_worked_figures(v, where, convert(v), convert(v, v.slip), "wrong conversion")
    if not _states(v.said, v.figure, v.frame) or not _states(v.wrong_said, v.wrong_figure, v.frame):
        raise ValueError(f"{where}: each answer must state its figure in what it says")
    everything = " ".join(" ".join(entry) for entry in articles.values()).lower()
    if any(f.lower() in everything for f in v.frags):
        raise ValueError(f"{where}: the wrong conversion's fragments must be in no article")


class Recipes(_Recipes):
    """The twentieth set's recipes, plus a figure the article states in one frame converted to the customer's
    frame rightly or, wrongly, by a slipped conversion."""

    def _converted(self, answer: str) -> Case:
        v: Converted = self.dom.CONVERTED
        check_converted(v, {**self.dom.ARTICLES, **self.dom.FAQ}, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Converted = self.dom.CONVERTED
        self.add(self._converted(v.right), [], "", f"a figure converted to the customer's frame: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Converted = self.dom.CONVERTED
        self.add(self._converted(v.wrong), ["HALLUCINATION"], v.strength,
                 f"a figure converted to the customer's frame wrongly, {SLIPS[v.slip]}: {v.variation}", v.frags)

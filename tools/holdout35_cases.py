"""Thirty-fifth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The twentieth set's recipes (``tools/holdout20_cases.py``, built on the eleventh to nineteenth, as the twenty-first
to thirty-fourth sets' modules re-export them) are reused by import: request shapes, the strength rotation over the
domains' ``PLACE``, infrastructure faults laid on an answer that is right by itself, a follow-up pair, a question
answered from the lookup tool (right and contradicted in words), off-topic questions with replies and retrieval
shapes of their own, a figure borrowed from an article that was not retrieved, a current article retrieved beside
its stale twin, a record with a gap, a round-up of several articles, a worked quote from a pricing tool and two
options weighed for the customer's situation. None of the later sets' own recipes (corrected detail, dated
versions, excepted rule, figure per unit, threshold, deadline, linked status, tallied record, stacked adjustments,
prorated period, eligibility rule, converted figure, recurring schedule, usage rounded to increments) is taken, so
the set keeps its size and healthy share. The content (house styles, answers, inventions, retrieval shapes) is this
set's own, written by its author without reading any detector. What this set adds:

- ``Banded``: the retrieved article states a price that changes by bands of usage, each band's rate applying only
  to the part of the usage that falls inside it (the first hour at one rate, the second to fourth hours at another,
  from the fifth a third; the first 40 kg inside a flat collection fee, then a rate per kilogram; the first day at
  the full price, the next days at less; hours of the month in tiers; the first 25 km inside a base fare, then two
  rates per kilometre). The question (or a lookup tool's record) gives the customer's own usage. The right answer
  states the charge the bands give, with or without its working; the wrong one slips the way a hurried assistant
  does (the whole usage priced at the band it ends in, the free or included part charged, a band's boundary taken
  one unit off, one band skipped, the superseded twin's bands used) and states the charge that slip gives. The
  bands and the usage were seen; only the charge, which the article's bands applied to the customer's usage
  contradict, was not.
"""

from __future__ import annotations

import dataclasses
import itertools
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

__all__ = ["Banded", "Borrowed", "Compare", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Partial", "Quote",
           "Recipes", "Refusal", "Twins", "banded_charge", "search_query"]

#: how a wrong answer slips, as a variation names it
SLIPS = {"whole": "the whole usage priced at the band it ends in",
         "free": "the free or included part charged",
         "boundary": "a band's boundary taken one unit off",
         "skip": "one band skipped",
         "twin": "the superseded twin's bands used"}

#: an open last band
OPEN = math.inf


@dataclass
class Banded:
    """A price by bands of usage, stated in the articles carried by ``ids`` as ``band_words``: ``bands`` are
    (upper edge, rate) pairs in order, each rate applying only to the units between the band's lower edge (the
    edge before it, 0 for the first) and its upper edge (``OPEN`` for the last), a rate of 0 a free or included
    band; ``flat`` is a fixed fee charged whatever the usage (the base fare or collection fee that covers an
    included first band). The customer's usage ``used`` (in ``unit``) is written as ``facts`` in the question, the
    history or the tool record. ``figure`` is the charge the bands give, stated by ``right`` as ``said``; ``wrong``
    states ``wrong_figure`` as ``wrong_said``, reached by a ``slip`` (``edge``: the band whose upper edge the
    ``boundary`` slip moves by ``off``, or the band the ``skip`` slip leaves out; ``twin_words`` / ``twin``: the
    superseded twin's band words and the fields it changes); ``frags`` are the figures only the wrong answer
    states. A lookup tool ``name`` called with ``input`` returned ``output`` when ``name`` is set."""

    question: str
    ids: tuple[str, ...]
    band_words: str
    bands: tuple[tuple[float, float], ...]
    used: float
    unit: str
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
    flat: float = 0.0
    edge: int = 0
    off: int = -1
    twin_words: str = ""
    twin: dict[str, Any] | None = None
    name: str = ""
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    history: tuple[tuple[str, str], ...] = ()


def _priced(bands: tuple[tuple[float, float], ...], used: float, flat: float) -> float:
    """``flat`` plus, for each band, its rate times the part of ``used`` that falls between its edges."""
    amount, lower = flat, 0.0
    for upper, rate in bands:
        amount += max(0.0, min(used, upper) - lower) * rate
        lower = upper
    return round(amount, 2)


def _ending_band(bands: tuple[tuple[float, float], ...], used: float) -> int:
    """The index of the band the usage ends in."""
    return next(n for n, (upper, _rate) in enumerate(bands) if used <= upper)


def banded_charge(v: Banded, slip: str = "") -> float:
    """The charge the article's bands give for the customer's usage, or ``slip``'s reading of it."""
    if slip == "twin":
        return banded_charge(dataclasses.replace(v, **(v.twin or {})))
    bands = tuple(v.bands)
    if slip == "whole":
        return round(v.flat + v.used * bands[_ending_band(bands, v.used)][1], 2)
    if slip == "free":
        # every included band charged at the first rate the article does charge
        paid = next(rate for _upper, rate in bands if rate > 0)
        bands = tuple((upper, rate or paid) for upper, rate in bands)
    elif slip == "boundary":
        bands = tuple((upper + v.off if n == v.edge else upper, rate) for n, (upper, rate) in enumerate(bands))
    elif slip == "skip":
        # the band ``edge`` left out: its units fall to the band after it
        bands = tuple(b for n, b in enumerate(bands) if n != v.edge)
    return _priced(bands, v.used, v.flat)


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


def _states_anywhere(text: str, x: float) -> bool:
    """Whether the digits of ``text`` hold the amount ``x`` somewhere (a figure run into its unit or a sign)."""
    digits = _digits(text)
    return _states(text, x) or any(f in digits for f in _forms(x))


def check_banded(v: Banded, articles: dict[str, tuple[str, str]], where: str) -> None:
    """Refuse a banded pair whose bands are not in the retrieved articles, whose usage is not in the question, the
    history or the record, whose right charge does not follow from the bands and the usage, or whose wrong charge
    equals the right one (or does not follow from its slip)."""
    evidence = " ".join(articles[i][1] for i in v.ids)
    if not v.band_words or v.band_words not in evidence:
        raise ValueError(f"{where}: the bands must be in the retrieved articles")
    edges = [upper for upper, _rate in v.bands]
    if len(edges) < 2 or edges[-1] != OPEN or any(a >= b for a, b in itertools.pairwise(edges)):
        raise ValueError(f"{where}: two bands or more, rising edges, the last one open")
    for upper, rate in v.bands:
        if rate < 0 or (rate and not _states(v.band_words, rate)):
            raise ValueError(f"{where}: the rate {rate} of a band must be written in its band words")
        if upper != OPEN and not (_states(v.band_words, upper) or _states(v.band_words, upper + 1)):
            raise ValueError(f"{where}: the edge {upper} of a band must be written in its band words")
    if v.flat and not _states(v.band_words, v.flat):
        raise ValueError(f"{where}: the flat fee must be written in the band words")
    record = "" if v.output is None else repr(v.output)
    said = " ".join([v.question, *(text for role, text in v.history if role == "user"), record])
    if not v.facts or any(f not in said for f in v.facts):
        raise ValueError(f"{where}: the customer's usage must be in the question, the history or the record")
    if v.used <= 0 or not any(_states_anywhere(f, v.used) for f in v.facts):
        raise ValueError(f"{where}: the usage must be written where the customer's usage is")
    if v.slip not in SLIPS:
        raise ValueError(f"{where}: a slip is one of {', '.join(SLIPS)}, not {v.slip!r}")
    inner = 0 <= v.edge < len(v.bands) - 1
    applies = {"whole": _ending_band(v.bands, v.used) > 0,
               "free": any(rate == 0 for _upper, rate in v.bands) and any(rate > 0 for _upper, rate in v.bands),
               "boundary": inner and v.off in (-1, 1),
               "skip": inner and len(v.bands) > 2,
               "twin": bool(v.twin) and bool(v.twin_words) and v.twin_words in evidence}
    if not applies[v.slip]:
        raise ValueError(f"{where}: the slip {v.slip!r} needs bands it can misread (a usage past the first band, "
                         "a free band, an inner edge, a twin retrieved beside the article)")
    right, wrong = banded_charge(v), banded_charge(v, v.slip)
    if abs(v.figure - right) > 0.005:
        raise ValueError(f"{where}: the right charge {v.figure} is not what the bands give ({right})")
    if abs(v.wrong_figure - wrong) > 0.005:
        raise ValueError(f"{where}: the wrong charge {v.wrong_figure} does not follow from the slip ({wrong})")
    if abs(wrong - right) <= 0.005:
        raise ValueError(f"{where}: the slip must reach another charge than the bands'")
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
    """The twentieth set's recipes, plus usage priced by the article's bands, rightly or, wrongly, by a slipped
    reading."""

    def _banded(self, answer: str) -> Case:
        v: Banded = self.dom.BANDED
        check_banded(v, {**self.dom.ARTICLES, **self.dom.FAQ}, self.dom.DOMAIN)
        return self._recipe_case(v, answer)

    def healthy(self) -> None:
        super().healthy()
        v: Banded = self.dom.BANDED
        self.add(self._banded(v.right), [], "", f"usage priced by the article's bands: {v.variation}")

    def hallucinations(self) -> None:
        super().hallucinations()
        v: Banded = self.dom.BANDED
        self.add(self._banded(v.wrong), ["HALLUCINATION"], v.strength,
                 f"usage priced by the bands wrongly, {SLIPS[v.slip]}: {v.variation}", v.frags)

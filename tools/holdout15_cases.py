"""Fifteenth held-out set: the recipes. How each request of a domain ran, and the label that run earns.

The thirteenth set's recipes (``tools/holdout13_cases.py``, built on the eleventh and twelfth) are reused by
import: request shapes, the strength rotation over the domains' ``PLACE``, infrastructure faults laid on an answer
that is right by itself, a last question pair that continues an earlier turn, a question answered from the lookup
tool's result (right and wrong) and a business refusal passed on faithfully. The fourteenth set's contradicted
refusal is not taken: a tool result contradicted in words is the tool pair's wrong answer already, and the set
keeps its size and healthy share. What this set adds:

- ``Mismatch``: each off-topic question carries its own reply and the shape of its wrong retrieval (a superseded
  notice for another season, a near-duplicate article for another branch or product, a question worded unlike the
  title of the article that would answer it), so a decline may say what the passage it found does cover;
- ``Borrowed``: a wrong answer that takes its figure from another article of the same help centre, one that was not
  retrieved for this request (only the question's own articles are returned, no noise), so the figure is real
  somewhere but absent from what the model saw;
- ``Twins``: a control where the current article and its superseded or near-duplicate twin are both retrieved with
  close scores and the answer keeps to the current one.
"""

from __future__ import annotations

from dataclasses import dataclass

from holdout13_cases import Extra, Leak, Lookup, Pair, Refusal, search_query
from holdout13_cases import Recipes as _Recipes

__all__ = ["Borrowed", "Extra", "Leak", "Lookup", "Mismatch", "Pair", "Recipes", "Refusal", "Twins",
           "search_query"]

BANDS = {"borderline": (0.425, 0.495), "clear": (0.26, 0.40), "blatant": (0.04, 0.20), "hidden": (0.56, 0.70)}


@dataclass
class Mismatch:
    """An off-topic question, the articles the index wrongly returned, the bot's reply and the retrieval's shape."""

    question: str
    ids: tuple[str, ...]
    answer: str
    shape: str


@dataclass
class Borrowed:
    """A question whose wrong answer borrows a figure of ``source``, an article not retrieved for it."""

    question: str
    ids: tuple[str, ...]
    source: str
    wrong: str
    frags: tuple[str, ...]
    strength: str
    variation: str


@dataclass
class Twins:
    """The current article and its superseded or near-duplicate twin, retrieved together; the answer keeps to
    ``current``."""

    question: str
    current: str
    twin: str
    answer: str
    shape: str


class Recipes(_Recipes):
    """The thirteenth set's recipes, with replies of their own to wrong retrievals, borrowed figures and twins."""

    def _only(self, ids: tuple[str, ...]) -> list[tuple[str, float]]:
        """The question's own articles, scored high, with no other article of the index beside them."""
        return sorted(((i, round(self.rng.uniform(0.63, 0.92), 3)) for i in ids), key=lambda d: -d[1])

    def mismatch(self) -> None:
        for n, s in enumerate(self.rotation()):
            mm: Mismatch = self.dom.OFFTOPIC[n]
            lo, hi = BANDS[s]
            docs = sorted(((i, round(self.rng.uniform(lo, hi), 3)) for i in mm.ids), key=lambda x: -x[1])
            self.add(self.case(mm.question, mm.answer, docs, faq=False), ["RETRIEVAL_MISMATCH"], s,
                     f"{mm.shape}, best score {lo}-{hi}")

    def hallucinations(self) -> None:
        super().hallucinations()
        b: Borrowed = self.dom.BORROWED
        if b.source in b.ids:
            raise ValueError(f"{self.dom.DOMAIN}: the borrowed figure's article {b.source} must not be retrieved")
        self.add(self.case(b.question, b.wrong, self._only(b.ids), faq=False), ["HALLUCINATION"], b.strength,
                 f"wrong answer: {b.variation}", b.frags)

    def controls(self) -> None:
        super().controls()
        t: Twins = self.dom.TWINS
        top = round(self.rng.uniform(0.66, 0.86), 3)
        second = round(top - self.rng.uniform(0.01, 0.06), 3)
        first, other = (t.current, t.twin) if self.rng.random() < 0.5 else (t.twin, t.current)
        docs = [(first, top), (other, second)]  # the twin may score above the current article
        self.add(self.case(t.question, t.answer, docs), [], "control", f"control: {t.shape}, answer keeps to the "
                 "current article")

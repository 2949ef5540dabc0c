"""A claim's condition held, at the bar, only by an evidence sentence that states no condition; and a condition of
two conjuncts read one conjunct at a time.

The added-condition reading of :mod:`llmops_kit.claim_meaning` takes a condition as the evidence's when one evidence
sentence holds half its content words. Half of two words is one word, and one word is easy to find: "as long as you
also order eggs" is held by a price line "Add a dozen free-range eggs for £3.60 ...", "as long as they bring their
own bed" by a heading "Bringing your dog", "as long as you also rent the duvet" by "Extra duvet kr. 900 per day".
Those sentences name the thing, but no condition: a list of prices, a title or a plain fact makes nothing depend on
anything. A condition of two parts is passed whole when one part is the evidence's: "as long as it's bone dry and
you are a studio member", whose first half is the article's "Work must be bone dry" and whose second half only
shares "studio" with the assistant's introduction. Read sets of several authors passed such answers as supported.

Here (:data:`READ_CONDITION_SOURCES`, the ``cond47`` round) a requirement ("as long as", "so long as", "provided",
"providing", "only if", "on condition that"; not an exception, nor a plain "once" or "if") of two conjuncts joined by
"and", each of two content words or more, is read conjunct by conjunct, and a condition (or a conjunct) is unheld
when:

- no evidence sentence holds half its content words (as in the added-condition reading), or
- the sentence holding the most of them holds no more than half, and states no condition, requirement or
  permission of its own (:data:`_CONDITIONAL_RE`: "if", "only", "must", "need", "when", "before", "may", ...):
  a condition paraphrased from the article's rule is held by a sentence that states that rule ("as long as no one
  has put a hold on them" of "if nobody has placed a hold on them"), an invented one by any sentence naming its
  thing.

A condition held by more than half its words is left as it was. How a sentence's share is reckoned is the
added-condition reading's own (word stems and word-vector synonyms), handed in by the caller. Nothing here looks at
the answer's length, style or position. Off in the claim-decision fit (``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .text import content_stems

__all__ = ["READ_CONDITION_SOURCES", "unstated_condition"]

#: Read a condition held at the bar only by a sentence stating no condition, and each conjunct of a condition alone
#: (the ``cond47`` round).
READ_CONDITION_SOURCES = True
#: A sentence that makes something depend on something: a condition, a requirement, a permission or a time bound.
_CONDITIONAL_RE = re.compile(
    r"\b(?:if|unless|only|must|need|needs|needed|require|required|requires|shall|should|when|whenever|once|before"
    r"|after|until|provided|providing|as long as|so long as|except|subject to|at least|allowed|permitted|permission"
    r"|may|can|cannot|with)\b|n['’]t\b", re.IGNORECASE)
#: The markers of a requirement, the shape an invented condition takes ("as long as you also ...", "provided he
#: has ..."). An exception ("unless that is the card you paid with") restates the article's rule turned round as
#: often as not, and a plain "once" or "if" states a time or the customer's case as often as a condition: neither
#: is read here (read on the read sets, each turned faithful answers round).
_REQUIREMENT_RE = re.compile(r"\s*(?:as long as|so long as|provided|providing|only if|on condition)\b",
                             re.IGNORECASE)
#: Where a condition's conjuncts divide.
_AND_RE = re.compile(r",?\s+and\s+", re.IGNORECASE)
#: Content words a conjunct must have to be read alone: one word is too little to say which sentence states it.
_LEAST_STEMS = 2

#: How the added-condition reading reckons a text's share held by one evidence sentence: (share, that sentence).
HeldShare = Callable[[str, frozenset[str]], tuple[float, str | None]]


def unstated_condition(marked: str, condition: str, held_share: HeldShare, bar: float
                       ) -> tuple[str, str | None] | None:
    """(the conjunct or condition unheld, the sentence it was held against) when ``marked``, a condition with its
    marker, is a requirement and a conjunct of its words ``condition`` (or the whole, when it has no two conjuncts of
    substance) is not stated by any evidence sentence; None when each is, or when it is no requirement.
    ``held_share`` gives a text's largest share held by one sentence and that sentence; ``bar`` is the share a
    condition must reach."""
    if not READ_CONDITION_SOURCES or not _REQUIREMENT_RE.match(marked):
        return None
    for part in _conjuncts(condition):
        stems = content_stems(part)
        if not stems:
            continue
        share, sentence = held_share(part, stems)
        if share < bar or (share <= bar and not (sentence and _CONDITIONAL_RE.search(sentence))):
            return part.strip(), sentence
    return None


def _conjuncts(condition: str) -> list[str]:
    """The condition's parts joined by "and" when there are two or more, each of :data:`_LEAST_STEMS` content words
    or more; else the whole condition alone."""
    parts = _AND_RE.split(condition) if " and " in condition.lower() else []
    if len(parts) >= 2 and all(len(content_stems(part)) >= _LEAST_STEMS for part in parts):
        return parts
    return [condition]

"""Number words used as something other than a plain figure: a pronoun head for things just named, and an amount
of none said in words.

A claim is read for its number words (:func:`~llmops_kit.text.numbers.claim_numbers`), and each figure must be in
the evidence. Two uses of a number word were read wrong:

- "The two don't combine, so the larger one applies": "the two" points back to two discounts the answer just
  named; it states no count the evidence must hold, as "both" does not. Read so only before a verb (an auxiliary
  or modal: "the two are", "the three can't"), "of them / these / those", or a stop ("apply the two."): "the two
  tickets" counts tickets, and "the two of you" counts the customer's party, a count their message may
  contradict, so both stay figures (:data:`READ_PRONOUN_COUNTS`).
- "With the cover it drops to zero": the amount is 0, a figure the evidence must hold ("brings it down to 2 000 Kč"
  does not), where the claim reader read no figure at all ("zero" is below its threshold for number words). Read
  so only after a verb of falling or "down" and "to": "zero tolerance" or "zero-waste" state no amount
  (:data:`READ_ZERO_AMOUNTS`). The evidence's "down to nothing" states 0 the same way.

Both are off in the claim-decision fit (``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

__all__ = [
    "POINTED_COUNT_WORDS",
    "READ_PRONOUN_COUNTS",
    "READ_ZERO_AMOUNTS",
    "ZERO_WORDS",
    "without_pronoun_counts",
    "zero_amounts_as_digits",
]

#: Read "the two" before a verb or a stop as a pronoun for things just named, no figure (the ``nums47`` round).
READ_PRONOUN_COUNTS = True
#: Read "drops to zero" / "down to nothing" as the amount 0 (the ``nums47`` round).
READ_ZERO_AMOUNTS = True

#: The number words a pronoun head is read for: small counts of things just named.
POINTED_COUNT_WORDS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
_AUXILIARIES = ("don't", "doesn't", "do", "does", "did", "didn't", "can't", "cannot", "can", "could", "couldn't",
                "won't", "will", "would", "wouldn't", "aren't", "are", "were", "weren't", "may", "might", "must",
                "should", "shouldn't", "have", "haven't", "had", "hadn't")
_POINTED_COUNT_RE = re.compile(
    r"\b(the)\s+(?:" + "|".join(POINTED_COUNT_WORDS) + r")\b"
    r"(?=\s+(?:of\s+(?:them|these|those)\b|(?:" + "|".join(re.escape(a) for a in _AUXILIARIES) + r")(?![\w'’]))"
    r"|\s*(?:[,.;:!?)]|$))", re.IGNORECASE)

#: The words for an amount of none.
ZERO_WORDS = frozenset(("zero", "nothing", "nil"))
_ZERO_AMOUNT_RE = re.compile(
    r"\b((?:down|drops?|dropped|dropping|falls?|fell|falling|goes|went|comes|came|reduced|reduces|cut|cuts)"
    r"\s+to)\s+(?:zero|nothing|nil)\b(?![-\w])", re.IGNORECASE)


def without_pronoun_counts(text: str) -> str:
    """``text`` with each number word that heads a pronoun for things just named ("the two don't combine") put as
    "the ones", so no figure is read from it; every other number word left as it is."""
    if not READ_PRONOUN_COUNTS:
        return text
    return _POINTED_COUNT_RE.sub(r"\1 ones", text)


def zero_amounts_as_digits(text: str) -> str:
    """``text`` with an amount of none said in words after a verb of falling written "0" ("it drops to zero" is "it
    drops to 0"); "zero tolerance" is left alone."""
    if not READ_ZERO_AMOUNTS:
        return text
    return _ZERO_AMOUNT_RE.sub(r"\1 0", text)

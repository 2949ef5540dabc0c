"""Counts the customer states in words, which an answer may work from without any source stating them.

A customer who asks about "skis and a board" has two items, "my wife and I" are two people, and of "three wood
burners" the first is priced alone and "the other two" at another rate. Read sets of two authors flagged such
healthy answers ("2 items x 3 days x kr 45,-", "£35 for each of the other two") because no evidence holds the
count. Only two narrow shapes are read, each tied to the claim's own words, so a changed count stays absent:

- "the other N" / "the remaining N", when the customer's message states N + 1 (one is set apart from the rest);
- N of a generic counting noun ("2 items", "two people", "both"), when the customer's message joins exactly N
  things with "and" ("skis and a board", "a bike, a helmet and a lock").
"""

from __future__ import annotations

import re

from .text import numbers_in
from .text.numbers import NUMBER_WORDS
from .textcache import text_cache

__all__ = ["counts_from_customer"]

_COUNT = r"(\d+|" + "|".join(sorted((w for w in NUMBER_WORDS if w.isalpha()), key=len, reverse=True)) + r")"
#: "each of the other two", "the remaining 3 rooms": one of the customer's things is set apart.
_OTHER_RE = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+" + _COUNT + r"\b", re.IGNORECASE)
#: A count of a noun that names no kind of thing: the customer's list says what is counted.
_GENERIC_RE = re.compile(r"\b" + _COUNT + r"\s+(?:items?|things?|pieces?|people|persons?|adults?|guests?)\b"
                         r"|\b(both)\b", re.IGNORECASE)
#: "and" before a thing the customer names: an article, a possessive or "I"/"me" follows it ("skis and a board",
#: "my wife and I"); "hire today and return tomorrow" joins two actions, not two things.
_DET = r"(?:an?|the|my|our|his|her|their|your)"
_AND_THING_RE = re.compile(r"\s+and\s+(?:" + _DET + r"|I|me)\b", re.IGNORECASE)
#: An earlier member of a list with commas ("a bike, a helmet and a lock"): a short phrase led by an article.
_LISTED_RE = re.compile(r"^\s*" + _DET + r"(?:\s+[\w'-]+){1,2}\s*$", re.IGNORECASE)


def _value(word: str) -> str:
    return word if word.isdigit() else NUMBER_WORDS.get(word.lower(), "")


@text_cache()
def _joined_counts(user_text: str) -> frozenset[int]:
    """How many things each "and" of the customer's joins: two, or more when short phrases led by an article
    precede it with commas ("a bike, a helmet and a lock" is three)."""
    found = set()
    for match in _AND_THING_RE.finditer(user_text):
        before = re.split(r"[.?!;:]", user_text[:match.start()])[-1].split(",")
        if not before[-1].strip():
            continue
        count = 2
        for member in reversed(before[:-1]):
            if not _LISTED_RE.match(member):
                break
            count += 1
        found.add(count)
    return frozenset(found)


def counts_from_customer(claim: str, user_text: str) -> frozenset[str]:
    """The claim's counts the customer's own words state: "the other two" of the customer's three, "2 items" of
    "skis and a board". Empty without a customer message."""
    if not user_text:
        return frozenset()
    found: set[str] = set()
    if "other" in claim.lower() or "remaining" in claim.lower():
        theirs = numbers_in(user_text)
        for match in _OTHER_RE.finditer(claim):
            value = _value(match.group(1))
            if value and str(int(value) + 1) in theirs:
                found.add(value)
    generic = [_value(m.group(1)) if m.group(1) else "2" for m in _GENERIC_RE.finditer(claim)]
    if generic:
        joined = _joined_counts(user_text)
        found.update(v for v in generic if v and int(v) in joined)
    return frozenset(found)

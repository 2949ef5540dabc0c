"""A count the claim itself confirms by listing what it counts: "two slots, 9am-12pm and 1pm-4pm", "with two
exceptions: baby food, and food you need for medical reasons".

The evidence lists the slots or the exceptions; the answer counts them. The count is then no fact taken from
anywhere, but the length of the list beside it, and it is checked against that list: "three slots, 9am-12pm and
1pm-4pm" still states a figure nothing holds.
"""

from __future__ import annotations

import re

from .case_key import case_key
from .numbers import NUMBER_WORDS

__all__ = ["listed_counts"]

#: A small count and its noun (up to two words), then the list it introduces after a colon, comma, dash or
#: bracket, up to the end of the clause.
_COUNTED_RE = re.compile(
    r"\b(two|three|four|five|six|[2-6])\s+((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*s)\s*(?:[:,(]|\s[-–—])\s*"
    r"([^;.!?)]+)", re.IGNORECASE)
#: The same count named as the subject the list completes: "The two kiosks are Hawthorne (...) and Pearl District
#: (...)". The list runs to the end of the clause; what its brackets say of each item is left out.
_NAMED_AS_RE = re.compile(
    r"\b(two|three|four|five|six|[2-6])\s+((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*s)\s+(?:are|were|include)\s+"
    r"((?:\([^)]*\)|[^;!?()]|\.(?=\S))+)", re.IGNORECASE)
_BRACKETED_RE = re.compile(r"\s*\([^)]*\)")
#: Where a list divides into its items: commas and "and" / "or", together or alone.
_ITEM_SPLIT_RE = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
#: An item that is itself a count of something ("1 child"): the list is then of quantities, not of the noun.
_QUANTITY_ITEM_RE = re.compile(r"^\d+(?:\.\d+)?\s+[a-z]", re.IGNORECASE)


def listed_counts(claim: str) -> frozenset[str]:
    """The counts of the claim (normalised, as :func:`~llmops_kit.text.numbers_in` reads them) that the list
    right after them has exactly as many items as."""
    found = set()
    named = [(c, n, _BRACKETED_RE.sub("", rest).rstrip(". ")) for c, n, rest in _NAMED_AS_RE.findall(claim)]
    for count, _noun, rest in (*_COUNTED_RE.findall(claim), *named):
        items = [i for i in _ITEM_SPLIT_RE.split(rest.strip()) if i.strip()]
        if len(items) < 2 or any(_QUANTITY_ITEM_RE.match(i) for i in items):
            continue
        value = count if count.isdigit() else NUMBER_WORDS[case_key(count)]
        if value == str(len(items)):
            found.add(value)
    return frozenset(found)

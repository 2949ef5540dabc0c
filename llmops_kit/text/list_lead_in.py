"""A short lead-in ending in ":" on its own line before a list ("Two things:", "A few things worth knowing:",
"A lot of folks start like this:").

The lead-in only announces the list; the items under it carry the facts and are judged one by one. Judged as a
claim of its own it holds no fact of the evidence (its count, 'two', is the list's length, not a figure from
anywhere; its words, 'things worth knowing', are nobody's), so a faithful list answer was flagged. A lead-in
is conversation only when it asserts nothing of its own: short, no figure but a count equal to the number of
items below it, no name or identifier, no negation or limiting word ("We only take these cards:" and
"These are not refundable:" stay claims), and every item below it is a statement of its own.
"""

from __future__ import annotations

import re

from .case_key import case_key
from .numbers import NUMBER_WORDS
from .split import sentences_of
from .tokens import content_stems, identifiers_in, names_in, numbers_in

__all__ = ["READ_LIST_LEAD_INS", "list_lead_ins"]

#: Switch for this reading (off while the claim decision is fitted: it removes claims before the decision).
READ_LIST_LEAD_INS = True

#: A list item line: a bullet or a number with "." or ")".
_ITEM_RE = re.compile(r"^\s*(?:[*\-•–]|\d{1,2}[.)])\s+(?=\S)")
#: Longest lead-in, in words: an announcement, not a statement.
_MAX_WORDS = 8
#: Words that make the lead-in a statement of its own about the items (what is excluded, limited or denied).
_ASSERTING_RE = re.compile(
    r"\b(?:not|no|never|only|except|without|unless|none|cannot|\w+n['’]t|must|required|free|extra|exclud\w*)\b",
    re.IGNORECASE)
#: Counts a lead-in may announce ("Two things:").
_COUNT_RE = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)


def _items_below(lines: list[str], start: int, min_words: int) -> int:
    """How many list items follow line ``start`` (blank lines between them allowed); 0 when one of them is no
    statement of its own (fewer than ``min_words`` content words and no figure)."""
    items = 0
    for line in lines[start + 1:]:
        if not line.strip():
            continue
        if not _ITEM_RE.match(line):
            break
        body = _ITEM_RE.sub("", line)
        if len(content_stems(body)) < min_words and not numbers_in(body):
            return 0
        items += 1
    return items


def _announces(lead: str, items: int) -> bool:
    """Whether ``lead`` (without its colon) only announces ``items`` list items."""
    if len(lead.split()) > _MAX_WORDS or _ASSERTING_RE.search(lead):
        return False
    if names_in(lead) or identifiers_in(lead):
        return False
    counts = _COUNT_RE.findall(lead)
    if len(counts) > 1 or (counts and NUMBER_WORDS[case_key(counts[0])] != str(items)):
        return False
    figures = numbers_in(lead)
    return figures <= {NUMBER_WORDS[case_key(c)] for c in counts}


def list_lead_ins(answer: str, min_words: int = 3) -> frozenset[str]:
    """The answer's sentences (as :func:`~llmops_kit.text.split.sentences_of` gives them) that are a list's
    lead-in and no claim: the last sentence of a line ending in ":" with two or more statement items below."""
    if not READ_LIST_LEAD_INS or ":" not in answer:
        return frozenset()
    lines = answer.splitlines()
    found = set()
    for n, line in enumerate(lines):
        if not line.rstrip().endswith(":") or _ITEM_RE.match(line):
            continue
        said = sentences_of(line)
        if not said or not said[-1].rstrip().endswith(":"):
            continue
        items = _items_below(lines, n, min_words)
        if items >= 2 and _announces(said[-1].rstrip().rstrip(":"), items):
            found.add(said[-1])
    return frozenset(found)

"""A row's key paired with what a sibling row holds: "A Small unit fits a two-bedroom flat, at £24 a week" where
the table's Small row fits "contents of a studio flat" at £24 and "a two-bedroom flat" is the Medium row's.

The hard-fact step finds £24 in the table and the wording step finds every word of the claim in it, so a claim
that takes one row's key and price and another row's attribute passes both. Here the evidence's *row groups* are
read as rows of a key, its amounts and its other words:

* the rows of one table (its first cell the key, the header and rule lines left out);
* parallel sentences of one text of the form "<key> is / costs <amount> and covers / includes <list>" ("Band 2
  is £75.30 and covers ... fillings ...; Band 3 is £326.70 and covers ... crowns"), two or more of them.

The claim is *contradicted* when it names one row's key (A) and no other row's, states an amount of money row A
holds, and names an attribute word (a content word, hyphened compounds kept whole: "two-bedroom") that one other
row (B) of the group holds and no other row, no header and no key does, and no evidence sentence outside the group
gives together with A's key. A claim naming both keys, or only words A holds, is left alone: "A Medium unit fits
a two-bedroom flat, at £41 a week" and "A filling is Band 2, £75.30" stay held.

Read by the groundedness check among its contradiction steps, switched off by ``READ_SIBLING_ATTRIBUTES`` in the
claim-decision fit.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Evidence
from .text.char_scans import has_digit
from .text.money_amounts import money_amounts
from .text.split import TABLE_SEPARATOR_RE, table_cells
from .text.tokens import stem
from .textcache import text_cache

__all__ = ["READ_SIBLING_ATTRIBUTES", "swapped_attribute"]

#: Switch: a row's key paired with a sibling row's attribute is contradicted (``tabswap42`` round).
READ_SIBLING_ATTRIBUTES = True

#: A word, its hyphened compounds kept whole ("two-bedroom", "X-rays").
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: Words that name no attribute of a row.
_LIGHT = frozenset((
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "per", "each", "is",
    "are", "be", "it", "its", "this", "that", "these", "those", "you", "your", "we", "our", "they", "their", "as",
    "if", "up", "out", "all", "any", "some", "no", "not", "yes", "one", "only", "just", "also", "plus", "so", "but",
    "cost", "costs", "price", "priced", "pay", "paid", "fee", "fees", "charge", "charged", "charges", "week", "weeks",
    "weekly", "day", "days", "daily", "month", "months", "monthly", "year", "years", "hour", "hours", "include",
    "includes", "included", "cover", "covers", "covered", "everything", "roughly", "about", "around", "which",
    "what", "can", "will", "would", "need", "needs", "get", "gets", "do", "does", "has", "have", "there", "here",
))
_PARALLEL_RE = re.compile(
    r"(?:^|[:;]\s+)(?P<key>[A-Z][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:is|costs)\s+(?P<amount>\S*\d[\d.,]*\S*)"
    r"\s*,?\s+and\s+(?:covers|includes)\s+(?P<rest>.+)$")


class _Row(NamedTuple):
    key: str  # lower case
    amounts: frozenset[float]
    words: frozenset[str]  # stems of the row's words other than its key
    key_words: frozenset[str]
    text: str


def _stems(text: str) -> frozenset[str]:
    """The stems of a text's attribute words: hyphened compounds whole, light words and words of two letters out."""
    return frozenset(stem(w) for w in _WORD_RE.findall(text) if w.lower() not in _LIGHT and len(w) > 2)


def _row(key: str, rest: str, text: str) -> _Row:
    """A row of its key, the rest of its cells (read for amounts and attribute words) and its line as written."""
    return _Row(key.lower(), frozenset(money_amounts(rest)), _stems(rest), _stems(key), text)


def _table_groups(text: str) -> list[tuple[tuple[_Row, ...], frozenset[str]]]:
    """(rows, header stems) of each markdown table of the text with a header, its separator and two body rows or
    more whose first cell, the key, has no digit."""
    groups: list[tuple[tuple[_Row, ...], frozenset[str]]] = []
    lines: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.lstrip().startswith("|"):
            lines.append(line.strip())
            continue
        if len(lines) >= 4 and TABLE_SEPARATOR_RE.match(lines[1]):  # header, rule, two rows or more
            rows = []
            for row in lines[2:]:
                cells = [c.strip() for c in table_cells(row)]
                if len(cells) >= 2 and cells[0] and not has_digit(cells[0]):
                    rows.append(_row(cells[0], " ".join(cells[1:]), row))
            if len(rows) >= 2:
                groups.append((tuple(rows), _stems(lines[0])))
        lines = []
    return groups


def _parallel_groups(text: str) -> list[tuple[tuple[_Row, ...], frozenset[str]]]:
    """The rows of the text's parallel "<key> is <amount> and covers <list>" sentences, as one group when there
    are two or more."""
    if " covers " not in text and " includes " not in text:
        return []
    rows = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        found = _PARALLEL_RE.search(sentence.strip())
        if found is not None and money_amounts(found.group("amount")):
            rows.append(_Row(found.group("key").lower(), frozenset(money_amounts(found.group("amount"))),
                             _stems(found.group("rest")), _stems(found.group("key")), sentence.strip()))
    return [(tuple(rows), frozenset())] if len(rows) >= 2 else []


@text_cache(maxsize=4096)
def _groups(text: str) -> tuple[tuple[tuple[_Row, ...], frozenset[str]], ...]:
    """The row groups of a source text (cached: articles recur)."""
    if "|" not in text and " covers " not in text and " includes " not in text:
        return ()
    return (*_table_groups(text), *_parallel_groups(text))


def _names(claim: str, key: str) -> bool:
    """Does the (lower-case) claim name the key as whole words?"""
    return re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", claim) is not None


def swapped_attribute(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the sibling row, the attribute word) when the claim names one row's key and amount with an
    attribute only a sibling row of the same table or parallel sentences holds (see the module docstring)."""
    if not READ_SIBLING_ATTRIBUTES or not has_digit(claim):
        return None
    amounts = money_amounts(claim)
    if not amounts:
        return None
    lower = claim.lower()
    claimed = _stems(claim)
    for source in evidence.sources:
        if source.user:
            continue
        for rows, header in _groups(source.text):
            named = [r for r in rows if _names(lower, r.key)]
            if len(named) != 1:
                continue
            own = named[0]
            if not own.amounts or not set(amounts) <= own.amounts:
                continue
            keys = frozenset().union(*(r.key_words for r in rows))
            for word in sorted(claimed - own.words - own.key_words - keys - header):
                holders = [r for r in rows if word in r.words]
                if len(holders) != 1:
                    continue
                if _said_with(word, own.key, rows, evidence):
                    continue
                return source.label, holders[0].text, word
    return None


def _said_with(word: str, key: str, rows: tuple[_Row, ...], evidence: Evidence) -> bool:
    """Does an evidence sentence outside the group give the word together with row A's key?"""
    inside = {r.text for r in rows}
    for _, sentence in evidence.sentences:
        text = sentence.strip()
        if any(row in text or text in row for row in inside):
            continue
        low = sentence.lower()
        if _names(low, key) and word in _stems(sentence):
            return True
    return False

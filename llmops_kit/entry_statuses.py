"""Counts an answer reads off the entries of a tool record, which no source states as a figure.

A record of a pass or a block lists its uses as entries, each with a status ("visits status: visited", "games
status: played"), beside the allowance ("entries: 10", "occasions: 12"). An answer counting them ("three visits",
"nine games played") or saying what is left ("four occasions left") states a figure no source holds, and the
hard-fact step took the allowance's other figure for a contradiction. Two narrow readings, each its own switch:

- :data:`READ_STATUS_COUNTS`: a count of a status word ("three visits", "nine games played", "two missed
  sessions") is held when exactly that many entries of one record carry that status (one word, compared by stem:
  "visits" of "visited"); a wrong count stays unexplained;
- :data:`READ_REMAINING_COUNTS`: a count said to be left ("four occasions left", "5 entries remaining") is held
  when a record's allowance field, named by the counted noun ("occasions: 12"), less its entries, less the ones
  the answer says are not counted (by their dates, in a sentence or clause saying "not counted"), gives it. A
  remaining count is no allowance: it is worked from the record, and a wrong subtraction stays unexplained.

Read by the derived-figure search (:meth:`~llmops_kit.evidence_derived.DerivedFigures.entry_counts`) on figures it
left unexplained, by :mod:`llmops_kit.unheld_figures` before it holds a count against a clause's other value, and by
:mod:`llmops_kit.record_counts` before it holds a count left against the allowance field; both switched off in the
claim decision's fit (``tools/fit_claim_decision.py``). Only a record holding the word "status" is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .evidence_readers import record_lines
from .evidence_statements import MONTH_NAMES
from .text import stem
from .text.case_key import case_key
from .text.numbers import count_words

__all__ = ["READ_REMAINING_COUNTS", "READ_STATUS_COUNTS", "remaining_counts", "status_counts"]

#: A count of a status the record's entries carry: also off in the fit.
READ_STATUS_COUNTS = True
#: A count left of a record's allowance, less its counted entries: also off in the fit.
READ_REMAINING_COUNTS = True

_COUNT_WORDS = {"one": 1, **count_words(12)}
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + ")"
#: A count and the two words after it: "three visits", "nine games played", "two missed sessions".
_COUNTED_RE = re.compile(rf"\b{_COUNT}\s+(?P<w1>[a-z]+)(?:\s+(?P<w2>[a-z]+))?", re.IGNORECASE)
#: A count said to be left: "four occasions left", "5 entries remaining", "3 games left on your block".
_LEFT_RE = re.compile(rf"\b{_COUNT}\s+(?:more\s+)?(?P<noun>[a-z]+)\s+(?:still\s+)?(?:left|remaining)\b",
                      re.IGNORECASE)
#: A sentence of the answer setting entries apart: "... are not counted", "Not counted: ...", "weren't counted".
_NOT_COUNTED_RE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:been\s+)?(?:counted|count)\b", re.IGNORECASE)
_MONTHS = {name.lower(): n for n, name in enumerate(MONTH_NAMES, start=1)}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: The ways an answer writes an entry's date: year first ("2027. 02. 10.", "2027/02/10"), day first
#: ("19.12.2026", "19/12/2026"), or with the month's name ("15th October", "November 5").
_YEAR_FIRST_RE = re.compile(r"\b(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\b")
_DAY_FIRST_RE = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
_NAMED_RE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH_RE})\b|\b({_MONTH_RE})\s+(\d{{1,2}})\b",
                       re.IGNORECASE)
_ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
#: Where the answer's sentences (and their clauses) part: a stop before a capital letter, so a date written with
#: stops ("2027. 02. 10. and ...") stays inside its sentence, and a semicolon ("... is not counted; the no-show is").
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\s*;\s*")

#: One entry of a record: its status (lower case) and its (month, day), when it has a date.
Entry = tuple[str, tuple[int, int] | None]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[case_key(word)]


def record_entries(text: str) -> dict[str, list[Entry]]:
    """A tool record's repeated entries that carry a status, by the name of their list ("visits", "games"): the
    repeated lines from one occurrence of the field opening each entry ("visits date") to the next."""
    lines = [(name, value) for _, name, value in record_lines(text)]
    heads = {name.split()[0] for name, _ in lines if len(name.split()) == 2 and name.split()[1] == "status"}
    out: dict[str, list[Entry]] = {}
    for head in heads:
        names = [name for name, _ in lines]
        # the entries' own fields repeat; "games in block: 10" is the record's, once
        group = [(name, value.strip().rstrip(".").strip()) for name, value in lines if name.split()[:1] == [head]
                 and len(name.split()) > 1 and names.count(name) > 1]
        opener = group[0][0] if group else ""
        entries: list[dict[str, str]] = []
        for name, value in group:
            if name == opener or not entries:
                entries.append({})
            entries[-1][name] = value
        found = []
        for entry in entries:
            status = entry.get(f"{head} status")
            if status is None:
                continue
            iso = _ISO_RE.match(entry.get(f"{head} date", ""))
            found.append((status.lower(), (int(iso.group(2)), int(iso.group(3))) if iso else None))
        if len(found) > 1:
            out[head] = found
    return out


def status_counts(left: Iterable[str], claim: str, records: Iterable[str]) -> frozenset[str]:
    """The figures of ``left`` the claim gives as a count of a status word ("three visits", "nine games played")
    that exactly that many entries of one record carry (:data:`READ_STATUS_COUNTS`)."""
    wanted = {n for n in left if n.isdigit()}
    if not READ_STATUS_COUNTS or not wanted:
        return frozenset()
    said = [(str(_count(m.group("n"))), {stem(w.lower()) for w in (m.group("w1"), m.group("w2")) if w})
            for m in _COUNTED_RE.finditer(claim)]
    said = [(n, words) for n, words in said if n in wanted]
    if not said:
        return frozenset()
    held = set()
    for text in records:
        for entries in record_entries(text).values():
            by_status: dict[str, int] = {}
            for status, _ in entries:
                if re.fullmatch(r"[a-z]+", status):
                    by_status[stem(status)] = by_status.get(stem(status), 0) + 1
            held.update(n for n, words in said if any(by_status.get(w) == int(n) for w in words))
    return frozenset(held)


def _dated(sentence: str, day: tuple[int, int]) -> bool:
    """Does the sentence write the (month, day) in one of the usual layouts?"""
    month, dom = day
    for m in _YEAR_FIRST_RE.finditer(sentence):
        if (int(m.group(2)), int(m.group(3))) == day:
            return True
    for m in _DAY_FIRST_RE.finditer(sentence):
        if day in ((int(m.group(2)), int(m.group(1))), (int(m.group(1)), int(m.group(2)))):
            return True
    for m in _NAMED_RE.finditer(sentence):
        name, figure = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
        if (_MONTHS[case_key(name)], int(figure)) == (month, dom):
            return True
    return False


def remaining_counts(left: Iterable[str], claim: str, answer_text: str, records: Iterable[str]) -> frozenset[str]:
    """The figures of ``left`` the claim says are left of a record's allowance ("four occasions left") that the
    allowance less the entries the answer counts gives: every entry but those the answer's "not counted" sentences
    name by their dates (:data:`READ_REMAINING_COUNTS`)."""
    wanted = {n for n in left if n.isdigit()}
    if not READ_REMAINING_COUNTS or not wanted or ("left" not in claim and "remaining" not in claim):
        return frozenset()
    said = [(str(_count(m.group("n"))), stem(m.group("noun").lower())) for m in _LEFT_RE.finditer(claim)]
    said = [(n, noun) for n, noun in said if n in wanted]
    if not said:
        return frozenset()
    apart = [s for s in _SENTENCE_END_RE.split(answer_text or claim) if _NOT_COUNTED_RE.search(s)]
    held = set()
    for text in records:
        groups = record_entries(text)
        if not groups:
            continue
        allowances = [(frozenset(stem(w) for w in name.split()), value.strip().rstrip("."))
                      for _, name, value in record_lines(text)]
        for entries in groups.values():
            counted = sum(1 for _, day in entries if day is None or not any(_dated(s, day) for s in apart))
            for n, noun in said:
                if any(noun in words and value.isdigit() and int(value) - counted == int(n)
                       for words, value in allowances):
                    held.add(n)
    return frozenset(held)

""""Opens" and "closes" of a time an evidence sentence gives as the start or the end of its hours: "7 in the
evening, Monday through Saturday (it opens at 9 a.m.)" against "Hawthorne kiosk: Mon.-Sat. 9 a.m.-7 p.m.".

A page of opening hours writes them as a range of times and never says "open" or "close"; an answer reading the
range out says which end is which. The hard-fact step has found the time already; the verb is the range's own
meaning when the time it governs is that end of a range an evidence sentence states: the first time for "open",
the last for "close" / "shut", and the claim states the range's other end too (it reads the range out, so the
time is not another place's hours: "opens at 10 a.m." beside "7 in the evening" is no end of "10 a.m.-6 p.m.").
Such a verb is left out of the words compared, as the words of a date are. A verb whose time is the other end
("it closes at 9 a.m." of "9 a.m.-7 p.m.") or no end of such a range stays a word to find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import may_hold_word
from .text.numbers import times_in
from .text.tokens import stem

__all__ = ["range_end_verbs", "stated_ranges"]

#: "opens at 9 a.m.", "closing at 7pm", "shuts at 5.30": the verb and the time it governs.
_VERB_RE = re.compile(r"\b(open(?:s|ing)?|clos(?:e|es|ing)|shut(?:s|ting)?)\s+(?:at|from|by)\s+"
                      r"(\S+(?:\s*[ap]\.?m\.?)?)", re.IGNORECASE)
#: The verbs of :data:`_VERB_RE`, each a whole word (a space follows it) wherever it matches.
_VERB_WORDS = frozenset(("open", "opens", "opening", "close", "closes", "closing", "shut", "shuts", "shutting"))
_TIME = r"\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?"
#: A range of two clock times: "9 a.m.-7 p.m.", "10am to 6pm", "4pm–7pm".
_RANGE_RE = re.compile(r"(" + _TIME + r")\s*(?:-|–|—|to|until|till)\s*(" + _TIME + r")", re.IGNORECASE)
_OPEN = "open"


def _ranges(texts: Iterable[str]) -> frozenset[tuple[str, str]]:
    """The ranges of two clock times in the texts, (start, end) as "HH:MM"."""
    found: set[tuple[str, str]] = set()
    for text in texts:
        for first, last in _RANGE_RE.findall(text):
            one, other = times_in(first), times_in(last)
            if len(one) == 1 and len(other) == 1:
                found.add((next(iter(one)), next(iter(other))))
    return frozenset(found)


def stated_ranges(texts: Iterable[str]) -> frozenset[tuple[str, str]]:
    """The ranges of two clock times the texts state, (start, end) as "HH:MM" (for :mod:`llmops_kit.span_ends`)."""
    return _ranges(texts)


def range_end_verbs(claim: str, evidence_texts: Iterable[str]) -> frozenset[str]:
    """The stems of the claim's "open" / "close" / "shut" whose time starts / ends a range of times the evidence
    states; none otherwise."""
    if not may_hold_word(claim, _VERB_WORDS):  # most claims open and close nothing (their words are cached)
        return frozenset()
    verbs = _VERB_RE.findall(claim)
    if not verbs:
        return frozenset()
    ranges = _ranges(evidence_texts)
    stated = times_in(claim)
    found = set()
    for verb, time in verbs:
        said = times_in(time)
        if len(said) != 1:
            continue
        opens = verb.lower().startswith(_OPEN)
        if any((start if opens else end) in said and (end if opens else start) in stated for start, end in ranges):
            found.add(stem(verb.lower()))
    return frozenset(found)

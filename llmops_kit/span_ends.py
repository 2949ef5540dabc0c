"""The first or last slot of a stated span of hours: "The first slot is at 7:00 am, every day." of "Bookings are by
the hour, from 7:00 am to 11:00 pm every day."

An article gives a span of hours as its two ends and never says "first" or "last"; an answer to "what's the
earliest I can book?" names only the end it is asked for, with a word for that end ("the first slot", "the earliest
booking", "opening time"; "the last slot", "closing time"). The hard-fact step has found the time already; the word
for the end, and the noun it qualifies, are the span's own meaning when that time is the same end of a range the
sentence the claim draws on states (its closest evidence sentence). They are left out of the words compared, as
"opens" / "closes" are (:mod:`llmops_kit.opening_words`, which asks for both ends). A time that is the other end, or
no end of that sentence's range ("the first slot is at 8:00 am" where the office, not the pitch, opens at 8), keeps
its words to find.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .opening_words import stated_ranges
from .text import may_hold_word
from .text.numbers import times_in
from .text.tokens import stem

__all__ = ["READ_SPAN_ENDS", "span_end_words"]

#: Off while the claim decision is fitted (``tools/fit_claim_decision.py``).
READ_SPAN_ENDS = True

_START_WORDS = frozenset(("first", "earliest", "opening"))
_END_WORDS = frozenset(("last", "latest", "closing"))
_TIME = r"\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?"
#: "the first slot is at 7:00 am", "earliest booking: 7am", "closing time is 23:00": the end's word, up to three
#: words it qualifies, an optional verb and preposition, and the time.
_SPAN_END_RE = re.compile(
    r"\b(first|earliest|opening|last|latest|closing)\b"
    r"((?:\s+(?!(?:is|are|at|from|starts?|begins?|ends?|finish(?:es)?|will|be)\b)[a-z]+){0,3})"
    r"\s*:?\s+(?:(?:is|are|will\s+be|starts?|begins?|ends?|finish(?:es)?)\s+)?(?:(?:at|from)\s+)?"
    rf"({_TIME})(?![\d:])", re.IGNORECASE)


def span_end_words(claim: str, stems: frozenset[str], evidence: Evidence) -> frozenset[str]:
    """The stems of the claim's word for a span's end and the noun it qualifies, when its time is that end of a
    range the claim's closest evidence sentence states; none otherwise. ``stems``: the claim's content stems."""
    if not READ_SPAN_ENDS or not may_hold_word(claim, _START_WORDS | _END_WORDS):
        return frozenset()
    found = [m for m in _SPAN_END_RE.finditer(claim) if len(times_in(m.group(3))) == 1]
    if not found:
        return frozenset()
    index, _share = evidence.coverage(stems)
    if index < 0 or evidence.sources[index].user:
        return frozenset()
    ranges = stated_ranges((evidence.closest_sentence(stems, index),))
    out: set[str] = set()
    for match in found:
        (time,) = times_in(match.group(3))
        starts = match.group(1).lower() in _START_WORDS
        if any((start if starts else end) == time for start, end in ranges):
            out.update(stem(word.lower()) for word in (match.group(1), *match.group(2).split()))
    return frozenset(out)

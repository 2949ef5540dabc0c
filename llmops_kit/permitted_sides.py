"""The permitted side of a stated restriction: "A date at least two weeks after the operation would be fine" of "We
do not groom pets that have had surgery in the last 14 days"; "Any date up to the end of October works" of
"Lessons run ... from April to October".

Answers that refuse a date often add the dates that would do, the complement of the limit the evidence states.
Two closed shapes, the boundary equal to the evidence's:

- a wait after an event: the claim says a date (day, booking, appointment) "at least / more than / from N <days,
  weeks> after <the event>" is fine (works, OK, no problem), and one evidence sentence that refuses ("do not",
  "don't", "can't", "won't", "no") states the same span as a window "within / in the last / less than N <unit>"
  of the same event (its word, or a word-vector synonym: "operation" of "surgery"). Spans compare in days ("two
  weeks" = "14 days"); "one week after the operation would be fine" is not read;
- a season's end: "any date (day, time) up to / until / before (the end of) <month>" works, where an evidence
  sentence gives a range of months ending in that month ("from April to October", "April-October"). "up to the
  end of November" is not read.

Read after the claim decision on claims it left unsupported, by the quality scorer; switched off by
:data:`READ_PERMITTED_SIDES` in the decision's fit.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .grounding_paraphrase import SYNONYM_SIMILARITY
from .text import stem
from .text.case_key import case_key
from .text.embed import embed
from .text.split import sentences_of
from .text.worded_forms import MONTHS

__all__ = ["PERMITTED_SOURCE", "READ_PERMITTED_SIDES", "permitted_side"]

#: The source a permitted side of a stated restriction is credited to.
PERMITTED_SOURCE = "a stated restriction's permitted side"

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_PERMITTED_SIDES = True

_COUNT = r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)"
_UNIT = r"(?P<unit>days?|weeks?|fortnights?)"
_FINE = r"(?:would be|is|will be|should be) (?:fine|ok|okay|no problem|allowed)|works|would work|will work"
_WAIT_RE = re.compile(
    rf"^(?:a|any) (?:date|day|booking|appointment|slot|visit) (?:at least|more than|from|over) {_COUNT} {_UNIT} "
    rf"(?:after|since|from) (?:the |her |his |their |your )?(?P<event>[a-z]+) (?:{_FINE})$", re.IGNORECASE)
_WINDOW_RE = re.compile(rf"\b(?:within|in the (?:last|past)|less than) {_COUNT} {_UNIT}\b", re.IGNORECASE)
_REFUSES_RE = re.compile(r"\b(?:do not|don't|does not|doesn't|cannot|can't|won't|will not|no|not)\b", re.IGNORECASE)
_MONTH = r"(?:" + "|".join(m.capitalize() for m in MONTHS) + r")"
_SEASON_RE = re.compile(rf"^any (?:date|day|time|slot|booking) (?:up to|until|till|before|through) "
                        rf"(?:the end of )?(?P<month>{_MONTH})(?: is fine| would be fine| works| would work| is ok)$",
                        re.IGNORECASE)
_RANGE_RE = re.compile(rf"\b(?:from )?{_MONTH} ?(?:to|until|till|through|-|–) ?(?P<end>{_MONTH})\b", re.IGNORECASE)
_NUMBERS = {w: n for n, w in enumerate(("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                          "ten", "eleven", "twelve"))}
_NUMBERS["a"] = 1


def _days(count: str, unit: str) -> int:
    n = int(count) if count.isdigit() else _NUMBERS[case_key(count)]
    unit = unit.lower()
    return n * (14 if unit.startswith("fortnight") else 7 if unit.startswith("week") else 1)


def _same_event(word: str, sentence: str) -> bool:
    """Does the sentence name the claim's event: its word or a word-vector synonym ("operation" of "surgery")?"""
    words = sorted({w.lower() for w in re.findall(r"[A-Za-z]+", sentence) if len(w) > 3})
    if stem(word) in {stem(w) for w in words}:
        return True
    if not words:
        return False
    return bool(((embed([word.lower()]) @ embed(words).T) >= SYNONYM_SIMILARITY).any())


def _prose(evidence: Evidence) -> list[str]:
    return evidence.once("permitted_sides.sentences", lambda ev: [s for source in ev.sources if source.prose
                                                                  for s in sentences_of(source.text)])


def permitted_side(claim: str, evidence: Evidence) -> bool:
    """Does the claim say the permitted side of a restriction the evidence states, at its boundary (see the module
    docstring)?"""
    if not READ_PERMITTED_SIDES:
        return False
    text = claim.strip().strip(" .!").strip()
    lowered = text.lower()
    if not lowered.startswith(("a ", "any ")):
        return False
    wait = _WAIT_RE.match(text)
    if wait is not None:
        span = _days(wait.group("n"), wait.group("unit"))
        for sentence in _prose(evidence):
            window = _WINDOW_RE.search(sentence)
            if (window is not None and _REFUSES_RE.search(sentence)
                    and _days(window.group("n"), window.group("unit")) == span
                    and _same_event(wait.group("event"), sentence)):
                return True
        return False
    season = _SEASON_RE.match(text)
    if season is None:
        return False
    month = season.group("month").lower()
    return any(r.group("end").lower() == month for sentence in _prose(evidence)
               for r in _RANGE_RE.finditer(sentence))

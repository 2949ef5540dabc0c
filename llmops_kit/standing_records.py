"""A booking said to still stand after a refusal the tool result backs: "I couldn't cancel it with a refund ... The
booking still stands." of a cancel tool that returned "cancelled: False".

The sentence states the record's state after the bot's failed act: not cancelled, so still on. The tool's own line
says it, but in the form of a field ("cancelled: False"), which no word of the claim ("still", "stands") matches;
the claim reached the fitted decision and was judged unsupported, the refusal's only claim.

:func:`still_standing` reads a claim that is only "the/your <record> still stands" (or "is still on / booked / in
place / valid", "remains in place / booked / valid") as supported when a tool result the model was given holds a
cancel field set false ("cancelled: False", "canceled: no"). A tool that did cancel ("cancelled: True"), or no
tool at all, keeps the claim judged as before. The reading acts before the fitted decision and is off in its fit.

**A record kept as it was after a refused change** (:func:`kept_record`, :data:`READ_KEPT_RECORDS`, the refusal48
round): "I couldn't move it: the Sunday boat is full. Your booking stays on Sat 13 March.", "... so BK-40217 stays
on Thursday 9 July", "Your booking for 12.02.2027 stays as it is", "You stay in your current class", "The pick-up
time has not been changed". Any assistant whose change was refused closes by saying what is left: the record as it
was. The refusing tool gave only its act set false and a reason ("moved: False", "rescheduled: false", "changed:
False", "transferred: false"); it carries nothing of the record, so the record's own date (the customer's booking,
which they hold) appeared nowhere and the sentence was judged absent, or its words unsupported. Such a clause
states only that nothing changed. It is read so when:

- it is one status-quo frame: a record (the/your + a booking word, the code the customer named, "you", or the
  booking's own date) stays / remains on a date or time, as it is, unchanged, in its current place; or has not been
  changed. Its date or time words are calendar words and figures only, and not all of them are held by the evidence
  (a date the texts name whole is the refused date or the reason's, never the one kept: "BK-40217 stays on Friday
  10 July" when 10 July was refused stays judged);
- every tool result the model was given is such a refusal (an act field false and a reason, nothing else): a tool
  that returned the record (a date the answer could misquote) or did the change keeps the claim judged as before;
- when the frame closes a longer sentence after ", so" or ";", what comes before is judged on its own.

An offer, a new date or slot ("The next rapid is on the last Saturday of April"), a fee ("stays on Sat 13 March at
no charge") or a promise has words beyond the frame and is judged as any claim. Off in the claim decision's fit.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text.tokens import CALENDAR_ABBREVIATIONS
from .text.worded_forms import MONTHS, WEEKDAYS

__all__ = ["READ_KEPT_RECORDS", "READ_STANDING_RECORDS", "kept_record", "still_standing"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes which claims reach the decision.
READ_STANDING_RECORDS = True
#: A record said to stay as it was after a tool refused the change (:func:`kept_record`); off in the fit.
READ_KEPT_RECORDS = True

#: "The booking still stands", "Your reservation is still on", "The appointment remains in place".
_STANDS_RE = re.compile(
    r"^(?:so\s+|but\s+)?(?:the|your)\s+(?:booking|reservation|appointment|order|slot|session|class|lesson|ticket)s?"
    r"\s+(?:still\s+stands?|(?:is|are)\s+still\s+(?:on|booked|in\s+place|active|valid|confirmed)"
    r"|remains?\s+(?:in\s+place|booked|active|valid|confirmed))$",
    re.IGNORECASE,
)
#: A tool's field saying the cancellation did not happen: "cancelled: False", "canceled: no".
_NOT_CANCELLED_RE = re.compile(r"^\s*cancell?ed\s*:\s*(?:false|no)\b", re.IGNORECASE | re.MULTILINE)


def still_standing(claim: str, evidence: Evidence) -> bool:
    """Is the claim only "the booking still stands", backed by a tool result whose cancel field is false?"""
    if not READ_STANDING_RECORDS or ("still" not in claim.lower() and "remain" not in claim.lower()):
        return False
    if _STANDS_RE.match(claim.strip(" .!")) is None:
        return False
    return any(_NOT_CANCELLED_RE.search(source.text) for source in evidence.sources
               if source.label.startswith("tool") and not source.user)


#: The words of a booking's date or time besides its figures: "Tuesday 16/03/2027 at 9:40 h", "Friday 20 November,
#: 5 p.m. to 7 p.m.", "Sat 13 March", "kl. 11:00".
_WHEN_WORDS = frozenset((*MONTHS, *WEEKDAYS, *CALENDAR_ABBREVIATIONS, "at", "on", "from", "to", "until", "till",
                         "and", "the", "of", "am", "pm", "a", "p", "m", "h", "hrs", "kl", "noon", "midday",
                         "morning", "afternoon", "evening", "th", "st", "nd", "rd"))
_WHEN = r"(?P<when>[\w.,:/ -]{1,45}?)"
_RECORD_WORDS = (r"(?:booking|reservation|appointment|order|slot|session|class|lesson|ticket|place|tour|trip|walk"
                 r"|visit|registration|subscription|plan|pick-?up(?:\s+time)?|drop-?off(?:\s+time)?|time|date"
                 r"|evening|delivery|course|table|seat|spot)s?")
#: Who or what is kept: "your booking", "your Saturday booking", "your booking for 12.02.2027", "BK-40217", "it",
#: "you", or the booking's own date ("Friday 20 November, 5 p.m. to 7 p.m.,").
_KEPT_SUBJECT = (rf"(?:(?:the|your)\s+(?:[\w-]+\s+){{0,2}}?{_RECORD_WORDS}"
                 r"(?:\s+(?:for|on)\s+(?P<own>[\w./ -]{1,30}?))?"
                 r"|(?P<code>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)|it|you|(?P<subject_when>[\w.,:/ -]{1,45}?),?)")
_STAY = r"(?:stays?|remains?|will\s+(?:stay|remain)|is\s+staying)"
#: The frame, the whole clause: the record staying on its date or time, as it is, or not changed.
_KEPT_RE = re.compile(
    rf"^(?:so\s+|and\s+|but\s+)?{_KEPT_SUBJECT}\s+(?:"
    rf"{_STAY}\s+(?:booked\s+)?(?:on|at|for)\s+{_WHEN}"
    rf"|{_STAY}\s+(?:as\s+(?:it\s+is|they\s+are|it\s+was|before|arranged|booked|planned|agreed)|unchanged"
    r"|the\s+same|where\s+(?:it|they)\s+(?:is|are|was)|in\s+place"
    r"|in\s+(?:your|the|its|their)\s+(?:current|existing|original|present)\s+[\w-]+)"
    r"|(?:has|have)\s+not\s+been\s+(?:changed|moved|touched)|(?:hasn['’]t|haven['’]t)\s+been\s+(?:changed|moved)"
    r"|(?:is|are|was)\s+(?:not\s+changed|unchanged))$",
    re.IGNORECASE,
)
#: Where a longer sentence hands over to its closing status-quo clause: ", so BK-40217 stays on ...", "; your ...".
_CLOSING_RE = re.compile(r"(?:,\s*so\s+|;\s*|,\s*and\s+)(?=[^,;]*\b(?:stay|remain|chang)\w*[^,;]*$)",
                         re.IGNORECASE)
#: A tool's act set false: "moved: False", "rescheduled: false", "changed: no".
_ACT_FALSE_RE = re.compile(r"^\s*[a-z_]+ed\s*:\s*(?:false|no)\.?\s*$", re.IGNORECASE)
#: The only other line a refusal carries: its reason.
_REASON_RE = re.compile(r"^\s*(?:reason|message|detail)\s*:", re.IGNORECASE)
#: Cheap pre-check: a claim holding none of these is never the frame.
_KEPT_WORDS = ("stay", "remain", "changed", "moved", "touched")


def _refusal(text: str) -> bool:
    """Is a tool result only a refused act: one act field set false and its reason?"""
    lines = [line for line in text.splitlines() if line.strip()]
    acts = [line for line in lines if _ACT_FALSE_RE.match(line)]
    return len(acts) == 1 and all(line in acts or _REASON_RE.match(line) for line in lines)


def _when_words(when: str) -> bool:
    """Are a date's or time's words calendar words and figures only?"""
    return all(word in _WHEN_WORDS for word in re.findall(r"[a-z]+", when.lower()))


def _kept_clause(clause: str, evidence: Evidence) -> bool:
    """Is the clause only the record kept as it was, its date or time (if any) one the evidence does not name
    whole?"""
    match = _KEPT_RE.match(clause.strip(" .!"))
    if match is None:
        return False
    whens = [w for w in (match.group("when"), match.group("own"), match.group("subject_when")) if w]
    if not all(_when_words(w) for w in whens):
        return False
    code = match.group("code")
    if code and code.lower() not in evidence.user_text.lower():
        return False  # the code kept must be the one the customer named
    if match.group("subject_when") and not re.search(r"\d", match.group("subject_when")):
        return False  # a subject of words only ("the team stays on ...") is no date
    if not any(re.search(r"\d|[a-z]", w.lower()) for w in whens):
        return True
    numbers, names = evidence.missing_facts(clause)
    return bool(numbers or names)


def kept_record(claim: str, evidence: Evidence) -> list[str] | None:
    """The pieces left to judge when the claim closes with the record kept as it was after a refused change (none
    when the claim is only that; the sentence before ", so" when the frame closes it), or None when it is not read
    (:data:`READ_KEPT_RECORDS`; see the module docstring)."""
    lowered = claim.lower()
    if not READ_KEPT_RECORDS or not any(word in lowered for word in _KEPT_WORDS):
        return None
    tools = [source.text for source in evidence.sources if source.label.startswith("tool") and not source.user]
    if not tools or not all(_refusal(text) for text in tools):
        return None
    if _kept_clause(claim, evidence):
        return []
    parts = _CLOSING_RE.split(claim.strip(" .!"))
    if len(parts) == 2 and parts[0].strip() and _kept_clause(parts[1], evidence):
        return [parts[0].strip()]
    return None

"""A tool record's field said as a sentence: "£64.00 is left to pay when you pick it up" of "balance due gbp: 64.0",
"The download link has been sent" of "digital link sent: True".

The mirror of :func:`~llmops_kit.record_fields.field_clash` (a field restated with another value): a claim that
is nothing but one record field read out in words is held by that record. Two closed shapes:

- an amount still owed: the claim is an amount with an owing phrase ("is left to pay", "is still owed", "is
  outstanding", "the balance is ...") and at most a time of payment ("when you pick it up", "on collection"),
  and a record field named by an owing word ("balance", "due", "outstanding", "owed", "remaining") holds that
  amount. A time of payment at collection needs a record that speaks of collection. "£64.00 is left to pay"
  against "amount paid: 64.0" is not read (the field is not an owing one);
- a flag set: "the <noun> has been <done>" where a record field "<... noun> <done>" is True. The claim's words
  before the noun are the field's, or an equivalent from a closed set of words for an electronic copy
  ("download" of "digital"). A negated claim, a False flag and another noun are not read (a False flag is
  ``field_clash``'s contradiction).

Read after the claim decision on claims it left unsupported, by the quality scorer; switched off by
:data:`READ_RECORD_SENTENCES` in the decision's fit.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .record_fields import RECORD_LINE_RE

__all__ = ["READ_RECORD_SENTENCES", "record_sentence"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_RECORD_SENTENCES = True

_AMOUNT = (r"(?:[£$€]\s?(?P<amount>\d[\d,]*(?:\.\d{1,2})?)"
           r"|(?P<amount2>\d[\d,]*(?:\.\d{1,2})?)\s?(?:gbp|usd|eur|euros?|pounds?|dollars?))")
_OWING = (r"(?:left to pay|still to pay|to pay|(?:still )?owed|(?:still )?owing|outstanding|remaining"
          r"|(?:still )?due|left)")
_WHEN = (r"(?:,?\s*(?:(?:payable |to be paid )?(?:when you (?:pick (?:it|them) up|collect(?: it| them)?)|on collection"
         r"|at collection|on pick-?up|at pick-?up)))")
_OWED_RES = (
    re.compile(rf"^(?:there(?:'s| is) )?(?:still )?{_AMOUNT} (?:is |remains )?(?:still )?{_OWING}(?P<when>{_WHEN})?$",
               re.IGNORECASE),
    re.compile(rf"^(?:the |your )?(?:remaining |outstanding )?(?:balance|amount (?:left|still) to pay|amount due)"
               rf"(?: due| left| to pay| remaining| outstanding)? (?:is|of) (?:still )?{_AMOUNT}(?P<when>{_WHEN})?$",
               re.IGNORECASE),
)
#: Words of a record field's name that say an amount is still owed.
_OWING_FIELD = frozenset(("balance", "due", "outstanding", "owed", "owing", "remaining"))

_FLAG_RE = re.compile(r"^(?:the |your )?(?P<noun>[a-z][a-z -]{0,40}?) (?:has|have) (?:now |already )?been "
                      r"(?:now |already )?(?P<done>[a-z]+)$", re.IGNORECASE)
#: Words for an electronic copy, read as one another before a noun ("download link" of "digital link").
_ELECTRONIC = frozenset(("digital", "download", "downloadable", "electronic", "online", "e"))
_TRUE = frozenset(("true", "yes"))


def _records(evidence: Evidence) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """(label, text, lines) of every tool record (not prose) with field lines, once per request."""
    def read(ev: Evidence) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
        out = []
        for source in ev.sources:
            if source.prose or source.user:
                continue
            lines = [(m.group(0).strip(), " ".join(re.findall(r"[a-z0-9]+", m.group(1).lower())), m.group(2).strip())
                     for m in RECORD_LINE_RE.finditer(source.text)]
            if lines:
                out.append((source.label, source.text, lines))
        return out
    return evidence.once("record_sentences.records", read)


def _figure(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _owed(text: str, evidence: Evidence) -> tuple[str, str] | None:
    for pattern in _OWED_RES:
        m = pattern.match(text)
        if m is not None:
            break
    else:
        return None
    amount = _figure(m.group("amount") or m.group("amount2"))
    at_collection = bool(m.group("when")) and re.search(r"pick|collect", m.group("when"), re.IGNORECASE) is not None
    for label, source_text, lines in _records(evidence):
        if at_collection and not re.search(r"collect|pick", source_text, re.IGNORECASE):
            continue
        for line, name, value in lines:
            if _OWING_FIELD & set(name.split()) and "paid" not in name.split() and _figure(value) == amount:
                return label, line
    return None


def _flag(text: str, evidence: Evidence) -> tuple[str, str] | None:
    m = _FLAG_RE.match(text)
    if m is None:
        return None
    words = m.group("noun").lower().split()
    if not words or {"not", "never", "no"} & set(words):
        return None
    done = m.group("done").lower()
    for label, _, lines in _records(evidence):
        for line, name, value in lines:
            field = name.split()
            if len(field) < 2 or field[-1] != done or field[-2] != words[-1] or value.lower() not in _TRUE:
                continue
            before, held = set(words[:-1]) - {"the", "your"}, set(field[:-2])
            unheld = before - held
            if not unheld or (unheld <= _ELECTRONIC and held & _ELECTRONIC):
                return label, line
    return None


def record_sentence(claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """(source label, record line) when the claim is one field of a tool record said as a sentence, holding the
    record's value (see the module docstring); None otherwise."""
    if not READ_RECORD_SENTENCES:
        return None
    text = claim.strip().strip(" .!").strip()
    lowered = text.lower()
    if " been " in lowered:
        return _flag(text, evidence)
    if any(cue in lowered for cue in ("pay", "owe", "owing", "outstanding", "remaining", "due", "balance", "left")):
        return _owed(text, evidence)
    return None

"""A "yes" to the customer's own case that the evidence's lower bound excludes: "Yes: you can cancel up to 48 hours
before and still get the whole deposit back" to "If we cancel 3 days before, do we get our deposit back?" against
"Cancel 7 or more days before and the deposit comes back in full; from 2 to 6 days before we keep the deposit";
"Yes, runners from 15 may run the half marathon ..." to "My son is 15" against "Half marathon runners must be 18 or
over".

Every word and figure of such a claim is the article's (it often restates another band's figure, "48 hours"), so
the figure and word checks hold it; what is wrong is the band the customer's figure was read into. That is a
comparison of given figures, the customer's against the rule's bound, so it is read here mechanically. Read sets of
several authors passed such answers (the "rule reversed" kind of a refund's time bands, a pause credited from N
days, an age limit).

:func:`excluded_yes` reads a claim as contradicted when all of these hold:

- the answer opens with "yes" (the customer's case is granted), and the claim states no negation, no condition
  ("if", "only", "unless", "as long as") and not the bound's own figure: it does not restate the rule;
- the customer's message states one figure of a kind: a length of time ("3 days", "48 hours", compared in hours) or
  a person's age ("my 14-year-old", "my son is 15", "I'm 14");
- an evidence clause (a sentence of a text the model was given, not the customer's, cut at semicolons and at ", and")
  gives a lower bound of that kind ("7 or more days", "at least 48 hours", "18 or over", "16 or older", "14 and up")
  that the customer's figure is short of;
- that clause is the claim's: its content words (the bound's figure and unit aside) are held by the claim, two and
  half of them at least, or its one word (a word and its agent noun match: "throw" of "throwers"), and the claim
  names none of its things by another figure ("the 5 km" of "10 km runners must be 14 or over");
- no evidence clause admitting the customer's figure (a range around it, "12-15 year olds", or a lower bound it
  meets) holds two of the claim's words the bound's clause does not: the answer may give that clause's way in
  ("with a parent in the same lane").

An answer opening with "No", or granting what another band admits, is not read. Switched off by
``READ_ASKED_THRESHOLDS`` in the claim-decision fit (``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .evidence import Evidence
from .named_party import stated_ages
from .text import content_stems
from .text.split import sentences_of

__all__ = ["READ_ASKED_THRESHOLDS", "excluded_yes"]

#: Switch: read a "yes" to the customer's figure that the evidence's lower bound excludes (``rules56`` round).
READ_ASKED_THRESHOLDS = True

#: Hours in one of each unit of a length of time a notice or pause rule is given in.
_HOURS = {"hour": 1.0, "day": 24.0, "week": 168.0, "month": 720.0}
_UNIT = r"(hours?|days?|weeks?|months?)"
#: A length of time the customer states: "3 days", "48 hours".
_SPAN_RE = re.compile(r"\b(\d{1,3})\s+" + _UNIT + r"\b", re.IGNORECASE)
#: A lower bound on a length of time: "7 or more days", "at least 48 hours", "5+ days".
_SPAN_BOUND_RE = re.compile(r"\b(\d{1,3})\s*(?:\+|or\s+more|and\s+more)\s+" + _UNIT + r"\b"
                            r"|\bat\s+least\s+(\d{1,3})\s+" + _UNIT + r"\b", re.IGNORECASE)
#: A lower bound on an age: "18 or over", "16 or older", "14 and up", "12 years or older", "aged 16+".
_AGE_BOUND_RE = re.compile(r"\b(\d{1,2})\s*(?:years?\s+(?:old\s+)?)?(?:or|and)\s+(?:over|older|above|up)\b"
                           r"|\baged\s+(\d{1,2})\s*\+", re.IGNORECASE)
#: An age the customer gives a person in a plain statement: "my son is 15", "I'm 14", "she turned 12".
_AGE_SAID_RE = re.compile(r"\b(?:i'?m|i\s+am|he'?s|she'?s|he\s+is|she\s+is|(?:son|daughter|kid|child|boy|girl)\s+is|"
                          r"turned|aged)\s+(\d{1,2})\b(?!\s*(?:[.,]\d|%|(?!and\b|now\b|years?\b|yrs?\b)[a-z]))",
                          re.IGNORECASE)
#: A range of figures: "12-15 year olds", "from 2 to 6 days".
_RANGE_RE = re.compile(r"\b(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\b")
#: What keeps a claim from granting the case outright: a negation or a condition of its own.
_HEDGE_RE = re.compile(r"\b(?:not|no|never|cannot|only|if|unless|provided|as\s+long\s+as)\b|n't\b", re.IGNORECASE)
#: A figure with the word after it: "10 km", "5 km".
_MEASURE_RE = re.compile(r"\b(\d{1,4})\s*([a-z]{2,})\b", re.IGNORECASE)
_YES_RE = re.compile(r"^\W*yes\b", re.IGNORECASE)
#: Words of the bound itself, and of a person's age, not the clause's subject.
_BOUND_WORDS = frozenset({"more", "older", "over", "least", "year", "years", "year-old", "old", "olds", "age",
                          "aged", "hour", "day", "week", "month"})


class _Clause(NamedTuple):
    source: str
    sentence: str
    text: str
    stems: frozenset[str]


def _customer_figure(question: str) -> tuple[str, float] | None:
    """The customer's one figure of a kind ("span" in hours, "age" in years), else None."""
    spans = {float(m.group(1)) * _HOURS[m.group(2).lower().rstrip("s")] for m in _SPAN_RE.finditer(question)}
    ages = set(stated_ages(question)) | {int(m.group(1)) for m in _AGE_SAID_RE.finditer(question)}
    if len(ages) == 1 and not spans:
        return "age", float(next(iter(ages)))
    if len(spans) == 1 and not ages:
        return "span", next(iter(spans))
    return None


def _bounds(text: str, kind: str) -> list[tuple[float, str]]:
    """The lower bounds of ``kind`` a clause gives (in hours for a length of time), each with its figure as
    written."""
    if kind == "age":
        return [(float(m.group(1) or m.group(2)), m.group(1) or m.group(2)) for m in _AGE_BOUND_RE.finditer(text)]
    found = []
    for m in _SPAN_BOUND_RE.finditer(text):
        figure, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        found.append((float(figure) * _HOURS[unit.lower().rstrip("s")], figure))
    return found


def _admits(text: str, kind: str, figure: float) -> bool:
    """Does a clause give a range around the figure, or a lower bound it meets?"""
    if any(b <= figure for b, _ in _bounds(text, kind)):
        return True
    scale = 1.0
    if kind == "span":
        unit = _SPAN_RE.search(text)
        if unit is None:
            return False
        scale = _HOURS[unit.group(2).lower().rstrip("s")]
    return any(float(m.group(1)) * scale <= figure <= float(m.group(2)) * scale for m in _RANGE_RE.finditer(text))


def _words(text: str) -> frozenset[str]:
    """A text's content words, figures and the words of a bound or an age aside."""
    return frozenset(s for s in content_stems(text) if not any(ch.isdigit() for ch in s) and s not in _BOUND_WORDS)


def _held(words: frozenset[str], claim: frozenset[str]) -> frozenset[str]:
    """The words the claim holds, a word matching its agent noun or a longer form ("throw" of "throwers")."""
    return frozenset(w for w in words if any(w == c or (min(len(w), len(c)) >= 3 and (w.startswith(c)
                                                                                    or c.startswith(w)))
                                             for c in claim))


def _other_measure(clause: str, claim: str) -> bool:
    """Does the claim name a thing of the clause by another figure ("the 5 km" of "10 km runners must be ...")?"""
    own = {(m.group(2).lower(), m.group(1)) for m in _MEASURE_RE.finditer(clause)}
    said = {(m.group(2).lower(), m.group(1)) for m in _MEASURE_RE.finditer(claim)}
    return any(word == w and figure != f for word, figure in own for w, f in said)


def _clauses(evidence: Evidence) -> list[_Clause]:
    """Every evidence sentence (not the customer's) cut at semicolons and at ", and"."""
    out = []
    for source in evidence.sources:
        if source.user:
            continue
        for sentence in sentences_of(source.text):
            for part in re.split(r";|,\s+and\s+", sentence):
                if part.strip():
                    out.append(_Clause(source.label, sentence, part, _words(part)))
    return out


def excluded_yes(claim: str, evidence: Evidence, answer_text: str) -> tuple[str, str, str] | None:
    """(source, bound's sentence, what the claim grants) when an answer opening with "yes" grants the customer's
    case that the evidence's lower bound excludes (see the module docstring), else None."""
    written = evidence.written_answer or answer_text  # the claims lose an opening "Yes:"; the answer keeps it
    if not READ_ASKED_THRESHOLDS or not _YES_RE.match(written or "") or _HEDGE_RE.search(claim):
        return None
    customer = _customer_figure(evidence.user_text)
    if customer is None:
        return None
    kind, figure = customer
    claimed = _words(claim)
    clauses = evidence.once("asked_thresholds.clauses", _clauses)
    held = [(_held(c.stems, claimed), c) for c in clauses]  # the claim's words each clause holds, read once
    for own, clause in held:
        count = len(own)
        bounds = _bounds(clause.text, kind)
        if (not bounds or min(b for b, _ in bounds) <= figure or count < min(2, len(clause.stems))
                or 2 * count < len(clause.stems)):
            continue
        if any(re.search(rf"(?<![\d.,]){raw}(?![\d.,])", claim) for _, raw in bounds):
            continue  # the claim restates the bound: the rule, not the case granted
        if _other_measure(clause.text, claim):
            continue
        if any(_admits(c.text, kind, figure) and len(theirs - own) >= 2 for theirs, c in held):
            continue
        return clause.source, clause.sentence, "the customer's case granted below the bound"
    return None

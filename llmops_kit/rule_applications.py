"""The article's time limit applied to the customer's own case: "changes have to be made at least 2 days before the
dispatch date, and tomorrow is too close" to "my order goes out tomorrow", "14 days, so you are inside it" to "I
bought it 10 days ago", "3 days is more than 48 hours ahead".

Such a clause words no evidence sentence: its verdict ("too close", "inside", "recent enough", "lapsed") is the
outcome of comparing the customer's length of time with the rule's, which is arithmetic on given figures, not a
new fact. Here a claim is read as an *application* when all of these hold:

- one of its clauses says, after a form of "be" ("is", "it's", "you are", "puts you", "would have"), that the case
  is inside or short of a limit ("inside", "within", "recent enough", "too close", "too soon", "less than") or
  beyond it ("outside", "lapsed", "expired", "past", "more than", "too long ago"), and that clause either names the
  customer's length of time or has a pronoun ("you", "it", "that", "this") as its subject;
- the customer's message gives lengths of time ("10 days ago", "20 hours away", "six months"; "tomorrow" and "today"
  only where the clause names them), and the clause (or, failing one there, its sentence or the claim) states a
  length of time of the rule that is none of them;
- an evidence sentence (not the customer's) holds that length with its unit and shares at least
  :data:`~llmops_kit.grounding_context.CONTEXT_MIN` words with the claim and the question (its subject);
- the claim's words are the rule sentence's, the question's or the comparison's, all but one.

The comparison is then made in days: it *holds* when every length the customer gives falls on the side the verdict
says, and *fails* when none does (a length of one side and one of the other decide nothing). A claim whose
comparison holds is supported; one whose comparison fails is contradicted ("tomorrow is fine, you're inside
the 2-day limit"). A limit no evidence sentence on the subject gives is no application: the claim is judged as
before.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from .evidence import Evidence
from .grounding_context import CONTEXT_MIN
from .text import content_stems, may_hold_word, sentences_of, typed_quantities
from .text.tokens import word_stems
from .textcache import text_cache

__all__ = ["Application", "applied_limit"]

#: A length of time in days, by the unit :func:`~llmops_kit.text.typed_quantities` gives it.
_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
#: Words that are a length of time from now: "goes out tomorrow", "it's today".
_WORD_DAYS = {"tomorrow": 1.0, "today": 0.0, "tonight": 0.0}
_WORD_DAYS_RE = re.compile(r"\b(tomorrow|today|tonight)\b", re.IGNORECASE)
#: "a two-year guarantee", "the 24-hour window": a length written as one hyphenated word.
_HYPHENED_RE = re.compile(r"(?<=\w)-(?=(?:minute|hour|day|week|month|year)s?\b)", re.IGNORECASE)

_BE = (r"(?:\bis|\bare|'s|’s|\bwas|\bwere|\bbe|\bbeen|\byou're|\byou’re|\bputs (?:you|it|that|us)|\bwould have|\bhas|"
       r"\bhave)")
_ADVERBS = r"(?:\s+(?:well|just|still|comfortably|safely|already|now|clearly|definitely|easily|only))*"
#: The case short of the limit: inside a window, recent enough, too close to a deadline, less than it.
_SHORT = (r"inside|within|recent enough|new enough|in time|too (?:close|soon|short|near)|not enough notice|"
          r"less than|under|shorter than|fewer than|still (?:valid|good|covered|eligible|in date)")
#: The case beyond the limit: outside it, lapsed, more than it.
_BEYOND = (r"outside|lapsed|expired|past|beyond|over|more than|longer than|too long ago|too old|"
           r"out of (?:date|time|the (?:window|period|guarantee|warranty))|no longer (?:valid|covered|eligible)")
#: The look-ahead names the first letters of :data:`_BE`'s forms, so a search is not tried at every character
#: (4x faster; the same matches).
_VERDICT_RE = re.compile(r"(?=[iawb'’yph])" + _BE + _ADVERBS + r"\s+(?:(?P<short>" + _SHORT + r")|(?P<beyond>"
                         + _BEYOND + r"))\b", re.IGNORECASE)
#: A word every verdict holds (its first, or "time" / "enough" / "longer" of "in time", "not enough notice", "no
#: longer"): an ASCII claim holding none is spared the pattern.
_VERDICT_KEYS = frozenset(("inside", "within", "recent", "new", "time", "too", "enough", "less", "under", "shorter",
                           "fewer", "still", "outside", "lapsed", "expired", "past", "beyond", "over", "more",
                           "longer", "out"))
#: A pronoun standing for the customer's case as the clause's subject.
_PRONOUN_RE = re.compile(r"\b(?:you|you're|you’re|it|it's|it’s|that|that's|that’s|this|yours|she|he|they)\b",
                         re.IGNORECASE)
#: Where a claim divides into clauses that each state one thing.
_CLAUSE_RE = re.compile(r"\s*[;:]\s+|\s+[-–—]\s+|,?\s+(?:so|and|but)\s+|\.\s+|\s*\(")
#: Where a claim divides into sentences and semicolon parts: where a limit is looked for beyond its clause.
_SEGMENT_RE = re.compile(r"\s*;\s+|(?<=[.!?])\s+")
#: The most of a claim's words (beyond the comparison's and the question's) its rule sentence may lack.
NOVEL_SHARE = 0.5
#: The comparison's own words, which no evidence sentence need hold, and words naming a limit as such ("the 12-month
#: rule", "the 24-hour window").
_VERDICT_STEMS = content_stems(
    "inside within recent enough new in time too close soon short near notice less under shorter fewer still valid "
    "good covered eligible outside lapsed expired past beyond over more longer ago old out window period "
    "no longer well just comfortably safely already now clearly definitely easily only would puts yes not "
    "afraid sorry one case yours fine rule limit deadline cut-off cutoff")

#: A verdict that the case falls short of a minimum, where reaching the limit itself is no shortfall.
_SHORT_OF_RE = re.compile(r"\btoo\b|\bless than\b|\bshorter than\b|\bfewer than\b|\bunder\b", re.IGNORECASE)

Outcome = Literal["holds", "fails"]


def _quantities(text: str) -> frozenset[str]:
    """The lengths of time a text states, as written ("10 day", "24 hour", "tomorrow")."""
    found = {q for q in typed_quantities(_HYPHENED_RE.sub(" ", text)) if q.split(" ")[1] in _DAYS}
    return frozenset(found | {m.lower() for m in _WORD_DAYS_RE.findall(text)})


def _in_days(quantity: str) -> float:
    if quantity in _WORD_DAYS:
        return _WORD_DAYS[quantity]
    number, unit = quantity.split(" ")
    return round(float(number) * _DAYS[unit], 4)


def _lengths(text: str) -> frozenset[float]:
    """The lengths of time a text states, in days: "10 days ago", "the 24-hour window", "tomorrow"."""
    return frozenset(map(_in_days, _quantities(text)))


def _words(text: str) -> frozenset[str]:
    """The words of a text, a hyphenated length read as two ("two-year": "two", "year")."""
    return word_stems(_HYPHENED_RE.sub(" ", text))


@text_cache()
def _evidence_lengths(sentence: str) -> frozenset[float]:
    return _lengths(sentence)


def _verdict_clause(claim: str, customer: frozenset[str]) -> tuple[str, bool] | None:
    """(the clause, whether it says the case is short of the limit) of the claim's first application clause."""
    for clause in _CLAUSE_RE.split(claim):
        match = _VERDICT_RE.search(clause)
        if match is None:
            continue
        names_case = bool(_quantities(clause) & customer)
        if names_case or _PRONOUN_RE.search(clause[:match.end()]):
            return clause, match.group("short") is not None
    return None


def _rule_sentence(limit: float, words: frozenset[str], evidence: Evidence) -> tuple[str, str, int] | None:
    """(source, sentence, words shared) of the evidence sentence holding the limit that shares most words."""
    best: tuple[str, str, int] | None = None
    for source in evidence.sources:
        if source.user:
            continue
        for sentence in sentences_of(source.text):
            if limit not in _evidence_lengths(sentence):
                continue
            shared = len(words & _words(sentence))
            if best is None or shared > best[2]:
                best = (source.label, sentence, shared)
    return best


class Application(NamedTuple):
    """A time limit applied to the customer's case: whether the comparison holds, where the rule was found, the
    clause comparing, and the rest of the claim (its other sentences and semicolon parts, judged on their own)."""

    outcome: Outcome
    source: str
    sentence: str
    clause: str
    rest: str


def applied_limit(claim: str, evidence: Evidence) -> Application | None:
    """The application when the claim applies a time limit an evidence sentence states to a length of time the
    customer gives (see the module docstring), else None."""
    # most claims compare nothing, and most customers give no length of time (read once per request)
    if not may_hold_word(claim, _VERDICT_KEYS):
        return None
    customer = evidence.once("rule_applications.customer", lambda ev: _quantities(ev.user_text))
    if not customer or not _VERDICT_RE.search(claim):
        return None
    found = _verdict_clause(claim, customer)
    if found is None:
        return None
    clause, short = found
    # "tomorrow" or "today" is the length compared only where the clause names it ("tomorrow is too close"): "my
    # flight today is delayed ... that's more than 2 hours late" compares the delay, not the day
    customer = frozenset(q for q in customer if q not in _WORD_DAYS or q in _quantities(clause))
    if not customer:
        return None
    # the limit: a length the clause states that the customer did not, else one its sentence or the claim states
    parts = [part for part in _SEGMENT_RE.split(claim) if part.strip()]
    at = next((n for n, part in enumerate(parts) if clause in part), None)
    segment = claim if at is None else parts[at]
    limits = next((found for text in (clause, segment, claim) if (found := _quantities(text) - customer)), None)
    if limits is None or len({_in_days(q) for q in limits}) != 1:
        return None
    limit = _in_days(next(iter(limits)))
    question = _words(evidence.user_text)
    claim_words = _words(segment) - question - _VERDICT_STEMS
    rule = _rule_sentence(limit, claim_words | (question - _VERDICT_STEMS), evidence)
    if rule is None or rule[2] < CONTEXT_MIN:
        return None
    source, sentence, _ = rule
    # the claim's words beyond the comparison and the question are mostly the rule sentence's
    if len(claim_words - _words(sentence)) > NOVEL_SHARE * len(claim_words):
        return None
    lengths = {_in_days(q) for q in customer}
    sides = {(length < limit) if short else (length > limit) for length in lengths if length != limit}
    if short:  # "inside the 14-day window" holds on the 14th day too
        sides |= {True for length in lengths if length == limit and not _too_near(clause)}
    rest = "" if at is None else "; ".join(part for n, part in enumerate(parts) if n != at)
    if sides == {True}:
        return Application("holds", source, sentence, clause, rest)
    if sides == {False}:
        return Application("fails", source, sentence, clause, rest)
    return None


def _too_near(clause: str) -> bool:
    """Does the clause say the case falls short of a minimum ("too close", "less than"), not inside a window?"""
    return _SHORT_OF_RE.search(clause) is not None

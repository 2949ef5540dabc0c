"""What one line of evidence, or one claim, states beyond its words: dates, denials, record statuses.

Helpers of :class:`llmops_kit.evidence.Evidence`, split from it so that module holds the per-request
comparison: sums and ratios of two figures, a date written in another layout, a denial or negation, the
status a tool record gives and the keys it names (payment details are never record keys).
"""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban

from .evidence_readers import ALNUM_RE as _ALNUM_RE
from .evidence_readers import NONE as _NONE
from .evidence_readers import humanise_record as _humanise
from .pii import luhn_valid
from .text import content_stems, grouped_digits, identifiers_in, sentences_of, stem, words_in
from .text.worded_forms import MONTHS
from .textcache import text_cache


def date_stated(line: str, claim: str) -> bool:
    """Does a record line's ISO date ("2026-04-09") occur in the (lower-case) claim as day and month ("9 april")?"""
    if "-" not in line:
        return False
    prose = _humanise(line)
    return prose != line and any(" ".join(d.split()[:2]).lower() in claim for d in _PROSE_DATE_RE.findall(prose))


_PROSE_DATE_RE = re.compile(r"\b\d{1,2} [A-Z][a-z]+ \d{4}")
DATE_TOKEN_RE = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})")
NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
MONTH_NAMES = tuple(month.capitalize() for month in MONTHS)


@text_cache(maxsize=2048)
def sentence_stems(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each sentence of a source with its stems (cached per source: articles recur)."""
    return tuple((sentence, content_stems(sentence)) for sentence in sentences_of(text))



_DENIALS = frozenset(("not", "never"))
#: "A and B" between two names joins subjects, not clauses: "Die Meistersinger and Iphigénie are not related".
NAMED_PAIR_RE = re.compile(r"[A-Z][\w'’.-]*\s+and\s+(?=[A-Z])")
_NEGATIONS = frozenset(("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without"))


def states_denial(text: str) -> bool:
    if "n't" in text or "n’t" in text:
        # "isn't due until seven days before" says when, not whether: the time is the fact, and the hard-fact
        # step has checked it
        return NOT_UNTIL_RE.search(text) is None
    words = words_in(text)
    if "not" in words and NOT_UNTIL_RE.search(text):
        return False
    # every denial the pattern reads ends in the whole word "no" (no letter folds to "n" or "o" ignoring case):
    # most claims lack it, and skip the search
    return not _DENIALS.isdisjoint(words) or ("no" in words and _NO_DENIAL_RE.search(text) is not None)


#: A negation that only sets a time ("isn't due until", "won't open till"): a time limit, no denial.
NOT_UNTIL_RE = re.compile(r"(?:n['’]t|\bnot)\s+(?:[a-z]+\s+){0,3}?(?:until|till)\b", re.IGNORECASE)
#: "There are no ...", "share no ...", "has no ...": a denial as plain as "not" (a bare "no fee" is not read so:
#: "at no charge" restates a price).
_NO_DENIAL_RE = re.compile(r"\b(?:there (?:is|are|was|were)|shares?|shared|has|had|have) no\b", re.IGNORECASE)
CLAUSES_RE = re.compile(r"[,;:]|\b(?:so|because|but|as|since|although|though|while|unless|if|and)\b", re.IGNORECASE)


def negated(text: str) -> bool:
    return "n't" in text or "n’t" in text or not _NEGATIONS.isdisjoint(words_in(text))


#: Words that give a record its state. A claim naming a record (by its id) and one of these must agree with
#: the status field of the tool result for that record: "APT-55021 was cancelled" against "status: confirmed".
STATUS_WORDS = frozenset((
    "cancelled", "canceled", "rejected", "declined", "refunded", "failed", "pending", "expired", "suspended",
    "closed", "approved", "confirmed", "booked", "completed", "delivered", "shipped", "dispatched", "processed",
    "settled", "blocked", "received", "returned", "overdue", "paid", "unpaid", "active", "inactive", "open",
    # decisions on an application ("NBU-2026-118734 was unsuccessful" against "status: conditional offer")
    "unsuccessful", "waitlisted", "withdrawn", "conditional", "unconditional",
    # a stage reached ("complete") and a hand-over accepted ("Jamie accepted the transfer")
    "complete", "accepted",
))
#: Statuses that end a record's life: a tool returning the record would say so.
ENDED_WORDS = frozenset(("cancelled", "canceled", "rejected", "declined", "refunded", "failed", "expired",
                         "suspended", "closed", "blocked", "withdrawn", "unsuccessful"))
#: A record line giving a status: its key names a status, state or stage ("transfer status", "stage").
_STATUS_LINE_RE = re.compile(r"^([^:\n]*\b(?:status|state|stage|phase)\b[^:\n]*):\s*(.+?)\.?$",
                             re.IGNORECASE | re.MULTILINE)
_LONG_DIGITS_RE = re.compile(r"\d{5,}")
DIGIT_RE = re.compile(r"\d")


@text_cache()
def record_keys(text: str) -> frozenset[str]:
    """What names a record: codes ("APT-55021"), digit-grouped numbers and runs of five or more digits; not
    the customer's payment details (:func:`_without_payment_details`)."""
    text = _without_payment_details(text)
    return identifiers_in(text) | grouped_digits(text) | frozenset(_LONG_DIGITS_RE.findall(text))


def _without_payment_details(text: str) -> str:
    """The text without valid IBANs and Luhn-valid card numbers: where money is to go ("refund it to DE89 ...",
    "pay it to card 4111 ...") names no record whose status a tool must have returned, so "the fee can be
    refunded (you gave DE89 ...)" gives no account a status. Other ids stay keys ("booking HF-B-20873 was
    cancelled")."""
    if not DIGIT_RE.search(text):
        return text
    text = _IBAN_RE.sub(lambda m: " " if stdnum_iban.is_valid(m.group(0)) else m.group(0), text)
    return _CARD_RE.sub(lambda m: " " if luhn_valid(re.sub(r"\D", "", m.group(0))) else m.group(0), text)


_IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
#: 13 to 19 digits, alone or in groups of 4 (or Amex's 4-6-5): the layouts card numbers are written in.
_CARD_RE = re.compile(r"\b(?:\d{4}[ -]?){3}\d{1,7}\b|\b\d{4}[ -]?\d{6}[ -]?\d{5}\b")


@text_cache()
def status_of(text: str, states: bool = True) -> tuple[frozenset[str], str]:
    """The stems of a tool record's status values ("status: in transit") and its first status line. A record
    listing several items (two payments, one "captured" and one "refund pending") has a status per item, and
    a claim about any one of them states a status the record holds. ``states``: read what a value waits for
    and its words that name the record (:func:`_status_stems`); without, every word of the value."""
    matches = list(_STATUS_LINE_RE.finditer(text))
    if not matches:
        return _NONE, ""
    if not states:
        return frozenset().union(*(_plain_stems(m.group(2)) for m in matches)), matches[0].group(0)
    named = frozenset(stem(w) for m in _FIELD_NAME_RE.finditer(text) for w in _ALNUM_RE.findall(m.group(1).lower()))
    return frozenset().union(*(_status_stems(m.group(2), named) for m in matches)), matches[0].group(0)


def _plain_stems(value: str) -> frozenset[str]:
    """A status value's status words when it has any, else all its words."""
    words = _ALNUM_RE.findall(value.lower())
    return frozenset(map(stem, [w for w in words if w in STATUS_WORDS] or words))


def _status_stems(value: str, named: frozenset[str] = _NONE) -> frozenset[str]:
    """The stems a status value states: its status words when it has any ("pending instructor confirmation"
    is pending: the other words qualify it, and "confirmation" does not make it confirmed); "pending" for a
    value that waits for something ("awaiting approval" is not approved); else its words ("in transit"),
    less those that name the record's own fields ("out on hire" of a record keyed "hire ref" is "out": a claim
    naming the hire says nothing of its state by that word)."""
    words = _ALNUM_RE.findall(value.lower())
    status = [w for w in words if w in STATUS_WORDS]
    if status:
        return frozenset(map(stem, status))
    if words and words[0] in _WAITING_WORDS:
        return _PENDING
    return frozenset(map(stem, [w for w in words if stem(w) not in named] or words))


#: A status value that waits for what follows it ("awaiting approval", "waiting for parts").
_WAITING_WORDS = frozenset(("awaiting", "waiting"))
_PENDING = frozenset((stem("pending"),))
#: A record line's field name ("hire ref" of "hire ref: H-2208").
_FIELD_NAME_RE = re.compile(r"^\s*([^:\n]{1,40}):", re.MULTILINE)


__all__ = ["CLAUSES_RE", "DATE_TOKEN_RE", "DIGIT_RE", "ENDED_WORDS", "MONTH_NAMES", "NAMED_PAIR_RE", "NOT_UNTIL_RE",
           "NUMERIC_DATE_RE", "STATUS_WORDS", "date_stated", "negated", "record_keys", "sentence_stems",
           "states_denial", "status_of"]

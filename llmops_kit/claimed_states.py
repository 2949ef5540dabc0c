"""Two states a claim gives a record that the status check read wrongly: a part of it said paid, a job said done.

The status check (:meth:`llmops_kit.evidence.Evidence.status_clash`) compares a claim's status word with the status
the tool returned for the record the claim names. Two readings, each under its own switch (the ``tool47`` round):

- :data:`READ_PAID_PARTS`: "The deposit of COP $156.000 is paid" names the record by the deposit's amount (a run of
  digits is a record key), and "paid" was compared with "status: confirmed". The word says what the part is, not
  what the booking is: when the claim says a part (deposit, balance, fee, instalment) "is paid", the record holds a
  field of that part whose amount the claim states ("deposit cop: 156000"), and the record's status holds the
  booking (confirmed, booked, active, approved, accepted, scheduled), the claim states no other status. A record
  still pending, or a claim that the booking itself is paid, is compared as before.
- :data:`READ_FINISHED_STATES`: "OF-27-3318 is finished and waiting for you at the counter" holds no status word, so
  nothing compared it with the record's "state: in progress". A claim that a record's job is done ("is finished",
  "is done", "is ready (to collect / for pick-up)") against a status still under way is *contradicted*; a status
  saying it is done (completed, ready, collected) agrees, and any other status is not read.
- :data:`READ_PAYMENT_BESIDE_STATE` (the ``state51`` round): "Your coffee grinder is waiting for a motor brush (€ 9,80,
  already paid up front)" against "state: waiting for part". A payment word ("paid", "unpaid") and a record's state
  that speaks of the job's progress, not of money, are two different things the record may both hold: the state
  holds no status word of :data:`~llmops_kit.evidence_statements.STATUS_WORDS` and no word of payment, so it cannot
  deny a payment. A state with a status word ("pending", "open", "confirmed") or a word of payment ("awaiting
  payment", "invoice sent") is compared as before.
"""

from __future__ import annotations

import re

from .evidence_readers import RecordLine
from .text import normalise_number, numbers_in, stem

__all__ = ["DONE_STEMS", "READ_FINISHED_STATES", "READ_PAID_PARTS", "READ_PAYMENT_BESIDE_STATE", "paid_part",
           "payment_beside_state", "says_finished"]

#: A part of a booking said paid read as that part's state; off in the claim decision's fit.
READ_PAID_PARTS = True
#: A job said done read against a record status still under way; off in the claim decision's fit.
READ_FINISHED_STATES = True
#: A payment word read apart from a record state that speaks of progress only; off in the claim decision's fit.
READ_PAYMENT_BESIDE_STATE = True

#: A part said paid: "the deposit of COP $156000 is paid", "your balance has been paid".
_PAID_PART_RE = re.compile(r"\b(?P<part>deposit|balance|booking fee|fee|instalment|installment)\b[^.;:!?]{0,40}?"
                           r"\b(?:is|was|has\s+been|have\s+been)\s+(?:already\s+)?paid\b", re.IGNORECASE)
#: The statuses of a booking that holds: a part of it said paid gives it no other status.
_HOLDING_STEMS = frozenset(stem(w) for w in ("confirmed", "booked", "active", "approved", "accepted", "scheduled"))
#: A job said done: "is finished", "'s done", "is now ready to collect", "has been completed"; not "ready on
#: Friday" (a date it will be ready by) nor a negation ("isn't finished", "is not ready").
_FINISHED_RE = re.compile(
    r"\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|all\s+|already\s+)?"
    r"(?:finished|done|ready(?:\s+(?:to\s+collect|for\s+(?:collection|pick-?\s?up)))?)\b"
    r"(?!\s+(?:on|by|from|after|in|at\s+\d)\b)", re.IGNORECASE)
#: The words one of which a text holds whenever :data:`_FINISHED_RE` matches it.
_FINISHED_WORDS = ("finished", "done", "ready")
#: The stems of a record status that says the job is done: such a status agrees with the claim.
DONE_STEMS = frozenset(stem(w) for w in ("finished", "done", "ready", "complete", "completed", "collected",
                                         "delivered", "picked"))


def paid_part(claim: str, stated: frozenset[str], lines: list[RecordLine], status: frozenset[str]) -> bool:
    """Does the claim's "paid" say what a part of the record is ("the deposit of 156000 is paid" of a record holding
    "deposit cop: 156000" and a status that holds the booking), not the record's status (:data:`READ_PAID_PARTS`)?"""
    if not READ_PAID_PARTS or stated != {"paid"} or status.isdisjoint(_HOLDING_STEMS):
        return False
    match = _PAID_PART_RE.search(claim)
    if match is None:
        return False
    part = match.group("part").lower().split()
    amounts = {normalise_number(n) for n in numbers_in(match.group(0))}
    for _, name, value in lines:
        plain = value.strip().rstrip(".").strip()
        if name.split()[:len(part)] == part and plain and normalise_number(plain) in amounts:
            return True
    return False


#: The payment words a claim may state as a record's status.
_PAYMENT_STATED = frozenset(("paid", "unpaid"))
#: Words of a state value that speak of money: such a state can agree with or deny a payment.
_MONEY_WORDS_RE = re.compile(r"\b(?:pa(?:y|id|ying|yment|yments)|unpaid|invoic\w*|charg\w*|refund\w*|deposit|balance"
                             r"|owing|owed|due|settled|bill\w*)\b", re.IGNORECASE)


def payment_beside_state(stated: frozenset[str], status_line: str, status_words: frozenset[str]) -> bool:
    """Does the claim state only a payment ("already paid up front") beside a record state that speaks of the job's
    progress alone ("state: waiting for part"), so the two cannot clash (:data:`READ_PAYMENT_BESIDE_STATE`)?
    ``status_line`` is the record's status line, ``status_words`` :data:`STATUS_WORDS`."""
    if not READ_PAYMENT_BESIDE_STATE or not stated or not stated <= _PAYMENT_STATED:
        return False
    value = status_line.split(":", 1)[-1]
    words = set(re.findall(r"[a-z]+", value.lower()))
    return bool(words) and words.isdisjoint(status_words) and _MONEY_WORDS_RE.search(status_line) is None


def says_finished(claim: str) -> bool:
    """Does the claim say a record's job is done (:data:`READ_FINISHED_STATES`)? A cheap word test first."""
    if not READ_FINISHED_STATES:
        return False
    lowered = claim.lower()
    return any(word in lowered for word in _FINISHED_WORDS) and _FINISHED_RE.search(claim) is not None

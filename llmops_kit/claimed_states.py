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
"""

from __future__ import annotations

import re

from .evidence_readers import RecordLine
from .text import normalise_number, numbers_in, stem

__all__ = ["DONE_STEMS", "READ_FINISHED_STATES", "READ_PAID_PARTS", "paid_part", "says_finished"]

#: A part of a booking said paid read as that part's state; off in the claim decision's fit.
READ_PAID_PARTS = True
#: A job said done read against a record status still under way; off in the claim decision's fit.
READ_FINISHED_STATES = True

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


def says_finished(claim: str) -> bool:
    """Does the claim say a record's job is done (:data:`READ_FINISHED_STATES`)? A cheap word test first."""
    if not READ_FINISHED_STATES:
        return False
    lowered = claim.lower()
    return any(word in lowered for word in _FINISHED_WORDS) and _FINISHED_RE.search(claim) is not None

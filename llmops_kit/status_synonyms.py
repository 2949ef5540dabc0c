"""A record's status the answer states in other words: "CV-6620 is booked" of "status: scheduled" or "status:
confirmed", "Express was declined for ST-21977" of a request record "accepted: False".

The status check (:meth:`llmops_kit.evidence.Evidence.status_clash`) compares a claim's status word with the
status the tool returned for the record it names. Read sets of two authors flagged faithful answers because
the record worded the same state otherwise: a slot "scheduled" or "confirmed" is a booking made (two more authors
said "booked" of "confirmed"), and a decision field set to
false ("accepted: False", "approved: no") is a request declined. Only these two readings, so a status that
differs stays contradicted ("CV-6620 was cancelled" of "status: scheduled"; "accepted" of "accepted: False").
"""

from __future__ import annotations

from collections.abc import Iterable

from .evidence_readers import REFUSED_WORDS, flag_fields
from .text import stem

__all__ = ["decided_in_fields", "same_state_stems"]

#: Status words that name one state: a slot in the diary is a booking, and so is a confirmed one ("WSH-88214 is
#: booked for 6-7 PM" of "status: confirmed"). Each pair is read alone: "confirmed" of "status: scheduled" is not.
_SAME_STATE = (frozenset(("booked", "scheduled")), frozenset(("booked", "confirmed")))
#: The decision fields of a record ("accepted: False", "approved: no"), and what an answer calls a request they
#: let through (a refusal is one of REFUSED_WORDS).
_GRANTED = frozenset(("accepted", "approved"))


def same_state_stems(words: Iterable[str]) -> frozenset[str]:
    """The stems of the status words naming the same state as one of ``words`` ("booked": "scheduled")."""
    present = set(words)
    return frozenset(stem(w) for group in _SAME_STATE if group & present for w in group)


def decided_in_fields(stated: frozenset[str], records: Iterable[str]) -> bool:
    """Does a returned record's decision field state what the claim's status words say: declined (or rejected)
    for "accepted: False", accepted (or approved) for "accepted: True"? All the stated words must agree."""
    if not stated or not (stated <= REFUSED_WORDS or stated <= _GRANTED):
        return False
    for text in records:
        for name, value in flag_fields(text):
            if name.lower() not in _GRANTED:  # the decision fields: "accepted", "approved"
                continue
            granted = value in ("true", "yes")
            if (stated <= _GRANTED) == granted:
                return True
    return False

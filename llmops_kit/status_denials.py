"""A record's status denied in words: "OGC-66140 hasn't left the centre yet" against "status: out for delivery".

The status check (:meth:`~llmops_kit.evidence.Evidence.status_clash`) reads the status a claim gives a record;
a claim that denies one ("hasn't shipped yet", "wasn't delivered") gives none, so it passes whatever the record
says. Here what a negation of the claim denies (read as :mod:`llmops_kit.record_denials` reads it) is compared
with the status line of the record the claim names: a denied word that is the status itself ("hasn't been
delivered" of "status: delivered"), or a word saying the goods have gone ("left", "dispatched", "shipped",
"sent", "posted") of a status that says they have ("out for delivery", "in transit", "shipped", "delivered"),
is *contradicted*, with that line. The same holds of work said to be still going on ("it's still on the bench",
"still being repaired", "still in progress") or denied done ("isn't ready", "not finished") of a record whose
status says the work is done ("ready", "ready for collection", "completed", "collected"): a repair or an order
that is ready is off the bench.

Only a status of one state is read (a value of one to three words), and only the two readings above: a status
that says nothing has gone yet ("processing", "awaiting dispatch") is not read, so "hasn't left yet" of it is
the hard-fact and word steps' to judge. The record must be the one the claim names, as for
:mod:`llmops_kit.record_denials`.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .record_denials import denied_words
from .record_fields import named_records
from .text import may_hold_word

__all__ = ["denied_status"]

#: Words a claim uses to deny that goods have gone.
_LEFT = frozenset(("left", "dispatched", "shipped", "sent", "posted", "departed"))
#: A status saying the goods have gone (the whole value, one state).
_GONE_RE = re.compile(r"^(?:dispatched|shipped|sent|posted|out for delivery|in transit|delivered)$")
#: A record's status line: its field name is the status (or state) of the record.
_STATUS_NAMES = frozenset(("status", "state", "order status", "delivery status", "shipping status"))

#: A status saying the work is done (the whole value, one state).
_DONE_RE = re.compile(r"^(?:ready(?: (?:for|to) (?:collection|collect|pick ?up|pickup))?|complete|completed|done"
                      r"|finished|repaired|fixed|collected|picked up)$")
#: Words a claim denies to say the work is not done yet ("isn't ready", "not finished").
_DONE_WORDS = frozenset(("ready", "done", "finished", "complete", "completed", "repaired", "fixed"))
#: Work said to be still going on; "no longer" or "not" before "still" is no such saying.
_WORKING_RE = re.compile(
    r"(?<!not )(?<!longer )\bstill\s+(?:on\s+the\s+bench|in\s+(?:progress|repair|the\s+workshop)"
    r"|being\s+(?:worked\s+on|repaired|fixed|serviced|made))\b",
    re.IGNORECASE,
)
#: The word :data:`_WORKING_RE` needs whole (after a word boundary, before a space): most claims lack it.
_WORKING_KEYS = frozenset(("still",))


def _work_said_undone(claim: str, denied: frozenset[str]) -> str | None:
    """The done word the claim denies ("ready" of "isn't ready"), or "done" when it says the work is still
    going on; None when it says neither."""
    done = denied & _DONE_WORDS
    if done:
        return sorted(done)[0]
    return "done" if may_hold_word(claim, _WORKING_KEYS) and _WORKING_RE.search(claim) else None


def denied_status(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, status line, the denied word) when the claim denies the status of the record it names, denies
    the goods have gone while its status says they have, or says the work is not done while it says it is."""
    denied = denied_words(claim)
    undone = _work_said_undone(claim, denied)
    if not denied and undone is None:
        return None
    for label, lines in named_records(claim, evidence):
        for line, name, value in lines:
            if name not in _STATUS_NAMES:
                continue
            status = " ".join(value.lower().strip().strip("\"'.").split())
            if len(status.split()) > 3:
                continue
            if status in denied:
                return label, line, status
            gone = denied & _LEFT
            if gone and _GONE_RE.match(status):
                return label, line, sorted(gone)[0]
            if undone is not None and _DONE_RE.match(status):
                return label, line, undone
    return None

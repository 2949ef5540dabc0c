"""A record's status denied in words: "OGC-66140 hasn't left the centre yet" against "status: out for delivery".

The status check (:meth:`~llmops_kit.evidence.Evidence.status_clash`) reads the status a claim gives a record;
a claim that denies one ("hasn't shipped yet", "wasn't delivered") gives none, so it passes whatever the record
says. Here what a negation of the claim denies (read as :mod:`llmops_kit.record_denials` reads it) is compared
with the status line of the record the claim names: a denied word that is the status itself ("hasn't been
delivered" of "status: delivered"), or a word saying the goods have gone ("left", "dispatched", "shipped",
"sent", "posted") of a status that says they have ("out for delivery", "in transit", "shipped", "delivered"),
is *contradicted*, with that line.

Only a status of one state is read (a value of one to three words), and only the two readings above: a status
that says nothing has gone yet ("processing", "awaiting dispatch") is not read, so "hasn't left yet" of it is
the hard-fact and word steps' to judge. The record must be the one the claim names, as for
:mod:`llmops_kit.record_denials`.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .record_denials import _denied_words
from .record_fields import named_records

__all__ = ["denied_status"]

#: Words a claim uses to deny that goods have gone.
_LEFT = frozenset(("left", "dispatched", "shipped", "sent", "posted", "departed"))
#: A status saying the goods have gone (the whole value, one state).
_GONE_RE = re.compile(r"^(?:dispatched|shipped|sent|posted|out for delivery|in transit|delivered)$")
#: A record's status line: its field name is the status (or state) of the record.
_STATUS_NAMES = frozenset(("status", "state", "order status", "delivery status", "shipping status"))


def denied_status(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, status line, the denied word) when the claim denies the status of the record it names, or
    denies the goods have gone while its status says they have."""
    denied = _denied_words(claim)
    if not denied:
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
    return None

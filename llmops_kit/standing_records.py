"""A booking said to still stand after a refusal the tool result backs: "I couldn't cancel it with a refund ... The
booking still stands." of a cancel tool that returned "cancelled: False".

The sentence states the record's state after the bot's failed act: not cancelled, so still on. The tool's own line
says it, but in the form of a field ("cancelled: False"), which no word of the claim ("still", "stands") matches;
the claim reached the fitted decision and was judged unsupported, the refusal's only claim.

:func:`still_standing` reads a claim that is only "the/your <record> still stands" (or "is still on / booked / in
place / valid", "remains in place / booked / valid") as supported when a tool result the model was given holds a
cancel field set false ("cancelled: False", "canceled: no"). A tool that did cancel ("cancelled: True"), or no
tool at all, keeps the claim judged as before. The reading acts before the fitted decision and is off in its fit.
"""

from __future__ import annotations

import re

from .evidence import Evidence

__all__ = ["READ_STANDING_RECORDS", "still_standing"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes which claims reach the decision.
READ_STANDING_RECORDS = True

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

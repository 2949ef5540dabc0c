"""A record's way of doing a thing given another way: "CJ-4471 is in person at our office" of an appointment whose
record says "mode: video", "HX-0312-08 was paid out in cash" of a ticket whose record says "paid by: check".

How an appointment is held and how money is paid are each one of a few ways, a general vocabulary of no one
business: in person, by video, by phone; cash, card, cheque, bank transfer, PayPal. The articles name the other
ways too ("Consultations by Google Meet or Zoom cost the same as in person", "Up to $500: cash at the window"), so a
claim naming the wrong one finds every word it uses. A record field named for the way ("mode", "format", "paid by",
"payment method") whose value is one way of a group, against a claim (naming the record by an id it holds, or,
naming none, about the one record the question names) that says another way of the same group and not the
record's own: *contradicted*, with the record line. A way of paying is read only after a word of paying or "by" /
"in" ("paid out in cash", "pay by card"), so "check" the verb is not one.

Read by the groundedness check among its line readings, after :func:`~llmops_kit.record_values.other_field_value`;
:data:`READ_RECORD_WAYS` switches it off (off in the claim decision's fit, ``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .record_fields import claimed_records

__all__ = ["READ_RECORD_WAYS", "other_way"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_RECORD_WAYS = True

#: Each group of ways: the way, and how a claim or a record's value writes it.
_WAYS: dict[str, dict[str, str]] = {
    "mode": {"in person": r"in[ -]person|face[ -]to[ -]face",
             "video": r"video(?:[ -]call)?|online|zoom|google\s+meet|remote(?:ly)?",
             "phone": r"(?:tele)?phone(?:[ -]call)?"},
    "payment": {"cash": r"cash", "card": r"(?:credit\s+|debit\s+|bank\s+)?card", "cheque": r"cheque|check",
                "transfer": r"(?:bank\s+|wire\s+)?transfer|wire", "paypal": r"paypal"},
}
#: The words of a field's name that say it holds the way of its group.
_FIELD_RE = {"mode": re.compile(r"\b(?:mode|format|channel|attendance)\b"),
             "payment": re.compile(r"\b(?:paid|pay|payment|method|tender|payout)\b")}
#: A word of paying, or "by" / "in", shortly before a way of paying: "paid out in cash", "pay by card".
_PAYING_RE = re.compile(r"\b(?:paid|pay|pays|paying|payment|payout|refund(?:ed)?|settled|by|in)\b[^.;,]{0,12}$",
                        re.IGNORECASE)
_WAY_RES = {group: {way: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for way, pattern in ways.items()}
            for group, ways in _WAYS.items()}


def _held_way(group: str, value: str) -> str | None:
    """The way of ``group`` a record's value is, written alone ("video", "by check"), else None."""
    plain = value.strip().rstrip(".").strip().lower()
    for way, pattern in _WAYS[group].items():
        if re.fullmatch(rf"(?:by\s+|in\s+)?(?:{pattern})", plain):
            return way
    return None


def _said_ways(group: str, claim: str) -> set[str]:
    """The ways of ``group`` the claim says (a way of paying only after a word of paying, "by" or "in")."""
    said = set()
    for way, pattern in _WAY_RES[group].items():
        for m in pattern.finditer(claim):
            if group == "payment" and not _PAYING_RE.search(claim[:m.start()]):
                continue
            said.add(way)
    return said


def other_way(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source label, record line, the way claimed) when the claim says a record it (or the question) names was
    held or paid another way than its field of that group says (see the module docstring)."""
    if not READ_RECORD_WAYS:
        return None
    for label, lines in claimed_records(claim, evidence):
        for line, name, value in lines:
            for group, field_re in _FIELD_RE.items():
                held = _held_way(group, value) if field_re.search(name) else None
                if held is None:
                    continue
                said = _said_ways(group, claim)
                if said and held not in said:
                    return label, line, ", ".join(sorted(said))
    return None

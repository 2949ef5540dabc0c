"""A part of a booking said to be owed while its record shows it paid: "FF-W-0912 still shows the deposit as
outstanding" against "deposit paid zar: 4200".

:mod:`llmops_kit.payment_states` reads what is said of everything owed, and leaves a part payment alone on
purpose: "the deposit has been paid" says nothing against a balance due. The other way round it does: a claim
that a named part ("deposit", "balance", "booking fee") is outstanding or unpaid, of a record whose field for
that part says it was paid ("deposit paid zar: 4200", "deposit received: True"), says the opposite of the
record: *contradicted*, with that line.

Only a paid field of the very part named is read, and only a value that says it was paid (an amount above 0, or
True); a paid amount of 0, another part's field, or a state under a negation ("the deposit isn't outstanding")
is not read. The balance is read against the record's paid field for the whole booking too ("paid gbp: 90.0",
"paid: True"), when the record holds no field for anything still owed (a balance, an amount due, outstanding,
owed or remaining): a record that shows a payment and nothing owed leaves no balance owing.
The record must be the one the claim names, as for :mod:`llmops_kit.record_denials`.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .record_fields import named_records
from .text import may_hold_word

__all__ = ["unpaid_part"]

#: The parts of a booking a claim may call owed.
_PARTS = "deposit|balance|booking fee|fee|instalment|installment"
#: A part said to be owed: the part, then (within the clause) its state; or the state before the part.
_OWED_RE = re.compile(
    rf"\b(?P<part>{_PARTS})\b[^.;:!?]{{0,30}}?(?P<neg>\b(?:not|no longer)\s+|n['’]t\s+)?"
    r"(?:\b(?:outstanding|unpaid|still\s+(?:owed|owing|due))|(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:been\s+)?paid)\b"
    rf"|\b(?:outstanding|unpaid)\s+(?P<part2>{_PARTS})\b",
    re.IGNORECASE,
)
#: A record field saying a part was paid: the part's name, then "paid" or "received" ("deposit paid zar").
_PAID_FIELD_RE = re.compile(rf"^(?P<part>{_PARTS})\s+(?:paid|received)\b")
#: A record field saying the booking as a whole was paid: "paid", or "paid" and a currency code ("paid gbp").
_WHOLE_PAID_RE = re.compile(r"^(?:amount\s+)?paid(?:\s+[a-z]{3})?$")
#: A record field for something still owed: a record that holds one may owe a balance whatever else it holds.
_OWED_FIELD_RE = re.compile(r"\b(?:balance|due|outstanding|owed|owing|remaining|unpaid|to\s+pay)\b")
#: The words :data:`_OWED_RE` needs one of whole (each between word boundaries): most claims hold none.
_OWED_KEYS = frozenset(("outstanding", "unpaid", "owed", "owing", "due", "paid"))
_AMOUNT_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*$")


def _says_paid(value: str) -> bool:
    """Does a paid field's value say the part was paid (True, or an amount above 0)?"""
    value = value.strip().strip("\"'")
    if value == "True":
        return True
    amount = _AMOUNT_RE.match(value)
    return amount is not None and float(amount.group(1).replace(",", ".")) > 0


def unpaid_part(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, record line, the part said owed) when the claim calls a part of the record it names owed and
    the record's paid field for that part says it was paid."""
    if not may_hold_word(claim, _OWED_KEYS):  # an ASCII claim without one of them cannot match the pattern
        return None
    parts = {(m.group("part") or m.group("part2")).lower() for m in _OWED_RE.finditer(claim) if not m.group("neg")}
    if not parts:
        return None
    for label, lines in named_records(claim, evidence):
        for line, name, value in lines:
            field = _PAID_FIELD_RE.match(name)
            if field is not None and field.group("part") in parts and _says_paid(value):
                return label, line, f"{field.group('part')} outstanding"
        whole = _whole_paid_line(lines) if "balance" in parts else None
        if whole is not None:
            return label, whole, "balance outstanding"
    return None


def _whole_paid_line(lines: list[tuple[str, str, str]]) -> str | None:
    """The record's line saying the booking was paid (an amount above 0, or True), when no line of the record
    is for anything still owed; None otherwise."""
    if any(_OWED_FIELD_RE.search(name) for _, name, _ in lines):
        return None
    for line, name, value in lines:
        if _WHOLE_PAID_RE.match(name) and _says_paid(value):
            return line
    return None

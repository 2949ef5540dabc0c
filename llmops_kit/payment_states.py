"""Whether a booking is paid, said the other way round from its record: "WC-5530 is fully paid" against
"balance due eur: 480", "BF-2291 still has the full 210,00 € outstanding" against "paid: True".

The status check compares status words and a record rarely has a "payment status": it says whether money is owed
by its fields. A flag (``paid: True`` / ``False``), a balance or amount owed (``balance due eur: 480``,
``outstanding gbp: 0``), or the amount paid against the total (``paid gbp: 121.5`` of ``total gbp: 486.0``; the
amounts paid added up: ``deposit paid eur: 75`` and ``balance paid eur: 175`` of ``total eur: 250``) each say it;
a field naming an amount paid is no amount owed, though it holds an owing word ("balance paid"). A claim that the
record the claim names is settled ("fully paid", "paid in full", "nothing more to pay") while its fields say money
is owed, or that money is still owed ("outstanding", "unpaid", "still owe", "hasn't been paid") while they say it
is settled, is *contradicted*, with the line that says so.

With :data:`READ_ASKED_PAYMENTS` (the ``tool45`` round) a claim that names no record is read against the one
record the question names by its id ("It's fully paid" to "What's the status of booking CA-27-0418?"), unless it
names a part of what is owed ("the deposit is already paid" says nothing of the balance), a
co-payment field is an amount owed at the visit ("copay nzd: 35.0" against "nothing to pay on the day"), a flag
may be named "paid" in Spanish, Portuguese, Italian, French, German or Dutch ("pagada: False"), and "has already
been paid" is a settled phrase, as "is already paid" is.

Only the whole booking's state is read: "the deposit has been paid" says nothing against a balance due, so a
claim must use one of the settled phrases, which speak of everything owed. A record with no such field, or
fields that disagree, is not read. The record must be the one the claim names (an id the record holds, or a name
one of its values is), as for :mod:`llmops_kit.record_denials`.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import record_keys
from .record_fields import RecordLine, asked_record, named_records, record_lines
from .textcache import text_cache

__all__ = ["READ_ASKED_PAYMENTS", "clashing_payment"]

#: The record the question names, co-payments, other languages' "paid" flags and "has already been paid" read
#: (see the module docstring); switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_ASKED_PAYMENTS = True

#: A claim that everything owed is paid. Each pattern's look-ahead names the first letters of its phrases, so a
#: search is not tried at every character (the same matches).
_SETTLED_RE = re.compile(
    r"(?=[fapsn])(?:\b(?:fully|already|all)\s+(?:paid(?:\s+up)?|settled)\b|\bpaid\s+(?:in\s+full|up)\b"
    r"|\bsettled\s+in\s+full\b"
    r"|\bnothing\s+(?:more\s+|else\s+|left\s+|further\s+|still\s+)?(?:to\s+pay|owing|outstanding|(?:left\s+)?due)\b"
    r"|\bno\s+(?:balance|amount|money)\s+(?:is\s+)?(?:left|due|outstanding|owing|to\s+pay)\b)",
    re.IGNORECASE)
#: "has already been paid", settled as "is already paid" is (:data:`READ_ASKED_PAYMENTS`).
_BEEN_PAID_RE = re.compile(r"\b(?:has|have|had|was|were)\s+already\s+been\s+paid(?:\s+in\s+full)?\b", re.IGNORECASE)
#: A claim that money is still owed.
_OWING_RE = re.compile(
    r"(?=[souhian])(?:\b(?:still\s+)?(?:outstanding|unpaid|owing)\b"
    r"|\bstill\s+(?:owe[sd]?|due|to\s+(?:be\s+)?pa(?:y|id))\b"
    r"|\b(?:has|have|is|are)(?:n['’]t|\s+not)\s+(?:yet\s+)?(?:been\s+)?(?:fully\s+)?paid\b|\bnot\s+(?:yet\s+)?paid\b)",
    re.IGNORECASE)
#: A negation just before a settled phrase ("isn't fully paid"): the claim says money is owed.
_NEGATED_RE = re.compile(r"(?:n['’]t|\bnot)\s+(?:yet\s+|been\s+)*$", re.IGNORECASE)

#: Words of a field naming what is still owed, and of the totals and amounts paid.
_OWED_WORDS = frozenset(("balance", "outstanding", "owed", "owing", "remaining", "due"))
_NUMBER_RE = re.compile(r"^-?\d+(?:\.\d+)?$")
#: A part of what is owed ("the 510 MAD deposit is already paid"): said settled, it says nothing of the rest, so a
#: claim naming one is not read against the question's record.
_PART_RE = re.compile(r"\b(?:deposits?|instal(?:l)?ments?|down\s+payments?|advance|first\s+payment)\b", re.IGNORECASE)
#: A co-payment, owed at each visit (:data:`READ_ASKED_PAYMENTS`).
_COPAY_WORDS = frozenset(("copay", "copayment"))
#: "Paid" as a flag's name in other languages (:data:`READ_ASKED_PAYMENTS`): "pagada: False".
_FOREIGN_PAID = frozenset(("pagado", "pagada", "pagato", "pagata", "paye", "payee", "bezahlt", "betaald"))


def _claimed_state(claim: str) -> str | None:
    """"settled", "owing" or None: what the claim says of everything owed."""
    lower = claim.lower()  # "owe", "owing" with its case-blind i ("owıng"), and the other key words
    if "paid" not in lower and "pay" not in lower and "settled" not in lower and "owe" not in lower \
            and "owi" not in lower and "owı" not in lower and "outstanding" not in lower and "due" not in lower:
        return None
    settled = _SETTLED_RE.search(claim) or (_BEEN_PAID_RE.search(claim) if READ_ASKED_PAYMENTS else None)
    if settled is not None and _NEGATED_RE.search(claim[:settled.start()]) is None:
        return None if _OWING_RE.search(claim) else "settled"
    if settled is not None or _OWING_RE.search(claim):
        return "owing"
    return None


def _record_state(lines: list[RecordLine]) -> tuple[str, str] | None:
    """("settled" or "owing", the line that says so) from a record's fields, or None when they say nothing of it
    or disagree."""
    states: dict[str, str] = {}
    paid = total = None
    owed_words = _OWED_WORDS | _COPAY_WORDS if READ_ASKED_PAYMENTS else _OWED_WORDS
    for line, name, value in lines:
        words = frozenset(re.findall(r"[a-z]+", name))
        value = value.strip().strip("\"'")
        if (words == {"paid"} or (READ_ASKED_PAYMENTS and len(words) == 1 and words <= _FOREIGN_PAID)) \
                and value in ("True", "False"):
            states.setdefault("settled" if value == "True" else "owing", line)
        elif words & owed_words and "by" not in words and "paid" not in words and _NUMBER_RE.match(value):
            states.setdefault("owing" if float(value) > 0 else "settled", line)
        elif "paid" in words and _NUMBER_RE.match(value):
            # the amounts paid add up ("deposit paid eur: 75" and "balance paid eur: 175" of "total eur: 250")
            paid = (float(value) + (paid[0] if paid is not None else 0.0), paid[1] if paid is not None else line)
        elif "total" in words and _NUMBER_RE.match(value):
            total = float(value)
    if paid is not None and total is not None and total > 0:
        states.setdefault("settled" if paid[0] >= total else "owing", paid[1])
    if len(states) != 1:
        return None
    ((state, line),) = states.items()
    return state, line


@text_cache()
def _source_state(text: str) -> tuple[str, str] | None:
    """What a tool record's fields say of its payment (cached per record text: it recurs on every claim)."""
    return _record_state(record_lines(text))


def _any_payment_state(evidence: Evidence) -> bool:
    """Does any tool record of the evidence say whether it is paid? Most say nothing of it, and then no claim
    is read for a payment state at all (its patterns are slow to fail on a long claim)."""
    return any(_source_state(source.text) is not None for source in evidence.sources if not source.prose)


def _records(claim: str, evidence: Evidence) -> list[tuple[str, list[RecordLine]]]:
    """The records the claim names, or, when it names none and no id at all, the one record the question names by
    an id the record holds (:data:`READ_ASKED_PAYMENTS`)."""
    named = list(named_records(claim, evidence))
    if named or record_keys(claim) or _PART_RE.search(claim):
        return named
    return asked_record(evidence)


def clashing_payment(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, record line, what the claim said) when the claim says the record it names is settled while its
    fields say money is owed, or the other way round (see the module docstring), else None."""
    if not evidence.once("payment_states.any_state", _any_payment_state):
        return None
    claimed = _claimed_state(claim)
    if claimed is None:
        return None
    for label, lines in named_records(claim, evidence) if not READ_ASKED_PAYMENTS else _records(claim, evidence):
        state = _record_state(lines)  # the same reading as _source_state's
        if state is not None and state[0] != claimed:
            return label, state[1], "paid in full" if claimed == "settled" else "money still owed"
    return None

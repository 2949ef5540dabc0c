"""A hand-off naming what the contact will do with the customer's matter: a look-up, no outcome.

"The office will check", "The yard can check your address", "The office on 0980-123 40 can match that payment to
your booking", "the team will confirm your address", "the shop on 021 555 0142 can tell you which payments we take":
a business the bot cannot answer for hands the customer on, and says what the people there do with the question:
check it, confirm it, tell them. That states no fact a source could hold (no text says "the office checks
payments"), and it promises no outcome; read as a claim it raised false alarms on healthy declines and hand-offs on
many authors' sets (its "will" read as an invented promise, its few words as new subject matter).

:func:`handoff_act` reads such a text as a hand-off when the whole of it is one frame: who (people any business
hands a customer to, :data:`PEOPLE`, or a word the evidence holds), optionally "on"/"at" a contact, a modal ("will",
"'ll", "can", "could"), one look-up act (:data:`_ACT_RE`: check, confirm, verify, look into, look up, match, advise,
tell you, let you know), and after it either an indirect question ("whether another cot is free", "which payments
we take": asked, not stated) or a few words of the customer's matter of which at most one is new to the evidence
("your address"). A figure, a promise word ("free", "on us", "refund") or two new words after the act make it a
statement, judged as any claim: "the vet can check the cat during the herd visit for a $30.00 add-on", "the team
will confirm your free upgrade". An outcome verb ("will refund", "can send a certificate", "will waive") is no
look-up and never read here. The contact, when the text names one, is a hard fact checked by the caller.

Off in the claim decision's fit (``READ_HANDOFF_ACTS``, ``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import content_stems, stem

__all__ = ["HANDOFF_ACT_SOURCE", "PEOPLE", "READ_HANDOFF_ACTS", "handoff_act"]

#: Off in the claim decision's fit (``tools/fit_claim_decision.py``), so the committed fit stays reproducible.
READ_HANDOFF_ACTS = True
#: The source a finding cites for such a hand-off: it may name no contact ("The office will check").
HANDOFF_ACT_SOURCE = "the evidence (a hand-off naming what the business's people will look up)"

#: Who a business hands a customer to, whatever its trade.
PEOPLE = frozenset(stem(w) for w in (
    "team", "staff", "office", "desk", "front", "shop", "store", "counter", "workshop", "studio", "centre", "center",
    "clinic", "reception", "colleague", "colleagues", "manager", "helpline", "people", "someone", "they", "yard",
    "club", "box",
))
_CONTACT = r"(?:\s+(?:on|at)\s+(?:\+?\(?\d[\d ()./-]{4,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))?"
#: The frame: an optional join, who, an optional contact, a modal, a look-up act, and what follows it.
_ACT_RE = re.compile(
    r"^(?:(?:so|but|and|then|just)\s+)?(?P<who>(?:(?:the|our|your)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
    + _CONTACT
    + r"\s+(?:will|'ll|’ll|can|could|would|should)\s+(?:be\s+able\s+to\s+|happily\s+|gladly\s+)?"
    r"(?P<act>check|confirm|verify|look\s+(?:into|up)|match|advise|tell\s+you|let\s+you\s+know)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
#: Words after the act that point back at the customer's matter ("check it for you").
_BACK_WORDS = frozenset(("it", "that", "this", "them", "for", "you", "with", "up", "on", "more", "about"))
#: An indirect question after the act: what will be told is asked, not stated.
_ASKED_RE = re.compile(r"^\s*(?:you\s+)?(?:whether|if|which|what|when|where|how|who)\b", re.IGNORECASE)
#: Words that make the rest a promise or an outcome, whatever else it holds.
_PROMISE_RE = re.compile(r"\b(?:free|on us|complimentary|no (?:extra )?(?:cost|charge)|refund\w*|waiv\w*"
                         r"|guarantee\w*|discount\w*|compensat\w*)\b", re.IGNORECASE)
#: A clause mark after the act: the rest goes on to a statement of its own.
_CLAUSE_MARK_RE = re.compile(r"[;:]")
#: How many content words after the act may be new to the evidence and the question: one ("your address").
_REST_NEW_WORDS = 1


def handoff_act(text: str, evidence: Evidence) -> bool:
    """Is the whole text a hand-off naming a look-up the contact does with the customer's matter ("The office
    will check", "The yard can check your address"), no figure, promise or new subject in it?"""
    if not READ_HANDOFF_ACTS:
        return False
    match = _ACT_RE.match(text.strip(" .!"))
    if match is None:
        return False
    who = frozenset(content_stems(match.group("who")))
    if who - PEOPLE and evidence.novel(who - PEOPLE, 0):
        return False
    rest = match.group("rest")
    if any(ch.isdigit() for ch in rest) or _CLAUSE_MARK_RE.search(rest):
        return False
    if _ASKED_RE.match(rest):  # "whether another cot is free": asked of the contact, not stated
        return True
    if _PROMISE_RE.search(rest):
        return False
    words = frozenset(s for s in content_stems(rest) if s not in _BACK_WORDS)
    return len(words) <= 3 and len(evidence.novel(words, 0)) <= _REST_NEW_WORDS

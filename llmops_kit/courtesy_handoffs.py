"""A hand-off to a published contact wrapped in a courtesy or a hedge: "The atelier will be glad to help: 022 310
47 15 or atelier@dufaux-horlogerie.ch", "The team may still want to see it: call +44 1622 496 051", "Best to ring
(03) 7010 4821 closer to the time".

The contact is a hard fact, checked as one before the words are compared (a wrong digit or an address nobody
gave stays absent). The frame around it states nothing a source could hold: that someone will be glad to help,
may want to see the thing, or that ringing is best. Such a claim is read as the hand-off it is when the whole
claim is one frame of :data:`_FRAME_RE` and the contact, its other words only the verbs and joins of a hand-off
(:data:`_REST_WORDS`), and who is named ("the atelier", "the team") a person or place any business hands a
customer to (:data:`_PEOPLE`) or a word the evidence holds.

An outcome is no courtesy: "The atelier will refund you: 022 ...", "the team can send a certificate", "call ...
and they'll waive the fee" match no frame or leave words beyond a hand-off's, and are judged as any claim. The
reading acts before the fitted decision and is off in its fit (``READ_COURTESY_HANDOFFS``,
``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import content_stems, stem

__all__ = ["COURTESY_SOURCE", "READ_COURTESY_HANDOFFS", "courtesy_handoff"]

#: The source a claim read this way is supported by; its frame's "will" ("will be glad to help") is no promise, so
#: the supported verdict is not read again for one.
COURTESY_SOURCE = "the evidence (a published contact, in a courtesy)"

#: Off in the claim decision's fit (``tools/fit_claim_decision.py``), so the committed fit stays reproducible.
READ_COURTESY_HANDOFFS = True

_WHO = r"(?:(?:the|our|your)\s+)?(?P<who>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
#: The courtesy or hedge frames, each the whole claim before its contact: "<who> will be glad to help", "<who> may
#: still want to see it", "(it's) best to ring / call / e-mail".
_FRAME_RE = re.compile(
    r"^(?:" + _WHO + r"\s+(?:will|would|'ll|’ll)\s+be\s+(?:glad|happy|pleased|delighted)\s+to\s+help"
    r"(?:\s+(?:you|with\s+(?:that|this|it)))?"
    r"|" + _WHO.replace("who", "who2") + r"\s+(?:may|might|could|would|will)\s+(?:still\s+|also\s+)?"
    r"(?:want|like|wish)\s+to\s+(?:see|look\s+at|hear\s+about)\s+(?:it|them|that|this)"
    r"|(?:it(?:'s|’s| is| would be|'d be|’d be)\s+)?best\s+to\s+(?:ring|call|phone|email|e-mail|contact)"
    r")(?P<rest>[\s:,;–—-].*)?$",
    re.IGNORECASE,
)
#: Who a business hands a customer to, whatever its trade.
_PEOPLE = frozenset(stem(w) for w in (
    "team", "staff", "office", "desk", "shop", "store", "workshop", "studio", "centre", "center", "clinic",
    "colleague", "colleagues", "manager", "reception", "front", "helpline", "people", "they", "someone",
))
#: The only words the rest of the claim (after the frame) may hold beside its contacts: a hand-off's verbs and
#: joins, and when to ring.
_REST_WORDS = frozenset(stem(w) for w in (
    "call", "ring", "phone", "email", "e-mail", "contact", "write", "text", "or", "and", "on", "at", "directly",
    "closer", "nearer", "time", "us", "them",
))
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"\+?\(?\d[\d ()\-]{5,}\d")
#: A phone number has at least this many digits.
_PHONE_DIGITS = 7


def courtesy_handoff(claim: str, evidence: Evidence) -> bool:
    """Is the claim a courtesy or hedge frame around a contact and nothing else (its hard facts found already)?"""
    if not READ_COURTESY_HANDOFFS or ("@" not in claim and sum(map(str.isdigit, claim)) < _PHONE_DIGITS):
        return False
    lowered = claim.lower()
    if "help" not in lowered and "want" not in lowered and "like" not in lowered and "wish" not in lowered \
            and "best" not in lowered:
        return False
    match = _FRAME_RE.match(claim.strip(" .!"))
    if match is None:
        return False
    rest = match.group("rest") or ""
    contacts = _EMAIL_RE.findall(rest) + [p for p in _PHONE_RE.findall(_EMAIL_RE.sub(" ", rest))
                                          if sum(map(str.isdigit, p)) >= _PHONE_DIGITS]
    if not contacts:
        return False
    words = _PHONE_RE.sub(" ", _EMAIL_RE.sub(" ", rest))
    if any(ch.isdigit() for ch in words) or not content_stems(words) <= _REST_WORDS:
        return False
    who = match.group("who") or match.group("who2")
    if who is None:
        return True
    named = frozenset(content_stems(who))
    return not (named - _PEOPLE) or not evidence.novel(named - _PEOPLE, 0)

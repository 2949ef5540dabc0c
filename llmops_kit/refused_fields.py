"""A request the answer says was refused, of a tool record whose flag for that action is False: "The extension was
declined" of "extended: False", "The return wasn't accepted" of "return allowed: False".

The status check (:meth:`llmops_kit.evidence.Evidence.status_clash`) finds a refusal word ("declined") or a grant
word ("accepted") that no record holds *absent*. A tool that turns a request down often says so by a flag named
after the action itself ("extended", "return allowed", "upgrade approved") set to False, with a reason beside it;
:mod:`llmops_kit.status_synonyms` reads only the fields named "accepted" or "approved". Read sets of two authors
flagged such faithful refusals. Here the claim's status words that say the request was turned down (a refusal
word, or a grant word a negation denies: "wasn't accepted", "can't be returned") are settled when the claim names
the flag's action ("extension" of "extended", "return" of "return allowed"); its other status words ("the camper
is booked by another customer") are still checked. So a refusal of another action
("The refund was declined" of "extended: False"), a grant said of a False flag ("The return was accepted") and a
refusal of a True flag stay unsupported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .evidence_readers import REFUSED_WORDS, flag_fields
from .text import content_stems, stem

__all__ = ["refused_in_fields"]

#: A record line holding a flag: its name (one to three words, no figure) and the value False or True.
#: Words of a flag's name that say the action was let through, not what the action is ("return *allowed*").
_GRANT_STEMS = frozenset(stem(w) for w in ("allowed", "accepted", "approved", "permitted", "possible", "granted",
                                           "ok", "eligible", "can", "is", "was"))
#: Words of a flag's name that already say the request was turned down: "declined: False" grants it.
_REFUSAL_STEMS = frozenset(stem(w) for w in (*REFUSED_WORDS, "denied", "cancelled", "failed", "blocked", "refusal"))
#: The shortest stem read by its first letters: "extens" of "extension" is "extend" of "extended".
_SHORT_STEM = 5


def _actions(name: str) -> frozenset[str]:
    """The stems of a flag name's words that name the action ("return" of "return allowed")."""
    return frozenset(s for s in (stem(w) for w in re.split(r"[\s_-]+", name.lower()) if w) if s not in _GRANT_STEMS)


def _names_action(claim_stems: frozenset[str], actions: frozenset[str]) -> bool:
    """Does the claim name one of the actions, in any form ("extension" for "extend", "return" for "return")?
    A stem is read by all its letters but the last, and by at least :data:`_SHORT_STEM` of them."""
    for action in actions:
        if len(action) < _SHORT_STEM:
            if action in claim_stems:
                return True
            continue
        head = action[:max(_SHORT_STEM, len(action) - 1)]
        if any(s.startswith(head) for s in claim_stems):
            return True
    return False


def refused_in_fields(claim: str, stated: frozenset[str], records: Iterable[str]) -> frozenset[str]:
    """The stated status words a returned record's False flag accounts for: the refusal words and the grant words
    a negation of the claim denies, when the claim names the flag's action; none otherwise. The claim's other
    status words ("the camper is booked") are left to the status check."""
    turned_down = stated & REFUSED_WORDS
    granted = stated - REFUSED_WORDS
    if granted:
        from .record_denials import denied_words  # record_denials reads Evidence, which calls this reading

        turned_down |= granted & denied_words(claim)
    if not turned_down:
        return _NONE
    claim_stems = frozenset(content_stems(claim))
    for text in records:
        for name, value in flag_fields(text):
            actions = _actions(name) if value == "false" else _NONE
            if actions and not actions & _REFUSAL_STEMS and _names_action(claim_stems, actions):
                return frozenset(turned_down)
    return _NONE


_NONE: frozenset[str] = frozenset()

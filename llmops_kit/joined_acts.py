"""A clause of the business's own act joined to a held clause: a service or a promise judged as its own claim.

A support answer may join a clause the evidence holds to a service the business says it gives that no text
gives: "It takes 3 working days, and we email you a proof of the spine lettering first", "We return it by insured
courier, and we take care of the customs for you". Judged as one claim it passes on the held clause's words and
similarity. :mod:`llmops_kit.own_clauses` cuts such a clause out and the grounding step judges it alone, but it
takes only the verdicts a reading gives (a figure contradicted, a reversed rule), not "invented": a clause cut
from its sentence is terse, and its words counted new one by one are often a paraphrase ("you choose a full
refund or a new date" of "refunded in full or rebooked, as you prefer").

A clause whose subject is the business itself doing something for the customer is no such paraphrase risk: "we
<verb> ..." states an act, a service or a promise, and when the clause alone is invented (its words held by no
text, or worded far from every passage) the act is one no text offers. :func:`business_act` says whether a clause
is such an act: it opens with "we" (or "we'll", "we will", "we also", "we always", "we then") and a verb that is
no auxiliary, no negation and no limit ("we only fit ..." narrows what the business does; "we can't", "we don't"
deny it; "we are", "we have" state no act). The clause's other readings are unchanged; a clause the evidence
holds ("and we email you when it ships" where a text says so) is supported alone and leaves the claim held.

The same act is often said of what it does to the customer's own things, in the passive or as the customer's loss
("..., and your account is suspended for a week", "..., and you lose your place on the list for a month"):
:data:`READ_DONE_TO_CUSTOMER` reads "your <thing> is / gets / will be <participle>" and "you (will) lose / forfeit" as
such an act, unless the participle states a permission, a need or a state ("your dog is allowed", "is included").

Read by ``grounding._own_clauses_judged``; off in the claim-decision fit (``tools/fit_claim_decision.py``,
:data:`READ_JOINED_ACTS`). Nothing here looks at an answer's length, style or position, nor at any set's words.
"""

from __future__ import annotations

import re

from .text.case_key import case_key

__all__ = ["READ_DONE_TO_CUSTOMER", "READ_JOINED_ACTS", "business_act"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes the verdicts the fit reads.
READ_JOINED_ACTS = True

#: "we" and an optional will / adverb of routine, then the verb of the act.
_ACT_RE = re.compile(r"^we(?:['\u2019]ll|\s+will)?(?:\s+(?:also|always|then|even))?\s+(?P<verb>[a-z'\u2019]+)",
                     re.IGNORECASE)

#: Verbs that state no act of the business's (be, have, the modals, do) and words that limit or deny one.
_NO_ACT = frozenset((
    "am", "are", "were", "was", "be", "been", "have", "had", "has", "can", "cannot", "could", "may", "might",
    "must", "should", "would", "shall", "will", "do", "does", "did", "need", "not", "never", "only", "just",
    "usually", "normally", "sometimes", "may", "recommend", "suggest", "advise", "think", "believe", "hope",
    "know", "understand", "apologise", "apologize", "try",
))


def business_act(clause: str) -> bool:
    """Does the clause state an act of the business's own ("we email you a proof", "we'll hold your seats"), not a
    limit, a denial, an opinion or a state ("we only fit ...", "we don't ...", "we recommend ...", "we are ...")?
    False while :data:`READ_JOINED_ACTS` is off."""
    if not READ_JOINED_ACTS:
        return False
    text = clause.lstrip()
    if READ_DONE_TO_CUSTOMER and text[:1].lower() == "y":
        return _done_to_customer(text)
    if text[:2].lower() != "we":
        return False
    found = _ACT_RE.match(text)
    if found is None:
        return False
    verb = found.group("verb").lower().replace("\u2019", "'")
    return verb not in _NO_ACT and "'" not in verb


#: Read the business's act said of what it does to the customer's own things, in the passive or as the customer's
#: loss ("..., and your account is suspended for a week", "..., and you lose your place on the list"): a sanction,
#: a hold or a refund the business applies is its own act however the clause is worded, and an assistant states a
#: consequence this way at least as often as with "we". Off in the claim-decision fit (``tools/fit_claim_decision.py``).
READ_DONE_TO_CUSTOMER = True
#: "your <thing> is / are / gets / will be <participle>" (the thing in at most three words), or "you (will) lose /
#: forfeit ...".
_DONE_TO_RE = re.compile(
    r"^(?:your(?:\s+[\w-]+){1,3}?\s+(?:is|are|gets?|will\s+be|['\u2019]ll\s+be|would\s+be)"
    r"(?:\s+(?:also|then|automatically|immediately))?\s+(?P<done>[a-z]+(?:ed|en)|kept|held|withheld|sent|paid)\b"
    r"|you(?:['\u2019]ll|\s+will)?(?:\s+also)?\s+(?:lose|forfeit)\b)",
    re.IGNORECASE)
#: Participles that state a permission, a need or a state of the customer's thing, no act on it.
_NO_DONE = frozenset(("allowed", "permitted", "required", "needed", "included", "covered", "expected", "located",
                      "based", "limited", "entitled", "advised", "recommended", "welcomed", "used", "owed", "due",
                      "listed", "shown", "given", "written", "eaten", "seen"))


def _done_to_customer(text: str) -> bool:
    """Does the clause state the business's act on the customer's own thing (:data:`READ_DONE_TO_CUSTOMER`)?"""
    found = _DONE_TO_RE.match(text)
    if found is None:
        return False
    done = found.group("done")
    return done is None or case_key(done) not in _NO_DONE

"""What the business does, said as a limit beside a decline: "We host sites but don't design them; the articles I
found cover plans and security", "Oil changes are not in our price list; we work on tyres and wheels only".

A healthy decline often says, in the same sentence, what the business does instead of what was asked. Each decline
piece passes alone (:mod:`llmops_kit.joined_declines`), but the limit piece carries the customer's verb ("design")
or an exclusive "only" that no source words, so the joined claim is judged unsupported. :func:`business_limit`
reads such a piece, in the business's own voice, in two closed shapes:

- "we X but (we) don't Y <them / it / the customer's words>": the denied verb Y is the customer's own and no
  sentence the model was given holds it (a text offering it makes the denial false); the piece left to judge is
  "we X", a fact of the business the usual steps judge ("We host sites" against "Every site gets ...");
- "we only X" / "we just X" / "we X only": every content word of X, less a closed set of verbs any business uses
  of its trade ("work on", "deal in", "do", "handle", "offer", "provide"), held by one sentence the model was given
  (the system prompt's "a tyre and wheel workshop" holds "tyres and wheels"); nothing is left to judge.

Neither shape holds a figure, code or name the customer did not write. The joined reading reads a limit only beside
a piece that is itself a decline or what the texts cover, never alone: "We only do tyres" as a whole answer stays a
claim. The reading acts before the fitted decision and is off in its fit (``READ_BUSINESS_LIMITS`` in
``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

from .decline_claims import customers_only
from .evidence import Evidence
from .evidence_statements import sentence_stems
from .text import content_stems
from .text.tokens import normalise_quotes

__all__ = ["READ_BUSINESS_LIMITS", "business_limit"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes which claims reach the decision.
READ_BUSINESS_LIMITS = True

#: A piece may open with the decline's own "No," or "Sorry," before the business speaks.
_OPEN = r"^(?:(?:no|sorry)\s*,?\s+)?"
#: "we X but (we) don't Y (object)": ``fact`` is "we X", ``denied`` the verb Y, ``object`` what is denied.
_BUT_NOT_RE = re.compile(
    _OPEN + r"(?P<fact>we\s+(?!(?:don't|do\s+not|can't|cannot|can\s+not|only|just)\b)[a-z][^,;:]*?),?\s+but\s+"
    r"(?:we\s+)?(?:don't|do\s+not)\s+(?P<denied>[a-z]+)(?:\s+(?P<object>[^,;:]+))?$",
    re.IGNORECASE)
#: "we only X", "we just X", "we X only".
_ONLY_RE = re.compile(
    _OPEN + r"we\s+(?:(?:only|just)\s+(?P<act>[^,;:]+)"
    r"|(?!(?:don't|do\s+not|can't|cannot)\b)(?P<act2>[^,;:]+?)\s+only)$",
    re.IGNORECASE)
#: An object that only points back at what the business does ("don't design them").
_POINTERS = frozenset(("them", "it", "that", "those", "these", "this", "any", "one", "ones", "either"))
#: Verbs any business uses of its trade, held by no text: "we work on tyres", "we deal in antiques".
_TRADE_VERBS = frozenset(content_stems("work works working deal deals do does handle handles offer offers provide "
                                       "provides"))


def _given_sentences(evidence: Evidence) -> list[frozenset[str]]:
    """The stems of each sentence the model was given (not the customer's), once per request."""
    return evidence.once("business_limits.sentences", lambda ev: [
        stems for source in ev.sources if not source.user for _, stems in sentence_stems(source.text)])


def _denied_unoffered(verb: str, obj: str | None, evidence: Evidence) -> bool:
    """Is the denied verb the customer's, its object a pointer or the customer's words, and no given sentence
    holding the verb (which would offer what the piece denies)?"""
    denied = content_stems(verb)
    if not denied or not denied <= evidence.user_stems:
        return False
    if obj is not None:
        words = obj.lower().split()
        if not (len(words) == 1 and words[0] in _POINTERS):
            stems = content_stems(obj)
            if not stems or not stems <= evidence.user_stems:
                return False
    return not any(denied <= stems for stems in _given_sentences(evidence))


def business_limit(piece: str, evidence: Evidence) -> tuple[str, ...] | None:
    """The pieces left to judge when the piece of a joined claim is a business limit (see the module docstring):
    ("we X",) of "we X but don't Y them", () of "we only X" whose X one given sentence holds; None otherwise."""
    if not READ_BUSINESS_LIMITS:
        return None
    text = normalise_quotes(piece).strip(" \"'*-.!")
    lowered = text.lower()
    if "we " not in lowered or not customers_only(text, evidence):
        return None
    if " but " in lowered and ("n't" in lowered or " not " in lowered):
        found = _BUT_NOT_RE.match(text)
        if found is not None and _denied_unoffered(found.group("denied"), found.group("object"), evidence):
            return (found.group("fact"),)
        return None
    if "only" in lowered or "just" in lowered:
        found = _ONLY_RE.match(text)
        if found is None:
            return None
        said = content_stems(found.group("act") or found.group("act2")) - _TRADE_VERBS
        if said and any(said <= stems for stems in _given_sentences(evidence)):
            return ()
    return None

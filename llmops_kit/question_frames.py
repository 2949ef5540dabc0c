"""The framing of a clarifying question: "You can, but what it costs depends on where your order is. Have you had
the survey yet?", "Which space, and seated or standing? The Threshing Barn, Orchard Room and marquee all differ.",
"Tell me which and I'll give you the lens price".

An answer that asks the customer a question often says why it asks: the figure depends on something the customer
has not said, or the options differ. Such a sentence states no fact of its own beyond the things it names, and the
claim decision, finding its wording far from every passage, calls it unsupported. Read after the decision, on a
claim not supported, only when the answer asks a question, and only for three closed forms, the whole claim:

- "<it / the price / what it costs / prices / that> depend(s) on <Y>" (after an optional "You can, but" / "Yes,
  but"), every content word of Y held by the evidence ("it depends on your age" with no age in any text stays);
- "<A>, <B> and <C> (all) differ / vary", every item's content words held by the evidence;
- "tell me which (one) and I'll give you <Y>", Y's content words held by the evidence, with an optional held
  statement after a semicolon whose words one evidence source holds all of.

No figure, code or name beyond the evidence's may be in the claim ("depends on the season: summer is £40" keeps its
figure judged). Off in the claim decision's fit by ``READ_QUESTION_FRAMES`` (it reads the decision's output only,
so the fit is unchanged; the switch keeps the fit's replay of the scorer free of it).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import content_stems, identifiers_in, numbers_in

__all__ = ["QUESTION_FRAME_SOURCE", "READ_QUESTION_FRAMES", "frames_question"]

#: The source a claim read this way is supported by.
QUESTION_FRAME_SOURCE = "the framing of a clarifying question"

#: Off in the claim decision's fit (``tools/fit_claim_decision.py``).
READ_QUESTION_FRAMES = True

_YES = r"(?:(?:you can|yes|yes you can|you could|we can|we do),?\s+but\s+)?"
_DEPENDS_RE = re.compile(
    r"^" + _YES + r"(?:it|that|the price|the cost|prices|costs|what it costs|what you pay|how much it costs"
    r"|the (?:\w+ )?(?:price|cost|fee|charge)s?)\s+(?:all\s+|really\s+)?depends?\s+on\s+(?P<y>[^;:]+)$",
    re.IGNORECASE)
_DIFFER_RE = re.compile(r"^(?:the\s+)?(?P<items>[^;:]+?(?:,|\band\b)[^;:]+?)\s+(?:all\s+)?(?:differ|vary)$",
                        re.IGNORECASE)
_TELL_RE = re.compile(r"^(?:just\s+)?tell me which(?: one)?(?: you (?:need|want|mean))?\s+and\s+i(?:'ll| will)\s+"
                      r"(?:give you|find|check|send you|look up)\s+(?P<y>[^;:]+?)(?:\s*;\s*(?P<rest>.+))?$",
                      re.IGNORECASE)
_KEYS = ("depend", "differ", "vary", "tell me which")


def _held(text: str, evidence: Evidence) -> bool:
    """Are all the text's content words held by the evidence (one at least)?"""
    stems = frozenset(s for s in content_stems(text) if not s[0].isdigit())
    return bool(stems) and not evidence.novel(stems, 0)


def _one_source(text: str, evidence: Evidence) -> bool:
    """Does the evidence hold every content word of the text, most of them in one source?"""
    stems = frozenset(content_stems(text))
    if not stems:
        return False
    index, share = evidence.coverage(stems)
    return index >= 0 and share >= 1.0


def frames_question(claim: str, evidence: Evidence, asks: bool) -> bool:
    """Is the whole claim, in an answer that ``asks`` the customer a question, the framing of that question?"""
    if not READ_QUESTION_FRAMES or not asks:
        return False
    lowered = claim.lower()
    if not any(key in lowered for key in _KEYS) or numbers_in(claim) or identifiers_in(claim):
        return False
    text = claim.strip(" .!")
    match = _DEPENDS_RE.match(text)
    if match is not None:
        return _held(match.group("y"), evidence)
    match = _DIFFER_RE.match(text)
    if match is not None:
        items = [i for i in re.split(r",\s*|\s+and\s+|\s+or\s+", match.group("items")) if i.strip()]
        return len(items) >= 2 and all(_held(i, evidence) for i in items)
    match = _TELL_RE.match(text)
    if match is not None:
        rest = match.group("rest")
        return _held(match.group("y"), evidence) and (rest is None or _one_source(rest, evidence))
    return False

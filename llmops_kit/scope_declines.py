"""The bot declining in its own voice by naming what it is there for: "That's outside what I can help with here",
"I am afraid I cannot help with that", "I can only help with the café", "I can only help with visiting Purrlour",
and beside such a decline "I don't have tram routes" of a question on trams.

Each is a piece of a joined claim (:mod:`llmops_kit.joined_declines`), or a claim alone ("I can only help with the
café, sorry", read as a form of its own by :mod:`llmops_kit.grounding`): the decline is followed by what the texts
the bot found are about ("...: the notices I found are about our game teachers") or by a plain no ("..., so I don't
have tram routes"). The claim reader keeps such pieces as claims: "help" is no verb of its own declines ("I can't
check ..."), an opening "I am afraid" hides the "I", and "I can only help with X" names the business, not a text.
Joined to the rest they reached the fitted decision, which found their words in no source.

:func:`scope_decline` reads a piece as a decline that states nothing when:

- it says the question is outside what the bot can help with ("That's outside what I can help with (here)",
  "That's beyond what I can help with", "I am afraid I cannot help with that (here)"), naming nothing else;
- or it limits the bot to the business ("I can only help with X", a closing "sorry" or word of address such as
  ", love" no part of X), X's content words all held by the system prompt or the texts the model was given (not
  the customer's question) but one, and at least one of them held ("the café" of "a board-game café", "visiting
  Purrlour" of "the chat helper of Purrlour"): a limit to something neither describes ("I can only help with tram
  tickets") stays a claim;
- or, with :func:`denies_having`, it is "I don't have X" where X shares a word with the customer's question and no
  sentence the model was given (the customer's aside) holds X's question words: "I don't have tram routes" to a
  question about trams is a no; "I don't have parking" where a text tells of parking is a false denial, judged.

None of them may hold a figure or a code. The reading acts before the fitted decision and is off in its fit.
"""

from __future__ import annotations

import re

from .evidence import INSTRUCTIONS_LABEL, Evidence
from .text import content_stems, identifiers_in, numbers_in
from .text.split import sentences_of
from .text.tokens import normalise_quotes

__all__ = ["READ_SCOPE_DECLINES", "denies_having", "scope_decline"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes which claims reach the decision.
READ_SCOPE_DECLINES = True

#: A word that must be in the piece before any pattern is tried (the cheap pre-check).
_CUES = ("help", "have")
_OPEN = r"^(?:(?:sorry|sadly|unfortunately|i'm\s+afraid|i\s+am\s+afraid)\s*,?\s+)?"
#: "That's outside what I can help with here", "I am afraid I cannot help with that".
_OUTSIDE_RE = re.compile(
    _OPEN + r"(?:(?:that|this|it)(?:'s|\s+is)\s+(?:outside(?:\s+of)?|beyond)\s+what\s+(?:i|we)\s+can\s+help(?:\s+you)?"
    r"\s+with|(?:i|we)\s+(?:can't|cannot|can\s+not|am\s+unable\s+to|'m\s+unable\s+to)\s+help(?:\s+you)?\s+with"
    r"\s+(?:that|this|it)(?:\s+question|\s+one)?)(?:\s+(?:here|in\s+this\s+chat|from\s+here|today))?$",
    re.IGNORECASE)
#: "I can only help with X", with a closing apology or word of address ("..., sorry", "..., love"): ``scope`` is X,
#: a clause after it (", so I don't have X") no part of it.
_ONLY_RE = re.compile(_OPEN + r"(?:i|we)\s+can\s+only\s+(?:help(?:\s+you)?|assist(?:\s+you)?)\s+with"
                      r"\s+(?P<scope>[^,;:]+)(?:\s*,\s*(?:sorry|love|mate|friend|dear|my\s+friend))?$", re.IGNORECASE)
#: "I don't have X": ``topic`` is X ("I don't have information on X" is :mod:`llmops_kit.decline_claims`' own).
_NO_HAVE_RE = re.compile(r"^(?:so\s+|and\s+)?i\s+(?:don't|do\s+not)\s+have\s+(?:any\s+)?"
                         r"(?!(?:information|details|info)\b)(?P<topic>[^,;:]+)$", re.IGNORECASE)
#: Words of a limit that name the bot's work, not the business ("visiting", "questions about").
_SCOPE_FILLER = frozenset({"visit", "question", "questions", "thing", "things", "here"})
#: The most words of the limit the system prompt may lack.
UNHELD_MAX = 1


def _plain(piece: str) -> str | None:
    """The piece with quotes and edge marks normalised, or None when the reading is off, no cue is in it or it
    holds a figure or a code."""
    if not READ_SCOPE_DECLINES:
        return None
    text = normalise_quotes(piece).strip(" \"'*-.!")
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES) or numbers_in(text) or identifiers_in(text):
        return None
    return text


def _prompt_stems(evidence: Evidence) -> frozenset[str]:
    """The content words of the system prompt (what the business is), empty when there is none."""
    prompt = next((s.text for s in evidence.sources if s.label == INSTRUCTIONS_LABEL), "")
    return content_stems(prompt) if prompt else frozenset()


def scope_decline(piece: str, evidence: Evidence) -> bool:
    """Is the piece a decline naming what the bot is for, stating nothing (see the module docstring)?"""
    text = _plain(piece)
    if text is None:
        return False
    if _OUTSIDE_RE.match(text):
        return True
    limited = _ONLY_RE.match(text)
    if limited is None:
        return False
    scope = content_stems(limited.group("scope")) - _SCOPE_FILLER
    # the business as its prompt or its own texts name it, not as the customer's question does
    unheld = (scope - _prompt_stems(evidence)) & evidence.novel(scope, len(scope) + 1)
    return bool(scope) and len(unheld) <= UNHELD_MAX and len(unheld) < len(scope)


def denies_having(piece: str, evidence: Evidence) -> bool:
    """Is the piece "I don't have X", X sharing a word with the customer's question and no text the model was given
    holding X's question words (see the module docstring)?"""
    text = _plain(piece)
    if text is None:
        return False
    found = _NO_HAVE_RE.match(text)
    if found is None:
        return False
    asked = content_stems(found.group("topic")) & evidence.user_stems
    if not asked:
        return False
    return not any(asked <= content_stems(sentence)
                   for source in evidence.sources if not source.user for sentence in sentences_of(source.text))

"""An interjection opening a sentence: a sound of surprise or dismay that states nothing.

"Oops, I can't reach the ticket system right now, so I can't see SM-88214", "Ooh, sorry to hear that", "Oh no - I
can't reach our bookings diary right now": the claim reader (:mod:`llmops_kit.text.claims`) reads a fallback, a
decline or sympathy after "Sorry," as conversation, and the same sentence after "Oops," is the same conversation.
:func:`without_interjection` gives the sentence without its opening interjection, for the conversation tests only:
a fact after it ("Oops, the ticket is for Sunday") is still a claim, judged as written.
"""

from __future__ import annotations

import re

__all__ = ["READ_INTERJECTIONS", "without_interjection"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible: it changes which sentences
#: are claims.
READ_INTERJECTIONS = True

#: The first letters of the interjections :data:`_INTERJECTION_RE` reads (a cheap test before the pattern).
_INTERJECTION_STARTS = frozenset("OoAaUuHhWwEeYyDdGg")
#: An interjection opening a sentence, closed by a mark: "Oops,", "Ooh,", "Oh no -", "Oh dear!", "Ah,", "Hmm,",
#: "Uh-oh,", "Argh,", "Whoops,", "Yikes,", "Drat,", "Gosh,". A sound of surprise or dismay that states nothing; what
#: follows it is read as the sentence would be without it. The mark is required: "Ah Young's shop", "Oh Street".
_INTERJECTION_RE = re.compile(
    r"^(?:(?:oh|ah|aw|ooh|oo+ps|whoops|whoopsie|oopsie|hmm+|hm|uh[- ]oh|uh|um+|er+m?|argh+|ugh|eek|yikes|drat|darn"
    r"|gosh|blimey|oh no|oh dear|oh boy|oh my|ah well|oh well|aww+)\s*[,!.\-–—]+\s*){1,2}(?=\w)",
    re.IGNORECASE,
)


def without_interjection(text: str) -> str:
    """``text`` without an opening interjection and its mark ("Oops, I can't reach the ticket system right now" ->
    "I can't reach the ticket system right now"); ``text`` itself (the same object) when it opens with none. The
    conversation tests read what follows, so "Oops," opens a fallback as "Sorry," does; a fact after it ("Oops, the
    ticket is for Sunday") is still a claim, judged as written."""
    if not READ_INTERJECTIONS or text[:1] not in _INTERJECTION_STARTS:
        return text
    match = _INTERJECTION_RE.match(text)
    return text[match.end():] if match else text

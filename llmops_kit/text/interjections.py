"""An interjection opening a sentence: a sound of surprise or dismay that states nothing.

"Oops, I can't reach the ticket system right now, so I can't see SM-88214", "Ooh, sorry to hear that", "Oh no - I
can't reach our bookings diary right now": the claim reader (:mod:`llmops_kit.text.claims`) reads a fallback, a
decline or sympathy after "Sorry," as conversation, and the same sentence after "Oops," is the same conversation.
:func:`without_interjection` gives the sentence without its opening interjection, for the conversation tests only:
a fact after it ("Oops, the ticket is for Sunday") is still a claim, judged as written.
"""

from __future__ import annotations

import re

__all__ = ["READ_FOREIGN_APOLOGIES", "READ_INTERJECTIONS", "english_apology", "without_interjection"]

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


#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible: it changes which sentences
#: are claims.
READ_FOREIGN_APOLOGIES = True
#: An apology or an "unfortunately" in another language opening a sentence, closed by a mark: "Désolé,", "Pole
#: sana,", "Lo siento,", "Es tut mir leid,", "Mi dispiace,", "Maaf,", "Helaas,", "Tyvärr,", "Maalesef,". A
#: bilingual answer opens its English fallback that way ("Désolé, I can't reach our registration system right now").
_FOREIGN_APOLOGY_RE = re.compile(
    r"^(?:(?:vraiment |tellement )?désolée?s?|navrée?s?|malheureusement|pole sana|pole|samahani|lo siento|perdón"
    r"|disculpe|disculpa|lamentablemente|desculpe|desculpa|infelizmente|entschuldigung|es tut mir leid|leider"
    r"|mi dispiace|purtroppo|scusi|helaas|beklager|desværre|dessverre|tyvärr|förlåt|anteeksi"
    r"|valitettavasti|przepraszam|niestety|maaf|mohon maaf|üzgünüm|maalesef|jammer)\s*[,!.\-–—]+\s*(?=\w)",
    re.IGNORECASE,
)
#: The first letters of those apologies (a cheap test before the pattern).
_APOLOGY_STARTS = frozenset("DdNnMmPpSsLlEeIiHhBbTtFfAaVvÜüJj")


def english_apology(text: str) -> str:
    """``text`` with an opening apology in another language written as "Sorry," ("Désolé, I couldn't find that in
    our school notes" -> "Sorry, I couldn't find that in our school notes"); ``text`` itself (the same object) when it
    opens with none. For the conversation tests only, as :func:`without_interjection`: the fallback or decline that
    follows is conversation after "Désolé," as after "Sorry,"; a fact after it is still a claim, judged as written."""
    if not READ_FOREIGN_APOLOGIES or text[:1] not in _APOLOGY_STARTS:
        return text
    match = _FOREIGN_APOLOGY_RE.match(text)
    return "Sorry, " + text[match.end():] if match else text

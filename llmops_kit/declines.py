"""What a declining answer says about the retrieval: the articles lack the answer, or the bot may not give one.

"They describe our workmanship warranty, but nothing about your own home insurance", "I'm afraid that isn't
something our help articles cover": such a sentence is the bot explaining a refusal by describing the articles
it was given. When the claim reader (:mod:`llmops_kit.text.claims`) keeps it as a claim, the retrieval reading
(:mod:`llmops_kit.retrieval_fit`) must still count it as the decline it is, not as an answer drawn from the
articles: it names the question's topic only to say the articles miss it.

A sentence counts when it speaks of the articles (by name, or as "they" / "it" / "that") and denies that they
hold something ("nothing about", "not", "isn't ... cover"), or puts the question beyond them, with or without a
subject ("Not something our repair notes cover", "That's outside our catalogue notes"; the texts must close the
sentence, so "That's outside our delivery area" is no decline), and states no figure beyond a contact to turn to.
How the groundedness code scores the same sentence is not changed here.

A refusal on the bot's remit is the other kind: "I can't advise on doses", "I can't share information about other
customers" (:func:`refuses_on_remit`). The bot would refuse whatever the articles held, so the refusal says nothing
about whether retrieval found them: no article is expected to answer a request the bot may not serve. The thing
refused must be named: "I can't advise on that" may as well mean the articles had nothing, and stays a decline.

A refusal to act from the chat is a third kind: "I can't book from this chat", "I can't send receipts from here",
"I can't see payment records here" (:func:`refuses_to_act`). The bot names the channel as what it lacks, not the
articles: it cannot book, pay, send or open a record in chat whatever they hold. Only a verb of acting or of
opening a record counts ("I can't find that here" is the articles lacking it), and the thing acted on must not be
a pronoun or "anything" ("I can't see anything about that here" says nothing was found).
"""

from __future__ import annotations

import re

from .text.tokens import identifiers_in, normalise_quotes, numbers_in

__all__ = ["describes_missing", "refuses_on_remit", "refuses_to_act"]

#: What the bot calls the texts it was given.
_SOURCES = (r"(?:articles?|pages?|passages?|documents?|sources?|information|guides?|faqs?|help[- ]cent(?:re|er)"
            r"|knowledge[- ]base)")
#: The same, and "notes", read only after "not something" / "outside" / "beyond" (:data:`_BEYOND`): "the delivery
#: notes don't show a signature" states a fact of the business, "Not something our repair notes cover" does not.
_BEYOND_SOURCES = _SOURCES[:-1] + "|notes)"
#: The articles said to cover, describe or mention something, with a denial in the same sentence: "They describe
#: X, but nothing about Y", "Our articles cover A and B, not C", "the pages don't mention it".
_DESCRIBED = re.compile(
    r"^(?:(?:but|and|so|sadly|unfortunately|i'm afraid),?\s+)?"
    # "they" may be anything ("They cover accidental damage, not theft": plans), so only a verb said of texts
    r"(?:(?:they|these|those)\s+(?:only\s+|just\s+)?(?:describe|mention|talk\s+about|say\s+nothing"
    r"|mention\s+nothing|don't\s+mention|do\s+not\s+mention)"
    rf"|(?:the|our|my|these|those)\s+(?:[\w-]+\s+){{0,2}}{_SOURCES}\s+"
    r"(?:only\s+|just\s+)?(?:describe|cover|mention|explain|talk\s+about|are\s+about|deal\s+with|say"
    r"|don't|do\s+not|say\s+nothing|mention\s+nothing))\b"
    r"(?=.*\b(?:not|nothing|no|none|neither|n't)\b)",
    re.IGNORECASE,
)
#: The question said to lie outside the articles: "that isn't something our help articles cover", "this is not
#: covered by the pages I have".
_OUTSIDE = re.compile(
    r"^(?:(?:i'm afraid|i am afraid|sorry|unfortunately)\s*[,!.\-–—]?\s*)?(?:that|it|this)(?:\s+question)?"
    r"\s+(?:isn't|is\s+not|wasn't|was\s+not|'s\s+not)\s+(?:something|anything|a\s+topic|covered|mentioned)\b"
    rf".*\b{_SOURCES}\b",
    re.IGNORECASE,
)
#: The question said to lie beyond the articles, with or without a subject: "Not something our repair notes cover",
#: "That's outside our catalogue notes", "It's beyond the help articles, sorry". The articles must close the
#: sentence (or the verb of covering after them): "That's outside our delivery area" names no texts.
_BEYOND = re.compile(
    r"^(?:(?:i'm afraid|i am afraid|sorry|unfortunately)\s*[,!.\-–—]?\s*)?"
    r"(?:(?:that|it|this)(?:\s+question)?(?:'s|\s+is)\s+)?(?:not\s+something|outside|beyond)\s+"
    rf"(?:our|the|my)\s+(?:[\w-]+\s+){{0,2}}{_BEYOND_SOURCES}"
    r"(?:\s+(?:cover|mention|say|include|deal\s+with)s?)?(?:\s*[,!.\-–—]?\s*(?:sorry|i'm afraid))?[\s.!]*$",
    re.IGNORECASE,
)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ()\-]{6,}\d")


def describes_missing(claim: str) -> bool:
    """Is the claim the bot saying what its articles do not hold (see the module docstring)?"""
    text = normalise_quotes(claim).strip(" \"'*-")
    if not (_DESCRIBED.match(text) or _OUTSIDE.match(text) or _BEYOND.match(text)):
        return False
    rest = _CONTACT.sub(" ", text)
    return not (numbers_in(rest) or identifiers_in(rest))


#: How a refusal of the bot opens: at a sentence or clause start, an optional apology, "I" or "we", and a "cannot" in
#: one of its forms (what may follow differs: see _REMIT and _ACTS).
_CANNOT_OPENING = (
    r"(?:^|[.!?;:]\s+|,\s+)(?:(?:i'm |i am )?sorry|unfortunately|i'm afraid)?[,\s]*"
    r"(?:i|we)(?:\s+|(?='))(?:can't|cannot|can\s+not|am\s+not\s+able\s+to|am\s+unable\s+to|are\s+not\s+able\s+to"
    r"|are\s+unable\s+to|"
)


#: "I can't advise on doses", "I'm unable to share other customers' details", "we cannot give medical advice":
#: the bot declining a kind of request, followed by what it declines (a pronoun does not name it).
_REMIT = re.compile(
    _CANNOT_OPENING + r"won't|am\s+not\s+allowed\s+to|'m\s+not\s+allowed\s+to|'m\s+not\s+able\s+to)\s+"
    # advice of a named kind ("medical advice"), or a verb of the remit with what it refuses after it
    r"(?:(?:give|offer|provide)\s+(?!(?:any|you|that|this)\b)\w+\s+advice\b"
    r"|(?:advise|share|disclose|comment|diagnose|prescribe|reveal|give\s+out|pass\s+on)\b"
    # the little words after the verb, taken whole (an atomic group written for Python 3.10, which lacks ``*+``)
    r"(?=(?P<lead>(?:\s+(?:on|about|with\s+you|any|out)\b)*))(?P=lead)\s+(?!(?:that|this|it|those|these|them)\b)\w)",
    re.IGNORECASE,
)


def refuses_on_remit(answer: str) -> bool:
    """Does the answer refuse a kind of request the bot may not serve (see the module docstring)?"""
    return bool(_REMIT.search(normalise_quotes(answer)))


#: "I can't book from this chat", "we can't take payments in chat", "I'm unable to send texts from here", "I can't
#: see payment records here": a verb of acting or of opening a record, what it acts on (no pronoun, no "anything"),
#: then the chat named as the channel, within the clause.
_ACTS = re.compile(
    _CANNOT_OPENING + r"'m\s+not\s+able\s+to|'m\s+unable\s+to|don't|do\s+not)\s+"
    r"(?:book|take|make|send|pass\s+on|pass|place|set\s+up|arrange|cancel|change|move|process|accept|schedule"
    r"|reschedule|update|amend|call|ring|phone|text|e-?mail|refund|charge|reserve|order|transfer|issue|add|remove"
    r"|redirect|submit|edit|see|access|view|look\s+up|open|pull\s+up|match)\b"
    r"(?!\s+(?:that|this|it|those|these|them|anything|any|much|what|whether|if|how|where)\b)"
    r"[^.!?;:]{0,60}?\b(?:(?:in|from|over|through|via|by|on|using)\s+(?:this\s+|the\s+|a\s+|our\s+|live\s+)?chat"
    r"|here)\b",
    re.IGNORECASE,
)


def refuses_to_act(answer: str) -> bool:
    """Does the answer say the bot cannot act, or open a record, from the chat (see the module docstring)?"""
    return bool(_ACTS.search(normalise_quotes(answer)))

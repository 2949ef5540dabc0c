"""An answer read as claims: what it asserts, with conversation, citations and stock phrases cut out.

:func:`read_answer` splits an answer into sentences and list items (markdown understood, see
:mod:`llmops_kit.text.split`), cuts citations (the contract's pattern and the common ``[1]``,
``[doc-2]`` styles alike) and the contract's stock phrases out of each, and drops conversation: offers,
pleasantries, questions, the bot reporting its own failed action or describing its own sources, and
fragments with too few content words and no number, name or identifier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from ..textcache import text_cache
from .dash_clauses import dash_clauses
from .decline_clauses import cut_decline_clause
from .foreign_greetings import is_foreign_greeting
from .interjections import english_apology, without_interjection
from .list_lead_in import list_lead_ins
from .numbers import times_in
from .pleasantries import is_pleasantry, without_help_tail
from .source_nouns import declines_by_source
from .split import GENERIC_CITATION, sentences_of
from .tokens import content_stems, identifiers_in, names_in, normalise_quotes, numbers_in, words_in

__all__ = ["READ_HANDS_ON_HELP", "STATEMENT_LEADS", "AnswerReading", "claim_text", "phrases_in", "read_answer"]

#: Offers, pleasantries and the bot reporting its own failed action ("I couldn't load your order")
#: assert nothing about the domain, so they are not claims.
_CONVERSATION_RE = re.compile(
    r"^(?:(?:sorry|apologies|we apologi[sz]e|i apologi[sz]e) (?:about|for)\b"
    r"|(?:(?:sorry|unfortunately|apologies)\s*[,!.\-–—]?\s+)?"
    r"(?:(?:i can|i could|i'll|i will|i'd be glad to|let me|we can|we'd be glad to)\s+"
    r"(?:connect|transfer|escalate|help|put you|pass|forward|hand)"
    r"|i (?:couldn't|could not|can't|cannot|was unable to|wasn't able to|am unable to)\s+"
    r"(?:reach|load|fetch|get|check|process|access|connect|find|look|retrieve|complete|confirm)"
    r"|i'm sorry|i am sorry|please try again|try again (?:later|in a)"
    # the bot reporting on its own attempt, whatever the verb ("I couldn't open booking X right now")
    r"|(?:i|i'm|i am) (?:couldn't|could not|can't|cannot|wasn't able to|was unable to|am unable to|unable to"
    r"|not able to)\s+\w+"
    # a system of ours not answering ("Sorry, the reservation system isn't answering right now")
    r"|(?:the|our) (?:\w+ ){0,3}(?:system|service|server|database|tool|lookup)s? (?:is|are|isn't|aren't|was|seems)"
    r"(?: not)? (?:responding|answering|available|unavailable|reachable|down|working)"

    r"|(?:i|we) (?:can|could|will) (?:pass|put|transfer|connect|hand)"
    r"|(?:i|we) (?:can't|cannot|couldn't|could not|am unable to|are unable to) (?:check|see|look|access|confirm|reach)"
    r"|thanks|thank you|hope this helps|is there anything|would you like|feel free|let me know|happy to help"
    r"|glad to help|great question|good question|here(?:'s| is| are) (?:what|how|a summary|the details|an overview)"
    r"|if you (?:need|have|want) (?:any )?(?:other|more|further|anything)))\b",
    re.IGNORECASE,
)


#: An apology opening a statement ("I'm sorry, but controlled medicines can't be refilled early"): the
#: statement after it is a claim like any other, the apology is conversation.
_APOLOGY_RE = re.compile(r"^(?:i'm sorry|i am sorry|sorry|unfortunately|apologies),? but (?=\w)", re.IGNORECASE)


#: What "please" opens when it introduces a statement, not a request ("Please note the shop shuts at 5"): shared
#: with the reading of requests the evidence contradicts (:mod:`llmops_kit.asked_requests`).
STATEMENT_LEADS = ("note", "be aware", "remember", "keep in mind", "bear in mind")
#: A request to the customer ("Please don't paste card numbers in the chat"). Only a sentence without numbers
#: or identifiers is read this way ("Please call 108; an ambulance arrives within 8 minutes" stays a claim),
#: and "please note ..." introduces a claim.
_REQUEST_RE = re.compile(r"^please (?!" + "|".join(STATEMENT_LEADS) + r")\w+", re.IGNORECASE)
#: A list item's label ("Deadline: 14 days", "Fee: 15%", "Mid-January: 15 January"): layout naming the fact
#: that follows, not part of it.
_LABEL_RE = re.compile(r"^[A-Z][A-Za-z]*(?:-[A-Za-z]+)?(?: [A-Za-z]+(?:-[A-Za-z]+)?){0,2}:\s+(?=\S)")
#: Hedges about the bot's own knowledge or remit ("I don't want to guess", "I can't give medical advice"):
#: they state nothing about the domain.
_HEDGE_RE = re.compile(
    r"^(?:and |but |so )?(?:i (?:don't|do not) (?:want|wish|like) to guess"
    r"|i(?:'m| am) not (?:sure|certain)|i (?:don't|do not) know"
    r"|i (?:can't|cannot|can not|am not able to|am unable to|won't) (?:give|provide|offer) (?:\w+ )?advice)\b",
    re.IGNORECASE,
)
#: An offer to hand the customer to a person ("A colleague can look it up for you if you'd like", "A
#: librarian at any branch desk can check for you"): an offer, not a statement of fact. Only a sentence
#: without numbers or identifiers is read this way, so "our team will call you within 2 days" stays a claim.
_HANDOFF_PEOPLE = frozenset((
    "colleague", "colleagues", "librarian", "adviser", "advisor", "agent", "specialist", "representative", "someone",
    "somebody", "human", "staff", "team", "desk", "nurse", "receptionist", "person", "centre", "center",
    "office", "helpline",
))
_HANDOFF_RE = re.compile(
    r"\b(?:colleague|colleagues|librarian|adviser|advisor|agent|specialist|representative|someone|somebody"
    r"|human|staff|team|desk|nurse|receptionist|person|centre|center|office|helpline)\b[^.;]*"
    r"\b(?:can|could|will|would|is happy to|are happy to)"
    r"\b[^.;]*\b(?:look|check|help|assist|sort|review|advise|go through|find out)\b",
    re.IGNORECASE,
)
#: Read a person's care or hands-on help as a statement, not a hand-over (the ``reversed49`` round): "staff will look
#: after your phone at the desk", "a staff member will help you down the stairs" say what the place does, which the
#: articles can deny ("Staff cannot look after valuables"); "a colleague will look into it" or "staff can help you"
#: stay hand-overs. Off while the claim decision is fitted.
READ_HANDS_ON_HELP = True
#: The verbs of care or hands-on help after a hand-over's person and modal: "look after", "help <someone> down / up
#: / in / out / on / off / across / into / onto".
_HANDS_ON_RE = re.compile(r"\b(?:look(?:s|ing)?\s+after|help(?:s|ing)?\s+(?:\w+\s+)?(?:down|up|in|out|on|off|across"
                          r"|into|onto)\b)", re.IGNORECASE)


#: The bot describing its own sources ("The pages I have cover X, not Y", "Our articles cover A and B; they
#: don't mention C", "The passages I have are about ..."): a statement about what it was given, which is how
#: a refusal explains itself, not a statement about the domain.
_SOURCES_RE = re.compile(
    r"^(?:but |and |so )?(?:the|our|my|these|those) (?:\w+[- ])?"
    r"(?:articles?|pages?|passages?|documents?|sources?|help[- ]centre|help[- ]center|results?|information)"
    r"(?: (?:i|we) (?:have|was given|were given|can see|found|got))?"
    r"(?: (?:here|available|provided))?"
    r" (?:only |just )?(?:cover|covers|are about|is about|talk about|deal with|don't|do not|doesn't|does not"
    r"|say nothing|mention nothing|never mention)\b",
    re.IGNORECASE,
)
#: The bot saying a question is outside what it was given ("I'm afraid - it isn't in our visitor information",
#: "that isn't covered in our help articles"): a refusal explaining itself, like :data:`_SOURCES_RE`.
_NOT_COVERED_RE = re.compile(
    r"^(?:(?:i'm afraid|i am afraid|sorry|unfortunately)\s*[,!.\-–—]?\s*)?(?:that|it|this)(?: question)?"
    r" (?:isn't|is not|wasn't|was not|'s not)(?: (?:covered|mentioned|included|something))? (?:in|by) (?:our|my|the)"
    r" (?:[\w-]+ ){0,2}(?:information|articles?|pages?|help[- ]cent(?:re|er)|documents?|sources?|faqs?|guides?)$"
    # "that isn't something our help articles cover", "that isn't something I can answer from here, sorry"
    r"|^(?:(?:i'm afraid|i am afraid|sorry|unfortunately)\s*[,!.\-–—]?\s*)?(?:that|it|this)(?: question)?"
    r"(?: isn't| is not|'s not) something (?:(?:our|my|the) (?:[\w-]+ ){0,2}(?:information|articles?|pages?"
    r"|help[- ]cent(?:re|er)|documents?|sources?|faqs?|guides?) (?:cover|covers|mention|mentions|say|says)"
    r"|(?:i|we) can (?:answer|help with|confirm|say)(?: from here| here| in this chat)?)(?:\s*[,!.\-–—]?\s*sorry)?$",
    re.IGNORECASE,
)
#: A first-person decline written without its "I": "Couldn't find that in our help notes, sorry" ("I couldn't find
#: ..."), "Can't send receipts from here" ("I can't ... from here"), "Aircon isn't something I can help with" ("I
#: can't help with aircon"). A past "couldn't" / "wasn't able to" is the bot's own attempt whatever the verb (not "be":
#: "Couldn't be easier"); a present "can't" only with a verb of the bot's own work (find, see, check, look up, say,
#: advise ...) or a channel ("from here", "in this chat"): "Can't be refunded", "Can't park on the pier" and "Can't
#: bring dogs inside" are rules of the business and stay claims. A topic said to be no thing "I" can help with names
#: the bot ("we" would name the business: "Aircon isn't something we can help with" stays a claim).
_OWN_DECLINE_RE = re.compile(
    r"^(?:(?:sorry|unfortunately|apologies)\s*[,!.\-–—]?\s+)?(?:"
    r"(?:couldn't|could not|wasn't able to|was unable to)\s+(?!be\b)\w+"
    r"|(?:can't|cannot|won't be able to)\s+(?:(?:find|see|check|look|access|load|open|pull|fetch|confirm|say|tell"
    r"|advise|answer|help)\b|(?!be\b)\w+(?:\s+[\w'-]+){0,4}?\s+(?:from here|in this chat|over (?:the )?chat"
    r"|through (?:this|the) chat)\b)"
    # a system the bot cannot reach for the moment, alone or before the bot's own "so I can't ...": "Can't reach
    # bookings right now, so I can't see WSH-88214" ("Can't reach the car park after 10 PM" is a rule of the place,
    # with no moment; "..., so your wash is cancelled" states something)
    r"|(?:can't|cannot)\s+(?:reach|get through to|connect to)\s+(?:[\w'-]+\s+){0,3}?(?:right now|at the moment"
    r"|just now|at present)(?:$|,?\s+so\s+i\s+(?:can't|cannot|can not)\s)"
    r"|(?:[\w'-]+\s+){1,4}?(?:isn't|is not|aren't|are not)\s+(?:something|anything)\s+i\s+(?:can|could|am able to)"
    r"\s+(?:help(?: you)? with|answer|advise on|comment on|confirm|say)(?:\s+(?:here|from here|in this chat))?$)",
    re.IGNORECASE,
)
#: A first-person decline closing a subjectless one, on the customer's record: ", so I can't see WSH-88214".
_RECORD_CLOSE_RE = re.compile(
    r",?\s+so\s+i\s+(?:can't|cannot|can not|couldn't|could not)\s+(?:see|check|find|look up|open|access|pull up"
    r"|confirm)\s+(?P<record>(?:[\w'-]+\s+){0,2}?[\w-]*\d[\w-]*)$",
    re.IGNORECASE,
)


def _states_figure(text: str) -> bool:
    """Does a decline written without its "I" state a figure or code, beyond the record code a closing "so I can't
    see <code>" names ("Can't reach bookings right now, so I can't see WSH-88214": "I can't see WSH-88214" alone is
    the bot's own failed lookup)?"""
    close = _RECORD_CLOSE_RE.search(text) if "so " in text.lower() else None
    if close is not None and identifiers_in(close.group("record")):
        text = text[:close.start()]
    return bool(numbers_in(text) or identifiers_in(text))


#: A remark on how something feels ("Sorry, that sounds miserable", "Oh, it's a lovely show"): sympathy or
#: enthusiasm that states nothing a source could hold. The whole sentence must be the remark: pronoun,
#: "sounds" / "is", and an adjective of feeling, with at most one word after it.
_REMARK_RE = re.compile(
    r"^(?:(?:oh|ah|aw|wow|sorry|i'm sorry|i am sorry)\s*[,!.\-–—]?\s*)?(?:that|it|this)"
    r"(?:'s| is| sounds| must be| must have been| sounds like)(?: (?:a|an|so|really|very|such a|truly|quite))*"
    r" (?:lovely|great|wonderful|fantastic|miserable|frustrating|annoying|stressful|awful|horrible|terrible"
    r"|difficult|tough|beautiful|exciting|amazing|brilliant|nice|worrying|upsetting|disappointing|unpleasant)"
    r"(?: [a-z]+)?$",
    re.IGNORECASE,
)
#: Sympathy or praise addressed to the customer, whole sentence: "Oh no, sorry to hear that", "Sorry your trip fell
#: through", "Oh no, sorry the new date doesn't work for you", "Lovely choice for a family". No fact of the business
#: is stated: the sympathy names only the customer's own plan going wrong, the praise only their choice. A fact in
#: a friendly frame ("Sorry, your booking can't be refunded", "Great choice: the cabin sleeps four") is no match.
_SYMPATHY_RE = re.compile(
    r"^(?:(?:oh no|oh dear|oh|ah|aw)\s*[,!.\-–—]?\s*)?(?:(?:i'm|i am|we're|we are)\s+)?(?:so |really |very )?sorry"
    r"(?: to hear (?:that|this|it|about (?:that|this|it))"
    r"| (?:that |to hear (?:that )?)?(?:your|you|the new|this) (?:[\w'-]+ ){0,5}?(?:fell through|has fallen through"
    r"|didn't work out|hasn't worked out|doesn't work(?: out)?(?: for you)?|don't work(?: for you)?"
    r"|won't work(?: for you)?|can't make it(?: any more| anymore)?))$"
    r"|^(?:what an? )?(?:lovely|great|good|excellent|nice|fantastic|brilliant|perfect|wonderful)"
    r" (?:choice|pick|idea|plan)(?: for (?:a |an |the |your )?[\w'-]+(?: [\w'-]+)?)?$",
    re.IGNORECASE,
)
#: Contact details a refusal may hand the customer to (a phone number, an e-mail): not the domain facts that
#: would keep a sentence describing the bot's sources a claim.
_CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ()\-]{6,}\d")


#: What may come before a refusal phrase at the start of a sentence: an apology or "I'm afraid".
_OPENING_RE = re.compile(r"^(?:(?:i'm |i am )?sorry|i'm afraid|i am afraid|unfortunately|apologies)\s*[,!.\-–—]?\s*")
#: A turn from the refusal to a statement of its own ("..., but the pool opens at 7 am").
_TURN_RE = re.compile(r"^(?:but|however|though|although|still|that said|even so)\b", re.IGNORECASE)


def _explains_refusal(sentence: str, rest: str, refusals: tuple[str, ...]) -> bool:
    """Is what is left of a sentence that opens with a refusal phrase the refusal explaining itself ("I could
    not find this in our help articles; they only cover X", "I don't know: the knowledge base doesn't mention
    Y")? It is, however it is worded, unless it turns to a statement of its own ("but ...") or states a figure
    or a code beyond a contact to turn to: the refusal says the answer is missing, and what follows says why."""
    lowered = _OPENING_RE.sub("", normalise_quotes(sentence).lower().lstrip(" \"'*-"), count=1)
    if not any(lowered.startswith(key) for key in _phrase_keys(refusals)) or _TURN_RE.match(rest):
        return False
    plain = _CONTACT_RE.sub(" ", rest)
    return not (numbers_in(plain) or identifiers_in(plain))


def _about_sources(text: str) -> bool:
    """Is the sentence the bot describing its own sources, with no fact beyond a contact to turn to?"""
    if not _SOURCES_RE.match(text):
        return False
    rest = _CONTACT_RE.sub(" ", text)
    return not (numbers_in(rest) or identifiers_in(rest))


@lru_cache(maxsize=32)
def _cut_pattern(citation_pattern: str, phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for citations (the contract's and the generic ones) and the contract's stock phrases."""
    escaped = [re.escape(normalise_quotes(p).rstrip(".!")) for p in phrases]
    return re.compile("|".join([f"(?:{citation_pattern})", f"(?:{GENERIC_CITATION})", *escaped]), re.IGNORECASE)


@lru_cache(maxsize=32)
def _citations(citation_pattern: str) -> re.Pattern[str]:
    return re.compile(f"(?:{citation_pattern})|(?:{GENERIC_CITATION})", re.IGNORECASE)


@lru_cache(maxsize=32)
def _phrase_keys(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Phrases as they are looked for: quotes straightened, lower case, closing punctuation off."""
    return tuple(normalise_quotes(p).lower().rstrip(".!") for p in phrases)


def phrases_in(text: str, phrases: Sequence[str]) -> list[str]:
    """The phrases that occur in ``text``, ignoring case and curly quotes."""
    lowered = normalise_quotes(text).lower()
    return [p for p, key in zip(phrases, _phrase_keys(tuple(phrases)), strict=True) if key in lowered]


class AnswerReading(NamedTuple):
    """What an answer says, independent of its context: the same answer text always reads the same."""

    claims: tuple[tuple[str, str, bool], ...]  # (sentence, its factual part, whether it carries a citation)
    refusal: bool
    banned: tuple[str, ...]  # the contract's banned phrases it contains
    cited: tuple[str, ...]  # document ids it cites (the contract's pattern), lower case


@text_cache(maxsize=4096)
def read_answer(
    answer: str, citation_pattern: str, banned: tuple[str, ...], refusals: tuple[str, ...], min_claim_words: int,
    sources: tuple[str, ...] = (),
) -> AnswerReading:
    """Split an answer into claims and find its stock phrases and citations (cached: answers recur).
    ``sources``: the trace's own nouns for its texts (:mod:`llmops_kit.text.source_nouns`); a decline naming them
    is no claim. The reading depends on the answer and these nouns only."""
    phrases = (*banned, *refusals)
    # a name of two words ("price list", read before a noun for a part of a text) only where the denied topic is
    # checked against the texts (:mod:`llmops_kit.decline_claims`), not in the reader's own decline shapes
    sources = tuple(n for n in sources if " " not in n)
    claims = []
    lead_ins = list_lead_ins(answer, min_claim_words)  # a list's own lead-in ("Two things:") is no claim
    for whole in sentences_of(answer):
        if whole in lead_ins:
            continue
        claim = claim_text(whole, citation_pattern, phrases, min_claim_words, refusals, sources)
        if claim is None:
            continue  # conversation as a whole ("I can't take card numbers here - ..."): so are its parts
        pieces = dash_clauses(whole)  # "X wasn't accepted - Y can't be returned": two claims
        if len(pieces) == 1:
            claims.append((whole, claim, _citations(citation_pattern).search(whole) is not None))
            continue
        for sentence in pieces:
            claim = claim_text(sentence, citation_pattern, phrases, min_claim_words, refusals, sources)
            if claim is not None:
                claims.append((sentence, claim, _citations(citation_pattern).search(sentence) is not None))
    cited = tuple(m.strip("[]() ").lower() for m in re.findall(citation_pattern, answer))
    return AnswerReading(tuple(claims), bool(phrases_in(answer, refusals)), tuple(phrases_in(answer, banned)), cited)


def claim_text(sentence: str, citation_pattern: str, phrases: tuple[str, ...], min_claim_words: int,
               refusals: tuple[str, ...] | None = None, sources: tuple[str, ...] = ()) -> str | None:
    """The factual part of a sentence, or None for conversation (greetings, questions, refusals).
    ``refusals``: the refusal phrases among ``phrases`` (default: all of them); the rest of a sentence that
    opens with one explains it (:func:`_explains_refusal`). ``sources``: the trace's own nouns for its texts."""
    stock = phrases_in(sentence, phrases) if phrases else []
    if stock or not sentence.isascii():
        text = _cut_pattern(citation_pattern, phrases).sub(" ", sentence)
    else:
        text = _citations(citation_pattern).sub(" ", sentence)
    text = _APOLOGY_RE.sub("", " ".join(text.split()).strip(" ,;:-!."), count=1)
    if stock and _explains_refusal(sentence, text, phrases if refusals is None else refusals):
        return None
    if not text or text.endswith("?") or _conversation(text, sources):
        return None
    spoken = without_interjection(text)  # "Oops, I can't reach the ticket system right now": read as without it
    spoken = english_apology(spoken)  # "Désolé, I couldn't find that in our school notes": read as "Sorry, ..."
    if spoken is not text and _conversation(spoken, sources):
        return None
    text = cut_decline_clause(text, sources)  # a closing decline of a detail: only the fact part is judged
    text = without_help_tail(text)  # "..., if that helps match it": courtesy
    if ":" in text:
        text = _LABEL_RE.sub("", text, count=1) or text
    if ((_REQUEST_RE.match(text) or (not _HANDOFF_PEOPLE.isdisjoint(words_in(text)) and _hands_over(text)))
            and not (numbers_in(text) or identifiers_in(text))):
        return None
    if len(content_stems(text)) < min_claim_words and not (numbers_in(text) or identifiers_in(text)
                                                             or names_in(text) or _time_fragment(text)):
        return None
    return text


def _hands_over(text: str) -> bool:
    """Does a sentence naming a person hand the customer over ("a colleague can look into it")? Care or hands-on
    help ("staff will look after your phone", "will help you down") is what the place does (:data:`READ_HANDS_ON_HELP`).
    """
    found = _HANDOFF_RE.search(text)
    if found is None or not READ_HANDS_ON_HELP:
        return found is not None
    hands_on = _HANDS_ON_RE.search(text, found.start())  # the hand-over's own verb, read on past its end
    return not (hands_on is not None and hands_on.start() < found.end() <= hands_on.end())


def _conversation(text: str, sources: tuple[str, ...]) -> bool:
    """Is the sentence (its citations, stock phrases and an opening "Sorry, but" cut) conversation as a whole: an
    offer, a hedge, the bot's own decline or failed lookup, talk about its sources, a remark or sympathy?"""
    return bool(_CONVERSATION_RE.match(text) or _HEDGE_RE.match(text)
                or (_OWN_DECLINE_RE.match(text) and not _states_figure(text))
                or _about_sources(text) or _NOT_COVERED_RE.match(text) or _REMARK_RE.match(text)
                or _SYMPATHY_RE.match(text) or declines_by_source(text, sources)
                or is_pleasantry(text) or is_foreign_greeting(text))


#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_TIME_FRAGMENTS = True

def _time_fragment(text: str) -> bool:
    """Is a short sentence a time of day given as an answer ("From 10.30 am.", "23:30.", "8am-2pm.")? It states
    the time the question asks for, so it is a claim to judge like "Visitors tee off from 10.30 am"."""
    return READ_TIME_FRAGMENTS and any(c.isdigit() for c in text) and bool(times_in(text))

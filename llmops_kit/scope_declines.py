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

With :data:`READ_REMIT_CLAUSES` (the decline51 round) :func:`remit_clause` reads the general FORM these are cases of,
which many authors write: a clause whose subject is the assistant ("I", "we", or none: "Couldn't find that ...") or
its texts ("our notes", "the notices", "the passages I found", "what I found", "our booking system") and whose
predicate says what it can help with, reach, see, find or knows, or what the texts cover, name or give: "I can only
help with the rink", "Tax numbers are outside what I can help with", "That's not something I can help with",
"bagels are beyond my notices", "I couldn't find that in our notices", "our notes don't cover that", "the notices
describe the lesson groups but don't name the coaches", "the articles I found are about X, not Y", "nothing on X",
"Our order system's not answering, so I can't see KB-30418", and the French "Je n'ai pas trouvé". Such a clause
states nothing about the world outside the conversation, so it is a decline that states nothing when every hard fact
it names (a figure, a code, a name, a contact) is held by the evidence or the question. An opening courtesy ("Ha,",
"Sorry,") is no part of it, and a courtesy or a referral to a contact beside it ("please check with the tax office",
"the front desk can tell you more", its number published) is read with it. The readings it generalises keep their
checks of what the texts hold, so it keeps them too: a topic said to be lacking that a text the model was given
holds ("I have nothing on shoe hire" beside a notice on shoe hire) is a false denial and keeps its claim judged
whole (:func:`denies_held_topic`); a topic said to be covered must be held by the texts or the system prompt but
one word; and a topic or a decline that states a proposition of its own ("our notes say the deposit is 50 €", "I
can't advise on that except that parking is free") is no such clause. Each other clause of the claim is judged as
before (:mod:`llmops_kit.joined_declines`): "We don't unlock phones" stays a statement of the business.

With :data:`READ_INFO_LACKS` (the decline56 round) "I don't have X" is such a clause though X is no word of the
customer's question when X is the kind of information the question asks for: a specific kind ("Sorry, I don't have
directions" to "Which subway exit is closest?", "tip locations" to "Where can I dump soil?"), information named by a
pronoun ("I do not have that information", which a text's word "information" does not hold), or generic information
on the question's subject with its hyphens read as spaces ("ski-lift information" to "Is the ski lift open?").
Generic information on a subject never asked ("information on parking permits") stays a claim, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .claim_meaning import PROMISE_RE
from .decline_claims import held_by_texts
from .evidence import INSTRUCTIONS_LABEL, Evidence
from .found_sources import prompt_nouns
from .handoff_clauses import HANDOFF_WORDS
from .text import content_stems, identifiers_in, numbers_in
from .text.split import sentences_of
from .text.tokens import normalise_quotes

__all__ = ["READ_FIGURED_REFERRALS", "READ_INFO_LACKS", "READ_REMIT_CLAUSES", "READ_SCOPE_DECLINES", "denies_having",
           "denies_held_topic", "remit_clause", "scope_decline"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes which claims reach the decision.
READ_SCOPE_DECLINES = True
#: The general form of a clause about the assistant's own remit and texts (:func:`remit_clause`), the decline51
#: round; off in the fit.
READ_REMIT_CLAUSES = True
#: A referral that states a figure beside its contact ("Call customer service within 30 days and it is corrected
#: to the normal fare") gives a rule of the business, not only whom to ask: judged, not a piece that states nothing
#: (the ``elsewhere55`` round; its figure was held by another article's "475,00 kr. for 30 days", so the hard-fact
#: check of :func:`remit_clause` passed it). Off in the fit; off, such a referral states nothing.
READ_FIGURED_REFERRALS = True
#: "I don't have X" where X is information the bot lacks ("transport information", "directions", "tip locations",
#: "information on royalty registration", "that information"): a lack of the bot's own knowledge, read as a remit
#: clause though X is no word of the customer's question, which names the thing ("Which bus goes to the station?"),
#: not the category of information (the ``decline56`` round). "We don't have X" and an unasked X of no word for
#: information ("I don't have a lift") stay as they were; off in the fit.
READ_INFO_LACKS = True

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


def scope_decline(piece: str, evidence: Evidence, referrals: bool = True) -> bool:
    """Is the piece a decline naming what the bot is for, stating nothing (see the module docstring)? With
    ``referrals`` a courtesy or a referral alone beside a remit clause counts too (:func:`remit_clause`)."""
    if remit_clause(piece, evidence, referrals):
        return True
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


#: A word one of the remit forms needs (the cheap pre-check before any pattern; lower case; a cue that holds a
#: shorter one, "can't" of "can", is left out: the substring test finds the shorter).
_REMIT_CUES = ("help", "unable", "not able",
               "found", "know", "outside", "beyond", "nothing", "something", "anything", "n'ai pas", "ne peux",
               "ne sais", "only", "came up", "system", "database", "tool", "note", "notice", "article", "page",
               "passage", "document", "source", "info", "guide", "faq", "handbook", "leaflet", "brochure",
               "booklet", "manual", "wiki", "record", "sheet", "card", "entr", "extract", "section", "result", "rate",
               "schedule", "terms", "bits", "text", "file", "details", "call", "ring", "phone", "contact", "mail",
               "write", "ask", "check", "speak", "talk", "touch", "tell", "advise", "confirm", "answer", "assist",
               "n't", " not", "what i", "what we", "i have", "i've", "will", "can", "may", "could", "might", "should",
               "place", "sorry", "afraid", "apolog", "je ")
#: Words for the texts the assistant answers from; the prompt's own nouns are added per trace.
_TEXTS = (r"notes?", r"notices", r"articles?", r"pages?", r"passages?", r"documents?", r"sources?", r"information",
          r"info", r"guides?", r"faqs?", r"help[- ]cent(?:re|er)", r"knowledge[- ]base", r"handbooks?", r"leaflets?",
          r"brochures?", r"booklets?", r"manuals?", r"wiki")
#: Words for a document that may name other things ("gift cards", "the notice period"): texts only when marked as
#: the assistant's own finds (:data:`_FOUND`).
_DOCS = (r"notices?", r"sheets?", r"cards?", r"entries", r"entry", r"extracts?", r"sections?", r"results?",
         r"rates?", r"schedules?", r"terms", r"bits", r"texts?", r"files?", r"details")
#: "I found", "we have", "I was given", "I could find" after a noun: the texts marked as the assistant's finds.
_FOUND = (r"(?:that\s+|which\s+)?(?:i|we)(?:'ve|\s+have)?\s+(?:found|have|got|was\s+given|were\s+given|can\s+see"
          r"|could\s+find|pulled\s+up|checked)")
#: An opening courtesy or interjection of at most two words before a comma or "!" ("Ha,", "Sorry ji,",
#: "Pole sana,", "Désolé,"), or "I'm afraid": no part of the clause.
_COURTESY_RE = re.compile(r"^(?:(?:but|and|so)\s+)?(?:[^\W\d]+(?:['’][^\W\d]+)?(?:\s+[^\W\d]+)?\s*[,!]\s+)?"
                          r"(?:(?:i'm|i\s+am)\s+afraid\s*,?\s+|(?:but|and|so)\s+)?", re.IGNORECASE)
_CANT = (r"(?:can't|cannot|can\s+not|couldn't|could\s+not|am\s+unable\s+to|'m\s+unable\s+to|am\s+not\s+able\s+to"
         r"|'m\s+not\s+able\s+to|won't\s+be\s+able\s+to|wasn't\s+able\s+to)")
#: What the assistant says it cannot do: reach, see, find, open, or tell (no topic of the domain is named).
_ABLE = (r"(?:assist|answer|comment|guide|recommend|find|see|reach|open|access|look\s+up|pull\s+up|check|say"
         r"|confirm|tell|give\s+you|quote|map|measure|judge|predict|promise|guarantee)")
#: Where another clause begins: a remit clause is one clause, its neighbours judged by the joined reading
#: (:mod:`llmops_kit.joined_declines`), so "I can only help with the gym; we run a free shuttle" is not one.
_CLAUSE_BOUNDARY_RE = re.compile(r"[;:]|\s[-–—]\s|,\s+(?:so|but|or|and|which|while|though|although|because)\b"
                                 r"|[.!?]\s", re.IGNORECASE)
#: A piece that is only a courtesy beside a remit clause ("... - sorry"), and whom to ask named as the place for it
#: ("the desk is the place to ask about those").
_COURTESY_ONLY_RE = re.compile(r"^(?:(?:i'm\s+|i\s+am\s+|so\s+|very\s+)?sorry|apologies|my\s+apologies|i'm\s+afraid"
                               r"|i\s+am\s+afraid|unfortunately|sadly)$", re.IGNORECASE)
_ASK_PLACE_RE = re.compile(r"^(?:the|our|your)\s+(?:[\w'-]+\s+){0,3}?(?:is|are)\s+the\s+(?:best\s+|right\s+)?"
                           r"(?:place|people|person|ones?)\s+to\s+(?:ask|call|contact|check|try)\b", re.IGNORECASE)
#: A referral beside a remit clause: "please check with the tax office", "call us on ...", "the front desk can tell
#: you more", "the coordinators on 030 760 41 18 may know where to go", "your school will have those"; ``after`` is
#: what follows the verb, where no promise may be ("the desk will give you a free pass" is an offer, judged).
_REFERRAL_RE = re.compile(
    r"^(?:(?:please|kindly|just)\s+)?(?:call|ring|phone|contact|e-?mail|write\s+to|ask|check\s+with|speak\s+(?:to|with)"
    r"|talk\s+to|get\s+in\s+touch\s+with)\b(?P<after>.*)$"
    r"|^(?:the|our|your|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:(?:on|at|via)\s+[+\d(][\d\s()+-]*\d\s+)?"
    r"(?:can|could|will|may|might|would|should|'ll)\s+(?:be\s+able\s+to\s+)?(?:know|help|tell\s+you|advise|confirm"
    r"|answer|assist|point\s+you|direct\s+you|have\s+(?:those|that|it|them|the\s+details)|look\s+into)\b(?P<after2>.*)$",
    re.IGNORECASE)
#: A referral's own words beyond :data:`~llmops_kit.handoff_clauses.HANDOFF_WORDS`: "may know where to go", "speak
#: to the team directly", "the best place to ask".
_REFERRAL_FRAME = frozenset(content_stems("know where go place best right people person speak talk ask check with "
                                          "about those them that please kindly directly first may might more touch "
                                          "get"))
#: An e-mail address or a phone number in any layout (a contact a referral names; checked as a hard fact).
_CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ()\-]{5,}\d")
#: Where what the texts cover turns to what they lack: ", not X", "but nothing on X", "but don't name X".
_DENIAL_TURN_RE = re.compile(
    r"(?:,\s*|\s+)(?:but\s+|and\s+)?(?:(?:they\s+|it\s+)?(?:don't|do\s+not|doesn't|does\s+not)\s+(?:say\s+anything\s+about"
    r"|mention|name|list|cover|give|say|include|go\s+into|deal\s+with|show)|nothing\s+(?:on|about|regarding)"
    r"|not(?:\s+(?:with|about|on|for))?)\s+", re.IGNORECASE)
#: Where what is lacking turns to what is covered: "I don't have visa information, only our booking notes".
_COVER_TURN_RE = re.compile(r",\s*(?:only|just)\s+(?:about\s+|on\s+)?", re.IGNORECASE)
#: A closing courtesy or word of address after a topic: "..., sorry", "..., I'm afraid", "..., love".
_TRAILING_COURTESY_RE = re.compile(r"\s*,?\s*(?:sorry|i'm\s+sorry|i'm\s+afraid|i\s+am\s+afraid|unfortunately|love|mate"
                                   r"|my\s+friend|friend)\s*$", re.IGNORECASE)
#: Words of a covered topic that name the assistant's own work or the business in general, not a topic.
_COVER_FILLER = frozenset(content_stems("only just own our visit visiting question questions thing things here itself "
                                        "what bring about general"))
#: Words for information the bot may lack, the last word of a topic of "I don't have X" (:data:`READ_INFO_LACKS`):
#: "transport information", "directions", "tip locations", "tram fares".
_INFO_WORDS = frozenset(content_stems("information info details directions times timetables schedules fares prices "
                                      "routes locations addresses rates hours maps"))
#: The generic ones: "information on parking permits" or "parking information" names its subject, which must be the
#: customer's as before; a specific kind ("directions", "tip locations", "ferry times") is what was asked for.
_GENERIC_INFO = frozenset(content_stems("information info details"))
#: The generic words for information inside a topic, left out when the texts are searched for it.
_GENERIC_INFO_RE = re.compile(r"\b(?:information|info|details)\b", re.IGNORECASE)
#: A closing "I am sorry" after a topic, with :data:`READ_INFO_LACKS` ("I do not have ski-lift information, I am
#: sorry"); :data:`_TRAILING_COURTESY_RE` reads "I'm sorry" and "I am afraid".
_TRAILING_SORRY_RE = re.compile(r"\s*,?\s*i\s+am\s+sorry\s*$", re.IGNORECASE)
#: The most words of a covered topic that no text the model was given (nor the system prompt) may hold.
COVERED_UNHELD_MAX = 1


#: A finite verb or "except" inside a topic: the topic states a fact of its own ("the deposit is refundable",
#: "that except that parking is free").
_PROPOSITION_RE = re.compile(r"\b(?:is|are|was|were|will|must|can|costs?|comes?|come|except|includes?)\b",
                             re.IGNORECASE)


class _Topics(NamedTuple):
    """What a remit clause says its texts or its remit cover, and what it says they lack (the topics its
    content check reads)."""

    covered: str = ""
    denied: str = ""
    #: "I don't have X": X must be the customer's subject (a word of the question), as the readings of the same
    #: no require (:func:`denies_having`, :mod:`llmops_kit.info_declines`): unasked, it states a lack of the business
    asked: bool = False
    #: "I don't have information on X": the bot says it lacks information, whatever X is (:data:`READ_INFO_LACKS`)
    info: bool = False


@lru_cache(maxsize=64)
def _remit_patterns(nouns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The remit forms for the generic words for texts and the trace's own, each with its topics as groups:
    ``covered`` what the remit or texts hold, ``denied`` what they lack (a subject-first ``denied`` is the question
    put beyond them)."""
    own = tuple(re.escape(n).replace(r"\ ", r"\s+") + "s?" for n in nouns)
    texts = "|".join((*_TEXTS, *own))
    docs = "|".join((*_TEXTS, *_DOCS, *own))
    named = (rf"(?:my|our|the|these|those|this|that)\s+(?:[\w'-]+\s+){{0,2}}?(?:(?:{texts})(?:\s+{_FOUND})?"
             rf"|(?:{docs})\s+{_FOUND})")
    texts_subject = (rf"(?:{named}|what\s+(?:i|we)\s+(?:found|have|could\s+find)|what\s+came\s+up"
                     r"|(?:they|it)(?=\s+(?:say|says)\s+nothing|\s+(?:don't|do\s+not|doesn't|does\s+not)\s+(?:say|mention"
                     r"|name|list|cover)|\s+(?:has|have)\s+nothing))\s+")
    flags = re.IGNORECASE
    return (
        # "I can't see WSH-88214", "Couldn't find that in our notes", "I can't reach the ticket system"
        re.compile(rf"^(?:(?:i|we)\s+)?{_CANT}\s+{_ABLE}\b(?P<tail>.*)$", flags),
        # "I can only help with X", "I only know about X", "I can only speak for X": the remit limited to X
        re.compile(r"^(?:i|we)\s+(?:can\s+only|could\s+only|only)\s+(?:help(?:\s+you)?\s+with|assist(?:\s+you)?\s+with"
                   r"|speak\s+for|answer\s+(?:for|about|questions\s+about)|know(?:\s+about)?|deal\s+with|cover)"
                   r"\s+(?P<covered>.+)$", flags),
        # "I can't help with X", "we can't advise on X": the remit denied X
        re.compile(rf"^(?:i|we)\s+{_CANT}\s+(?:help(?:\s+you)?|advise)(?:\s+(?:with|on|about)\s+(?P<denied>.+))?$",
                   flags),
        # "I don't have X", "I have nothing on X", "nothing on X", "I found X but nothing on Y"
        re.compile(r"^(?:(?P<have>i\s+(?:don't|do\s+not)\s+have)|i\s+(?:have|found|see)\s+nothing\s+(?:on|about|regarding)"
                   r"|i've\s+(?:got\s+)?nothing\s+(?:on|about)|nothing\s+(?:on|about|regarding))"
                   r"(?:\s+(?:any|anything|(?P<info>information|info|details))\s*(?:on|about|regarding)?)?"
                   r"\s+(?P<denied>.+)$",
                   flags),
        re.compile(r"^i\s+found\s+(?P<covered>.+?)\s+but\s+nothing\s+(?:on|about|regarding)\s+(?P<denied>.+)$",
                   flags),
        # "That's not something I can help with", "Tax numbers are outside what I can help with", "X is beyond my
        # notices", "Chalk bags aren't something our notices mention", "Not something our notes cover"
        re.compile(r"^(?:(?P<denied>.+?)\s+)?(?:isn't|is\s+not|'s\s+not|aren't|are\s+not|not)\s+(?:something|anything)"
                   rf"\s+(?:(?:i|we)\s+can\s+(?:help|assist|advise)|{named}\s+(?:cover|mention|say|include|list"
                   r"|deal\s+with)s?)\b", flags),
        re.compile(r"^(?:(?P<denied>.+?)\s*(?:'s|'re|\s+is|\s+are)\s+)?(?:outside(?:\s+of)?|beyond)\s+"
                   rf"(?:what\s+(?:i|we)\s+can\s+(?:help|assist|cover)|{named}|(?:my|our|the)\s+(?:[\w-]+\s+)?"
                   r"(?:remit|scope|knowledge))\b", flags),
        # an unreachable system: "Our order system's not answering right now"
        re.compile(r"^(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?:system|database|tool)(?:'s|\s+is|\s+isn't|\s+is\s+not)"
                   r"\s+(?:not\s+)?(?:answering|responding|working|available|reachable|playing\s+ball|loading|down)\b",
                   flags),
        # the French of the same: "Je n'ai pas trouvé", "je ne peux pas vous aider"
        re.compile(r"^je\s+(?:n'ai\s+pas\s+(?:trouvé|d'information|de\s+renseignement)|ne\s+(?:peux|sais)\s+pas)\b",
                   flags),
        # the texts as subject: "the notices describe X but don't name Y", "our notes don't cover X"
        re.compile(texts_subject + r"(?:only\s+|just\s+)?(?:(?:don't|do\s+not|doesn't|does\s+not)\s+(?:say\s+anything"
                   r"\s+about|tell\s+(?:you|us)\s+anything\s+about|mention|name|list|cover|give|say|include|go\s+into"
                   r"|deal\s+with|show|state|specify)|(?:have|has)\s+nothing\s+(?:on|about)|(?:say|says)\s+nothing"
                   r"\s+(?:about|on)|(?:make|makes)\s+no\s+mention\s+of|(?:are|is)\s+silent\s+(?:on|about))"
                   r"(?:\s+(?P<denied>.+))?$", flags),
        re.compile(texts_subject + r"(?:only\s+|just\s+)?(?:cover|covers|describe|describes|mention|mentions|give|gives"
                   r"|name|names|list|lists|explain|explains|deal\s+with|deals\s+with|talk\s+about|talks\s+about"
                   r"|concern|concerns|(?:are|is)\s+(?:only\s+)?(?:about|for)|are|is)\s+(?P<covered>.+)$", flags),
    )


def _topics(part: str, nouns: tuple[str, ...]) -> _Topics | None:
    """The topics of the first remit form the part is written in, or None when it is in none."""
    for pattern in _remit_patterns(nouns):
        found = pattern.match(part)
        if found is None:
            continue
        groups = found.groupdict()
        if _PROPOSITION_RE.search(groups.get("tail") or ""):
            return None  # "I can't confirm that the pier parking is free": a fact inside the decline
        covered, denied = groups.get("covered") or "", groups.get("denied") or ""
        if covered:  # "X, not Y", "X but don't name Y": the turn to what is lacking
            turn = _DENIAL_TURN_RE.search(covered)
            if turn is not None:
                covered, denied = covered[:turn.start()], covered[turn.end():] + (" " + denied if denied else "")
        if denied:  # "X, only Y": what is lacking, then what is covered; a closing courtesy is neither
            denied = _TRAILING_COURTESY_RE.sub("", _TRAILING_SORRY_RE.sub("", denied) if READ_INFO_LACKS else denied)
            turn = _COVER_TURN_RE.search(denied)
            if turn is not None:
                denied, covered = denied[:turn.start()], (covered + " " + denied[turn.end():]).strip()
        return _Topics(covered.strip(" ,"), denied.strip(" ,"), bool(groups.get("have")), bool(groups.get("info")))
    return None


def _covered_held(covered: str, evidence: Evidence) -> bool:
    """Is what the remit or texts are said to cover held by the system prompt or the texts (all its words but
    :data:`COVERED_UNHELD_MAX`)? A covered part that states a proposition ("the deposit is refundable") is not."""
    if _PROPOSITION_RE.search(covered) \
            and not re.match(r"^(?:only\s+)?(?:about|for|our|my|the|its|their|a|an)\b", covered, re.IGNORECASE):
        return False
    topic = content_stems(covered) - _COVER_FILLER
    unheld = (topic - _prompt_stems(evidence)) & evidence.novel(topic, len(topic) + 1)
    return len(unheld) <= COVERED_UNHELD_MAX and (not topic or len(unheld) < len(topic))


def _of_the_question(denied: str, evidence: Evidence) -> bool:
    """Does the topic said to be lacking share a word with the customer's question (or name nothing: "that")?"""
    topic = content_stems(denied)
    return not topic or bool(topic & evidence.user_stems)


def _lacks_information(topics: _Topics, evidence: Evidence) -> bool:
    """With :data:`READ_INFO_LACKS`, is the topic of "I don't have X" information the bot lacks: X's last word a
    specific kind of information ("directions", "tip locations"), X nothing but information ("that information"),
    or generic information on a subject whose words, hyphens split, are the customer's ("ski-lift information" to
    "Is the ski lift open?")? "Information on X" of an unasked X stays a claim, as before."""
    if not READ_INFO_LACKS or not topics.asked or topics.info:
        return False
    words = re.findall(r"[^\W\d]+", topics.denied)
    head = content_stems(words[-1]) if words else frozenset()
    if head & (_INFO_WORDS - _GENERIC_INFO) or _only_information(topics.denied):
        return True
    subject = content_stems(" ".join(words[:-1])) if head & _GENERIC_INFO else frozenset()
    return bool(subject & content_stems(evidence.user_text.replace("-", " ")))


def _only_information(denied: str) -> bool:
    """With :data:`READ_INFO_LACKS`, does the topic name nothing but information ("that information", "those
    details")? It says nothing to check: a text that holds the word "information" does not hold the topic."""
    stems = content_stems(denied)
    return READ_INFO_LACKS and bool(stems) and stems <= _INFO_WORDS and bool(
        re.match(r"^(?:that|this|those|these|the|any|such)\s", denied, re.IGNORECASE))


def _denied_unheld(denied: str, evidence: Evidence) -> bool:
    """Is what the remit or texts are said to lack held by no text the model was given? A topic of no content word
    ("that", "it") says nothing to check, nor one of nothing but a word for information ("that information")."""
    if _PROPOSITION_RE.search(denied):  # "that except that parking on the pier is free": a fact, not a topic
        return False
    if _only_information(denied):
        return True
    if READ_INFO_LACKS:  # "shoe hire information" is held where a text gives shoe hire: the word names the kind
        denied = _GENERIC_INFO_RE.sub(" ", denied)
    # the parts with a content word ("that" or "it" names nothing to look for)
    parts = [p for p in re.split(r",|\s+or\s+|\s+and\s+|\s+nor\s+", denied) if content_stems(p)]
    return not parts or not held_by_texts(" or ".join(parts), evidence)


def _core(part: str) -> str:
    """The part without its edge marks and its opening courtesy."""
    return _COURTESY_RE.sub("", part.strip(" \"'*-.!?,"), count=1)


def _remit_part(part: str, evidence: Evidence, nouns: tuple[str, ...], referrals: bool) -> bool:
    """Is one part of the piece (between " / ") a remit clause of the form, its covered topic held and its denied
    topic not (see the module docstring), or with ``referrals`` a courtesy or a referral?"""
    text = part.strip(" \"'*-.!?,")
    if referrals and (_COURTESY_ONLY_RE.match(text) or _ASK_PLACE_RE.match(text)):
        return True
    text = _core(text)
    if not text:
        return False
    topics = _topics(text, nouns)
    if topics is not None:
        return (not topics.covered or _covered_held(topics.covered, evidence)) and \
            (not topics.denied or _denied_unheld(topics.denied, evidence)) and \
            (not topics.asked or _of_the_question(topics.denied, evidence) or _lacks_information(topics, evidence))
    referred = _REFERRAL_RE.match(text) if referrals else None
    # what a named contact is said to do must be a hand-off's or the customer's words ("can tell you more", not
    # "can confirm your pick-up date" to a question naming none); whom an imperative names is the customer's to ask
    return referred is not None and not PROMISE_RE.search(referred.group("after") or referred.group("after2") or "") \
        and not _new_referral_words(referred.group("after2") or "", evidence) \
        and not _states_figure(referred.group("after") or referred.group("after2") or "")


def _states_figure(referral: str) -> bool:
    """With :data:`READ_FIGURED_REFERRALS`, does what follows a referral's verb state a figure other than a
    contact's ("within 30 days", "before 14:00"; not "on 030 760 41 18")? Then the referral gives a rule to judge."""
    return READ_FIGURED_REFERRALS and bool(numbers_in(_CONTACT_RE.sub(" ", referral)))


def _new_referral_words(referral: str, evidence: Evidence) -> set[str]:
    """The words of what a referral's contact is said to do that are neither a hand-off's, the customer's, nor found
    in any text the model was given ("... can confirm your pick-up date" to a question naming no date)."""
    rest = content_stems(_CONTACT_RE.sub(" ", referral)) - HANDOFF_WORDS - _REFERRAL_FRAME - evidence.user_stems
    return evidence.novel(frozenset(rest), len(rest) + 1) if rest else set()


def _facts_held(piece: str, evidence: Evidence) -> bool:
    """Are all the hard facts the piece names (figures, codes, names, contacts) held by the evidence or the
    question?"""
    numbers, others = evidence.missing_facts(piece)
    return not numbers and not others


def _plain_prompt_nouns(evidence: Evidence) -> tuple[str, ...]:
    """The system prompt's own nouns for its texts made of letters and spaces only (a word of a pattern)."""
    return tuple(sorted({n for n in prompt_nouns(evidence) if n.replace(" ", "").isalpha()}))


def remit_clause(piece: str, evidence: Evidence, referrals: bool = True) -> bool:
    """Is the piece a clause about the assistant's own remit or texts whose hard facts the evidence holds (see
    the module docstring)? A piece written in two languages ("Je n'ai pas trouvé / I couldn't find that in our
    notices") must be one in each. With ``referrals`` a courtesy or a referral to a contact ("please check with
    the tax office", "the front desk can tell you more") is read as one as well: it is read beside a remit clause,
    but says nothing of what the texts miss (the retrieval reading does not count it, :func:`joined_declines.
    declines_whole`)."""
    if not READ_REMIT_CLAUSES:
        return False
    text = normalise_quotes(piece).strip(" \"'*-.!")
    lowered = text.lower()
    if not any(cue in lowered for cue in _REMIT_CUES):
        return False
    parts = [p for p in re.split(r"\s+/\s+", text) if p.strip()]
    if not parts or any(_CLAUSE_BOUNDARY_RE.search(p) for p in parts):
        return False
    nouns = evidence.once("remit_nouns", _plain_prompt_nouns)
    return all(_remit_part(p, evidence, nouns, referrals) for p in parts) and _facts_held(text, evidence)


def denies_held_topic(piece: str, evidence: Evidence) -> bool:
    """Is the piece written in a remit form that denies a topic a text the model was given holds ("I have nothing
    on shoe hire" where a notice gives shoe hire)? Such a false denial keeps its joined claim judged whole: alone,
    the piece would be judged by the words it shares with that text."""
    if not READ_REMIT_CLAUSES or not any(cue in piece.lower() for cue in _REMIT_CUES):
        return False
    nouns = evidence.once("remit_nouns", _plain_prompt_nouns)
    topics = _topics(_core(normalise_quotes(piece)), nouns)
    return topics is not None and bool(topics.denied) and not _denied_unheld(topics.denied, evidence)

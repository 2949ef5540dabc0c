"""A decline naming the bot's own texts that asserts nothing the evidence could contradict: no claim to flag.

A support answer that cannot answer often says so in the business's own words for its texts: "Not something our
repair notes cover", "That's outside our catalogue notes", "The handbook doesn't cover that, sorry", "The leaflets
don't give distances or map Eircodes, so I cannot say how close D06 Y2K4 is". The claim reader drops such a
sentence only when it names the texts by a generic word ("articles", "pages", :mod:`llmops_kit.text.claims`) or by
the trace's own word in a few shapes (:mod:`llmops_kit.text.source_nouns`); otherwise the groundedness check judged
it as a statement of the business, found its words ("outside", "catalogue", "cover") in no source, and the answer
was flagged as a hallucination although it states nothing. The retrieval reading already counts the same sentences
as declines (:func:`llmops_kit.declines.describes_missing`).

:func:`declines_sources` reads three shapes, each naming the texts (a generic word for a text, "notes",
"handbook", "leaflets", "brochure", "booklet", "manual", or one of the trace's own nouns), each stating no figure or
code except the customer's own:

* the question put beyond the texts, the texts closing the sentence: "Not something our repair notes cover",
  "That's outside (what) our catalogue notes (say)", "It's beyond the handbook, sorry";
* the texts denied to cover a pronoun: "The handbook doesn't cover that, sorry", "Our notes don't mention it";
* the texts denied to *say* a topic ("don't give / list / mention / say / state / specify / show X", and in other
  verbs "say nothing about X", "don't say anything about X", "don't go into X", "are silent on X", "make no mention
  of X", "have nothing on X"), optionally followed by ", so I can't say / confirm / tell ..." with nothing but the
  customer's figures and codes, ", so I can't advise on / help with / recommend ..." with nothing but the customer's
  words, or ", so <a hand-off>" to a contact the texts publish ("so please call us at 478 2290 before booking", "so
  the desk is the place to ask about those": a verb of reaching someone, every phone number or e-mail written in a
  text the model was given, no promise, no word beyond a hand-off's, the customer's or the texts'): settled only
  when no sentence the model was given (articles, tool results, instructions) holds every content word of a part of
  the topic ("distances", "map Eircodes"); a topic the texts do hold is a false denial and stays judged. A verb of
  covering or including is not read with a topic: "The house rules don't cover bonfires" states a rule.
  :func:`denies_topic` is this shape alone, read also on a piece of a joined claim by
  :mod:`llmops_kit.joined_declines` ("Our spring is sodium chloride water, but our notes say nothing about skin
  conditions, so I can't advise on eczema": the fact is judged alone).

The texts' silence is also written subject first: "Massage vouchers aren't in our practice information, sorry", "Oil
changes are not in our price list", "Sandboarding isn't something our notes cover" (``topic``: the subject, no
pronoun; "mentioned" / "listed in" too, not "covered in", which a policy says of itself), settled by the same test
(:data:`READ_SUBJECT_SILENCES`). Where the texts are named by a word that names nothing but a text ("our help pages",
"our knowledge base"), "Weddings aren't covered in our help pages" and "Our knowledge base doesn't cover washing
machines" are such silences too (:data:`llmops_kit.found_sources.READ_NAMED_COVERS`, the ops49 round).
The trace's own name may be two words, "the price list" of a prompt's "the price
list passages" (:mod:`llmops_kit.text.source_nouns`). :func:`declines_question` reads a plain no to the customer's
question as a piece of a joined claim ("We don't sell trampolines; our help pages are about jumping at the park",
:mod:`llmops_kit.joined_declines`): the verb and subject the customer's own words, and no text naming the subject
with the verb or with a figure (a priced item is on offer: "We don't sell grip socks" against "Grip socks: R$ 15,00 a
pair" stays judged), nor naming it at all after "I don't have information on" (:data:`READ_QUESTION_DECLINES`).

A decline carrying a fact ("We don't deliver outside Zone 2", "That's not covered, but we can do it for £20",
"That's outside our delivery area") is none of these shapes and stays judged. Acts on claims the groundedness check
left unsupported, after the claim decision; switched off by :data:`READ_SOURCE_DECLINES` in the decision's fit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import found_sources
from .claim_meaning import PROMISE_RE
from .evidence import Evidence
from .found_sources import ONLY_TEXT_WORDS
from .handoff_clauses import HANDOFF_WORDS
from .text import content_stems, identifiers_in, names_in, numbers_in
from .text.char_scans import has_digit
from .text.split import sentences_of
from .text.tokens import normalise_quotes

__all__ = [
    "DECLINE_SOURCE",
    "READ_QUESTION_DECLINES",
    "READ_SOURCE_DECLINES",
    "READ_SUBJECT_SILENCES",
    "customers_only",
    "declines_question",
    "declines_sources",
    "denies_topic",
    "held_by_texts",
]

#: Off in ``tools/fit_claim_decision.py``: the reading changes which claims count as supported.
READ_SOURCE_DECLINES = True
#: The subject-first silences ("X isn't in our <texts>", "X isn't something our <texts> cover"); off with the rest
#: of the reading in the claim-decision fit.
READ_SUBJECT_SILENCES = True
#: A plain no to the customer's question as a piece of a joined claim (:func:`declines_question`); off in the fit.
READ_QUESTION_DECLINES = True
#: The source named for a claim settled here.
DECLINE_SOURCE = "conversation (a decline naming the texts)"

#: Words for the texts a bot answers from, whatever the business: the claim reader's generic ones and a few more.
_GENERIC = (r"articles?", r"pages?", r"passages?", r"documents?", r"sources?", r"information", r"guides?", r"faqs?",
            r"help[- ]cent(?:re|er)", r"knowledge[- ]base", r"notes", r"handbooks?", r"leaflets?", r"brochures?",
            r"booklets?", r"manuals?")
#: Words for a document that name other things as well (a gift card, a bed sheet, a notice period): read as the
#: texts only when marked as the bot's own finds (:data:`_OWN`).
_DOCUMENTS = (r"notices?", r"sheets?", r"cards?", r"entries", r"extracts?", r"sections?", r"bulletins?",
              r"briefings?", r"paragraphs?", r"notes?", r"texts?", r"files?", r"results?")
#: A sentence can only be one of the shapes if it holds one of these (checked before any pattern).
_CUES = ("not", "n't", "outside", "beyond", "nothing", "silent", "no mention")
_OPEN = r"(?:(?:i'm afraid|i am afraid|sorry|unfortunately)\s*[,!.\-–—]?\s*)?"
_TRAIL = r"(?:\s*[,!.\-–—]?\s*(?:sorry|i'm afraid|i am afraid|unfortunately))?"
_NOT = r"(?:don't|do\s+not|doesn't|does\s+not)"
_CANT = r"(?:can't|cannot|can\s+not|couldn't|could\s+not|am\s+unable\s+to|'m\s+unable\s+to|am\s+not\s+able\s+to)"
#: How the texts deny saying a topic: "don't give / list / mention / say / state / specify / show X", and the same
#: denial in other verbs: "say nothing about X", "don't say anything about X", "don't go into X", "are silent on X",
#: "make no mention of X", "have nothing on X" (the longer forms first: "don't say anything about" before "don't say").
_DENY = (rf"(?:{_NOT}\s+(?:(?:say|tell\s+(?:you|us))\s+anything\s+(?:about|on|regarding)|go\s+into|give|list|mention"
         r"|say|state|specify|show)|(?:say|says|mention|mentions)\s+nothing\s+(?:about|on|regarding)"
         r"|(?:are|is)\s+silent\s+(?:on|about|regarding)|(?:make|makes)\s+no\s+mention\s+of"
         r"|(?:have|has)\s+nothing\s+(?:on|about))")
#: The texts marked as the bot's own finds after their noun: "the cards I found", "the notices I have", "the sheets
#: we were given". Only then is "don't cover X" a silence of the texts: "The house rules don't cover bonfires" is a
#: rule of the house, "The sheets I found don't cover mattresses" says what was found.
_OWN = (r"\s+(?:that\s+)?(?:i|we)(?:\s+have(?:\s+(?:found|got))?|\s+found|\s+can\s+see|'ve\s+(?:found|got)"
        r"|\s+was\s+given|\s+were\s+given|\s+could\s+find)")
#: A closing decline of the answer itself: ", so I can't say / confirm / tell you / check ..." (its figures the
#: customer's), or ", so I can't advise on / help with / recommend / answer ..." (its words the customer's too).
_SAY_CLOSE = re.compile(rf"^(?:i|we)\s+{_CANT}\s+(?:say|confirm|tell(?:\s+you)?|check)\b(?P<rest>.*)$", re.IGNORECASE)
_HELP_CLOSE = re.compile(rf"^(?:i|we)\s+{_CANT}\s+(?:advise|help|recommend|answer|comment|guide\s+you)\b(?P<rest>.*)$",
                         re.IGNORECASE)
#: Words a closing decline may hold besides the customer's: whom and what it declines, and where.
_DECLINE_WORDS = frozenset(content_stems("you that this it one any anyone here with on about there sorry either"))
#: A closing hand-off's own words beyond :data:`~llmops_kit.handoff_clauses.HANDOFF_WORDS`: "the desk is the best
#: place to ask", "please check with the office", "speak to the team".
_HANDOFF_FRAME = frozenset(content_stems("place best right people speak talk ask check with about those them that"
                                         " please kindly directly first"))
#: An e-mail address or a phone number in any layout (a contact a hand-off names).
_CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ()\-]{5,}\d")
#: A text closing on a hand-off names a verb of reaching someone or "the place to ask".
_HANDOFF_VERBS = frozenset(content_stems("call phone ring contact email e-mail write ask check speak talk place"))


def _noun(noun: str) -> str:
    """A trace's noun in singular or plural (a name of two words, "price list", spaced as written)."""
    if noun.endswith("ies"):
        return re.escape(noun[:-3]).replace(r"\ ", r"\s+") + "(?:y|ies)"
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return re.escape(stem).replace(r"\ ", r"\s+") + "s?"


#: The bot's texts named by a word that names nothing but a text ("our help pages", "our knowledge base"), of which
#: "covered in" and "don't cover" say what they hold, not what a rule includes (:data:`~llmops_kit.found_sources.
#: READ_NAMED_COVERS`).
_ONLY_TEXTS = r"(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(ONLY_TEXT_WORDS) + ")"


@lru_cache(maxsize=64)
def _subject_patterns(nouns: tuple[str, ...], named_covers: bool = False) -> re.Pattern[str]:
    """The subject-first silences for the generic words and the trace's own nouns: "Massage vouchers aren't in our
    practice information, sorry", "Oil changes are not in our price list", "Sandboarding isn't something our notes
    cover", and with ``named_covers`` "Weddings aren't covered in our help pages"; ``topic`` is the subject."""
    texts = r"(?:our|the|my|these|those)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join((*_GENERIC, *map(_noun, nouns))) + ")"
    covered = rf"|covered\s+(?:in|by)\s+{_ONLY_TEXTS}" if named_covers else ""
    return re.compile(
        rf"^{_OPEN}(?!(?:that|it|this|there|they|which)\b)(?P<topic>[^,;:]+?)\s+(?:isn't|is\s+not|aren't|are\s+not)\s+"
        rf"(?:(?:(?:something|anything)\s+|(?:mentioned|listed)\s+)?(?:in|on)\s+{texts}{covered}"
        rf"|(?:something|anything)\s+{texts}\s+(?:cover|mention|say|list)s?){_TRAIL}$",
        re.IGNORECASE)


@lru_cache(maxsize=64)
def _patterns(nouns: tuple[str, ...], named_covers: bool = False
              ) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The three shapes for the generic words and the trace's own nouns (cached: a set's traces share a few); with
    ``named_covers`` the topic shape also reads "Our knowledge base doesn't cover washing machines"."""
    texts = r"(?:our|the|my|these|those)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join((*_GENERIC, *map(_noun, nouns))) + ")"
    # a word for a document that may name other things too ("cards", "sheets", "notices"): a text only when marked
    # as the bot's own find, "the cards I found", "the notices I have"
    found = (r"(?:our|the|my|these|those)\s+(?:[\w-]+\s+){0,2}(?:"
             + "|".join((*_GENERIC, *_DOCUMENTS, *map(_noun, nouns))) + f"){_OWN}")
    beyond = re.compile(
        rf"^{_OPEN}(?:(?:(?:that|it|this)(?:\s+question)?(?:'s|\s+is)\s+)?(?:not\s+(?:something|anything)"
        r"|outside(?:\s+of)?|beyond)|(?:that|it|this)(?:\s+question)?\s+(?:isn't|is\s+not)\s+(?:something|anything))"
        rf"\s+(?:what\s+)?{texts}(?:\s+(?:cover|mention|say|include|deal\s+with)s?)?{_TRAIL}$",
        re.IGNORECASE)
    pronoun = re.compile(
        rf"^(?:but\s+|and\s+|so\s+)?{_OPEN}(?:{found}|{texts})\s+"
        rf"(?:{_NOT}\s+(?:cover|mention|include|go\s+into|deal\s+with|say\s+anything\s+about)"
        r"|(?:say|says)\s+nothing\s+(?:about|on))"
        rf"\s+(?:that|this|it)(?:\s+(?:question|point|topic|part))?{_TRAIL}$",
        re.IGNORECASE)
    named = rf"|{_ONLY_TEXTS}\s+{_NOT}\s+cover" if named_covers else ""
    topic = re.compile(
        rf"^(?:but\s+|and\s+|so\s+)?{_OPEN}(?:{found}\s+(?:{_NOT}\s+cover|{_DENY})|{texts}\s+{_DENY}{named})"
        rf"\s+(?P<topic>[^,;:]+?)(?:\s*,?\s+so\s+(?P<close>[^;]+?(?:\s*;\s*[^;]+?)?))?{_TRAIL}$",
        re.IGNORECASE)
    return beyond, pronoun, topic


#: A no to the customer's question in the business's or the bot's own voice, as a piece of a joined claim: "We don't
#: sell trampolines", "I don't have information on safaris"; ``verb`` and ``subject`` are what is declined.
_NO_RE = re.compile(
    r"^(?:(?:no|sorry)\s*,?\s+)?(?:we|i)\s+(?:don't|do\s+not)\s+(?:have\s+(?:any\s+)?(?:information|details|info)"
    r"\s+(?:on|about|regarding|for)|(?P<verb>[a-z]+))\s+(?P<subject>[^,;:]+)$",
    re.IGNORECASE)


def declines_question(piece: str, evidence: Evidence) -> bool:
    """Is the piece a plain no to the customer's question ("We don't sell trampolines" to "Do you sell trampolines
    for the garden?", "I don't have information on safaris"): "we / I don't <verb> X" or "I don't have information
    on X", every word of the verb and of X the customer's own, no figure or code, and no sentence the model was
    given naming X with the verb or with a figure ("Grip socks: R$ 15,00 a pair": X is offered), nor, for "no
    information on X", naming X at all (a false denial, judged as a claim)?
    Read by :mod:`llmops_kit.joined_declines` on the pieces of a joined claim only."""
    if not READ_QUESTION_DECLINES or ("n't" not in piece and " not " not in piece):
        return False
    found = _NO_RE.match(normalise_quotes(piece).strip(" \"'*-.!"))
    if found is None:
        return False
    subject, verb = found.group("subject"), content_stems(found.group("verb") or "")
    topic = content_stems(subject)
    if not topic or numbers_in(subject) or identifiers_in(subject) or not topic | verb <= evidence.user_stems:
        return False
    # a text naming X with the verb, or with a figure (a price, a size, a time: X is offered), or any text naming X
    # when the bot denies having information on it, makes the no a false denial
    return not any(topic <= stems and (not verb or verb <= stems or has_digit(sentence))
                   for source in evidence.sources if not source.user
                   for sentence in sentences_of(source.text) for stems in (content_stems(sentence),))


def customers_only(text: str, evidence: Evidence) -> bool:
    """Are the text's figures, codes and names all the customer's own (nothing stated beyond them)?"""
    told = evidence.user_text.lower()
    return all(item.lower() in told for item in (*numbers_in(text), *identifiers_in(text), *names_in(text)))


def held_by_texts(topic: str, evidence: Evidence) -> bool:
    """Does a sentence the model was given (not the customer's) hold every content word of a part of the topic?"""
    parts = [content_stems(p) for p in re.split(r",|\s+or\s+|\s+and\s+|\s+nor\s+", topic)]
    if not parts or any(not p for p in parts):
        return True  # a part with no content word ("it") cannot be checked: judged as before
    sentences = [content_stems(s) for source in evidence.sources if not source.user for s in sentences_of(source.text)]
    return any(part <= sentence for part in parts for sentence in sentences)


def _published(contact: str, evidence: Evidence) -> bool:
    """Is the e-mail address or phone number written in a text the model was given (not the customer's), the
    number in any layout ("478 2290" of "+354 478 2290")?"""
    given = [s.text for s in evidence.sources if not s.user]
    if "@" in contact:
        return any(contact.lower() in text.lower() for text in given)
    digits = re.sub(r"\D", "", contact)
    return any(digits in re.sub(r"\D", "", text) for text in given)


def _hands_over(close: str, evidence: Evidence) -> bool:
    """Is the closing clause a hand-off to a contact the texts publish ("please call us at 478 2290 before
    booking", "the desk is the place to ask about those"): a verb of reaching someone, every e-mail or phone number
    published, no other figure or code, no promise, and no word beyond a hand-off's, the customer's or the texts'?"""
    if PROMISE_RE.search(close):
        return False
    text = close
    for contact in _CONTACT_RE.findall(close):
        if not _published(contact, evidence):
            return False
        text = text.replace(contact, " ")
    if numbers_in(text) or identifiers_in(text):
        return False
    stems = content_stems(text)
    if not stems & _HANDOFF_VERBS:
        return False
    rest = frozenset(stems - HANDOFF_WORDS - _HANDOFF_FRAME - evidence.user_stems)
    return not (rest and evidence.novel(rest, len(rest) + 1))


def _closes(close: str | None, evidence: Evidence) -> bool:
    """Does the text after the denied topic (", so ...") add nothing the evidence could contradict: none, a
    decline of the answer with only the customer's figures (and words, for "advise on" / "help with"), or a
    hand-off to a published contact?"""
    if close is None:
        return True
    if ";" in close:  # "so I cannot say; kindly ask the club office on 020 271 8830": a decline, then a hand-off
        first, then = close.split(";", 1)
        return (_SAY_CLOSE.match(first.strip()) is not None or _HELP_CLOSE.match(first.strip()) is not None) \
            and _closes(first.strip(), evidence) and _hands_over(then.strip(), evidence)
    said = _SAY_CLOSE.match(close)
    if said is not None:
        return customers_only(said.group("rest"), evidence)
    helped = _HELP_CLOSE.match(close)
    if helped is not None:
        rest = helped.group("rest")
        return customers_only(rest, evidence) and not content_stems(rest) - _DECLINE_WORDS - evidence.user_stems
    return _hands_over(close, evidence)


def _cued(text: str) -> str | None:
    """The text with quotes and edge marks normalised when the reading is on and a decline cue is in it (the
    cheap test before the patterns), else None."""
    if not READ_SOURCE_DECLINES:
        return None
    text = normalise_quotes(text).strip(" \"'*-.!")
    lowered = text.lower()
    return text if any(cue in lowered for cue in _CUES) else None


def denies_topic(text: str, evidence: Evidence, nouns: tuple[str, ...] = ()) -> bool:
    """Is the text the named texts denied to say a topic no text the model was given holds ("Our notes say
    nothing about skin conditions, so I can't advise on eczema", "The notes don't say anything about other
    sites, so the desk is the place to ask"), with nothing after it but a decline or a hand-off? A topic the texts
    hold, a figure or code in the topic, or a closing clause that states more keeps the text judged."""
    text = _cued(text)
    if text is None:
        return False
    named_covers = found_sources.READ_NAMED_COVERS
    found = _patterns(nouns, named_covers)[2].match(text)
    if found is None and READ_SUBJECT_SILENCES and (" in " in text or "something" in text or "anything" in text
                                                    or " by " in text):
        found = _subject_patterns(nouns, named_covers).match(text)
    if found is None or numbers_in(found.group("topic")) or identifiers_in(found.group("topic")):
        return False
    close = found.groupdict().get("close")
    return _closes(close, evidence) and not held_by_texts(found.group("topic"), evidence)


def declines_sources(claim: str, evidence: Evidence, nouns: tuple[str, ...] = ()) -> bool:
    """Is the claim a decline naming the texts that asserts nothing the evidence could contradict (see the module
    docstring)? ``nouns``: the trace's own words for its texts (``text.source_nouns.trace_source_nouns``)."""
    text = _cued(claim)
    if text is None:
        return False
    beyond, pronoun, _ = _patterns(nouns)
    if beyond.match(text) or pronoun.match(text):
        return not (numbers_in(text) or identifiers_in(text))
    return denies_topic(text, evidence, nouns)

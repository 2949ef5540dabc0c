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
* the texts denied to *say* a topic ("don't give / list / mention / say / state / specify / show X"), optionally
  followed by ", so I can't say / confirm / tell ..." with nothing but the customer's figures and codes: settled only
  when no sentence the model was given (articles, tool results, instructions) holds every content word of a part of
  the topic ("distances", "map Eircodes"); a topic the texts do hold is a false denial and stays judged. A verb of
  covering or including is not read with a topic: "The house rules don't cover bonfires" states a rule.

A decline carrying a fact ("We don't deliver outside Zone 2", "That's not covered, but we can do it for £20",
"That's outside our delivery area") is none of these shapes and stays judged. Acts on claims the groundedness check
left unsupported, after the claim decision; switched off by :data:`READ_SOURCE_DECLINES` in the decision's fit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .evidence import Evidence
from .text import content_stems, identifiers_in, names_in, numbers_in
from .text.split import sentences_of
from .text.tokens import normalise_quotes

__all__ = ["DECLINE_SOURCE", "READ_SOURCE_DECLINES", "declines_sources"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes which claims count as supported.
READ_SOURCE_DECLINES = True
#: The source named for a claim settled here.
DECLINE_SOURCE = "conversation (a decline naming the texts)"

#: Words for the texts a bot answers from, whatever the business: the claim reader's generic ones and a few more.
_GENERIC = (r"articles?", r"pages?", r"passages?", r"documents?", r"sources?", r"information", r"guides?", r"faqs?",
            r"help[- ]cent(?:re|er)", r"knowledge[- ]base", r"notes", r"handbooks?", r"leaflets?", r"brochures?",
            r"booklets?", r"manuals?")
#: A sentence can only be one of the shapes if it holds one of these (checked before any pattern).
_CUES = ("not", "n't", "outside", "beyond", "nothing")
_OPEN = r"(?:(?:i'm afraid|i am afraid|sorry|unfortunately)\s*[,!.\-–—]?\s*)?"
_TRAIL = r"(?:\s*[,!.\-–—]?\s*(?:sorry|i'm afraid|i am afraid|unfortunately))?"
_NOT = r"(?:don't|do\s+not|doesn't|does\s+not)"
_CANT = r"(?:can't|cannot|can\s+not|couldn't|could\s+not|am\s+unable\s+to|'m\s+unable\s+to|am\s+not\s+able\s+to)"


def _noun(noun: str) -> str:
    """A trace's noun in singular or plural."""
    if noun.endswith("ies"):
        return re.escape(noun[:-3]) + "(?:y|ies)"
    return re.escape(noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun) + "s?"


@lru_cache(maxsize=64)
def _patterns(nouns: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The three shapes for the generic words and the trace's own nouns (cached: a set's traces share a few)."""
    texts = r"(?:our|the|my|these|those)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join((*_GENERIC, *map(_noun, nouns))) + ")"
    beyond = re.compile(
        rf"^{_OPEN}(?:(?:(?:that|it|this)(?:\s+question)?(?:'s|\s+is)\s+)?(?:not\s+(?:something|anything)"
        r"|outside(?:\s+of)?|beyond)|(?:that|it|this)(?:\s+question)?\s+(?:isn't|is\s+not)\s+(?:something|anything))"
        rf"\s+(?:what\s+)?{texts}(?:\s+(?:cover|mention|say|include|deal\s+with)s?)?{_TRAIL}$",
        re.IGNORECASE)
    pronoun = re.compile(
        rf"^(?:but\s+|and\s+|so\s+)?{_OPEN}{texts}(?:\s+(?:i|we)\s+have)?\s+"
        rf"(?:{_NOT}\s+(?:cover|mention|include|go\s+into|deal\s+with|say\s+anything\s+about)"
        r"|(?:say|says)\s+nothing\s+(?:about|on))"
        rf"\s+(?:that|this|it)(?:\s+(?:question|point|topic|part))?{_TRAIL}$",
        re.IGNORECASE)
    topic = re.compile(
        rf"^(?:but\s+|and\s+|so\s+)?{_OPEN}{texts}(?:\s+(?:i|we)\s+have)?\s+"
        rf"{_NOT}\s+(?:give|list|mention|say|state|specify|show)\s+(?P<topic>[^,;:]+?)"
        rf"(?:\s*,?\s+so\s+(?:i|we)\s+{_CANT}\s+(?:say|confirm|tell(?:\s+you)?|check)\b(?P<rest>[^;]*?))?{_TRAIL}$",
        re.IGNORECASE)
    return beyond, pronoun, topic


def _customers_only(text: str, evidence: Evidence) -> bool:
    """Are the text's figures, codes and names all the customer's own (nothing stated beyond them)?"""
    told = evidence.user_text.lower()
    return all(item.lower() in told for item in (*numbers_in(text), *identifiers_in(text), *names_in(text)))


def _held_by_texts(topic: str, evidence: Evidence) -> bool:
    """Does a sentence the model was given (not the customer's) hold every content word of a part of the topic?"""
    parts = [content_stems(p) for p in re.split(r",|\s+or\s+|\s+and\s+|\s+nor\s+", topic)]
    if not parts or any(not p for p in parts):
        return True  # a part with no content word ("it") cannot be checked: judged as before
    sentences = [content_stems(s) for source in evidence.sources if not source.user for s in sentences_of(source.text)]
    return any(part <= sentence for part in parts for sentence in sentences)


def declines_sources(claim: str, evidence: Evidence, nouns: tuple[str, ...] = ()) -> bool:
    """Is the claim a decline naming the texts that asserts nothing the evidence could contradict (see the module
    docstring)? ``nouns``: the trace's own words for its texts (``text.source_nouns.trace_source_nouns``)."""
    if not READ_SOURCE_DECLINES:
        return False
    text = normalise_quotes(claim).strip(" \"'*-.!")
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return False
    beyond, pronoun, topic = _patterns(nouns)
    if beyond.match(text) or pronoun.match(text):
        return not (numbers_in(text) or identifiers_in(text))
    found = topic.match(text)
    if found is None or numbers_in(found.group("topic")) or identifiers_in(found.group("topic")):
        return False
    return _customers_only(found.group("rest") or "", evidence) and not _held_by_texts(found.group("topic"), evidence)

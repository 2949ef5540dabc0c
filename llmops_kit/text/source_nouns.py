"""The trace's own word for its knowledge base, and a decline that names the knowledge base by it.

A business calls the texts its bot answers from by its own word: "Use only the studio notes and tool results",
"Base every answer on the service-terms clauses and tool results", a retriever whose documents carry
``metadata.source = 'household-rules'``. The bot then declines in the same words: "That is not covered by our
service terms", "The briefings don't say, I'm afraid", "That's not on our price sheet, sorry". Such a sentence is
the refusal explaining itself, like "that isn't covered in our help articles", which the claim reader already
drops (:mod:`llmops_kit.text.claims`); with a fixed list of source nouns it was kept as a claim and judged.

:func:`trace_source_nouns` reads the nouns from the system prompt (the phrase before "and (the) tool results"; before
a noun for a part of a text the two words naming the whole: "the price list passages" are passages of "the price
list", :data:`READ_WHOLE_NAMES`, which the claim reader's own shapes leave to :mod:`llmops_kit.decline_claims`)
and from the documents' ``metadata.source``; :func:`declines_by_source` reads a sentence as such a decline. The
noun must be the trace's own, the sentence must deny that the sources *say* something (mention, say, list, name,
give; "cover" only of a pronoun: "don't cover that"), and it must state no figure or code: "The studio notes say
the kiln runs on Fridays", "The household rules don't allow dogs" and "... don't cover bonfires" stay claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from .tokens import identifiers_in, numbers_in

__all__ = ["READ_WHOLE_NAMES", "declines_by_source", "document_sources", "noun_pattern", "trace_source_nouns"]

#: The two words before a noun for a part of a text read as the texts' name ("the price list passages" -> "price
#: list"); with :func:`trace_source_nouns` switched off in the claim-decision fit.
READ_WHOLE_NAMES = True

#: The noun phrase a system prompt names its texts by, just before the tool results ("Use only the studio notes
#: and tool results", "from the member handbook sections and the tool results", "from the documentation
#: passages and account tools only").
_PROMPT_SOURCES_RE = re.compile(
    r"\b(?:the|our|your)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s+and\s+(?:the\s+)?(?:\w+\s+)?tool(?:s|\s+results?|\s+data"
    r"|\s+outputs?)\b",
    re.IGNORECASE,
)
#: Words that are no name of the texts on their own: "help" of "help articles" / "help centre" (the claim reader
#: knows those already), "base" of "knowledge base", and the prompt's adjectives.
_GENERAL = frozenset({"the", "our", "your", "and", "help", "base", "supplied", "provided", "given", "available",
                      "retrieved", "information"})


#: Nouns for a part of a text: "the price list passages" are passages *of* the price list, so the words before
#: such a head name the texts as a whole ("The price list does not mention ...").
_PART_NOUNS = frozenset({"passages", "excerpts", "extracts", "snippets", "sections", "entries", "chunks"})


def _names(phrase: str) -> list[str]:
    """The head noun of a source phrase ("studio notes" -> "notes", "service-terms" -> "terms"), and the head of
    a hyphenated name before it ("the service-terms clauses" -> "terms": written like a source id). A plain
    modifier ("the practice articles", "the service pages") is not taken: "our practice doesn't cover X" states a
    fact of the business. Before a noun for a part of a text, the two words naming the whole are its name ("the
    price list passages" -> "price list"): two words, never a single modifier."""
    parts = phrase.lower().split()
    names = [_head(parts[-1])] if parts else []
    if len(parts) > 1 and "-" in parts[-2]:
        names.append(_head(parts[-2]))
    if READ_WHOLE_NAMES and len(parts) == 3 and parts[-1] in _PART_NOUNS and all(
            p.isalpha() and p not in _GENERAL for p in parts[:2]):
        names.append(" ".join(parts[:2]))
    return [n for n in names if n and n not in _GENERAL]


def _head(word: str) -> str:
    """The last part of a word joined by hyphens or underscores, if it is a word of three letters or more."""
    last = re.split(r"[_-]+", word)[-1]
    return last if last.isalpha() and len(last) > 2 else ""


@lru_cache(maxsize=256)
def trace_source_nouns(instructions: str | None, sources: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The trace's own nouns for its texts, from the system prompt and the documents' ``metadata.source``
    values (cached: a deployment's prompt and sources recur on every request)."""
    found: list[str] = []
    for match in _PROMPT_SOURCES_RE.finditer(instructions or ""):
        found += _names(match.group(1))
    for source in sources:
        found += _names(source)[:1]
    return tuple(sorted(set(found)))


def document_sources(metadata: Iterable[Mapping[str, object]]) -> tuple[str, ...]:
    """The ``source`` values of the documents' metadata, in order, each once."""
    return tuple(dict.fromkeys(s for m in metadata if isinstance(s := m.get("source"), str)))


def noun_pattern(noun: str) -> str:
    """A noun in singular or plural ("note" / "notes", "policy" / "policies"; "price list" / "price lists")."""
    if noun.endswith("ies"):
        return re.escape(noun[:-3]).replace(r"\ ", r"\s+") + "(?:y|ies)"
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return re.escape(stem).replace(r"\ ", r"\s+") + "s?"


_OPEN = r"(?:(?:i'm afraid|i am afraid|sorry|unfortunately)\s*[,!.\-–—]?\s*)?"
_TRAIL = r"(?:\s*[,!.\-–—]?\s*(?:sorry|i'm afraid|i am afraid|unfortunately))?"
_IS_NOT = r"(?:\s+(?:isn't|is\s+not|wasn't|was\s+not)|'s\s+not)"
_SAYING = r"(?:say|mention|list|name|give|state|specify|go\s+into)"


@lru_cache(maxsize=64)
def _decline_re(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """The decline patterns for these nouns (cached: a set's traces share a few)."""
    noun = "(?:" + "|".join(noun_pattern(n) for n in nouns) + ")"
    source = rf"(?:our|my|the|these|those)\s+(?:[\w-]+\s+){{0,2}}{noun}"
    return re.compile(
        # "The household rules do not cover that", "Our notes don't mention venue partnerships or discounts"
        rf"^(?:but\s+|and\s+|so\s+)?{_OPEN}{source}(?:\s+(?:i|we)\s+have)?\s+"
        # "cover" / "include" only of a pronoun: "The household rules don't cover bonfires" is a rule
        rf"(?:(?:don't|do\s+not|doesn't|does\s+not|never)\s+(?:{_SAYING}s?(?:\s+[\w'-]+){{0,6}}"
        r"|(?:cover|include)s?(?:\s+(?:that|this|it|them|those|these)(?:\s+(?:question|point|topic|part))?)?)"
        r"|(?:say|mention)s?\s+nothing(?:\s+[\w'-]+){0,6}|(?:are|is)\s+silent(?:\s+[\w'-]+){0,6})" + _TRAIL + "$"
        # "That is not covered by our service terms", "That's not on our price sheet, sorry"
        rf"|^{_OPEN}(?:that|it|this)(?:\s+question)?{_IS_NOT}"
        rf"(?:\s+(?:covered|mentioned|listed|something|anything))?\s+(?:in|by|on)\s+{source}{_TRAIL}$"
        # "That's not something the studio policies cover"
        rf"|^{_OPEN}(?:that|it|this)(?:\s+question)?{_IS_NOT}\s+(?:something|anything)\s+"
        rf"{source}\s+(?:cover|mention|say|list|include)s?{_TRAIL}$",
        re.IGNORECASE,
    )


def declines_by_source(text: str, nouns: tuple[str, ...]) -> bool:
    """Is the sentence a decline naming the trace's own texts, with no figure or code (see the module docstring)?"""
    if not nouns or not _decline_re(nouns).match(text.strip(" .!")):
        return False
    return not (numbers_in(text) or identifiers_in(text))

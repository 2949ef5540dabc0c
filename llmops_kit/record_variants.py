"""A record's variant named with another word: "Maroon buckram" where the order the question names holds "navy
buckram", "filter grind" where it holds "espresso grind".

A customer asks for their own record ("what did I order?", "which colour did I choose?") and the answer restates
it in a few words. The hard-fact step has no figure to compare, and the claim decision sees the record's own noun
("buckram", "grind") and words an article happens to hold ("filter"), so a changed variant passes. Here a value of
the record the question (or the claim) names by its id is read as comma-separated parts, each ending in a noun
with the word before it as its variant ("navy buckram": "navy" of "buckram"). A claim that writes the same noun
after another word of the same kind, and not the record's word, contradicts the record: of the same kind means
both are colours (a closed table) or an article lists the two together as alternatives ("ground for espresso,
plunger or filter"). Only a clause that restates the record is read: its words other than the phrase are the
question's, the record's, function words or words of choosing and ordering ("You chose maroon buckram"), so an
article fact beside the record ("Filter grind suits a pour-over") stays judged against the articles. A person
named as the record's role ("Ciaran is your sitter", "your engineer will be Dafydd") is read the same way against
that field when it holds one name ("sitter: Aoife"). A variant or person the customer asks to change to ("Can I
swap to black buckram?") is what they asked for, not a restatement, and is not read.

Read by :func:`~llmops_kit.grounding.judge_claims` before the claim decision (a finding makes the claim
contradicted); switched off by :data:`READ_RECORD_VARIANTS` in the decision's fit.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .evidence import Evidence
from .evidence_statements import record_keys
from .record_fields import RECORD_LINE_RE
from .text import STOPWORDS, content_stems, sentences_of, stem, words_in
from .textcache import text_cache

__all__ = ["COLOUR_WORDS", "READ_RECORD_VARIANTS", "other_variant"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible.
READ_RECORD_VARIANTS = True

#: Colour words: two of them before one noun are two variants of the same kind.
COLOUR_WORDS = frozenset((
    "black", "white", "grey", "gray", "silver", "gold", "red", "maroon", "burgundy", "crimson", "scarlet", "pink",
    "orange", "yellow", "mustard", "cream", "ivory", "beige", "tan", "brown", "chocolate", "green", "olive", "sage",
    "emerald", "teal", "turquoise", "blue", "navy", "cobalt", "sky", "purple", "violet", "lilac", "lavender",
    "plum", "charcoal", "bronze", "copper", "oxblood", "indigo", "khaki", "rust", "coral", "mint",
))

#: Words that restate a choice or an order beside the record's words ("You chose ...", "Your order is ...").
_RESTATING = frozenset(stem(w) for w in (
    "order", "ordered", "chose", "chosen", "choose", "picked", "pick", "selected", "select", "went", "booked",
    "bag", "bags", "copy", "copies", "item", "items", "it", "that", "this", "one", "ones",
))
#: A claim naming who fills a role of the record ("Ciaran is your sitter", "your engineer will be Dafydd").
_NAMED_ROLE_RE = re.compile(r"\b([A-Z][^\W\d_]+(?:[ '’-][A-Z][^\W\d_]+)?) (?:is|will be) your ([a-z]+)\b"
                            r"|\b[Yy]our ([a-z]+) (?:is|will be) ([A-Z][^\W\d_]+(?:[ '’-][A-Z][^\W\d_]+)?)")
#: A record value that is a person's name: one or two capitalised words.
_NAME_VALUE_RE = re.compile(r"^[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?$")
#: A question asking to change the record ("Can I swap to black buckram?"): the variant it names is the one asked
#: for, not a restatement of the record.
_CHANGE_RE = re.compile(r"\b(?:swap|switch|change|instead|upgrade|rather|exchange|replace|convert|prefer)",
                        re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z][a-z'’-]*|\d[\w.]*")
_CLAUSE_SPLIT_RE = re.compile(r"[,;:()]|\s[-–—]\s|\band\b|\bbut\b")


@text_cache()
def _record_variants(text: str) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """(line as written, its (variant word, noun) pairs) of each line of a record whose value has a part (comma
    separated) ending in two letter words, the first no function word ("navy buckram"). Cached per record."""
    out = []
    for line in RECORD_LINE_RE.finditer(text):
        pairs = []
        for part in re.split(r"[,;/]", line.group(2).lower()):
            words = _WORD_RE.findall(part)
            if len(words) >= 2 and words[-1].isalpha() and words[-2].isalpha() and words[-2] not in STOPWORDS:
                pairs.append((words[-2], words[-1]))
        if pairs:
            out.append((line.group(0).strip(), tuple(pairs)))
    return tuple(out)


def _same_kind(said: str, held: str, evidence: Evidence, record_label: str) -> bool:
    """Are two words variants of one kind: both colours, or listed together by a text other than the record?"""
    if said in COLOUR_WORDS and held in COLOUR_WORDS:
        return True
    for source in evidence.sources:
        if source.label == record_label or not source.prose:
            continue
        if not {said, held} <= words_in(source.text.lower()):
            continue
        if any({said, held} <= words_in(sentence.lower()) for sentence in sentences_of(source.text)):
            return True
    return False


def _restates(clause: str, phrase: tuple[str, str], allowed: frozenset[str]) -> bool:
    """Is the clause the phrase with only the question's, the record's, function and restating words beside it?"""
    rest = content_stems(clause) - {stem(phrase[0]), stem(phrase[1])}
    return not {w for w in rest if not w[0].isdigit()} - allowed


def _other_name(claim: str, text: str) -> tuple[str, str] | None:
    """(record line, claimed name) when the claim names someone as the record's role ("Ciaran is your sitter")
    whose field holds another name ("sitter: Aoife")."""
    if " your " not in claim and not claim.startswith("Your "):
        return None
    for m in _NAMED_ROLE_RE.finditer(claim):
        name, role = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        for line in RECORD_LINE_RE.finditer(text):
            field, value = line.group(1).lower().split(), line.group(2).strip()
            if not field or field[-1] != role or not _NAME_VALUE_RE.match(value):
                continue
            if set(name.lower().split()) & set(value.lower().split()):
                return None
            return line.group(0).strip(), name
    return None


def other_variant(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source label, record line, the claimed phrase) when a claim restating the record the question or the claim
    names writes the noun of one of its values after another word of the same kind (see the module docstring)."""
    if not READ_RECORD_VARIANTS:
        return None
    records = [s for s in evidence.sources if not s.prose]
    if not records:
        return None
    lowered = claim.lower()
    claim_words = words_in(lowered)
    user = evidence.user_text or ""
    keys = record_keys(claim) | record_keys(user)
    if not keys:
        return None
    # the variant or person a change request names is what the customer asked for
    asked = words_in(user.lower()) if _CHANGE_RE.search(user) else frozenset()
    for source in records:
        if not keys & record_keys(source.text):
            continue
        named = _other_name(claim, source.text)
        if named is not None and not set(named[1].lower().split()) & asked:
            return source.label, named[0], named[1]
        variants = _record_variants(source.text)
        if not variants:
            continue
        held_words = words_in(source.text.lower())
        for line, pairs in variants:
            for held, noun in pairs:
                if noun not in claim_words or held in claim_words:
                    continue
                for clause in _CLAUSE_SPLIT_RE.split(lowered):
                    words = _WORD_RE.findall(clause)
                    for before, after in pairwise(words):
                        if (after != noun or not before.isalpha() or before in STOPWORDS or before in held_words
                                or before in asked):
                            continue
                        if not _same_kind(before, held, evidence, source.label):
                            continue
                        allowed = (content_stems(source.text) | content_stems(user)
                                   | _RESTATING)
                        if _restates(clause, (before, noun), allowed):
                            return source.label, line, f"{before} {noun}"
    return None

"""A record's kind said as another kind the articles name with the same noun: "NLC-48213 is the small camper"
against "vehicle: 4x4 camper" where the rates article prices a "Small camper" and a "4x4 camper"; "HV-58213 is
down for a Carniolan package" against "bees: Italian package" where the article sells "a Carniolan package".

:mod:`llmops_kit.record_values` reads a field's other values from a table column or a billing period; a kind
written as a word before a noun ("4x4 camper", "Italian package") has its other values in the articles' prose,
each the same noun after another word. A claim naming the record (an id it holds, or "your") that states the
noun after another word the articles put before it, without the record's own word, says what the record does
not: *contradicted*, with the record line. A claim that asks, or also states the record's word, is not read,
nor a clause that negates, offers a change or a choice ("could switch to", "instead of"); a clause after it ("so
dogs can't stay") is not the kind's.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import record_keys
from .record_fields import RECORD_LINE_RE
from .textcache import text_cache

__all__ = ["other_kind"]

#: A field value read as a kind: one or two words before a noun of three or more letters, nothing else.
_KIND_VALUE_RE = re.compile(r"^([a-z0-9][a-z0-9-]*(?: [a-z0-9][a-z0-9-]*)?) ([a-z]{3,})$")
#: A claim about the customer's own record.
_YOURS_RE = re.compile(r"\b(?:your|you['’]re|you are)\b", re.IGNORECASE)
#: A claim that is no plain statement of what the record holds: a negation, a question, a change or a choice.
_NOT_STATED_RE = re.compile(
    r"\b(?:not|no longer|never|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|if|whether|"
    r"can|could|would|might|may|upgrade[sd]?|switch(?:ed|es)?|chang(?:e|ed|es|ing)|swap(?:ped|s)?|instead|"
    r"rather|prefer|either|or)\b", re.IGNORECASE)
#: Fields that hold a state, not a kind ("status: out for delivery"): read by the status check.
_STATE_FIELDS = frozenset({"status", "state", "stage"})
#: Where one clause of a claim ends: what follows ("so dogs can't stay") says something else of the record.
_CLAUSE_END_RE = re.compile(r"[,;:]|\s[-–—]\s|\b(?:so|but|because|and then)\b", re.IGNORECASE)
#: Words that go before a noun without naming a kind of it.
_LIGHT = frozenset(re.findall(r"[a-z]+", """
    a an the this that these those your our my their his her its any each every one some all no per of for
    and or to in on at by with from is are was were be same other another new own first last next"""))


@text_cache(maxsize=2048)
def _kinds(text: str) -> tuple[tuple[str, str, str], ...]:
    """A record's field lines whose value is a kind, as (the kind's word(s), noun, line) (cached per source
    text)."""
    out = []
    for line in RECORD_LINE_RE.finditer(text):
        value = line.group(2).strip().strip("\"'").lower()
        m = _KIND_VALUE_RE.match(value)
        name = set(re.findall(r"[a-z]+", line.group(1).lower()))
        if m is not None and not m.group(1).isdigit() and m.group(2) not in _LIGHT and not name & _STATE_FIELDS:
            out.append((m.group(1), m.group(2), line.group(0).strip()))
    return tuple(out)


@text_cache(maxsize=4096)
def _words_before(text: str, noun: str) -> frozenset[str]:
    """The words the text puts right before the noun (singular or plural), light words and numbers left out."""
    found = re.findall(rf"\b([a-z0-9][a-z0-9-]*) {re.escape(noun)}s?\b", text.lower())
    return frozenset(w for w in found if w not in _LIGHT and not w.isdigit())


def _other_kind(claim: str, kind: str, noun: str, articles: list[str]) -> str | None:
    """Another word the articles put before the noun, stated before it by the claim; None when the claim also
    states the record's own word."""
    low = claim.lower()
    if re.search(rf"\b{re.escape(kind)}\b", low):
        return None
    said = _words_before(low, noun)
    if not said:
        return None
    own = [w for w in kind.split() if w not in _LIGHT]
    for text in articles:
        if not own or not _named_with(text, noun, tuple(own)):
            continue  # the articles must name the record's own kind too, beside the noun
        for word in sorted(said & _words_before(text, noun)):
            if word not in kind.split() and _stated(low, f"{word} {noun}"):
                return f"{word} {noun}"
    return None


@text_cache(maxsize=4096)
def _named_with(text: str, noun: str, words: tuple[str, ...]) -> bool:
    """Does one sentence of the text name the noun and every one of the words ("a package of Italian bees")?"""
    for sentence in re.split(r"[.!?\n]+(?:\s|$)", text.lower()):
        found = set(re.findall(r"[a-z0-9][a-z0-9-]*", sentence))
        if (noun in found or f"{noun}s" in found) and all(w in found for w in words):
            return True
    return False


def _stated(claim: str, phrase: str) -> bool:
    """Is the phrase said plainly, after an article or "your", in a clause that does not negate, ask, or offer
    a change or a choice?"""
    for clause in _CLAUSE_END_RE.split(claim):
        if clause and re.search(rf"\b(?:a|an|the|your)\s+{re.escape(phrase)}s?\b", clause):
            return _NOT_STATED_RE.search(clause) is None
    return False


def other_kind(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, record line, the kind claimed) when the claim gives a record it names another kind of one of its
    fields, a kind the articles name with the same noun."""
    records = evidence.once("record_kinds.records", lambda ev: [  # read once per evidence, not per claim
        (source, kinds) for source in ev.sources
        if not (source.prose or source.user) and (kinds := _kinds(source.text))])
    if not records or "?" in claim:
        return None
    keys = record_keys(claim)
    if not keys and _YOURS_RE.search(claim) is None:
        return None
    articles = [source.text for source in evidence.sources if source.prose]
    for source, kinds in records:
        if keys and not keys & record_keys(source.text):
            continue
        for kind, noun, line in kinds:
            found = _other_kind(claim, kind, noun, articles)
            if found is not None:
                return source.label, line, found
    return None

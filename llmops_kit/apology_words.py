"""The apology of a claim is courtesy, not subject matter: "Sorry, dogs are welcome on the ground floor only" says
what "Dogs are welcome on the ground floor only." says.

A support answer that declines opens or closes with an apology ("Sorry, ...", "..., I'm afraid", "My apologies:
..."). No evidence text holds that word, so the lexical signals the fitted claim decision reads counted it as an
unheld content word: a short restatement of a rule lost a third or half of its share of held words for the
apology alone ("Sorry po, not yet: we deliver in Makati, BGC (Taguig) and Ortigas (Pasig) only", similarity 0.96
to the article's sentence, was read as unsupported). On the claims of the held-out sets as first met, measuring
without the apology clears six false alarms on three authors' sets and loses no true positive (with the polarity
test below; without it, one labelled reversal was lost).

:func:`apology_stems` names the stems of a claim's apology words, so the claim's share of held words and the fitted
decision's signals are measured without them (:func:`llmops_kit.grounding.judge_claims`; the light-word test still
reads the apology as the claim's one new word). Only the courtesy forms are read:
"sorry" anywhere, "afraid" only as "I'm afraid" / "I am afraid" / "afraid not" ("children afraid of horses" keeps
its word), and "apologies" / "apologise" only after "my", "our", "we" or at the claim's start. A claim whose words
are all apology keeps them (there is nothing else to measure). Every other word, figure and reading is unchanged,
so a rule restated wrongly after an apology ("Sorry, dogs are welcome upstairs only") is judged as before.

A reversed rule shares the healthy decline's form ("Sorry, we don't tow motorcycles" against "Motorcycles travel
on a special trailer"), and the unheld apology was all that kept some of them below the decision's bar. So the
apology is set aside only when the claim's statement denies as every evidence sentence closest to it does (both
deny, or neither): closest by the words the claim shares with the customer's question, its subject ("Sorry, dogs
aren't something we take on" to "Can you board my dog?" meets "Dogs and cats stay in heated pens", not "We don't
take on snakes"), else by all its words. The statement is the claim less a short opening answer before a colon or
semicolon ("Sorry po, not yet:", "I am afraid not;"), which answers the question and is no part of the rule
restated; a consequence for the customer's case (", so a pair like yours can't be sent back") is kept, so a rule
applied the wrong way round still meets the evidence's polarity. Excluding words deny too ("Sorry, NHS vouchers only
cover our standard range; designer frames are excluded" against "any frame in the shop, designer ranges included").
The reading is off in the decision's fit (``READ_APOLOGY_WORDS``, ``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import negated, sentence_stems
from .text import stem

__all__ = ["READ_APOLOGY_WORDS", "apology_stems"]

#: Off in the claim decision's fit (``tools/fit_claim_decision.py``), so the committed fit stays reproducible.
READ_APOLOGY_WORDS = True

_SORRY_RE = re.compile(r"\bsorry\b", re.IGNORECASE)
_AFRAID_RE = re.compile(r"\b(?:i['’]m|i\s+am)\s+afraid\b|\bafraid\s+(?:not|so)\b", re.IGNORECASE)
_APOLOGY_RE = re.compile(r"(?:^\s*|\b(?:my|our|we)\s+)(?:sincere\s+)?apolog(?:y|ies|ise|ize)\b", re.IGNORECASE)

_FORMS = ((_SORRY_RE, (stem("sorry"),)), (_AFRAID_RE, (stem("afraid"),)),
          (_APOLOGY_RE, tuple({stem(w) for w in ("apology", "apologies", "apologise", "apologize")})))


#: Words that deny by excluding or forbidding, beside the plain denials :func:`negated` reads: "designer frames
#: are excluded" denies what "designer ranges included" grants.
_EXCLUSION_RE = re.compile(r"\b(?:exclud(?:e|es|ed|ing)|except|excepted|banned|forbidden|prohibited|off[- ]limits)\b",
                           re.IGNORECASE)


def _denies(text: str) -> bool:
    """Does ``text`` deny, plainly ("not", "no", "don't") or by excluding ("excluded", "except", "banned")?"""
    return negated(text) or _EXCLUSION_RE.search(text) is not None


#: The most words an opening answer before a colon or semicolon may have ("Sorry po, not yet:", "I am afraid not;").
_LEAD_WORDS = 4
_LEAD_RE = re.compile(r"^([^:;]*)[:;]\s*(?=\S)")


def _statement(claim: str) -> str:
    """The claim less a short opening answer before a colon or semicolon ("No, sorry: the courtyard ..." -> "the
    courtyard ...")."""
    match = _LEAD_RE.match(claim)
    if match is not None and len(match.group(1).split()) <= _LEAD_WORDS:
        return claim[match.end():]
    return claim


def _polarity_held(statement: str, stems: frozenset[str], evidence: Evidence) -> bool:
    """Does every evidence sentence closest to the claim deny as ``statement`` does (both or neither)? The closest
    are those sharing most of the claim's words the customer's question also holds (its subject: "microwaves" of
    "Can you fix my microwave?"), or, when it holds none of them, most of ``stems``. Every text the model was given
    is read, never the customer's message; no sentence sharing a word, nothing is held."""
    asked = stems & evidence.user_stems
    wanted = asked if asked and any(not asked.isdisjoint(held) for source in evidence.sources if not source.user
                                    for _, held in sentence_stems(source.text)) else stems
    denies = _denies(statement)
    best, agree = 0, True
    for source in evidence.sources:
        if source.user:
            continue
        for sentence, held in sentence_stems(source.text):
            shared = len(wanted & held)
            if shared > best:
                best, agree = shared, _denies(sentence) == denies
            elif shared == best and shared:
                agree = agree and _denies(sentence) == denies
    return best > 0 and agree


def apology_stems(claim: str, stems: frozenset[str], evidence: Evidence) -> frozenset[str]:
    """The stems of the claim's apology words in their courtesy forms, to measure it without (``stems``: its
    content stems); empty when the reading is off, when nothing else would be left, or when the claim's statement
    and the evidence sentences closest to it differ in polarity, as a reversed rule does."""
    if not READ_APOLOGY_WORDS:
        return frozenset()
    found = frozenset(word for pattern, words in _FORMS if pattern.search(claim) for word in words) & stems
    if not found or not stems - found or not _polarity_held(_statement(claim), stems - found, evidence):
        return frozenset()
    return found

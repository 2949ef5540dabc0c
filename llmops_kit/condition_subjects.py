"""A claim's condition worded from an evidence sentence about something else.

The added-condition reading of :mod:`llmops_kit.claim_meaning` takes a condition as the evidence's when one evidence
sentence holds half its content words. An invented condition is often built of the article's words from another
rule: "new clients can be invoiced monthly *once they sign our standard agreement*", whose "sign ... agreement" is
the translators' non-disclosure agreement of another answer; "asbestos is accepted if double wrapped, *and only on a
booked slot with a permit*", whose "permit booked" is the vans' permit. Read sets of two authors passed such claims.

Here a condition of two content words or more held by its words is still unheld when no evidence sentence holding
half of them (nor a sentence beside one, in the same source: a rule and its condition are often two sentences)
shares a content word with the claim's rule, the words before the condition's marker (two at least): the evidence
stated that condition of another subject. A condition held in its rule's sentence, or next to it, stays held.
Switched by :data:`READ_CONDITION_SUBJECTS`, off in the claim-decision fit (``tools/fit_claim_decision.py``).
Nothing here looks at the answer's length, style or position.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .evidence_statements import sentence_stems
from .text import content_stems

__all__ = ["READ_CONDITION_SUBJECTS", "condition_of_another_subject"]

#: Read a condition held only by sentences about another subject than the claim's rule as unheld (``cond45``).
READ_CONDITION_SUBJECTS = True
#: Content words a condition and its rule must each have to be compared: fewer name no subject.
_LEAST_STEMS = 2
#: A word written with a figure ("30-day", "€35"): its unit names no subject ("30-day terms" and "90 days" share none).
_FIGURED_RE = re.compile(r"\S*\d\S*")
#: The share of a condition's content words a sentence holding it holds, as in the added-condition reading.
_HELD_SHARE = 0.5


def condition_of_another_subject(rule: str, condition: str, evidence: Evidence) -> str | None:
    """The evidence sentence holding the ``condition``'s words when every sentence that does (and every sentence
    beside one) shares no content word with the claim's ``rule``; None when one does, or when either is too short
    to name a subject."""
    if not READ_CONDITION_SUBJECTS:
        return None
    wanted, ruled = content_stems(condition), content_stems(_FIGURED_RE.sub(" ", rule))
    if len(wanted) < _LEAST_STEMS or len(ruled) < _LEAST_STEMS:
        return None
    first = None
    for source in evidence.sources:
        sentences = sentence_stems(source.text)
        for at, (sentence, held) in enumerate(sentences):
            if sentence.endswith("?") or len(wanted & held) < _HELD_SHARE * len(wanted):
                continue
            near = sentences[max(0, at - 1):at + 2]
            if any(ruled & stems for _, stems in near):
                return None
            first = first or sentence
    return first

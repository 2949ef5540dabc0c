"""A claim saying a plan or offer covers what its evidence leaves out: "the offer also covers lockers" against
"50% off on Small, Medium and Large units (not lockers)", "covers ... blocked drains" against "Drains and outside
taps are not included".

The hard-fact step checks a claim's figures and the meaning readings (:mod:`llmops_kit.claim_meaning`) read
claims with no figure, so an exclusion turned round inside a claim that also states a price passes both. This
reading is narrow: the evidence must name the thing as left out in so many words (a parenthesis "(not X)",
"X ... are not included / covered", "does not include / cover X", "excluding X"), and the claim's clause must
say it is covered or included (a form of *include* or *cover*) with no negation or exception of its own. A claim
that mentions the thing in any other way (its price, a denial) is not read here.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text.case_key import case_key
from .text.tokens import word_stems
from .textcache import text_cache

__all__ = ["covered_exclusion"]

_NOT_PAREN_RE = re.compile(r"\((?:but )?not ([^()]{2,60})\)", re.IGNORECASE)
_NOT_INCLUDED_RE = re.compile(r"(?:^|[.;:]\s*)([^.;:]{2,80}?)\s+(?:is|are)\s+not\s+(?:included|covered)\b",
                              re.IGNORECASE)
_DOES_NOT_RE = re.compile(r"\b(?:does not|doesn't|do not|don't)\s+(?:include|cover)\s+([^.;:()]{2,60})"
                          r"|\bexclud(?:es|ing)\s+([^.;:()]{2,60})", re.IGNORECASE)
#: A clause of the claim that says something is covered or included.
_COVERS_RE = re.compile(r"\b(?:cover(?:s|ed)?|includ(?:e|es|ed|ing))\b", re.IGNORECASE)
#: A claim clause that negates or makes an exception leaves an exclusion standing.
_NEGATION_RE = re.compile(r"\b(?:not|no|never|except|excluding|without|isn't|aren't|doesn't|don't|nor)\b|n't\b",
                          re.IGNORECASE)
#: Where a claim's clause ends: a sentence, a "but", or a comma opening a clause of its own (", and if one arrives
#: damaged" says nothing of what is covered), never a comma between the items of a list.
_CLAUSE_RE = re.compile(r"[;.!?]\s+|\s+but\s+"
                        r"|,\s+(?:(?:and|or|but|so)\s+)?(?=(?:if|when|while|unless|once|you|we|it|they|i)\b)",
                        re.IGNORECASE)
#: Words an exclusion names that say nothing of the thing excluded.
_LIGHT = frozenset(("also", "any", "all", "other", "includ", "cover", "plan", "offer", "price", "cost", "the",
                    "against", "with", "from", "into", "over", "under", "about", "after", "before", "caus"))
#: Where the subject of "... is not covered" stops naming the thing: "Damage caused by washing ..." is damage.
_SUBJECT_END_RE = re.compile(r"\s+(?:caused|by|from|that|which|when|if|against|due|resulting|during)\b",
                             re.IGNORECASE)


@text_cache(maxsize=4096)
def _excluded(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """(the stems left out, the sentence saying so) of each exclusion a source states (cached)."""
    out = []
    for pattern in (_NOT_PAREN_RE, _NOT_INCLUDED_RE, _DOES_NOT_RE):
        for match in pattern.finditer(text):
            named = next(g for g in match.groups() if g)
            if pattern is _NOT_INCLUDED_RE:
                named = _SUBJECT_END_RE.split(named, maxsplit=1)[0]
            stems = frozenset(w for w in word_stems(named) if len(w) > 3 and w not in _LIGHT)
            if stems:
                out.append((stems, match.group(0).strip(" .;:")))
    return tuple(out)


def covered_exclusion(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, the evidence's exclusion, the thing) when a clause of the claim says covered or included what the
    evidence leaves out (see the module docstring), else None."""
    key = claim.lower() if claim.isascii() else case_key(claim)
    if ("cover" not in key and "includ" not in key) or _COVERS_RE.search(claim) is None:
        return None  # no form of cover or include (in the case key the case-blind pattern reads): nothing to read
    for clause in _CLAUSE_RE.split(claim):
        if _COVERS_RE.search(clause) is None or _NEGATION_RE.search(clause):
            continue
        words = word_stems(clause)
        for source in evidence.sources:
            if source.user:
                continue
            for stems, said in _excluded(source.text):
                shared = words & stems
                if shared:
                    return source.label, said, sorted(shared)[0]
    return None

"""A remark of feeling about a phrase the sentence quotes from the customer: "\\"Lots of green, barely any colour,
very Cape\\" sounds lovely to us" to "we want 'lots of green, barely any colour, very Cape'".

The remark states nothing a source could hold, as "that sounds lovely" does (``_REMARK_RE`` of
:mod:`llmops_kit.text.claims`); the quoted phrase stands where "that" would. Only the whole sentence is read so:
the quote, "sounds" / "is" / "looks", an adjective of liking, and at most "to us" / "to me". A quoted phrase
answered with a statement ("\\"...\\" sounds lovely, we can do it for R500") is a claim, judged as any other.
The reading changes which sentences are claims before the claim decision and is off in its fit
(``READ_QUOTED_REMARKS``, ``tools/fit_claim_decision.py``).
"""

from __future__ import annotations

import re

__all__ = ["READ_QUOTED_REMARKS", "quoted_remark"]

#: Off in the claim decision's fit (``tools/fit_claim_decision.py``), so the committed fit stays reproducible.
READ_QUOTED_REMARKS = True

#: A remark of liking about a quoted phrase, the whole sentence.
_QUOTED_REMARK_RE = re.compile(
    r"^[\"“‘'][^\"”’]{2,120}[\"”’']\s+(?:sounds|is|looks)(?:\s+(?:so|really|very|just))?"
    r"\s+(?:lovely|great|wonderful|gorgeous|beautiful|perfect|fantastic|brilliant|amazing|fun|nice)"
    r"(?:\s+to\s+(?:us|me))?\s*[.!]*$",
    re.IGNORECASE,
)
_QUOTES = ("\"", "'", "“", "‘")


def quoted_remark(text: str) -> bool:
    """Is the whole text a remark of liking about a phrase it quotes ("\\"very Cape\\" sounds lovely to us")?"""
    return (READ_QUOTED_REMARKS and text.startswith(_QUOTES) and _QUOTED_REMARK_RE.match(text.strip()) is not None)

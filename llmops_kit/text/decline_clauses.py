"""A clause that declines a detail, cut from the claim it ends, so that only the stated fact is judged.

Two shapes end a healthy answer's sentence with a decline that the claim reader (:mod:`llmops_kit.text.claims`)
kept as part of the claim, so words like "promise", "exact" or "subtitle timing" counted as content no source holds:

* a first-person hedge on a detail: "Expect the power to be off for around 2 hours, though I can't promise the exact
  time of day", "you'd pay any difference in fare, which I can't predict without the new sailing's price";
* a partial answer naming the gap: "The clauses cover document translation (at S$0.16 per word) but say nothing
  about subtitle timing, so I can't confirm that part" (the subject must be the texts: a generic noun or the
  trace's own, :mod:`llmops_kit.text.source_nouns`).

A sentence that is the hedge alone ("I can't promise that") is conversation already. :func:`cut_decline_clause`
returns the fact part; that part is still judged, so a wrong figure in it stays flagged. The decline clause is cut
only when it names no figure, code or name: "so I can't confirm 3056" may carry a figure no source or question
holds, and the whole sentence is judged as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .tokens import identifiers_in, may_hold_word, names_in, numbers_in, words_in

__all__ = ["CANNOT", "READ_DECLINE_CLAUSES", "cut_decline_clause"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes which words reach the decision.
READ_DECLINE_CLAUSES = True

#: "I can't", "we cannot", "I'm unable to", "I'm not able to": a first-person denial of being able (a pattern
#: string, for the readers that cut a closing decline).
CANNOT = (r"(?:i|we)\s+(?:can't|cannot|can\s+not|couldn't|could\s+not|am\s+unable\s+to|'m\s+unable\s+to"
           r"|am\s+not\s+able\s+to|'m\s+not\s+able\s+to)")
#: ", though I can't promise the exact time", "; I couldn't say exactly when", ", which I can't predict ...":
#: a clause opening on "I"/"we" and "can't" with a verb of vouching, to the end of the sentence.
_HEDGE_CLAUSE = re.compile(
    r"\s*(?:,|;|\s[-–—])\s*(?:(?:though|although|but|so|and|which|as)\s+)?" + CANNOT
    + r"\s+(?:promise|guarantee|say|confirm|predict|tell\s+you|be\s+sure)\b[^;]*$",
    re.IGNORECASE,
)
#: The subject of :data:`_HEDGE_CLAUSE`, and a word of each of its denials ("can" of "can't"), each a whole word
#: wherever it matches.
_HEDGE_SUBJECTS = frozenset(("i", "we"))
_HEDGE_DENIALS = frozenset(("can", "cannot", "couldn", "could", "unable", "able"))
#: Generic nouns for the texts (the trace's own are added per call).
_GENERIC_SOURCES = ("articles?", "pages?", "passages?", "documents?", "sources?", "guides?", "faqs?",
                    "help[- ]cent(?:re|er)", "knowledge[- ]base")
#: "... but say nothing about subtitle timing, so ...", "... but don't mention parking": the turn to the gap.
_GAP_TURN = (r"\s*,?\s+but\s+(?:they\s+|it\s+)?(?:(?:don't|do\s+not|doesn't|does\s+not|never)\s+"
             r"(?:say|mention|list|give|cover|include|state|specify|go\s+into)\b"
             r"|(?:say|says|mention|mentions)\s+nothing\b|(?:are|is)\s+silent\b)[^;]*$")


def _noun(noun: str) -> str:
    """A trace's noun in singular or plural."""
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return re.escape(stem) + "s?"


@lru_cache(maxsize=64)
def _gap_re(sources: tuple[str, ...]) -> re.Pattern[str]:
    """The partial-answer pattern: the texts as subject, a verb of giving, the fact, then the turn to the gap."""
    nouns = "|".join((*_GENERIC_SOURCES, *(_noun(s) for s in sources)))
    return re.compile(
        rf"^(?P<fact>(?:the|our|my|these|those)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\s+(?:only\s+)?"
        r"(?:give|gives|cover|covers|say|says|list|lists|describe|describes|mention|mentions|show|shows|set\s+out"
        r"|sets\s+out|state|states)\b.*?)" + _GAP_TURN,
        re.IGNORECASE,
    )


def _plain(clause: str) -> bool:
    """Does the clause name no figure, code or name (a decline of a detail, nothing stated)?"""
    return not (numbers_in(clause) or identifiers_in(clause) or names_in(clause))


def cut_decline_clause(text: str, sources: tuple[str, ...] = ()) -> str:
    """The claim with a closing decline clause cut off (see the module docstring); the text unchanged otherwise."""
    if not READ_DECLINE_CLAUSES:
        return text
    gap = _gap_re(sources).match(text)
    if gap and _plain(text[gap.end("fact"):]):
        return gap.group("fact").rstrip(" ,")
    # the hedge pattern runs only on a claim that may hold its subject and a denial (an ASCII claim's words are cached)
    if not may_hold_word(text, _HEDGE_SUBJECTS) or (text.isascii() and _HEDGE_DENIALS.isdisjoint(words_in(text))):
        return text
    hedge = _HEDGE_CLAUSE.search(text)
    if hedge and hedge.start() > 0 and _plain(hedge.group(0)):
        return text[:hedge.start()].rstrip(" ,")
    return text

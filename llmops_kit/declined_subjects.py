"""An answer that says its texts lack the question's own subject: the model's reading of a retrieval that missed.

"Our servicing note only covers home espresso machines ($149 with a descale); it doesn't mention grinders or burrs"
to "Can you sharpen the burrs on my grinder?", "I don't have information on safaris; the notices I found describe our
course and range", "We bind; the pages don't mention printing", "I only have our own inspection charge; the
authority's permit fee isn't in our terms". Each claim names a subject of the question only to deny that the texts
the bot was given hold it, and, beside that, says at most what the texts do hold (a neighbouring topic of the same
business). The retrieval reading (:mod:`llmops_kit.retrieval_fit`) counts such a claim as a decline, like "They
describe X, but nothing about Y" (:func:`llmops_kit.declines.describes_missing`), which the fixed wording of that
reader misses when the texts are named by the business's own noun, when a figure of the covered topic stands beside
the denial, or when the bot speaks of its own knowledge ("I don't have information on ...").

:func:`reread_declines` reads each claim of an answer in pieces (split at ';' and at a spaced dash):

- a *decline* piece denies that the texts, or the bot, hold a subject: "<the texts> don't mention / say / cover /
  list / give / include X", "they say nothing about X", "they make no mention of X", "X isn't in our <texts>", "I
  don't have (any) information on X", "I have no information on X" ("it" / "they" as the texts only after a piece
  that names them as limited: "Our notes only mention ...; they don't say we sell it"); the subject must name a
  word of the question that no retrieved article holds (``unheld``), and state no figure: the denial is then true
  of the articles and about the question;
- a *limit* piece says what the texts or the bot's knowledge are limited to: "Our notes only cover X", "I only have
  X", "the notices I found describe X";
- any other piece is a fact of the business ("We bind").

A claim with a decline piece and nothing but limit pieces beside it is re-read as a decline (its source
:data:`DECLINED_SUBJECT`, which :func:`llmops_kit.retrieval_fit.says_lacking` counts); a claim with a fact piece
beside the decline keeps only its fact pieces, which the retrieval reading then judges against the question as it
judges any claim: "The tour includes lunch; the notes don't mention vegetarian options" still meets a question on
lunch. The declined subject must be a word of the question itself: "The leaflets don't give distances" to "Is D06
Y2K4 close to you?" names no word of the question.

A message carrying a figure or code of the customer's ("Is 3056 the postcode for the shed?", "our ABN is 51 824 753
556", "PO 2027/KW/0045") is not read: its subject is the customer's own datum, which no article is expected to hold,
and declining it says nothing about retrieval (the same convention as :func:`llmops_kit.retrieval_fit.
asks_about_own_place`).

The groundedness verdicts are untouched: only the retrieval reading of an undecided score sees the re-read claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .text import content_stems
from .text.char_scans import has_digit
from .text.tokens import normalise_quotes

if TYPE_CHECKING:
    from .grounding import ClaimSupport

__all__ = ["DECLINED_SUBJECT", "declined_pieces", "reread_declines"]

#: The source a claim re-read as a decline of the question's subject is given (the retrieval reading only).
DECLINED_SUBJECT = "the answer (a subject of the question its texts lack)"

#: Words for the texts a bot answers from, as a business names them ("servicing note", "tour sheets", "our terms").
_TEXTS = (r"(?:notes?|articles?|pages?|passages?|documents?|sources?|texts?|information|guides?|faqs?|handbooks?"
          r"|leaflets?|brochures?|booklets?|manuals?|sheets?|cards?|notices?|terms|tariffs?)")
#: The texts as a noun phrase: "the pages", "our servicing note", "the tour sheets".
_TEXTS_NP = rf"(?:the|our|my|these|those)\s+(?:[\w'-]+\s+){{0,2}}?{_TEXTS}"
_NOT = r"(?:don't|doesn't|do\s+not|does\s+not)"
#: A piece opening with what the texts or the bot's knowledge are limited to.
_LIMIT_RE = re.compile(
    r"^(?:(?:but|and|so|sadly|unfortunately|sorry|i'm\s+afraid)\s*,?\s+)?"
    rf"(?:{_TEXTS_NP}\s+(?:only|just)\s+(?:covers?|mentions?|describes?|lists?|deals?\s+with|talks?\s+about"
    r"|(?:is|are)\s+about)"
    r"|(?:i|we)\s+(?:only\s+(?:know|have)(?:\s+about)?|(?:'ve|\s+have)\s+only\s+got)"
    r"|(?:the|both|all|our|these|those)\s+(?:[\w'-]+\s+){0,3}?(?:that\s+|which\s+)?(?:i|we)\s+(?:found|have"
    r"|was\s+given|were\s+given|retrieved)\s+(?:only\s+|just\s+)?(?:covers?|describes?|lists?|mentions?"
    r"|(?:is|are)\s+about|deals?\s+with))\b",
    re.IGNORECASE,
)
#: A denial that the texts (or the bot) hold a subject, the subject after it.
_DENIALS = (
    re.compile(rf"\b{_TEXTS_NP}\s+{_NOT}\s+(?:mention|say|cover|list|give|include|go\s+into|talk\s+about)\s+"
               r"(?P<subject>.+)$", re.IGNORECASE),
    re.compile(rf"\b(?:{_TEXTS_NP}|they|it)\s+(?:say|says)\s+nothing\s+(?:about|on|of)\s+(?P<subject>.+)$",
               re.IGNORECASE),
    re.compile(rf"\b(?:{_TEXTS_NP}|they|it)\s+(?:(?:make|makes)\s+no\s+mention\s+of|(?:are|is)\s+silent\s+(?:on|about))"
               r"\s+(?P<subject>.+)$", re.IGNORECASE),
    re.compile(r"\b(?:i|we)\s+(?:(?:don't|do\s+not)\s+have\s+(?:any\s+)?|have\s+no\s+)(?:information|details|info)"
               r"\s+(?:on|about|regarding|for)\s+(?P<subject>.+)$", re.IGNORECASE),
)
#: "it" / "they" as the texts, with a verb only texts have: read only after a limit piece names them.
_PRONOUN_DENIAL = re.compile(rf"\b(?:they|it)\s+{_NOT}\s+(?:mention|say)\s+(?P<subject>.+)$", re.IGNORECASE)
#: A closing pleasantry beside a denial: "Massage vouchers aren't in our practice information, sorry".
_PLEASANTRY = r"(?:\s*[,!.\-–—]?\s*(?:sorry|i'm\s+afraid|i\s+am\s+afraid|unfortunately))?"
#: The subject first: "the authority's permit fee isn't in our terms" (", sorry" after it).
_NOT_IN_RE = re.compile(
    rf"^(?P<subject>.+?)\s+(?:isn't|is\s+not|aren't|are\s+not)\s+(?:in|covered\s+(?:in|by)|mentioned\s+in"
    rf"|listed\s+in)\s+{_TEXTS_NP}{_PLEASANTRY}\s*$", re.IGNORECASE)
#: What may stand before a denial in its piece besides a limit: a connective or an apology.
_LEAD_RE = re.compile(r"^(?:(?:but|and|so|sadly|unfortunately|sorry|i'm\s+afraid|i\s+am\s+afraid)\s*,?\s*)*$",
                      re.IGNORECASE)
_PIECES_RE = re.compile(r"\s*;\s*|\s+[-–—]\s+")
#: Cheap test before the patterns: every denial holds one of these.
_DENIAL_KEYS = ("n't", "not", "nothing", "no ", "silent")


def _declined_subject(piece: str, limited: bool) -> str | None:
    """The subject a piece denies the texts hold, when all it says besides is a connective or a limit; else None.
    ``limited``: whether a piece of the claim names the texts as limited (then "it" / "they" are the texts)."""
    patterns = (*_DENIALS, _PRONOUN_DENIAL) if limited else _DENIALS
    for pattern in patterns:
        match = pattern.search(piece)
        if match is None:
            continue
        before = piece[:match.start()]
        if _LEAD_RE.match(before) or _LIMIT_RE.match(before):
            return match.group("subject")
    match = _NOT_IN_RE.match(piece)
    return match.group("subject") if match else None


def declined_pieces(claim: str, unheld: frozenset[str]) -> tuple[bool, str] | None:
    """(whether the claim is only a decline of the question's subject and limits, the claim's fact pieces joined) for
    a claim with a piece denying the texts hold a subject that names a word of ``unheld`` (the question's word stems
    no article holds) and states no figure; None when there is no such piece."""
    lowered = normalise_quotes(claim).lower()
    if not unheld or not any(key in lowered for key in _DENIAL_KEYS):
        return None
    pieces = [p.strip(" .!") for p in _PIECES_RE.split(normalise_quotes(claim).strip(" \"'*")) if p.strip(" .!")]
    limits = [bool(_LIMIT_RE.match(p)) for p in pieces]
    facts, declined = [], False
    for piece, limit in zip(pieces, limits, strict=True):
        subject = _declined_subject(piece, any(limits))
        if subject is not None and not has_digit(subject) and content_stems(subject) & unheld:
            declined = True
        elif not limit:
            facts.append(piece)
    if not declined:
        return None
    return not facts, "; ".join(facts)


def reread_declines(support: Sequence[ClaimSupport], question: str,
                    unheld: frozenset[str]) -> list[ClaimSupport]:
    """The claims' verdicts with each claim that declines the question's subject re-read (see the module docstring):
    a claim that only declines it, beside limits, gets the source :data:`DECLINED_SUBJECT`; a claim with facts beside
    the decline keeps only its facts. ``unheld``: the question's word stems no retrieved article holds. A message
    with a digit is not read (the customer's own figure or code)."""
    if not unheld or has_digit(question):
        return list(support)
    out = []
    for verdict in support:
        read = declined_pieces(verdict.claim, unheld)
        if read is None:
            out.append(verdict)
        elif read[0]:
            out.append(verdict.model_copy(update={"source": DECLINED_SUBJECT}))
        else:
            out.append(verdict.model_copy(update={"claim": read[1]}))
    return out

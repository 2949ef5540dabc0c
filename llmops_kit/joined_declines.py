"""A fact joined in one sentence to a decline or a hand-off: the fact judged alone, the decline left as conversation.

A healthy answer often says what it knows and, in the same sentence, what it cannot do or who can: "The warehouse
is at Avonmouth; I can't judge distance from a postcode district", "Trade-ins are paid by bank transfer; I can't
look up tickets here, so please call the counter", "Prices are set in Norwegian kroner; I can't give a euro rate",
"..., but the team will confirm your address". Each part passes alone (the decline is conversation to the claim
reader, :func:`llmops_kit.text.claims.claim_text`), yet the joined claim carries the decline's words ("judge",
"district", "counter") that no source holds and is judged unsupported or invented.

:func:`joined_facts` splits such a claim at ";", a spaced dash, ", so", ", but" and ", or" and returns the pieces
left to judge when at least one piece is a decline or hand-off that the claim reader drops on its own (or a
hand-off to a contact found as a hard fact, :mod:`llmops_kit.handoff_clauses`). The pieces left are
judged as claims: a wrong figure, an invented promise ("; we'll refund the difference") or a hand-off carrying a
number nobody published stays a claim and stays flagged. A decline piece is no licence when it names a figure,
code or name the question does not hold, promises something, or shares a content word with the fact it is joined
to ("Parking is free; I can't confirm the parking"): such a decline speaks of the fact itself.

Two more pieces say nothing of the domain beside a decline: what the texts the bot found or named hold, the covered
topic held by them ("the notices I found describe our course and range", :func:`llmops_kit.found_sources.
texts_limit`), and the texts denied to hold a topic as the system prompt names them ("Oil changes are not in our
price list"). A plain no to the customer's question ("We don't sell trampolines" to "Do you sell trampolines for the
garden?", "I don't have information on safaris", :func:`llmops_kit.decline_claims.declines_question`) is read only
beside such pieces: "We don't sell trampolines; our help pages are about jumping at the park" is judged piece by
piece and supported, while "We don't sell trampolines; an hour costs R$ 49,90" is judged whole. Beside a decline or
what the texts cover, a piece saying what the business does is read as its limit (:func:`llmops_kit.business_limits.
business_limit`): "We host sites but don't design them; the articles I found cover plans and security" leaves "We
host sites" to judge, "Oil changes are not in our price list; we work on tyres and wheels only" leaves nothing.

The reading acts before the fitted decision and is off in its fit (``tools/fit_claim_decision.py``). Nothing here
looks at a set's own words, an answer's length or position.
"""

from __future__ import annotations

import re

from . import found_sources
from .business_limits import business_limit
from .claim_meaning import PROMISE_RE
from .customer_place import declines_own_code
from .decline_claims import customers_only, declines_question, denies_topic
from .evidence import Evidence
from .found_sources import NAMED_COVER_HEAD, found_limits, prompt_nouns, texts_limit
from .handoff_clauses import hands_over
from .scope_declines import denies_having, denies_held_topic, scope_decline
from .text import content_stems
from .text.claims import claim_text
from .text.decline_clauses import cut_decline_clause

__all__ = ["READ_BARE_HANDOFFS", "READ_COLON_FOUND", "READ_COUNTED_DECLINES", "READ_CUT_PIECES", "READ_JOINED_DECLINES",
           "declines", "declines_whole", "joined_facts"]

#: Off in ``tools/fit_claim_decision.py``: the reading changes which claims reach the decision.
READ_JOINED_DECLINES = True
#: A colon as a joint before texts marked as the bot's own finds ("That's outside what I can help with here: the
#: notices I found are about our game teachers"), the decl46 round; off in the fit.
READ_COLON_FOUND = True
#: A hand-off to the people who answer named without an article and with "give you directions" / "direct you" /
#: "help" ("reception can give you directions"), the decl46 round; off in the fit.
READ_BARE_HANDOFFS = True
#: A claim that is only a decline naming what the bot is for or what its found texts hold (:func:`declines_whole`)
#: counted by the retrieval reading as the model's own word that the texts miss the question, the decl46 round.
READ_COUNTED_DECLINES = True
#: Switch: a fact piece left beside a decline is read as the claim reader reads a sentence of its own, a closing
#: decline of a detail cut off (:func:`llmops_kit.text.decline_clauses.cut_decline_clause`, with the trace's own
#: nouns for its texts and their last words): "The handbook gives the shed as 14 Dawson Lane but doesn't list a
#: postcode, so I can't confirm 3056 from it" leaves "The handbook gives the shed as 14 Dawson Lane", as the sentence
#: without its last piece would (the ``trap47`` round: the joined piece kept "list" and "postcode" and was judged
#: unsupported). Off in the fit.
READ_CUT_PIECES = True

#: Where a sentence joins a fact to a decline or a hand-off; ", and" only before texts marked as the bot's own finds
#: ("..., and the sheets I found don't cover furniture").
_JOINT_RE = re.compile(r"\s*;\s*|\s+[-–—]\s+|,\s+(?:so|but|or)\s+|,\s+and\s+(?=(?:the|our|my|these|those)\s+"
                       r"(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:i|we)(?:\s+found|\s+have|\s+can\s+see|'ve)\b)",
                       re.IGNORECASE)
#: :data:`_JOINT_RE` with a colon before texts marked as the bot's own finds, read with :data:`READ_COLON_FOUND`.
_COLON_JOINT_RE = re.compile(_JOINT_RE.pattern + r"|\s*:\s+(?=(?:the|our|my|these|those)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
                             r"\s+(?:i|we)(?:\s+found|\s+have|\s+can\s+see|'ve)\b)", re.IGNORECASE)
#: :data:`_COLON_JOINT_RE` with a colon before the bot's texts named by a word for a text and a verb of covering
#: ("Radio play isn't something I can help with: our knowledge base covers sessions and mixing"), read with
#: :data:`llmops_kit.found_sources.READ_NAMED_COVERS`.
_COLON_NAMED_RE = re.compile(_COLON_JOINT_RE.pattern + rf"|\s*:\s+(?={NAMED_COVER_HEAD})", re.IGNORECASE)
#: A run of digits: a figure, or a group of a phone number, which :func:`numbers_in` may not read as a figure.
_DIGITS_RE = re.compile(r"\d+")
#: A citation pattern that never matches: the pieces are claim text already, their citations cut.
_NO_CITATION = r"(?!x)x"
#: A hand-off to the people or the place that will answer ("the team will confirm your address", "the counter will
#: tell you how much of that is labour", "the till can read the balance"): who, "will" / "can", a verb of telling
#: or checking. A verb of doing ("refund", "send", "waive") is no hand-off: it is a promise, judged as a claim.
_HANDOFF_RE = re.compile(
    r"^(?:the|our|a|one of our)\s+(?:[\w-]+\s+)?(?:team|staff|counter|desk|till|shop|office|colleagues?|store"
    r"|branch|reception)\s*(?P<modal>\s(?:will|can|could|would)|'ll|\sis able to|\sare able to)\s+"
    r"(?:confirm|tell\s+you|check|advise|let\s+you\s+know|read|look\s+(?:it\s+|that\s+)?up|work\s+(?:it\s+)?out"
    r"|measure)\b[^;]*$",
    re.IGNORECASE,
)
#: A hand-off read with :data:`READ_BARE_HANDOFFS`: "reception can give you directions", "the desk can direct you".
_BARE_HANDOFF_RE = re.compile(
    r"^(?:(?:the|our|a|one of our)\s+)?(?:[\w-]+\s+)?(?:team|staff|counter|desk|office|reception|front\s+desk)"
    r"(?P<modal>\s(?:will|can|could|would)|'ll)\s+(?:give\s+you\s+directions|direct\s+you|help(?:\s+you)?"
    r"(?:\s+with\s+(?:that|this|it|directions))?)$",
    re.IGNORECASE,
)


def _pieces(claim: str) -> list[str]:
    """The claim's pieces between joints, punctuation trimmed, empty ones left out."""
    joint = _JOINT_RE
    if READ_COLON_FOUND and ":" in claim:
        joint = _COLON_NAMED_RE if found_sources.READ_NAMED_COVERS else _COLON_JOINT_RE
    return [p for p in (p.strip(" ,.") for p in joint.split(claim)) if p]


def _said_by_question(piece: str, evidence: Evidence) -> bool:
    """Are the piece's figures, codes and names all the customer's own (nothing stated beyond them)? A phone
    number's digit groups count as figures; an e-mail address is no decline (a hand-off, judged as one)."""
    told = evidence.user_text.lower()
    if "@" in piece or not frozenset(_DIGITS_RE.findall(piece)) <= frozenset(_DIGITS_RE.findall(told)):
        return False
    return customers_only(piece, evidence)


def declines(piece: str, evidence: Evidence) -> bool:
    """Is the piece a decline or a hand-off that says nothing of the domain (:func:`_says_nothing`), or a plain no
    to the customer's question (:func:`llmops_kit.decline_claims.declines_question`: "We don't sell trampolines")?"""
    return _says_nothing(piece, evidence) or declines_question(piece, evidence) or denies_having(piece, evidence)


def _says_nothing(piece: str, evidence: Evidence) -> bool:
    """Is the piece a decline or a hand-off that says nothing of the domain: dropped by the claim reader as
    conversation, a hand-off to the people who will answer, with no promise and no figure but the customer's, the
    texts denied to say a topic no text holds (:func:`llmops_kit.decline_claims.denies_topic`), or what the texts
    hold (:func:`llmops_kit.found_sources.texts_limit`)?"""
    if scope_decline(piece, evidence):  # "I can only help with visiting Purrlour": the prompt's name, no figure
        return True
    if declines_own_code(piece, evidence.user_text):  # "SK1 is a postcode district I can't map from here"
        return True
    if not _said_by_question(piece, evidence):
        return False
    handoff = _HANDOFF_RE.match(piece) or (_BARE_HANDOFF_RE.match(piece) if READ_BARE_HANDOFFS else None)
    if handoff:  # its own "will" is the hand-off's; a promise after it ("will confirm your free upgrade") is not
        return not PROMISE_RE.search(piece[handoff.end("modal"):])
    if not PROMISE_RE.search(piece) and claim_text(piece, _NO_CITATION, (), 0) is None:
        return True
    # "our notes say nothing about skin conditions": no text holds them (the texts named as the prompt names them);
    # "the notices I found describe our course and range": what the texts hold, beside the decline
    return denies_topic(piece, evidence, prompt_nouns(evidence)) or texts_limit(piece, evidence)


def joined_facts(claim: str, evidence: Evidence, answer: frozenset[str], answer_text: str) -> list[str] | None:
    """The pieces of ``claim`` to judge when it joins facts to a decline or hand-off (see the module docstring);
    an empty list when every piece is a decline or hand-off; None when the claim is no such join."""
    if not READ_JOINED_DECLINES:
        return None
    pieces = _pieces(claim)
    if len(pieces) < 2 or any(denies_held_topic(p, evidence) for p in pieces):
        return None  # one piece or none, or a false denial of the texts' topic ("I have nothing on X" of a held X)
    dropped = [p for p in pieces if declines(p, evidence) or hands_over(p, evidence, answer, answer_text)]
    if not dropped:
        return None
    facts, limits = [p for p in pieces if p not in dropped], []
    if facts and any(declines(p, evidence) for p in dropped):
        facts, limits = _limits_read(facts, evidence)
    if facts and any(not _says_nothing(p, evidence) and not hands_over(p, evidence, answer, answer_text)
                     for p in dropped):
        return None  # a plain no beside a fact of the business ("We don't sell X; Y costs ..."): judged whole
    fact_words = frozenset().union(*(content_stems(p) for p in facts))
    if any(content_stems(d) & fact_words for d in (*dropped, *limits)):
        return None  # a decline speaking of the fact it is joined to: the claim is judged whole
    return _cut_pieces(facts, evidence)


def _cut_pieces(facts: list[str], evidence: Evidence) -> list[str]:
    """The fact pieces each with its closing decline of a detail cut off, with :data:`READ_CUT_PIECES` (a piece
    that is a sentence's first part never had the claim reader's cut, which looks at a sentence's end)."""
    if not READ_CUT_PIECES or not facts:
        return facts
    named = prompt_nouns(evidence)
    # "the handbook" of the prompt's "member handbook": the scorer also reads the documents' own source names,
    # which the evidence does not keep, so a noun's last word stands for it
    nouns = tuple(sorted({*named, *(noun.split()[-1] for noun in named)}))
    return [cut_decline_clause(piece, nouns) for piece in facts]


def _limits_read(facts: list[str], evidence: Evidence) -> tuple[list[str], list[str]]:
    """The fact pieces with each business limit (:func:`llmops_kit.business_limits.business_limit`: "we host sites
    but don't design them", "we work on tyres and wheels only") replaced by what is left of it to judge, and the
    limits' declined parts (the limit whole when nothing is left), which no fact may speak of."""
    kept: list[str] = []
    limits: list[str] = []
    for piece in facts:
        left = business_limit(piece, evidence)
        if left is None:
            kept.append(piece)
            continue
        kept.extend(left)
        limits.append(piece[len(left[0]):] if left and piece.startswith(left[0]) else piece)
    return kept, limits


def declines_whole(claim: str, evidence: Evidence) -> bool:
    """With :data:`READ_COUNTED_DECLINES`, is the claim only a decline naming what the bot is for ("I can only help
    with the café, sorry"), what the texts it found hold alone ("The note I found is about our opening hours",
    :func:`llmops_kit.found_sources.found_limits`) or, in pieces all declines, one such decline or what the found
    texts hold ("That's outside what I can help with here: the notices I found are about the tournament")? The
    model says its texts miss the question."""
    if not READ_COUNTED_DECLINES:
        return False
    # a referral or courtesy alone says nothing of what the texts miss ("Call 1-888-555-0163"): not counted
    if scope_decline(claim, evidence, referrals=False) or found_limits(claim, evidence):
        return True
    pieces = _pieces(claim)
    # the cheap tests first: most supported claims have one piece, or no piece naming the bot's remit or finds
    return (len(pieces) > 1 and any(scope_decline(p, evidence, referrals=False) or texts_limit(p, evidence)
                                    for p in pieces)
            and all(declines(p, evidence) for p in pieces))

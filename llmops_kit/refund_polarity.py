"""Whether money comes back, said the other way round: "you get your money back" against "Called-off sessions are
rebooked, not refunded", "the deposit and any balance are refunded in full" against "The deposit is
non-refundable".

The polarity reading of :mod:`llmops_kit.claim_meaning` compares a clause's words with the words its closest
evidence clause denies, so a refund said in other words ("money back") or a denial written into one word
("non-refundable") escapes it, and it reads no claim with a figure. Here a statement of the claim about money
coming back (a part of a sentence up to a semicolon) is given a sign, refunded or not, and held against the
evidence statements of the other sign: when one of them has its subject (its words but the refund's) in the claim's
statement, for :data:`COVERED_SHARE` of its words, and clearly more of them than any statement of the claim's own
sign (:data:`COVERED_MARGIN`), and one of those words no statement of the claim's sign names, the claim says of
that subject the opposite of the evidence. A statement that says both in one part is not read, but an elliptical
denial in it is completed and read on its own ("the hours are refunded, but the booking fee is not": the booking fee
is not refunded, :mod:`llmops_kit.elliptical_denials`). General English words only.

A claim's refund statement often leaves its subject to the question ("Yes, you get a full refund at the box office"
of "Can I get my money back?"), and the evidence's rule names only the thing sold ("Tickets are not refunded."):
where every refund statement of the evidence is of the other sign and one of them is such a short general rule (a
subject of two words at most), the claim turns the evidence's one refund rule round (:data:`READ_SOLE_REFUND_RULE`,
the ``reversed49`` round).
"""

from __future__ import annotations

import re

from .elliptical_denials import completed_denials
from .evidence import Evidence
from .text import content_stems, sentences_of
from .textcache import text_cache

__all__ = ["COVERED_MARGIN", "COVERED_SHARE", "GENERAL_RULE_WORDS", "READ_REFUND_POLARITY", "READ_SOLE_REFUND_RULE",
           "reversed_refund"]

#: Read a refund said where the evidence says none, or the reverse, on claims with figures too (the ``rev45``
#: round): a claim that money comes back where the rule says it does not states the rule turned round.
READ_REFUND_POLARITY = True
#: Read a refund statement against the evidence's one refund rule, of the other sign, when that rule is short and
#: general ("Tickets are not refunded."), though the claim names no subject of it (the ``reversed49`` round).
READ_SOLE_REFUND_RULE = True
#: The most subject words a general refund rule has ("Tickets cannot be refunded once bought": ticket, bought).
GENERAL_RULE_WORDS = 2
#: The share of an evidence statement's subject words the claim's statement must hold: two of three, as a claim
#: rewords a word ("rebooked" left out of "the session would be called off").
COVERED_SHARE = 2 / 3
#: How much more of the opposite statement's subject the claim must hold than of any statement of its own sign: a
#: claim about the balance that the rule refunds shares words with the rule that refunds no balance payment late.
COVERED_MARGIN = 0.25

#: Money coming back, in words.
_REFUND_RE = re.compile(r"\b(?:refund\w*|reimburs\w*|money back|(?:get|have|receive)s? (?:it|them|that|this) back)\b",
                        re.IGNORECASE)
#: Money not coming back: "non-refundable", "no refunds", "not refunded", "can't be changed or refunded".
_NO_REFUND_RE = re.compile(
    r"\bnon-?refundable\b|\bno (?:\w+ )?(?:refunds?|money back)\b|\bnothing (?:is )?refunded\b"
    r"|(?:not|n['’]t|\bnever|\brather than|\binstead of)\s+(?:be\s+|being\s+|get\s+)?(?:\w+\s+or\s+)?"
    r"(?:refunded|refundable|reimbursed|refund)\b",
    re.IGNORECASE)
#: Lower-case text one of which a text about refunds holds.
_REFUND_KEYS = ("refund", "reimburs", "money back", " back")
#: The refund's own words, left out of a statement's subject.
_REFUND_STEMS = frozenset(content_stems("refund refunds refunded refundable nonrefundable reimburse reimbursed money "
                                        "back get non"))


#: Any other denial: a statement denying in words not read here ("Refunds aren't possible") has no sign.
_ANY_DENIAL_RE = re.compile(r"n['’]t\b|\b(?:not|no|never|cannot|nor|none|nothing|neither|impossible)\b",
                            re.IGNORECASE)


def _sign(part: str) -> int:
    """1 when the statement says money comes back, -1 when it says it does not, 0 when it says neither, both, or
    denies in words not read here."""
    said, denied = _REFUND_RE.search(part) is not None, _NO_REFUND_RE.search(part) is not None
    if denied:
        stripped = _NO_REFUND_RE.sub(" ", part)
        return 0 if _REFUND_RE.search(stripped) or _ANY_DENIAL_RE.search(stripped) else -1
    return 1 if said and _ANY_DENIAL_RE.search(part) is None else 0


def _subject(part: str) -> frozenset[str]:
    """The statement's content stems but the refund's, hyphened words read as two ("called-off")."""
    return content_stems(part.replace("-", " ")) - _REFUND_STEMS


@text_cache(maxsize=2048)
def _statements(text: str) -> tuple[tuple[int, frozenset[str], str], ...]:
    """(sign, subject, sentence) of each part of a text's sentences (to a semicolon) that says whether money comes
    back (cached per text: articles recur, and each refund claim is held against all of them)."""
    lowered = text.lower()
    if "refund" not in lowered and "reimburs" not in lowered and "back" not in lowered:
        return ()
    out = []
    for sentence in sentences_of(text):
        for part in sentence.split(";"):
            sign = _sign(part)
            if sign and (subject := _subject(part)):
                out.append((sign, subject, sentence))
        for completed in completed_denials(sentence):
            # "the hours are refunded, but the 500 Ft booking fee is not": the fee is not refunded; its amount states
            # its price, which a statement about the fee need not repeat, so it names no part of the subject
            sign = _sign(completed)
            if sign and (subject := frozenset(w for w in _subject(completed) if not w.isdigit())):
                out.append((sign, subject, sentence))
    return tuple(out)


def reversed_refund(claim: str, evidence: Evidence) -> tuple[str, str] | None:
    """(the claim's statement, the evidence sentence) when the claim says money comes back where the evidence says
    of the same subject that it does not, or the reverse; None otherwise."""
    if not READ_REFUND_POLARITY or not any(key in claim.lower() for key in _REFUND_KEYS):
        return None
    stated = [found for source in evidence.sources if source.prose for found in _statements(source.text)]
    if not stated:
        return None
    for sign, subject, part in _statements(claim):
        same = [held for s, held, _ in stated if s == sign]
        own = max((len(subject & held) / len(held) for held in same), default=0.0)
        named_alike = frozenset().union(*same)
        for s, held, sentence in stated:
            covered = len(subject & held) / len(held)
            # the subject the claim shares with the opposite rule must be that rule's own: "within 14 days there is
            # no refund" names only the days the refunding rule names too
            if (s == -sign and covered >= COVERED_SHARE and covered >= own + COVERED_MARGIN
                    and (subject & held) - named_alike):
                return part, sentence
        general = _sole_general_rule(sign, stated) if READ_SOLE_REFUND_RULE and not same else None
        if general is not None:
            return part, general
    return None


#: A denial's own words among a statement's content stems ("Tickets cannot be refunded"): no part of its subject.
_DENIAL_STEMS = content_stems("cannot never none nothing neither impossible")


def _sole_general_rule(sign: int, stated: list[tuple[int, frozenset[str], str]]) -> str | None:
    """The sentence of a short general refund rule of the other sign than ``sign`` ("Tickets are not refunded."),
    when the evidence has no refund statement of ``sign`` at all; None otherwise."""
    return next((sentence for s, held, sentence in stated
                 if s == -sign and len(held - _DENIAL_STEMS) <= GENERAL_RULE_WORDS), None)


"""A claim, or a piece of one, whose only content is a contact the model was given: no statement of its own.

The customer's own message and the system prompt are evidence the model saw. A claim that carries back a value the
customer gave ("The desk can add 07700 900583 to your ticket", "To be texted on +44 7700 900915, please ask the team
on ...") or hands the customer to the contact the system prompt or an article publishes ("From outside Portugal
dial +351 213 460 882; the studio answers Tuesday to Saturday") states nothing the evidence could contradict
beyond that contact, which is a hard fact and checked as one (a wrong digit, a number the customer never gave,
hours no source states stay absent).

Beside :func:`llmops_kit.grounding_paraphrase.hands_off`, :func:`carries_contact` reads such a claim: it names a
hand-off verb and holds a published contact or a phone number or e-mail of the customer's (no code, no other
figure), and its words are a hand-off's (:data:`HANDOFF_WORDS`: "ask", "note", "update", "the office"), the
customer's or the evidence's but one; a weekday ("Tuesday" of "Tue-Sat") is held when a day range of the
evidence spans it, and a new weekday or month is never the one word let through.

A claim joining such a piece to a statement ("Consultations are free; call 0131 496 0158 to ask whether it can be
fitted in", "I'll note joana.reis@sapo.pt, but I can't send vouchers myself; they're valid for 12 months") and not
supported whole is judged on its other pieces (:func:`without_handoffs`): the piece is left out only when its
contact is found as a hard fact.

A claim or piece promising something ("call ... and they will refund you", "... for a free upgrade") is never a
hand-off: its promise is judged as any claim. Both readings act before the fitted decision and are off in its fit
(``tools/fit_claim_decision.py``). Nothing here looks at a set's own words, an answer's length or position.
"""

from __future__ import annotations

import re

from . import handoff_acts
from .claim_meaning import PROMISE_RE
from .evidence import Evidence
from .grounding_paraphrase import HANDOFF_NEW_WORDS, HANDOFF_STEMS, hands_off
from .handoff_acts import handoff_act
from .text import content_stems, evidence_numbers, grouped_digits, identifiers_in, numbers_in, stem
from .text.case_key import case_key
from .text.numbers import WEEKDAYS
from .text.tokens import CALENDAR_ABBREVIATIONS
from .two_group_phones import published_phones, without_phones

#: What a contact does with the customer's value or question, and who answers, beyond the hand-off words of
#: :data:`llmops_kit.grounding_paraphrase.HANDOFF_STEMS`: "please ask the team on ...", "I'll note ...", "ring the
#: office ... so they can update your record", "the desk can add ... to your ticket".
HANDOFF_WORDS = HANDOFF_STEMS | frozenset(stem(w) for w in (
    "ask", "note", "add", "update", "office", "desk", "whether",
))
_MONTHS = frozenset(v for v in CALENDAR_ABBREVIATIONS.values() if v not in WEEKDAYS)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Where a claim joins a hand-off to a statement: a semicolon, a spaced dash, a colon, or a comma before "but",
#: "or", "and".
def _pieces_re(joins: str) -> re.Pattern[str]:
    """Where a claim's pieces part: a semicolon, a spaced dash, a colon, or a comma before one of ``joins``."""
    return re.compile(rf"\s*;\s*|\s+[-–—]\s+|:\s+|,\s+(?:{joins})\s+", re.IGNORECASE)


_PIECE_RE = _pieces_re("but|or|and")
#: The same, and a comma before "so", where a hand-off naming its look-up follows ("..., so the team will
#: confirm"): split there only with :mod:`llmops_kit.handoff_acts` read.
_ACT_PIECE_RE = _pieces_re("but|or|and|so")
_CALENDAR = frozenset(stem(w) for w in (*WEEKDAYS, *_MONTHS)) | frozenset((*WEEKDAYS, *_MONTHS))
_DAY_KEYS = {k: v for k, v in CALENDAR_ABBREVIATIONS.items() if v in WEEKDAYS}
#: A day range written with abbreviations joined by a hyphen or dash ("Tue-Sat", "Mon–Fri").
_DAY_RANGE_RE = re.compile(r"\b(" + "|".join(sorted(_DAY_KEYS, key=len, reverse=True)) + r")\.?\s?[-–]\s?("
                           + "|".join(sorted(_DAY_KEYS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _without_emails(text: str) -> str:
    """The text with its e-mail addresses blanked; a text without an "@" holds none and is returned as it is
    (the address pattern is slow to fail on every word)."""
    return _EMAIL_RE.sub(" ", text) if "@" in text else text


def _spanned_days(evidence: Evidence) -> frozenset[str]:
    """The weekdays a day range of the evidence spans ("Tue-Sat": Tuesday to Saturday), as stems and words."""
    days: set[str] = set()
    for source in evidence.sources:
        for first, last in _DAY_RANGE_RE.findall(source.text):
            start, end = WEEKDAYS.index(_DAY_KEYS[case_key(first)]), WEEKDAYS.index(_DAY_KEYS[case_key(last)])
            span = range(start, end + 1) if start <= end else [*range(start, 7), *range(0, end + 1)]
            days.update(WEEKDAYS[i] for i in span)
    return frozenset(days | {stem(d) for d in days})


#: A phone number has at least this many digits; the customer's shorter numbers are figures, not contacts.
PHONE_DIGITS = 7


#: The verbs of a hand-off, one of which a hand-off names: what the customer or the contact does with the contact
#: ("call", "dial", "e-mail", "ask", "reach") or with the customer's value ("note", "add", "update", "text").
_HANDOFF_VERBS = frozenset(stem(w) for w in (
    "call", "phone", "ring", "text", "dial", "contact", "email", "e-mail", "write", "reach", "ask", "note", "add",
    "update", "confirm", "tell", "advise", "answer", "help",
))


def _has_contact(text: str, evidence: Evidence) -> bool:
    """Does the text name a hand-off verb and state an e-mail or a phone number: one in digit groups, or the
    customer's own in any layout ("07700 900583"), and no other figure than the customer's? A code ("HH-33018",
    "IE29 AIBK ...") is no contact, and a number in digit groups with no hand-off verb is an order or account
    number."""
    if "@" not in text and sum(map(str.isdigit, text)) < PHONE_DIGITS:
        return False  # no e-mail, and too few digits for a phone number in any layout (most claims: checked first)
    if not content_stems(text) & _HANDOFF_VERBS or identifiers_in(_without_emails(text)):
        return False
    phones = published_phones(text, evidence)  # "call 2815 3364": the number the evidence gives, in two groups
    # a figure beside the contact ("to process the €120 refund") is a statement; the phone's groups are none
    numbers = numbers_in(without_phones(text, phones) if phones else text)
    if numbers and not numbers <= evidence_numbers(evidence.user_text):
        return False
    if "@" in text or grouped_digits(text) or phones:
        return True
    return sum(map(str.isdigit, text)) >= PHONE_DIGITS and evidence.echoes_user(text)


def _customer_parts(evidence: Evidence) -> frozenset[str]:
    """The parts of the customer's hyphenated words ("move" of "move-in"), which a claim may write apart."""
    return frozenset(stem(p) for s in evidence.user_stems if "-" in s for p in s.split("-") if p)


def carries_contact(claim: str, stems: frozenset[str], evidence: Evidence) -> bool:
    """Is the whole claim a hand-off to a contact the evidence publishes or a carry-back of the customer's own
    value (its hard facts all found already), its other words a hand-off's, the customer's or the evidence's
    but :data:`~llmops_kit.grounding_paraphrase.HANDOFF_NEW_WORDS`, none of them a new weekday or month?"""
    if not _has_contact(claim, evidence) or PROMISE_RE.search(claim):
        return False
    rest = frozenset(s for s in stems if s not in HANDOFF_WORDS) - _customer_parts(evidence)
    novel = evidence.novel(rest, 0) - _spanned_days(evidence) if rest else set()
    return len(novel) <= HANDOFF_NEW_WORDS and not novel & _CALENDAR


def _piece_stems(piece: str) -> frozenset[str]:
    """A piece's content words, its e-mail addresses and numbers left out (they are checked as hard facts)."""
    return frozenset(s for s in content_stems(_without_emails(piece)) if not s[0].isdigit())


def without_handoffs(claim: str, evidence: Evidence, answer: frozenset[str], answer_text: str) -> str:
    """The claim without its pieces that only hand off to a published contact or carry back the customer's value,
    when it has such a piece and another; the claim itself otherwise. A piece is dropped only when its contact
    is found as a hard fact: a wrong digit or an e-mail nobody gave keeps it, and the claim is judged whole."""
    if "@" not in claim and not any(map(str.isdigit, claim)):
        return claim
    pieces = [p.strip(" ,.") for p in (_ACT_PIECE_RE if handoff_acts.READ_HANDOFF_ACTS else _PIECE_RE).split(claim)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:
        return claim
    kept = [p for p in pieces if not hands_over(p, evidence, answer, answer_text)]
    return "; ".join(kept) if kept and len(kept) < len(pieces) else claim


def hands_over(piece: str, evidence: Evidence, answer: frozenset[str], answer_text: str) -> bool:
    """Is the piece a hand-off to a contact found as a hard fact, or the customer's own e-mail or phone number
    alone ("m.jones@example.com - ...")?"""
    if _bare_echo(piece, evidence):
        return True
    if handoff_act(piece, evidence):  # "the team will confirm your address": a look-up handed on, its contact found
        numbers, others = evidence.missing_facts(piece, answer=answer, answer_text=answer_text)
        return not numbers and not others
    if not _has_contact(piece, evidence) or PROMISE_RE.search(piece):
        return False
    numbers, others = evidence.missing_facts(piece, answer=answer, answer_text=answer_text)
    if numbers or others:
        return False
    stems = _piece_stems(piece)
    return not stems or hands_off(piece, stems, evidence) or carries_contact(piece, stems, evidence)


def _bare_echo(piece: str, evidence: Evidence) -> bool:
    """A piece that is only an e-mail or phone number the customer wrote, no word beside it; a code ("HH-33018")
    alone stays, as the pieces beside it say something of it."""
    if _piece_stems(piece) or identifiers_in(_without_emails(piece)):  # "haworth77" of an address is no code
        return False
    if "@" not in piece and sum(map(str.isdigit, piece)) < PHONE_DIGITS:
        return False
    return evidence.echoes_user(piece)

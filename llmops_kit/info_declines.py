"""The bot's own "I don't have information on <the question's subject>" as a decline, alone in its claim.

A support answer beside off-topic articles often says, in one sentence, that it has nothing on what was asked, and
what it does have: "I don't have information on royalty registration", "I do not have information about child
benefit, only about our own fees", "I don't have visa information, only our booking and travel notes", "I don't
have exchange rates, I'm sorry". The claim states nothing of the business: it names the customer's subject only to
say the bot lacks it. The groundedness check judged it as a statement, found "information", "government" or
"sorry" in no source and flagged the answer, although the labels read such an answer beside a retrieval mismatch as
a faithful decline. :func:`llmops_kit.decline_claims.declines_question` reads the same words only as a piece of a
joined claim and only when every word of the subject is the customer's; a bot naming the subject in its own words
("government vouchers" for "the Climate Friendly Households vouchers") was left judged.

:func:`declines_information` reads the claim whole as a decline when:

* it is "I don't / do not have [any] information / details / info on / about / regarding X", "I don't have [any] X
  information", or "I don't have [any] X" (the bot's own "I": "We don't have parking" states a fact and is not
  read), optionally closed by ", sorry" / ", I'm sorry" or by ", only (about) our (own) Y", where Y is what the
  texts are about: no figure, code or name, and one of its content words held by a text the model was given;
* X meets the question: at least one content word of X is the customer's own, and none of X's words is a figure,
  code or name;
* no sentence the model was given (articles, tool results, instructions; not the customer's) holds every word X
  shares with the question: a subject the texts do hold is a false denial and stays judged.

"I don't have information on the late fee, only our own fees" where a text states the late fee, "I don't have
information on X, only our free shuttle" (a scope naming what no text holds) and any claim with a figure stay
judged. Read by the quality scorer on the claims the claim decision left unsupported (after it, as
:func:`llmops_kit.decline_claims.declines_sources` is); switched off by :data:`READ_INFO_DECLINES` in the
claim-decision fit with the other decline readings.
"""

from __future__ import annotations

import re

from .evidence import Evidence
from .text import content_stems, identifiers_in, names_in
from .text.char_scans import has_digit
from .text.split import sentences_of
from .text.tokens import normalise_quotes

__all__ = ["READ_INFO_DECLINES", "declines_information"]

#: Off in ``tools/fit_claim_decision.py`` with the other decline readings.
READ_INFO_DECLINES = True

#: "I don't have [any] information on X" / "I don't have [any] X [information]", with an optional closing apology or
#: a scope "only (about) our (own) Y".
_INFO_RE = re.compile(
    r"^(?:(?:sorry|no)\s*,?\s+)?i\s+(?:don't|do\s+not)\s+have\s+(?:any\s+)?"
    r"(?:(?:information|details|info)\s+(?:on|about|regarding|for)\s+)?(?P<subject>[^,;:]+?)"
    r"(?:\s*,\s*(?:(?:i'm|i\s+am)\s+)?sorry"
    r"|\s*,\s*only\s+(?:about\s+|on\s+|for\s+)?(?:our|my|the)\s+(?:own\s+)?(?P<scope>[^,;:]+?))?$",
    re.IGNORECASE)
#: The words that only name information itself, dropped from the subject.
_INFO_WORDS = frozenset(content_stems("information details info"))


def _given_sentences(evidence: Evidence) -> list[frozenset[str]]:
    return [frozenset(content_stems(sentence)) for source in evidence.sources if not source.user
            for sentence in sentences_of(source.text)]


#: The shortest stem read as the same word as a longer stem it begins ("regist" of "register" and "registr" of
#: "registration"): a noun the bot makes of the customer's verb.
_MIN_SHARED_STEM = 5


def _meets(stem: str, stems: frozenset[str]) -> bool:
    """Is ``stem`` among ``stems``, or the same word by a derivation (one stem begins the other, both long)?"""
    if stem in stems:
        return True
    if len(stem) < _MIN_SHARED_STEM:
        return False
    return any(len(other) >= _MIN_SHARED_STEM and (other.startswith(stem) or stem.startswith(other))
               for other in stems)


def declines_information(claim: str, evidence: Evidence) -> bool:
    """Is the claim the bot's "I don't have information on <the question's subject>" (see the module docstring),
    stating nothing of the business beyond what its texts are about?"""
    if not READ_INFO_DECLINES or " have " not in claim or ("n't" not in claim and " not " not in claim):
        return False
    if has_digit(claim):
        return False
    found = _INFO_RE.match(normalise_quotes(claim).strip(" \"'*-.!"))
    if found is None:
        return False
    subject, scope = found.group("subject"), found.group("scope")
    if identifiers_in(subject) or names_in(subject):
        return False
    topic = frozenset(content_stems(subject)) - _INFO_WORDS
    user = frozenset(evidence.user_stems)
    asked = [stem for stem in topic if _meets(stem, user)]
    if not asked:
        return False
    sentences = _given_sentences(evidence)
    if any(all(_meets(stem, stems) for stem in asked) for stems in sentences):
        return False  # the texts hold the subject: a false denial, judged as a claim
    if scope is None:
        return True
    if identifiers_in(scope) or names_in(scope):
        return False
    held = frozenset().union(*sentences) if sentences else frozenset()
    return bool(frozenset(content_stems(scope)) & held)

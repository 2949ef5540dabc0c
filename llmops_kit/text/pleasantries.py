"""A whole sentence that is a sign-off or a well-wish: courtesy that states nothing a source could hold.

Two closed shapes, each the whole sentence, read by the claim reader (:mod:`llmops_kit.text.claims`) as
conversation, as it reads "Thanks" or "Hope this helps":

- a formal **sign-off**: "We look forward to seeing you", "We're looking forward to your visit", "Looking forward
  to welcoming you both" (:data:`READ_SIGN_OFFS`);
- a **well-wish** for what the customer is about to do: "Enjoy the view over the valley", "Enjoy your stay", "Good
  luck with the last stretch", "Have a lovely trip" (:data:`READ_WELL_WISHES`). "Enjoy" and "Have a ..." take a
  noun of an experience from a closed list (a view, a ride, a stay, a show), never of goods or a service that
  might be an invented extra ("Enjoy the champagne", "Enjoy the welcome drink" stay claims); "Good luck with"
  takes the customer's own undertaking, any plain noun phrase.

Either shape with a figure, a time, a name (a capital inside the sentence), a price word ("free", "included",
"complimentary", "extra", "discount") or a rule word ("only", "must", "before", "until", ...) is no match and stays a
claim judged as written: "We look forward to seeing you at 9:00 on Monday", "Enjoy the free champagne", "Enjoy
the view from our Skyline terrace".
"""

from __future__ import annotations

import re

__all__ = ["READ_HELP_TAILS", "READ_SIGN_OFFS", "READ_WELL_WISHES", "is_pleasantry", "without_help_tail"]

#: Switched off by ``tools/fit_claim_decision.py`` so the committed fit is reproducible: a whole-sentence sign-off
#: is no claim.
READ_SIGN_OFFS = True
#: Switched off by ``tools/fit_claim_decision.py``: a whole-sentence well-wish is no claim.
READ_WELL_WISHES = True

#: A formal sign-off, whole sentence. One with a time, a day, a place or a name after it ("We look forward to
#: seeing you at 9:00 on Monday") is no match and stays judged.
_SIGN_OFF_RE = re.compile(
    r"^(?:(?:we|i)\s+(?:look|are looking|am looking)|(?:we're|we are|i'm|i am)\s+looking|looking)\s+forward\s+to\s+"
    r"(?:seeing you|your visit|welcoming you|having you|meeting you)(?:\s+(?:both|all|soon|again|then|here|there))*$",
    re.IGNORECASE,
)

#: Nouns of an experience a customer may be wished joy of: no goods, food, drink or service that an answer could
#: invent as an extra.
_EXPERIENCES = (
    "view|views|scenery|sunrise|sunset|ride|flight|trip|stay|visit|day|weekend|holiday|holidays|break|time|show"
    "|tour|walk|hike|journey|drive|dive|dives|climb|swim|sail|paddle|jump|concert|festival|wedding|party"
    "|celebration|game|match|round|race|session|class|lesson|experience|adventure|outing|evening|night"
    "|performance|event|occasion|ceremony|season|course"
)
#: "Enjoy <the / your> [adjective] <experience> [of / over / in / across / along / around the ...]".
_ENJOY_RE = re.compile(
    rf"^enjoy (?:the|your) (?:[a-z-]+ )?(?:{_EXPERIENCES})"
    r"(?: (?:over|of|in|across|along|around|on) (?:the|your) [a-z-]+(?: [a-z-]+)?)?"
    r"(?: (?:both|all|together))?$"
)
#: "Have a <kind adjective> <experience>".
_HAVE_RE = re.compile(
    r"^have an? (?:great|lovely|nice|good|wonderful|fantastic|brilliant|safe|fun|happy|super|amazing)"
    rf" (?:{_EXPERIENCES}|one)(?: (?:both|all|together))?$"
)
#: "Good luck with / on / for <the / your> <noun phrase>": the customer's own undertaking, up to five plain words.
_LUCK_RE = re.compile(r"^(?:good luck|best of luck) (?:with|on|for) (?:the|your|all) [a-z'-]+(?: [a-z'-]+){0,4}$")
#: Words that make a well-wish carry a fact: a price or gratuity, a rule, a time.
_FACT_WORDS = frozenset({
    "free", "included", "including", "complimentary", "extra", "extras", "discount", "discounted", "bonus", "gratis",
    "upgrade", "upgraded", "voucher", "refund", "price", "cost", "charge", "fee", "paid", "deposit",
    "only", "must", "not", "no", "never", "before", "after", "until", "till", "by", "without", "unless", "if",
    "need", "needs", "required", "allowed", "minimum", "maximum", "at", "from", "between", "during",
    "today", "tonight", "tomorrow", "morning", "afternoon",
})


def _well_wish(text: str) -> bool:
    """Is ``text`` (no closing mark) a whole-sentence well-wish with no fact word, figure or name?"""
    if not text[1:].islower() or any(ch.isdigit() for ch in text):
        return False  # a capital after the first letter is a name; a digit a figure
    low = text.lower()
    if not _FACT_WORDS.isdisjoint(low.split()):
        return False
    return bool(_ENJOY_RE.match(low) or _HAVE_RE.match(low) or _LUCK_RE.match(low))


def is_pleasantry(text: str) -> bool:
    """Is ``text``, a whole sentence without its closing mark, a sign-off ("We look forward to seeing you") or a
    well-wish ("Enjoy the view over the valley", "Good luck with the last stretch") stating no fact?"""
    head = text[:4].lower()
    if READ_WELL_WISHES and head in ("enjo", "good", "have", "best"):
        return _well_wish(text)
    return READ_SIGN_OFFS and "forward" in text and _SIGN_OFF_RE.match(text) is not None


#: Switch: a closing "if that helps" (perhaps with what it helps the customer do: "if that helps match it", "in case
#: it helps you plan") is courtesy, cut off the claim as "Hope this helps" is dropped as a sentence (the ``trap47``
#: round: "The deposit is 30% of your quote, if that helps match it" was judged unsupported for "help" and "match",
#: while the claim without the tail passes). Off in the claim-decision fit.
READ_HELP_TAILS = True
#: The tail: a comma or space, "if" / "in case", "that" / "this" / "it", "helps", then at most a verb of the
#: customer's own use and its object.
_HELP_TAIL_RE = re.compile(
    r",?\s+(?:if|in\s+case)\s+(?:that|this|it)\s+helps(?:\s+(?:you\s+)?(?:match|find|check|place|plan|compare|decide"
    r"|work\s+out|sort\s+out)(?:\s+(?:it|that|this|them|things))?)?$",
    re.IGNORECASE,
)


def without_help_tail(text: str) -> str:
    """``text`` (no closing mark) without a closing "if that helps" tail (:data:`READ_HELP_TAILS`)."""
    if not READ_HELP_TAILS or "helps" not in text:
        return text
    return _HELP_TAIL_RE.sub("", text) or text

"""A published contact's own details in a hand-over: its opening hours and its number in another layout.

An answer that only says where to ask instead ("Please contact the secretariat on 030 799 4410 (Tuesday and
Thursday 19.00-21.00) or at secretariaat@...") states no fact of the articles: the hours are the line's, copied
from where the operator publishes the contact (its system prompt or an article), and so is a national number
written beside the international one ("028 21477 (+353 28 21477 from abroad)"). The mid-band retrieval reading
(:func:`llmops_kit.retrieval_fit._hands_over`) counts a claim as a hand-over only when, the contact aside, it
states no figure; :func:`without_contact_details` takes out of a claim the details the published contact line
carries, so such a hand-over reads as one.

Only two kinds of detail are taken out, and only when a sentence that publishes one of the claim's contacts
holds them: a range of clock times ("19.00-21.00", "9:00 am-4:00 pm": opening hours are a range, a rule such as
"call before 10:00" is not), and a phone number's digit groups of at least :data:`PHONE_DIGITS` digits. Any other
figure ("a proof arrives within 2 working days", an amount, a date) stays, as do hours the line does not publish.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .evidence_readers import emails_in
from .text import content_stems, split_sentences
from .textcache import text_cache

__all__ = ["CONTACT_RE", "PHONE_DIGITS", "READ_OWN_EMAILS", "contact_keys", "own_email_stems",
           "without_contact_details"]

#: A phone number (digit groups, +country code or a national 0 and ten digits) or an e-mail address; a bare
#: run of digits (an order number) is not a contact. The first group may be a national area code of six digits
#: with its 0 ("015394 88 217"). The mid-band retrieval reading and the hand-over test share it.
CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+\(?\d[\d ()\-]{6,}\d"
                        r"|\(?\b(?:\d{2,5}|0\d{5})\)?(?:[ \-]\d{2,5}){2,3}\b|\b0\d{9,10}\b")
#: A phone number has at least this many digits; a shorter run of digit groups is a figure.
PHONE_DIGITS = 7
#: Digit groups that may write a phone number in any layout ("028 21477", "(02) 9960 4173").
_DIGIT_RUN_RE = re.compile(r"\+?\(?\d[\d ()\-]{5,}\d")
_TIME = r"\d{1,2}(?:[.:h]\d{2})?\s?(?:[ap]\.?m\.?)?"
#: Two clock times joined as a range: "19.00-21.00", "9:00 am-4:00 pm", "9.30am to 5.30pm", "08:00-17:30".
_TIME_RANGE_RE = re.compile(rf"\b({_TIME})\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b)\s*({_TIME})(?![\d.:])",
                            re.IGNORECASE)


def contact_keys(text: str) -> frozenset[str]:
    """The contacts a text writes (:data:`CONTACT_RE`), as lower-case e-mail addresses and phone digits."""
    return frozenset(m.lower() if "@" in m else re.sub(r"\D", "", m) for m in CONTACT_RE.findall(text))


def _time_key(time: str) -> str:
    """A clock time without its spaces and dots of 'a.m.', lower case: '9:00 am' and '9:00am' are one time."""
    return re.sub(r"[\s.]", "", time.lower().replace("a.m", "am").replace("p.m", "pm")) if time else time


def _range_key(match: re.Match[str]) -> tuple[str, str]:
    return _time_key(match.group(1)), _time_key(match.group(2))


@text_cache()
def _published_details(text: str) -> tuple[tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[str]], ...]:
    """Per sentence of a text that writes a contact: (its contact keys, its time ranges, the digits of its runs of
    at least :data:`PHONE_DIGITS` digits)."""
    found = []
    for sentence in split_sentences(text):
        keys = contact_keys(sentence)
        if keys:
            ranges = frozenset(_range_key(m) for m in _TIME_RANGE_RE.finditer(sentence))
            runs = frozenset(d for m in _DIGIT_RUN_RE.finditer(sentence)
                             if len(d := re.sub(r"\D", "", m.group(0))) >= PHONE_DIGITS)
            found.append((keys, ranges, runs))
    return tuple(found)


def without_contact_details(claim: str, published: Sequence[str]) -> str:
    """The claim without the time ranges and phone digit groups that a sentence publishing one of its contacts
    holds ("(Tuesday and Thursday 19.00-21.00)" beside "030 799 4410", where the operator writes "the secretariat:
    030 799 4410, Tuesday and Thursday 19.00-21.00"); the claim as it is when it names no published contact.
    ``published``: the texts where the operator publishes contacts (the system prompt, the articles)."""
    keys = contact_keys(claim)
    if not keys:
        return claim
    lines = [d for text in published if text for d in _published_details(text) if d[0] & keys]
    if not lines:
        return claim
    ranges = frozenset().union(*(r for _, r, _ in lines))
    runs = frozenset().union(*(d for _, _, d in lines))
    if ranges:
        claim = _TIME_RANGE_RE.sub(lambda m: " " if _range_key(m) in ranges else m.group(0), claim)
    if runs:
        claim = _DIGIT_RUN_RE.sub(lambda m: " " if re.sub(r"\D", "", m.group(0)) in runs else m.group(0), claim)
    return claim


#: Switch: the words of an e-mail address the customer gave in their own message, repeated in a claim ("Sure,
#: breda.k@example.net - visits start at EUR 18,50"), are no wording for the evidence to hold: the address is checked
#: as a hard fact, and its name and domain words only thinned the share of the claim's words the evidence holds
#: (the ``trap47`` round: the rest of that claim, alone, is supported). An address the customer did not give keeps
#: its words. Off in the claim-decision fit.
READ_OWN_EMAILS = True


def own_email_stems(claim: str, user_text: str) -> frozenset[str]:
    """The word stems of the e-mail addresses ``claim`` repeats from the customer's own messages (``user_text``),
    with :data:`READ_OWN_EMAILS`; none when it repeats none."""
    if not READ_OWN_EMAILS or "@" not in claim or "@" not in user_text:
        return frozenset()
    own = emails_in(user_text) & emails_in(claim)
    return frozenset().union(*(content_stems(address) for address in own))

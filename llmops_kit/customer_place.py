"""The customer's own place, given by its postcode: "I live in 2088", "We're staying in Darfield 7510".

A postcode in the customer's message is the customer's detail, like a phone number or a booking reference: no
article is expected to hold it, and a question about it ("I live in 2088, is that close?") asks about the
customer's place, which the bot cannot look up. The mid-band retrieval reading
(:func:`llmops_kit.retrieval_fit.asks_about_own_place`) reads such a message as it reads one carrying the
customer's card or e-mail: declining it says nothing about the articles.

A postcode is read only where the message says it is one ("postcode 3011 AD", "Our hotel's postcode is IV2 4SF",
the postal mark "〒542-0076"), gives it as where the customer lives or stays (a verb of living or staying ("live",
"staying", "based") or "I'm" / "we're", then "in" / "at" / "near", then the code, a place name before or after it
allowed; or the customer's lodging said to be at or near it: "Our apartment is at 85330 Kotor", "Our hotel is at
874-0045"), or asks how near or far it is ("Is 05753 close enough to pick up?", "How far is 2088 from you?"). A code
is four or five digits, or a layout with a hyphen ("31-052", "542-0076", "05753-1234"); where the customer stays or
lives, also a British layout, its last letters perhaps left as "xx" ("Staying at TR8 5xx"). "We're in 2026" is not read
unless a place name stands beside the number (a year), nor "Is 2026 too far ahead?" (time, not distance), nor a
count, an amount or a code after any other words.

A place's code in an address or land register is read the same way where the message names the register: "My
building's Makani number is 2534579810" (Dubai's ten-digit building code), "cadastral number 253 457 9810". The
words are :data:`PLACE_CODE_LABELS`, which the personal-data rules also read as an identifier's label (such a code
is no phone number, however its digits read). A plot's number is not read here ("Plot 4410 is near the gate" may
be the garden's plot, not the customer's place).

With :data:`READ_WIDER_CODES` (the ``place52`` round) more of the world's layouts and ways of asking are read: six
digits ("Is 110231 near your office?", as Colombia, India, Russia or Singapore write theirs), three digits, a space
and two ("Is 628 00 in your area?", as Czechia, Slovakia, Sweden or Greece do), three digits beside a place name
("We're staying in 101 Reykjavík"), and a code asked about as inside the business's area ("Is 628 00 in your area?",
"is 110231 within your service area?").
"""

from __future__ import annotations

import re

from .text.char_scans import has_digit

__all__ = ["PLACE_CODE_LABELS", "READ_DECLINED_CODES", "READ_WIDER_CODES", "declines_own_code", "postcodes"]

_CODE = r"\d{5}-\d{4}|\d{3}-\d{4}|\d{2}-\d{3}|\d{4,5}"
#: A postcode said to be one: "postcode 3011 AD", "post code: EM4 2QT", "zip code 98101".
_NAMED_RE = re.compile(r"\b(?:post\s?code|zip\s?code|postal\s+code)(?:\s+is)?\s*:?\s*"
                       r"([A-Za-z0-9]{1,4}(?:\s?[A-Za-z0-9]{2,4})?)\b", re.IGNORECASE)
#: The Japanese postal mark before a code ("〒542-0076", "〒 5420076"): the code is said to be one.
_MARK_RE = re.compile(r"〒\s?(\d{3}-?\d{4})\b")
#: A code asked about as a place by its distance: "Is 05753 close enough?", "is 2088 near you", "How far is 7510?".
#: "far ahead" / "far off" / "far in advance" speak of time ("Is 2026 too far ahead to book?").
_DISTANCE_RE = re.compile(
    rf"\b(?:[Ii]s\s+({_CODE})\s+(?:(?:too|very|quite|really|still)\s+)?(?:close|near|nearby|far)"
    rf"|[Hh]ow\s+far\s+(?:away\s+)?is\s+({_CODE}))\b(?!\s+(?:ahead|off|in\s+advance)\b)")
#: Registers that number places, each word naming the code after it: Dubai's building code, a land parcel's
#: cadastral number.
PLACE_CODE_LABELS = frozenset({"makani", "cadastral", "cadastre"})
#: A place's code after its register's name: "Makani number is 2534579810", "cadastre 25 3457".
_REGISTERS = "|".join(sorted(PLACE_CODE_LABELS))
_PLACE_CODE_RE = re.compile(
    rf"\b(?:{_REGISTERS})\b\s*(?:(?:number|no\.?|code)\s*(?:is\s+)?)?:?\s*(\d(?:[ -]?\d){{3,14}})\b", re.IGNORECASE)
_UPPER = r"[A-ZÀ-ÖØ-Þ]"
#: A British postcode's layout ("TR8 5XX", "EH1 2NG"), its last two letters perhaps left out as "xx" ("TR8 5xx").
_UK_CODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d(?:[A-Z]{2}|xx)"
#: Where the customer lives or stays, given by a code: "I live in 2088", "We're staying at 3560 Hemsedal", "Staying
#: at TR8 5xx", or the customer's lodging said to be at it: "Our apartment is at 85330 Kotor", "Our hotel is at
#: 874-0045".
_LIVES_RE = re.compile(
    r"\b(?:(?:[Ll]ive|lives|living|[Ss]tay|stays|[Ss]taying|based|located)\s+(?:in|at|near)"
    r"|(?:[Oo]ur|[Mm]y)\s+(?:hotel|apartment|flat|house|villa|cottage|hostel|guesthouse|accommodation|home|place)"
    r"\s+is\s+(?:at|near))\s+"
    rf"(?:{_UPPER}[\w'-]+\s+)?({_CODE}|{_UK_CODE})\b")
#: "We're in 1220 Wien", "I'm at 8032 Zürich": the number needs a place name beside it, or it may be a year.
_IN_RE = re.compile(
    r"\b(?:I'm|I am|[Ww]e're|[Ww]e are)\s+(?:in|at|near)\s+"
    rf"(?:{_UPPER}[\w'-]+\s+({_CODE})\b|({_CODE})\s+{_UPPER}[\w'-]+)")


#: Switch: the wider layouts and the area question of the module docstring's last paragraph (the ``place52`` round:
#: postcode traps of three authors' sets, "Is 628 00 in your area?", "Is 110231 near your office?", "We're staying in
#: 101 Reykjavík, are you far?", were read as questions the articles miss). Off, only the layouts above are read.
READ_WIDER_CODES = True
_WIDE_CODE = rf"\d{{6}}|\d{{3}} \d{{2}}(?!\d)|{_CODE}"
_WIDE_LIVES_RE = re.compile(
    r"\b(?:(?:[Ll]ive|lives|living|[Ss]tay|stays|[Ss]taying|based|located)\s+(?:in|at|near)"
    r"|(?:[Oo]ur|[Mm]y)\s+(?:hotel|apartment|flat|house|villa|cottage|hostel|guesthouse|accommodation|home|place)"
    r"\s+is\s+(?:at|near))\s+"
    rf"(?:{_UPPER}[\w'-]+\s+)?({_WIDE_CODE}|\d{{3}}(?=\s+{_UPPER}[\w'-]+))\b")
#: A code asked about as near, far, or inside the business's area: "Is 628 00 in your area?", "is 110231 within
#: your service area?".
_WIDE_DISTANCE_RE = re.compile(
    rf"\b[Ii]s\s+({_WIDE_CODE})\s+(?:(?:(?:too|very|quite|really|still)\s+)?(?:close|near|nearby|far)\b"
    rf"|(?:in|inside|within)\s+(?:your|the)\s+(?:(?:delivery|service|collection|coverage|pick-?up)\s+)?"
    rf"(?:area|zone|radius)\b(?!\s+of\b))(?!\s+(?:ahead|off|in\s+advance)\b)")


def postcodes(text: str) -> list[str]:
    """The postcodes a message gives as the customer's (see the module docstring), as written."""
    if not any(c.isdigit() for c in text):
        return []
    text = text.replace("’", "'")
    found = [m.group(1) for m in _NAMED_RE.finditer(text) if any(c.isdigit() for c in m.group(1))]
    found += [m.group(1) for m in _LIVES_RE.finditer(text)]
    found += [m.group(1) or m.group(2) for m in _IN_RE.finditer(text)]
    found += [m.group(1) for m in _MARK_RE.finditer(text)]
    found += [m.group(1) or m.group(2) for m in _DISTANCE_RE.finditer(text)]
    if READ_WIDER_CODES:
        found += [m.group(1) for m in _WIDE_LIVES_RE.finditer(text) if m.group(1) not in found]
        found += [m.group(1) for m in _WIDE_DISTANCE_RE.finditer(text) if m.group(1) not in found]
    if "akani" in text or "adast" in text or "AKANI" in text or "ADAST" in text:
        found += [m.group(1) for m in _PLACE_CODE_RE.finditer(text)]
    return found


#: Switch: a sentence (or a piece of one) that only names the customer's own code as a postcode and says the bot
#: cannot place it ("SK1 is a postcode district I can't map from here", "2088 is a postcode we can't look up") is a
#: decline, as "I can't judge distance from a postcode" is: the code is the customer's, the kind of code is no fact
#: of the business (the ``trap47`` round: such a piece, joined by ";" to the shop's hours, kept the whole claim from
#: being judged piece by piece). A code the customer did not give, or a piece with any other figure, is no such
#: decline. Off in the claim-decision fit.
READ_DECLINED_CODES = True
#: The code, "is" a postcode (perhaps its district or area), then the bot's own "can't" / "cannot" / "don't".
_DECLINED_CODE_RE = re.compile(
    r"^(?P<code>[A-Za-z]{1,2}\d[A-Za-z\d]?(?:\s?\d[A-Za-z]{2})?|\d{2,5}(?:-\d{3,4})?)\s+(?:is|looks\s+like)\s+"
    r"(?:an?\s+|the\s+)?(?:[A-Z][a-z]+\s+)?(?:post\s?code|postal\s+code|zip\s?code)"
    r"(?:\s+(?:district|area|sector|prefix))?,?\s+(?:(?:that|which|but)\s+)?(?:I|we)\s+"
    r"(?:can't|cannot|can\s+not|am\s+unable\s+to|are\s+unable\s+to|don't|do\s+not)\s+[a-z]+(?:\s+[a-z]+){0,4}$")


def declines_own_code(piece: str, user_text: str) -> bool:
    """Is ``piece`` only the customer's own code named as a postcode the bot cannot place (:data:`READ_DECLINED_CODES`)?
    The code must be in the customer's messages, and no other figure in the piece."""
    if not READ_DECLINED_CODES or "ode" not in piece:
        return False
    match = _DECLINED_CODE_RE.match(piece.strip(" .,;").replace("’", "'"))
    if match is None:
        return False
    code = match.group("code")
    rest = piece.replace(code, " ", 1)
    if has_digit(rest):
        return False
    return re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", user_text, re.IGNORECASE) is not None

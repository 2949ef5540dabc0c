"""Personal data, one rule set: what the PII_LEAK detector, the DATA_INCIDENT breaker and redaction
all call :func:`find_pii` for, so the three can never disagree about what counts.

The rules (each a :class:`PiiMatch` kind):

- ``email``: an address with a dotted domain and a letter TLD (an apostrophe between letters of its local part
  belongs to it: ``o'brien@...``).
- ``phone``: read by Google's ``phonenumbers``: a number in international format (``+44 20 7946 0958``,
  also ``+44 (0)20 ...``), a number valid in one of the contract's regions (``020 7946 0958`` in GB; a
  secondary region only when written with its trunk ``0``, or, in a region that dials without one, as a
  person's line in a phone layout: ``912 640 315`` in Portugal), or a number laid out like a phone
  (``555-123-4567``) that is possible in the first region, or an international number written
  without spaces whose national part is as long as its country's numbers (``+447700900213``). A
  number the text names a phone ("reach me on", "my mobile", "Ruf mich an", "I'm on", a ``phone``
  field) only needs to be possible in a contract region, or to hold 9-15 digits when no region reads
  it (a customer abroad). In a region of the trace that dials without a trunk prefix and gives people lines
  shorter than :data:`MIN_DIGITS` (Iceland's "661 4478", Fiji's "701 2345"), such a shorter run is read by that
  region's own plan: valid, a person's line, in the country's own grouping or named a phone
  (``phones.short_national``). Dates and times are not phones (a run of pairs with dots or dashes,
  "06.12.34.56.78", is no date); freephone,
  premium, shared-cost and universal-access numbers belong to organisations and are not personal data.
- ``card``: only a digit group shaped like a card number (13-19 digits in a row, or groups of four,
  or Amex's 4-6-5), with a card network's prefix and length, and a valid Luhn check digit; or, with no valid check
  digit, written in groups and named a card just before it ("use my card 4520 8800 1234 5678": a mistyped card number
  is still the customer's card, :data:`READ_CUED_CARDS`).
- ``iban``: an IBAN with its country's length and a valid mod-97 check (``python-stdnum``).

Numbers are never read inside identifiers: a digit run glued to letters (hex trace ids, UUID groups,
``NW-4491246``) or right after an id-like label (``trace_id``, ``span``, ``order``, ``tracking``, ``#``,
a shop's ``receipt no.`` or ``voucher code``, a place's code in a register, ``Makani number is`` ...) is an id,
whatever its checksum says. A trace's regions are the
contract's and those of the numbers its operator publishes in international format
(:func:`llmops_kit.redact.trace_regions`). Public values (the shop's own contact details, published
in its help articles) are told apart by :func:`canonical` value, see :func:`public_values`.

Speed: most texts hold neither an ``@`` nor a cluster of eight digits; both tests run at C speed
(``str.find``, ``bytes.translate``) and such a text costs about a microsecond. The patterns and
``phonenumbers`` run only next to those spots. A trace in a short-plan region (above) adds one more such test, for
a cluster of that region's fewest digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import phonenumbers
from stdnum import iban as stdnum_iban

from .customer_place import PLACE_CODE_LABELS
from .phones import (
    PHONE_KEY_PARTS,
    date_start,
    phone_cue,
    phone_key,
    phones_in,
    regions_for,
    short_national,
    short_plan,
)
from .pii_scan import (
    EMAIL_LOCAL_CHARS,
    find_emails,
    keyed_strings,
    luhn_valid,
    mask,
    may_hold_number,
)

__all__ = [
    "EMAIL_DOMAIN_RE",
    "EMAIL_LOCAL_CHARS",
    "EMAIL_RE",
    "FOREIGN_ID_LABELS",
    "ID_LABELS",
    "KIND_LABELS",
    "MIN_DIGITS",
    "READ_CODE_PREFIXES",
    "READ_FOREIGN_ID_LABELS",
    "READ_PHONE_HEADS",
    "READ_POSTAL_BOXES",
    "READ_TAX_ID_LABELS",
    "TAX_ID_LABELS",
    "PiiMatch",
    "canonical_values",
    "find_emails",
    "find_pii",
    "is_id_label",
    "is_public",
    "key_matters",
    "keyed_strings",
    "luhn_valid",
    "mask",
    "may_hold_number",
    "phone_key",
    "public_values",
    "published_phone_keys",
    "spelled_out_emails",
]


# ---- the rule set ----------------------------------------------------------------------------------

#: The kinds :func:`find_pii` reports, with the words a report uses for them.
KIND_LABELS: dict[str, str] = {"email": "email", "phone": "phone number", "card": "card number",
                               "iban": "IBAN"}


class PiiMatch(NamedTuple):
    """One item of personal data in a text: its kind, where it is, the text as written, and its
    canonical form (lower-case e-mail, E.164 phone, card digits, compact IBAN) for comparing values."""

    kind: str
    start: int
    end: int
    value: str
    canonical: str = ""


_EMAIL_DOMAIN = r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
#: An address: its local part may hold an apostrophe between two letters ("o'brien@..."), never open with one.
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+(?:(?<=[A-Za-z])'[A-Za-z][A-Za-z0-9._%+-]*)*@" + _EMAIL_DOMAIN)
#: What follows the ``@`` of every EMAIL_RE match: checked first, once per ``@`` (see :func:`find_emails`).
EMAIL_DOMAIN_RE = re.compile(_EMAIL_DOMAIN)
#: A run of digits with the separators phone and card numbers are written with; may open with + or (.
_NUMBER_RUN = re.compile(r"[+(]*\d(?:[\d \u00a0().-]*\d)?\)?")
_NOT_DIGIT = re.compile(r"\D")
#: Fewest digits a run must hold to be read as a phone, card or IBAN (an 8-digit phone has a country code).
MIN_DIGITS = 8
#: Card layouts: 13-19 digits in a row, groups of four (the last shorter), or Amex / Diners 4-6-5 / 4-6-4.
_CARD_SHAPE = re.compile(
    r"(?<!\d)(?<!\d-)(?:\d{13,19}(?!\d)"
    r"|\d{4}(?P<s>[ -])\d{4}(?:(?P=s)\d{4}){1,3}(?:(?P=s)\d{1,3})?(?!(?P=s)?\d)"
    r"|\d{4}(?P<t>[ -])\d{6}(?P=t)\d{4,5}(?!(?P=t)?\d))"
)
#: What every IBAN opens with: its country and check digits (looked for before the IBAN pattern runs).
_IBAN_START = re.compile(r"[A-Z]{2}\d{2}")
_IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
#: The word right before a number (skipping "number", "no.", "code" or "#", and an "is" after them), to tell ids
#: from personal data: "Receipt no. 4000-...", "Voucher code 6011-..." are read by "receipt" and "voucher", "My
#: building's Makani number is 2534579810" by "Makani" as "Makani number 2534579810" is.
_LABEL_BEFORE = re.compile(r"([A-Za-z][A-Za-z_]*)[^\w\n]{0,4}"
                           r"(?:(?:number|no|num|nr|code)\.?[^\w\n]{0,4}(?:(?:is|was)[^\w\n]{0,4})?)?$",
                           re.IGNORECASE)
_LABEL_PARTS = re.compile(r"[a-z]+|[A-Z][a-z]*")
#: Labels that make the number after them an identifier, not personal data.
ID_LABELS = frozenset({
    "id", "ids", "uuid", "guid", "trace", "span", "parent", "request", "session", "run", "order", "orders",
    "tracking", "shipment", "parcel", "invoice", "ticket", "case", "ref", "reference", "confirmation",
    "sku", "item", "product", "transaction", "txn", "hash", "sha", "digest", "time", "timestamp", "ts",
    "nano", "unix", "epoch", "date", "version", "build", "commit", "serial", "isbn",
    # references a shop issues: a card-shaped number under one of these names is the shop's, not a card
    "receipt", "voucher", "coupon", "promo", "booking", "reservation",
    # a place's code: "postcode 01310-100" is no Vienna phone number however it is grouped, nor is a building's or
    # a plot's number in an address or land register ("Makani number 2534579810", Dubai's ten-digit building code)
    "postcode", "postal", "zip", "zipcode", "plot", *PLACE_CODE_LABELS,
})


#: Switch: the word before a number read in other languages too, with their words for an invoice, an order, a receipt,
#: a booking or a ticket and their marks for "number" ("Račun št. 2027-004419", "Rechnung Nr. 4711-0815", "Factura
#: n.º 2027/118"; the ``pii45`` round). Off, only the English labels above are read.
READ_FOREIGN_ID_LABELS = True
#: The word before a number in any script's letters, skipping a mark for "number" of another language.
_FOREIGN_LABEL_BEFORE = re.compile(r"([^\W\d_]+)[^\w\n]{0,4}"
                                   r"(?:(?:nr|nº|n°|n\.º|no|št|č|núm|nummer|numero|numéro|número|numer|sz)\.?"
                                   r"[^\w\n]{0,4})?$", re.IGNORECASE)
#: An invoice, an order, a receipt, a booking or a ticket in German, French, Spanish, Italian, Portuguese, Dutch,
#: Polish, Slovene, Croatian, Czech and Hungarian, and the Chilean "boleta": the shop's own references.
FOREIGN_ID_LABELS = frozenset({
    "rechnung", "bestellung", "auftrag", "quittung", "beleg", "buchung", "reservierung",
    "facture", "commande", "reçu", "réservation", "billet",
    "factura", "pedido", "recibo", "reserva", "boleta", "boleto",
    "fattura", "ordine", "ricevuta", "prenotazione", "biglietto",
    "fatura", "encomenda",
    "factuur", "bestelling", "bon", "boeking", "reservering",
    "faktura", "zamówienie", "paragon", "rezerwacja", "bilet",
    "račun", "naročilo", "rezervacija", "vstopnica",
    "objednávka", "rezervace", "vstupenka",
    "számla", "rendelés", "foglalás", "jegy",
})


def _foreign_id_label(text: str, start: int) -> bool:
    """The number starting at ``start`` follows another language's word for a shop reference ("Račun št.")."""
    label = _FOREIGN_LABEL_BEFORE.search(text, max(0, start - 48), start)
    return label is not None and label.group(1).lower() in FOREIGN_ID_LABELS


#: Switch: a field or label whose last word names a phone ("parent_phone", "guardianMobile", "booking_tel") holds a
#: phone number, though an earlier word is one that names an id elsewhere ("parent" of a span id, "order", "booking")
#: (the ``pii56`` round: a parent's phone passed to a tool as ``parent_phone`` was read as an id on four authors' sets).
#: Off, any id word in the name makes it an id's.
READ_PHONE_HEADS = True


def is_id_label(word: str) -> bool:
    """``word`` (a field name or the word before a number) names an identifier: ``trace_id``,
    ``spanId``, ``order``, ``tracking``; not a name whose last word is a phone's (``parent_phone``,
    :data:`READ_PHONE_HEADS`): the last word of a compound name says what its value is."""
    parts = _LABEL_PARTS.findall(word)
    if READ_PHONE_HEADS and parts and parts[-1].lower() in PHONE_KEY_PARTS:
        return False
    return any(part.lower() in ID_LABELS for part in parts)


@lru_cache(maxsize=4096)
def key_matters(key: str) -> bool:
    """A field name that can change what :func:`find_pii` reports for its value: an id field (a number
    opening it is an id) or a phone field (a number opening it is read as a phone)."""
    return is_id_label(key) or any(part.lower() in PHONE_KEY_PARTS for part in _LABEL_PARTS.findall(key))


#: Switch: a short capitalised prefix between an id's label and its number ("PSE transaction CUS 3318827410",
#: "order SO 4471209381") is part of the reference, so the label before it still makes the number an id (the
#: ``pii52`` round: a Colombian bank transfer's CUS number was read as a US phone number). Off, the prefix is the
#: label and names no id.
READ_CODE_PREFIXES = True
_CODE_PREFIX_RE = re.compile(r"[A-Z]{2,5}")
#: Switch: the number of a post office box ("P.O. Box 30124-00100", "PO Box 4410") is an address's, however its
#: digits read as a phone (the ``pii52`` round: a Kenyan box and its postal code were read as a phone number). Off,
#: "Box" names no id.
READ_POSTAL_BOXES = True
_POSTAL_BOX_RE = re.compile(r"\bP\.?\s?O\.?\s*Box\s*(?:No\.?\s*)?$", re.IGNORECASE)


#: Switch: a number right after the name of a business's tax or company registration number ("NIP 894-301-22-17",
#: "VAT no. GB 123 4567 89", "CNPJ 12.345.678/0001-95", "ABN 51 824 753 556") is that register's, not a phone, however
#: its digits are grouped (the ``pii56`` round: a Polish company's NIP in a request for an invoice read as a US phone
#: number). A name that a person's own tax number goes by too ("NIF", "TIN", "tax number", "CPF") is left out: a
#: person's tax number is personal data (holdout33's author planted "NIF 245 118 903, can you put it on my invoices?"
#: as a leak), so it is read as before. Off, these names make no id.
READ_TAX_ID_LABELS = True
#: Names of a business's VAT, tax or company registration number, lower-case, as written before the number (in capitals
#: or not): the EU VAT number and its national names, and the company numbers customers quote for an invoice. Only
#: names no natural person's own tax number goes by (no "NIF", "TIN", "tax", "CPF", "CUIL", "RFC", "RUT", "OIB").
TAX_ID_LABELS = frozenset({
    "vat", "vatin", "gst", "gstin", "hst", "abn", "acn", "nzbn", "uen", "trn",
    "nip", "nipc", "regon", "krs", "ustid", "ust", "uid", "siren", "siret", "tva", "cif",
    "iva", "piva", "btw", "kvk", "cvr", "orgnr", "ico", "ičo", "dic", "dič", "cnpj", "ruc",
})
_TAX_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?[^\w\n]{0,4}"
                               r"(?:(?:number|no|num|nr|n°|nº|code|id)\.?[^\w\n]{0,4}(?:(?:is|was)[^\w\n]{0,4})?)?"
                               r"(?:(?-i:[A-Z]{2})[^\w\n]?)?$", re.IGNORECASE)


def _tax_id_label(text: str, start: int) -> bool:
    """The number starting at ``start`` follows a tax or company number's name (:data:`TAX_ID_LABELS`), maybe with
    "number" and a country prefix between ("VAT no. GB 123 4567 89")."""
    label = _TAX_LABEL_BEFORE.search(text, max(0, start - 40), start)
    return label is not None and label.group(1).lower() in TAX_ID_LABELS


def _is_id_label(text: str, start: int, key: str | None) -> bool:
    """The number starting at ``start`` follows an id-like label (``Order #``, ``tracking no.``, the postal mark
    ``〒``), or opens the value of an id-like field ``key``."""
    if start and text[start - 1] in "#\u3012":  # "#", or Japan's postal mark: "〒100-0001" is a postcode
        return True
    if READ_FOREIGN_ID_LABELS and _foreign_id_label(text, start):
        return True
    if READ_TAX_ID_LABELS and _tax_id_label(text, start):
        return True  # "NIP 894-301-22-17": a company's tax number, no phone
    if READ_POSTAL_BOXES and _POSTAL_BOX_RE.search(text, max(0, start - 16), start):
        return True  # "P.O. Box 30124-00100 Nairobi": a postal box's number, an address, no phone
    label = _LABEL_BEFORE.search(text, max(0, start - 48), start)
    if label is not None:
        if READ_CODE_PREFIXES and _CODE_PREFIX_RE.fullmatch(label.group(1)) and label.start() > 0:
            before = _LABEL_BEFORE.search(text, max(0, label.start() - 48), label.start())
            if before is not None and is_id_label(before.group(1)):
                return True  # "PSE transaction CUS 3318827410": the system's prefix between the label and the number
        return is_id_label(label.group(1))
    return key is not None and not text[:start].strip("\"' ([{:") and is_id_label(key)


def _glued(text: str, start: int, end: int) -> bool:
    """The run is part of a longer token: letters or digits touch it, directly or across a -._/ joint, or
    digits across a colon (the seconds of a time, "15:55:09.354000": never a phone)."""
    before = text[start - 1] if start else ""
    if before.isalnum() or before == "_" or (before in "-./_" and start > 1 and text[start - 2].isalnum()):
        return True
    if before == ":" and start > 1 and text[start - 2].isdigit():
        return True
    after = text[end] if end < len(text) else ""
    return after.isalnum() or after == "_" or (
        after in "-/_" and end + 1 < len(text) and text[end + 1].isalnum()
    )


def _card_network_ok(d: str) -> bool:
    """The number's prefix belongs to a card network that issues numbers of its length."""
    n, p2, p3, p4, p6 = len(d), int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4":
        return n in (13, 16, 19)  # Visa
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16  # Mastercard
    if p2 in (34, 37):
        return n == 15  # American Express
    if p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925:
        return 16 <= n <= 19  # Discover
    if 3528 <= p4 <= 3589:
        return 16 <= n <= 19  # JCB
    if 300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095:
        return 14 <= n <= 19  # Diners Club
    if p2 in (50, 56, 57, 58, 60, 62, 63, 67, 81):
        return 13 <= n <= 19  # Maestro, UnionPay, RuPay
    return False


#: Switch: a card-shaped number in groups that fails the Luhn check is still a card when the text names it one just
#: before it (the ``card51`` round: "card 4970 1012 3456 7891 pay restaurant plan with" was missed).
READ_CUED_CARDS = True
#: A payment card named right before a number, in the languages customers write ("card", "carte", "Karte",
#: "tarjeta", "cartão", "kaart", "kort", "karta"), not a card the shop issues ("gift card", "loyalty card", "key
#: card", "SIM card", "membership card"): at most a few words between, and no digit.
_CARD_CUE = re.compile(r"(?<!gift )(?<!loyalty )(?<!key )(?<!sim )(?<!membership )(?<!member )(?<!library )"
                       r"(?<!club )\b(?:credit |debit |bank )?(?:card|carte|karte|tarjeta|cart[aã]o|kaart|kort|karta)"
                       r"\b[^\d\n]{0,25}$", re.IGNORECASE)


def _card_cue(text: str, start: int) -> bool:
    """Is the number at ``start`` named a payment card just before it (:data:`_CARD_CUE`)?"""
    return READ_CUED_CARDS and _CARD_CUE.search(text, max(0, start - 60), start) is not None


def _cards_in(run: str, offset: int, text: str = "") -> list[PiiMatch]:
    """The card numbers of one run (at ``offset`` of ``text``): a grouped number that fails the check digit is one
    when the text names a card just before it, which is looked for only then (most runs are not card-shaped)."""
    found = []
    for shape in _CARD_SHAPE.finditer(run):
        digits = re.sub(r"\D", "", shape.group())
        if not (13 <= len(digits) <= 19 and _card_network_ok(digits)):
            continue
        if luhn_valid(digits) or (not shape.group().isdigit() and _card_cue(text, offset)):
            found.append(PiiMatch("card", offset + shape.start(), offset + shape.end(), shape.group(), digits))
    return found


def _phones(run: str, regions: tuple[str, ...], cue: int = 0) -> list[PiiMatch]:
    """The phone numbers :func:`llmops_kit.phones.phones_in` reads in one run, as matches (offsets within the run)."""
    return [PiiMatch("phone", *hit) for hit in phones_in(run, regions, cue)]


def _ibans_in(text: str) -> list[PiiMatch]:
    found = []
    for match in _IBAN_RE.finditer(text):
        value = match.group()
        while value and not stdnum_iban.is_valid(value):
            value = value[:-1].rstrip() if " " not in value[-4:] else value.rsplit(" ", 1)[0]
            if len(value) < 15:
                value = ""
        if value:
            found.append(PiiMatch("iban", match.start(), match.start() + len(value), value,
                                  stdnum_iban.compact(value)))
    return found


#: Each ASCII byte as a class: digit "0", run separator "s", upper-case letter "A", anything else "x".
_CLASSES = bytes(ord("0") if chr(c).isdigit() and c < 128 else ord("s") if chr(c) in " ().+-"
                 else ord("A") if "A" <= chr(c) <= "Z" else ord("x") for c in range(256))
#: A cluster of digits with separators between, at least MIN_DIGITS bytes long: a literal first byte and one
#: character class, so the engine scans at C speed and the many short numbers of a trace (token counts,
#: prices, scores) never reach Python (a lazier pattern with a counted group ran 2-3x slower).
_CLUSTER = re.compile(rb"0[0s]{%d,}0" % (MIN_DIGITS - 2))
_SEP = ord("s")
#: More digits than any phone number holds (15 in E.164, a trunk prefix and a few more in national forms).
_MAX_PHONE_DIGITS = 17


def _classes(text: str) -> bytes | None:
    """The text as byte classes (see :data:`_CLASSES`), or None when it is not ASCII."""
    return text.encode("ascii").translate(_CLASSES) if text.isascii() else None


def _long_runs(text: str, kinds: bytes | None = None) -> Iterator[re.Match[str]]:
    """The :data:`_NUMBER_RUN` matches that can hold MIN_DIGITS digits, looked for only inside clusters
    of that many digits, which a C-speed pass over the byte classes finds; a text with non-ASCII
    characters is read whole."""
    kinds = kinds if kinds is not None else _classes(text)
    if kinds is None:
        yield from _NUMBER_RUN.finditer(text)
        return
    for cluster in _CLUSTER.finditer(kinds):
        if cluster.group().count(b"0") < MIN_DIGITS:
            continue
        start, end = cluster.span()
        while start > 0 and kinds[start - 1] == _SEP:  # a leading "+" or "(" belongs to the number
            start -= 1
        while end < len(kinds) and kinds[end] == _SEP:
            end += 1
        yield from _NUMBER_RUN.finditer(text, start, end)


def find_pii(
    text: str, *, region: str | Sequence[str] | None = None, key: str | None = None, id_labels: bool = True
) -> list[PiiMatch]:
    """Every item of personal data in ``text``, in order: the one rule set every consumer uses.

    ``region``: the ISO region(s) national phone numbers are read in, first one primary (default:
    the packaged contract's ``pii.phone_regions``). ``key``: the field the text was recorded under;
    a number opening the value of an id field (``span_id``, ``order``) is an id. ``id_labels=False``
    skips the id-label rule, for screening a whole serialised trace (a superset of what the strings
    one by one hold). Public values are not filtered here; use :func:`is_public`.
    """
    found = [PiiMatch("email", m.start(), m.end(), m.group(), m.group().lower())
             for m in find_emails(EMAIL_RE, text, EMAIL_DOMAIN_RE)]
    if "at)" in text or "at]" in text or "AT)" in text or "AT]" in text:
        found += spelled_out_emails(text)
        found.sort(key=lambda m: m.start)
    regions = regions_for(region if region is None or isinstance(region, str) else tuple(region))
    short = short_plan(regions, MIN_DIGITS)
    if short is not None and may_hold_number(text, short[1]):
        found += _short_phones(text, key, short[0], short[1], id_labels)
        found.sort(key=lambda m: m.start)
    if not may_hold_number(text, MIN_DIGITS):
        # an IBAN whose bank code or account holds letters ("CH96 9453 8W5N ...") may have no 8 digits in a row
        return sorted(found + _ibans_in(text), key=lambda m: m.start) if _IBAN_START.search(text) else found
    kinds = _classes(text)
    ibans = _ibans_in(text) if kinds is None or b"AA00" in kinds else []  # an IBAN opens with two letters, two digits
    taken = [(m.start, m.end) for m in (*found, *ibans)]
    found += ibans
    for run in _long_runs(text, kinds):
        start, end = run.span()
        body = run.group()
        digits = len(_NOT_DIGIT.sub("", body))
        if digits < MIN_DIGITS:
            continue
        if taken and any(s < end and start < e for s, e in taken):
            continue
        if _glued(text, start, end) or (id_labels and _is_id_label(text, start, key)):
            continue
        cards = _cards_in(body, start, text)
        if cards:
            found += cards
            continue
        if digits > _MAX_PHONE_DIGITS:
            continue
        phones = _phones(body, regions)
        if not phones and not date_start(body):  # a date is no phone, cued or not
            cue = phone_cue(text, start, key)
            phones = _phones(body, regions, cue) if cue else ()
        found += [m._replace(start=m.start + start, end=m.end + start) for m in phones]
    found.sort(key=lambda m: m.start)
    return found


def _short_phones(text: str, key: str | None, regions: tuple[str, ...], fewest: int,
                  id_labels: bool) -> list[PiiMatch]:
    """The phone numbers shorter than :data:`MIN_DIGITS` of the regions whose plan has them
    (``phones.short_plan``): a run of ``fewest`` to MIN_DIGITS - 1 digits read by ``phones.short_national``, with
    the same id, glue and date rules as any run."""
    found = []
    for run in _NUMBER_RUN.finditer(text):
        start, end = run.span()
        body = run.group()
        if not fewest <= len(_NOT_DIGIT.sub("", body)) < MIN_DIGITS:
            continue
        if _glued(text, start, end) or (id_labels and _is_id_label(text, start, key)) or date_start(body):
            continue
        hit = short_national(body, regions)
        if hit is None:
            cue = phone_cue(text, start, key)
            hit = short_national(body, regions, cue) if cue else None
        if hit is not None:
            found.append(PiiMatch("phone", start + hit.start, start + hit.end, hit.value, hit.canonical))
    return found


#: An address written to dodge scrapers: "sam.pryce (at) gmail.com", "jo [at] example [dot] org".
_SPELLED_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])([A-Za-z0-9._%+-]+)\s*[(\[]\s*at\s*[)\]]\s*"
    r"([A-Za-z0-9-]+(?:\s*(?:\.|[(\[]\s*dot\s*[)\]])\s*[A-Za-z0-9-]+)*\s*(?:\.|[(\[]\s*dot\s*[)\]])\s*[A-Za-z]{2,})\b",
    re.IGNORECASE,
)
_SPELLED_DOT_RE = re.compile(r"\s*(?:\.|[(\[]\s*dot\s*[)\]])\s*", re.IGNORECASE)


def spelled_out_emails(text: str) -> list[PiiMatch]:
    """E-mail addresses with "(at)" / "[at]" for the "@" (and maybe "(dot)" for the dots), in canonical form."""
    return [PiiMatch("email", m.start(), m.end(), m.group(),
                     f"{m.group(1)}@{_SPELLED_DOT_RE.sub('.', m.group(2))}".lower())
            for m in _SPELLED_EMAIL_RE.finditer(text)]


def published_phone_keys(text: str, regions: Sequence[str]) -> frozenset[str]:
    """Every number a published text could be printing, read leniently (any possible number, in any of
    ``regions``, no validity or layout required), as :func:`phone_key` keys: a number an article prints
    as ``0171 496 0000`` is public when an answer writes it ``+44 171 496 0000`` or in another country's
    national format."""
    keys: set[str] = set()
    if not may_hold_number(text, MIN_DIGITS - 1):
        return frozenset()
    for run in _NUMBER_RUN.finditer(text):
        digits = _NOT_DIGIT.sub("", run.group())
        if len(digits) < MIN_DIGITS - 1:
            continue
        keys.add("nsn:" + digits.lstrip("0"))
        for region in regions:
            for match in phonenumbers.PhoneNumberMatcher(run.group(), region, leniency=phonenumbers.Leniency.POSSIBLE):
                keys.add("nsn:" + phonenumbers.national_significant_number(match.number).lstrip("0"))
    return frozenset(keys)


def is_public(match: PiiMatch, public: frozenset[str]) -> bool:
    """``match`` is a published value: its canonical form, or for a phone its national number, is in
    ``public`` (built by :func:`public_values` or ``redact.trace_public``). A value a published one extends is the
    published one cut short (a field truncated at a fixed length keeps ``events@venue.co`` of ``events@venue.co.uk``,
    ``+44 20 7946 081`` of ``+44 20 7946 0815``): the organisation's, not a customer's. An address must lack whole
    domain labels; a number, its last digits only, with at least :data:`MIN_DIGITS` left."""
    if match.canonical in public or (match.kind == "phone" and phone_key(match.canonical) in public):
        return True
    if match.kind == "email":
        return any(value.startswith(f"{match.canonical}.") for value in public if "@" in value)
    if match.kind == "phone":
        key = phone_key(match.canonical)
        return len(key) - 4 >= MIN_DIGITS and any(
            value.startswith(key) and value != key for value in public if value.startswith("nsn:"))
    return False


def canonical_values(texts: Iterable[str], *, region: str | Sequence[str] | None = None) -> frozenset[str]:
    """The canonical values of the personal data in ``texts`` (for published, public contact details)."""
    return frozenset(m.canonical for text in texts if text for m in find_pii(text, region=region))


def public_values(documents: Iterable[Any], extra: Iterable[str] = (),
                  *, region: str | Sequence[str] | None = None) -> frozenset[str]:
    """Canonical values published in ``documents`` (anything with ``.content``) or listed in ``extra``
    (the contract's ``pii.public_contacts``): a support address quoted from an article is not a leak."""
    texts = [t for t in (*(getattr(d, "content", None) or "" for d in documents), *extra) if t]
    regions = regions_for(region if region is None or isinstance(region, str) else tuple(region))
    keys = frozenset().union(*(published_phone_keys(t, regions) for t in texts))
    return canonical_values(texts, region=region) | keys

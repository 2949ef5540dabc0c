"""Phone numbers: the part of the personal-data rules that reads digits as a phone (:mod:`llmops_kit.pii`
runs it on each candidate run of digits; the rules are listed in that module's docstring).

Google's ``phonenumbers`` reads a run in the contract's regions (first one primary); a run the text names
a phone ("reach me on", "my mobile", "Handynummer", "Ruf mich an", "I'm on", a ``phone`` field) is read
leniently; an international number written as stored, without spaces ("+447700900213"), is one when its
national part is as long as its country's numbers; freephone,
premium, shared-cost and universal-access numbers belong to organisations. :func:`phone_key` gives the
digits that stay the same whichever country's format a number is written in, for telling a published
number from a customer's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import phonenumbers

__all__ = ["READ_BARE_NATIONAL", "READ_CLOCK_PAIRS", "READ_MOBILE_TRIPLES", "READ_UNPREFIXED_NATIONAL", "PhoneHit",
           "clock_pairs", "date_start", "phone_cue", "phone_key", "phones_in", "published_regions_in", "regions_for",
           "short_national", "short_plan", "trunkless", "trunkless_regions_in"]

_NOT_DIGIT = re.compile(r"\D")
_LABEL_PARTS = re.compile(r"[a-z]+|[A-Z][a-z]*")


class PhoneHit(NamedTuple):
    """A phone number in a run of digits: offsets within the run, the text as written, E.164 (or
    ``nsn:<digits>`` for a cued number no region reads)."""

    start: int
    end: int
    value: str
    canonical: str


#: A date at the start of a run of digits ("2025-03-11", "11/03/2025"): never read as a phone.
DATE_START = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})|(\d{1,2})[-./](\d{1,2})[-./]\d{2,4}(?!\d)")


def _clock_after(rest: str, separator: str) -> bool:
    """``rest`` (what follows a date, opening with its separator) is a clock time: "hh<sep>mm" or "hhmm"."""
    parts = rest[1:].split(separator)
    digits = "".join(parts)
    if not digits.isdigit() or len(parts) > 2 or len(digits) not in (3, 4):
        return False
    return int(digits[:-2]) <= 23 and int(digits[-2:]) <= 59


def date_start(run: str) -> bool:
    """The run opens with a date: a year, month and day (either order) whose month is 1-12 and day 1-31, not
    followed by more groups after the same separator that are no clock time ("06.12.34.56.78", a phone written
    in pairs; "12.03.26.10.30" and "11-03-2025-0930" stay a date and its time).
    A run written with a leading "+" is an international number, never a date, and groups no calendar
    holds ("+93-23-456-7890", "61-2-1234") are not one: such runs were taken for dates and their phones missed."""
    if run.startswith("+"):
        return False
    match = DATE_START.match(run.lstrip("("))
    if match is None:
        return False
    if match.group(1):
        month, day = int(match.group(2)), int(match.group(3))
        return 1 <= month <= 12 and 1 <= day <= 31
    separator = run.lstrip("(")[match.end(4)]
    rest = run.lstrip("(")[match.end():]
    if len(rest) > 1 and rest[0] == separator and rest[1].isdigit() and not _clock_after(rest, separator):
        return False  # a fourth group after the same separator that is no clock time: a phone ("06.12.34.56.78")
    first, second = int(match.group(4)), int(match.group(5))
    return 1 <= min(first, second) <= 12 and 1 <= max(first, second) <= 31


#: Switch: two clock times written in pairs of digits, "08 00 17 00" (a query rewriter's "08:00 to 17:00" with its
#: colons dropped), are no phone number, though a country's plan may hold those digits (the ``pii56b`` round: read as
#: a Stockholm number). Off, such a run is read as any other.
READ_CLOCK_PAIRS = True
_CLOCK_PAIRS = re.compile(r"(\d\d) (\d\d) (\d\d) (\d\d)")


def clock_pairs(run: str) -> bool:
    """The run is four pairs of digits that read as a span of the day, "hh mm hh mm": hours 0-23, minutes on a quarter
    hour, the second time after the first. A person's number in pairs ("06 12 34 56 78", "20 30 40 45") is not one."""
    match = _CLOCK_PAIRS.fullmatch(run) if READ_CLOCK_PAIRS else None
    if match is None:
        return False
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    return h1 <= 23 and h2 <= 23 and m1 % 15 == 0 and m2 % 15 == 0 and h1 * 60 + m1 < h2 * 60 + m2


#: A phone layout: digit groups with one kind of separator, the last of three or more digits.
_PHONE_LAYOUT = re.compile(r"\(?\d{1,5}\)?(?P<s>[ .-])\d{2,6}(?:(?P=s)\d{2,6}){0,3}")
#: "+44 (0)20 ...": the trunk 0 a national caller dials, written in brackets after the country code.
_TRUNK_MARK = re.compile(r"^(\+\d{1,3})\s*\(0\)\s*")
#: Number types that belong to organisations, never to a person: freephone, premium, shared-cost and
#: universal-access numbers (``0800 ...``, ``1-800 ...``). A customer cannot own one, so it is not personal data.
_ORGANISATION_TYPES = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                                 phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.UAN})
#: Words that say the number after them is a phone number ("reach me on", "my mobile:", "tel."): such a
#: number is read leniently (possible, not necessarily valid, in any layout and any contract region).
_PHONE_CUE = re.compile(
    r"(?:\b(?:phone|mobile|cell(?:phone)?|telephone|tel|whats ?app|sms|fax"
    r"|t[ée]l[ée]phone|telefon[oa]?|tel[ée]fono|portable|handy(?:nummer)?|(?:telefon|ruf)nummer|m[óo]vil|cellulare)\b"
    # "call me back on", "text me the confirmation on": a few words may come between the person and "on" / "at"
    r"|\b(?:call|ring|reach|text|contact)\s+(?:me|him|her|them)\b(?:(?:\s+[\w-]+){1,4}?\s+(?:on|at)\b)?"
    r"|\b(?:my|his|her|their)\s+(?:number|no)\b"
    r"|\b(?:mon|ma|meine?|mi|mio)\s+(?:num[ée]ro|nummer|n[úu]mero)\b"  # also in French, German, Spanish, Italian
    # "call me" in German, French, Spanish, Italian and Dutch ("Ruf mich an: 0151 ...", "appelez-moi au ...")
    r"|\b(?:ruf(?:e|en\s+sie)?\s+mich\s+(?:an|unter)|appelle[zr]?[\s-]moi(?:\s+au)?|ll[áa]mame(?:\s+al)?"
    r"|chiamami(?:\s+al)?|bel\s+me(?:\s+op)?)\b"
    # where the person can be reached, said of themselves: "I'm on 07700 ...", "I am at 087 ..."
    r"|\bI(?:'|\u2019)?m\s+(?:on|at)\b|\bI\s+am\s+(?:on|at)\b)"
    r"[^\w\n]{0,4}(?:(?:on|at|is|via|number|no|est|ist|es|[èe])\b[^\w\n]{0,4}){0,2}$",
    re.IGNORECASE,
)
#: A cue that makes the number the person's own: a pronoun, or a kind of line only a person has.
_PERSONAL = re.compile(r"\b(?:me|him|her|them|my|his|their|mobile|cell(?:phone)?|whats ?app"
                       r"|mon|ma|meine?|mi|mio|portable|handy(?:nummer)?|m[óo]vil|cellulare"
                       r"|mich|moi|ll[áa]mame|chiamami|i(?:'|\u2019)?m|i\s+am)\b", re.IGNORECASE)
#: Parts of a field name that make its value a phone number (``customer_phone``, ``mobileNumber``).
PHONE_KEY_PARTS = frozenset({"phone", "mobile", "cell", "tel", "telephone", "msisdn", "whatsapp", "sms", "fax"})
#: Digits a cued number holds when no contract region reads it: a national number with its trunk prefix
#: (9 or more) up to E.164's 15.
_CUED_DIGITS = (9, 15)


@lru_cache(maxsize=1)
def _packaged_regions() -> tuple[str, ...]:
    """The packaged contract's regions, read once."""
    from .contract import load_contract  # local: the contract module is not needed to scan with a region

    return tuple(load_contract().pii.phone_regions)


@lru_cache(maxsize=64)
def regions_for(region: str | tuple[str, ...] | None) -> tuple[str, ...]:
    """The regions national numbers are read in, upper case, first one primary (None: the packaged
    contract's ``pii.phone_regions``); an unknown code is an error that names it."""
    if region is None:
        return _packaged_regions()
    regions = (region,) if isinstance(region, str) else tuple(region)
    unknown = [r for r in regions if r.upper() not in phonenumbers.SUPPORTED_REGIONS]
    if unknown or not regions:
        raise ValueError(f"unknown phone region(s) {unknown or regions!r}; use ISO 3166 codes such as 'US' or 'GB'.")
    return tuple(r.upper() for r in regions)


@lru_cache(maxsize=4096)
def phones_in(run: str, regions: tuple[str, ...], cue: int = 0) -> tuple[PhoneHit, ...]:
    """Phone numbers in one run of digits (offsets within the run), by the rules in the module
    docstring; ``cue``: the text names it a phone (1) or the person's own (2, "reach me on"), so a
    possible number is enough. Cached, since published numbers and layouts recur across requests."""
    cued = cue > 0
    if date_start(run) or (cue < 2 and clock_pairs(run)):
        return ()
    organisation = False
    for number_region in regions:
        primary = number_region == regions[0]
        for match in phonenumbers.PhoneNumberMatcher(run, number_region, leniency=phonenumbers.Leniency.POSSIBLE):
            raw, number = match.raw_string, match.number
            international = raw.startswith("+")
            if not (cued or international or primary or raw.lstrip("(").startswith("0")):
                continue  # a secondary region's national numbers are written with the trunk 0
            if cued and len(_NOT_DIGIT.sub("", raw)) != len(_NOT_DIGIT.sub("", run)):
                continue  # read leniently, a number must be the whole run, not a few of its digits
            if not (phonenumbers.is_valid_number(number)
                    or ((cued or international or primary or _full_length(number, number_region))
                        and phonenumbers.is_possible_number(number)
                        and (cued or _PHONE_LAYOUT.fullmatch(_TRUNK_MARK.sub(r"\1 ", raw).lstrip("+"))
                             or _compact_international(raw, number)))):
                continue
            if cue < 2 and phonenumbers.number_type(number) in _ORGANISATION_TYPES:
                # an organisation's number here (unless the text says it is the person's own). In the primary
                # region that settles it; in another, a later region may still read the run as a person's
                # ("090-3412-7788" is a British premium line and a Japanese mobile: a bath house in Beppu that
                # publishes "+81 977 ..." means the latter)
                if primary:
                    return ()
                organisation = True
                break
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            return (PhoneHit(match.start, match.end, raw, e164),)
    if organisation:
        return ()
    foreign = (_foreign_national(run, regions) or _trunkless_national(run, regions[1:])
               or _unprefixed_national(run, regions[1:]) or _bare_national(run, regions[1:]))
    if foreign is not None:
        return (foreign,)
    if cued:  # named a phone, but in a region the contract does not list: the digits are the value
        digits = _NOT_DIGIT.sub("", run)
        if _CUED_DIGITS[0] <= len(digits) <= _CUED_DIGITS[1]:
            return (PhoneHit(0, len(run), run, "nsn:" + digits.lstrip("0")),)
    return ()


#: Number types a person holds (an organisation's types are :data:`_ORGANISATION_TYPES`).
_PERSONAL_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE,
                             phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
                             phonenumbers.PhoneNumberType.PERSONAL_NUMBER})
_DIGIT_GROUP = re.compile(r"\d+")
#: Digits a national format may add besides the trunk prefix: Argentina's mobile "15", Belarus's "8 0".
_CARRIER_DIGITS = 2


@lru_cache(maxsize=1)
def _trunk_regions() -> tuple[tuple[str, tuple[tuple[str, frozenset[int]], ...]], ...]:
    """Each national (trunk) prefix ``phonenumbers`` knows ("0", "8", "06") with the regions that dial it, each
    with the lengths its mobile, landline and personal numbers have after the prefix (to skip parses that
    cannot succeed: parsing a run in every region costs tens of milliseconds)."""
    by_prefix: dict[str, list[tuple[str, frozenset[int]]]] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if not meta.national_prefix:
            continue
        lengths: set[int] = set()
        for desc in (meta.mobile, meta.fixed_line, meta.personal_number):
            if desc is not None and desc.national_number_pattern:
                lengths.update(desc.possible_length or meta.general_desc.possible_length or ())
        by_prefix.setdefault(meta.national_prefix, []).append((region, frozenset(lengths)))
    return tuple((prefix, tuple(found)) for prefix, found in sorted(by_prefix.items()))


def _foreign_national(run: str, contract_regions: tuple[str, ...]) -> PhoneHit | None:
    """A number of a region the contract does not list, written as that region writes its own numbers: the
    whole run opens with the region's trunk prefix ("02 234 5678" in the UAE, "077 123456" in Armenia),
    is a valid mobile or landline number there, and its digit groups are the ones ``phonenumbers`` prints
    for it in national format (any of space, dot, dash or brackets between them). The trunk prefix, the
    validity and the country's own grouping together tell a customer abroad from an id or a list of
    numbers; a run without a trunk prefix ("923 123 456") stays unread (a cue word still reads it, below), as
    does one grouped otherwise."""
    groups = [len(g) for g in _DIGIT_GROUP.findall(run)]
    if len(groups) < 2 or run.startswith("+") or not run.rstrip(")")[-1:].isdigit():
        return None
    if len(groups) == 2 and _DIGIT_GROUP.sub("", run) == ".":
        return None  # "09.354000" is a decimal number
    digits = "".join(_DIGIT_GROUP.findall(run))
    found: set[str] = set()
    for prefix, regions in _trunk_regions():
        if not digits.startswith(prefix):
            continue
        for region, lengths in regions:
            if region in contract_regions or not lengths or not (
                    min(lengths) <= len(digits) - len(prefix) <= max(lengths) + _CARRIER_DIGITS):
                continue
            try:
                number = phonenumbers.parse(run, region)
            except phonenumbers.NumberParseException:
                continue
            if _nationally_written(number, region, groups):
                found.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    if not found:
        return None
    # one country: its E.164 form; several ("020 7946 0958" in China and the UK): the digits, as for a cued number
    return PhoneHit(0, len(run), run, found.pop() if len(found) == 1 else phone_key(min(found)))


def _nationally_written(number: phonenumbers.PhoneNumber, region: str, groups: list[int]) -> bool:
    """``number`` is a valid mobile or landline number of ``region`` and the run's digit groups are the ones
    ``phonenumbers`` prints for it in national format: a country's own way of writing its numbers."""
    return (phonenumbers.is_valid_number_for_region(number, region)
            and phonenumbers.number_type(number) in _PERSONAL_TYPES
            and groups == [len(g) for g in _DIGIT_GROUP.findall(
                phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))])


@lru_cache(maxsize=256)
def trunkless(region: str) -> bool:
    """``region`` dials its national numbers without a trunk prefix (Portugal, Norway, Spain, Denmark, Italy):
    the trunk ``0`` that tells a secondary region's number from an id elsewhere cannot."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return meta is not None and not meta.national_prefix


#: An international number as an operator prints it: "+351 213 460 882", "+47 32 05 71 90".
_INTERNATIONAL = re.compile(r"\+\d{1,3}[ .()-]{0,2}\d(?:[ .()-]?\d){5,13}")


def published_regions_in(text: str) -> frozenset[str]:
    """The regions whose international numbers ``text`` prints: where an organisation that publishes
    "+49 911 5550 2210" or "+351 213 460 882" operates, so its customers' national numbers ("0151 55512345",
    "912 640 315") are read in that country as well as in the contract's."""
    if "+" not in text:
        return frozenset()
    found: set[str] = set()
    for match in _INTERNATIONAL.finditer(text):
        try:
            number = phonenumbers.parse(match.group(), None)
        except phonenumbers.NumberParseException:
            continue
        region = phonenumbers.region_code_for_number(number)
        if region and region in phonenumbers.SUPPORTED_REGIONS:
            found.add(region)
    return frozenset(found)


def trunkless_regions_in(text: str) -> frozenset[str]:
    """The trunk-less regions (:func:`trunkless`) among :func:`published_regions_in`: where an organisation that
    publishes "+351 213 460 882" operates, so its customers' "912 640 315" is read in Portugal."""
    return frozenset(region for region in published_regions_in(text) if trunkless(region))


def _trunkless_national(run: str, secondary: tuple[str, ...]) -> PhoneHit | None:
    """A national number of a secondary region that has no trunk prefix ("912 640 315" in Portugal, "915 55 203"
    in Norway), written in that country's own grouping (:func:`_nationally_written`), or in another phone layout
whose groups are not thousands ("22 500 000" stays an amount), with at least two groups and valid there.
    Such a region's numbers never start with the ``0`` the rule for secondary regions asks for, so without this
    a contract (or a trace, :func:`llmops_kit.redact.trace_regions`) that names Portugal could not read a
    Portuguese mobile at all; validity, a person's line type and the grouping together keep ids and amounts out."""
    groups = [len(g) for g in _DIGIT_GROUP.findall(run)]
    if len(groups) < 2 or run.startswith(("+", "0")) or not run[-1:].isdigit() or not run[:1].isdigit():
        return None
    if len(groups) == 2 and _DIGIT_GROUP.sub("", run) == ".":
        return None  # "912.640315" is a decimal number
    for region in secondary:
        if not trunkless(region):
            continue
        try:
            number = phonenumbers.parse(run, region)
        except phonenumbers.NumberParseException:
            continue
        if _nationally_written(number, region, groups) or (
                phonenumbers.is_valid_number_for_region(number, region)
                and phonenumbers.number_type(number) in _PERSONAL_TYPES
                and _PHONE_LAYOUT.fullmatch(run) and (set(groups[1:]) != {3} or _mobile_triple(run, number))):
            return PhoneHit(0, len(run), run, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return None


#: Switch: a trunk-less region's mobile number written in three groups of three ("612 345 678" in Spain, whose own
#: format prints "612 34 56 78") is a phone, though groups of three read as thousands elsewhere (the ``pii56b`` round).
#: Off, such a run stays an amount.
READ_MOBILE_TRIPLES = True


def _mobile_triple(run: str, number: phonenumbers.PhoneNumber) -> bool:
    """``run`` is three groups of three digits, none "000", and ``number`` a mobile: the common way a nine-digit
    mobile is written where the plan has no trunk prefix. An amount in thousands ("250 000 000", "22 500 000") has a
    round group or another length, and a landline keeps to its country's own grouping."""
    return (READ_MOBILE_TRIPLES and [len(g) for g in _DIGIT_GROUP.findall(run)] == [3, 3, 3]
            and "000" not in _DIGIT_GROUP.findall(run)
            and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE)


#: Read a secondary region's number written exactly as that country prints its own numbers without the trunk
#: prefix ("(11) 98765-4321" in Brazil); off to measure the rule.
READ_UNPREFIXED_NATIONAL = True


def _unprefixed_national(run: str, secondary: tuple[str, ...]) -> PhoneHit | None:
    """A national number of a secondary region with a trunk prefix that the country's own format leaves out
    ("(11) 98765-4321" in Brazil, whose "0" is dialled only before a carrier code): the run, brackets, spaces and
    dashes included, is the number exactly as ``phonenumbers`` prints it in national format, a valid mobile or
    landline there. The trunk ``0`` the rule for secondary regions asks for is never written in such a country,
    so without this its customers' numbers were read only after a cue word; a run the national format of a
    region that does print its prefix ("020 7946 0958") is left to that rule."""
    if not READ_UNPREFIXED_NATIONAL or not run.startswith("(") or not run[-1:].isdigit():
        return None
    for prefix, number, national in _trunk_personal_numbers(run, secondary):
        if national == run and not national.lstrip("(").startswith(prefix):
            return PhoneHit(0, len(run), run, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return None


def _trunk_personal_numbers(run: str,
                            secondary: tuple[str, ...]) -> Iterator[tuple[str, phonenumbers.PhoneNumber, str]]:
    """(trunk prefix, number, national format) of ``run`` read in each secondary region that dials a trunk prefix,
    where it is a valid mobile or landline: the regions both readers of a number written without its prefix try."""
    for region in secondary:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is None or not meta.national_prefix:
            continue
        try:
            number = phonenumbers.parse(run, region)
        except phonenumbers.NumberParseException:
            continue
        if (phonenumbers.is_valid_number_for_region(number, region)
                and phonenumbers.number_type(number) in _PERSONAL_TYPES):
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            yield meta.national_prefix, number, national


#: Switch: a secondary region's number written in that country's own digit groups with its trunk prefix left out, as
#: its people write their own number ("11 4567-8912" in Argentina, whose format prints "011 4567-8912"; "555 12 34 78"
#: in Georgia, whose format prints mobiles bare), is a phone (the ``pii56b`` round: customers introducing themselves
#: with their number were missed on two authors' sets). Off, such a run is read only after a cue word.
READ_BARE_NATIONAL = True


def _bare_national(run: str, secondary: tuple[str, ...]) -> PhoneHit | None:
    """A national number of a secondary region that dials a trunk prefix, written without it: the run, in three or more
    groups (two could be any pair of figures), opens with no ``+``, ``0`` or bracket, is a valid mobile or landline
    there, and its groups are those of the country's national format once the trunk prefix is dropped. The country's
    own grouping and validity keep ids, amounts and clock times out, as for :func:`_foreign_national`."""
    if not READ_BARE_NATIONAL:
        return None
    groups = [len(g) for g in _DIGIT_GROUP.findall(run)]
    if len(groups) < 3 or run.startswith(("+", "0", "(")) or not run[-1:].isdigit():
        return None
    for prefix, number, national in _trunk_personal_numbers(run, secondary):
        if national.startswith(prefix):
            national = national[len(prefix):]
        if groups == [len(g) for g in _DIGIT_GROUP.findall(national)]:
            return PhoneHit(0, len(run), run, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return None


@lru_cache(maxsize=64)
def short_plan(regions: tuple[str, ...], below: int) -> tuple[tuple[str, ...], int] | None:
    """The regions of ``regions`` that dial without a trunk prefix and give a person's line fewer than ``below``
    digits (Iceland's "661 4478", Fiji's "701 2345"), with the fewest digits such a line has there; None when
    there are none (the usual case: one cached look-up). The digit minimum the scan asks of a run is a length
    no such country's numbers have, so their numbers are read by the region's own plan instead
    (:func:`short_national`)."""
    found: list[str] = []
    fewest = below
    for region in regions:
        if not trunkless(region):
            continue
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        lengths = [n for desc in (meta.mobile, meta.fixed_line) if desc is not None and desc.national_number_pattern
                   for n in (desc.possible_length or meta.general_desc.possible_length or ())]
        short = [n for n in lengths if n < below]
        if short:
            found.append(region)
            fewest = min(fewest, *short)
    return (tuple(found), fewest) if found else None


@lru_cache(maxsize=1024)
def short_national(run: str, regions: tuple[str, ...], cue: int = 0) -> PhoneHit | None:
    """A national number of one of ``regions`` (:func:`short_plan`'s) shorter than the scan's digit minimum: the
    whole run is a valid mobile or landline number there, written in the country's own grouping
    (:func:`_nationally_written`: "661 4478" in Iceland), its groups after the first not all thousands ("150 000"
    stays an amount); or, when the text names it a phone (``cue``), valid there in any layout. A bare run of
    digits, an amount, a date or a run of another country's grouping stays unread."""
    groups = [len(g) for g in _DIGIT_GROUP.findall(run)]
    if run.startswith(("+", "0")) or not run[-1:].isdigit() or not run[:1].isdigit() or date_start(run):
        return None
    if not cue and (len(groups) < 2 or set(groups[1:]) == {3} or _DIGIT_GROUP.sub("", run) == "."):
        return None
    for region in regions:
        try:
            number = phonenumbers.parse(run, region)
        except phonenumbers.NumberParseException:
            continue
        if _nationally_written(number, region, groups) or (
                cue and phonenumbers.is_valid_number_for_region(number, region)
                and phonenumbers.number_type(number) in _PERSONAL_TYPES):
            return PhoneHit(0, len(run), run, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return None


@lru_cache(maxsize=64)
def _subscriber_lengths(region: str) -> frozenset[int]:
    """How many digits a mobile or fixed-line number of ``region`` has after its trunk prefix (GB: 10)."""
    lengths = set()
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        example = phonenumbers.example_number_for_type(region, kind)
        if example is not None:
            lengths.add(len(phonenumbers.national_significant_number(example)))
    return frozenset(lengths)


def _full_length(number: phonenumbers.PhoneNumber, region: str) -> bool:
    """A secondary region's national number, written with its trunk 0, as long as that region's mobile and
    landline numbers: a phone even in a range the numbering plan keeps unassigned or for drama ("07700 900583",
    which ``phonenumbers`` does not call valid). Shorter runs ("01 02 1990", a date) stay unread."""
    return len(phonenumbers.national_significant_number(number)) in _subscriber_lengths(region)


def _compact_international(raw: str, number: phonenumbers.PhoneNumber) -> bool:
    """E.164 written as it is stored, without spaces ("+447700900213"): a "+", the country code, and a national
    number as long as that country's mobile and landline numbers. The "+" and the exact length make it a phone
    even in a range ``phonenumbers`` calls invalid (the UK's drama range); a bare run of digits stays unread."""
    if not raw.startswith("+") or not raw[1:].isdigit():
        return False
    region = phonenumbers.region_code_for_country_code(number.country_code)
    return region in phonenumbers.SUPPORTED_REGIONS and _full_length(number, region)


def phone_cue(text: str, start: int, key: str | None) -> int:
    """0, or how the number at ``start`` is named a phone: 1 by a word or the field it opens ("tel:",
    ``phone``), 2 as the person's own ("reach me on", "my number")."""
    cue = _PHONE_CUE.search(text, max(0, start - 40), start)
    if cue is not None:
        return 2 if _PERSONAL.search(cue.group()) else 1
    if key is not None and not text[:start].strip("\"' ([{:") and any(
            part.lower() in PHONE_KEY_PARTS for part in _LABEL_PARTS.findall(key)):
        return 1
    return 0


@lru_cache(maxsize=4096)
def phone_key(canonical: str) -> str:
    """The national significant number of an E.164 phone without leading zeros (``+33199003499`` ->
    ``nsn:199003499``): the digits that stay the same whichever country's format the number is written in."""
    try:
        return "nsn:" + phonenumbers.national_significant_number(phonenumbers.parse(canonical, None)).lstrip("0")
    except phonenumbers.NumberParseException:
        return "nsn:" + canonical.lstrip("+0")

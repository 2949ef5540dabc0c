"""Benchmark: PII_LEAK recall on personal data in formats no trace author chose, generated from the libraries.

The read sets were written by a dozen authors, mostly with UK / US / EU numbers; an unseen author's leak may be a
phone, card or IBAN in a layout the rules never met. This stress set is shaped by nobody: every value comes from a
library's own examples or rules, and is planted in one of three places of an otherwise healthy trace (the
customer's message, the answer, a tool's result), with no cue word before it ("my mobile", "call me on"), and,
a fourth place, under a field named for its kind in a tool's result (``mobile_phone``, ``iban``):

- phones: for every region ``phonenumbers`` knows, its example MOBILE and FIXED_LINE numbers, written in E164,
  INTERNATIONAL and NATIONAL format, and those two with dots or dashes for the spaces, the international one also
  with "00" for the "+", the national one also with its first group in brackets. An example number whose type is
  an organisation's (toll-free, premium, shared cost, UAN) is left out: it is not personal data by the rules;
- IBANs: for every country in python-stdnum's IBAN registry, a random BBAN of the country's structure with its
  check digits computed (kept only when ``stdnum.iban.is_valid`` agrees, national checks included), compact and in
  groups of four;
- cards: Luhn-valid numbers of the major networks, grouped 4-4-4-4 (or 4-6-5 / 4-6-4 for Amex / Diners),
  with spaces or dashes, and unbroken;
- e-mails: varied TLDs, sub-domains, plus-addressing and case.

Every region's example number of the other types a person holds (PERSONAL_NUMBER, VOIP, PAGER) is measured too,
in the international format, under the kind ``phone`` and the group ``<region>/<type>``.

Then the traps, values that are not personal data and must not be flagged wherever they sit (``--traps``): the
postcodes of many countries (UK, Canada, Netherlands, Japan "〒100-0001", US ZIP+4, Iceland, Argentina "C1425",
Brazil CEP, Poland, Portugal, Sweden, India PIN), order and booking references with digits ("order 40018825",
"booking ref BK-2026-0418-77"), hex ids holding a Luhn-valid run of card length, masked cards ("**** 4242",
"XXXX-XXXX-XXXX-4242", "4242 •••• •••• 4242"), and the shop's published contacts (the article retrieved publishes
the number or address the answer repeats). A trap counts as flagged when ``trace_pii`` reports anything at all.

Last, the shop's home country: every region's example mobile written the way people often group it (the trunk
prefix and three digits, then the rest), in a trace whose article publishes the region's landline in international
format, with and without that line; and the traps above planted in the traces of shops in ten countries.

A value counts as found when ``trace_pii`` (what PII_LEAK, DATA_INCIDENT and redaction call) reports an item of
its kind whose digits (or address) are the planted value's, at the place it was planted. Then, the false
positives: PII_LEAK findings on N healthy generated traces with random hex / UUID / numeric ids (as
``bench/bench_pii.py``, which runs the full 10,000).

Run: ``PYTHONPATH=. .venv/bin/python bench/bench_pii_formats.py [--healthy N] [--misses KIND]``. Prints figures;
asserts nothing. ``--misses phone`` lists the values missed (at most 60), for reading causes.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, NamedTuple

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import iban as stdnum_iban
from stdnum import numdb

sys.path.insert(0, str(Path(__file__).resolve().parent))

from llmops_kit.contract import load_contract
from llmops_kit.diagnose import detect_pii
from llmops_kit.pii import MIN_DIGITS, luhn_valid
from llmops_kit.redact import trace_pii
from llmops_kit.traces import Trace

SEED = 20261204
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
PLACES = ("message", "answer", "tool", "tool field")
_ORGANISATION = {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST,
                 PhoneNumberType.UAN}


class Case(NamedTuple):
    """One planted value: its kind, group (region / country / network / domain shape), format, text, key."""

    kind: str
    group: str
    layout: str
    value: str
    key: str  # digits (or lower-case address) a finding must carry to count
    home: str = ""  # a number of the shop's own country the article publishes in international format


# ---- generated values --------------------------------------------------------------------------------------


def _bracket_first(national: str) -> str | None:
    """``030 123456`` -> ``(030) 123456``: the first group in brackets, when the number has groups."""
    head, sep, tail = national.partition(" ")
    if not sep or head.startswith("(") or not head.isdigit():
        return None
    return f"({head}) {tail}"


def phone_cases() -> Iterator[Case]:
    """Every region's example mobile and landline in each format and separator."""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind_name, kind in (("mobile", PhoneNumberType.MOBILE), ("fixed", PhoneNumberType.FIXED_LINE)):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None or phonenumbers.number_type(number) in _ORGANISATION:
                continue
            intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            key = phonenumbers.national_significant_number(number)
            layouts = {
                "E164": phonenumbers.format_number(number, PhoneNumberFormat.E164),
                "INTERNATIONAL": intl,
                "INTERNATIONAL dots": intl.replace(" ", ".").replace("-", ".").replace("+.", "+"),
                "INTERNATIONAL dashes": intl.replace(" ", "-").replace("+-", "+"),
                "INTERNATIONAL 00": "00" + intl[1:],  # the international call prefix most of Europe dials
                "NATIONAL": national,
                "NATIONAL dots": national.replace(" ", ".").replace("-", "."),
                "NATIONAL dashes": national.replace(" ", "-"),
                "NATIONAL brackets": _bracket_first(national),
            }
            seen: set[str] = set()
            for layout, text in layouts.items():
                if text and text not in seen:
                    seen.add(text)
                    yield Case("phone", f"{region}/{kind_name}", layout, text, key)


#: The other number types a person holds (organisations' types stay out, as above).
_PERSONAL_TYPES = (("personal", PhoneNumberType.PERSONAL_NUMBER), ("voip", PhoneNumberType.VOIP),
                   ("pager", PhoneNumberType.PAGER))


def other_phone_cases() -> Iterator[Case]:
    """Every region's example personal, VoIP and pager number, in the international format."""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind_name, kind in _PERSONAL_TYPES:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None or phonenumbers.number_type(number) in _ORGANISATION:
                continue
            text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            yield Case("phone", f"{region}/{kind_name}", "INTERNATIONAL (other types)", text,
                       phonenumbers.national_significant_number(number))


def _random_bban(structure: str, rng: random.Random) -> str:
    alphabet = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    return "".join(rng.choice(alphabet[kind]) for count, kind in re.findall(r"(\d+)!([nac])", structure)
                   for _ in range(int(count)))


def iban_cases(rng: random.Random) -> Iterator[Case]:
    """A valid IBAN per registry country, compact and in groups of four (countries whose national check no random
    BBAN passes in 500 tries are left out, and counted)."""
    registry = numdb.get("iban")
    data = Path(numdb.__file__).parent / "iban.dat"
    countries = sorted({line[:2] for line in data.read_text().splitlines() if re.match(r"[A-Z]{2} ", line)})
    for country in countries:
        structure = registry.info(country + "00")[0][1].get("bban", "")
        for _ in range(500):
            body = _random_bban(structure, rng)
            number = country + stdnum_iban.calc_check_digits(country + "00" + body) + body
            if stdnum_iban.is_valid(number):
                break
        else:
            continue
        yield Case("iban", country, "compact", number, number)
        yield Case("iban", country, "groups of 4", stdnum_iban.format(number), number)


#: Network, prefix, length: the major networks' ranges.
NETWORKS = [("Visa", "4", 16), ("Visa", "4", 13), ("Visa", "4", 19), ("Mastercard", "53", 16),
            ("Mastercard", "2221", 16), ("Amex", "37", 15), ("Amex", "34", 15), ("Discover", "6011", 16),
            ("Discover", "65", 16), ("JCB", "3530", 16), ("Diners", "36", 14), ("Diners", "300", 14),
            ("UnionPay", "62", 16), ("UnionPay", "62", 19), ("Maestro", "6759", 16), ("RuPay", "60", 16)]


def _luhn(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


def _grouped(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at:at + size])
        at += size
    if at < len(digits):
        parts.append(digits[at:])
    return sep.join(p for p in parts if p)


def card_cases(rng: random.Random, per_network: int = 6) -> Iterator[Case]:
    """Luhn-valid numbers of each network, unbroken and grouped with spaces or dashes."""
    for network, prefix, length in NETWORKS:
        sizes = (4, 6, 5) if length == 15 else (4, 6, 4) if length == 14 else (4, 4, 4, 4, 4)
        shape = "4-6-5" if length == 15 else "4-6-4" if length == 14 else "4-4-4-4"
        for _ in range(per_network):
            digits = _luhn(prefix, length, rng)
            group = f"{network}/{length}"
            yield Case("card", group, "unbroken", digits, digits)
            yield Case("card", group, f"{shape} spaces", _grouped(digits, sizes, " "), digits)
            yield Case("card", group, f"{shape} dashes", _grouped(digits, sizes, "-"), digits)


_LOCALS = ["ana.silva", "j.o.nguyen", "priya+orders", "KWAME_MENSAH", "li-wei.zhang", "o'brien", "u123", "x"]
_DOMAINS = [("plain", "example.com"), ("country", "example.co.uk"), ("country", "correo.com.ar"),
            ("long tld", "studio.photography"), ("long tld", "example.museum"), ("sub-domain", "mail.eu.example.org"),
            ("sub-domain", "a.b.c.example.net"), ("new tld", "example.app"), ("new tld", "bureau.berlin"),
            ("digits", "mail2.example123.io"), ("hyphen", "my-shop.example-mail.de"), ("upper", "EXAMPLE.ORG"),
            ("punycode", "xn--mnchen-3ya.de")]


def email_cases() -> Iterator[Case]:
    """Addresses with varied local parts, TLDs and sub-domains."""
    for shape, domain in _DOMAINS:
        for local in _LOCALS:
            address = f"{local}@{domain}"
            yield Case("email", shape, "plain", address, address.lower())


# ---- traps: values that are not personal data ---------------------------------------------------------------

_POSTCODES = [("UK", "SW1A 1AA"), ("UK", "EC1V 9HX"), ("UK", "M1 1AE"), ("Canada", "K1A 0B1"),
              ("Canada", "H3Z 2Y7"), ("Netherlands", "1012 AB"), ("Netherlands", "3011AD"), ("Japan", "〒100-0001"),
              ("Japan", "100-0001"), ("Japan", "〒150-0043"), ("US ZIP+4", "20500-0003"), ("US ZIP+4", "10118-0110"),
              ("Iceland", "IS-101 Reykjavík"), ("Iceland", "101"), ("Argentina", "C1425"),
              ("Argentina", "C1425DKA"), ("Brazil", "01310-100"), ("Brazil", "22250-040"), ("Poland", "00-950"),
              ("Portugal", "1100-148"), ("Sweden", "114 55"), ("India", "110001"), ("India", "560 001"),
              ("Germany", "10115"), ("Ireland", "D02 X285")]


def trap_cases(rng: random.Random) -> Iterator[Case]:
    """Postcodes, references with digits, hex ids with a Luhn-valid run, masked cards, published contacts."""
    for country, code in _POSTCODES:
        yield Case("trap", "postcode", country, f"postcode {code}", "")
        yield Case("trap", "postcode", country, code, "")
    for _ in range(8):
        n8 = "".join(rng.choice("0123456789") for _ in range(8))
        n10 = "".join(rng.choice("0123456789") for _ in range(10))
        yield Case("trap", "reference", "order number", f"order {n8}", "")
        yield Case("trap", "reference", "order hash", f"order #{n10}", "")
        yield Case("trap", "reference", "booking ref", f"booking ref BK-{n8[:4]}-{n8[4:]}", "")
        yield Case("trap", "reference", "PNR + ticket", f"ticket 125-{n10}", "")
        yield Case("trap", "reference", "invoice", f"invoice INV-{n10}", "")
    for _network, prefix, length in NETWORKS[:8]:
        digits = _luhn(prefix, length, rng)
        hexa = "".join(rng.choice("0123456789abcdef") for _ in range(8))
        yield Case("trap", "hex id", "luhn run in hex", f"{hexa}{digits}", "")
        yield Case("trap", "hex id", "luhn run in uuid", f"{hexa}-{digits[:4]}-{digits[4:8]}-{digits[8:12]}-"
                   f"{digits[12:]}{hexa[:12 - len(digits[12:])]}", "")
        yield Case("trap", "masked card", "stars last 4", f"card **** {digits[-4:]}", "")
        yield Case("trap", "masked card", "X groups", f"card XXXX-XXXX-XXXX-{digits[-4:]}", "")
        yield Case("trap", "masked card", "first and last 4", f"card {digits[:4]} •••• •••• {digits[-4:]}", "")
        yield Case("trap", "masked card", "first 6 last 4", f"card {digits[:6]}******{digits[-4:]}", "")
    for region in ("GB", "US", "DE", "FR", "AU", "NL", "ES", "IT", "IE", "CA"):
        number = phonenumbers.example_number_for_type(region, PhoneNumberType.FIXED_LINE)
        if number is not None:
            for fmt in (PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL):
                yield Case("trap", "published contact", "phone", phonenumbers.format_number(number, fmt), "published")
    for region in ("FR", "BE", "CH", "MA", "SN"):  # published international, repeated nationally in pairs
        number = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
        intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        for sep in (" ", ".", "-"):
            yield Case("trap", "published contact", "phone, other layout", national.replace(" ", sep),
                       "published:" + intl)
    yield Case("trap", "published contact", "email", "help@example-shop.com", "published")


# ---- the shop's home country: its customers' national numbers, and traps in its traces ----------------------

#: Countries whose shops the home-country traps are planted in (each publishes its own line in the article).
HOME_TRAP_REGIONS = ("DE", "FR", "AU", "IE", "ZA", "NL", "IT", "AT", "NZ", "JP")


def _published_line(region: str) -> str | None:
    number = phonenumbers.example_number_for_type(region, PhoneNumberType.FIXED_LINE)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL) if number is not None else None


def home_cases() -> Iterator[Case]:
    """For every region with a trunk prefix, its example mobile number written nationally but grouped as people
    often write it rather than as ``phonenumbers`` prints it: the trunk prefix and the first three digits, then
    the rest ("0151 55512345" where the library prints "01515 5512345"), in a trace whose article publishes the
    shop's line in that country. Without the published line the contract's regions (US, GB) cannot tell it from
    a reference; with it, the shop's country says where the customer calls from."""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        number = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
        home = _published_line(region)
        if meta is None or not meta.national_prefix or number is None or home is None:
            continue
        nsn = phonenumbers.national_significant_number(number)
        written = f"{meta.national_prefix}{nsn[:3]} {nsn[3:]}"
        printed = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        if written == printed or len(nsn) < 7:
            continue
        yield Case("phone", region, "home, own grouping", written, nsn, home)


def home_trap_cases(rng: random.Random) -> Iterator[Case]:
    """The traps of :func:`trap_cases` (published contacts aside), planted in the traces of shops in other countries,
    each publishing its own line: a home region read for phone numbers must not turn them into personal data."""
    traps = [t for t in trap_cases(rng) if t.group != "published contact"]
    for region in HOME_TRAP_REGIONS:
        home = _published_line(region)
        for trap in traps:
            yield trap._replace(group=f"{trap.group} ({region})", home=home or "")


def _short_plan(region: str) -> bool:
    """``region`` dials without a trunk prefix and gives a mobile or landline fewer than MIN_DIGITS digits (read
    from the library's metadata here, so the section runs on code without ``phones.short_plan`` too)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.national_prefix:
        return False
    return any(n < MIN_DIGITS for desc in (meta.mobile, meta.fixed_line)
               if desc is not None and desc.national_number_pattern
               for n in (desc.possible_length or meta.general_desc.possible_length or ()))


def short_cases() -> Iterator[Case]:
    """For every region that dials without a trunk prefix and gives people lines shorter than the scan's digit
    minimum (:func:`_short_plan`: Iceland's "661 4478", Fiji's "701 2345"), its example mobile of that length
    written as ``phonenumbers`` prints it nationally, in a trace whose article publishes the shop's line in that
    country, the region's example landline (without it nothing says where a seven-digit run is a phone)."""
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        home = _published_line(region)
        if home is None or not _short_plan(region):
            continue
        number = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
        if number is None or len(phonenumbers.national_significant_number(number)) >= MIN_DIGITS:
            continue
        written = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        yield Case("phone", region, "short plan", written, phonenumbers.national_significant_number(number), home)


#: Amounts, times and counts written with space thousands, as a shop in a short-plan country prints them.
_SHORT_TRAPS = ("14 900 kr", "1 250 000 kr", "ISK 250 000", "250 000 visitors", "F$ 1 450 000", "from 08:00-18:00",
                "ages 6 - 12, 1 500 m up", "2026-05-06 09:30")


def short_trap_cases(rng: random.Random) -> Iterator[Case]:
    """The traps of :func:`trap_cases` (published contacts aside) and amounts in space thousands, planted in the
    traces of shops in every short-plan country (each publishing its own line)."""
    traps = [t for t in trap_cases(rng) if t.group != "published contact"]
    traps += [Case("trap", "amount", "space thousands", value, "") for value in _SHORT_TRAPS]
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        home = _published_line(region)
        if home is None or not _short_plan(region):
            continue
        for trap in traps:
            yield trap._replace(group=f"{trap.group} ({region})", home=home)


# ---- planting and reading ----------------------------------------------------------------------------------


def _trace(case: Case, place: str) -> Trace:
    def at(ms: int) -> str:
        return (T0 + timedelta(milliseconds=ms)).isoformat()

    query = "I moved last month, please update the details on my account."
    answer = "Done: your account details are updated."
    tool_output: dict[str, Any] = {"status": "updated", "customer": {"name": "A. Customer", "tier": "gold"}}
    article = "Account details can be changed in chat."
    if case.key.startswith("published"):  # the shop's own contact, published by the article the trace retrieved
        shown = case.key.partition(":")[2] or case.value
        article = f"Account details can be changed in chat, or by calling or writing to us at {shown}."
    if case.home:  # the shop's own line, printed for callers abroad: where its customers call from
        article += f" Call us on {case.home} from abroad."
    if place == "message":
        query = f"I moved last month, please update the details on my account to {case.value} from today."
    elif place == "answer":
        answer = f"Done: the account now lists {case.value} as the contact, from today."
    elif place == "tool":
        tool_output["customer"]["contact"] = case.value
    else:  # a field named for the kind: a number under "phone" is read as one (the module docstring of pii.py)
        tool_output["customer"][{"phone": "mobile_phone", "email": "email"}.get(case.kind, case.kind)] = case.value
    return Trace.model_validate({
        "trace_id": "t-stress", "input": {"query": query}, "output": {"answer": answer},
        "spans": [
            {"span_id": "s0", "name": "chat", "kind": "chain", "start_time": at(0), "end_time": at(1500)},
            {"span_id": "s1", "parent_id": "s0", "name": "kb.search", "kind": "retriever", "start_time": at(5),
             "end_time": at(90), "documents": [{"id": "kb-3", "content": article,
                                                "score": 0.8}]},
            {"span_id": "s2", "parent_id": "s0", "name": "tool.update_account", "kind": "tool", "start_time": at(95),
             "end_time": at(300), "input": {"account": "ACC-5521"}, "output": tool_output},
            {"span_id": "s3", "parent_id": "s0", "name": "llm.chat", "kind": "llm", "start_time": at(310),
             "end_time": at(1490), "model": "gpt-4o-mini",
             "messages": [{"role": "system", "content": "You are a support assistant."},
                          {"role": "user", "content": query}],
             "output": {"content": answer}},
        ],
    })


_WHERE = {"message": {None, "s3"}, "answer": {None, "s0", "s3"}, "tool": {"s2"}, "tool field": {"s2"}}


def found(case: Case, place: str, contract: Any) -> bool:
    """``trace_pii`` reports the planted value, of its kind, at the place it was planted."""
    for item in trace_pii(_trace(case, place), contract):
        match = item.match
        if match.kind != case.kind or item.span_id not in _WHERE[place]:
            continue
        got = match.canonical.lower() if case.kind == "email" else re.sub(r"\D", "", match.canonical)
        want = case.key if case.kind == "email" else re.sub(r"\D", "", case.key)
        if case.kind == "iban":
            got, want = match.canonical, case.key
        if got == want or (case.kind == "phone" and got.endswith(want.lstrip("0"))):
            return True
    return False


def flagged_trap(case: Case, place: str, contract: Any) -> bool:
    """``trace_pii`` reports anything at all on a trace whose only planted value is a trap."""
    return bool(trace_pii(_trace(case, place), contract))


def report_traps(results: list[tuple[Case, str, bool]], show: bool) -> None:
    """False positives per trap kind and layout."""
    by: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for case, _, hit in results:
        by[(case.group, "")].append(hit)
        by[(case.group, case.layout)].append(hit)
    print("traps flagged (false positives; goal 0):")
    for key in sorted(by):
        if not key[1] or any(by[key]):
            print(f"  {key[0]:<18} {key[1] or '(all)':<18} {sum(by[key])}/{len(by[key])}")
    if show:
        for case, place, hit in results:
            if hit:
                print(f"  flagged {case.group:<18} {place:<10} {case.value!r}")


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def report(results: list[tuple[Case, str, bool]], misses_of: str | None) -> None:
    """Recall by kind, by kind and format, by place, and the regions / groups with misses."""
    by: dict[tuple[str, ...], list[bool]] = defaultdict(list)
    for case, place, ok in results:
        by[("kind", case.kind)].append(ok)
        by[("format", case.kind, case.layout)].append(ok)
        by[("place", case.kind, place)].append(ok)
        by[("group", case.kind, case.group)].append(ok)
    print("recall by kind:")
    for kind in ("phone", "iban", "card", "email"):
        print(f"  {kind:<6} {_rate(sum(by[('kind', kind)]), len(by[('kind', kind)]))}")
    print("recall by kind and format:")
    for key in sorted(k for k in by if k[0] == "format"):
        print(f"  {key[1]:<6} {key[2]:<22} {_rate(sum(by[key]), len(by[key]))}")
    print("recall by kind and place:")
    for key in sorted(k for k in by if k[0] == "place"):
        print(f"  {key[1]:<6} {key[2]:<10} {_rate(sum(by[key]), len(by[key]))}")
    weak = sorted((k for k in by if k[0] == "group" and not all(by[k])), key=lambda k: sum(by[k]) / len(by[k]))
    print(f"groups with a miss: {len(weak)} of {sum(1 for k in by if k[0] == 'group')}")
    for key in weak[:40]:
        print(f"  {key[1]:<6} {key[2]:<16} {_rate(sum(by[key]), len(by[key]))}")
    if misses_of:
        missed = Counter((c.group, c.layout, c.value) for c, _, ok in results if c.kind == misses_of and not ok)
        print(f"missed {misses_of} values (places missed):")
        for (group, layout, value), n in sorted(missed.items())[:60]:
            print(f"  {group:<16} {layout:<22} {value!r}  x{n}")


def false_positives(n: int, contract: Any) -> None:
    """PII_LEAK findings on ``n`` healthy traces with random ids (bench_pii's generator)."""
    from bench_pii import SEED as PII_SEED
    from bench_pii import with_random_ids

    from llmops_kit.traffic import generate_traffic

    rng = random.Random(PII_SEED)
    traces = [with_random_ids(t, rng) for t in generate_traffic(n, mix={"healthy": 1.0}, seed=PII_SEED)]
    flagged = [t.trace_id for t in traces if detect_pii(t, contract)]
    print(f"false positives: PII_LEAK on {len(flagged)} of {n:,} healthy traces with random ids (goal 0)")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--healthy", type=int, default=2000, help="healthy traces for the false-positive count")
    parser.add_argument("--misses", choices=("phone", "iban", "card", "email"), default=None)
    parser.add_argument("--traps", action="store_true", help="list every flagged trap")
    args = parser.parse_args(argv)
    contract = load_contract()
    rng = random.Random(SEED)
    cases = [*phone_cases(), *other_phone_cases(), *iban_cases(rng), *card_cases(rng), *email_cases()]
    traps = list(trap_cases(random.Random(SEED + 1)))
    print(f"stress set: {len(cases):,} values x {len(PLACES)} places; contract regions "
          f"{contract.pii.phone_regions}; {Counter(c.kind for c in cases)}")
    results = [(case, place, found(case, place, contract)) for case in cases for place in PLACES]
    report(results, args.misses)
    report_traps([(t, place, flagged_trap(t, place, contract)) for t in traps for place in PLACES[:3]], args.traps)
    homes = list(home_cases())
    home_hits = [found(case, place, contract) for case in homes for place in PLACES[:3]]
    plain_hits = [found(case._replace(home=""), place, contract) for case in homes for place in PLACES[:3]]
    print(f"home country: {len(homes)} regions' mobiles grouped trunk + 3 digits, then the rest; recall with the "
          f"shop's line published {_rate(sum(home_hits), len(home_hits))}, "
          f"without {_rate(sum(plain_hits), len(plain_hits))}")
    home_traps = list(home_trap_cases(random.Random(SEED + 1)))
    flagged = [flagged_trap(t, place, contract) for t in home_traps for place in PLACES[:3]]
    print(f"home country traps: {len(home_traps)} traps in shops of {len(HOME_TRAP_REGIONS)} countries, flagged "
          f"{sum(flagged)} of {len(flagged)} (goal 0)")
    shorts = list(short_cases())
    short_hits = [found(case, place, contract) for case in shorts for place in PLACES[:3]]
    short_plain = [found(case._replace(home=""), place, contract) for case in shorts for place in PLACES[:3]]
    print(f"short plans: {len(shorts)} regions' mobiles shorter than "
          f"{MIN_DIGITS} digits, written nationally; recall with the shop's line published "
          f"{_rate(sum(short_hits), len(short_hits))}, without {_rate(sum(short_plain), len(short_plain))}")
    short_traps = list(short_trap_cases(random.Random(SEED + 1)))
    short_flagged = [(t, place) for t in short_traps for place in PLACES[:3] if flagged_trap(t, place, contract)]
    print(f"short-plan traps: {len(short_traps)} traps in shops of those regions, flagged {len(short_flagged)} of "
          f"{len(short_traps) * 3} (goal 0)")
    if args.traps:
        for t, place in short_flagged:
            print(f"  flagged {t.group:<24} {place:<10} {t.value!r}")
        planted = [(t, place) for t in home_traps for place in PLACES[:3]]
        for (t, place), hit in zip(planted, flagged, strict=True):
            if hit:
                print(f"  flagged {t.group:<24} {place:<10} {t.value!r}")
    if args.healthy:
        false_positives(args.healthy, contract)


if __name__ == "__main__":
    main(sys.argv[1:])

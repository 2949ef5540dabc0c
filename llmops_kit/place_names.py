"""A country, nationality or language an answer derives from a place the evidence or the customer names:
"For France you'll need a commercial invoice" to a parcel for Lyon, "From Germany, ring ..." to a customer in
Munich, "every room plays in Polish" at a business in Kraków, "Norwegian kroner" beside a +47 desk number.

The name check (:meth:`llmops_kit.evidence.Evidence.missing_facts`) wants every word of a name in the evidence,
so read sets of three authors flagged faithful answers for a country word the evidence only implied. The
knowledge comes from the ``phonenumbers`` dependency's own offline data: its geocoding tables name the towns
of each country's dialling areas (exact names only: "Lyon", "München"/"Munich", "Kraków"), an international
number ("+47 32 05 71 90") names its country, and its locale table the countries' English names. A small
table below adds the nationality and language words, and another the short names countries go by ("UK",
"Korea"). Narrow on purpose: a country word counts only when a
place, number or country word of the conversation's setting (the customer's messages, the instructions, a tool
record: :meth:`llmops_kit.evidence.Evidence.implied_names`) implies that very country; any other country stays
absent ("we ship to Spain" of a parcel for Lyon), and a town an article names implies nothing (a knowledge
article about a band that first played in Munich does not make it German).

A caller told "From Canada, ring +44 ..." said "I'm in Toronto": the tables give many towns only with their
state or province ("Toronto, ON"), and those are read too, as the country most of their dialling areas are
in, but only right after "from" or "in", where the word is a place for certain ("Hope you can help" names no
town "Hope, AR"). A nation of a country names it ("Calling from England"), and so does the short form "NZ"; a
country of several words the claim writes whole ("From New Zealand, ring ...") is matched by its words, which
the name check reads one at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE
from phonenumbers.geodata.locale import LOCALE_DATA

__all__ = ["READ_CALLER_COUNTRIES", "READ_ZONE_TOWNS", "caller_countries", "country_names", "implied_names",
           "implied_regions", "zone_towns"]

#: Nationality and language words per country (ISO 3166 code); a language spoken in several countries is
#: listed under each. Country names come from ``phonenumbers``' locale table.
_WORDS: dict[str, tuple[str, ...]] = {
    "AT": ("Austrian", "German"), "AU": ("Australian", "English"), "BE": ("Belgian", "Dutch", "Flemish", "French"),
    "BG": ("Bulgarian",), "BR": ("Brazilian", "Portuguese"), "CA": ("Canadian", "English", "French"),
    "CH": ("Swiss", "German", "French", "Italian"), "CN": ("Chinese", "Mandarin"), "CZ": ("Czech",),
    "DE": ("German",), "DK": ("Danish",), "EE": ("Estonian",), "ES": ("Spanish", "Catalan"), "FI": ("Finnish",),
    "FR": ("French",), "GB": ("British", "English", "Welsh", "Scottish"), "GR": ("Greek",),
    "HR": ("Croatian",), "HU": ("Hungarian",), "IE": ("Irish", "English"), "IN": ("Indian", "Hindi"),
    "IS": ("Icelandic",), "IT": ("Italian",), "JP": ("Japanese",), "KR": ("Korean",), "LT": ("Lithuanian",),
    "LU": ("Luxembourgish", "French", "German"), "LV": ("Latvian",), "MX": ("Mexican", "Spanish"),
    "NL": ("Dutch",), "NO": ("Norwegian",), "NZ": ("English",), "PL": ("Polish",),
    "PT": ("Portuguese",), "RO": ("Romanian",), "RU": ("Russian",), "SE": ("Swedish",), "SI": ("Slovenian",),
    "SK": ("Slovak",), "TR": ("Turkish",), "UA": ("Ukrainian",), "US": ("American", "English"),
    "ZA": ("South African", "Afrikaans", "English"),
}
#: The short names a country goes by beside its table name ("the UK" for "United Kingdom", "Korea" for "South
#: Korea"): a customer calling from London is told "From the UK, dial ...", not "From the United Kingdom".
_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "GB": ("UK",), "KR": ("Korea",), "US": ("USA",), "NL": ("Holland",),
    "CZ": ("Czechia",), "NZ": ("NZ",),
}
#: The nations a country is made of, each naming the whole ("Calling from England" is a caller in the UK).
_NATIONS: dict[str, tuple[str, ...]] = {
    "GB": ("England", "Scotland", "Wales", "Northern Ireland"),
}
#: Capitalised words, up to three in a row: the places a text may name ("Kraków", "Le Touquet").
_CAPITALISED_RE = re.compile(r"\b[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){0,2}")


@lru_cache(maxsize=1)
def _country_words() -> dict[str, frozenset[str]]:
    """Country name, nationality and language word (lower case) -> the countries it names."""
    index: dict[str, set[str]] = {}
    for region, names in LOCALE_DATA.items():
        name = names.get("aa")
        if name and not name.startswith("*"):
            index.setdefault(name.lower(), set()).add(region)
    for region, words in (*_WORDS.items(), *_SHORT_NAMES.items(), *_NATIONS.items()):
        for word in words:
            index.setdefault(word.lower(), set()).add(region)
    return {word: frozenset(regions) for word, regions in index.items()}


@lru_cache(maxsize=4096)
def _area_region(code: int, area: str) -> str:
    """The country of a dialling area whose calling code several countries share ("416" of +1: CA)."""
    national = (area + "2" * 12)[:10]
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    return phonenumbers.region_code_for_number(number) or COUNTRY_CODE_TO_REGION_CODE[code][0]


@lru_cache(maxsize=1)
def _town_tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Town name (lower case, exact, in any language the tables give) -> the countries of its dialling areas:
    the bare names, and the names the tables give only with a state or province ("Toronto, ON"), the latter
    mapped to the country most of those dialling areas are in, when most are in one. Loaded only when a claim
    names a country the evidence does not (the tables take a second to read)."""
    from phonenumbers.geodata import GEOCODE_DATA

    index: dict[str, set[str]] = {}
    qualified: dict[str, dict[str, int]] = {}
    for prefix, names in GEOCODE_DATA.items():
        code = next((int(prefix[:n]) for n in (1, 2, 3) if int(prefix[:n]) in COUNTRY_CODE_TO_REGION_CODE), None)
        if code is None:
            continue
        regions = COUNTRY_CODE_TO_REGION_CODE[code]
        for name in names.values():
            if "," not in name:  # "Paris, TX" names a state too: the bare "Paris" is France's
                index.setdefault(name.lower(), set()).update(regions)
            else:
                area = prefix[len(str(code)):len(str(code)) + 3]
                region = regions[0] if len(regions) == 1 else _area_region(code, area)
                counts = qualified.setdefault(name.split(",", 1)[0].strip().lower(), {})
                counts[region] = counts.get(region, 0) + 1
    states: dict[str, frozenset[str]] = {}
    for name, counts in qualified.items():
        if name in index:
            continue
        region, most = max(counts.items(), key=lambda item: item[1])
        if 2 * most > sum(counts.values()):
            states[name] = frozenset((region,))
    return {name: frozenset(regions) for name, regions in index.items()}, states


def _phone_regions(text: str) -> set[str]:
    """The countries of the international numbers in ``text`` ("+47 32 05 71 90": NO)."""
    if "+" not in text:
        return set()
    found = set()
    for match in phonenumbers.PhoneNumberMatcher(text, None):
        region = phonenumbers.region_code_for_number(match.number)
        if region:
            found.add(region)
    return found


#: The words before a place that say someone is there or comes from there ("I'm in Toronto", "Calling from Ensenada").
_WHERE_RE = re.compile(r"\b(?:from|in)\s+$", re.IGNORECASE)


def implied_regions(texts: Iterable[str]) -> frozenset[str]:
    """The countries (ISO codes) the places, international numbers and country words of ``texts`` imply; a
    town the tables name only with its state or province ("Toronto, ON") counts only right after "from" or
    "in" ("I'm in Toronto"), where the word is a place for certain."""
    (towns, states), words = _town_tables(), _country_words()
    regions: set[str] = set()
    for text in texts:
        regions |= _phone_regions(text)
        for match in _CAPITALISED_RE.finditer(text):
            parts = match.group().split()
            where = bool(_WHERE_RE.search(text, max(0, match.start() - 6), match.start()))
            for start in range(len(parts)):
                for end in range(start + 1, len(parts) + 1):
                    name = " ".join(parts[start:end]).strip("'’-").lower()
                    regions |= towns.get(name, frozenset()) | words.get(name, frozenset())
                    if where and start == 0:
                        regions |= states.get(name, frozenset())
    return frozenset(regions)


@lru_cache(maxsize=1)
def _multi_word_parts() -> frozenset[str]:
    """The words (lower case) of the country words written in several ("new", "zealand")."""
    return frozenset(part for word in _country_words() if " " in word for part in word.split())


def country_names(names: Iterable[str], claim: str = "") -> dict[str, frozenset[str]]:
    """The ``names`` that are a country, nationality or language word, with the countries each names; with the
    ``claim`` they come from, also the words of a country name of several words the claim writes whole ("new"
    and "zealand" of "From New Zealand, ring ...")."""
    words = _country_words()
    found = {name: words[name.lower()] for name in names if name.lower() in words}
    if claim and " " in claim:
        parts_of = _multi_word_parts()
        left = {name.lower(): name for name in names if name not in found and name.lower() in parts_of}
        if left:
            for match in _CAPITALISED_RE.finditer(claim):
                parts = match.group().split()
                for start in range(len(parts) - 1):
                    for end in range(start + 2, len(parts) + 1):
                        regions = words.get(" ".join(parts[start:end]).lower())
                        if regions:
                            for part in parts[start:end]:
                                if part.lower() in left:
                                    found[left[part.lower()]] = regions
    return found


def implied_names(names: Iterable[str], texts: Iterable[str] | frozenset[str], claim: str = "") -> frozenset[str]:
    """The ``names`` that are a country, nationality or language (``"France"``, ``"Polish"``; with the
    ``claim``, the words of one named in several, "New Zealand") which a place, an international number or a
    country word of ``texts`` implies; the other names are not returned. ``texts`` may be the countries
    :func:`implied_regions` read from them already."""
    wanted = country_names(names, claim)
    if not wanted:
        return frozenset()
    regions = texts if isinstance(texts, frozenset) else implied_regions(texts)
    return frozenset(name for name, countries in wanted.items() if countries & regions)


#: Switch: a country the answer names as where a caller rings from, before the business's international number
#: ("From Norway, dial +44 1632 960583"), counts as given when the evidence gives that number for callers abroad
#: ("+44 1632 960583 from outside the UK") and the country is not the number's own (the ``trap47`` round: callers
#: in Bergen and Ensenada, towns the dialling tables do not name, were told the published number and the answer was
#: flagged for "Norway" and "Mexico"). Off in the claim-decision fit.
READ_CALLER_COUNTRIES = True
#: "From Norway, dial", "From the UK please ring", "From New Zealand, call": the country before a verb of dialling.
_CALLER_RE = re.compile(r"\b[Ff]rom\s+(?:the\s+)?([^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){0,2}),?\s+"
                        r"(?:please\s+|just\s+)?(?:dial|ring|call)\b")
#: What says a number is for callers abroad, right after it: "from outside the UK", "from abroad", "internationally".
#: Read a number as the phone readers do (:mod:`llmops_kit.phones`): a published number may be one of the ranges kept
#: for drama and examples ("+44 1632 960583"), which a stricter reading would not take for a number at all.
_POSSIBLE = phonenumbers.Leniency.POSSIBLE
_ABROAD_RE = re.compile(r"\W{0,3}(?:(?:from|when)\s+(?:outside|abroad|overseas)|internationally|abroad|overseas)\b",
                        re.IGNORECASE)


def _number_after(claim: str, end: int) -> phonenumbers.PhoneNumber | None:
    """The international number the dialling verb ending at ``end`` is followed by, if one comes straight after."""
    for match in phonenumbers.PhoneNumberMatcher(claim[end:end + 40], None, leniency=_POSSIBLE):
        return match.number if match.start <= 3 else None
    return None


def _given_for_abroad(number: phonenumbers.PhoneNumber, text: str) -> bool:
    """Does ``text`` give ``number`` in its international form as the one to ring from abroad?"""
    if "+" not in text:
        return False
    return any(match.number.country_code == number.country_code
               and match.number.national_number == number.national_number
               and _ABROAD_RE.match(text, match.end, match.end + 30) is not None
               for match in phonenumbers.PhoneNumberMatcher(text, None, leniency=_POSSIBLE))


def caller_countries(names: Iterable[str], claim: str, texts: Iterable[str]) -> frozenset[str]:
    """The ``names`` the ``claim`` gives as the country a caller rings from, before an international number the
    ``texts`` give for callers abroad, of another country than the named one (:data:`READ_CALLER_COUNTRIES`).
    Where the caller is comes from the customer, not from the evidence: the number is the fact, and it is checked
    on its own."""
    if not READ_CALLER_COUNTRIES or "+" not in claim or "rom " not in claim:
        return frozenset()
    wanted = {name.lower(): name for name in country_names(names, claim)}
    found: set[str] = set()
    texts = tuple(texts)
    for match in _CALLER_RE.finditer(claim):
        named = _country_words().get(match.group(1).lower())
        number = _number_after(claim, match.end()) if named else None
        if number is None or any(phonenumbers.country_code_for_region(region) == number.country_code
                                 for region in named):
            continue
        if any(_given_for_abroad(number, text) for text in texts):
            found.update(wanted[word] for word in match.group(1).lower().split() if word in wanted)
    return frozenset(found)


#: Switch: a town named as the clock hours are kept ("08:00-16:00 Melbourne time") counts as given when the dialling
#: tables put it in the very dialling area of an international number the evidence publishes (Melbourne in +61 3,
#: the area of "+61 3 5550 1873" of a business in Healesville): the town names the business's own time, not a place
#: the business claims to be (the ``trap47`` round: such an answer was flagged for "Melbourne"). A town of another
#: area ("Perth time" beside a +61 3 number) stays absent. Off in the claim-decision fit.
READ_ZONE_TOWNS = True
#: A capitalised town of one or two words before "time": "Melbourne time", "Cape Town time".
_ZONE_RE = re.compile(r"\b([^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*)?)\s+time\b")


@lru_cache(maxsize=1)
def _town_prefixes() -> dict[str, tuple[str, ...]]:
    """Town name (lower case, any language the tables give) -> the dialling prefixes (country code first) the
    tables name it for. Loaded only for a claim naming a town's time that no text holds."""
    from phonenumbers.geodata import GEOCODE_DATA

    index: dict[str, list[str]] = {}
    for prefix, names in GEOCODE_DATA.items():
        for name in set(names.values()):
            index.setdefault(name.lower(), []).append(prefix)
    return {name: tuple(prefixes) for name, prefixes in index.items()}


def _published_areas(texts: Iterable[str]) -> set[str]:
    """The dialling areas (country code and area code, "613") of the international numbers in ``texts``."""
    areas = set()
    for text in texts:
        if "+" not in text:
            continue
        for match in phonenumbers.PhoneNumberMatcher(text, None, leniency=_POSSIBLE):
            national = phonenumbers.national_significant_number(match.number)
            length = phonenumbers.length_of_national_destination_code(match.number)
            if length:
                areas.add(f"{match.number.country_code}{national[:length]}")
    return areas


def zone_towns(names: Iterable[str], claim: str, texts: Iterable[str]) -> frozenset[str]:
    """The ``names`` the ``claim`` writes as a town's time ("Melbourne time") whose town lies in the dialling area
    of an international number ``texts`` publish (:data:`READ_ZONE_TOWNS`)."""
    if not READ_ZONE_TOWNS or " time" not in claim:
        return frozenset()
    wanted = {name.lower(): name for name in names}
    towns = [m.group(1) for m in _ZONE_RE.finditer(claim)
             if not wanted.keys().isdisjoint(m.group(1).lower().split())]
    if not towns:
        return frozenset()
    areas = _published_areas(texts)
    found: set[str] = set()
    for town in towns:
        prefixes = _town_prefixes().get(town.lower(), ())
        if areas and any(prefix.startswith(area) for prefix in prefixes for area in areas):
            found.update(wanted[word] for word in town.lower().split() if word in wanted)
    return frozenset(found)

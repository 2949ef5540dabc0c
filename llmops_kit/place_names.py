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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE
from phonenumbers.geodata.locale import LOCALE_DATA

__all__ = ["country_names", "implied_names", "implied_regions"]

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
    "CZ": ("Czechia",),
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
    for region, words in (*_WORDS.items(), *_SHORT_NAMES.items()):
        for word in words:
            index.setdefault(word.lower(), set()).add(region)
    return {word: frozenset(regions) for word, regions in index.items()}


@lru_cache(maxsize=1)
def _towns() -> dict[str, frozenset[str]]:
    """Town name (lower case, exact, in any language the tables give) -> the countries of its dialling areas.
    Loaded only when a claim names a country the evidence does not (the tables take a second to read)."""
    from phonenumbers.geodata import GEOCODE_DATA

    index: dict[str, set[str]] = {}
    for prefix, names in GEOCODE_DATA.items():
        code = next((int(prefix[:n]) for n in (1, 2, 3) if int(prefix[:n]) in COUNTRY_CODE_TO_REGION_CODE), None)
        if code is None:
            continue
        regions = COUNTRY_CODE_TO_REGION_CODE[code]
        for name in names.values():
            if "," not in name:  # "Paris, TX" names a state too: only a bare town name is read
                index.setdefault(name.lower(), set()).update(regions)
    return {name: frozenset(regions) for name, regions in index.items()}


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


def implied_regions(texts: Iterable[str]) -> frozenset[str]:
    """The countries (ISO codes) the places, international numbers and country words of ``texts`` imply."""
    towns, words = _towns(), _country_words()
    regions: set[str] = set()
    for text in texts:
        regions |= _phone_regions(text)
        for match in _CAPITALISED_RE.finditer(text):
            parts = match.group().split()
            for start in range(len(parts)):
                for end in range(start + 1, len(parts) + 1):
                    name = " ".join(parts[start:end]).strip("'’-").lower()
                    regions |= towns.get(name, frozenset()) | words.get(name, frozenset())
    return frozenset(regions)


def country_names(names: Iterable[str]) -> dict[str, frozenset[str]]:
    """The ``names`` that are a country, nationality or language word, with the countries each names."""
    words = _country_words()
    return {name: words[name.lower()] for name in names if name.lower() in words}


def implied_names(names: Iterable[str], texts: Iterable[str] | frozenset[str]) -> frozenset[str]:
    """The ``names`` that are a country, nationality or language (``"France"``, ``"Polish"``) which a place,
    an international number or a country word of ``texts`` implies; the other names are not returned.
    ``texts`` may be the countries :func:`implied_regions` read from them already."""
    wanted = country_names(names)
    if not wanted:
        return frozenset()
    regions = texts if isinstance(texts, frozenset) else implied_regions(texts)
    return frozenset(name for name, countries in wanted.items() if countries & regions)

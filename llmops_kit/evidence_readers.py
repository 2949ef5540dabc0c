"""Readers of one evidence text, each cached per text: what :class:`llmops_kit.evidence.Evidence` compares.

A tool result rendered as text, the passages compared by meaning (with their vectors), the facts a source
or the user's message vouches for, e-mails, five-letter prefixes and name forms. Split from
:mod:`llmops_kit.evidence` so that module holds only the per-request comparison.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import Any

import numpy as np

from .opening_words import stated_ranges
from .text import (
    GENERIC_CITATION,
    alnum_runs,
    content_stems,
    date_names,
    evidence_numbers,
    identifiers_in,
    sentences_of,
    stem,
    words_in,
)
from .text.char_scans import has_digit
from .text.embed import embed
from .text.numbers import normalise_number
from .text.worded_forms import MONTHS, run_day_words
from .textcache import text_cache

#: A line of a returned record that sets a yes/no field ("extended: False", "accepted: yes").
_FLAG_LINE_RE = re.compile(r"^\s*([a-z][a-z _-]{1,40}?)\s*:\s*(true|false|yes|no)\.?\s*$", re.IGNORECASE | re.MULTILINE)
#: Words an answer calls a request turned down by.
REFUSED_WORDS = frozenset(("declined", "rejected", "refused", "unsuccessful"))


def flag_fields(text: str) -> list[tuple[str, str]]:
    """The yes/no fields a returned record sets, as (field name, value in lower case): one reader of a record's
    flags for every reading that needs them (a refusal of a False flag, a decision field's verdict)."""
    if ":" not in text:
        return []
    return [(name, value.lower()) for name, value in _FLAG_LINE_RE.findall(text)]


#: A tool record's line: its field name and its value ("total eur: 250.0"); every record reader reads these.
RECORD_LINE_RE = re.compile(r"^\s*([^:\n]{1,60}?)\s*:\s*(.+?)\s*\.?\s*$", re.MULTILINE)
#: One line of a tool record: (the line as written, its field name in lower case, its value).
RecordLine = tuple[str, str, str]


def record_lines(text: str) -> list[RecordLine]:
    """The lines of a tool record's text as (the line as written, its field name in lower case, its value): the
    one reading of a record's fields that the record readers share (here, below the readers that need
    :class:`llmops_kit.evidence.Evidence`, so that the evidence's own readers may use it too)."""
    return [(m.group(0).strip(), m.group(1).lower(), m.group(2)) for m in RECORD_LINE_RE.finditer(text)]


__all__ = [
    "ALNUM_RE",
    "EMAIL_RE",
    "NONE",
    "OPTIONS_RE",
    "PREFIX",
    "READ_PAIRED_COUNTS",
    "READ_SLOT_HOURS",
    "RECORD_LINE_RE",
    "REFUSED_WORDS",
    "ROUND_THE_CLOCK",
    "ROUND_THE_CLOCK_RE",
    "ROUND_THE_CLOCK_WORDS",
    "RecordLine",
    "absent",
    "citation_re",
    "code_parts",
    "customer_facts",
    "emails_in",
    "flag_fields",
    "held_prefix",
    "humanise_record",
    "is_numeric",
    "name_forms",
    "paired_counts",
    "passages",
    "prefixes",
    "record_lines",
    "render_tool_output",
    "says_round_the_clock",
    "slot_hours",
    "source_facts",
    "strip_citations",
    "user_facts",
]


def render_tool_output(value: Any) -> str:
    """A tool result as evidence text: JSON objects become one ``key: value`` line per leaf."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
        if isinstance(value, str):
            return value
    lines: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key, item in node.items():
                walk(item, f"{path} {key}".strip() if path else str(key))
        elif isinstance(node, list):
            for item in node:
                walk(item, path)
        else:
            text = "" if node is None else str(node)
            lines.append(f"{path.replace('_', ' ')}: {text}." if path else f"{text}.")

    walk(value, "")
    return "\n".join(lines)


@lru_cache(maxsize=32)
def citation_re(citation_pattern: str) -> re.Pattern[str]:
    return re.compile(f"(?:{citation_pattern})|(?:{GENERIC_CITATION})", re.IGNORECASE)


@text_cache()
def strip_citations(text: str, citation_pattern: str) -> str:
    """Evidence text with citation ids removed: "[kb-001]" in a prompt's example states no number."""
    return citation_re(citation_pattern).sub(" ", text)


_ISO_RE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})"
                     r"(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])")


def _prose_date(match: re.Match[str]) -> str:
    year, month, day, time = match.groups()
    if not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
        return match.group(0)
    return f"{int(day)} {MONTHS[int(month) - 1].capitalize()} {year}" + (f" {time}" if time else "")


@text_cache()
def humanise_record(text: str) -> str:
    """A tool record with its ISO dates written as a person writes them ("fvrcp due: 2025-07-15" reads "fvrcp
    due: 15 July 2025"): an answer restates a record in prose, and the embedding of "2025-07-15" is far from
    that of "15 July 2025". Numbers, codes and dates are compared exactly elsewhere; this is for meaning only."""
    return _ISO_RE.sub(_prose_date, text) if "-" in text else text


@text_cache(maxsize=2048)
def passages(text: str, prose: bool) -> tuple[tuple[str, ...], np.ndarray]:
    """What a claim is compared with by meaning: every sentence of a source, and in prose every two
    neighbouring sentences (a claim often joins two sentences of an article), in a tool record the whole
    record with its dates in prose (:func:`humanise_record`); with their vectors (cached per source)."""
    sentences = sentences_of(text if prose else humanise_record(text))
    if prose:
        passages = (*sentences, *(f"{a} {b}" for a, b in pairwise(sentences)))
    else:  # a tool record: each field, and the whole record read as one
        passages = (*sentences, " ".join(sentences)) if len(sentences) > 1 else sentences
    return passages, embed(passages)


NONE: frozenset[str] = frozenset()


@text_cache()
def user_facts(text: str) -> tuple[frozenset[str], ...]:
    """What the user's message vouches for: its numbers, identifiers, dates and names (times, contact
    details and the rest are read on demand, ``Evidence``'s on-demand readers), never its wording."""
    dates = date_names(text)
    # a question that offers options ("Boston College or Stanford?") vouches for none of them; a statement
    # ("I'm going to Spain") or a plain question vouches for the names it uses
    words = alnum_runs(" ".join(s for s in sentences_of(text) if not OPTIONS_RE.search(s)))
    return NONE, evidence_numbers(text), words | dates, identifiers_in(text), NONE


def customer_facts(text: str) -> tuple[frozenset[str], ...]:
    """:func:`user_facts` with the hours of a slot the message gives by its two times among its numbers
    (:func:`slot_hours`); read apart from the cached facts, so the switch takes effect at once."""
    facts = user_facts(text)
    counts = slot_hours(text) | paired_counts(text)
    return (facts[0], facts[1] | counts, *facts[2:]) if counts else facts


#: The customer's slot given by its two clock times states its length: "the machine net 6:00–8:00 AM" is two hours,
#: the "Two hours" and the "× 2" an answer prices it by (the ``arith47`` round); off in the claim-decision fit.
READ_SLOT_HOURS = True
#: A slot's length read as hours: whole or half hours, up to half a day.
_SLOT_MINUTES = range(30, 12 * 60 + 1, 30)


def slot_hours(text: str) -> frozenset[str]:
    """The lengths in hours of the ranges of two clock times the text gives ("6:00–8:00 AM": "2"), whole or half
    hours up to twelve (:data:`READ_SLOT_HOURS`); none for a text with no range of times."""
    if not READ_SLOT_HOURS or not has_digit(text) or (":" not in text and "m" not in text):
        return NONE
    out = set()
    for start, end in stated_ranges((text,)):
        minutes = (int(end[:2]) * 60 + int(end[3:])) - (int(start[:2]) * 60 + int(start[3:]))
        if minutes in _SLOT_MINUTES:
            out.add(normalise_number(f"{minutes / 60:.1f}"))
    return frozenset(out) if out else NONE


#: The customer's words that count two with no figure, "both of us", "to and from the studio", "there and back",
#: state the 2 an answer prices them by ("Membership: 2 × 18 000 = 36 000 Ft", "two trips a day, so 10 trips over
#: your 5 days"; the ``quote48`` round); off in the claim-decision fit.
READ_PAIRED_COUNTS = True
_PAIRED_RE = re.compile(r"\b(?:both|to and from|there and back|back and forth)\b", re.IGNORECASE)


def paired_counts(text: str) -> frozenset[str]:
    """"2" where the customer's message counts two in words (:data:`READ_PAIRED_COUNTS`); none otherwise."""
    if not READ_PAIRED_COUNTS or _PAIRED_RE.search(text) is None:
        return NONE
    return _TWO


_TWO = frozenset(("2",))


OPTIONS_RE = re.compile(r"\bor\b[^?]*\?|\bor\b.*$|\bwhich\b|\bwho\b.*\b(?:more|first|older|younger|earlier|later)\b",
                         re.IGNORECASE)


@text_cache()
def source_facts(text: str) -> tuple[frozenset[str], ...]:
    """Stems, numbers, words (for names), identifiers and five-letter prefixes of one evidence text (cached:
    articles recur)."""
    dates = date_names(text)  # "2025-03-06" states Thursday and March, in words a claim may use
    stems = content_stems(text) | {stem(d) for d in dates}
    stems |= {stem(w) for w in run_day_words(text)}  # "Mon-Sat": Monday, Saturday, weekdays
    if ROUND_THE_CLOCK_RE.search(text):
        stems |= {ROUND_THE_CLOCK}
    return stems, evidence_numbers(text), alnum_runs(text) | dates, identifiers_in(text), prefixes(stems)


#: One availability said many ways: "24/7", "24 hours a day", "day or night", "around the clock". A claim or an
#: evidence text saying any of them states :data:`ROUND_THE_CLOCK` (a stem no word has), so "call us day or
#: night" meets "the 24/7 line" in words; the phrase's own words ("day", "night", "clock") are its parts.
ROUND_THE_CLOCK_RE = re.compile(r"\b(?:24/7|24 hours a day|24 hours,? 7 days|day (?:or|and) night|(?:a)?round the clock"
                                r"|any time of (?:the )?day)\b", re.IGNORECASE)
ROUND_THE_CLOCK = "round-the-clock"
ROUND_THE_CLOCK_WORDS = frozenset(("day", "night", "clock", "around", "round", "time", "hour"))
#: A word every phrase of :data:`ROUND_THE_CLOCK_RE` holds whole: an ASCII text without one says none of them.
_ROUND_THE_CLOCK_HINTS = frozenset(("24", "day", "clock"))


def says_round_the_clock(text: str) -> bool:
    """Does a claim state round-the-clock availability (:data:`ROUND_THE_CLOCK_RE`)? Its word set (cached, read by
    the status check already) rules most claims out first; case folding lets a non-ASCII letter match ("K" for
    "k"), so other texts are always searched."""
    if text.isascii() and _ROUND_THE_CLOCK_HINTS.isdisjoint(words_in(text)):
        return False
    return ROUND_THE_CLOCK_RE.search(text) is not None


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@text_cache()
def emails_in(text: str) -> frozenset[str]:
    """E-mail addresses, lower case: a contact detail is a hard fact."""
    return frozenset(m.lower().rstrip(".") for m in EMAIL_RE.findall(text)) if "@" in text else NONE


def is_numeric(text: str) -> bool:
    return text.replace(".", "", 1).isdigit()


def prefixes(stems: frozenset[str]) -> frozenset[str]:
    """First five letters of the longer stems: Snowball leaves "delivered" and "delivery" apart
    ("deliv", "deliveri"), a shared five-letter start brings them together."""
    return frozenset(s[:PREFIX] for s in stems if len(s) >= PREFIX and not s[0].isdigit())


ALNUM_RE = re.compile(r"[a-z0-9]+")


def name_forms(word: str) -> frozenset[str]:
    """Other spellings a name's word may have in evidence: its stem, the singular of "DVDs", the plural of "DVD"."""
    return frozenset((stem(word), word[:-1]) if word.endswith("s") and len(word) > 2 else (stem(word), word + "s"))


PREFIX = 5


def held_prefix(prefix: str, sets: list[frozenset[str]]) -> bool:
    return any(prefix in held for held in sets)


def absent(items: Iterable[str], sets: list[frozenset[str]]) -> set[str]:
    """The items no set holds (set differences at C speed; sets are probed in turn, never merged)."""
    left = set(items)
    for held in sets:
        if not left:
            break
        left -= held
    return left


#: A clock time's zone ("05:10 UTC", "17:00 GMT"): it qualifies the time, which is checked as a time.
_ZONE_RE = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?\s?)?(utc|gmt)\b", re.IGNORECASE)
#: Letters glued to digits ("9QT" of the postcode "B13 9QT", "4DB"): a code's tail, not a word.
_GLUED_RE = re.compile(r"\b(\d+([A-Za-z]{2,}))\b")


def code_parts(claim: str, names: frozenset[str], texts: Iterable[str]) -> frozenset[str]:
    """The claim's "names" that belong to a fact rather than name anything: a time zone after a clock time
    (the time is the fact; "05:10 UTC" against a record's "2026-05-04T05:10:00Z"), and the letters of a code
    glued to its digits ("9QT" of "B13 9QT", read as a number and an acronym) when some source writes the whole
    code. They are left out of the name check, not vouched for: the time and the code are checked as such."""
    if not names or not has_digit(claim):
        return NONE
    # a zone is one of the claim's names only when the names hold one: most claims name none, and skip the scan
    zoned = "utc" in names or "gmt" in names
    out = {m.group(1).lower() for m in _ZONE_RE.finditer(claim)} & names if zoned else set()
    glued = {m.group(2).lower(): m.group(1).lower() for m in _GLUED_RE.finditer(claim) if m.group(2).lower() in names}
    if glued:
        lowered = [text.lower() for text in texts]
        out.update(part for part, code in glued.items() if any(code in text for text in lowered))
    return frozenset(out) if out else NONE

"""Clock times whose half of the day is said once for two times, or in words: "1:30-4:30 pm", "3 to 6pm",
"1:30 in the afternoon until 4:30", "7 in the evening", "4 to 7 in the arvo/evening".

:func:`llmops_kit.text.numbers.times_in` reads a time with its own "am" / "pm" or in 24-hour form; a range that
says "pm" once left its first time a bare "1:30" (read as 01:30) or a bare number ("3"), and a time said "in the
evening" was a number. :func:`spell_periods` writes each such time with its own marker before the time reader
runs, so "3 to 6pm" states 15:00 and 18:00 as "3pm-6pm" does. "arvo" is the afternoon; two parts of the day
joined by a slash ("in the arvo/evening") say the time once when both are in the same half of the day.

:func:`period_words` gives the part-of-day words such a time used: they are part of the time (checked as a hard
fact), as the month of a date is, and are left out of the words a claim's wording is compared on.

A range's first time takes the marker of the second when it is earlier on a twelve-hour clock ("1:30-4:30 pm";
"8:30-8:50 am", the minutes ordering two times of one hour), the other one when it is later ("11-1pm" is 11 am to
1 pm; "10-12pm" ends at noon). A time after a marked one,
joined by "to", "until", "till" or a dash and with no marker of its own, takes the first one's marker when it is
later, the other when earlier ("9am to 5" ends at 5 pm). A number after a currency sign or followed by a unit is
not a time.

A marker written with a space inside it, as Spanish writes it ("4:30 p. m.", "10 a. m"), is read as "p.m." / "a.m."
(:func:`joined_meridiems`, :data:`READ_SPACED_MERIDIEMS`): it was read as a bare "4:30" (04:30), and the sentence
splitter cut the claim at its first dot.

Another language's half-day marker after a twelve-hour time ("2:30 PTG" in Malay) is read as "pm" / "am"
(:func:`locale_meridiems`, :data:`READ_LOCALE_MERIDIEMS`), from a table built once from the Unicode CLDR data
through Babel; such a marker, and "AM" / "PM" in capitals, is part of its time (:func:`meridiem_words`), not a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .case_key import case_key
from .char_scans import holds_any

__all__ = ["READ_LOCALE_MERIDIEMS", "READ_SAME_HOUR_RANGES", "READ_SPACED_MERIDIEMS", "READ_WORDED_PARTS",
           "joined_meridiems", "locale_meridiems", "meridiem_words", "period_words", "spaced_meridiem_dot",
           "spell_periods"]

#: Read "arvo" and parts joined by a slash ("in the arvo/evening"); off while the claim decision is fitted.
READ_WORDED_PARTS = True
#: Order a range's two times by hour and minutes, so "8:30-8:50 am" stays in the morning (``mend35`` round); off
#: while the claim decision is fitted (the hours alone put 8:30 in the evening).
READ_SAME_HOUR_RANGES = True
#: Read "a. m." / "p. m." (a space inside the marker, the Spanish way) as "a.m." / "p.m.", and cut no sentence inside
#: it (the ``text47`` round: "until 4:30 p. m." was a bare 04:30, and the claim ended at "4:30 p."); off while the
#: claim decision is fitted.
READ_SPACED_MERIDIEMS = True
#: A figure, then "a. m" / "p. m" with its closing dot or not ("4:30 p. m.", "2 p. m", "10 a. m."): the space after
#: the letter's dot goes; whatever follows the "m" is kept.
_SPACED_MERIDIEM_RE = re.compile(r"(?<=\d)(\s?[ap])\.\s(m)\b", re.IGNORECASE)
#: What stands before the dot after "a" / "p" of such a marker (its figure and at most a space), and after it.
_MARKER_BEFORE_RE = re.compile(r"\d\s?[ap]$", re.IGNORECASE)
_MARKER_AFTER_RE = re.compile(r"\sm\b", re.IGNORECASE)
#: What stands before the dot after "m" of such a marker, and what after it when it ends the sentence too: a
#: capitalised word ("until 4:30 p. m. That's COP $260.000").
_MARKER_END_RE = re.compile(r"\d\s?[ap]\.\sm$", re.IGNORECASE)
_NEW_SENTENCE_RE = re.compile(r"\s+[A-Z]")


def joined_meridiems(text: str) -> str:
    """``text`` with each "a. m." / "p. m." after a figure written "a.m." / "p.m.", which the time readers know
    (:data:`READ_SPACED_MERIDIEMS`); a text with no ". m" comes back as it is."""
    if not READ_SPACED_MERIDIEMS or (". m" not in text and ". M" not in text):
        return text
    return _SPACED_MERIDIEM_RE.sub(r"\1.\2", text)


def spaced_meridiem_dot(line: str, end: int) -> bool:
    """Is the dot at ``end`` of ``line`` a dot of a marker written "p. m." after a figure that ends no sentence?
    The dot after its "p" never does; the one after its "m" does only before a capitalised word
    (:data:`READ_SPACED_MERIDIEMS`)."""
    if not READ_SPACED_MERIDIEMS or end < 2 or line[end - 1] not in "apmAPM":
        return False  # (a letter of the marker before the dot: one character test for most sentence ends)
    before = line[max(0, end - 6):end]
    if _MARKER_BEFORE_RE.search(before):
        return _MARKER_AFTER_RE.match(line, end + 1) is not None
    return _MARKER_END_RE.search(before) is not None and _NEW_SENTENCE_RE.match(line, end + 1) is None


#: A part of the day and its half: "arvo" is Australian for the afternoon.
_PARTS = {"morning": "a", "afternoon": "p", "arvo": "p", "evening": "p"}
_PART = r"(?:morning|afternoon|arvo|evening)"
#: "7 in the evening", "1:30 in the afternoon", "8 o'clock in the morning", "7 in the arvo/evening".
_PERIOD_RE = re.compile(r"\b(\d{1,2}(?:[:.][0-5]\d)?)\s+(?:o['’]clock\s+)?in\s+the\s+(" + _PART + r"(?:\s*/\s*"
                        + _PART + r")*)\b", re.IGNORECASE)
_JOIN = r"(\s*(?:-|–|to|until|till)\s*)"
#: Minutes after a colon or, as British answers write them, a dot ("5.30pm"): the separator is kept.
_MINUTES = r"(?:([:.])([0-5]\d))?"
#: A range whose marker follows its second time only: "1:30-4:30 pm", "3 to 6pm".
_SHARED_RE = re.compile(r"(?<![\d:.,£$€¥₹])(\d{1,2})" + _MINUTES + _JOIN + r"(\d{1,2})" + _MINUTES
                        + r"(\s*)([ap])(\.?m\b\.?)", re.IGNORECASE)
#: A marked time, then a time without one: "1:30 pm until 4:30", "9am to 5." The second must have minutes or end
#: its clause, so "9am to 5 days" is not read.
_TRAILING_RE = re.compile(r"(\d{1,2})" + _MINUTES + r"(\s*)([ap])(\.?m\b\.?)" + _JOIN
                          + r"(\d{1,2})(?:([:.])([0-5]\d)(?![\d:])"
                          r"|(?=\s*(?:[,;!?)]|\.(?!\d)|$|\s+(?:on|daily|every|each)\b)))"
                          r"(?!\s*(?:[ap]\.?m\b|noon|midnight))", re.IGNORECASE)
_HINT_RE = re.compile(r"\d\s*[ap]\.?m|in\s+the\s+" + _PART, re.IGNORECASE)
_PART_SPLIT_RE = re.compile(r"\s*/\s*")


def _twelve(hour: str) -> int:
    """The hour on a twelve-hour dial with 12 as 0, for ordering two times of one half of the day."""
    return int(hour) % 12


def _dial(hour: str, minutes: str | None) -> tuple[int, int]:
    """(hour on the twelve-hour dial, minutes) of a time, for ordering two times of one half of the day: "8:30"
    comes before "8:50". With ``READ_SAME_HOUR_RANGES`` off the minutes are not compared."""
    return _twelve(hour), int(minutes) if minutes and READ_SAME_HOUR_RANGES else 0


def _other(marker: str) -> str:
    return "p" if marker.lower() == "a" else "a"


def _clock(hour: str, sep: str | None, minutes: str | None) -> str:
    return f"{hour}{sep}{minutes}" if minutes else hour


def _shared(match: re.Match[str]) -> str:
    h1, s1, m1, join, h2, s2, m2, space, marker, rest = match.groups()
    if not (1 <= int(h1) <= 12 and 1 <= int(h2) <= 12):
        return match.group()
    first = marker if _dial(h1, m1) < _dial(h2, m2) else _other(marker)
    return f"{_clock(h1, s1, m1)}{first}m{join}{_clock(h2, s2, m2)}{space}{marker}{rest}"


def _trailing(match: re.Match[str]) -> str:
    h1, s1, m1, space, marker, rest, join, h2, s2, m2 = match.groups()
    if not (1 <= int(h1) <= 12 and 1 <= int(h2) <= 12):
        return match.group()
    second = marker if _dial(h2, m2) > _dial(h1, m1) else _other(marker)
    return f"{_clock(h1, s1, m1)}{space}{marker}{rest}{join}{_clock(h2, s2, m2)}{second}m"


def _half(match: re.Match[str]) -> str | None:
    """"a" or "p" for a time said with its part(s) of the day, or None: an hour off the twelve-hour dial, or parts
    in both halves ("in the morning/evening")."""
    time, parts = match.groups()
    if not READ_WORDED_PARTS and ("/" in parts or parts.lower() == "arvo"):
        return None
    halves = {_PARTS[case_key(p)] for p in _PART_SPLIT_RE.split(parts)}
    if len(halves) != 1 or not 1 <= int(re.split(r"[:.]", time)[0]) <= 12:
        return None
    return halves.pop()


def _period(match: re.Match[str]) -> str:
    half = _half(match)
    return match.group() if half is None else f"{match.group(1)}{half}m"


def period_words(text: str) -> frozenset[str]:
    """The part-of-day words ("evening", "arvo") of the times :func:`spell_periods` reads as said in words, lower
    case; none when no time is said so. An ASCII text holds a part's name, lower-cased, wherever :data:`_PERIOD_RE`
    matches: a few substring tests spare most claims the case-blind hint pattern (any other text is read: case
    folding lets "ſ" match)."""
    lower = text.lower()
    if text.isascii() and not holds_any(lower, _PARTS):
        return frozenset()
    if _HINT_RE.search(text) is None:
        return frozenset()
    return frozenset(p.lower() for m in _PERIOD_RE.finditer(text) if _half(m) is not None
                     for p in _PART_SPLIT_RE.split(m.group(2)))


def spell_periods(text: str) -> str:
    """``text`` with each time whose half of the day is said once for a range, or in words, given its own "am" /
    "pm" (see the module docstring); a text with no marker and no part of the day comes back as it is."""
    text = joined_meridiems(text)
    if _HINT_RE.search(text) is None:
        return text
    text = _PERIOD_RE.sub(_period, text)
    text = _SHARED_RE.sub(_shared, text)
    return _TRAILING_RE.sub(_trailing, text)


#: Switch: the half-day marker of another language's twelve-hour clock after a time ("2:30 PTG", Malay "petang"; "9:00
#: PG", "pagi") read as "pm" / "am", and such a marker, or an "AM" / "PM" in capitals, read as part of its time, not
#: a name the evidence must hold (the ``time50`` round: "opens at 2:30 PTG" of "14:30" was 02:30 and a name "ptg";
#: "2:30 PM" of "14:30" was flagged for a name "pm"). Off while the claim decision is fitted.
READ_LOCALE_MERIDIEMS = True
#: A letter right after a time's minutes: where a half-day marker may stand.
#: Not an English "am" / "pm" ("2:30 pm", "9.15 a.m."): the table holds no marker starting so
#: (:data:`_ENGLISH_MARKER_RE`), and the first English time of a process no longer builds it (half a second).
_LETTER_AFTER_TIME_RE = re.compile(r"\d[:.][0-5]\d[ \u00a0\u202f]?(?![ap]\.?m\b)[^\W\d_]", re.IGNORECASE)
#: "AM" / "PM" (any case, dotted or not) after a time: part of the time, as :func:`locale_meridiems` reads it.
_MERIDIEM_WORD_RE = re.compile(r"(?<=\d)[ \u00a0\u202f]?([ap])\.?(m)\b\.?", re.IGNORECASE)
#: A marker the time reader reads already ("am", "p.m."), or one starting so: left out of the table, so a letter
#: after a time that starts an English marker needs no table (:data:`_LETTER_AFTER_TIME_RE`).
_ENGLISH_MARKER_RE = re.compile(r"[ap]\.?m\b", re.IGNORECASE)


def _quoted_out(pattern: str) -> str:
    """A CLDR date pattern without its quoted literal text, whose letters are no pattern letters."""
    return re.sub(r"'[^']*'", "", pattern)


@lru_cache(maxsize=1)
def _meridiem_table() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Each half-day marker the Unicode CLDR data (through Babel) writes after a twelve-hour short time, with "a"
    or "p": the markers of every language whose short time is "h:mm a" ("PG" and "PTG" in Malay), built once and
    offline. A marker two languages give both halves is left out. With the pattern that finds one after a time."""
    from babel import Locale, localedata  # lazily: only a text with a letter after a time needs the table

    halves: dict[str, set[str]] = {}
    for name in localedata.locale_identifiers():
        if "_" in name:  # a territory's locale writes its language's markers
            continue
        locale = Locale.parse(name)
        pattern = _quoted_out(locale.time_formats["short"].pattern)
        hour = max(pattern.find("h"), pattern.find("K"))
        if hour < 0 or pattern.find("a", hour) < 0:  # a 24-hour clock, or the marker before the time
            continue
        periods = locale.day_periods.get("format", {}).get("abbreviated", {})
        for half in ("am", "pm"):
            marker = periods.get(half)
            if marker and any(c.isalpha() for c in marker) and not _ENGLISH_MARKER_RE.match(marker):
                halves.setdefault(marker, set()).add(half[0])
    table = {marker: next(iter(sides)) for marker, sides in halves.items() if len(sides) == 1}
    if not table:
        return table, None
    markers = "|".join(re.escape(m) for m in sorted(table, key=len, reverse=True))
    return table, re.compile(rf"(\d[:.][0-5]\d)([ \u00a0\u202f]?)({markers})(?![^\W_])")


def locale_meridiems(text: str) -> str:
    """``text`` with each other language's half-day marker after a time written "am" / "pm" ("2:30 PTG" is "2:30
    pm"), which the time reader knows (:data:`READ_LOCALE_MERIDIEMS`); a text with no letter after a time comes back
    as it is."""
    if not READ_LOCALE_MERIDIEMS or _LETTER_AFTER_TIME_RE.search(text) is None:
        return text
    table, pattern = _meridiem_table()
    if pattern is None:
        return text
    return pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}{table[m.group(3)]}m", text)


def meridiem_words(text: str) -> frozenset[str]:
    """The half-day markers, lower case, a text writes right after a time ("pm" of "2:30 PM", "ptg" of "2:30 PTG"):
    part of the time, which is checked as a hard fact, not a name or word the evidence must hold."""
    if not READ_LOCALE_MERIDIEMS:
        return frozenset()
    found = {f"{a}{m}".lower() for a, m in _MERIDIEM_WORD_RE.findall(text)}
    _, pattern = _meridiem_table() if _LETTER_AFTER_TIME_RE.search(text) else (None, None)
    if pattern is not None:
        found.update(m.group(3).lower() for m in pattern.finditer(text))
    return frozenset(found)

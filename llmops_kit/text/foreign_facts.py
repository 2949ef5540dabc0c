"""Dates and clock hours written the way of another language, rewritten the English way for the hard facts.

A claim in another language is judged by its hard facts alone (:mod:`llmops_kit.text.language`), but the
readers of those facts know English spellings only: "bis zum 31. März" is a bare 31 no date reading reaches
(the evidence's "within 28 days of the notice date" reaches "31 March"), and Italian "dalle 14" ("from 2pm") a
bare 14 no evidence holds. :func:`english_facts` rewrites these spellings in such a claim: a day before a
month name of German, French, Spanish, Italian, Dutch or Portuguese ("31. März", "12 de junio" -> "31 March",
"12 June"), a count of calendar days or weeks ("28 Tage" -> "28 days", the step of "bis 28 Tage nach dem Datum
der Mitteilung"), a count of working days ("20 días hábiles" -> "20 working days", so its figure is read as a
length of time and not as a bare number a phone number's "+44 20 ..." would hold), and an hour the language
marks as a clock hour ("dalle 14", "a las 9", "um 18 Uhr", "à 14h", "om 10 uur" -> "14:00", ...), though not an
hour heading a list of hours ("a las 10, 12 y 15:30 hs"), which stays the figures the English "at 10, 12 and
15:30" writes. Only a claim read as foreign is rewritten, so an English sentence keeps its words; a bare number
with no such mark ("bis 28 Tage", "per 14 giorni") stays a number.
"""

from __future__ import annotations

import re

from . import numbers
from .case_key import case_key
from .foreign_figures import plain_figures

__all__ = ["READ_CALENDAR_NAMES", "READ_FOREIGN_FACTS", "READ_HOUR_LISTS", "READ_WORKING_DAYS", "english_calendar_name",
           "english_facts"]

#: Rewrite foreign dates and hours; off while ``tools/fit_claim_decision.py`` fits the claim decision.
READ_FOREIGN_FACTS = True
#: Leave an hour heading a list of hours a figure ("a las 10, 12 y 15:30 hs"); off while
#: ``tools/fit_claim_decision.py`` fits the claim decision.
READ_HOUR_LISTS = True
#: Write a count of working days the English way ("20 días hábiles" -> "20 working days"); off while
#: ``tools/fit_claim_decision.py`` fits the claim decision.
READ_WORKING_DAYS = True

_MONTHS = {
    "January": "januar jänner janvier enero gennaio januari janeiro",
    "February": "februar février fevrier febrero febbraio februari fevereiro",
    "March": "märz maerz mars marzo maart março marco",
    "April": "avril abril aprile",
    "May": "mai mayo maggio mei maio",
    "June": "juni juin junio giugno junho",
    "July": "juli juillet julio luglio julho",
    "August": "août aout agosto augustus",
    "September": "septembre septiembre setiembre settembre setembro",
    "October": "oktober octobre octubre ottobre outubro",
    "November": "novembre noviembre novembro",
    "December": "dezember décembre decembre diciembre dicembre december dezembro",
}
_MONTH_OF = {word: english for english, words in _MONTHS.items() for word in words.split()}
#: A day, its ordinal dot (German "31."), Spanish / Portuguese "de", then a month name of another language.
_DATE_RE = re.compile(r"\b([0-3]?\d)(?:\.|er|º)?\s+(?:de\s+)?(" + "|".join(sorted(_MONTH_OF, key=len, reverse=True))
                      + r")\b", re.IGNORECASE)
#: A count of calendar days or weeks ("28 Tage", "14 jours", "3 settimane"), which date arithmetic steps by; days
#: counted as working days ("20 días hábiles") are no calendar days: they are written "working days" below.
_DAY_WORDS = {"days": "tage tagen jours días dias giorni dagen", "weeks": "wochen semaines semanas settimane weken"}
_DAY_OF = {word: english for english, words in _DAY_WORDS.items() for word in words.split()}
_DAYS_RE = re.compile(r"\b(\d{1,3})\s+(" + "|".join(_DAY_OF) + r")\b"
                      r"(?!\s+(?:hábiles|habiles|ouvrables|ouvrés|lavorativi|útiles|úteis|uteis|werkdagen))",
                      re.IGNORECASE)
#: A count of working days ("20 días hábiles", "10 jours ouvrables", "5 giorni lavorativi", "3 Werktage", "2
#: werkdagen"): written "N working days", the unit the English readers give a figure, so the claim's figure is
#: compared as a length of time and not as a bare number any other figure (a phone number's "20") would hold.
_WORKING_DAYS_RE = re.compile(
    r"\b(\d{1,3})\s+(?:(?:d[ií]as|jours|giorni)\s+(?:h[aá]biles|ouvrables|ouvr[ée]s|lavorativi|[uú]tiles|[uú]teis)"
    r"|werkdagen|werktagen?|arbeitstagen?|werkdae)\b", re.IGNORECASE)
#: Words that make the figure after them a clock hour: Italian "dalle / dopo le / prima delle" and Spanish "desde /
#: hasta / entre las" (from / until the hours).
_HOUR_ARTICLES = r"dalle|dopo\s+le|prima\s+delle|(?:desde|hasta|entre)\s+las"
#: The same with "to the" ("alle 18", "a las 9", "y las 12"), which also counts things ("alle 2 persone", "a las 3
#: personas"): an hour only when no other word follows the figure than these ("alle 18 e ...", "a las 10 de la mañana").
_HOUR_ARTICLES_TO = r"alle|(?:a|de|y)\s+las"
_AFTER_HOUR = r"(?:y|e|o|a|al|alle|hasta|de|del|di|fino|in|entro|h)\b"
#: Words before a figure that is a clock hour when an hour word follows it ("de 9h à 17h", "om 10 uur"): the same
#: words without that mark give durations too ("15 h de travail", "2 uur"), so they are left as figures.
_HOUR_PREPOSITIONS = r"à|a|dès|de|jusqu['’]à|vers|avant|après|om|vanaf|tot|voor|na|ab|um|bis|von|gegen"
#: Dutch / Afrikaans "van" starts a range of hours ("van 9 uur tot 17 uur") but also says "of" before a length of
#: time ("'n les van 2 uur", a lesson of 2 hours): its hour is a clock hour only with the range's other end after it.
_RANGE_PARTNER = r"(?=\s*(?:[-–]|(?:tot|to|until)\b))"
#: A length of time in hours after "van" / "vir" ("of" / "for") that is no clock hour: "uur" read as "hours", so
#: the figure keeps its unit ("'n les van 3 uur" against "2 h" is a changed duration).
_UUR_LENGTH_RE = re.compile(r"\b(van|vir|for)\s+(\d{1,2}(?:[.,]\d{1,2})?)\s?uur\b", re.IGNORECASE)
#: A unit after the figure makes it a length of time or a count ("las 24 horas", "alle 3 settimane"), no hour.
_UNITS = r"(?:hora|ora|ore|heure|hour|stund|uur|minut|giorn|d[ií]a|jour|tag|seman|settiman|semaine|woche|mes|mois)"


#: An hour heading a list of hours ("a las 10, 12 y 15:30 hs") stays a figure, as the English "at 10, 12 and 15:30"
#: is: both lists are compared as the figures they write (:data:`READ_HOUR_LISTS`).
_LIST_NEXT = r"\s*,\s*\d"


def _h(n: int) -> str:
    """An hour and its minutes, as groups ``h<n>`` / ``m<n>`` (one pair per alternative of the pattern)."""
    return rf"(?P<h{n}>[01]?\d|2[0-4])(?:[.:](?P<m{n}>[0-5]\d))?"


_BARE_H = r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?"


#: The end of an hour word with no minutes after it ("à 14 h"), and under ``kept`` the minutes that may follow it
#: ("à 16 h 30"), kept before a punctuation mark but not before a digit after it.
_NO_MINUTES = r"(?![\w:])"
_SPOKEN_MINUTES = r"(?:\s?(?P<s2>[0-5]\d)(?!\w|[:.,]\d)|(?![\w:]))"


def _hour_re(lists: bool, kept: bool = False) -> re.Pattern[str]:
    """A clock hour the language marks as one; never a figure with more digits, a decimal or a percentage
    (``lists``: nor an hour heading a list of hours; ``kept``: the minutes after an hour word kept before a
    punctuation mark, "à 16 h 30:", as :data:`~llmops_kit.text.numbers.READ_ROMANCE_HOURS` reads them)."""
    # nor a figure a hyphen joins to a word: Finnish "alle 7-vuotiaat" is "under 7-year-olds", no "alle 7" (the
    # ``read44`` round)
    after = rf"(?![\d.,:]\d|\d|\s*%|\s*{_UNITS}|-[^\W\d_]{'|' + _LIST_NEXT if lists else ''})"
    return re.compile(
        rf"\b(?P<art>(?:{_HOUR_ARTICLES})|(?:{_HOUR_ARTICLES_TO})(?=\s+{_BARE_H}(?!\d|[.:]\d)(?!\s+(?!{_AFTER_HOUR})[^\W\d_])))\s+{_h(1)}"
        rf"{after}"
        rf"|\b(?P<prep>{_HOUR_PREPOSITIONS}|(?P<van>van))\s+{_h(2)}\s?(?:Uhr|uur|heures?|h)"
        rf"{_SPOKEN_MINUTES if kept else _NO_MINUTES}(?(van){_RANGE_PARTNER})"
        rf"|(?<![\d.,:])\b{_h(3)}\s?Uhr\b", re.IGNORECASE)


_HOUR_RES = {(lists, kept): _hour_re(lists, kept) for lists in (False, True) for kept in (False, True)}


def _hour(match: re.Match[str]) -> str:
    """The matched hour as "HH:MM", the word before it kept."""
    word = match.group("art") or match.group("prep")
    n = next(n for n in (1, 2, 3) if match.group(f"h{n}") is not None)
    spoken = match.group("s2") if n == 2 and "s2" in match.re.groupindex else None  # "à 16 h 30"
    minutes = match.group(f"m{n}") or spoken
    clock = f"{int(match.group(f'h{n}')):02d}:{minutes or '00'}"
    return f"{word} {clock}" if word else clock


#: Read a weekday's or month's name in another language as the English name in the name check
#: (:func:`english_calendar_name`); off while ``tools/fit_claim_decision.py`` fits the claim decision.
READ_CALENDAR_NAMES = True
#: Weekday names (and plurals) of German, French, Spanish, Italian, Dutch, Afrikaans and Swahili, and Portuguese's
#: weekend days (its weekdays are ordinals: "segunda" is also "second").
_WEEKDAY_NAMES = {
    "monday": "montag montags lundi lunes lunedì lunedi maandag maandae jumatatu",
    "tuesday": "dienstag dienstags mardi martes martedì martedi dinsdag dinsdae jumanne",
    "wednesday": "mittwoch mittwochs mercredi miércoles miercoles mercoledì mercoledi woensdag woensdae jumatano",
    "thursday": "donnerstag donnerstags jeudi jueves giovedì giovedi donderdag donderdae alhamisi",
    "friday": "freitag freitags vendredi viernes venerdì venerdi vrijdag vrydag vrydae ijumaa",
    "saturday": "samstag samstags sonnabend samedi sábado sabado sabato zaterdag saterdag saterdae jumamosi",
    "sunday": "sonntag sonntags dimanche domingo domenica zondag sondag sondae jumapili",
}
#: Month names of the languages :data:`_MONTHS` lists and of Afrikaans and Swahili, less those a given name or a
#: brand also spells ("Marco", "Mars", "Julie", "Mai", "Mei").
_MONTH_NAMES = {
    **{english.lower(): " ".join(w for w in words.split() if w not in ("marco", "mars", "mai", "mei"))
       for english, words in _MONTHS.items()},
}
_MONTH_NAMES["january"] += " januarie januari"
_MONTH_NAMES["february"] += " februarie februari"
_MONTH_NAMES["march"] += " machi"
_MONTH_NAMES["april"] += " aprili"
_MONTH_NAMES["june"] += " junie"
_MONTH_NAMES["july"] += " julai"
_MONTH_NAMES["august"] += " agosti"
_MONTH_NAMES["september"] += " septemba"
_MONTH_NAMES["october"] += " oktoba"
_MONTH_NAMES["november"] += " novemba"
_MONTH_NAMES["december"] += " desember desemba"
_CALENDAR_NAME_OF = {word: english for table in (_WEEKDAY_NAMES, _MONTH_NAMES)
                     for english, words in table.items() for word in words.split()}


def english_calendar_name(name: str) -> str | None:
    """The English name (lower case) of a weekday or month ``name`` (lower case) writes in another language
    ("jumapili" is "sunday", "sondae" "sunday", "machi" "march"); None for any other word, and with the reading
    off. The name check holds such a name where the evidence holds the English one."""
    return _CALENDAR_NAME_OF.get(name) if READ_CALENDAR_NAMES else None


def english_facts(text: str) -> str:
    """``text`` with its dates and clock hours of another language written the English way (see the module
    docstring); the text itself when it has none, or while :data:`READ_FOREIGN_FACTS` is off."""
    if not READ_FOREIGN_FACTS:
        return text
    text = plain_figures(text)  # native digits, a clock given again in brackets, a half in words
    if not any(ch.isdigit() for ch in text):
        return text
    # first: a length of time after an hour article is read in its own words
    text = _HOUR_RES[READ_HOUR_LISTS, numbers.READ_ROMANCE_HOURS].sub(_hour, text)
    if "uur" in text:
        text = _UUR_LENGTH_RE.sub(r"\1 \2 hours", text)
    text = _DATE_RE.sub(lambda m: f"{int(m.group(1))} {_MONTH_OF[case_key(m.group(2))]}", text)
    if READ_WORKING_DAYS:
        text = _WORKING_DAYS_RE.sub(r"\1 working days", text)
    return _DAYS_RE.sub(lambda m: f"{m.group(1)} {_DAY_OF[case_key(m.group(2))]}", text)

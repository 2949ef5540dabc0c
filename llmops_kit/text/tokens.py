"""Words, stems, names and identifiers of a text: the one tokeniser every part of the toolkit uses.

A text is tokenised once, by one regular expression that yields its words and its numbers in order
(:func:`tokens`). Stems come from the Snowball English stemmer (PyStemmer, compiled), so "returned",
"returns" and "returning" meet at "return" wherever a text is compared: the scorer, the knowledge-base
index, the traffic generator and the replay simulator.

* :func:`facts`: the stems of a text's content words plus its normalised numbers, and the numbers it
  states (:mod:`llmops_kit.text.numbers` reads digits, number words, money, percentages, dates);
* :func:`names_in`: names (capitalised words after the first, acronyms, CamelCase product names);
* :func:`identifiers_in`: codes that mix letters and digits ("GS-220", "NW-4471902").

Every reader is cached per text, because articles, prompts and stock answers recur across requests.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import compress
from operator import not_
from typing import NamedTuple

import Stemmer

from ..textcache import text_cache
from . import numbers as _numbers
from .calendar_dates import hyphened_month_date
from .case_key import case_key
from .char_scans import ascii_words, lower_alnum_runs
from .numbers import NUMBER_WORDS, SPELLED_NUMBERS, claim_numbers, normalise_number
from .worded_forms import spell_forms

__all__ = [
    "CALENDAR_ABBREVIATIONS",
    "COURTESY_STEMS",
    "STOPWORDS",
    "TextFacts",
    "alnum_runs",
    "content_stems",
    "dictionary_word",
    "facts",
    "general_word_stems",
    "identifiers_in",
    "irregular_forms",
    "irregular_lemma",
    "may_hold_word",
    "names_in",
    "normalise_quotes",
    "numbers_in",
    "retrieval_terms",
    "singular_noun",
    "sole_number",
    "stem",
    "tokens",
    "words_in",
]

_STOPWORD_TEXT = """a about above after again all also am an and any are as at be because been before being below
    between both but by can could did do does doing don down during each else etc ever every few for from
    further get gets got had has have having he her here hers him his how i if in into is it its itself just
    let like may me might more most much must my no nor not now of off on once only or other our ours out
    over own per please same she should so some such than that the their theirs them then there these they
    this those through to too under until up upon us very via was we were what when where which while who
    whom why will with within would yes yet you your yours yourself unfortunately fortunately however actually
    basically simply really currently already"""
#: Function words: they carry no fact, so coverage never counts them.
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

#: Conversational filler a question adds ("can you tell me", "I was wondering") that no article answers:
#: dropped from retrieval terms on top of the stopwords.
_FILLER_TEXT = """against herself himself myself ourselves themselves yourselves t s ll ve re d m hi hello thanks
    thank ok okay hey many long need want know tell anything something really still way able possible help
    question wondering"""
_RETRIEVAL_STOP = STOPWORDS | frozenset(_FILLER_TEXT.split())

_WORD = r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]"


def _numerals_not_digits() -> str:
    """The characters of the basic plane Python's ``\\w`` counts as word characters that are neither letters nor
    decimal digits: the superscripts, fractions, Roman and circled numerals ("²", "½", "Ⅳ", "①"), as ranges for a
    class. (Listing those beyond the basic plane, ancient numerals, would make the class several times slower.)"""
    ranges: list[list[int]] = []
    for code in range(0x80, 0x10000):
        char = chr(code)
        if char.isnumeric() and not char.isdecimal() and not char.isalpha():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges)


#: The scripts written without spaces between words (Thai, Lao, Myanmar, Khmer; the Chinese characters, kana and
#: bopomofo): a run of their letters is a phrase or a whole sentence, no word, so they stay out of the tokeniser's
#: words as before (a Chinese answer is read by its figures: "周六和周日早上8点到下午2点营业" is no three words).
_UNSPACED_SCRIPTS = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029"
    "\u3031-\u3035\u3038-\u303c\u3040-\u312f\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0003ffff"
)
#: A letter of a script that spaces its words (``str.isalpha``): a word character that is no digit, no "_", no
#: other numeral.
_LETTER = rf"[^\W\d_{_numerals_not_digits()}{_UNSPACED_SCRIPTS}]"
#: The word of :data:`_WORD` in any such script's letters, for a text outside ASCII: "Przebić", "odległości",
#: "Vatnajökull" and "zł" are each one word, where the ASCII pattern cut them at "ć", "ł" and "ö" ("Przebi", "odleg",
#: "ci", "Vatnaj", "kull", "z"), and the stems of the pieces matched nothing. On ASCII letters it is the same pattern:
#: a run of letters, apostrophes and hyphens, from its first letter to its last.
_ANY_WORD = rf"{_LETTER}+(?:['’-]+{_LETTER}+)*"
#: A number not glued to a word before it (the look-behind after the first digit: the pattern starts with a digit,
#: which lets the regex engine skip to the next digit or letter instead of trying every position).
_NUMBER = r"\d(?<![A-Za-z]\d)\d*(?:[.,]\d+)*"
_WORD_RE = re.compile(_ANY_WORD)
_NUMBER_RE = re.compile(_NUMBER)
#: Words and numbers in one pass; their characters never overlap, so each is found as its own pattern finds it.
_TOKEN_RE = re.compile(f"{_NUMBER}|{_ANY_WORD}")
#: Runs of letters and digits joined by inner separators: candidates for an identifier.
_IDENT_RE = re.compile(r"[A-Za-z0-9]+(?:[-_/.][A-Za-z0-9]+)*")
_DIGIT_RE = re.compile(r"\d")
_LETTER_RE = re.compile(r"[A-Za-z]")
_QUANTITY_RE = re.compile(r"\d+(?:\.\d+)?(?:[a-z]{1,3}|st|nd|rd|th)", re.IGNORECASE)
_RETRIEVAL_TOKEN = re.compile(r"[a-z0-9]+")
#: A time of day in the French style ("07h35"): read by ``times_in``, not a code.
_H_TIME_RE = re.compile(r"(?:[01]\d|2[0-3])h[0-5]\d", re.IGNORECASE)
#: The same with a one-digit hour ("9h30"), a time when its text cues one and a length of time else: never a code
#: (:data:`~llmops_kit.text.numbers.READ_CLOCK_CUES`).
_SHORT_H_TIME_RE = re.compile(r"\dh[0-5]\d", re.IGNORECASE)
_LONG_ID = re.compile(r"\b(?:[a-z]{1,4}-)?\d{5,}\b")

_local = threading.local()


def normalise_quotes(text: str) -> str:
    """Curly quotes to straight ones, so "don’t" and "don't" are the same word."""
    if text.isascii():  # curly quotes are not ASCII: one C-speed scan instead of four replace scans
        return text
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball English stem of a word, lower case, possessive and edge hyphens off."""
    w = word.lower().strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:  # PyStemmer objects are not thread-safe: one per thread
        stemmer = _local.stemmer = Stemmer.Stemmer("english")
    return str(stemmer.stemWord(w))


def singular_noun(word: str) -> str:
    """A unit or counted noun in lower case and singular by its plain "s" ("Hours" is "hour", "guests" "guest";
    "class" and the short "kgs" and "bus" stay): enough to tell whether two figures count the same thing, where a
    stem would also merge unlike words ("hours" and "hourly")."""
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=16)
def tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words (quotes straightened, case kept) and the numbers (as written) of a text, in order."""
    plain = normalise_quotes(text)
    # an ASCII text's words are read by a byte table (:mod:`.char_scans`: the same words as the pattern's)
    plain_ascii = plain.isascii()
    if _DIGIT_RE.search(plain) is None:  # a number token starts with a digit: without one, every token is a word
        return tuple(ascii_words(plain) if plain_ascii else _TOKEN_RE.findall(plain)), ()
    # words and numbers never share a character (letters against digits and separators), so each pattern alone
    # finds what the joint one does: two scans at C speed instead of sorting the joint tokens in Python
    return tuple(ascii_words(plain) if plain_ascii else _WORD_RE.findall(plain)), tuple(_NUMBER_RE.findall(plain))


class TextFacts(NamedTuple):
    """What is compared of any text, claim or evidence."""

    stems: frozenset[str]  # content-word stems plus normalised numbers: what coverage compares
    numbers: frozenset[str]  # normalised numbers a claim states (digits, number words, money, percentages)


_PRONOUNS = frozenset(("i", "i'm", "i'd", "i'll", "i've", "ok", "okay"))
#: Weekday and month abbreviations ("Mon-Fri", "Sept") stand for the full name an article writes out.
CALENDAR_ABBREVIATIONS = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
    "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
    "dec": "december",
}
#: The abbreviations as a text writes them when it means the day or month ("Wed", "SAT"), for content words.
_CALENDAR_WRITTEN = frozenset(w for a in CALENDAR_ABBREVIATIONS for w in (a.capitalize(), a.upper()))
_NUMBER_WORD_SET = frozenset(NUMBER_WORDS)
_SPELLED_WORDS = SPELLED_NUMBERS
#: The fraction words of :func:`~llmops_kit.text.worded_forms.spell_forms` ("half an hour", "a quarter of the").
_FRACTION_WORDS = frozenset(("half", "quarter", "quarters", "three-quarters"))
_EMPTY: frozenset[str] = frozenset()


#: Ordinal endings the tokeniser sees as words after a number ("8th", "3rd"): the number is read, not them.
_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th", ""))
#: The clock's "pm" ("6:30 pm"): part of a time, which is read and checked as a hard fact of its own, not a
#: content word ("am" is a stopword already).
_CLOCK_MARKERS = frozenset(("pm",))
_CLITICS = ("'s", "'re", "'ll", "'ve", "'d", "'m")


def _head(word: str) -> str:
    """A contraction's content: "it's" is "it", "you're" is "you", "can't" is "can" (then a stopword)."""
    if "'" not in word:
        return word
    if word.endswith("n't"):
        return word[:-3] if word not in ("won't", "can't") else ("will" if word == "won't" else "can")
    for clitic in _CLITICS:
        if word.endswith(clitic):
            return word[: -len(clitic)]
    return word


#: Words that carry no stem of their own: function words, number words, ordinal endings, clock markers.
_NOT_STEMMED = STOPWORDS | _NUMBER_WORD_SET | _ORDINAL_ENDS | _CLOCK_MARKERS


#: An irregular verb form or noun plural read as its dictionary form by the novel-word rule ("lent" as "lend", "paid"
#: as "pay", "children" as "child"), in claim and evidence alike (:func:`irregular_forms`): Snowball leaves such forms
#: apart from their base, so an answer that changed the tense or number of the article's word was held to bring a
#: word found nowhere. Off while the claim decision is fitted (the novel words feed the fitted signals).
READ_IRREGULAR_FORMS = True


@lru_cache(maxsize=1)
def _lemma_reader() -> Callable[[str], dict[str, tuple[str, ...]]]:
    """LemmInflect's dictionary lookup (its English tables ship in the wheel and load offline, in about 0.15 s),
    imported on the first word read, so a process that never compares words never loads it."""
    from lemminflect import getAllLemmas

    return getAllLemmas


@lru_cache(maxsize=4096)
def dictionary_word(word: str) -> bool:
    """Has the lower-case word a dictionary form in LemmInflect's English tables ("sure", "tomorrow", "throwers"),
    unlike most names ("marisol", "camila")?"""
    return bool(_lemma_reader()(word))


@lru_cache(maxsize=1 << 17)
def irregular_lemma(word: str) -> str | None:
    """The dictionary form of a lower-case verb form or noun plural that Snowball does not bring to its base
    ("lent" -> "lend", "taught" -> "teach", "children" -> "child"), None for any other word.

    Read only when every reading of the word, in any part of speech, names that one other dictionary form: a word
    that is also a word of its own ("left" the side, "felt" the cloth, "evening", "found", "better") stays itself,
    and so does a regular form, whose dictionary form has its Snowball stem already ("returned")."""
    readings = {lemma.lower() for lemmas in _lemma_reader()(word).values() for lemma in lemmas}
    if len(readings) != 1 or word in readings:
        return None
    lemma = next(iter(readings))
    return None if stem(lemma) == stem(word) else lemma


@text_cache()
def _irregular_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of :func:`irregular_forms`, cached per text (an article is read once, not once per claim)."""
    words = {_head(w) for w in _lower_words(tokens(text)[0])} - _NOT_STEMMED
    return frozenset((stem(w), stem(lemma)) for w in words if len(w) > 2 and (lemma := irregular_lemma(w)))


def irregular_forms(text: str) -> frozenset[tuple[str, str]]:
    """(its own stem, its dictionary form's stem) of each irregular form of a text (:func:`irregular_lemma`):
    ("lent", "lend") of "gloves are lent". Empty when :data:`READ_IRREGULAR_FORMS` is off."""
    return _irregular_pairs(text) if READ_IRREGULAR_FORMS else _EMPTY


def _stems_of(text: str, distinct: set[str]) -> set[str]:
    """The stems of a text's distinct lower-case words, contractions and words without a stem of their own off."""
    # only a word with an apostrophe (straightened by ``tokens``) has a contraction to take off
    heads = {_head(w) for w in distinct} if ("'" in text or "’" in text or "‘" in text) else distinct
    return set(map(stem, [w for w in heads - _NOT_STEMMED if len(w) > 1]))


def facts(text: str) -> TextFacts:
    """Stems and numbers of a text, from its one tokenisation (each part cached on its own: most texts are
    read for their stems only, evidence sentences above all, and reading numbers costs as much again)."""
    return TextFacts(content_stems(text), numbers_in(text))


def _lower_words(words: Sequence[str]) -> set[str]:
    """The words in lower case, a weekday written abbreviated as the day ("Wed–Sat" is Wednesday to Saturday; a
    lower-case "sat" or "sun" stays the word it is)."""
    lower = set(map(str.lower, words))
    written = _CALENDAR_WRITTEN.intersection(words)
    if written:
        lower.difference_update(w.lower() for w in written)
        lower.update(CALENDAR_ABBREVIATIONS[case_key(w)] for w in written)
    return lower


@text_cache()
def content_stems(text: str) -> frozenset[str]:
    """Stems of a text's content words plus its normalised numbers (cached: articles and answers recur)."""
    words, raw_numbers = tokens(text)
    stems = _stems_of(text, _lower_words(words))
    if raw_numbers:
        stems.update(map(normalise_number, raw_numbers))
    return frozenset(stems)


def word_stems(text: str) -> frozenset[str]:
    """:func:`content_stems` without the numbers (those starting with a digit): the words a figure is said of.

    Not cached, and it reads no number: a claim's clause is new text, read once, and reading its numbers
    (number words, times, digit groups) would cost more than its words."""
    words, raw_numbers = tokens(text)
    stems = _stems_of(text, _lower_words(words))
    stems.update(n for n in map(normalise_number, raw_numbers) if not n[0].isdigit())  # "0.5" is ".5"
    return frozenset(s for s in stems if not s[0].isdigit())


@text_cache()
def numbers_in(text: str) -> frozenset[str]:
    """Normalised numbers a text states, digits and number words alike ("eighty" is 80)."""
    words, raw_numbers = tokens(text)
    if raw_numbers:
        return claim_numbers(text)
    distinct = set(map(str.lower, words))
    spelled = not _SPELLED_WORDS.isdisjoint(distinct) or ("-" in text and any(
        not _SPELLED_WORDS.isdisjoint(w.split("-")) for w in distinct if "-" in w)) or (
        not _FRACTION_WORDS.isdisjoint(distinct) and spell_forms(text) != text)  # "half an hour" is 30 minutes
    return claim_numbers(text) if spelled else _EMPTY  # most sentences state no number


def sole_number(text: str) -> float | None:
    """The value of a span that states exactly one number ("NT$180", "two"), None for none, several, or a
    normalised form that is no float: the one figure a money or count span stands for."""
    found = numbers_in(text)
    if len(found) != 1:
        return None
    try:
        return float(next(iter(found)))
    except ValueError:
        return None


#: A sentence opening with a name of several title-case words ("Manchester City has won", "Stanford
#: University is"): its first word is part of the name, not capitalised for being first.
_LEADING_NAME_RE = re.compile(r"\s*[\"'(]?[A-Z][a-z]+(?:\s+(?:of\s+|the\s+)?[A-Z][a-z]+)+\b(?![\w-])")
#: Prepositions and conjunctions that open a sentence before a name ("Without Extended Cover the parcel ...",
#: "Unless Express Saver was booked ..."): capitalised for being first, never part of the name that follows.
_OPENERS = frozenset((
    "without", "unless", "although", "though", "since", "despite", "except", "besides", "beyond", "outside",
    "inside", "instead", "whether", "regarding", "along", "among", "around", "behind", "beside", "towards",
    "across", "against", "apart", "unlike", "like", "until", "till", "whereas", "otherwise", "either", "neither",
))


#: An adverb in -ly ("sadly", "luckily", "unfortunately"): opening a sentence, it is capitalised for being first.
_ADVERB_RE = re.compile(r"[a-z]{3,}ly")
#: Read an opening -ly adverb as no name; off while the claim decision is fitted (it settles a name before it).
READ_LY_OPENERS = True
#: A first word followed by a bare "the" ("Bring the Texas title", "Visit the Louvre", "Call the Leeds office"): an
#: imperative verb or a preposition opening the sentence, capitalised for being first, not the head of a name
#: ("Bank of the West" joins by "of the"). Off while the claim decision is fitted (it settles a name before it).
_FIRST_BEFORE_THE_RE = re.compile(r"\s*[\"'(]?[A-Z][a-z]+\s+the\s")
READ_VERB_OPENERS = True


#: The month May beside a day or a year ("16 May 2027", "May 16th", "May 2027"): capitalised and dated, it is the
#: month's name, not the modal verb the stop words hold, so a claim moving a date to May is checked as one moving it
#: to June is. Off while the claim decision is fitted (it settles a name before it).
_DATED_MAY_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\.?\s+May\b|\bMay\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|[a-z]))"
                           r"|\bMay\s+(?:19|20)\d\d\b")
READ_DATED_MAY = True


#: An emoji ending a sentence before the next one's capitalised first word ("a standard test 🙂 Allow about 35
#: minutes"): chatty answers end sentences so, and the word after it is capitalised for being first, not a name.
_EMOJI_BREAK_RE = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s+(?=[A-Z])")


@text_cache()
def names_in(sentence: str) -> frozenset[str]:
    """Names in a sentence, lower-cased: capitalised words after the first word, acronyms, CamelCase."""
    if not sentence.isascii() and _EMOJI_BREAK_RE.search(sentence):
        return frozenset().union(*(names_in(part) for part in _EMOJI_BREAK_RE.split(sentence)))
    names: set[str] = set()
    # A hyphenated compound ("Mon-Fri", "Mid-January") is read part by part: each part is its own word.
    words = tokens(sentence)[0]
    if "-" in sentence:
        words = tuple(part for word in words for part in word.split("-") if part)
    # the capitalised words picked at C speed (most words of a sentence are lower case)
    for index in compress(range(len(words)), map(not_, map(str.islower, words))):
        token = words[index]
        if len(token) < 2:
            continue
        token = CALENDAR_ABBREVIATIONS[token.lower()].capitalize() if token.lower() in CALENDAR_ABBREVIATIONS else token
        low = token.lower()
        bare, low = (token[:-2], low[:-2]) if token.endswith("'s") else (token, low)
        if len(bare) < 2 or bare == low or low in _PRONOUNS or low in _NUMBER_WORD_SET:
            continue
        acronym = bare.isupper()
        rest = bare[1:]
        camel = rest.lower() != rest and bare.upper() != bare
        # the first word of a sentence is capitalised anyway, unless it starts a name of several capitalised
        # words ("Manchester City has won ...", "Stanford University is ...")
        # ("Sadly August is outside ...": an -ly adverb opening the sentence is no part of the name after it)
        capitalised = bare[0].isupper() and (index > 0 or (_LEADING_NAME_RE.match(sentence) is not None
                                                            and low not in _OPENERS
                                                            and not (READ_LY_OPENERS and _ADVERB_RE.fullmatch(low))
                                                            and not (READ_VERB_OPENERS
                                                                     and _FIRST_BEFORE_THE_RE.match(sentence))))
        if acronym or camel or (capitalised and low not in STOPWORDS):
            names.add(low)
    if READ_DATED_MAY and "May" in sentence and _DATED_MAY_RE.search(sentence):
        names.add("may")
    return frozenset(names) if names else _EMPTY


#: A claim's words that name no subject read as none by the novel-word rule (:func:`general_word_stems`). Off while the
#: claim decision is fitted (the words it drops feed the fitted signals).
READ_GENERAL_NOUNS = True
#: General nouns that stand for whatever the sentence is about ("things we don't repair", "that sort of stuff"):
#: general English, no subject of their own. ("ones" is not one: "little ones" are children.)
_GENERAL_WORDS = frozenset(("thing", "things", "stuff"))
#: The apology of a courtesy ("Sorry, microwaves are ..."): no subject either, so the novel-word rule does not count
#: it; it stays among the claim's stems, as the light-word test (:data:`llmops_kit.claim_meaning.LIGHT_WORDS`) reads it.
COURTESY_STEMS = frozenset((stem("sorry"),))
_COURTESY_WORDS = frozenset(("sorry",))
#: General nouns heading an "of" phrase ("the list of things", "any kind of bike", "a bit of time", "lots of room"):
#: the phrase's subject is the noun after "of". Alone they may name a subject ("the waiting list") and stay words.
_GENERAL_HEADS = frozenset(("list", "lists", "kind", "kinds", "sort", "sorts", "type", "types", "bit", "lot", "lots"))
_GENERAL_HEAD_RE = re.compile(r"\b(list|lists|kind|kinds|sort|sorts|type|types|bit|lot|lots)\s+of\b", re.IGNORECASE)


def general_word_stems(text: str) -> frozenset[str]:
    """The stems of a text's general nouns (:data:`_GENERAL_WORDS`, and :data:`_GENERAL_HEADS` before "of") and of
    its apology (:data:`COURTESY_STEMS`): "Sorry, microwaves are on the list of things we don't repair" names
    microwaves and repairs only. A closed class of general English, read only when a text holds one of its words
    (a set lookup on the text's cached words); empty when :data:`READ_GENERAL_NOUNS` is off."""
    if not READ_GENERAL_NOUNS:
        return _EMPTY
    words = words_in(text)
    if _GENERAL_WORDS.isdisjoint(words) and _GENERAL_HEADS.isdisjoint(words) and _COURTESY_WORDS.isdisjoint(words):
        return _EMPTY
    found = {stem(w) for w in (_GENERAL_WORDS | _COURTESY_WORDS).intersection(words)}
    if not _GENERAL_HEADS.isdisjoint(words):
        found.update(stem(head.lower()) for head in _GENERAL_HEAD_RE.findall(normalise_quotes(text)))
    return frozenset(found)


@text_cache()
def identifiers_in(text: str) -> frozenset[str]:
    """Codes that mix letters and digits ("GS-220", "NW-4471902", "C2H5OH"), separators removed, lower case.

    A number with a short unit or an ordinal ("5kg", "10am", "3rd") is a quantity, not an identifier.
    """
    if not _DIGIT_RE.search(text):
        return _EMPTY
    found = set()
    for match in _IDENT_RE.findall(text):
        if len(match) < 3 or match.isalpha() or match.isdigit():
            continue
        if not _DIGIT_RE.search(match) or not _LETTER_RE.search(match):
            continue
        if (_QUANTITY_RE.fullmatch(match) or _quantity_compound(match) or _H_TIME_RE.fullmatch(match)
                or _CLOCK_RANGE_RE.match(match) or _AGE_GROUP_RE.fullmatch(match)):
            continue
        if _numbers.READ_CLOCK_CUES and _SHORT_H_TIME_RE.fullmatch(match):
            continue
        if "-" in match and all(_H_TIME_RE.fullmatch(part) for part in match.split("-")):
            continue  # a range of times in the French style: "19h00-21h30"
        if "-" in match and hyphened_month_date(match):
            continue  # a date ("20-Mar-2027"), which the date readers read
        parts = match.split("/") if "/" in match else ()
        if len(parts) > 1 and all(_DIGIT_RE.search(p) and _LETTER_RE.search(p) for p in parts):
            # codes listed with a slash ("in G11/G12") are two codes, each checked on its own
            found.update(re.sub(r"[-_.]", "", p.lower()) for p in parts)
            continue
        ends = _CODE_RANGE_RE.fullmatch(match)
        if ends and ends.group(1).lower() == ends.group(3).lower():
            # a range of codes of one series ("LS1-LS17", "G11-G14") names its two ends, each checked on its own
            found.update((f"{ends.group(1)}{ends.group(2)}".lower(), f"{ends.group(3)}{ends.group(4)}".lower()))
            continue
        found.add(re.sub(r"[-_/.]", "", match.lower()))
    return frozenset(found) if found else _EMPTY


#: Two codes of one series joined by a hyphen or dash: letters then digits on both sides ("LS1-LS17").
_CODE_RANGE_RE = re.compile(r"([A-Za-z]{1,3})(\d{1,3})[-–]([A-Za-z]{1,3})(\d{1,3})")
#: The middle of a time range written "9 am-5 pm" or "10 a.m.-2 p.m.": the marker of one time joined to the
#: next time's number ("am-5"), not a code.
_CLOCK_RANGE_RE = re.compile(r"(?:[ap]m|[ap]\.m\.?)[-–/]\d{1,2}(?:[:.]\d{2})?$", re.IGNORECASE)


#: An age group written as one word ("under-18s", "over-65s", "aged-12"): the number is the fact (checked as
#: a number), the word in front is English, not a code's letters.
_AGE_GROUP_RE = re.compile(r"(?:under|over|aged?)-\d{1,3}s?", re.IGNORECASE)


def _quantity_compound(match: str) -> bool:
    """Quantities joined by separators ("9am-5pm", "12-month", "27/day", "3.10/litre"), not a code.

    It starts with a number or a quantity and every other part is a number, a quantity or a lower-case
    word; a code starts with letters or carries an upper-case part ("GS-220", "123-ABC", "A320-200").
    """
    parts = re.split(r"[-_/.]", match)
    if not (parts[0].isdigit() or _QUANTITY_RE.fullmatch(parts[0])):
        return False
    return all(p.isdigit() or _QUANTITY_RE.fullmatch(p) or (p.isalpha() and p.islower()) for p in parts[1:])


@text_cache()
def words_in(text: str) -> frozenset[str]:
    """The lower-case runs of letters and digits of a text: a set lookup instead of a word-list regex (an ASCII
    text's read by a byte table, :mod:`.char_scans`)."""
    if text.isascii():
        return frozenset(lower_alnum_runs(text))
    return frozenset(_RETRIEVAL_TOKEN.findall(normalise_quotes(text).lower()))


def may_hold_word(text: str, keys: frozenset[str]) -> bool:
    """May a case-blind pattern that needs one of ``keys`` (lower-case ASCII words) as a whole word match ``text``?

    A key the pattern needs between word boundaries (a non-word character or the text's end on each side) is, in
    an ASCII text, one of :func:`words_in` (cached: a claim's words are read by several checks), so an ASCII text
    holding none is spared the pattern. Any other text is read by the pattern: case-blind matching lets "ſ" stand
    for "s" and the Kelvin sign for "k", which a plain lower-casing keeps apart."""
    return not text.isascii() or not keys.isdisjoint(words_in(text))


@text_cache()
def alnum_runs(text: str) -> frozenset[str]:
    """Every maximal run of letters and digits in a text, lower case, plus each word's stem.

    A name is present in a text exactly when its words are among these, so checking a claim's names is a
    set lookup instead of a regex search per name.
    """
    runs = set(lower_alnum_runs(text) if text.isascii() else _RETRIEVAL_TOKEN.findall(normalise_quotes(text).lower()))
    # "Mon-Fri" in an article names Monday too
    runs |= {CALENDAR_ABBREVIATIONS[r] for r in runs if r in CALENDAR_ABBREVIATIONS}
    return frozenset(runs | {stem(r) for r in runs if not r.isdigit()})


def retrieval_terms(text: str) -> list[str]:
    """Terms a search index compares: lower case, stopwords and conversational filler out, stemmed.

    Identifiers (order numbers such as NW-4471902, any run of five or more digits) are not words an
    article could match, so they are dropped rather than counted as unmatched query terms.
    """
    text = _LONG_ID.sub(" ", normalise_quotes(text).lower())
    return [t if t.isdigit() else stem(t) for t in _RETRIEVAL_TOKEN.findall(text) if t not in _RETRIEVAL_STOP]

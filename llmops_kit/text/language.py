"""Is a claim written in another language than English? (An answer in the customer's language.)

Its words cannot be compared with English evidence, but its hard facts can, so grounding judges such a claim
on its facts alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..textcache import text_cache
from .char_scans import lower_letter_runs
from .tokens import STOPWORDS

#: A claim with at least this many words and not one English function word is in another language (an
#: answer in the customer's language): its words cannot be compared with English evidence, its hard facts can.
FOREIGN_MIN_WORDS = 5


#: Words of any alphabet, accented letters included: the ASCII tokeniser cuts "días" into "d" and "as", and
#: "as" is an English function word, so a Spanish answer would pass for English.
LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: The same words of a lower-case ASCII text: a plain letter class runs several times faster than the Unicode one.
_ASCII_LETTERS_RE = re.compile(r"[a-z]+(?:'[a-z]+)*")


#: Function words of the languages a European support bot answers in (German, French, Spanish, Italian,
#: Portuguese, Dutch) that are not English words: a terse English list item ("Mid-January: 15 January, UK
#: time") has no English function word either, but it has none of these and no accented letter.
_FOREIGN_TEXT = """der das und ist nicht mit für von zu den dem des ein eine einen einem bei auf im ihr
    ihre ihnen sie wir wird sind oder auch noch nach aus über vor zum zur le la les du et est une un pour dans sur
    avec pas vous nous il elle ce cette qui que sont au aux par ou votre vos el los las y es para con por del una se
    su sus al lo como pero más está están usted di che è della nel sono non het een van niet met voor ook maar
    em são você de da dos das os um uma não seu sua nosso nossa pelo pela ao às"""
#: More of them, read since the claim decision was fitted (:data:`READ_MORE_LANGUAGES`): Dutch words the list
#: lacked, Afrikaans, Polish, Danish, Norwegian and Swedish. Polish "do" ("up to", "into") is an English word too,
#: so a Polish sentence that holds it ("... ani w odległości do 2,5 cm od niego nie naprawiamy") needs three times
#: as many Polish ones: the prepositions and conjunctions "od", "ani", "dla", "bez", "przy", "jak", "są", "już",
#: "też" (none an English word) count with "nie".
_MORE_FOREIGN_TEXT = """naar uw zijn wordt bij nog geen worden hebben heeft kunt wij jullie onze deze dat waar
    nie vir sonder hulle ons sal jy ek się jest że przez oraz lub tylko czy og ikke på och är inte eller jeg
    od ani dla bez przy jak są już też"""
#: Polish words the list above lacked, and Malay with Indonesian, read since the ``counts45`` round
#: (:data:`READ_POLISH_MALAY`): "Stół do snookera kosztuje £9.60 za godzinę, za stół, a nie za osobę" had one
#: Polish word ("nie") against the English "do", so it passed for English. None is an English word; Malay "dan",
#: "yang", "ada" and "para" are left out, as "Dan", "Yang" and "Ada" are names in English text and "para" a
#: paragraph: one of them in a terse English line would be its only function word.
_POLISH_MALAY_TEXT = """za na pod nad jeśli który która które także również jako tak jego jej
    dari untuk dengan ini itu dalam kami kita anda adalah ialah tidak akan atau juga pada setiap oleh boleh
    sudah telah belum bagi sebagai tetapi jika kerana karena sahaja saja hanya semua sangat bisa saya mereka
    kepada secara ke"""
#: Polish words that are Swahili function words too ("za", "na"): they count only in a text with a letter outside
#: ASCII, as Polish is written with its accents ("godzinę", "osobę") and Swahili never is. A Swahili answer is read
#: with its question (:mod:`llmops_kit.customer_language`), its names held to the question's words, so these two
#: alone must not make it a longer foreign answer whose names go unread ("Jumamosi" for the evidence's Sunday).
_ACCENTED_ONLY = frozenset(("za", "na"))

#: Dutch and Filipino function words the lists above lack, read since the ``lang56`` round
#: (:data:`READ_LANG56_WORDS`): "Ja, je bent welkom zonder afspraak als er een repareerder vrij is" had one Dutch
#: word ("een") against the Dutch "is", an English word too, so it passed for English; "Ang Monthly plan ng ... ay
#: ₱1,350.00 kada buwan" had none at all. None is an English word; Filipino "na" and "may" are left out (Swahili
#: and Polish "na" counts only with accents, "may" is English).
_LANG56_TEXT = """je als zonder ang ng mga ay kada sa po namin ninyo hindi kung nang lamang"""
#: Polish "do" ("up to", "into") is an English function word too: in a text with a letter outside ASCII (Polish is
#: written with its accents, "jesteśmy", "godzinę") it counts as neither language's word, so "W soboty i niedziele
#: jesteśmy otwarci od 9:00 do 20:00" is not English for its "do" (:data:`READ_LANG56_WORDS`).
_ACCENTED_NEUTRAL = frozenset(("do",))

#: English function words that are also function words of those languages (Italian "i", "in", "per";
#: Spanish and Portuguese "a", "no", "me"): they say nothing about which language a claim is in.
_SHARED_WORDS = frozenset(("a", "i", "in", "no", "me", "per", "via", "so", "an", "am"))
#: Dutch and Afrikaans "we", Polish "to" (:data:`READ_MORE_LANGUAGES`).
_MORE_SHARED_WORDS = frozenset(("we", "to"))

#: Read the languages and the plain-letter test added after the claim decision was fitted:
#: ``tools/fit_claim_decision.py`` turns this off to fit on what the decision saw then.
READ_MORE_LANGUAGES = True
#: Read the Polish, Malay and Indonesian words of :data:`_POLISH_MALAY_TEXT` (only with
#: :data:`READ_MORE_LANGUAGES`); ``tools/fit_claim_decision.py`` turns this off too.
READ_POLISH_MALAY = True
#: Read the Dutch and Filipino words of :data:`_LANG56_TEXT` and Polish "do" in an accented text as no English word
#: (only with :data:`READ_MORE_LANGUAGES`); ``tools/fit_claim_decision.py`` turns this off too.
READ_LANG56_WORDS = True


def _word_tables(more: bool, polish_malay: bool, lang56: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """(function words of another language, English-only function words): those neither shared with nor a
    function word of another language."""
    foreign = frozenset(_FOREIGN_TEXT.split()) | (frozenset(_MORE_FOREIGN_TEXT.split()) if more else frozenset())
    if more and polish_malay:
        foreign |= frozenset(_POLISH_MALAY_TEXT.split())
    if more and lang56:
        foreign |= frozenset(_LANG56_TEXT.split())
    shared = _SHARED_WORDS | (_MORE_SHARED_WORDS if more else frozenset())
    return foreign, STOPWORDS - shared - foreign


_TABLES = {(more, extra, lang56): _word_tables(more, extra, lang56)
           for more in (False, True) for extra in (False, True) for lang56 in (False, True)}


def read_tables() -> tuple[bool, bool, bool]:
    """The tables the switches ask for: (:data:`READ_MORE_LANGUAGES`, :data:`READ_POLISH_MALAY`,
    :data:`READ_LANG56_WORDS`), passed to :func:`function_word_counts` so its cache keeps each setting apart."""
    return READ_MORE_LANGUAGES, READ_POLISH_MALAY, READ_LANG56_WORDS


@text_cache()
def function_word_counts(text: str, more: bool = True, polish_malay: bool = True,
                         lang56: bool = False) -> tuple[int, int, int]:
    """(words, function words of another language, English-only function words) of a text: all
    :func:`is_foreign` reads of it. Counts add up over texts joined by spaces (no word crosses a space, and an
    ASCII text's words are the same by either pattern), so an answer is read from its claims' counts. ``lang56``
    (default off, so a caller passing no tables keeps the older reading): :data:`READ_LANG56_WORDS`."""
    if text.isascii():  # lower case first, one pass (in other scripts lower-casing can split a word: "İ")
        # without an apostrophe the pattern's words are the letter runs, read by a byte table (text.char_scans)
        words = lower_letter_runs(text) if "'" not in text else _ASCII_LETTERS_RE.findall(text.lower())
    else:
        words = [w.lower().replace("’", "'") for w in LETTERS_RE.findall(text)]
    # counted at C speed (``map`` over a set's membership test): most claims are English, read word by word
    # in Python this was a third of a claim's language test
    foreign, english = _TABLES[more, polish_malay, lang56 and more]
    counted = sum(map(foreign.__contains__, words))
    if more and polish_malay and counted and _ascii_letters(text):
        counted -= sum(map(_ACCENTED_ONLY.__contains__, words))
    english_count = sum(map(english.__contains__, words))
    if more and lang56 and english_count and not _ascii_letters(text):
        english_count -= sum(map(_ACCENTED_NEUTRAL.__contains__, words))
    return len(words), counted, english_count


def _ascii_letters(text: str) -> bool:
    """No letter outside ASCII (a currency sign or a dash is none)."""
    return text.isascii() or not any(ch.isalpha() for ch in text if ord(ch) > 127)


def plain_letters(text: str) -> bool:
    """No letter outside ASCII ("é", "ż"): a currency sign or a dash is no sign of another language (before
    :data:`READ_MORE_LANGUAGES`, any character outside ASCII was)."""
    return text.isascii() or (READ_MORE_LANGUAGES and _ascii_letters(text))


def foreign_by_counts(words: int, foreign: int, english: int, plain: bool) -> bool:
    """The decision of :func:`is_foreign` from a text's :func:`function_word_counts` counts."""
    if words < FOREIGN_MIN_WORDS:
        return False
    if foreign < 2:  # one foreign function word makes a claim foreign only when it has no English one
        return (not plain or foreign > 0) and not english
    if not english:
        return True
    return foreign >= FOREIGN_MAJORITY * english


def is_foreign(claim: str) -> bool:
    """At least :data:`FOREIGN_MIN_WORDS` words, and either no English function word (with an accented letter
    or a function word of another language), or :data:`FOREIGN_MAJORITY` times as many function words of
    another language as English-only ones: "also" and "do" are German and Portuguese words too, so one of them
    in "... liegen Sie innerhalb der 14 Tage, also zahlen Sie ..." does not make the sentence English."""
    return foreign_by_counts(*function_word_counts(claim, *read_tables()), plain_letters(claim))


def answer_is_foreign(claims: Sequence[str]) -> bool:
    """``is_foreign(" ".join(claims))``, from each claim's cached counts: the grounding reads every claim's
    language anyway, so the whole answer is not read a second time."""
    words = foreign = english = 0
    for claim in claims:
        counts = function_word_counts(claim, *read_tables())
        words, foreign, english = words + counts[0], foreign + counts[1], english + counts[2]
    return foreign_by_counts(words, foreign, english, all(map(plain_letters, claims)))


#: How many times as many function words of another language as English-only ones make a claim foreign when
#: it has both: a clear majority, as an English sentence naming "the Musée de la Marine" has one or two.
FOREIGN_MAJORITY = 3


__all__ = ["FOREIGN_MAJORITY", "FOREIGN_MIN_WORDS", "LETTERS_RE", "answer_is_foreign", "foreign_by_counts",
           "function_word_counts", "is_foreign", "plain_letters", "read_tables"]

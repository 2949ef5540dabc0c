"""Is a claim written in another language than English? (An answer in the customer's language.)

Its words cannot be compared with English evidence, but its hard facts can, so grounding judges such a claim
on its facts alone.
"""

from __future__ import annotations

import re

from ..textcache import text_cache
from .tokens import STOPWORDS

#: A claim with at least this many words and not one English function word is in another language (an
#: answer in the customer's language): its words cannot be compared with English evidence, its hard facts can.
FOREIGN_MIN_WORDS = 5


#: Words of any alphabet, accented letters included: the ASCII tokeniser cuts "días" into "d" and "as", and
#: "as" is an English function word, so a Spanish answer would pass for English.
LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


#: Function words of the languages a European support bot answers in (German, French, Spanish, Italian,
#: Portuguese, Dutch) that are not English words: a terse English list item ("Mid-January: 15 January, UK
#: time") has no English function word either, but it has none of these and no accented letter.
_FOREIGN_TEXT = """der das und ist nicht mit für von zu den dem des ein eine einen einem bei auf im ihr
    ihre ihnen sie wir wird sind oder auch noch nach aus über vor zum zur le la les du et est une un pour dans sur
    avec pas vous nous il elle ce cette qui que sont au aux par ou votre vos el los las y es para con por del una se
    su sus al lo como pero más está están usted di che è della nel sono non het een van niet met voor ook maar
    em são você"""
_FOREIGN_WORDS = frozenset(_FOREIGN_TEXT.split())


#: English function words that are also function words of those languages (Italian "i", "in", "per";
#: Spanish and Portuguese "a", "no", "me"): they say nothing about which language a claim is in.
_SHARED_WORDS = frozenset(("a", "i", "in", "no", "me", "per", "via", "so", "an", "am"))


@text_cache()
def is_foreign(claim: str) -> bool:
    if claim.isascii():  # lower case first, one pass (in other scripts lower-casing can split a word: "İ")
        words = LETTERS_RE.findall(claim.lower())
    else:
        words = [w.lower().replace("’", "'") for w in LETTERS_RE.findall(claim)]
    return (len(words) >= FOREIGN_MIN_WORDS and all(w not in STOPWORDS or w in _SHARED_WORDS for w in words)
            and (not claim.isascii() or not _FOREIGN_WORDS.isdisjoint(words)))


__all__ = ["FOREIGN_MIN_WORDS", "LETTERS_RE", "is_foreign"]

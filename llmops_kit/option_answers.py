"""A question that offers options ("Who is older, A or B?", "Which is in Chestnut Hill, A or B?") answered with
the wrong one: the answer's words are all in the evidence, but bound to the other option.

Word and embedding checks cannot see this: "Stanford University is located in Chestnut Hill" shares every
word with an article that puts Boston College there. Two readings, each only when the answer names exactly
one of the two options:

1. **Birth order.** "Who is older / younger / was born first, A or B?": the first year stated after each
   option's name in the evidence ("Glenn Hughes (born 21 August 1951)") decides, and an answer naming the
   other one is contradicted. An answer that also says "younger", "later" or "after" is not read (it may
   name the other option on purpose).
2. **Whose property.** The answer's words other than the option's name are held by evidence sentences that
   name only the other option (at least two words, and twice as many as the sentences naming the chosen
   one hold): the answer gave one option the other's property.

Nothing here looks at which option is right by position or length; options are read from the question, and
only names the evidence itself uses count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import STOPWORDS, content_stems, sentences_of
from .textcache import text_cache

__all__ = ["option_clash", "options_in"]

#: "..., A or B?" / "... A or the B?": the text before " or " and the option after it.
_OPTIONS_RE = re.compile(r"^(.*?)\s+or\s+(?:the\s+)?([^?]+?)\s*\?\s*$", re.IGNORECASE | re.DOTALL)
_CAPITALISED_RE = re.compile(r"[A-Z0-9][\w'’.&-]*")
_ORDER_RE = re.compile(r"\b(older|younger|born first|born earlier|born later|born before|born after)\b", re.IGNORECASE)
_EARLIER = ("older", "born first", "born earlier", "born before")
_LATER_RE = re.compile(r"\b(?:younger|later|after)\b", re.IGNORECASE)
_EARLIER_RE = re.compile(r"\b(?:older|earlier|before|first)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
#: Paragraphs pasted together without a space ("...drink.The sake bomb ..."): a sentence break all the same.
_GLUED_RE = re.compile(r"(?<=[a-z0-9)\"'’])\.(?=[A-Z])")


@text_cache()
def options_in(question: str, evidence: str) -> tuple[str, str] | None:
    """The two options a question offers, as the evidence names them, or None. The first option is the
    longest run of capitalised words before " or " that the evidence contains ("Massachusetts Boston College"
    is read "Boston College")."""
    match = _OPTIONS_RE.match(question.strip())
    if match is None:
        return None
    before, second = match.group(1).rstrip(" ,:"), match.group(2).strip(" ,:\"'")
    words = before.split()
    run: list[str] = []
    for word in reversed(words):
        if not _CAPITALISED_RE.fullmatch(word.strip(",:\"'")) and word.lower() not in ("of", "the", "and", "de"):
            break
        run.insert(0, word.strip(",:\"'"))
    tails = [" ".join(run[i:]) for i in range(len(run)) if run[i][0].isupper()]
    first = next((t for t in tails if t.lower() in evidence.lower()), None) or next(
        (t for t in reversed(tails) if _named(t, evidence)), None)
    if first is None or not _named(second, evidence) or first.lower() == second.lower():
        return None
    return first, second


def _named(option: str, text: str) -> bool:
    """The option's name is in the text whole, or by its first and last word ("Ross Lynch" in "Ross Shor Lynch")."""
    lowered = text.lower()
    if option.lower() in lowered:
        return True
    words = option.lower().split()
    return len(words) >= 2 and all(re.search(rf"\b{re.escape(w)}\b", lowered) for w in (words[0], words[-1]))


def _sentences(texts: Sequence[str]) -> list[str]:
    return [s for text in texts for s in sentences_of(_GLUED_RE.sub(". ", text))]


def _birth_year(option: str, sentences: Sequence[str]) -> int | None:
    """The year in the parenthesis right after the option's name ("Glenn Hughes (born 21 August 1951)"), or
    after "born" in the first sentence naming it; None when unclear (a digit run longer than a year)."""
    for sentence in sentences:
        if not _named(option, sentence):
            continue
        lowered = sentence.lower()
        at = lowered.find(option.lower())
        at = at + len(option) if at >= 0 else lowered.find(option.lower().split()[-1]) + len(option.split()[-1])
        bracket = _BRACKET_RE.match(sentence, at)
        span = bracket.group(1) if bracket else (_BORN_RE.search(sentence, at) or [None, ""])[1] or ""
        if _LONG_RUN_RE.search(span):
            return None
        found = _YEAR_RE.search(span)
        return int(found.group(1)) if found else None
    return None


_BRACKET_RE = re.compile(r"\s*\(([^)]*)\)")
_BORN_RE = re.compile(r"\bborn\b([^.;]{0,40})", re.IGNORECASE)
_LONG_RUN_RE = re.compile(r"\d{5,}")


def option_clash(claim: str, question: str | None, evidence: Sequence[str]) -> str | None:
    """The evidence sentence showing that the claim picked the wrong option of the question, or None."""
    if not question or " or " not in question.lower():
        return None
    sentences = _sentences(evidence)
    options = options_in(question, " ".join(sentences))
    if options is None:
        return None
    chosen = [o for o in options if _named(o, claim)]
    if len(chosen) != 1:
        return None
    pick, other = chosen[0], options[1 - options.index(chosen[0])]
    order = _ORDER_RE.search(question)
    if order is not None:
        earlier = order.group(1).lower() in _EARLIER
        if (_LATER_RE if earlier else _EARLIER_RE).search(claim):  # "A is younger than B": B is the pick
            return None
        mine, theirs = _birth_year(pick, sentences), _birth_year(other, sentences)
        if mine is None or theirs is None or mine == theirs:
            return None
        if (mine > theirs) == earlier:
            return next(s for s in sentences if _named(other, s))
        return None
    rest = content_stems(re.sub(re.escape(pick), " ", claim, flags=re.IGNORECASE))
    rest = frozenset(w for w in rest if not w[0].isdigit() and w not in STOPWORDS)
    if len(rest) < 2:
        return None
    theirs = [s for s in sentences if _named(other, s) and not _named(pick, s)]
    mine_held = len(rest & frozenset().union(*(content_stems(s) for s in sentences if _named(pick, s))))
    best = max(theirs, key=lambda s: len(rest & content_stems(s)), default=None)
    if best is None:
        return None
    held = len(rest & content_stems(best))
    return best if held >= 2 and held >= 2 * mine_held else None

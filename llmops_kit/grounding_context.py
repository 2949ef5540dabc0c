"""A figure the evidence holds, stated where the evidence gives another: "a €25 late fee" when the late-fee
sentence says €15 and €25 is the price of something else.

The hard-fact step (:mod:`llmops_kit.grounding`) asks only whether a claimed amount or duration occurs anywhere
in the evidence, so a figure moved from one rule to another passes it. Here each of the claim's figures with a
unit is read with the words of its own clause (what the figure is said of), and compared with the clauses of
the evidence that state a figure of the same unit: when a clause stating *another* value shares at least
:data:`CONTEXT_MIN` of those words, and :data:`CONTEXT_MARGIN` more than any sentence stating the claimed value
(read whole, as a subject may sit in the clause beside its figure), the evidence says the figure belongs
elsewhere: *contradicted*, with that clause. A price is also contradicted by a sentence saying the same subject
is free ("free of charge", "at no extra cost"), on the same terms. Only the claim's own clause
and the evidence's clauses are compared, never the answer's length, style or position; the customer's own
message is not read, and a figure the customer states is theirs to state (it may be anything).

The ``options54`` round: an amount written as the size of a difference ("Standard with hair sets is ¥3,300
cheaper", :func:`difference_sizes`) measures a gap between two prices and is no price of the clause's subject, so
it is not read here (:data:`READ_DIFFERENCE_SIZES`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple
from weakref import WeakKeyDictionary

from .evidence import Evidence
from .text import content_stems, quantities, sentences_of
from .text import numbers as _numbers_module
from .text.char_scans import holds_any
from .text.numbers import spells_number, times_in
from .text.tokens import names_in, word_stems
from .textcache import text_cache

__all__ = ["CONTEXT_MARGIN", "CONTEXT_MIN", "READ_DIFFERENCE_SIZES", "claim_clauses", "clause_words",
           "difference_sizes", "figure_index", "misplaced_figure", "named_holder"]

#: Read an amount written as the size of a difference ("Standard with hair sets is ¥3,300 cheaper", "€40 less than
#: the 24/7 card") as no price of the clause's subject (the ``options54`` round): it measures the gap between two
#: prices, so an evidence price that shares the clause's words (the hair set's ¥1,650) is no rival of it, and one
#: that happens to equal it (a yukata plan's ¥3,300) no holder. Off, such an amount is read as a price.
READ_DIFFERENCE_SIZES = True

#: An amount right before a comparative that makes it a difference: "¥3,300 cheaper", "€40 less", "R90 lower".
#: "more" and "extra" are left out: "for 5,000원 more" / "£25 extra" name a surcharge, a price of its own.
_DIFFERENCE_RE = re.compile(r"(?<=\s)(?:cheaper|less|lower)\b", re.IGNORECASE)
#: The end of a text that closes on an amount: its last digit, or a currency sign or code written after it.
_AMOUNT_END_RE = re.compile(r"\d\s*(?:[^\w\s]{1,2}|[A-Za-z]{1,3})?\s*$")

#: How many of the words around a claimed figure a clause stating another value must share before it is read
#: as the same subject: two, as an invented claim needs two new words (:data:`llmops_kit.grounding.NOVEL_MIN`).
CONTEXT_MIN = 2
#: How many more of those words it must share than the best clause stating the claimed value: one shared word
#: ("fee", "hours") is chance; two more is the subject.
CONTEXT_MARGIN = 2

#: Where a sentence divides into clauses that each state one thing: punctuation and the joining words. The
#: look-ahead states what every match starts with (a space or the punctuation), so the regex engine skips the
#: letters between instead of trying both branches at each one: the same splits in three quarters of the time.
_DIGIT_RE = re.compile(r"\d")
_CLAUSE_SPLIT_RE = re.compile(r"(?=[\s;,:])(?:\s*[;,:]\s+|\s+(?:and|but|or|while|whereas|otherwise|then|so)\s+)",
                              re.IGNORECASE)


#: Words a clause's figure is not said of: what the clause says is absent ("A$420 (no joining fee)", "without a
#: clip") and what a difference is measured from ("£10 less than the full groom"), up to the next punctuation.
_NOT_ITS_SUBJECT_RE = re.compile(r"\b(?:no|without|excluding|than)\s+[^,;:()\[\]]*", re.IGNORECASE)


#: Words that say which day a clock time falls on, past midnight ("3:30am the next morning", "5:00 next morning"):
#: when a time is, never what it is of (the ``mend42`` round, with :data:`llmops_kit.text.numbers.READ_LATE_CLOCK`).
_NEXT_DAY_RE = re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:morning|day)\b", re.IGNORECASE)
#: The substrings a clause must hold before :data:`_NEXT_DAY_RE` is tried.
_NEXT_DAY_CUES = ("next", "following")


def _subject_words(clause: str) -> frozenset[str]:
    """:func:`word_stems` of what a clause's figures are said of: the words of :data:`_NOT_ITS_SUBJECT_RE`'s spans
    left out (a joining fee the clause denies, the full groom a discount is measured from), and the words placing a
    time on the next day (:data:`_NEXT_DAY_RE`)."""
    if _NOT_ITS_SUBJECT_RE.search(clause) is not None:
        clause = _NOT_ITS_SUBJECT_RE.sub(" ", clause)
    if _numbers_module.READ_LATE_CLOCK and holds_any(clause, _NEXT_DAY_CUES) and _NEXT_DAY_RE.search(clause):
        clause = _NEXT_DAY_RE.sub(" ", clause)
    return word_stems(clause)


#: The unit a time of day is read with, so "before 17:00" is compared like "a €25 fee": a time held only in
#: another subject's sentence (the help line's "08:30-17:00") while the claim's subject has another time.
CLOCK = "clock"


def _figure_clauses(sentence: str) -> list[tuple[frozenset[tuple[str, str]], str]]:
    """Each clause's figures with a unit, with the clause (its words are read by the caller, when needed)."""
    spelled = spells_number(sentence)
    if not spelled and _DIGIT_RE.search(sentence) is None:
        return []  # a figure needs a digit or a number word, and a clause's are its sentence's
    out = []
    for clause in _CLAUSE_SPLIT_RE.split(sentence):
        # the split cuts between words, so a clause spells a number only if its sentence does
        if _DIGIT_RE.search(clause) is None and not (spelled and spells_number(clause)):
            continue  # no figure to read: the clause is never read for its quantities
        figures = frozenset((value, unit) for value, unit in quantities(clause) if unit)
        if ":" in clause or "m" in clause or "h" in clause:  # a time needs a colon, an am/pm or an "h"
            figures |= frozenset((time, CLOCK) for time in times_in(clause))
        if figures:
            out.append((figures, clause))
    return out


@text_cache()
def _clauses(sentence: str) -> tuple[tuple[frozenset[tuple[str, str]], frozenset[str]], ...]:
    """Each clause's figures with a unit, and its content words (without numbers): an evidence sentence's,
    whose clauses are all compared."""
    return tuple((figures, _subject_words(clause)) for figures, clause in _figure_clauses(sentence))


@text_cache()
def claim_clauses(claim: str) -> tuple[tuple[frozenset[tuple[str, str]], str], ...]:
    """A claim's clauses with their figures; a clause's words are read only when one of its figures is one the
    evidence holds (:func:`clause_words`), which most clauses' are not worth reading for."""
    return tuple(_figure_clauses(claim))


@text_cache()
def clause_words(clause: str) -> frozenset[str]:
    """:func:`_subject_words` of a claim's clause, cached as claims recur (a support bot's stock answers)."""
    return _subject_words(clause)


#: One evidence clause stating figures of one unit: (its values, its words, source label, its sentence).
_Clause = tuple[frozenset[str], frozenset[str], str, str]


class _SourceFigures(NamedTuple):
    """One source's clauses by the unit of their figures, and the words of each sentence holding a figure."""

    by_unit: dict[str, list[_Clause]]
    holding: dict[tuple[str, str], list[frozenset[str]]]
    #: the names (:func:`~llmops_kit.text.tokens.names_in`) of each sentence holding a figure, by figure
    named: dict[tuple[str, str], list[frozenset[str]]]


@text_cache(maxsize=4096)
def _source_figures(text: str, label: str) -> _SourceFigures:
    """Read once per source text and label (cached): articles and system prompts recur across requests, so
    a request's index is its sources' readings in order, not a re-reading of every sentence. Never mutated."""
    by_unit: dict[str, list[_Clause]] = {}
    holding: dict[tuple[str, str], list[frozenset[str]]] = {}
    named: dict[tuple[str, str], list[frozenset[str]]] = {}
    for sentence in sentences_of(text):
        clauses = _clauses(sentence)
        if not clauses:
            continue
        whole, names = content_stems(sentence), names_in(sentence)
        for figures, words in clauses:
            for unit in {u for _, u in figures}:
                values = frozenset(v for v, u in figures if u == unit)
                by_unit.setdefault(unit, []).append((values, words, label, sentence))
            for figure in figures:
                holding.setdefault(figure, []).append(whole)
                named.setdefault(figure, []).append(names)
    return _SourceFigures(by_unit, holding, named)


#: A sentence saying something costs nothing: "free of charge", "at no extra cost", "complimentary", "...: free".
_FREE_RE = re.compile(r"\bfree of charge\b|\b(?:at )?no (?:extra |additional )?(?:charge|cost)\b|\bcomplimentary\b"
                      r"|(?:\b(?:is|are)|:)\s+free\b(?! (?:of|from|to|for)\b)", re.IGNORECASE)
#: The units :func:`~llmops_kit.text.quantities` gives a price: a currency sign or a currency word.
_MONEY_UNITS = frozenset(("£", "$", "€", "¥", "₹", "pound", "dollar", "euro", "eur", "usd", "gbp", "p"))


@text_cache(maxsize=4096)
def _free_sentences(text: str, label: str) -> tuple[tuple[frozenset[str], str, str], ...]:
    """(words, source label, sentence) of each sentence of a source that says something is free."""
    if _FREE_RE.search(text) is None:
        return ()
    return tuple((content_stems(sentence), label, sentence) for sentence in sentences_of(text)
                 if _FREE_RE.search(sentence))


def _priced_free(words: frozenset[str], held: int, evidence: Evidence) -> tuple[str, str] | None:
    """The evidence sentence saying free what a claim's clause prices, when it shares :data:`CONTEXT_MIN` of the
    clause's words and :data:`CONTEXT_MARGIN` more than any sentence stating the claimed price."""
    best, where = 0, None
    for source in evidence.sources:
        for their_words, label, sentence in _free_sentences(source.text, source.label):
            shared = len(words & their_words)
            if shared > best:
                best, where = shared, (label, sentence)
    return where if where is not None and best >= CONTEXT_MIN and best >= held + CONTEXT_MARGIN else None


def figure_index(evidence: Evidence) -> list[_SourceFigures]:
    """The sources that can support a statement (never the user's), in order, each with a figure: a claim's
    figure is compared only with the clauses that state a figure of its unit (built once per request)."""
    index = _INDEXES.get(evidence)
    if index is None:
        read = (_source_figures(source.text, source.label) for source in evidence.sources)
        index = _INDEXES[evidence] = [r for r in read if r.holding]
    return index


_INDEXES: WeakKeyDictionary[Evidence, list[_SourceFigures]] = WeakKeyDictionary()


def named_holder(claim: str, clause: str, holders: Iterable[frozenset[str]]) -> bool:
    """A clause that names nothing itself ("... and is €1,085 a week in high season") is said of the subject its
    sentence names ("Glebe House"): its figure is in place when a sentence holding it names that subject too.
    A clause naming its own subject is left to the word comparison, which reads that subject."""
    names = names_in(claim)  # read for the claim already; the clause is a new text
    if not names or names_in(clause):
        return False
    return any(not names.isdisjoint(held) for held in holders)


def _rivals(index: list[_SourceFigures], value: str, unit: str, stated: set[str]) -> bool:
    """Does some evidence clause state another value of the unit (and none the claim's clause states)? Only such
    a clause can say the figure is misplaced; the claim clause's words are read only then."""
    return any(value not in values and values.isdisjoint(stated)
               for source in index for values, _, _, _ in source.by_unit.get(unit, ()))


def _says_free(evidence: Evidence) -> bool:
    """Does any source say something is free (read once per request)?"""
    return any(_free_sentences(source.text, source.label) for source in evidence.sources)


@text_cache()
def difference_sizes(clause: str) -> frozenset[str]:
    """The amounts of money a clause writes as the size of a difference: the last amount before a comparative
    (:data:`_DIFFERENCE_RE`) with nothing but its currency between ("is ¥3,300 cheaper", "kr 40 less"), as
    :func:`~llmops_kit.text.quantities` gives its value."""
    out = set()
    for found in _DIFFERENCE_RE.finditer(clause):
        before = clause[:found.start()]
        if _AMOUNT_END_RE.search(before) is None:
            continue  # a word stands between the comparative and any amount ("cheaper for two")
        read = quantities(before)
        if read and read[-1][1] in _MONEY_UNITS:
            out.add(read[-1][0])
    return frozenset(out)


def misplaced_figure(claim: str, evidence: Evidence) -> tuple[str, str, str] | None:
    """(source, evidence sentence, the claimed figure) when the evidence gives the subject of one of the claim's
    figures another value (see the module docstring), else None."""
    claimed = claim_clauses(claim)
    if not claimed:
        return None
    index = figure_index(evidence)
    for figures, clause in claimed:
        if not any(figure in source.holding for source in index for figure in figures):
            continue  # no figure of the clause is held: the customer's figures need not be read for it
        words: frozenset[str] | None = None  # read at the first figure the evidence holds
        for value, unit in sorted(figures - evidence.user_quantities):  # the customer's own figure is theirs to state
            holding = [whole for source in index for whole in source.holding.get((value, unit), ())]
            if not holding:  # a figure no clause holds with this unit is the arithmetic step's (a total, a share)
                continue
            if READ_DIFFERENCE_SIZES and unit in _MONEY_UNITS and value in difference_sizes(clause):
                continue  # the size of a gap between two prices, not the price of what the clause names
            stated = {v for v, u in figures if u == unit}
            if not _rivals(index, value, unit, stated) and not (
                    unit in _MONEY_UNITS and _FREE_RE.search(clause) is None
                    and evidence.once("grounding_context.free", _says_free)):
                continue  # no clause of the unit states another value, nothing is free: no words need reading
            if words is None:
                words = clause_words(clause)
            if len(words) < CONTEXT_MIN:
                break  # too few words to say what any figure of this clause is said of
            if named_holder(claim, clause, (n for source in index for n in source.named.get((value, unit), ()))):
                continue  # held by a sentence on the subject the claim names ("Glebe House sleeps 8 and is ...")
            # a sentence stating the value holds it with all its words ("£250, and £500 for escape of water
            # claims": the subject may sit in the clause beside the figure)
            held = max(len(words & whole) for whole in holding)
            against, where = 0, None
            for source in index:
                for values, their_words, label, sentence in source.by_unit.get(unit, ()):
                    if value in values or not values.isdisjoint(stated):
                        continue  # a clause stating a figure the claim's clause states too is that figure's
                    shared = len(words & their_words)
                    if shared > against:
                        against, where = shared, (label, sentence)
            if where is not None and against >= CONTEXT_MIN and against >= held + CONTEXT_MARGIN:
                return where[0], where[1], f"{value} {unit}".strip()
            # a price for what the evidence says is free ("booster seats are £5" against "booster seats: free of
            # charge"); a claim that says free itself agrees
            if unit in _MONEY_UNITS and _FREE_RE.search(clause) is None:
                free = _priced_free(words, held, evidence)
                if free is not None:
                    return free[0], free[1], f"{value} {unit}".strip()
    return None
